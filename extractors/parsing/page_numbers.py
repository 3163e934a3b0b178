"""The page-number vocabulary: every form in which a page prints its own number, and the number a page prints.

Declared once, here, for every reader of footers: the parsers (a page's printed number; ``parse_pdf`` setting a footer
apart from the text above it), ``spans.Line.is_page_footer`` (split, report headers, future meetings, attendance
lists), ``blocks`` (the money readers' flat copy) and ``furniture`` (which adds what a page's context tells). It lives
in ``parsing/`` because the parsers may not import the readers, while every reader may import ``parsing``.

A page-number line holds nothing but the number in one of these forms:
- worded: 'Page 3', 'PAGE 3', 'Page 3 of 12', 'Page 3/12', 'Page | 3', 'Page: 3', 'Page No. 3', a word processor's
  '3 | P a g e' or 'P a g e | 3', the Welsh 'Tudalen 3' of a bilingual pack, '3 of 12', '- 4 -';
- bare: '4', '-4', of three digits at most: four are a year or a sum far more often than a page, and a minute
  number ('12/24') is no page.
Only what the line says is judged here. Whether a bare number counts the pages (page N prints N) is known only with
the pages around it, so ``furniture`` asks it; a reader without that context takes a bare number as a footer.

A running page line prints the number with a label beside it, as a pack's stamp or a report's footer does: 'Page 12
of 40 Agenda Item 4', 'Agenda Item 4 Page 12', 'Ward Grants 2024/25 Page 3 of 9'. Its page word is printed with a
capital and it counts the pages ('of 9') or names an agenda item, so a contents row ('Minutes of the last meeting
Page 3') or a sentence ('... see page 3 of the report') is none.
"""

from __future__ import annotations

import re

VERSION = "2"

# 'Page' as printed, letter-spaced as Word's page-number styles print it ('P a g e'), or the Welsh 'Tudalen'.
_WORD = r"(?:p[ \t]?a[ \t]?g[ \t]?e|tudalen)"
_COUNT = r"(?:[ \t]*(?:of|/)[ \t]*\d{1,4})"
_WORDED = (
    rf"{_WORD}(?:[ \t]*(?:no\.?|number))?[ \t]*[|:.]?[ \t]*\d{{1,4}}{_COUNT}?"
    rf"|\d{{1,4}}[ \t]*\|[ \t]*{_WORD}"
    r"|\d{1,4}[ \t]+of[ \t]+\d{1,4}"
    r"|[-–—][ \t]*\d{1,4}[ \t]*[-–—]"
)
_BARE = r"[-–—]?[ \t]*\d{1,3}[ \t]*[-–—]?"
_PAGE_NUMBER_LINE = re.compile(rf"^[ \t]*+(?:{_WORDED}|{_BARE})[ \t]*$", re.IGNORECASE)
_WORDED_LINE = re.compile(rf"^[ \t]*+(?:{_WORDED})[ \t]*$", re.IGNORECASE)
# The forms only a footer prints: a count of the pages ('Page 3 of 12'), a page mark ('Page | 3', '3 | Page') or the
# letter-spaced word ('P a g e 3'). A lone 'Page 3' may be a contents column's page, '3 of 12' a table's cell.
_FOOTER_ONLY_LINE = re.compile(
    rf"^[ \t]*+(?:{_WORD}[ \t]*[|:.]?[ \t]*\d{{1,4}}{_COUNT}|{_WORD}[ \t]*\|[ \t]*\d{{1,4}}|\d{{1,4}}[ \t]*\|[ \t]*{_WORD}"
    r"|p[ \t]a[ \t]g[ \t]e[ \t]*[:.]?[ \t]*\d{1,4})[ \t]*$",
    re.IGNORECASE,
)
_FIRST_NUMBER = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(r"(?:page|tudalen)[ \t]*[|:]?[ \t]*(\d{1,4})", re.IGNORECASE)

# A running line's page phrase: a capital page word and its number, counting the pages or not.
_PAGE_PHRASE = r"(?-i:Page|PAGE|Tudalen|TUDALEN)[ \t]*[|:]?[ \t]*\d{1,4}"
_ITEM_LABEL = r"(?:agenda[ \t]+)?item(?:[ \t]+no\.?)?[ \t]*\d{1,3}[a-z]?"
# A label: a few words opening with a capital or a figure, no sentence stop at its end and no sentence inside ('. ').
_LABEL = r"(?-i:[A-Z0-9])(?:[^\n.!?;]|\.(?!\s)){0,70}?"
_RUNNING_LINE = re.compile(
    rf"^[ \t]*(?:{_PAGE_PHRASE}{_COUNT}[ \t]*[|–—-]?[ \t]*{_LABEL}|{_LABEL}[ \t]*[|–—-]?[ \t]*{_PAGE_PHRASE}{_COUNT}"
    rf"|{_PAGE_PHRASE}{_COUNT}?[ \t]+{_ITEM_LABEL}|{_ITEM_LABEL}[ \t]*[|–—-]?[ \t]*{_PAGE_PHRASE}{_COUNT}?)[ \t]*$",
    re.IGNORECASE,
)
_RUNNING_WORDS = 12
_FOOTER_LINES = 2


def is_page_number_line(line: str) -> bool:
    """A line holding nothing but a page number, worded or bare (see the module docstring)."""
    return bool(_PAGE_NUMBER_LINE.match(line))


def is_worded_page_number(line: str) -> bool:
    """A page-number line that says it is one ('Page 3', '3 of 12', '- 4 -'), not a bare number."""
    return bool(_WORDED_LINE.match(line))


def is_running_page_line(line: str) -> bool:
    """A page number printed with a running label beside it ('Page 12 of 40 Agenda Item 4'; module docstring)."""
    return len(line.split()) <= _RUNNING_WORDS and bool(_RUNNING_LINE.match(line))


def is_footer_only(line: str) -> bool:
    """A line that only a page's footer or header prints, wherever it stands: a page number counting the pages or
    with a page mark ('Page 3 of 12', 'Page | 3', '3 | P a g e'), or a running page line."""
    return bool(_FOOTER_ONLY_LINE.match(line)) or is_running_page_line(line)


def is_footer_line(line: str) -> bool:
    """A page-number line or a running page line: what a reader without the page's context takes for a footer."""
    return is_page_number_line(line) or is_running_page_line(line)


def page_number_of(line: str) -> int | None:
    """The page's number a page-number or running page line prints (not the count of pages, not the item's), or None
    for any other line."""
    if is_page_number_line(line):
        return int(_FIRST_NUMBER.search(line).group())
    return int(_PAGE_NUMBER.search(line).group(1)) if is_running_page_line(line) else None


def printed_page_number(page_text: str) -> int | None:
    """The page number printed on one of the page's last two non-empty lines, if any: a page-number line or a running
    page line ('Page 3 of 9 Agenda Item 2'). A numbered paragraph ("4.1 The KCSP...") never counts, nor a bare year.
    """
    lines = [line.strip() for line in page_text.splitlines() if line.strip()]
    for line in reversed(lines[-_FOOTER_LINES:]):
        if (number := page_number_of(line)) is not None:
            return number
    return None
