"""Apologies a sentence leads into and lists below it by membership group: 'Apologies had been received from: -' over
'School members' / 'Ann Lowe, Bob Ray' / 'Officers' / 'None'.

Forums and panels list the absent by the group each sits in, a group's label (a few words ending in 'members',
'officers', 'representatives', 'observers', 'substitutes', 'councillors' or 'governors') alone on its line over a line
of names or 'None'. The sentence must end its line on 'from' or 'as follows' (a colon or dash after it), a group label
must stand among the lines, and every piece of a name line must be a name; the first line of any other shape ends
the list. Used by ``attendance.extract_attendance`` for people no other reader names.

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``.
"""

from __future__ import annotations

import re

from extractors.proceedings.attendance_entries import list_entries
from extractors.proceedings.attendance_labels import MEMBER_GROUPS, NOBODY
from extractors.readers.names import looks_like_name
from extractors.readers.spans import lines

_LEAD = re.compile(r"(?im)^[^\n]*\bapolog(?:y|ies)\b[^\n]*?\b(?:from|as\s+follows)[ \t]*[:;]?[ \t]*[-–]?[ \t]*$")
_GROUP = re.compile(rf"(?i)^(?:[A-Za-z-]+\s+){{0,4}}(?:{'|'.join(MEMBER_GROUPS)})\s*:?$")
_NONE = re.compile(rf"(?i)^{NOBODY}\W*$")
_MAX_LINES = 16


def grouped_apologies(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each name of the grouped apologies lists under a leading sentence in ``text[start:end]``."""
    found: list[tuple[int, int]] = []
    for lead in _LEAD.finditer(text, start, end):
        names: list[tuple[int, int]] = []
        groups = 0
        for line in lines(text, lead.end(), end)[1 : _MAX_LINES + 1]:
            if line.is_blank or _NONE.match(line.text):
                continue
            if _GROUP.match(line.text):
                groups += 1
                continue
            entries = list_entries(text, [(line.start, line.end, True)])
            if not entries or not all(looks_like_name(text[a:b]) for a, b in entries):
                break
            names += entries
        if groups:
            found += names
    return found
