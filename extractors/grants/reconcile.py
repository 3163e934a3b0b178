"""Check every stated total against the parts extracted from the same span.

Checks: a stated approval total against the list of projects printed with it; the
pots against the grant; the money moved to the tactical pot against upfront pot -
upfront approved; a tactical balance against tactical pot + moved - the tactical
projects named before it; a remaining balance against grant - approved total; a
total underspend against the underspends and balances stated before it in its
paragraph. A check runs only when all its inputs were printed (or derive from
printed figures: upfront pot = grant - tactical pot).

Results: ``ok`` (equal to the penny); ``within_approximation`` when the paper hedges
the figure and the gap is inside the hedge ('approx. £10,600' holds within half the
last printed digit, ±£50; 'just over £24K' holds for £24,000-£25,000, 'more than £N' for
anything from £N, 'nearly £157,000' for £156,001-£157,000; 'up to £N' for anything up to £N); ``rounding`` for any other gap under £1, kept apart so
that pence slips are not lost among real errors; ``mismatch`` for £1 or more;
``malformed_amount`` for a printed figure that cannot be read.
"""

from __future__ import annotations

import re
from decimal import Decimal

from extractors.readers import money
from extractors.grants.funding_layout import FundingLayout
from schemas.funding import (
    AllocationRecord,
    CheckName,
    CheckResult,
    DataQualityRecord,
    MoneyAmount,
    ProjectMention,
    ProjectRecord,
)

VERSION = "3"
NAME = "reconcile"
_TACTICAL_CONTEXT = re.compile(r"\btactical\b|\bin[- ]year\b", re.I)


def stated_amount(allocation: AllocationRecord) -> MoneyAmount | None:
    parsed = money.find_amounts(allocation.amount_text)
    return parsed[0].model_copy(update={"qualifier": allocation.qualifier}) if parsed else None


def judge(stated: MoneyAmount, computed: Decimal) -> CheckResult:
    """Compare a printed figure (with its hedge) to the figure the parts give."""
    if stated.amount is None:
        return "malformed_amount"
    gap = stated.amount - computed
    if gap == 0:
        return "ok"
    unit = money.precision_unit(stated)
    if stated.qualifier in {"just_over", "over"}:
        if computed >= stated.amount and (stated.qualifier == "over" or computed - stated.amount < unit):
            return "within_approximation"
    elif stated.qualifier in {"just_under", "under", "up_to", "nearly"}:
        if computed <= stated.amount and (stated.qualifier not in {"just_under", "nearly"} or stated.amount - computed < unit):
            return "within_approximation"
    elif stated.is_approximate and abs(gap) <= unit / 2:
        return "within_approximation"
    return "rounding" if abs(gap) < 1 else "mismatch"


def _record(
    check: CheckName, allocation: AllocationRecord, computed: Decimal | None, detail: str, result: CheckResult | None = None
) -> DataQualityRecord:
    stated = stated_amount(allocation)
    if result is None:
        result = judge(stated, computed) if stated is not None and computed is not None else "malformed_amount"
    hedge = f"{allocation.qualifier.replace('_', ' ')} " if allocation.qualifier else ""
    return DataQualityRecord(
        check=check,
        result=result,
        financial_year=allocation.financial_year,
        stated=allocation.amount,
        stated_text=hedge + allocation.amount_text,
        computed=computed,
        difference=allocation.amount - computed if allocation.amount is not None and computed is not None else None,
        detail=detail,
        provenance=allocation.provenance,
    )


def _exact(allocation: AllocationRecord | None) -> Decimal | None:
    """A figure usable as an input: printed, readable and not hedged."""
    if allocation is None or allocation.amount is None or allocation.qualifier is not None:
        return None
    return allocation.amount


def _attached_list(layout: FundingLayout, allocation: AllocationRecord, mentions: list[ProjectMention]) -> int | None:
    """The list printed with a total: starting within two blocks after it, else ending just before it."""
    block = layout.block_at(allocation.provenance.start)
    if block is None:
        return None
    lists = sorted({m.list_id for m in mentions if m.list_id is not None and m.layout == "bullet"})
    for list_id in lists:
        first = layout.blocks[list_id]
        if block.index < list_id <= block.index + 3 and first.section == block.section:
            return list_id
    for list_id in reversed(lists):
        last = max(m.provenance.start for m in mentions if m.list_id == list_id)
        last_block = layout.block_at(last)
        if last_block is not None and 0 < block.index - last_block.index <= 1:
            return list_id
    return None


def _listed_sums(layout: FundingLayout, allocations, mentions) -> list[DataQualityRecord]:
    found = []
    for allocation in allocations:
        if allocation.kind not in {"upfront_approved", "approved_total"}:
            continue
        list_id = _attached_list(layout, allocation, mentions)
        if list_id is None:
            continue
        items = [m for m in mentions if m.list_id == list_id and m.amount_text is not None]
        names = ", ".join(f"{m.name} {m.amount_text}" for m in items)
        unreadable = [m for m in items if m.amount is None]
        if unreadable:
            detail = f"cannot sum the {len(items)} listed projects: {', '.join(m.amount_text for m in unreadable)} is malformed"
            found.append(_record("listed_projects_sum", allocation, None, detail, "malformed_amount"))
            continue
        total = sum((m.amount for m in items), Decimal(0))
        found.append(_record("listed_projects_sum", allocation, total, f"sum of the {len(items)} listed projects ({names})"))
    return found


def reconcile(
    layout: FundingLayout,
    allocations: list[AllocationRecord],
    mentions: list[ProjectMention],
    projects: list[ProjectRecord],
) -> list[DataQualityRecord]:
    """Every check whose inputs the span prints, plus a flag for each malformed amount."""
    found: list[DataQualityRecord] = []
    for amount in layout.amounts:
        if amount.malformed:
            flag = "implausible_amount" if amount.implausible else "malformed_amount"
            found.append(
                DataQualityRecord(
                    check=flag,
                    result=flag,
                    financial_year=layout.year_for(amount.start, layout.sentence_at(amount.start))[0],
                    stated=None,
                    stated_text=amount.text,
                    computed=None,
                    difference=None,
                    detail=f"{amount.text}: {amount.malformed}; recorded without an amount, not guessed",
                    provenance=layout.provenance(amount.start, amount.end, NAME, VERSION),
                )
            )
    found += _listed_sums(layout, allocations, mentions)
    years = sorted({a.financial_year for a in allocations if a.financial_year})
    for year in years:
        of_year = [a for a in allocations if a.financial_year == year]
        first = {kind: next((a for a in of_year if a.kind == kind), None) for kind in
                 ("grant_total", "upfront_pot", "tactical_pot", "upfront_approved", "approved_total", "moved_to_tactical")}
        grant, upfront, tactical = (_exact(first[k]) for k in ("grant_total", "upfront_pot", "tactical_pot"))
        approved_upfront, approved_total = _exact(first["upfront_approved"]), _exact(first["approved_total"])
        if first["upfront_pot"] and first["tactical_pot"] and grant is not None and upfront is not None and tactical is not None:
            found.append(_record("pots_sum_to_grant", first["grant_total"], upfront + tactical,
                                 f"upfront pot {upfront} + tactical pot {tactical}"))
        upfront_base, base_words = (upfront, f"upfront pot {upfront}") if upfront is not None else (
            (grant - tactical, f"grant {grant} - tactical pot {tactical}") if grant is not None and tactical is not None else (None, "")
        )
        derived_move = upfront_base - approved_upfront if upfront_base is not None and approved_upfront is not None else None
        if first["moved_to_tactical"] is not None and derived_move is not None:
            found.append(_record("moved_to_tactical", first["moved_to_tactical"], derived_move,
                                 f"{base_words} - upfront approved {approved_upfront}"))
        moved = _exact(first["moved_to_tactical"])
        moved, moved_words = (moved, f"moved {moved}") if moved is not None else (derived_move, f"moved ({base_words} - upfront approved {approved_upfront})")
        for allocation in of_year:
            if allocation.kind == "remaining" and _TACTICAL_CONTEXT.search(allocation.sentence):
                if tactical is None or moved is None:
                    continue
                before = [
                    p for p in projects
                    if p.pot == "tactical" and p.financial_year == year and p.amount is not None
                    and p.mentions[0].provenance.start < allocation.provenance.start
                ]
                spent = sum((p.amount for p in before), Decimal(0))
                found.append(_record("tactical_balance", allocation, tactical + moved - spent,
                                     f"tactical pot {tactical} + {moved_words} - {len(before)} tactical projects named before it ({spent})"))
            elif allocation.kind == "remaining" and grant is not None and approved_total is not None:
                found.append(_record("remaining_after_approvals", allocation, grant - approved_total,
                                     f"grant {grant} - approved total {approved_total}"))
            elif allocation.kind == "underspend" and re.search(r"\btotal\b", allocation.sentence, re.I):
                block = layout.block_at(allocation.provenance.start)
                parts = [
                    a for a in of_year
                    if a is not allocation and a.kind in {"underspend", "remaining"} and a.amount is not None
                    and block is not None and block.start <= a.provenance.start < allocation.provenance.start
                ]
                if parts:
                    total = sum((a.amount for a in parts), Decimal(0))
                    found.append(_record("underspend_total", allocation, total,
                                         " + ".join(a.amount_text for a in parts) + " stated before it in the paragraph"))
    return found
