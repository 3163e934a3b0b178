"""A committee's evidence session as its official report prints it: 'Witnesses:' alone on its line over one witness a
line, the titled name, a comma and the body they came from ('Mr A Lowe, Eastshire Inspectorate'). Each witness is in
attendance, the body their role; the list ends at the first line of another shape (a blank line does not end it
before the first witness). Only under a members' present list above it: a report's 'Witnesses:' (a public inquiry's)
names no one at the meeting.

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``,
which a change here must bump.
"""

from __future__ import annotations

import re

from extractors.readers.names import looks_like_name
from extractors.readers.spans import lines

_LABEL = re.compile(r"^[ \t]*witnesses[ \t]*:[ \t]*$", re.I)
# 'Members present for all or part of the proceedings:', 'Present:': the meeting's own list above the witnesses.
_PRESENT = re.compile(r"^[ \t]*(?:[A-Za-z ]{0,30}\b)?present\b[^\n:]{0,60}:", re.I)
_WITNESS = re.compile(r"^[ \t]*(?P<name>[A-Z][^,\n]{2,60}?),[ \t]*(?P<body>[A-Z][^\n,]{2,120}?)[ \t]*$")


def witnesses(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(name start, name end, body) of each witness listed under a 'Witnesses:' label in ``text[start:end]``."""
    found: list[tuple[int, int, str]] = []
    region = lines(text, start, end)
    for index, label in enumerate(region):
        if not _LABEL.match(label.raw) or not any(_PRESENT.match(line.raw) for line in region[:index]):
            continue
        for line in region[index + 1 :]:
            if line.is_blank:
                if found:
                    break
                continue
            witness = _WITNESS.match(line.raw)
            if witness is None or not looks_like_name(witness["name"], honorific_required=True):
                break
            found.append((line.start + witness.start("name"), line.start + witness.end("name"), witness["body"]))
    return found
