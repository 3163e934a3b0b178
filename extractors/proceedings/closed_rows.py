"""A ModernGov item table as the page store flattens it: each row's cells run on one line (or a few), the row
closed by a ' |' at the end of its last line, the number cell dropped ('Apologies To receive apologies. Minutes:
None were received. |'). Rules versioned by ``extractors.proceedings.agenda.VERSION``.

The closing '|' is the template's own row boundary: the line after it opens the next row, whether the rows stand
under their 'No. | Item |' header and its '---|---|' rule, under a '|' separator line, or with the header cut off
from the excerpt. A row's title is read from its first line as a ruled row's (``agenda_rows.ruled_row``: up to its
description, document size or cell label, or a short title-case phrase closed by the '|' alone), or is a short
title alone on its line over its cell label ('Apologies' over 'Minutes: ...').

With no header, the rows must show they are an item table: three titled rows or more, at least half the rows
titled, and a titled row carrying a cell label or a document size ('Minutes:', 'Additional documents:',
'PDF 120 KB'); a flattened table of names ('Cllr A Smith Chair |': no row opens with a person's title) is none.
"""

from __future__ import annotations

import re

from extractors.proceedings.agenda_lines import FoundItem
from extractors.proceedings.agenda_rows import CELL_NOISE, label_over, ruled_row
from extractors.readers.spans import Line

# A line closing its row: text then ' |' ('... were received. |'); not a rule or separator of pipes alone.
_CLOSED = re.compile(r"[^\s|]\s+\|\s*$")
_SEPARATOR = re.compile(r"^(?=.*\|)[\s|:-]+$")
_ROW_LINES = 8
# A row opening with a person's title is a flattened table of names ('Councillor A Fenn Chair |'), not an item.
_PERSON = re.compile(r"^(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z]")
_MIN_ROWS = 3
_MIN_MARKED = 1


def closes_row(text: str | None) -> bool:
    """``text`` ends a row of a flattened item table with its ' |'."""
    return bool(text and _CLOSED.search(text))


def texts_before(region: list[Line]) -> list[str | None]:
    """For each line of ``region``, the text of the last non-blank line above it (None for none)."""
    found: list[str | None] = []
    last: str | None = None
    for line in region:
        found.append(last)
        last = last if line.is_blank else line.text
    return found


def row_title(text: str, below: str) -> tuple[str, str | None]:
    """(number, title) of the row opening on ``text``, the next non-blank line ``below``: read as a ruled row's, or
    a short title alone over its cell label."""
    number, title = ruled_row(text)
    return number, title if title is not None else label_over(text, below)


def closed_rows(region: list[Line]) -> list[FoundItem]:
    """The rows of a flattened item table with its header cut off (see the module
    docstring): a row opens after every line closing a row, the first on the first line above them read as a row's
    title; else []."""
    texts = [line for line in region if not line.is_blank and not _SEPARATOR.match(line.text)]
    if sum(closes_row(line.text) for line in texts) < _MIN_ROWS:
        return []
    plain = [line.text for line in texts]
    starts = [i + 1 for i, text in enumerate(plain[:-1]) if closes_row(text)]
    # The first row opens on the first line above the first closing '|' that reads as a row's title.
    first = next((i for i in range(starts[0]) if row_title(plain[i], plain[i + 1])[1]), None) if starts else None
    starts = ([] if first is None else [first]) + starts
    rows, marked = [], 0
    for start in starts:
        number, title = row_title(plain[start], plain[start + 1] if start + 1 < len(plain) else "")
        if not title or _PERSON.match(title):
            continue
        closing = next((i for i in range(start, min(len(plain), start + _ROW_LINES)) if closes_row(plain[i])), None)
        if closing is not None and CELL_NOISE.search(" " + " ".join(plain[start : closing + 1])):
            marked += 1
        rows.append(FoundItem(number, title, [], False, texts[start].start, texts[start].end, page_layout="table"))
    if len(rows) < _MIN_ROWS or 2 * len(rows) < len(starts) or marked < _MIN_MARKED:
        return []
    return rows
