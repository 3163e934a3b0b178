"""Apologies a sentence leads into and lists below it by membership group: 'Apologies had been received from: -' over
'School members' / 'Ann Lowe, Bob Ray' / 'Officers' / 'None'.

Forums and panels list the absent by the group each sits in, a group's label (a few words ending in 'members',
'officers', 'representatives', 'observers', 'substitutes', 'councillors' or 'governors') alone on its line over a line
of names or 'None'. The sentence must end its line on 'from', 'as follows' or 'on behalf of' (a colon or dash after it), a group label
must stand among the lines (a combined authority's too: 'Associate Member', 'Deputy Portfolio Holders', '<ABBR>
Combined Authority'), and every piece of a name line must be a name, or the line one titled name and its post ('Mayor
A Lowe, Mayor of Tarn City Council'); the first line of any other shape ends the list. Used by ``attendance.extract_attendance`` for people no other reader names.

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``.
"""

from __future__ import annotations

import re

from extractors.proceedings.attendance_entries import list_entries
from extractors.proceedings.attendance_labels import MEMBER_GROUPS, NOBODY
from extractors.readers.names import PERSONAL_TITLE, looks_like_name
from extractors.readers.spans import lines

_LEAD = re.compile(r"(?im)^[^\n]*\bapolog(?:y|ies)\b[^\n]*?\b(?:from|as\s+follows|on\s+behalf\s+of)[ \t]*[:;]?[ \t]*[-–]?[ \t]*$")
# A combined authority's groups: 'Associate Member', 'Deputy Portfolio Holders', '<ABBR> Combined Authority'.
_GROUP_WORDS = "|".join((*MEMBER_GROUPS, "member", "holders", r"combined\s+authority"))
_GROUP = re.compile(rf"(?i)^(?:[A-Za-z-]+\s+){{0,4}}(?:{_GROUP_WORDS})\s*:?$")
# 'Mayor A Lowe, Mayor of Tarn City Council': one titled name, then its post after the comma.
_NAME_POST = re.compile(rf"^(?P<name>(?:{PERSONAL_TITLE}|(?:Deputy\s+|Metro\s+)?Mayor)\s+[^,]{{2,60}}?),\s+[A-Z][^,]{{2,80}}$")
_NONE = re.compile(rf"(?i)^{NOBODY}\W*$")
_MAX_LINES = 16


def grouped_apologies(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each name of the grouped apologies lists under a leading sentence in ``text[start:end]``."""
    found: list[tuple[int, int]] = []
    for lead in _LEAD.finditer(text, start, end):
        names: list[tuple[int, int]] = []
        groups = 0
        printed = [line for line in lines(text, lead.end(), end)[1:] if not line.is_blank]  # blank lines spread a list
        for line in printed[:_MAX_LINES]:
            if _NONE.match(line.text):
                continue
            if _GROUP.match(line.text):
                groups += 1
                continue
            entries = list_entries(text, [(line.start, line.end, True)])
            if (post := _NAME_POST.match(line.text.strip())) and looks_like_name(post.group("name")):
                at = line.start + line.text.index(post.group("name"))
                entries = [(at, at + len(post.group("name")))]
            elif not entries or not all(looks_like_name(text[a:b]) for a, b in entries):
                break
            names += entries
        if groups:
            found += names
    return found
