"""Helpers shared by the structure extractors: lines with offsets, markup cleaning, provenance."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from schemas.parsed import ParsedDocument
from schemas.provenance import Provenance

_MARKUP = re.compile(r"\*\*|__|</?sup>|(?<!\w)\*|\*(?!\w)|\\(?=[*_#])")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_BLANK_PAGE = re.compile(r"^\W*this page (?:is |has been )?(?:intentionally|deliberately) (?:left )?blank\W*$", re.I)
# A bare number of four digits is a year far more often than a page (see page_numbers).
_FOOTER = re.compile(r"^\s*(?:page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|[-–]?\s*\d{1,3}\s*[-–]?)\s*$", re.I)
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
        return bool(_FOOTER.match(self.text))


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
    """Provenance of ``text[start:end]``; ``text`` is ``document.text``, passed in to join pages once."""
    page = document.page_at(start)
    return Provenance(
        document_sha256=document.sha256,
        page_index=page.index,
        printed_page=page.printed_number,
        start=start,
        end=end,
        text=text[start:end],
        extractor=extractor,
        extractor_version=version,
    )
