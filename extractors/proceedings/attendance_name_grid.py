"""A council's attendance printed as a ruled grid of names, as document mirrors render a minutes' Word table.

Under a label alone on its line ('MEMBERS IN ATTENDANCE', 'Present') stand rows of pipe-ruled cells, each cell one
member's name of initials and a surname, untitled ('|A B Lowe |C Ray(Chairman) |D Finn | |'); the grid is read column
by column in print order, empty cells passed over, and every name is present (a post glued in brackets is its role).
The grid ends at the first row holding a cell that is no name, or at the first line that is no row. Fewer than
``_MIN_NAMES`` names, or a label with other words after it, is not the layout.

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``,
which a change here must bump.
"""

from __future__ import annotations

import re

from extractors.readers.names import looks_like_name
from extractors.readers.spans import lines

_LABEL = re.compile(r"^[ \t]*(?:members[ \t]+)?(?:present|in[ \t]+attendance)[ \t]*:?[ \t]*$", re.I)
_ROW = re.compile(r"^[ \t]*\|(?P<cells>.*)\|[ \t]*$")
_CELL = re.compile(r"[^|]+|(?<=\|)(?=\|)")
# 'J M Pitman(Chairman)': a post glued or spaced in brackets after the name.
_POST = re.compile(r"[ \t]*\([ \t]*(?:(?:vice|deputy)[ \t-]*)?(?:chair(?:man|woman|person)?|mayor|leader)[ \t]*\)[ \t]*$", re.I)
_INITIALS_NAME = re.compile(r"(?:[A-Z]\.?[ \t]+){1,6}[A-Z][\w'’]+(?:-[ \t]?[A-Z][\w'’]+)?")
_MIN_NAMES = 6


def _name_cell(cell: str) -> bool:
    """A cell printing one initialled name, perhaps with its post in brackets (a run of initials is judged by its
    first: 'S B A F H Lowe' as 'S Lowe')."""
    name = re.sub(r"-[ \t]+", "-", _POST.sub("", cell.strip()))
    words = name.split()
    return bool(_INITIALS_NAME.fullmatch(name)) and looks_like_name(f"{words[0]} {words[-1]}")


def name_grid(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each name of every ruled name grid under an attendance label in ``text[start:end]``."""
    printed = [line for line in lines(text, start, end) if not line.is_blank]
    found: list[tuple[int, int]] = []
    for index, label in enumerate(printed):
        if not _LABEL.match(label.raw):
            continue
        columns: dict[int, list[tuple[int, int]]] = {}
        for line in printed[index + 1 :]:
            row = _ROW.match(line.raw)
            if row is None:
                break
            base = line.start + row.start("cells")
            cells = [(base + c.start(), base + c.end()) for c in _CELL.finditer(row["cells"])]
            filled = [(n, s, e) for n, (s, e) in enumerate(cells) if text[s:e].strip()]
            if not all(_name_cell(text[s:e]) for _, s, e in filled):
                break
            for column, s, e in filled:
                lead = len(text[s:e]) - len(text[s:e].lstrip())
                columns.setdefault(column, []).append((s + lead, s + len(text[s:e].rstrip())))
        names = [span for column in sorted(columns) for span in columns[column]]
        if len(names) >= _MIN_NAMES:
            found += names
    return found
