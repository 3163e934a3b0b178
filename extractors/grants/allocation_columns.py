"""A grant budget's table printed with its columns named on one header line, as a panel's minutes print the spend
of each funding priority: 'Priority  Total Allocation 2022/2023  Spend to date  Left to allocate' over rows
'Communities  £18,000.00  £12,500.00  £5,500.00'.

Each column's label names a kind: the allocation is the year's grant, the spend or awards to date what was given out,
'left to allocate' (or remaining, unallocated) the balance. The header must name an allocation and a balance column
and no column of another kind (a 'Variance' or 'Forecast' column makes it a budget's monitoring table, not this), and
each row under it print one figure a column, in order. The header or the lines just above it must speak of grants,
funds, priorities or projects and not of a revenue or capital budget (a service's budget monitoring is no grant
budget). A year printed in the header is every row's. These rules are
versioned by ``extractors.grants.allocations.VERSION``.
"""

from __future__ import annotations

import re

from extractors.grants.funding_layout import FundingLayout
from extractors.readers.spans import lines
from schemas.facts import AllocationKind
from schemas.funding import MoneyAmount

_COLUMNS: tuple[tuple[AllocationKind, str], ...] = (
    ("remaining", r"left\s+to\s+(?:allocate|spend)|remaining(?:\s+(?:budget|balance|allocation))?|unallocated|balance"),
    ("approved_total", r"(?:actual\s+)?spend(?:\s+to\s+date)?|(?:awarded|committed|approved)(?:\s+to\s+date)?"),
    ("grant_total", r"(?:total\s+)?(?:allocation|budget)"),
)
_COLUMN = re.compile("|".join(f"(?P<{kind}>\\b(?:{words})\\b)" for kind, words in _COLUMNS), re.I)
_OTHER_COLUMN = re.compile(r"\b(?:variance|forecast|outturn|projected|difference|claimed|paid)\b", re.I)
# What a grant budget's table is about, read in the header and the lines just above it ('Investment Priority', 'Grant
# Fund', 'projects proposed'); a council's own revenue or capital budget is not.
_GRANT_LEAD = re.compile(r"\b(?:grants?|fund(?:s|ing)?|priorit(?:y|ies)|projects?|ward\s+budgets?)\b", re.I)
_OWN_BUDGET = re.compile(r"\b(?:revenue|capital|service\s+areas?|precept)\b", re.I)
_LEAD_CHARS = 400
_ROW_LABEL = re.compile(r"^[ \t]*[A-Z][A-Za-z&,'’/ -]{1,60}?[ \t]+£")


def column_totals(layout: FundingLayout, claimed: set[int]) -> list[tuple[MoneyAmount, AllocationKind, str | None]]:
    """(figure, kind, year) of each row figure under a header naming its columns' kinds in ``layout``."""
    found: list[tuple[MoneyAmount, AllocationKind, str | None]] = []
    printed = [line for line in lines(layout.text, layout.start, layout.end) if not line.is_blank]
    for index, header in enumerate(printed):
        kinds = [match.lastgroup for match in _COLUMN.finditer(header.text)]
        if not {"grant_total", "remaining"} <= set(kinds) or len(kinds) != len(set(kinds)) or _OTHER_COLUMN.search(header.text):
            continue
        if layout.amounts_in(header.start, header.end):
            continue
        lead = layout.text[max(layout.start, header.start - _LEAD_CHARS) : header.end]
        if not _GRANT_LEAD.search(lead) or _OWN_BUDGET.search(lead):
            continue
        years = {y.year for y in layout.years_in(header.start, header.end) if y.year}
        year = years.pop() if len(years) == 1 else None
        for row in printed[index + 1 :]:
            amounts = layout.amounts_in(row.start, row.end)
            if not _ROW_LABEL.match(row.text) or len(amounts) != len(kinds):
                break
            found += [(amount, kind, year) for amount, kind in zip(amounts, kinds) if amount.start not in claimed]
    return found
