"""The year of an allocation figure where the layout's general rule would lend it one the text does not state:
a funder's grant takes only the year of its own sentence, and no figure inherits a year printed as one of a pair,
nor one printed elsewhere when its own sentence spreads it over several years, nor one its sentence prints only as
a year money is carried forward from or to, or as the year a later period starts after ('the years after 2025/26').

These rules are versioned by ``extractors.grants.allocations.VERSION`` (no version of their own).
"""

from __future__ import annotations

import re

from extractors.grants.funding_layout import FundingLayout
from extractors.grants.stated_running import since_launch
from extractors.readers.fiscal_year import OVER_SEVERAL_YEARS
from schemas.funding import YearSource

_YEAR_PAIR_JOIN = re.compile(r"\s*(?:,|and|&|or)\s*", re.I)
# 'would be used to fund the scheme over a two year period', 'for the next three years'.
_OVER_YEARS = re.compile(rf"\b{OVER_SEVERAL_YEARS}", re.I)
# 'Over the next 12 months, up to £N will be invested': a period of twelve months that is no financial year (session 29).
_TWELVE_MONTHS = re.compile(r"\b(?:over|in|during|within|for)\s+the\s+(?:next|coming|last|past|previous|following)\s+(?:12|twelve)\s+months\b", re.I)
# '(with £N brought forward from 2020/21)', 'can be carried forward into 2023/24': a year money moves from or to.
# 'the £N fund for (the) years after 2025/26', 'for the period beyond 2026-27': the year a later period starts after.
_CARRIED_BEFORE = re.compile(
    r"\b(?:carr(?:y|ied|ies)|brought|rolled|roll)\s+(?:it\s+)?forward\s+(?:from|to|into)\s+(?:the\s+)?(?:financial\s+year\s+)?$"
    r"|\b(?:years?|period)\s+(?:after|beyond|following)\s+(?:the\s+)?(?:financial\s+year\s+)?$",
    re.I,
)


def own_year(layout: FundingLayout, sentence: tuple[int, int]) -> tuple[str | None, YearSource]:
    """The year printed in the figure's own sentence, else none: a funder's grant offer dated in one year may
    be for the next ('offered a grant of £N' in a decision of 28/12/22), so no year is inherited."""
    printed = [y for y in layout.years_in(*sentence) if y.year and y.form != "relative"]
    return (printed[0].year, "sentence") if printed else (None, "none")


def years_paired_before(layout: FundingLayout, start: int) -> bool:
    """The last year its section prints before the figure is one of a pair ('unallocated funding for 2016/17
    and 2017/18'), so which year a figure without one of its own belongs to is not stated."""
    block = layout.block_at(start)
    begin = layout.section_start(block) if block is not None else layout.start
    years = [y for y in layout.years_in(begin, start) if y.year and y.form != "relative"]
    if len(years) < 2 or years[-1].year == years[-2].year:
        return False
    return bool(_YEAR_PAIR_JOIN.fullmatch(layout.flat[years[-2].end : years[-1].start]))


def spread_over_years(sentence: str) -> bool:
    """The figure's sentence spreads it over several years ('£N would fund the scheme over a two year period'),
    so the one year its section prints elsewhere is not its year; so does a total counted from the fund's start
    ('since the fund was launched', ``stated_running.since_launch``), and one stated for twelve months from now or to now
    ('over the next 12 months')."""
    return bool(_OVER_YEARS.search(sentence)) or since_launch(sentence) or bool(_TWELVE_MONTHS.search(sentence))


def only_carried_years(layout: FundingLayout, sentence: tuple[int, int]) -> bool:
    """Every year the figure's sentence prints is one money is carried forward from or to ('any of the £N left
    unspent, £M of it brought forward from 2020/21, may be carried forward into 2022/23') or one a later period starts
    after ('the £N fund for years after 2025/26'), so none is the figure's own."""
    printed = [y for y in layout.years_in(*sentence) if y.year and y.form != "relative"]
    return bool(printed) and all(_CARRIED_BEFORE.search(layout.flat[max(sentence[0], y.start - 60) : y.start]) for y in printed)
