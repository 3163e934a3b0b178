"""Grants another body gave this one, listed one a line under a lead that says so: 'The County Council has allocated
the following grants to this Council:' over 'Reference A - £N' lines (a district's decision record accepting them).

Each listed figure is money the body receives, so its grant (``grant_total``), kept without a year too; its year is
only one its own line prints. The list runs over the lines right below the lead (blank lines between allowed), each a
short label ending on its one figure, and stops at the first line that is not or is a total ('Total - £N'). Listed
'to this Council' or 'to our Council': 'to the Partnership' may be a body the council gives to. These rules are
versioned by ``extractors.grants.allocations.VERSION`` (no version of their own).
"""

from __future__ import annotations

import re

from extractors.grants.funding_layout import FundingLayout
from schemas.facts import AllocationKind
from schemas.funding import MoneyAmount

_BODY = r"(?:this|the|our)\s+(?:council|authority|partnership)"
# 'allocated the following grants to the Partnership': 'the' there may name another body the council gives to.
_THIS_BODY = r"(?:this|our)\s+(?:council|authority|partnership)"
_GRANTS = r"the\s+following\s+(?:grants?|sums?|amounts?|funding|allocations?)"
_LEAD = re.compile(
    rf"(?:\b(?:allocated|awarded|granted|given|paid)\s+{_GRANTS}\s+to\s+{_THIS_BODY}"
    rf"|\b{_BODY}\s+(?:has|have|had)\s+been\s+(?:allocated|awarded|granted)\s+{_GRANTS})\b[^\n:]{{0,60}}:[ \t]*$",
    re.I | re.M,
)
_LINE = re.compile(r"[^\n]+")
# 'Total - £N' closes the list: the sum of the grants above, no grant of its own.
_TOTAL_LABEL = re.compile(r"^(?:grand\s+|overall\s+)?total\b", re.I)
_MAX_LABEL = 80


def received_rows(layout: FundingLayout, claimed: set[int]) -> list[tuple[MoneyAmount, AllocationKind, str | None]]:
    """The figures listed under each lead (see the module docstring), each with its line's own year."""
    found = []
    for lead in _LEAD.finditer(layout.text, layout.start, layout.end):
        for line in _LINE.finditer(layout.text, lead.end(), layout.end):
            text = line.group(0)
            if not text.strip():
                continue
            amounts = layout.amounts_in(line.start(), line.end())
            if len(amounts) != 1 or amounts[0].amount is None or amounts[0].start in claimed:
                break
            figure = amounts[0]
            label = text[: figure.start - line.start()].strip(" \t:-–—")
            if not label or len(label) > _MAX_LABEL or _TOTAL_LABEL.match(label) or text[figure.end - line.start() :].strip(" \t.;"):
                break
            years = {y.year for y in layout.years_in(line.start(), line.end()) if y.year and y.form != "relative"}
            found.append((figure, "grant_total", next(iter(years)) if len(years) == 1 else None))
    return found
