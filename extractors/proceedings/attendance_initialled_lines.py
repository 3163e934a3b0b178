"""Notes of a board that list who came under their first item, one person a line with the minute-taker's initials:
'1. Welcome and introductions' over 'CC Ann Lowe (AL)' / 'Bob Ray (BR)' / 'Cy Sim (CS)'. A post's capitals may open
the line ('PFCC', 'CC', 'DCC'); they stay in the name as printed. The brackets must hold the name's own initials
(a body's acronym is no such list), three lines or more in a row straight under a welcome, introductions or
attendance heading; everyone so listed is present. A heading naming apologies too ('Welcome and apologies') is not
read: its lines may be the apologies.

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``,
which a change here must bump.
"""

from __future__ import annotations

import re

from extractors.readers.name_posts import initials_of
from extractors.readers.names import looks_like_name
from extractors.readers.spans import lines

_HEADING = re.compile(
    r"^[ \t]*(?:\d{1,3}[.)]?[ \t]+)?(?:welcome(?:[ \t]*(?:,|and|&)[ \t]*introductions?)?|introductions|attendees|attendance|"
    r"present)[ \t]*:?[ \t]*$",
    re.I,
)
_ENTRY = re.compile(r"^[ \t]*(?P<entry>(?:(?P<post>[A-Z]{2,5})[ \t]+)?(?P<name>[A-Z][\w.'’ -]{2,50}?)[ \t]*\((?P<initials>[A-Z][A-Za-z]{1,3})\))[ \t]*$")
_MIN_LINES = 3


def initialled_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each 'Name (NI)' line of every such run under a welcome heading in ``text[start:end]``."""
    region = [line for line in lines(text, start, end) if not line.is_blank]
    found: list[tuple[int, int]] = []
    for index, heading in enumerate(region):
        if not _HEADING.match(heading.raw):
            continue
        run = []
        for line in region[index + 1 :]:
            entry = _ENTRY.match(line.raw)
            if entry is None or not looks_like_name(entry["name"]) or not initials_of(entry["name"], entry["initials"]):
                break
            run.append((line.start + entry.start("entry"), line.start + entry.end("entry")))
        if len(run) >= _MIN_LINES:
            found += run
    return found
