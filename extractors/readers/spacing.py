"""Pages read whatever a site does with line breaks, one character for one: double-spaced pages as the single-spaced
page they render (``single_spaced``), pages hard-wrapped at a fixed width with each line whole (``rewrapped``).

Some sites print a page with an empty line after every line (a paragraph per ``<p>``, a ``<br>`` doubled): a
list of names a line, a front sheet's labels, an agenda's items each stand alone between empty lines, and a
blank line the author typed between two blocks becomes three. Rules that read consecutive lines as one block,
or a blank line as the end of one, lose the page.

A page is double-spaced when no two of its lines stand next to each other, every run of empty lines between
two of them is odd (1, 3, 5 ...), exactly what doubling each line break of a page makes, and one run at least is
a doubled blank line (three): a page of paragraphs a line, each between single empty lines, is left as printed.
Its reading makes every other line break of each run a space, so one empty line goes, three read as one, and
each line read ends with one space: the same length, every offset where it was, so a span found
in the reading quotes the stored page (``spans.provenance`` quotes the pages, never a reading).

Plain-text renderings, e-mailed minutes and some text extracts are hard-wrapped at a fixed width W: a line breaks only
where its next word would not fit, so the line above is full, and its length, a space and the first word of the line
below pass W; a line the author ended stops short of that. A page is read so when ``_MIN_BREAKS`` or more of its
breaks are such overflows of full lines (W the page's longest line, no wider than a fixed-width page prints); each is
read as a space, unless the line below opens an entry of its own (a label, a number, a bullet:
``spans.opens_entry``; an item's number alone, a meeting's date under its title), either line is a label's line, the
line below holds cells or the line above ruled ones, the line above ends an entry (an amount) over a capital, or it
ends a sentence over a short heading with no stop (minutes a paragraph a line under unnumbered headings), or both
open on the same capitalised word and the line above does not stop mid-way (a list's entries, 'Councillor ...' lines).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extractors.readers.dates import WEEKDAY
from extractors.readers.spans import open_end, opens_entry
from schemas.parsed import PAGE_SEPARATOR

# A page this short proves nothing: a heading over two lines may be spaced apart by chance.
_MIN_LINES = 4
# A blank line doubled: three empty lines, four line breaks. Without one the page may be paragraphs a line, each
# between empty lines as a web page prints them, which are no lines of one block: a page of short lines so printed
# ('Present: ... (Chair' / '' / 'In attendance: ...') loses its lists when read single-spaced.
_DOUBLED_BLANK = 4
_PRINTED = re.compile(r"[^\n]*\S[^\n]*")
# Fixed widths pages are wrapped at (72, 76, 80, 100 ...); longer lines are paragraphs a line, never wrapped.
_WIDTHS = (60, 132)
# How far short of the width a wrapped line may stop: its next word (up to this long) would have passed it.
_FULL = 20
_MIN_BREAKS = 3
_CELLS = re.compile(r"\||\t| {3,}\S")
_RULED = re.compile(r"\||\t")
_LABEL_END = re.compile(r":-?$")
# A line ending a sentence or an entry ('... for the hall roof.', '... Parish Council £1,200') over a capital: a list's
# lines each of the width by chance, not one line wrapped.
_ENTRY_END = re.compile(r"£[\d,.]*\d$")
# A paragraph a line ending its sentence ('... were duly accepted.') over a short heading with no stop ('Public
# Participation'): minutes set a line a paragraph, their headings unnumbered, not a wrapped line.
_SENTENCE_END = re.compile(r"(?:\b[a-z]{2,}|\))[.!?]$")
_HEADING = re.compile(r"[A-Z][^.:;,!?]*(?<=\w)")
_HEADING_WORDS = 8
# A list's entries a line, each opening on the same capitalised word ('Councillor A ... Ward' / 'Councillor B ...',
# 'Monday 9 June ...' / 'Monday 14 July ...'): entries, not a wrapped line, unless the line above stops mid-way.
_OPENING_WORD = re.compile(r"[A-Z][a-z]+\b")
# A label opening a full line of a wrapped page ('Officers Present: Mr A ...') is inside a run-on line: the line
# carries on the one above, and ``runon`` breaks the joined line at the label.
_LABEL_START = re.compile(r"\W*[A-Z][\w'’/&]*(?:[ \t]+[\w'’/&]+){0,4}[ \t]*:\s")
# An item's number alone on its line ('2.'), or a meeting's date under its title ('... Forum' / 'Wednesday 4 June'):
# lines of their own.
_NUMBER_ALONE = re.compile(r"[(\[]?\d{1,3}(?:\.\d{1,3})*[.)]?\s*$")
_TITLE_OVER_DATE = re.compile(rf"(?-i:[A-Z][\w'’-]*)\s*\n(?i:{WEEKDAY}),?\s+\d")
_FIRST_WORD = re.compile(r"\S+")


def single_spaced(text: str) -> str:
    """``text`` with each double-spaced page read single-spaced (see the module's docstring); same length."""
    return _by_page(text, _single_spaced_page)


def rewrapped(text: str) -> str:
    """``text`` with the wrapped breaks of each page wrapped at a fixed width read as spaces (same length)."""
    return _by_page(text, _rewrapped_page)


def _by_page(text: str, read_page: Callable[[str], str]) -> str:
    pages = text.split(PAGE_SEPARATOR)
    read = [read_page(page) for page in pages]
    if all(new is old for new, old in zip(read, pages)):
        return text
    return PAGE_SEPARATOR.join(read)


def _single_spaced_page(page: str) -> str:
    printed = [match.span() for match in _PRINTED.finditer(page)]
    if len(printed) < _MIN_LINES:
        return page
    gaps = [page[end : start] for (_, end), (start, _) in zip(printed, printed[1:])]
    breaks = [gap.count("\n") for gap in gaps]
    if any(count % 2 for count in breaks) or max(breaks) < _DOUBLED_BLANK:
        return page
    chars = list(page)
    for (_, end), gap in zip(printed, gaps):
        breaks = [end + index for index, char in enumerate(gap) if char == "\n"]
        for position in breaks[0::2]:
            chars[position] = " "
    return "".join(chars)


def _rewrapped_page(page: str) -> str:
    rows = page.split("\n")
    width = max((len(row.rstrip()) for row in rows), default=0)
    if not _WIDTHS[0] <= width <= _WIDTHS[1]:
        return page
    breaks, offset = [], 0
    for above, below in zip(rows, rows[1:]):
        offset += len(above) + 1
        if _overflows(above.rstrip(), below, width):
            breaks.append(offset - 1)
    if len(breaks) < _MIN_BREAKS:
        return page
    chars = list(page)
    for position in breaks:
        chars[position] = " "
    return "".join(chars)


def _overflows(above: str, below: str, width: int) -> bool:
    word = _FIRST_WORD.match(below.lstrip())
    # A table row's last cell wraps to the margin; a row's own cells, a line set in from it, are no wrap.
    if not word or len(above) < width - _FULL or below[:1].isspace() or _RULED.search(above) or _CELLS.search(below):
        return False
    # A label's line ('Present:', 'Officers of the Council:-') ends where its list starts below it, and starts its own.
    label_below = below[:1].isupper() and _LABEL_END.search(below.rstrip()) and len(below.strip()) < width - _FULL
    return (
        len(above) + 1 + len(word.group()) > width
        and not _LABEL_END.search(above)
        and not label_below
        and not (_ENTRY_END.search(above) and below.lstrip()[:1].isupper())
        and not (_SENTENCE_END.search(above) and _heading(below, width))
        and not _same_opening(above, below)
        and not _NUMBER_ALONE.match(below)
        and not _TITLE_OVER_DATE.search(f"{above[-40:]}\n{below[:40]}")
        and not (opens_entry(below.strip()) and not _run_on_label(below, width))
    )


def _same_opening(above: str, below: str) -> bool:
    opening = _OPENING_WORD.match(above.lstrip())
    return bool(opening) and below.lstrip().startswith(opening.group() + " ") and not open_end(above)


def _heading(below: str, width: int) -> bool:
    text = below.strip()
    return len(text) < width - _FULL and len(text.split()) <= _HEADING_WORDS and bool(_HEADING.fullmatch(text))


def _run_on_label(below: str, width: int) -> bool:
    return len(below.rstrip()) >= width - _FULL and bool(_LABEL_START.match(below))
