"""A meeting page's unnumbered rows checked against the numbered paragraphs of their minutes.

A page whose item table lost its numbers may still number each row's minutes by the row: '2.1 Apologies were
received ...' under the second row, '3.1 ...' under the third. Those paragraphs tell how many rows stand above each:
lines read as rows between two rows whose paragraphs open '2.1' and '3.1' are none, and a row whose paragraphs open
'N.1' has N - 1 rows above it. The extra lines are the description of the row above them (an attendance row's
'Officers present' label and its names), so the first rows of a gap are kept and its last dropped. Trusted only when
two rows next to each other open paragraphs numbered one apart and every row's first paragraph rises.

Part of the agenda extractor: its records carry ``agenda.NAME`` and ``agenda.VERSION``, which a change here must bump.
"""

from __future__ import annotations

import re

from extractors.proceedings.agenda_lines import FoundItem
from extractors.readers.spans import Line

# A row's first minute paragraph: '2.1 Apologies were received ...', '3.1. The Chair ...'.
_FIRST_PARAGRAPH = re.compile(r"^\s*(?P<row>\d{1,2})\.1\.?\s+[A-Z]")


def _first_paragraphs(region: list[Line], rows: list[FoundItem]) -> list[int | None]:
    """For each row, the row number its first minute paragraph below it (above the next row) prints, or None."""
    bounds = [row.start for row in rows[1:]] + [region[-1].end + 1 if region else 0]
    found: list[int | None] = []
    for row, bound in zip(rows, bounds):
        paragraph = next((_FIRST_PARAGRAPH.match(line.text) for line in region if row.end <= line.start < bound and _FIRST_PARAGRAPH.match(line.text)), None)
        found.append(int(paragraph["row"]) if paragraph else None)
    return found


def counted_rows(region: list[Line], rows: list[FoundItem]) -> list[FoundItem]:
    """``rows`` (a page's unnumbered rows, in order) without the lines their minutes' paragraph numbers leave no room
    for (see the module docstring); ``rows`` unchanged when the paragraphs do not number the rows."""
    numbers = _first_paragraphs(region, rows)
    anchored = [(index, number) for index, number in enumerate(numbers) if number is not None]
    rising = all(a[1] < b[1] for a, b in zip(anchored, anchored[1:]))
    paired = any(b[0] - a[0] == 1 and b[1] - a[1] == 1 for a, b in zip(anchored, anchored[1:]))
    if not rising or not paired or anchored[0][1] < 1:
        return rows
    kept: list[FoundItem] = []
    previous_index, previous_number = -1, 0
    for index, number in anchored:
        room = number - previous_number - 1
        gap = rows[previous_index + 1 : index]
        kept.extend(gap[:room])
        kept.append(rows[index])
        previous_index, previous_number = index, number
    return kept + rows[previous_index + 1 :]
