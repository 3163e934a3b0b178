"""Figures a decision or a change states, read apart from ``stated_totals.stated_kind`` by the allocation readers: a
council's 'agreed ... to release|allocate £N' from a grants budget (``decided_total``), a resolution approving grants
'totalling £N' (``resolved_total``), and the old figure of 'from £N to £M' or money moved between budgets
(``replaced_figure``).

Moved from ``stated_totals`` (session 29); versioned by ``extractors.grants.stated_totals.VERSION`` (no version of its
own).
"""

from __future__ import annotations

import re

from extractors.grants.stated_forms import A_TOTAL_OF
from schemas.facts import AllocationKind


# 'Cabinet agreed last night to release £N ...', 'the Sub Committee for Grants agreed, on December 17, to
# allocate £N to:': a council's decision on its own grants budget (read by ``decided_total``).
_DECIDED_TO_GIVE = re.compile(
    rf"\b(?:agreed|approved|decided|resolved)\b[^.£]{{0,40}}?\bto\s+(?:allocate|release|award)(?:\s+{A_TOTAL_OF})?\s*$", re.I
)
# A resolution opening with its verb: '2) Approve proposals to award community grants ... totalling £N', 'To award
# a total of £N in capital grants to the 17 organisations': the total the decision approves (``resolved_total``).
_RESOLUTION_OPENING = r"^\W{0,3}(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s*)?(?:to\s+)?(?:approve|agree|award)\b"
_RESOLVED_GRANTS_TOTALLING = re.compile(rf"{_RESOLUTION_OPENING}[^.£;]{{0,200}}?\bgrants\b[^.£;]{{0,200}}?\btotall?ing\s*$", re.I)
_RESOLVED_A_TOTAL_OF = re.compile(rf"{_RESOLUTION_OPENING}\s+a\s+total\s+of\s*$", re.I)
_IN_GRANTS_AFTER = re.compile(r"^\W{0,3}in\s+(?:[\w-]+\s+){0,2}?grants\b", re.I)
# '3) Agree that the applications for grants ..., totalling £N, be deferred', 'Approve the budget including a
# reduction in grants totalling £N': money asked for, cut or held back is no approved total.
_NOT_AWARDED = re.compile(r"\b(?:applications?|applied|requests?|requested|bids?|sought|reductions?|cuts?|savings?|underspend)\b", re.I)
_HELD_BACK_AFTER = re.compile(r"^[^.;£]{0,80}?\bbe\s+(?:deferred|refused|rejected|declined|withdrawn|held\s+back)\b", re.I)
# 'raising the allocation from £15,000 to £16,750': a figure being replaced states no allocation.
_REPLACED = re.compile(r"\bfrom\s*$", re.I)
_REPLACED_BY = re.compile(r"^\s*to\s*$", re.I)
# 'That the sum of £N be transferred from the X budget to the Y budget': money moved between budgets.
_MOVED_BETWEEN_BUDGETS = re.compile(
    r"^\W{0,3}(?:\w+\s+){0,3}?transferred\s+from\s+the\s+(?:[\w-]+\s+){0,4}?budget\b", re.I
)
# 'To move £N from the draft 2024/25 capital grant budget to ...': the same, verb first.
_TRANSFER_BEFORE = re.compile(r"\b(?:to\s+)?(?:transfer|move|vire)\s*$", re.I)
_FROM_BUDGET_AFTER = re.compile(r"^\W{0,3}from\s+the\s+(?:[\w/-]+\s+){0,5}?budget\b", re.I)


# 'decided to award £N from existing community funds': money a decision gives out of a fund.
_FROM_FUNDS_AFTER = re.compile(r"^\W{0,3}from\s+(?:(?:the|its|our|their|existing)\s+)*(?:[\w'’-]+\s+){0,3}?funds?\b", re.I)


def decided_total(left: str, right: str, grant_words: bool) -> AllocationKind | None:
    """'<Council body> agreed to release|allocate £N' from a grants budget: the total it approved.

    Read apart from ``stated_kind`` because a council cabinet deciding its own grants is the funder
    here, where a partnership's papers treat cabinet money as outside their grant."""
    from_fund = _FROM_FUNDS_AFTER.match(right)
    return "approved_total" if (grant_words or from_fund) and _DECIDED_TO_GIVE.search(left) else None


def resolved_total(left: str, right: str) -> bool:
    """A resolution opening with its verb that approves grants 'totalling £N' ('2) Approve proposals to award
    ... grants ..., totalling £N', 'To award a total of £N in capital grants'): the approved total, read by
    the classifier, so that it is kept only with a year."""
    if _NOT_AWARDED.search(left) or _HELD_BACK_AFTER.match(right):
        return False
    return bool(_RESOLVED_GRANTS_TOTALLING.search(left) or (_RESOLVED_A_TOTAL_OF.search(left) and _IN_GRANTS_AFTER.match(right)))


def replaced_figure(left: str, right: str) -> bool:
    """True for the old figure of 'from £N to £M' and for money moved from one budget to another:
    the clause states a change, not an allocation."""
    return (
        bool(_REPLACED.search(left) and _REPLACED_BY.match(right))
        or bool(_MOVED_BETWEEN_BUDGETS.match(right))
        or bool(_TRANSFER_BEFORE.search(left) and _FROM_BUDGET_AFTER.match(right))
    )
