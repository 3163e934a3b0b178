"""Attendance tables of multi-agency meetings printed with single spaces: a 'Name Agency' (or 'Name Organisation',
'Name Representing') header row, then one 'Name Organisation' row a line ('Ann Lee Eastshire Police',
'Cllr Bob Roe Westby Council (Chair)'), the cells no longer parted.

A name is its title and two words (its initials and surname: 'J K Roe'); three when the words after the third are an
organisation another row prints ('Kay Lee Hart Westby Council' beside 'Bob Roe Westby Council'). A table counts only
when every row reads so and at least half its organisations hold an organisation's word ('Council', 'Police',
'Service'); its kind is the label above its header ('Attendance', 'Apologies'). A second table headed 'Attendees'
after one of members present lists the others attending: in attendance.

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``,
which a change here must bump.
"""

from __future__ import annotations

import re
from collections import Counter

from extractors.proceedings.attendance_entries import ORG_WORDS
from extractors.proceedings.attendance_labels import LIST_LABEL
from extractors.readers.names import looks_like_name, split_honorifics
from extractors.readers.spans import Line, lines
from schemas.structure import Attendance

_HEADER = re.compile(r"^\W*(?:name|member|attendee)s?\s+(?:agency|agencies|organi[sz]ations?|representing|on\s+behalf\s+of)\W*$", re.I)
_BRACKET = re.compile(r"\s*\(([^()]{1,40})\)\s*$")
_INITIAL = re.compile(r"[A-Z]\.?")
_LABEL_LINES = 4
_ATTENDEES = re.compile(r"^\W*(?:other\s+)?attendees\W*$", re.I)


def _split(raw: str, words_in_name: int | None = None) -> tuple[str, str, str | None] | None:
    """(name, organisation, bracketed post) of a row, the name of ``words_in_name`` words after its title (by
    default its initials and surname, or two words)."""
    bracket = _BRACKET.search(raw)
    body = raw[: bracket.start()] if bracket else raw
    title, rest = split_honorifics(body.strip())
    words = rest.split()
    initials = next((i for i, word in enumerate(words) if not _INITIAL.fullmatch(word)), len(words))
    count = words_in_name or (initials + 1 if initials else 2)
    if len(words) <= count:
        return None
    name = " ".join([title] * bool(title) + words[:count])
    organisation = " ".join(words[count:])
    if not organisation[:1].isupper() or not looks_like_name(name):
        return None
    return name, organisation, bracket.group(1).strip() if bracket else None


def _rows(region: list[Line]) -> list[tuple[Line, str, str | None]] | None:
    """(row line, name, post) of the rows under a header, or None when they do not read as a name-and-organisation table."""
    first = [(line, _split(line.text)) for line in region]
    orgs = Counter(split[1] for _, split in first if split)
    rows = []
    for line, split in first:
        longer = _split(line.text, len(split[0].split()) - bool(split_honorifics(split[0])[0]) + 1) if split else None
        if split and orgs[split[1]] == 1 and longer and orgs[longer[1]]:
            split = longer
        if split is None:
            return None
        rows.append((line, split[0], split[2], split[1]))
    organisational = sum(1 for *_, org in rows if set(re.findall(r"[a-z]+", org.lower())) & ORG_WORDS)
    if not rows or organisational * 2 < len(rows):
        return None
    return [(line, name, post) for line, name, post, _ in rows]


def agency_tables(text: str, start: int, end: int) -> list[tuple[Attendance, int, int, str | None]]:
    """(attendance, name start, name end, post) of the rows of the name-and-organisation tables in ``text[start:end]``."""
    region = [line for line in lines(text, start, end) if not line.is_blank]
    found: list[tuple[Attendance, int, int, str | None]] = []
    present_before = False
    for index, line in enumerate(region):
        if not _HEADER.match(line.text):
            continue
        label = next((LIST_LABEL.match(above.text) for above in reversed(region[max(0, index - _LABEL_LINES) : index]) if LIST_LABEL.match(above.text)), None)
        kind = next((k for k in ("present", "in_attendance", "apologies") if label and label[k]), None)
        if kind is None:
            continue
        body: list[Line] = []
        for row in region[index + 1 :]:
            if LIST_LABEL.match(row.text) or _HEADER.match(row.text) or _split(row.text) is None:
                break
            body.append(row)
        rows = _rows(body)
        if not rows:
            continue
        if kind == "present" and present_before and _ATTENDEES.match(label.string):
            kind = "in_attendance"
        present_before = present_before or kind == "present"
        for row, name, post in rows:
            words = list(re.finditer(r"\S+", row.raw))[: len(name.split())]
            found.append((kind, row.start + words[0].start(), row.start + words[-1].end(), post))
    return found
