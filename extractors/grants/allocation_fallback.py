"""A fallback for spans where the allocation rules keep nothing: fund totals read by one general test.

The allocation rules read a figure's kind from cue phrases and keep a figure with no printed year only when a
phrase fixes its kind. Funding pages of bodies never studied state their fund's size, the total they gave out or
the balance left in words of their own, so such a page often yields nothing. Used then, and for the fund alone where
the rules kept only payouts or balances (its year then only the one its own sentence prints), this reader keeps a
figure when its clause ties it to a fund (``fund_relations.fund_total_kind``: the relations, and what makes a figure
a part); it is larger than any grant the span gives out. A figure read as the fund only by default in one place (a
headline) and as a payout by its words in another is the payout; a rounder figure of the same kind within 5% of an
exact one restates it. Its year is the layout's (never a decision's date), else the one year the span prints; none
when its sentence spreads it over years. A hedged payout or balance ('more than £N was given away') is kept at its
printed amount, as the stated totals are.
These rules are versioned by ``extractors.grants.allocations.VERSION`` (no version of their own).
"""

from __future__ import annotations

import re
from decimal import Decimal

from extractors.grants.allocation_cues import NATIONAL_SCALE, grant_words
from extractors.grants.allocation_years import own_year, spread_over_years, years_paired_before
from extractors.grants.stated_running import top_up
from extractors.grants.amount_clause import clause_of, parallel_previous, share_of_next
from extractors.grants.decision_layout import GRANT_WORDS
from extractors.grants.figure_roles import body_received, council_receiving, no_bodys_total
from extractors.grants.fund_relations import (
    AVAILABLE_BUDGET as _AVAILABLE_BUDGET, LEFT_AFTER as _LEFT_AFTER, ON_OFFER_AFTER as _ON_OFFER_AFTER, PLACED_IN_FUND as _PLACED_IN_FUND,
    PLACED_WITH_PARTNERSHIP as _PLACED_WITH_PARTNERSHIP, THERE_IS as _THERE_IS, committed_sum, fund_size_stated, fund_total_kind,
    size_stated,
)
from extractors.grants.fund_verbs import fund_before
from extractors.grants.funding_layout import FundingLayout, clean
from extractors.readers.money import BOUNDS
from schemas.facts import AllocationKind
from schemas.funding import AllocationRecord, MoneyAmount, YearSource
from schemas.provenance import Provenance

# A payout or balance may be hedged from below ('more than £N was given away'); a fund's size so hedged is a bound, unless a
# fund noun is the subject of a copula before it ('the allocation was expected to be more than £N': ``size_stated``).
_HEDGES_KEPT = {"just_over", "over"}
_MINIMUM_FUND = 500
# A figure followed by another on its row ('Total Awarded £N £M £T') is one column of the row; one followed by
# 'up to £M' or 'to £M' is the old figure of a change.
_NEXT_FIGURE = re.compile(r"[ \t]*(?:\n\s*)?£|\s*(?:up\s+)?to\s+£", re.I)
# 'Burnley has been granted £N, Hyndburn £M and Pendle £K': one place's share in a bare list of shares, no body's grant.
_SHARES_AFTER = re.compile(r"\s*,\s*(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,3}\s+£\s?\d")
# 'Recommendation: That the Commissioner approves ...', 'is recommended to approve': an approval asked for, not given.
_RECOMMENDED = re.compile(r"\brecommend\w*\b|\bis\s+asked\s+to\b", re.I)
_FUND_NOUN = re.compile(r"\b(?:fund|funds|pot|budget|allocation)\b", re.I)
# 'an amount of funding in the region of £N': an estimate worded as a preposition links the fund noun before it as 'of'
# would ('there is in the region of £N available' keeps its verb).
_OF_HEDGE = re.compile(r"^in\s+the\s+(?:region|order)\s+of$", re.I)
_NOUN_BEFORE_HEDGE = re.compile(r"\b(?:funding|fund|funds|budget|allocation|pot|grants?|sum|amount|total|money)$", re.I)


def record_of(
    amount: MoneyAmount, kind: AllocationKind, year: tuple[str | None, YearSource], sentence: str, provenance: Provenance,
    kind_stated: bool,
) -> AllocationRecord:
    """The allocation record of a printed figure read as ``kind`` for ``year`` (the year and where it was read)."""
    return AllocationRecord(
        kind=kind, financial_year=year[0], year_source=year[1], amount=amount.amount, amount_text=amount.text,
        qualifier=amount.qualifier, sentence=sentence, provenance=provenance, kind_stated=kind_stated,
    )


def kept_for_contract(record: AllocationRecord) -> bool:
    """Whether the contract keeps a record (``funding.to_contract``): a year or a stated kind, and no bare bound."""
    return (record.financial_year is not None or record.kind_stated) and (record.qualifier not in BOUNDS or record.kind_stated)


def _year(layout: FundingLayout, start: int, sentence: tuple[int, int], sentence_text: str, kind: str, own_years: bool) -> tuple[str | None, YearSource]:
    """The figure's year: none when its sentence spreads it over years or the section's last year is one of a pair;
    else the layout's (a balance may take the year it is left over from), else the one year the span prints. With
    ``own_years`` only the year its own sentence prints: a fund read beside the span's payouts is not lent theirs."""
    if spread_over_years(sentence_text):
        return None, "none"
    if own_years:
        return own_year(layout, sentence)
    year, source = layout.year_for(start, sentence, leftover=kind == "remaining")
    if source == "section" and years_paired_before(layout, start):
        return None, "none"
    printed = {y.year for y in layout.reference_years if y.year and y.form != "relative"}
    if year is None and len(printed) == 1:
        return next(iter(printed)), "section"
    return year, source


def _sum_on_offer(left: str, right: str) -> bool:
    """'The total amount available ... was £N', 'there will be £N remaining', '£N was put into the pot': a sum on offer,
    placed or left over, or a fund's size by a copula ('the total fund is approximately £N'), whose sentence need not
    name the grants its section names."""
    placed = _PLACED_IN_FUND.match(right) or _ON_OFFER_AFTER.match(right)
    return bool(_AVAILABLE_BUDGET.search(left) or (_THERE_IS.search(left) and _LEFT_AFTER.match(right)) or placed or fund_size_stated(left))


def _section_names_grants(layout: FundingLayout, start: int) -> bool:
    """The section holding ``start`` names grants before it ('a summary of grant applications submitted')."""
    block = layout.block_at(start)
    return block is not None and grant_words(layout.flat[layout.section_start(block) : start])


def _eligible(layout: FundingLayout, amount: MoneyAmount, claimed: set[int], largest_grant: Decimal | int) -> bool:
    """A figure the fallback may read: unclaimed, exact or hedged from below, no range's end nor one column of a row,
    between a small grant and a national budget, larger than any grant the span gives out, inside a block."""
    if amount.start in claimed or amount.amount is None or amount.qualifier in BOUNDS - _HEDGES_KEPT or layout.in_range(amount):
        return False
    if _NEXT_FIGURE.match(layout.flat, amount.end):
        return False
    return _MINIMUM_FUND <= amount.amount < NATIONAL_SCALE and amount.amount > largest_grant and layout.block_at(amount.start) is not None


def fallback_allocations(
    layout: FundingLayout, claimed: set[int], project_amounts: frozenset, name: str, version: str, own_years: bool = False,
    verbs_only: bool = False,
) -> list[AllocationRecord]:
    """The fund totals of a span whose allocation rules kept nothing, one per (kind, year, amount); with ``verbs_only``
    only figures the verb reading ties (``fund_verbs``: a second fund beside one the rules kept)."""
    found: list[AllocationRecord] = []
    seen: set[tuple] = set()
    read: dict[int, AllocationKind] = {}  # the kind read for each figure, by its offset
    councils: dict[int, str] = {}  # the principal council named as receiving a kept record's figure, by the record's id
    largest_grant = max((a for a in project_amounts if a is not None), default=0)
    for amount in layout.amounts:
        if not _eligible(layout, amount, claimed, largest_grant):
            continue
        sentence = layout.sentence_at(amount.start)
        sentence_text = clean(layout.flat[sentence[0] : sentence[1]])
        left, right = clause_of(layout, amount, sentence, own_paragraph=True)
        if _OF_HEDGE.match(amount.qualifier_text or "") and _NOUN_BEFORE_HEDGE.search(left):
            left = f"{left} of"
        if share_of_next(layout, amount, sentence) or (body_received(left) and _SHARES_AFTER.match(layout.flat, amount.end)):
            continue
        if no_bodys_total(amount, left, right, layout.flat[amount.end : min(sentence[1], amount.end + 300)]):
            continue  # a wider fund, a cut, a council handed a sum, a national pot
        if top_up(left, right):
            continue  # 'A further £N has been allocated to the fund': a sum added to a fund, not its size
        previous = clean(layout.flat[max(0, sentence[0] - 300) : sentence[0]]).rsplit(". ", 1)[-1]
        named_before = fund_before(previous, left)
        if verbs_only and not (named_before or committed_sum(left, right)):
            continue
        if not (
            named_before or GRANT_WORDS.search(sentence_text) or _FUND_NOUN.search(sentence_text) or body_received(left) or _PLACED_WITH_PARTNERSHIP.match(right)
            or committed_sum(left, right)
            or (_sum_on_offer(left, right) and _section_names_grants(layout, amount.start))
        ):
            continue
        kind = fund_total_kind(left, right, _sum_on_offer(left, right) and _section_names_grants(layout, amount.start), named_before)
        if kind is None and (previous := parallel_previous(layout, amount, sentence, right)):
            kind = read.get(previous.start)
            sentence = (amount.start, sentence[1])  # its year is the one printed after it, not its neighbour's
        if kind is None or (amount.qualifier in _HEDGES_KEPT and kind == "grant_total" and not (size_stated(left) or committed_sum(left, right))):
            continue
        decision = layout.decision_at(amount.start)
        if kind == "approved_total" and (decision is None or decision[0] != "approved") and _RECOMMENDED.search(sentence_text):
            continue
        read[amount.start] = kind
        year, source = _year(layout, amount.start, sentence, sentence_text, kind, own_years)
        if (kind, year, amount.amount) in seen:
            continue
        seen.add((kind, year, amount.amount))
        provenance = layout.provenance(amount.start, amount.end, name, version)
        found.append(record_of(amount, kind, (year, source), sentence_text, provenance, year is None or amount.qualifier is not None))
        if council := council_receiving(left):
            councils[id(found[-1])] = council
    if len(set(councils.values())) > 1:  # several councils' shares of a wider sum
        found = [record for record in found if id(record) not in councils]
    return _without_rounded_restatements(_stated_kind_first(found))


def _stated_kind_first(found: list[AllocationRecord]) -> list[AllocationRecord]:
    """A figure read as the fund by default in one place (a headline 'Council Allocates £N in Grants') and as a payout
    or balance by its words in another is that payout or balance."""
    stated = {record.amount for record in found if record.kind != "grant_total"}
    return [record for record in found if record.kind != "grant_total" or record.amount not in stated]


def _without_rounded_restatements(found: list[AllocationRecord]) -> list[AllocationRecord]:
    """A rounder figure of the same kind within 5% of a more exact one ('a share of £5,500' in a headline, '16 groups
    share a total of £5,588' in the text) restates it: the exact one is kept."""
    def zeros(record: AllocationRecord) -> int:
        digits = str(int(Decimal(record.amount) * 100))  # exact: a Decimal, never a float's 1005.1 -> 100509
        return len(digits) - len(digits.rstrip("0"))

    return [
        record for record in found
        if not any(
            other is not record and other.kind == record.kind and zeros(other) < zeros(record)
            and abs(other.amount - record.amount) <= other.amount / 20
            for other in found
        )
    ]
