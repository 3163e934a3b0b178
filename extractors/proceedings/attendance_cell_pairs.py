"""A 'Members | Role' attendance table flattened one cell a line: a label ('Present:-', 'Apologies for absence were
submitted on behalf of:-'), its header cells each alone on a line ('Members' / 'Role'), then a name line and the line of
its role, in turn, blank lines between cells as an HTML page's paragraphs print them.

'Ann LOWE (Vice Chair)' / 'Nominated by Eastby Council (Elected Member)' / 'Bob RAY' / 'Chief Officer' / ...: the
surname may be in capitals ('McRAY'); the post in brackets after a name is its role, else the cell under it. A label
line between two pairs ('Non-members in attendance at request of the Chief Officer:-') gives the pairs under it its
kind and the table goes on. A name cell that is no name (a sentence, the next heading) ends the table; the header cells
are needed, so a list of names and posts a line without them is left to the other readers.

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``.
"""

from __future__ import annotations

import re

from extractors.proceedings.attendance_lines import untitled_name
from extractors.readers.names import looks_like_name, split_honorifics
from extractors.readers.spans import Line, lines
from schemas.structure import Attendance

_NAME_CELL = re.compile(r"(?i)(?:members?|names?|attendees?)")
_ROLE_CELL = re.compile(r"(?i)(?:role|post|position|designation|representing|organisation|title)")
# A label line closing with a colon (and a dash): the attendance its words give.
_LABEL = re.compile(
    r"^\W*(?:(?P<apologies>apologies\b.*)|(?P<in_attendance>.*\b(?:in\s+attendance|also\s+present)\b.*)|(?P<present>present))\s*:-?\s*$",
    re.I,
)
# A surname in capitals, perhaps after 'Mc' / 'Mac' / "O'": read in title case for the name test.
_CAPS_WORD = re.compile(r"\b(Mc|Mac|O['’])?([A-Z])([A-Z'’-]+)\b")
_BRACKET = re.compile(r"\s*\(([^()]{2,40})\)\s*$")
_MAX_ROLE = 100

Pair = tuple[Attendance, int, int, str | None]


def _label(text: str) -> Attendance | None:
    match = _LABEL.match(text)
    return next((k for k in ("present", "in_attendance", "apologies") if match[k]), None) if match else None


def _name(line: Line) -> tuple[int, int, str | None] | None:
    """(start, end, bracketed post) of the name the line holds alone, else None."""
    raw = line.raw.rstrip()
    lead = len(raw) - len(raw.lstrip())
    bracket = _BRACKET.search(raw)
    name = raw[lead : bracket.start() if bracket else len(raw)]
    read = _CAPS_WORD.sub(lambda m: (m[1] or "") + m[2] + m[3].lower(), name)
    known = looks_like_name(read) if split_honorifics(read)[0] else untitled_name(read)
    if not known or name.count(",") or name.rstrip().endswith("."):
        return None
    return line.start + lead, line.start + lead + len(name), bracket[1] if bracket else None


def _headers(cells: list[Line], at: int) -> int:
    """How many header cells ('Members' / 'Role') stand at ``cells[at]``: two, or none."""
    pair = [cell.text for cell in cells[at : at + 2]]
    return 2 if len(pair) == 2 and _NAME_CELL.fullmatch(pair[0]) and _ROLE_CELL.fullmatch(pair[1]) else 0


def cell_pairs(text: str, start: int, end: int) -> list[Pair]:
    """(kind, name start, name end, role) of each name of the flattened 'Members | Role' tables in ``text[start:end]``."""
    cells = [line for line in lines(text, start, end) if not line.is_blank]
    found: list[Pair] = []
    index = 0
    while index < len(cells):
        kind = _label(cells[index].text)
        if kind is None or not _headers(cells, index + 1):
            index += 1
            continue
        index += 3
        while index + 1 < len(cells):
            if (again := _label(cells[index].text)) is not None:
                kind, index = again, index + 1 + _headers(cells, index + 1)
                continue
            name, role = _name(cells[index]), cells[index + 1].text
            if name is None or len(role) > _MAX_ROLE or role.endswith(".") or _label(role):
                break
            found.append((kind, name[0], name[1], name[2] or role))
            index += 2
    return found
