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
# A sentence of the minutes, no row's title: 'Apologies were received from Councillor A Lowe.'
_SENTENCE = re.compile(r"\b(?:was|were|is|are|has|have|had)\b[^\n]*\.\s*$")
# The 'Items Of Business' heading stands within this many characters above a row title it heads.
_BUSINESS_REACH = 6000
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
    rows = printed[heading + 1 :]
    for index, (above, below) in enumerate(zip(rows, rows[1:])):
        number = _NUMBER_ALONE.match(below.text)
        if number is None or number["number"] != str(len(numbered) + 1):
            continue
        if _NUMBER_ALONE.match(above.text) or _LABEL.match(above.text) or len(above.text) > MAX_TITLE or _SENTENCE.search(above.text):
            break
        after = rows[index + 2 : index + 4]
        if len(after) == 2 and not _LABEL.match(after[0].text) and after[1].text.strip() == str(len(numbered) + 2):
            # One line then the next number: the list is printed number over title ('1' / 'Apologies' / '2' / ...).
            return []
        numbered.append((number["number"], clean_title(above.text), above))
    if len(numbered) < _MIN_NUMBERED:
        return []
    first = numbered[0][2].start
    unnumbered = [("", clean_title(line.text), line) for line in printed[heading + 1 :] if line.start < first and _unnumbered_row(line.text)]
    return unnumbered + numbered


def business_row_title(text: str, position: int) -> bool:
    """Whether the line holding ``position`` is a numbered row's title read by ``business_rows`` under the nearest
    'Items Of Business' heading above it (an agenda's numbered list over enclosed minutes is no such row)."""
    start, end = newline_bounds(text, position)
    below = next((line for line in lines(text, end, min(len(text), end + 20)) if not line.is_blank), None)
    if below is None or not _NUMBER_ALONE.match(below.text):
        return False
    headings = list(_BUSINESS_LINE.finditer(text, max(0, start - _BUSINESS_REACH), start))
    if not headings:
        return False
    rows = business_rows(lines(text, headings[-1].start(), min(len(text), end + _BUSINESS_REACH)))
    return any(line.start == start and number for number, _, line in rows)
