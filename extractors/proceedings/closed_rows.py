"""A ModernGov item table as the page store flattens it: each row's cells run on one line (or a few), the row
closed by a ' |' at the end of its last line, the number cell dropped ('Apologies To receive apologies. Minutes:
None were received. |'). Rules versioned by ``extractors.proceedings.agenda.VERSION``.

An excerpt cut below its header, the rows rendered one cell a line, is told by its cell labels standing alone on
their lines ('Minutes:', 'Decision:', 'Additional documents:', two or more); its numbered rows are lone numbers
counting on by one from any number ('109.' over its title, then '110.'), each over a short title that is no sentence.

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
from extractors.proceedings.agenda_rows import CELL_NOISE, FINITE, MAX_WORDS, OPEN_END, label_over, page_title, ruled_row
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


_LABEL_ALONE = re.compile(r"^\s*(?:minutes|decisions?|additional\s+documents|supporting\s+documents)\s*:\s*$", re.I)
_LONE = re.compile(r"^\s*(?P<number>\d{1,4})[.)]?\s*$")
_MIN_LABELS = 2
_MIN_NUMBERED = 2


def cut_page(region: list[Line]) -> bool:
    """``region`` is a ModernGov page excerpt rendered one cell a line: two cell labels or more alone on their lines."""
    return sum(bool(_LABEL_ALONE.match(line.text)) for line in region) >= _MIN_LABELS


def numbered_rows(region: list[Line]) -> list[FoundItem]:
    """The numbered rows of a cut page excerpt (see the module docstring): two or more, else []."""
    texts = [line for line in region if not line.is_blank]
    rows: list[FoundItem] = []
    for position, line in enumerate(texts[:-1]):
        lone = _LONE.match(line.text)
        if lone is None or rows and int(lone["number"]) != int(rows[-1].number) + 1:
            continue
        below = texts[position + 1]
        title = page_title(below.text, heading=True)
        if title is None or len(title.split()) > MAX_WORDS or title.endswith(".") or FINITE.search(title) or OPEN_END.search(title):
            continue
        rows.append(FoundItem(lone["number"], title, [], False, line.start, below.end, page_layout="text"))
    return rows if len(rows) >= _MIN_NUMBERED else []
