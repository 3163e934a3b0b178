"""Page furniture: the lines a page prints around its text, not in it, that a reader steps over.

Text is kept whole (every printed character, page breaks as form feeds), so a footer sits between
an item's number and its title ('90.' / '1' / form feed / 'Grants Review') and between two names of
a list run on over the page break ('Mr T' / 'Page 1' / form feed / 'A L Wells'). A furniture line is,
only in text with a page break:
- a page-number line ('Page 3', '3 of 12', '- 4 -') ending a page of two lines or more, or opening one when
  worded ('Page 3'); a bare number ('3') ends a page only when it counts the pages as the
  others do (page N prints N, or the same step from its page as another page's bare number), so an
  item number '5' left at a page's foot is no footer;
- a first or last line that half the pages or more print alike, digits aside (a running title or
  'Agenda Item 4 | Page 12'; two words or a digit, and no full stop, so no sentence such as 'Noted.'), in a text of three pages or more (as ``parse_pdf.set_apart_running_lines``
  counts them).
``printed_lines`` drops these from a region of lines, with the blank lines that part a footer from the
text above it and a header from the text below (the PDF parser prints those itself), so the line before
a page break meets the line after it. Offsets are untouched: each kept line is the document's own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors.parsing.page_numbers import is_page_number_line
from extractors.readers.spans import Line, lines

VERSION = "1"

_RUNNING_SHARE = 0.5
_RUNNING_PAGES = 3
_DIGITS = re.compile(r"\d+")
_BARE = re.compile(r"^\s*[-–]?\s*(\d{1,4})\s*[-–]?\s*$")
_WORDED = re.compile(r"\bpage\b|\bof\b", re.I)
# A running line is a title or a label, not a sentence a few pages happen to end alike ('Noted.'): two words or a digit,
# no closing stop.
_RUNNING_LINE = re.compile(r"^(?=.*(?:\S\s+\S|#)).*[^.:;,]$")


def _edge_key(text: str) -> str:
    return _DIGITS.sub("#", " ".join(text.split()).lower())


@lru_cache(maxsize=8)
def furniture_starts(text: str) -> frozenset[int]:
    """Start offsets of the furniture lines of ``text`` (see the module docstring); none without a page break."""
    if "\f" not in text:
        return frozenset()
    pages: list[list[Line]] = []
    position = 0
    for page_text in text.split("\f"):
        pages.append([line for line in lines(text, position, position + len(page_text)) if not line.is_blank])
        position += len(page_text) + 1
    found: set[int] = set()
    bare: dict[int, tuple[int, Line]] = {}
    for number, printed in enumerate(pages):
        if not printed:
            continue
        last, first = printed[-1], printed[0]
        if is_page_number_line(last.text) and len(printed) > 1:
            if _WORDED.search(last.text):
                found.add(last.start)
            elif bare_number := _BARE.match(last.text):
                bare[number] = (int(bare_number.group(1)), last)
        if is_page_number_line(first.text) and _WORDED.search(first.text) and len(printed) > 1:
            found.add(first.start)
    steps = [value - number for number, (value, _) in bare.items()]
    for number, (value, line) in bare.items():
        if value == number + 1 or steps.count(value - number) >= 2:
            found.add(line.start)
    if len(pages) >= _RUNNING_PAGES:
        for edge in (0, -1):
            keys = [_edge_key(printed[edge].text) for printed in pages if len(printed) > 1]
            running = {key for key in keys if keys.count(key) >= _RUNNING_SHARE * len(pages) and _RUNNING_LINE.match(key)}
            found.update(printed[edge].start for printed in pages if len(printed) > 1 and _edge_key(printed[edge].text) in running)
    return frozenset(found)


def is_furniture(text: str, line: Line) -> bool:
    """Whether ``line`` (a line of ``text``) is page furniture."""
    return line.start in furniture_starts(text)


def printed_lines(text: str, region: list[Line]) -> list[Line]:
    """``region`` (lines of ``text``) without its furniture lines and the blank lines parting each from its page's text."""
    starts = furniture_starts(text)
    if not starts:
        return region
    dropped = {index for index, line in enumerate(region) if line.start in starts and not line.is_blank}
    for index in sorted(dropped):
        for step in (-1, 1):
            other = index + step
            while 0 <= other < len(region) and (region[other].is_blank or other in dropped):
                dropped.add(other)
                other += step
    return [line for index, line in enumerate(region) if index not in dropped]


def furniture_between(text: str, start: int, end: int) -> bool:
    """Whether a furniture line of ``text`` opens in ``text[start:end]``: a reader joining the two sides
    (one list's pieces, a name wrapped over them) would read the footer or header as text."""
    return any(start <= position < end for position in furniture_starts(text))
