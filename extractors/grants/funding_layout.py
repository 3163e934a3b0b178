"""The printed structure the money extractors read: blocks, sections, sentences, years.

``FundingLayout`` reads one span of a document once: its blocks (split by
``extractors.readers.blocks``, whose rules this module's VERSION covers), the amounts and
financial years printed in it, sentences, decision status and dates, and the grant
year of each figure.
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
from extractors.readers import fiscal_year, money, spans
from extractors.readers.blocks import Block, cell_runs, clean, column_of, flatten, split_blocks
from extractors.readers.nlp import span_doc
from schemas.funding import MoneyAmount, YearMatch, YearSource
from schemas.parsed import ParsedDocument
from schemas.provenance import Provenance

VERSION = "38"

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
# 'will be carried forward to 2024/25': the year money goes to, never the year an underspend or balance is of.
_DESTINATION_BEFORE = re.compile(
    r"\b(?:carried|rolled|brought|moved|transferred)\s+(?:forward\s+|over\s+)?(?:in)?to\s+(?:the\s+)?(?:(?:financial|fiscal)\s+year\s+)?$", re.I
)
# '7. Grant for IT equipment' over its minute on the next line: a numbered item of minutes, its title a short line
# (a numbered paragraph ending in a full stop, or wrapped onto the next line, is a report's or minute's paragraph).
_MINUTE_ITEM = re.compile(r"[ \t]*\d{1,3}\.[ \t]+(?P<title>[A-Z][^\n,]{0,55}?)[ \t]*\n[ \t]*\S")
_RUNS_ON = re.compile(r"(?:[.;,]|\b(?:a|an|the|of|and|or|to|by|for|in|on|at|with|from|that|which))$", re.I)
_THIS_YEAR = re.compile(r"\bthis\s+(?:financial\s+|fiscal\s+)?year\b", re.I)
# 'since it began in 2019/20', 'launched in 2021': the year a fund or a body started from, never the year of a figure.
_STARTING_POINT_BEFORE = re.compile(
    r"\b(?:since|(?:began|begun|started|launched|set\s+up|established|founded|created)\s+(?:back\s+)?in)\s*$", re.I
)
# 'to raise the policing part of the council tax by 1.99% in the 2016/17 year': the year of a precept, no grant's.
_PRECEPT_BEFORE = re.compile(r"\b(?:council\s+tax|precept)\b(?:[^.;£]|\.(?=\d)){0,50}$", re.I)
# '0072 2023/24', 'Decision - 0047 2023/24': a decision register's zero-padded serial before the year of its register.
_SERIAL_BEFORE = re.compile(r"(?<![\w,.£/-])0\d{2,4}\s*$")
# 'Last year (2022/23) the fund supported 40 groups': a past year named as such belongs to its own sentence's figures only.
# How near the next figure a year after a figure must lead for it to be that figure's year (``_year_of_next_figure``).
_NEXT_FIGURE_REACH = 12
# '£N for local groups in 2024/25, and £M in 2025/26': the next figure dated by its own year, so the year before it is not.
_OWN_YEAR_OPENS = re.compile(r"\W{0,3}(?:in|for|during)\s+(?:the\s+)?(?:financial\s+)?(?:year\s+)?$", re.I)
_OWN_YEAR_REACH = 30
_PAST_YEAR_BEFORE = re.compile(r"\b(?:last|previous|past)\s+(?:financial\s+)?year\s*[(,:–—-]?\s*(?:in\s+)?$", re.I)
_PAST_RELATIVE = re.compile(r"(?:the\s+)?(?:last|previous|past)\b", re.I)
# 'Groups to receive funding already in 2019 include X which received £N': a calendar year the figure's own sentence
# gives as its period, so no grant year printed elsewhere is the figure's.
_CALENDAR_PERIOD = fiscal_year.CALENDAR_PERIOD
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
class FundingLayout:
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
    def reference_years(self) -> list[YearMatch]:
        """The years a figure can belong to: every year printed, less those printed as comparisons and the years a fund
        or body started from ('since 2019/20'), a register's year after a decision's serial ('0072 2023/24') and a precept's
        year ('raise the council tax by 1.99% in the 2016/17 year')."""
        return [
            y for y in self.years
            if not fiscal_year.is_comparison(self.flat, y) and not self._before_year(y, _STARTING_POINT_BEFORE)
            and not self._before_year(y, _SERIAL_BEFORE) and not self._before_year(y, _PRECEPT_BEFORE)
        ]

    def _before_year(self, year: YearMatch, pattern: re.Pattern) -> bool:
        """The words just before ``year`` (60 characters, spaces squashed) end on ``pattern``."""
        return bool(pattern.search(" ".join(self.flat[max(0, year.start - 60) : year.start].split())))

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

    @cached_property
    def _year_starts(self) -> list[int]:
        return [year.start for year in self.reference_years]

    @cached_property
    def _printed_years(self) -> set[str]:
        return {y.year for y in self.reference_years if y.year and y.form != "relative"}

    def in_range(self, amount: MoneyAmount, to_joins: bool = False) -> bool:
        """True for either end of a range of money ('£0 - £2,000', 'between £500 and £5,000'; with ``to_joins``
        '£2,501 to £10,000' too). The one reader of money ranges: the project and allocation rules ask it."""
        before = self.flat[max(self.start, amount.start - 40) : amount.start - len(amount.qualifier_text or "")]
        lower_end = bool(_BETWEEN_BEFORE.search(before) and _AND_AFTER.match(self.flat, amount.end))
        after, opened = (_RANGE_TO_AFTER, _RANGE_TO_BEFORE) if to_joins else (_RANGE_AFTER, _RANGE_BEFORE)
        return bool(after.match(self.flat, amount.end) or _RANGE_BEFORE.search(before) or opened.search(before)) or lower_end

    @cached_property
    def _contrasted_years(self) -> set[int]:
        """Offsets of printed years set against 'this year' in their own sentence ('more than £N has
        been handed out this year, after the success of the fund in 2014/15'): a past year, not the
        year of the figures after it. Used only when 'this year' is not resolved to that same year."""
        found = set()
        for year in self.reference_years:
            if not year.year or year.form == "relative" or self.block_at(year.start) is None:
                continue
            s_start, s_end = self.sentence_at(year.start)
            if _THIS_YEAR.search(self.flat, s_start, s_end) and not any(
                y.form == "relative" and y.year == year.year for y in self.years_in(s_start, s_end)
            ):
                found.add(year.start)
        return found

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

    def years_in(self, start: int, end: int) -> list[YearMatch]:
        """The reference years printed from ``start`` to before ``end`` (a bisection)."""
        starts = self._year_starts
        return self.reference_years[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]

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

    @cached_property
    def _past_only_years(self) -> set[str]:
        """Years printed only as the past one ('Last year (2022/23) ...')."""
        years = [y for y in self.reference_years if y.year and y.form != "relative"]
        return {y.year for y in years} - {y.year for y in years if not self._past(y)}

    def _year_of_another_figure(self, offset: int) -> bool:
        """Every year printed lies after ``offset`` in a sentence stating a figure of its own, none of the figures of
        ``offset``'s sentence ('The pot of £160,000 for 2020/21'): that year is that figure's, not one the whole page
        gives ('The grant of £4,750 will be met from the 2024/25 budget' restates the award and dates it)."""
        own = {a.amount for a in self.amounts_in(*self.sentence_at(offset))} | {None}
        years = [y for y in self.reference_years if y.year and y.form != "relative"]
        return bool(years) and all(
            y.start > offset and any(a.amount not in own and not self._one_grant_bound(a) for a in self.amounts_in(*self.sentence_at(y.start)))
            for y in years
        )

    def _one_grant_bound(self, amount: MoneyAmount) -> bool:
        """The figure is the cap of one grant ('Grants of up to £N are available for projects in 2027/28'): a year beside
        it dates the scheme, not a figure of its own."""
        return bool(decision_layout.ONE_GRANT_BOUND_BEFORE.search(self.flat[max(self.start, amount.start - 80) : amount.start]))

    def _year_of_next_figure(self, year: YearMatch, offset: int) -> bool:
        """A year printed after the figure at ``offset`` that leads straight into the next figure ('£N has been handed out
        this year, up from 2014/15, when £M was shared out'): that figure's year, not the one at ``offset``; unless that
        figure has its own year after it ('£N for local groups in 2024/25, and £M in 2025/26': each figure's year follows it)."""
        if year.start <= offset:
            return False
        own = self.amounts_in(offset, offset + 1)
        following = self.amounts_in(year.end, year.end + _NEXT_FIGURE_REACH + 1)
        gap = year.start - (own[0].end if own else offset)
        if not following or 2 * (following[0].start - year.end) >= gap:
            return False
        after = following[0].end
        return not any(
            y.year and _OWN_YEAR_OPENS.fullmatch(self.flat[after : y.start]) for y in self.years_in(after, after + _OWN_YEAR_REACH)
        )

    def _past(self, year: YearMatch) -> bool:
        """A year named as the past one: printed after 'last year' ('Last year (2022/23)'), or itself the relative
        'last year' / 'the previous financial year' (read from the meeting date)."""
        return self._before_year(year, _PAST_YEAR_BEFORE) or bool(year.form == "relative" and _PAST_RELATIVE.match(self.flat, year.start))

    def year_for(
        self, offset: int, sentence: tuple[int, int] | None = None, leftover: bool = False, decided_total: bool = False
    ) -> tuple[str | None, YearSource]:
        """The grant year of a figure at ``offset``.

        Years printed as comparisons ('unchanged from 2023/24') or starting points ('since 2019/20') are skipped, and a
        year named as the past one ('Last year (2022/23) ...') outside the figure's own sentence. In order: a year printed in the same sentence (nearest first), a relative year
        in it ('this financial year', needs the meeting date), the nearest year printed
        earlier in the same section (its heading included) unless its sentence sets it against
        'this year' (``_contrasted_years``; within a numbered minute item, from the item's start), the one year the whole span
        prints when it prints only one, unless the figure is inside a numbered minute item (a decision notice names
        its fund year once, in its summary; reported as 'section', the paper being the outermost section) or that year is
        printed only after the figure, beside figures of its own ('The pot of £160,000 for 2020/21' dates that pot, not
        the round total printed above it; one grant's cap, 'Grants of up to £N ... in 2020/21', is none), and for a
        ``decided_total`` (the approved total a decision states) the year of the labelled decision date after it (before
        it when none after); no other figure takes a decision's date. A calendar year the
        figure's own sentence gives as its period ('funded already in 2019') leaves it none. A meeting's date alone gives
        no year: minutes and reports that print none leave their money's year unknown (real gold
        never read one from it: 0 of 12 such figures on the development sets).
        For ``leftover`` money (an underspend or balance) the year it is carried forward to is skipped, and for any figure
        a year of its sentence that leads straight into a later figure (``_year_of_next_figure``).
        """
        own_start, own_end = self.sentence_at(offset)
        if sentence is not None:
            inside = [y for y in self.years_in(*sentence) if y.year and (own_start <= y.start < own_end or not self._past(y))]
            if leftover:
                inside = [y for y in inside if not _DESTINATION_BEFORE.search(self.flat[max(0, y.start - 50) : y.start])]
            # only a year of the figure's own sentence can lead into another figure of it (a decision's later "The Fund for
            # 2024/25 is £N" still dates the award above it)
            inside = [y for y in inside if not (own_start <= y.start < own_end and self._year_of_next_figure(y, offset))]
            explicit = [y for y in inside if y.form != "relative"]
            if explicit:
                return min(explicit, key=lambda y: abs(y.start - offset)).year, "sentence"
            if inside:
                return inside[0].year, "relative"
        if _CALENDAR_PERIOD.search(self.flat, own_start, own_end):
            return None, "none"
        block = self.block_at(offset)
        contrasted = self._contrasted_years
        in_item = False
        if block is not None:
            section_start = self._minute_item_start(block)
            in_item = section_start > self.section_start(block)
            earlier = (
                y for y in reversed(self.years_in(section_start, offset))
                if y.year and y.form != "relative" and (y.start >= own_start or not self._past(y))
            )
            last = next(earlier, None)
            if last is not None and last.start not in contrasted:
                return last.year, "section"
        printed = self._printed_years - self._past_only_years
        if len(self._printed_years) == 1 and printed and not contrasted and not in_item and not self._year_of_another_figure(offset):
            return next(iter(printed)), "section"
        if decided_total and (decided := decision_layout.year_of_decision(self.decision_dates, offset, self._decision_date_starts)):
            return decided, "meeting_date"
        return None, "none"
