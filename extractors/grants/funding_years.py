"""The grant year of a figure: the year rules of ``FundingLayout`` (``funding_layout``), a base class of it.

Which printed years a figure can belong to (``reference_years``) and which one is its (``year_for``): the nearest in its
own sentence, else earlier in its section, else the one year the span prints. They read the layout's text, blocks,
sentences and amounts through ``self``. No VERSION of its own: ``funding_layout.VERSION`` covers these rules.
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property

from extractors.grants import decision_layout
from extractors.readers import fiscal_year
from schemas.funding import MoneyAmount, YearMatch, YearSource

# 'will be carried forward to 2024/25': the year money goes to, never the year an underspend or balance is of.
_DESTINATION_BEFORE = re.compile(
    r"\b(?:carried|rolled|brought|moved|transferred)\s+(?:forward\s+|over\s+)?(?:in)?to\s+(?:the\s+)?(?:(?:financial|fiscal)\s+year\s+)?$", re.I
)
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


class FigureYears:
    """The year rules ``FundingLayout`` inherits; ``flat``, ``start``, ``years`` and the span lookups are the layout's."""

    flat: str
    start: int
    years: list[YearMatch]

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
    def _year_starts(self) -> list[int]:
        return [year.start for year in self.reference_years]

    @cached_property
    def _printed_years(self) -> set[str]:
        return {y.year for y in self.reference_years if y.year and y.form != "relative"}

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

    def years_in(self, start: int, end: int) -> list[YearMatch]:
        """The reference years printed from ``start`` to before ``end`` (a bisection)."""
        starts = self._year_starts
        return self.reference_years[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]

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
