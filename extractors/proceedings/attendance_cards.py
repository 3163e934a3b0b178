"""A ModernGov meeting page's 'Meeting Attendees' cards: under that heading each attendee is a card of lines, the
member's role ('Committee Member', 'Vice-Chairman', 'Deputy'), the name, the party or council, then the attendance
('Present, as expected', 'Apologies, sent representative', 'Not required'), a portrait's caption ('<name> photo')
before the card and a 'View Profile' link after it being no part of it. A card whose status is not attendance
('Not required', 'Expected', 'Absent') records no one; a card cut off before its status is left out.

The other panel and board layouts of session 21 are read by their own modules, imported here for ``attendance``:
``attendance_marks``, ``attendance_dashed_run``, ``attendance_org_lines``.

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``,
which a change here must bump.
"""

from __future__ import annotations

import re

from extractors.proceedings.attendance_dashed_run import dashed_run, listed_runs
from extractors.proceedings.attendance_marks import marked_register
from extractors.proceedings.attendance_org_lines import org_lines
from extractors.readers.names import looks_like_name
from extractors.readers.spans import lines
from schemas.structure import Attendance

__all__ = ["attendee_cards", "dashed_run", "listed_runs", "marked_register", "org_lines"]

_HEADING = re.compile(r"^\W*meeting\s+attendees\W*$", re.I)
_STATUS = re.compile(
    r"^(?P<status>present|attended|apologies|in\s+attendance|not\s+required|expected|absent)"
    r"(?:,?\s+(?:as\s+expected|sent\s+(?:a\s+)?(?:representative|substitute|deputy)|virtual(?:ly)?|remotely))?\W*$",
    re.I,
)
_KINDS: dict[str, Attendance] = {"present": "present", "attended": "present", "apologies": "apologies", "in attendance": "in_attendance"}
_NOISE = re.compile(r"^(?:view\s+profile|.{3,80}\s+photo)$", re.I)
_OFFICER = re.compile(r"^(?:\w+\s+)?officers?$", re.I)
# Only a chair's post is kept as the role: 'Committee Member' and 'Deputy' say no more than the list does.
_CHAIR_POST = re.compile(r"^(?:vice[-\s]?|deputy\s+)?chair(?:man|woman|person)?$", re.I)
# A card holds its role, name and body: more lines before a status are no card.
_CARD_LINES = 4


def attendee_cards(text: str, start: int, end: int) -> list[tuple[Attendance, int, int, str]]:
    """(attendance, name start, name end, chair's post or '') of each card under a 'Meeting Attendees' heading."""
    region = [line for line in lines(text, start, end) if not line.is_blank]
    heading = next((i for i, line in enumerate(region) if _HEADING.match(line.text)), None)
    if heading is None:
        return []
    found: list[tuple[Attendance, int, int, str]] = []
    card: list = []
    for line in region[heading + 1 :]:
        if _NOISE.match(line.text):
            continue
        status = _STATUS.match(line.text)
        if not status:
            card.append(line)
            if len(card) > _CARD_LINES:
                break
            continue
        kind = _KINDS.get(" ".join(status["status"].lower().split()))
        if kind and len(card) >= 2 and looks_like_name(card[1].text):
            role = card[0].text
            kind = "in_attendance" if kind == "present" and _OFFICER.match(role) else kind
            name = card[1]
            offset = name.raw.index(name.text)
            found.append((kind, name.start + offset, name.start + offset + len(name.text), role if _CHAIR_POST.match(role) else ""))
        card = []
    return found
