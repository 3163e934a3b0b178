"""An item table flattened with its cells run together: a 'Number Item' header over rows printed '4Title of the item.'.

A council's own agenda page (not ModernGov) lists its rows under a plain header, each row's number cell glued to
its item cell, and the points of a row glued to their letters on the lines under it ('(a)Name of the body - Appoint
...;'): row 6 then has sub-items '6a', '6b'. A row's title drops its 'View Papers' link and its closing stop, ';',
'; and' or ':-'. Two glued rows or more, the first on the line under the header, numbered in order after the first
(whose cell may carry a stray id, the next then 2), else none. Lines between the rows (a motion's quoted text) are
no items; rows most of which end in a sum ('2Printer cartridges £45.60') are payments, no agenda.
"""

from __future__ import annotations

import re

from extractors.proceedings.agenda_lines import FoundItem
from extractors.readers.spans import Line

_HEADER = re.compile(r"^\s*(?:number|no\.?)\s+item\s*$", re.I)
_ROW = re.compile(r"^(?P<number>\d{1,4})(?P<title>(?-i:[A-Z])\S*(?:\s.*)?)$")
_POINT = re.compile(r"^\((?P<letter>[a-z])\)(?P<title>(?-i:[A-Z])\S*(?:\s.*)?|by\s.+)$")
_LINK = re.compile(r"\s*\bView\s+Papers\s*$")
_CLOSE = re.compile(r"(?:\s*;\s*and|\s*:-|[.;:])\s*$")
_MIN_ROWS = 2
_GAP = 2  # rows a withdrawn item may leave out
_SUM = re.compile(r"£\s?[\d,]+(?:\.\d\d)?\s*$")


def _title(raw: str) -> str:
    return _CLOSE.sub("", _LINK.sub("", raw.strip())).strip()


def _follows(number: str, row: str | None, first_row: bool) -> bool:
    """Whether row ``number`` comes next after ``row`` (the first row's cell may hold an id: the second is then 2)."""
    if row is None:
        return True
    expected = 2 if first_row else int(row) + 1
    return expected <= int(number) <= expected + _GAP


def glued_rows(region: list[Line]) -> list[FoundItem]:
    """The rows and lettered points under the first 'Number Item' header of ``region`` (see the module docstring)."""
    first = next((index for index, line in enumerate(region) if _HEADER.match(line.text)), None)
    if first is None:
        return []
    items: list[FoundItem] = []
    row: str | None = None
    first_row = True
    below = [line for line in region[first + 1 :] if line.text.strip()]
    if not below or not _ROW.match(below[0].text.strip()):
        return []
    for line in below:
        text = line.text.strip()
        if (glued := _ROW.match(text)) and _follows(glued["number"], row, first_row):
            first_row, row = row is None, glued["number"]
            items.append(FoundItem(row, _title(glued["title"]), [], False, line.start, line.end, page_layout="text"))
        elif row is not None and (point := _POINT.match(text)):
            items.append(FoundItem(row + point["letter"], _title(point["title"]), [], False, line.start, line.end, page_layout="text"))
    rows = [item for item in items if item.number.isdigit()]
    payments = sum(bool(_SUM.search(item.title)) for item in rows)
    return items if len(rows) >= _MIN_ROWS and 2 * payments <= len(rows) and all(item.title for item in items) else []
