"""Helpers shared by the structure extractors: lines with offsets, markup cleaning, provenance, and
``unwrapped`` (hard-wrapped lines read as the one line they were)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from extractors.parsing.page_numbers import is_footer_line
from extractors.readers.names import HONORIFIC_WORDS
from schemas.parsed import PAGE_SEPARATOR, ParsedDocument
from schemas.provenance import Provenance

_MARKUP = re.compile(r"\*\*|__|</?sup>|(?<!\w)\*|\*(?!\w)|\\(?=[*_#])")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_BLANK_PAGE = re.compile(r"^\W*this page (?:is |has been )?(?:intentionally|deliberately) (?:left )?blank\W*$", re.I)
# Characters any markup removed by clean_markup contains: text without them is returned as is.
_MARKUP_CHARS = re.compile(r"[*_<\[\\\u00a0]")
_SEPARATOR = re.compile(r"[\n\f]")


class _once:
    """``functools.cached_property`` without its lock (3.11 takes one on every first read): a
    line's derived values are read millions of times in one thread."""

    def __init__(self, compute):
        self.compute, self.name = compute, compute.__name__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.compute(instance)
        return value


@dataclass(frozen=True)
class Line:
    """One line of the document text: its offsets and its text with markup removed."""

    start: int
    end: int
    raw: str

    @_once
    def text(self) -> str:
        return clean_markup(self.raw).strip()

    @property
    def is_blank(self) -> bool:
        return not self.text

    @_once
    def is_blank_page_marker(self) -> bool:
        return bool(_BLANK_PAGE.match(self.text))

    @_once
    def is_page_footer(self) -> bool:
        """A page number or running page line in the page-number vocabulary (``parsing.page_numbers``); a bare number
        counts, as a line knows no page around it (``furniture`` asks whether it counts the pages)."""
        return is_footer_line(self.text)


def clean_markup(text: str) -> str:
    """Drop markdown emphasis, <sup> tags and link targets that text extracts carry."""
    if not _MARKUP_CHARS.search(text):
        return text
    return _MARKUP.sub("", _LINK.sub(r"\1", text)).replace("\u00a0", " ")


def squash(text: str) -> str:
    """Markup removed and every run of white space (line wraps included) made one space."""
    return " ".join(clean_markup(text).split())


def lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """Lines of ``text[start:end]`` (split on newlines and form feeds), offsets into ``text``.

    Whole lines come from a per-text table built once, so their cleaned text is computed once
    however many extractors read them; a line cut by ``start`` or ``end`` is made afresh.
    """
    end = len(text) if end is None else end
    if end <= start:
        return [Line(start, end, "")]
    separators, table = _line_table(text)
    first, last = bisect_left(separators, start), bisect_left(separators, end)
    if first == last:
        return [_line(text, table, first, start, end)]
    found = [_line(text, table, first, start, separators[first])]
    found.extend(table[first + 1 : last])
    found.append(_line(text, table, last, separators[last - 1] + 1, end))
    return found


def line_bounds(text: str, position: int) -> tuple[int, int]:
    """(start, end) of the line of ``text`` holding ``position``; lines end at newlines and form feeds."""
    separators, _ = _line_table(text)
    index = bisect_left(separators, position)
    start = separators[index - 1] + 1 if index else 0
    return start, separators[index] if index < len(separators) else len(text)


def newline_bounds(text: str, position: int) -> tuple[int, int]:
    """(start, end) of the line of ``text`` holding ``position``, lines ending at newlines only (a form feed is kept
    inside its line), found by bisection: a rule asking it once a match stays linear on a page printed as one line."""
    newlines = _newlines(text)
    index = bisect_left(newlines, position)
    return newlines[index - 1] + 1 if index else 0, newlines[index] if index < len(newlines) else len(text)


@lru_cache(maxsize=8)
def _newlines(text: str) -> list[int]:
    return [match.start() for match in re.finditer("\n", text)]


@lru_cache(maxsize=8)
def folded(text: str) -> str | None:
    """``text.lower()`` when that keeps every offset (a few characters lengthen), else None."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else None


def matches_at_words(pattern: re.Pattern, text: str, words: tuple[str, ...], start: int, end: int) -> Iterator[re.Match]:
    """``pattern.finditer(text, start, end)`` for a pattern whose matches all begin with one of
    the lower-case ``words`` (in any case): tried only where a word occurs, which is far
    cheaper than letting re scan every position of a long pack."""
    lowered = folded(text)
    if lowered is None:
        yield from pattern.finditer(text, start, end)
        return
    starts = sorted(
        position
        for word in words
        for position in _occurrences(lowered, word, start, end)
    )
    resume = start
    for position in starts:
        if position < resume:
            continue
        match = pattern.match(text, position, end)
        if match:
            yield match
            resume = max(match.end(), position + 1)


def _occurrences(text: str, word: str, start: int, end: int) -> Iterator[int]:
    position = text.find(word, start, end)
    while position != -1:
        yield position
        position = text.find(word, position + 1, end)


def _line(text: str, table: list[Line], index: int, start: int, end: int) -> Line:
    whole = table[index]
    return whole if whole.start == start and whole.end == end else Line(start, end, text[start:end])


@lru_cache(maxsize=8)
def _line_table(text: str) -> tuple[list[int], list[Line]]:
    """Offsets of every line separator in ``text``, and every line of it."""
    separators = [match.start() for match in _SEPARATOR.finditer(text)]
    bounds = [-1, *separators, len(text)]
    return separators, [Line(bounds[i] + 1, bounds[i + 1], text[bounds[i] + 1 : bounds[i + 1]]) for i in range(len(bounds) - 1)]


def provenance(
    document: ParsedDocument, text: str, start: int, end: int, extractor: str, version: str
) -> Provenance:
    """Provenance of ``text[start:end]``; ``text`` is ``document.text`` or a reading of it with the same offsets
    (hard-wrapped lines joined, ``unwrapped``). The span's text is quoted from the pages as parsed, never from
    such a reading, so it is what the stored page holds at those offsets (the warehouse checks it)."""
    page = document.page_at(start)
    return Provenance(
        document_sha256=document.sha256,
        page_index=page.index,
        printed_page=page.printed_number,
        start=start,
        end=end,
        text=_quoted(document, page, start, end),
        extractor=extractor,
        extractor_version=version,
    )


def _quoted(document: ParsedDocument, page, start: int, end: int) -> str:
    if end <= page.char_end:
        return page.text[start - page.char_start : end - page.char_start]
    return PAGE_SEPARATOR.join(p.text for p in document.pages)[start:end]


# Hard-wrapped lines (a PDF's or a plain-text page's width): a line carries on the one above when it continues its
# sentence or list. The line above must be a full one (a wrap breaks only long lines) and the line below no new
# heading, label or item.
_FULL_LINE = 50
_TITLE_OR_INITIAL = rf"(?:{HONORIFIC_WORDS}|Councillors|Cllrs|(?:[A-Z]\.){{1,4}}|[A-Z])\.?"
# The line above stops mid-way: after a comma, 'and', '&', an open bracket, a dash (not a label's ':-'), a linking word, a
# title or an initial.
_OPEN_END = re.compile(
    rf"(?:[,&(]|(?<!:)[–-]|\b(?:and|or|of|for|to|the|a|an|at|in|on|by|from|with|as|were|was|are|is|be|been|who|which|that)|(?-i:\b{_TITLE_OR_INITIAL}))$"
)
# The line below opens a new entry of its own: a label ('Apologies:'), a numbered item, a lettered one ('b) Budget'), a
# bullet, a table row, a word printed letter-spaced alone on its line ('P r e s e n t:', a heading).
_OWN_START = re.compile(
    r"^(?:\W*[A-Z][\w'’/&]*(?:[ \t]+[\w'’/&]+){0,4}[ \t]*:(?:\s|$)|(?:[A-Za-z][ \t]){3,}[A-Za-z][ \t]*:?[ \t]*$"
    r"|[(\[]?\d{1,3}(?:\.\d{1,3})*[.)]?\s(?!\s*(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|\(?[a-z]\)\s+[A-Z]|[•·▪*●◦■►–-]\s|.*\|"
    # A post or heading closed by a spaced dash, as parish minutes print 'Deputy Clerk – A. Name (Ann)'.
    r"|\W*[A-Z][\w'’/&.]*(?:[ \t]+[A-Z][\w'’/&.]*){0,4}[ \t]+[–—][ \t]+\S)"
)
# After a comma list, a name's surname or a bracket runs on: 'Mr Andrew' / 'Hughes, Mr ...', 'L. Cooney' / '(LC), ...'.
# A lone word ('Attendance') is a heading: the surname ends the list ('Spencer.', 'Spencer (Elm Homes)') or goes on.
_NAME_RUNS_ON = re.compile(
    r"^(?:\([^()]{1,60}\)|[A-Z][\w'’-]+\.?(?:\s+\([^()]{1,60}\))?)(?:,|\s+(?:and|&)\s|\.\s*$)|^[A-Z][\w'’-]+\s+\([^()]{1,60}\)\.?\s*$"
)

_TITLE_ACROSS = re.compile(rf"(?:\S+\s+)?(?<!\S)(?:{HONORIFIC_WORDS})\.?\s+[A-Z]")
_MONTH_START = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b(?!\s*:)", re.I)


def opens_entry(line: str) -> bool:
    """``line`` (stripped) opens an entry of its own: a label, a numbered or lettered item, a bullet, a table row."""
    return bool(_OWN_START.match(line))


def open_end(line: str) -> bool:
    """``line`` stops mid-way: after a comma, a linking word, a title or an initial ('... proposed by Councillor')."""
    return bool(_OPEN_END.search(line.rstrip()))


def may_wrap(line: str) -> bool:
    """Whether a page's width may have broken ``line`` before the line under it: it is a full line, or it stops at an
    open word ('... the report of the'). A short closed line ('2     Apologies') ends where it stands."""
    return len(line.strip()) >= _FULL_LINE or bool(_OPEN_END.search(line.rstrip()))


def soft_break(above: str, below: str) -> bool:
    """``below`` carries on ``above``: the two are one line hard-wrapped (see ``unwrapped``)."""
    # Columns ('Present      The Mayor, ...') wrap only when the line below starts at the margin, not in a column.
    column = re.search(r"\s{3,}\S", above) and re.match(r"\s|.*\S\s{3,}\S", below)
    above, below = above.rstrip(), below.strip()
    # Run-on text may break inside a label: '... 2.00 APOLOGIES : Community' / 'Councillors: A Lowe ...'.
    split_label = re.search(r":[ \t]*[A-Z][\w'’-]*$", above) and re.match(r"[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,2}[ \t]*:", below)
    # ... or before a label's last word: '... Bob Wilson In' / 'Attendance: Ann Lee ...', '... Members' / 'Present: ...'.
    split_label = split_label or re.search(r"\b(?:In|IN|Also|ALSO|Members|MEMBERS|Officers|OFFICERS)$", above) and re.match(
        r"(?:present|attendance|in\s+attendance|attending)\s*:", below, re.I
    )
    # Inside an open bracket nothing new starts: '... Director of Housing (Item' / '12 only)'.
    inside = above.count("(") > above.count(")")
    if len(above.strip()) < _FULL_LINE or not below or _OWN_START.match(below) and not (split_label or inside) or re.search(r"\||\t", above) or column:
        return False
    if re.search(r"[.:;!?]$", above) and not re.search(rf"(?-i:\b{_TITLE_OR_INITIAL})$", above):
        return False
    # A bracket opening the line below adds to the line above ('... as 16 April' / '(Planning meeting), ...'), unless it
    # numbers an entry ('(b) ...', '(2) ...').
    bracketed = below[0] == "(" and not re.match(r"\((?:[a-z]{1,4}|[A-Z]|\d{1,3})\)\s", below)
    if split_label or below[0].islower() or bracketed or _OPEN_END.search(above) or inside:
        return True
    # A title broken over the lines: '... Hugh Hamilton and County' / 'Councillor Jo Roe.'
    last = re.search(r"(?:\S+\s+)?\S+$", above)
    if last and _TITLE_ACROSS.match(f"{last.group()} {below}") and not _TITLE_ACROSS.match(last.group()):
        return True
    # A date broken between its day and its month: '... 14th May, 11th' / 'June, 9th July'.
    if re.search(r"\b\d{1,2}(?:st|nd|rd|th)?$", above) and _MONTH_START.match(below):
        return True
    return above.count(",") >= 2 and bool(_NAME_RUNS_ON.match(below))


def unwrapped(text: str, start: int = 0, end: int | None = None, joins=soft_break) -> str:
    """``text`` with each hard-wrapped break in ``text[start:end]`` read as a space: same length, same offsets.
    ``joins(above, below)`` says whether ``below`` carries on ``above`` (``soft_break`` unless told)."""
    end = len(text) if end is None else end
    chars, position = None, text.find("\n", start, end)
    while position != -1:
        line_start = text.rfind("\n", 0, position) + 1
        next_end = text.find("\n", position + 1)
        next_end = len(text) if next_end == -1 else next_end
        if joins(text[line_start:position], text[position + 1 : next_end]):
            chars = chars or list(text)
            chars[position] = " "
        position = text.find("\n", position + 1, end)
    return "".join(chars) if chars else text
