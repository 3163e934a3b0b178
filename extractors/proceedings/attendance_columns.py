"""Two attendance lists printed side by side, as a page's text keeps a two-column layout:

    Present: Cllr A Lowe (Chair)          Apologies: Cllr D Hale
             Cllr B Ray                              Cllr E Pike

A line that opens with an attendance label and holds a second label after a wide gap (a tab or three spaces) opens
such a block; the block runs over the lines under it to a blank line, each line parted where a gap of two spaces or
more reaches the second label's column. The readers see the left column alone (the right one blanked, one space for
one character, so every span stays where it was printed); the right column is read on its own by the fallback of
freely worded labels (``attendance_parish_labels``), with the left one blanked.

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``, which a change here
must bump.
"""

from __future__ import annotations

import re

from extractors.proceedings.attendance_labels import COLON, CORE, words

# The core labels, and 'Absent:' beside them (a right column of those absent is blanked from the left one's readers).
_CORE = words(*CORE, "absent")
_FIRST = re.compile(rf"[ \t]*{_CORE}{COLON}[ \t]*\S", re.I)
_SECOND = re.compile(rf"(?:\t|[ \t]{{3,}})(?P<label>{_CORE}{COLON})", re.I)
_GAP = re.compile(r"[ \t]{2,}|\t")
_MAX_LINES = 15


def _cut(line: str, column: int, values: int) -> int | None:
    """Where the right column starts in ``line`` (len(line) when it has none there), None when text runs across it;
    the right column's text stands under its label (``column``) or under its label's names (``values``)."""
    if len(line.rstrip()) <= column - 2:
        return len(line)
    for gap in _GAP.finditer(line):
        if column - 4 <= gap.end() <= values + 4:
            return gap.end()
    return len(line) if not line[:column].strip() else None


def column_blocks(text: str) -> list[list[tuple[int, int, int]]]:
    """The side-by-side blocks of ``text``: for each, its lines as (line start, where the right column starts, line end)."""
    blocks, offsets = [], [0, *(m.end() for m in re.finditer(r"\n", text))]
    index = 0
    while index < len(offsets):
        start = offsets[index]
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        first, second = _FIRST.match(text, start, end), None
        if first:
            second = _SECOND.search(text, first.end(), end)
        index += 1
        if not second:
            continue
        column = second.start("label") - start
        values = second.end("label") - start + len(text[second.end("label") : end]) - len(text[second.end("label") : end].lstrip())
        block = [(start, second.start("label"), end)]
        while index < len(offsets) and len(block) < _MAX_LINES:
            below = offsets[index]
            stop = text.find("\n", below)
            stop = len(text) if stop < 0 else stop
            line = text[below:stop]
            cut = _cut(line, column, values) if line.strip() else None
            if cut is None:
                break
            block.append((below, below + cut, stop))
            index += 1
        blocks.append(block)
    return blocks


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        chars[start:end] = [c if c == "\n" else " " for c in chars[start:end]]
    return "".join(chars)


def left_columns(text: str) -> str:
    """``text`` with the right column of each side-by-side block blanked (same length)."""
    return _blank(text, [(cut, end) for block in column_blocks(text) for _, cut, end in block])


def right_columns(text: str) -> list[tuple[str, int, int]]:
    """(``text`` with the left column of a block blanked, the block's start, its end) for each side-by-side block."""
    return [
        (_blank(text, [(start, cut) for start, cut, _ in block]), block[0][0], block[-1][2]) for block in column_blocks(text)
    ]
