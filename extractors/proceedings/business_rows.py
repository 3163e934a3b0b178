"""A CMIS meeting page's 'Items Of Business' list printed with each row's number under its title (rules versioned by
``extractors.proceedings.minuted``).

'Minute of meeting of the Group held on 3 March 2025.' / '1' / its minute: the title line over its number alone; the
rows before the first number ('Apologies' over its description) are unnumbered; a number under a 'DECIDED:' line
has no title printed. Such a row naming earlier minutes is no minutes heading of the page.
"""

from __future__ import annotations

import re

from extractors.proceedings.agenda_rows import MAX_TITLE, clean_title
from extractors.readers.spans import Line, lines, newline_bounds

_BUSINESS = re.compile(r"^\W*items\s+of\s+business\W*$", re.I)
_BUSINESS_LINE = re.compile(r"^\W*items\s+of\s+business\W*$", re.I | re.M)
_NUMBER_ALONE = re.compile(r"^\s*(?P<number>\d{1,3})\s*$")
_LABEL = re.compile(r"^\W*[A-Za-z][A-Za-z ]{0,30}:")
_ROW_WORDS = 6
_MIN_NUMBERED = 2


def _unnumbered_row(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= _ROW_WORDS and text.strip()[:1].isupper() and not re.search(r"[.:;,]", text)


def business_rows(region: list[Line]) -> list[tuple[str, str, Line]]:
    """(number, title, line) of the rows under an 'Items Of Business' heading, numbered 1, 2 ... two or more; else []."""
    printed = [line for line in region if not line.is_blank]
    heading = next((index for index, line in enumerate(printed) if _BUSINESS.match(line.text)), None)
    if heading is None:
        return []
    numbered: list[tuple[str, str, Line]] = []
    for above, below in zip(printed[heading + 1 :], printed[heading + 2 :]):
        number = _NUMBER_ALONE.match(below.text)
        if number is None or number["number"] != str(len(numbered) + 1):
            continue
        if _NUMBER_ALONE.match(above.text) or _LABEL.match(above.text) or len(above.text) > MAX_TITLE:
            break
        numbered.append((number["number"], clean_title(above.text), above))
    if len(numbered) < _MIN_NUMBERED:
        return []
    first = numbered[0][2].start
    unnumbered = [("", clean_title(line.text), line) for line in printed[heading + 1 :] if line.start < first and _unnumbered_row(line.text)]
    return unnumbered + numbered


def business_row_title(text: str, position: int) -> bool:
    """Whether the line holding ``position`` is a numbered row's title under an 'Items Of Business' heading above it."""
    start, end = newline_bounds(text, position)
    below = next((line for line in lines(text, end, min(len(text), end + 20)) if not line.is_blank), None)
    return below is not None and bool(_NUMBER_ALONE.match(below.text)) and _BUSINESS_LINE.search(text, 0, start) is not None
