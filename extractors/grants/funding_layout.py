"""The printed structure the money extractors read: blocks, sections, sentences, years.

``FundingLayout`` reads one span of a document once: its blocks (split by
``extractors.readers.blocks``, whose rules this module's VERSION covers), the amounts and
financial years printed in it, sentences, decision status and dates, and the grant
year of each figure (``funding_years``, also covered by this VERSION).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

from extractors.grants import decision_layout
from extractors.grants.funding_years import FigureYears
from extractors.readers import fiscal_year, money, spans
from extractors.readers.blocks import Block, cell_runs, clean, column_of, flatten, split_blocks
from extractors.readers.nlp import span_doc
from schemas.funding import MoneyAmount, YearMatch
from schemas.parsed import ParsedDocument
from schemas.provenance import Provenance

VERSION = "39"

# Importable from here as before: the money extractors read blocks through the layout.
__all__ = ["VERSION", "Block", "FundingLayout", "clean"]

# A decision statement sets the status of what is printed this near it (a decision record's length).
_DECISION_REACH = 2000
# '(£0 - £2,000)', 'between £500 and £5,000': a figure that opens or closes a range is a bound. 'to' joins a range
# only where the caller says so ('Large grants – £2,501 to £10,000'): 'raised from £A to £B' replaces a figure.
_RANGE_AFTER = re.compile(r"[ \t]*(?:-|–|—)[ \t]*£")
_RANGE_TO_AFTER = re.compile(r"[ \t]*(?:-|–|—|to)[ \t]*£", re.I)
_RANGE_TO_BEFORE = re.compile(r"£[\d,.]+[ \t]*[kKmM]?[ \t]*(?:-|–|—|to)[ \t]*$", re.I)
# 'a grant of between £2,000 and £7,500': the lower end, read from the words on both sides.
_BETWEEN_BEFORE = re.compile(r"\bbetween[ \t]*$", re.I)
_AND_AFTER = re.compile(r"[ \t]+and[ \t]+£")
_RANGE_BEFORE = re.compile(r"(?:£[\d,.]+[ \t]*[kKmM]?[ \t]*(?:-|–|—)|\bbetween[ \t]+£[\d,.]+[ \t]*[kKmM]?[ \t]+and)[ \t]*$", re.I)
# '7. Grant for IT equipment' over its minute on the next line: a numbered item of minutes, its title a short line
# (a numbered paragraph ending in a full stop, or wrapped onto the next line, is a report's or minute's paragraph).
_MINUTE_ITEM = re.compile(r"[ \t]*\d{1,3}\.[ \t]+(?P<title>[A-Z][^\n,]{0,55}?)[ \t]*\n[ \t]*\S")
_RUNS_ON = re.compile(r"(?:[.;,]|\b(?:a|an|the|of|and|or|to|by|for|in|on|at|with|from|that|which))$", re.I)
_LONG_SENTENCE = 1000
# A sentence longer than twice this (one line listing thousands of awards) is read, from each offset in it, as a window
# of this many characters each side cut at words: every rule reading an amount's sentence then reads a bounded span, so
# such a line takes time in proportion to its length, not its square. The studied sets' longest sentence is 1,410.
_WINDOW = 1500
# The blocks of the last few spans split, shared: the money extractors and the funder reader
# (``funder_mentions``) read the same span of a one-paper document. The key is ``(text, start, end)``: the same
# str object hashes once (Python keeps a str's hash), but a sliced or rebuilt copy of the text is hashed in full
# and misses; the cache also keeps the last four texts alive in a long ingest worker (review s18 item 6).
_shared_blocks = lru_cache(maxsize=4)(split_blocks)
_ABBREVIATION_END = re.compile(r"\b(?:approx|c|ca|e\.g|i\.e|etc|no|nos|vs|cf|Mr|Mrs|Ms|Dr|Cllr|St|Supt|Insp)\.\s*$", re.I)


@dataclass
class FundingLayout(FigureYears):
    """One span of a document, read once and shared by the money extractors."""

    document: ParsedDocument
    start: int = 0
    end: int | None = None
    meeting_date: dt.date | None = None
    text: str = field(init=False)
    flat: str = field(init=False)
    _sentences: dict[int, list[tuple[int, int]]] = field(init=False, default_factory=dict)
    _matches: dict[re.Pattern, tuple[list[re.Match], list[int]]] = field(init=False, default_factory=dict)
    _memo: dict[tuple, Any] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.text = self.document.text
        length = len(self.text)
        self.start = max(0, min(self.start, length))
        self.end = length if self.end is None else max(self.start, min(self.end, length))
        self.flat = flatten(self.text)

    @cached_property
    def blocks(self) -> list[Block]:
        return list(_shared_blocks(self.text, self.start, self.end))

    @cached_property
    def amounts(self) -> list[MoneyAmount]:
        return money.find_amounts(self.text, self.start, self.end)

    @cached_property
    def years(self) -> list[YearMatch]:
        return fiscal_year.find_financial_years(self.flat, self.start, self.end, self.meeting_date)

    @cached_property
    def decision_statements(self) -> list[decision_layout.Statement]:
        return decision_layout.decision_statements(self.text, self.start, self.end)

    @cached_property
    def _statement_starts(self) -> list[int]:
        return [s.start for s in self.decision_statements]

    def _statements_near(self, offset: int) -> list[decision_layout.Statement]:
        """The decision statements within ``_DECISION_REACH`` characters of ``offset`` (a bisection)."""
        starts = self._statement_starts
        return self.decision_statements[
            bisect.bisect_left(starts, offset - _DECISION_REACH) : bisect.bisect_right(starts, offset + _DECISION_REACH)
        ]

    def decision_at(self, offset: int) -> tuple[str, str] | None:
        """(status, the words that set it) of the decision printed near ``offset`` (within
        ``_DECISION_REACH`` characters either side): a signed approval before a request for one."""
        near = self._statements_near(offset)
        for status in ("approved", "recommended"):
            chosen = min((s for s in near if s.status == status), key=lambda s: abs(s.start - offset), default=None)
            if chosen is not None:
                return chosen.status, chosen.evidence
        return None

    def adoption_at(self, offset: int) -> str | None:
        """The words of the nearest adoption ('resolved to agree the proposed awards') within ``_DECISION_REACH``."""
        near = self._statements_near(offset)
        chosen = min((s for s in near if s.status == "adopted"), key=lambda s: abs(s.start - offset), default=None)
        return chosen.evidence if chosen else None

    @cached_property
    def decision_dates(self) -> list:
        return decision_layout.decision_dates(self.text, self.start, self.end)

    @cached_property
    def _decision_date_starts(self) -> list[int]:
        return [at for at, _ in self.decision_dates]

    @cached_property
    def stacked_tables(self) -> list[list[decision_layout.StackedRow]]:
        """Tables flattened to one cell per line (see ``decision_layout.stacked_rows``)."""
        return decision_layout.stacked_rows(self.text, self.start, self.end)

    def memo(self, key: tuple, compute: Callable[[], Any]) -> Any:
        """``compute()`` once per ``key`` for this span: what a block or line yields is read once,
        not once per amount in it (re-reading a long paragraph per amount was quadratic)."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def block_text(self, block: Block) -> str:
        """The block's words, white space collapsed (once per block)."""
        return self.memo(("text", block.start), lambda: clean(self.flat[block.start : block.end]))

    def cells(self, block: Block) -> list[str]:
        """The cells of a table row; a space-aligned row's wrapped lines are joined cell by cell."""
        raw = self.text[block.start : block.end]
        if not block.columns:
            return [c.strip() for c in re.split(r"\||\t", raw.strip().strip("|"))]
        cells = [""] * len(block.columns)
        line_start = max(self.text.rfind("\n", 0, block.start), self.text.rfind("\f", 0, block.start)) + 1
        for line in self.text[line_start : block.end].split("\n"):
            for start, cell in cell_runs(line):
                k = column_of(start, block.columns)
                cells[k] = f"{cells[k]} {cell}".strip()
        return cells

    @cached_property
    def _block_starts(self) -> list[int]:
        return [block.start for block in self.blocks]

    @cached_property
    def _amount_starts(self) -> list[int]:
        return [amount.start for amount in self.amounts]

    def in_range(self, amount: MoneyAmount, to_joins: bool = False) -> bool:
        """True for either end of a range of money ('£0 - £2,000', 'between £500 and £5,000'; with ``to_joins``
        '£2,501 to £10,000' too). The one reader of money ranges: the project and allocation rules ask it."""
        before = self.flat[max(self.start, amount.start - 40) : amount.start - len(amount.qualifier_text or "")]
        lower_end = bool(_BETWEEN_BEFORE.search(before) and _AND_AFTER.match(self.flat, amount.end))
        after, opened = (_RANGE_TO_AFTER, _RANGE_TO_BEFORE) if to_joins else (_RANGE_AFTER, _RANGE_BEFORE)
        return bool(after.match(self.flat, amount.end) or _RANGE_BEFORE.search(before) or opened.search(before)) or lower_end

    def block_at(self, offset: int) -> Block | None:
        """The block holding ``offset`` (blocks are in text order and do not overlap: a bisection)."""
        position = bisect.bisect_right(self._block_starts, offset) - 1
        if position >= 0 and offset < self.blocks[position].end:
            return self.blocks[position]
        return None

    def amounts_in(self, start: int, end: int) -> list[MoneyAmount]:
        """The amounts printed from ``start`` to before ``end``."""
        starts = self._amount_starts
        return self.amounts[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]

    def last_match(self, pattern: re.Pattern, start: int, limit: int) -> re.Match | None:
        """The last match of ``pattern`` lying within ``flat[start:limit]``. The span is searched
        once per pattern; each call bisects the matches (a per-call scan was quadratic)."""
        found = self._matches.get(pattern)
        if found is None:
            every = list(pattern.finditer(self.flat, self.start, self.end))
            found = self._matches[pattern] = (every, [m.end() for m in every])
        every, ends = found
        position = bisect.bisect_right(ends, limit) - 1
        if position < 0 or every[position].start() < start:
            return None
        return every[position]

    def section_start(self, block: Block) -> int:
        """Where the section holding ``block`` starts (its heading), without copying the section."""
        return self.blocks[block.section if block.section >= 0 else 0].start

    def _minute_item_start(self, block: Block) -> int:
        """Where the section holding ``block`` starts, or the numbered minute item inside it that holds the block
        ('8. Donation requests:' over its text): a year printed under an earlier item is not this item's."""
        return self._item_starts[block.index]

    @cached_property
    def _item_starts(self) -> list[int]:
        """``_minute_item_start`` of every block, in one pass."""
        starts: list[int] = []
        for block in self.blocks:
            first = block.section if block.section >= 0 else 0
            item = _MINUTE_ITEM.match(self.text, block.start, block.end) if block.index > first else None
            if item and not _RUNS_ON.search(item.group("title")):
                starts.append(block.start)
            else:
                starts.append(starts[-1] if block.index > first else self.blocks[first].start)
        return starts

    def sentences(self, block: Block) -> list[tuple[int, int]]:
        """Sentence spans (document offsets) of a block, from the spaCy sentencizer; 'approx.' ends none;
        a run of lines without full stops over 1,000 characters is one sentence a line."""
        if block.index in self._sentences:
            return self._sentences[block.index]
        doc, offset = span_doc(self.flat, block.start, block.end)
        spans: list[tuple[int, int]] = []
        for sentence in doc.sents:
            start, end = sentence.start_char + offset, sentence.end_char + offset
            if spans and _ABBREVIATION_END.search(self.flat[spans[-1][0] : spans[-1][1]]):
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
        spans = [piece for span in spans for piece in self._lines_of_long(span)]
        self._sentences[block.index] = spans
        return spans

    def _lines_of_long(self, span: tuple[int, int]) -> list[tuple[int, int]]:
        """A 'sentence' longer than ``_LONG_SENTENCE`` that spans several lines is a run of lines
        without full stops (a list or table without blank lines): each line is its own sentence."""
        start, end = span
        if end - start <= _LONG_SENTENCE or "\n" not in self.text[start:end]:
            return [span]
        pieces, position = [], start
        while position < end:
            line_end = self.text.find("\n", position, end)
            line_end = end if line_end < 0 else line_end + 1
            if self.text[position:line_end].strip():
                pieces.append((position, line_end))
            position = line_end
        return pieces

    def sentence_at(self, offset: int) -> tuple[int, int]:
        block = self.block_at(offset)
        if block is None:
            return offset, offset
        spans = self.sentences(block)
        starts = self.memo(("sentence_starts", block.index), lambda: [start for start, _ in spans])
        position = bisect.bisect_right(starts, offset) - 1
        if position >= 0 and offset < spans[position][1]:
            return self._window(spans[position], offset)
        return block.start, block.end

    def _window(self, span: tuple[int, int], offset: int) -> tuple[int, int]:
        """``span``, or the ``_WINDOW`` around ``offset`` when the span is longer than two windows, cut at words."""
        start, end = span
        if end - start <= 2 * _WINDOW:
            return span
        low, high = max(start, offset - _WINDOW), min(end, offset + _WINDOW)
        cut = self.flat.find(" ", low, offset) if low > start else -1
        low = cut + 1 if cut >= 0 else low
        cut = self.flat.rfind(" ", offset, high) if high < end else -1
        high = cut if cut > offset else high
        return low, high

    def provenance(self, start: int, end: int, extractor: str, version: str) -> Provenance:
        """Quoted from the pages as stored, never from the reading the layout holds (``extraction._reading`` joins
        hard-wrapped lines with spaces at the same offsets)."""
        return spans.provenance(self.document, self.text, start, end, extractor, version)
