"""Attendance lists of bullets run together on one line, as a web page's lists print as text: 'Clerk • Ann Lowe, Head
of Legal Services. In Attendance • Bob Ray, Chief Executive. • Cy Sim, Press Officer (for Items 1 to 3). Apology •
Councillor Di Poe. Declarations of Interest • ...'.

Each bullet's entry runs to its full stop; the words after the stop and before the next bullet (on its line, or on the
line it ends) are the next group's label. A label of attendance gives its kind to the entries under it ('In Attendance', 'Also Present', 'Observing',
'Clerk': in attendance; 'Apology', 'Apologies': apologies; 'Present'); any other label ('Declarations of Interest')
ends a group, its entries no attendance. Only a line of three bullets or more is read, and only a paragraph with a
group under a meeting's own label ('Present', 'In Attendance', 'Apologies'): 'Clerk •', 'Officers •' or 'Also present •'
alone are a contact page's or a council's 'Who we are' page's lists as often as a meeting's.

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``.
"""

from __future__ import annotations

import re

from schemas.structure import Attendance

_BULLET = re.compile(r"\s*•[ \t]*")
_PARAGRAPH = re.compile(r"\S(?:[^\n]|\n(?![ \t]*\n))*")
_MIN_BULLETS = 3
# One bullet's text: its entry to a full stop, then perhaps the next group's label (letters and spaces alone).
_SEGMENT = re.compile(r"(?P<entry>[^\n]+?)\.(?:[ \t]+(?P<label>[A-Z][A-Za-z ]{2,40}?))?\s*$")
_LABEL_KIND: tuple[tuple[re.Pattern[str], Attendance], ...] = (
    (re.compile(r"(?i)(?:also\s+)?in\s+attendance|also\s+present|observing|observers?|clerk|officers"), "in_attendance"),
    (re.compile(r"(?i)apolog(?:y|ies)(?:\s+for\s+absence)?"), "apologies"),
    (re.compile(r"(?i)present"), "present"),
)
# The labels only a meeting's record prints over its attendance lists: a paragraph of bullets needs one of them.
_MEETING_LABEL = re.compile(r"(?i)in\s+attendance|present|apolog(?:y|ies)(?:\s+for\s+absence)?")
# The label ending the text before a line's first bullet: its last words.
_LEAD_LABEL = re.compile(r"(?:^|\.\s+)(?P<label>[A-Z][A-Za-z ]{2,40}?)\s*$")


def _kind(label: str | None) -> Attendance | None:
    label = " ".join((label or "").split())
    return next((kind for pattern, kind in _LABEL_KIND if pattern.fullmatch(label)), None)


def bullet_runs(text: str, start: int, end: int) -> list[tuple[Attendance, int, int]]:
    """(kind, start, end) of each entry of the bulleted lists under attendance labels in ``text[start:end]``, a paragraph
    at a time (the bullets run on in one line, or each opens a line with the next label at its end)."""
    found: list[tuple[Attendance, int, int]] = []
    for paragraph in _PARAGRAPH.finditer(text, start, end):
        bullets = list(_BULLET.finditer(text, paragraph.start(), paragraph.end()))
        if len(bullets) < _MIN_BULLETS:
            continue
        lead = _LEAD_LABEL.search(text[paragraph.start() : bullets[0].start()])
        kind = _kind(lead["label"]) if lead else None
        labels = [lead["label"]] if lead else []
        entries: list[tuple[Attendance, int, int]] = []
        for bullet, after in zip(bullets, [*bullets[1:], None]):
            shape = _SEGMENT.match(text, bullet.end(), after.start() if after else paragraph.end())
            if shape is None:
                kind = None
                continue
            if kind is not None:
                entries.append((kind, bullet.end(), shape.end("entry")))
            if shape["label"]:
                kind = _kind(shape["label"])
                labels.append(shape["label"])
        if any(_MEETING_LABEL.fullmatch(" ".join(label.split())) for label in labels):
            found.extend(entries)
    return found
