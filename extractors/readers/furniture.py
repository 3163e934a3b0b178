"""Page furniture: the lines a page prints around its text, not in it, that a reader steps over.

Text is kept whole (every printed character, page breaks as form feeds), so a footer sits between
an item's number and its title ('90.' / '1' / form feed / 'Grants Review') and between two names of
a list run on over the page break ('Mr T' / 'Page 1' / form feed / 'A L Wells'). What a page-number line is, is
declared once in ``parsing.page_numbers``; this module adds what the pages around a line tell. A furniture line is:
- anywhere, a line only a footer prints ('Page 3 of 12', 'Page | 3', '3 | P a g e', 'Page 12 of 40 Agenda Item 4'):
  a document mirror's text loses its page breaks and keeps these lines inside a list or paragraph;
- in text with a page break, a worded page-number line ('Page 3', '3 of 12', '- 4 -') or a running page line ending or
  opening a page of two lines or more; a bare number ('3') ends a page only when it counts the pages as the others do
  (page N prints N, or the same step from its page as another page's bare number), so an item number '5' left at a
  page's foot is no footer; a lone 'Page 3' away from a page break may be a contents column's page, and stays;
- a first or last line that half the pages or more print alike, digits aside (a running title or 'Agenda Item 4 |
  Page 12'; two words or a digit, and no full stop, so no sentence such as 'Noted.'), in a text of three pages or more
  (as ``parse_pdf.set_apart_running_lines`` counts them).
``printed_lines`` drops these from a region of lines, with the blank lines that part a footer from the
text above it and a header from the text below (the PDF parser prints those itself), so the line before
a page break meets the line after it. Offsets are untouched: each kept line is the document's own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors.parsing.page_numbers import is_footer_only, is_running_page_line, is_worded_page_number, page_number_of
from extractors.readers.spans import Line, clean_markup, line_bounds, lines

VERSION = "2"

_RUNNING_SHARE = 0.5
_RUNNING_PAGES = 3
_DIGITS = re.compile(r"\d+")
# A footer line is short: a running page line has twelve words at most.
_FOOTER_WIDTH = 150
_PAGE_WORD = re.compile(r"p[ \t]?a[ \t]?g[ \t]?e|tudalen", re.I)
# A running line is a title or a label, not a sentence a few pages happen to end alike ('Noted.'): two words or a digit,
# no closing stop.
_RUNNING_LINE = re.compile(r"^(?=.*(?:\S\s+\S|#)).*[^.:;,]$")


def _edge_key(text: str) -> str:
    return _DIGITS.sub("#", " ".join(text.split()).lower())


@lru_cache(maxsize=8)
def furniture_starts(text: str) -> frozenset[int]:
    """Start offsets of the furniture lines of ``text`` (see the module docstring)."""
    found = _footer_only_lines(text)
    if "\f" not in text:
        return frozenset(found)
    pages: list[list[Line]] = []
    position = 0
    for page_text in text.split("\f"):
        pages.append([line for line in lines(text, position, position + len(page_text)) if not line.is_blank])
        position += len(page_text) + 1
    bare: dict[int, tuple[int, Line]] = {}
    for number, printed in enumerate(pages):
        if len(printed) < 2:
            continue
        last, first = printed[-1], printed[0]
        if is_worded_page_number(last.text) or is_running_page_line(last.text):
            found.add(last.start)
        elif (value := page_number_of(last.text)) is not None:
            bare[number] = (value, last)
        if is_worded_page_number(first.text) or is_running_page_line(first.text):
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


def _footer_only_lines(text: str) -> set[int]:
    """Starts of the lines only a footer prints (``page_numbers.is_footer_only``), wherever they stand: each holds a
    page word, so only the short lines holding one are tried, each once (a page printed as one line holds many)."""
    tried, found = set(), set()
    for word in _PAGE_WORD.finditer(text):
        start, end = line_bounds(text, word.start())
        if start in tried:
            continue
        tried.add(start)
        if end - start <= _FOOTER_WIDTH and is_footer_only(clean_markup(text[start:end]).strip()):
            found.add(start)
    return found


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
