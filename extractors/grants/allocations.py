"""Grant allocations: the year's grant, its pots, approvals, balances and underspends.

Each £ amount not already read as a project amount is classified from its *clause* (``allocation_clauses.classify``): the words of its sentence (spaCy
sentencizer) between the neighbouring amounts, cut at clause breaks (', with', 'leaving', ';'), so that in '£26,500
is allocated for upfront projects with the remaining £13,100 being held in a tactical pot' each figure gets its own
words. Cue words are found by a spaCy PhraseMatcher; the few cues whose position matters ('£N remaining', 'allocated
£N') by regex. An amount whose sentence talks about savings, reserves, a police budget, precept or threshold is
never an allocation, and neither is one without a cue. Nor is money outside the partnership's grant
(``outside_grant``): a grant from another funder (Home Office, Welsh Government...), money a council or its cabinet
funds or holds, lottery money, a failed bid. The 'Total' row of a table that its lead-in approves is the approved
total. A PCC grant page's 'is providing ... £N for the financial year X' is the year's fund; 'a total of £N was
distributed to successful applicants' is what the round gave out (approved total); money applicants asked for
('applications amounting to £N were submitted') is no allocation, nor is a figure being replaced ('from £N to £M')
or moved between budgets, nor a limit on single grants ('limits for £100 grants', '£N for each'), one member's share
('each of its 40 members an allocated fund of £N') or either end of a range ('£0 - £2,000', 'between £N and £M'). A
resolution approving 'awards, totalling £N in revenue grants and £M in capital grants' states an approved total per
kind of grant. A figure whose year is printed nowhere is kept only when its own words fix its kind
(``stated_totals``: 'the Fund of £N', 'a total of £N was awarded'), and takes that kind (``kind_stated``). Round 12:
'Label: £N' rows under grant words take the label's kind (``row_kind``: 'Budget', 'Awarded to date', 'Remaining'),
and a figure ending its line is never read with the next row's label; 'the unspent balance of £N' is an underspend,
'This leaves £N' and '£N will remain' a balance, 'This brings the total awarded to £N' an approved total, 'has
awarded £N so far' an approved total, 'The Partnership received £N from the PCC' and '£N is available through the X
Programme' the year's fund, 'One grant of £N was withdrawn' no total, nor a cost 'met from' a fund. Round 20: a
resolution opening with its verb that approves grants 'totalling £N' is the approved total; 'the £N <purpose> grant'
and a figure printed as one grant's bound ('grants of between £N and £M') are no fund. Round 28: a figure the
recipient puts 'towards its £N scheme' is that project's cost; '£N requested' in an application list is an ask; a
bank or credit balance (or one a cashbook or bank statement shows) is the body's own money; '£N has been allocated to more than 30 groups' is what was given
out; 'the remaining Community Grants budget (£N)' a balance. Round 37: '24 groups sharing £N' and 'distributing £N
across 13 organisations' are what a round gave out; £100 million or more is a national programme's figure. Session 15: '..., making a total of £N' sums
figures before it; a fund whose body's share follows it or made available to a nation's authorities is wider than the
body's (``wider_fund``). Session 16: where these rules keep nothing for the contract in a span, fund totals are read by
one general test of the figure's clause instead (``allocation_fallback``). Session 17: figures listed year by year ('grants
of £A in 2023-24 and £B in 2024-25') share the first one's kind, each with the year printed after it
(``amount_clause.parallel_previous``); a bare 'Total' line adding up awards the project rules read as approved is their
approved total; a grant 'normally £N' is a rate. Session 18: where the rules keep payouts or balances but no fund, the
fallback's fund (never its payouts) is added, dated only by its own sentence ('In this round £N was put into the pot');
a counted list's 'awards totalling £N' is an approved total even where a cue word read the figure as the fund; a year
its sentence prints only as one money is carried forward from or to is not the figure's (``only_carried_years``).
Session 19: the pot a sum named before is drawn from ('this money comes from a wider pot of £N') is no fund of the body's
(``figure_roles.source_pot``); a rate ('at an hourly rate of £N') is a limit; an ask ('seeking a grant of £N', 'its bid
for £N') is money requested. Session 20: a balance its clause states ('still has £N available to award', '£N that was
unallocated'), a payout whose clause names no recipient ('has awarded over £N, reaching ...'), the part of a grants budget
already given out ('has spent £N of its £M budget'), a row label opening on its year ('2024/25 Budget Available - £N').
Session 21: a payout of the figure three or more projects each got ('awarded grants of £N to 26 organisations') is that
figure restated, no total; a row of a budget block labelled as left over or given out ('Remaining Grants budget 2023/2024
£N') takes its label's kind over the budget word; an agenda's money is only such a block (``funding.extract_agenda_funding``).
Session 23: a figure the next sentence calls a share of a larger sum ('... awarded £N. The money is a share of around
£M ...') is part of a round, no total; one in a sentence splitting the sum before it ('Of this amount, £N will be allocated
in large grants') is no year's grant. Session 24: one member's share of a scheme ('Each ward councillor has £N allocation')
is no total; a rounder lower bound ('more than £N') restates an exact figure of its kind a tenth above it at most; grants listed one a line under 'has allocated the following grants to this Council:' are its grants
(``allocation_received``). Session 27: a fund's ceiling ('a funding pool of up to £N', 'new funding worth up to £N') is
its size, kept though hedged (``figure_roles.fund_ceiling``); one grant's cap ('grants of up to £N') still is none; a
wider sum 'of which £M is allocated to the <Area>' is no fund of the area's (``figure_roles.wider_fund``).
"""

from __future__ import annotations

import bisect
from decimal import Decimal

from extractors.grants import stated_decisions, stated_totals
from extractors.grants.allocation_cues import grant_words as _grant_words
from extractors.grants.allocation_cues import NATIONAL_SCALE, is_limit
from extractors.grants.allocation_cues import labels as _labels
from extractors.grants.allocation_cues import outside_grant
from extractors.grants.allocation_years import only_carried_years, own_year, spread_over_years, years_paired_before
from extractors.grants.amount_clause import clause_of, parallel_previous, part_of_a_sum, share_of_next, split_of_previous
from extractors.grants.allocation_tables import closing_total, in_row_run, listed_kind, row_kind, stacked_label_rows, stacked_totals
from extractors.grants.allocation_tables import table_totals
from extractors.grants.project_tables import GIVEN_GRANTS
from extractors.grants.allocation_columns import column_totals
from extractors.grants.allocation_received import received_rows
from extractors.grants.funding_layout import FundingLayout, clean
from extractors.grants.stated_forms import funder_grant
from extractors.grants.stated_running import split_into_shares
from extractors.grants.figure_roles import earlier_figure, grant_bounds
from extractors.grants.figure_roles import area_share, combined_total, fund_ceiling, no_bodys_total, project_cost, source_pot
from schemas.facts import AllocationKind
from schemas.funding import AllocationRecord, MoneyAmount
from extractors.grants.allocation_clauses import PER_UNIT_BEFORE, SEVERAL_YEARS, classify
from extractors.grants.allocation_fallback import fallback_allocations, kept_for_contract, record_of

__all__ = ["NAME", "VERSION", "classify", "clause_of", "find_allocations", "outside_grant"]

VERSION = "91"
NAME = "allocations"


# Row labels that name money given out or left over: a budget word in them ('Remaining Grants budget') names no fund.
_LEFT_OR_GIVEN = ("remaining", "approved_total", "underspend")


def _grant_context(layout: FundingLayout, block, given: list[int]) -> bool:
    """The block or its section heading names a grant, or the block follows money given to projects
    in its section (a list of awards)."""
    if _grant_words(layout.block_text(block)):
        return True
    if block.section >= 0 and _grant_words(layout.block_text(layout.blocks[block.section])):
        return True
    section_start = layout.section_start(block)
    return bisect.bisect_left(given, block.start) > bisect.bisect_left(given, section_start)


def find_allocations(
    layout: FundingLayout, claimed: set[int], project_amounts: frozenset = frozenset(), approved: frozenset[int] = frozenset(),
    each: frozenset = frozenset(),
) -> list[AllocationRecord]:
    """Allocations of the span, one per (kind, year, amount); later statements are kept as ``also_stated_at``.

    A figure classified as the grant that equals a project's amount is that award restated ('The
    grant of £4,750 will be met from ...'), not the year's grant, and is left out. A table's 'Total'
    row is the approved total when the words before the table approve what it lists or say it was given
(``project_tables.GIVEN_GRANTS``: 'the individual projects funded were as follows:'). ``approved`` holds the
    offsets of the figures the project rules read as approved awards (a 'Total' line adding them up is their total).
    ``each`` holds the amounts three or more projects were each given: a payout of that figure ('awarded grants of £N to
    18 groups') is the figure each got, restated, no total.
    """
    found: list[AllocationRecord] = []
    given = sorted(claimed)
    candidates: list[tuple[MoneyAmount, AllocationKind, str, tuple[int, int] | None]] = []
    in_total_rows = set()
    for amount, context in table_totals(layout):
        approving = "APPROVAL" in _labels(context) or GIVEN_GRANTS.search(context) is not None
        if amount.start not in claimed and approving and "EXCLUDE" not in _labels(context):
            candidates.append((amount, "approved_total", context, None, None))
            in_total_rows.add(amount.start)
    stacked, own_year_only, ceilings = {}, set(), set()
    read: dict[int, tuple] = {}  # the (kind, stated kind) read for each figure kept as a candidate
    for amount, kind, year in stacked_totals(layout, claimed):
        candidates.append((amount, kind, "", None, None))
        stacked[amount.start] = year
    for amount, kind, year in stacked_label_rows(layout, claimed) + column_totals(layout, claimed) + received_rows(layout, claimed):
        if amount.start not in stacked:
            candidates.append((amount, kind, "", None, kind))
            stacked[amount.start] = year
    for amount in layout.amounts:
        if amount.start in claimed or amount.start in in_total_rows or amount.start in stacked or layout.in_range(amount):
            continue
        block = layout.block_at(amount.start)
        if block is None:
            continue
        sentence = layout.sentence_at(amount.start)
        sentence_text = clean(layout.flat[sentence[0] : sentence[1]])
        left, right = clause_of(layout, amount, sentence)
        if combined_total(left) or source_pot(left) or no_bodys_total(amount, left, right, layout.flat[amount.end : min(sentence[1], amount.end + 300)]):
            continue
        decision = layout.decision_at(amount.start)
        grant_context = layout.memo(("grant_words", block.start), lambda: _grant_context(layout, block, given))
        kind = classify(left, right, sentence_text, decision[0] if decision else None, grant_context)
        if kind is None and not SEVERAL_YEARS.match(right) and (listed := listed_kind(layout, amount, block, left)):
            kind, sentence = listed
        row_stated = None
        if kind is None and grant_context and "EXCLUDE" not in _labels(sentence_text):
            kind = row_kind(layout, amount)
            row_stated = kind if kind is not None and in_row_run(layout, amount) else None
        elif kind == "grant_total" and grant_context and row_kind(layout, amount) in _LEFT_OR_GIVEN and in_row_run(layout, amount):
            kind = row_stated = row_kind(layout, amount)  # 'Remaining Grants budget 2023/2024 £N' in a budget block
        if kind is None and closing_total(layout, amount, claimed, approved):
            kind = "approved_total"
        ceiling = (amount.qualifier == "up_to" and fund_ceiling(left, right)) or (amount.qualifier in {None, "up_to"} and area_share(left))
        # a figure's own words may fix its kind without a year (stated_totals), hedged too (kept in ``qualifier``)
        plain = (
            (amount.qualifier != "up_to" or ceiling) and amount.amount is not None and "EXCLUDE" not in _labels(sentence_text)
            and not PER_UNIT_BEFORE.search(left) and not SEVERAL_YEARS.match(right) and not project_cost(left)
            and not earlier_figure(left, right)
        )
        stated = (
            stated_totals.stated_kind(left, right) if plain and not outside_grant(f"{left} {right}") and not is_limit(left, right) else None
        )
        if ceiling:
            stated = "grant_total"
            ceilings.add(amount.start)
        elif stated is None and row_stated is not None:
            stated = row_stated
        elif stated is None and plain and funder_grant(
            left, right, _sentence_before(layout, block.start, sentence[0]), layout.flat[sentence[0] : amount.start]
        ):
            stated = "grant_total"
            own_year_only.add(amount.start)
        elif stated is None and plain:
            # a decision closing its sentence on the figure ('The council agreed to allocate a total of £N.') is the
            # total of the grants its block names; with words after it, its own clause must name them
            closing = not right.strip(" \t.")
            stated = stated_decisions.decided_total(left, right, _grant_words(f"{left} {right}") or (closing and grant_context))
        if kind is None and stated is None and (previous := parallel_previous(layout, amount, sentence, right)):
            kind, stated = read.get(previous.start, (None, None))
            sentence = (amount.start, sentence[1])  # its year is the one printed after it, not its neighbour's
        if (kind is None and stated is None) or (kind == "grant_total" and amount.amount in project_amounts | grant_bounds(layout)):
            continue
        if amount.amount is not None and amount.amount >= NATIONAL_SCALE:
            continue  # 'the government's new £500 million Household Support Fund': a national programme's figure
        if {kind, stated} <= {"grant_total", None} and (part_of_a_sum(layout, amount, sentence) or split_of_previous(layout, sentence)):
            continue
        if share_of_next(layout, amount, sentence) or split_into_shares(layout, amount, sentence):
            continue  # '... have been awarded £N. The money is a share of £M ...': part of the round, not its total
        candidates.append((amount, kind, sentence_text, sentence, stated))
        read[amount.start] = (kind, stated)
    first_of: dict[tuple, AllocationRecord] = {}  # (kind, year, amount) -> where it was first stated
    for amount, kind, sentence_text, sentence, stated in sorted(candidates, key=lambda c: c[0].start):
        if stacked.get(amount.start):
            year, source = stacked[amount.start], "section"
        elif amount.start in own_year_only:
            year, source = own_year(layout, sentence)
        else:
            year, source = layout.year_for(
                amount.start, sentence, leftover=(kind or stated) in {"underspend", "remaining"}, decided_total=(kind or stated) == "approved_total"
            )
            if source == "section" and (years_paired_before(layout, amount.start) or spread_over_years(sentence_text)):
                year, source = None, "none"
            elif source == "sentence" and sentence is not None and only_carried_years(layout, sentence):
                year, source = None, "none"
        kind_stated = (year is None and stated is not None) or amount.start in ceilings
        # words stating a payout ('The eight grant awards totalling £N have been met from X funding') outrank a cue
        # word read as the fund
        kind = stated if kind_stated or (kind, stated) == ("grant_total", "approved_total") else kind or stated
        if kind is None or (kind == "approved_total" and amount.amount in each):
            continue
        provenance = layout.provenance(amount.start, amount.end, NAME, VERSION)
        same = first_of.get((kind, year, amount.amount)) if amount.amount is not None else None
        if same is not None:
            same.also_stated_at.append(provenance)
            continue
        found.append(record_of(amount, kind, (year, source), sentence_text, provenance, kind_stated))
        if amount.amount is not None:
            first_of[(kind, year, amount.amount)] = found[-1]
    kept = _without_hedged_restatements(_without_malformed_repeats(found))
    if not any(kept_for_contract(a) for a in kept):
        kept += fallback_allocations(layout, claimed, project_amounts, NAME, VERSION)
    elif not any(a.kind == "grant_total" and kept_for_contract(a) for a in kept):
        amounts = {a.amount for a in kept}
        kept += [
            a for a in fallback_allocations(layout, claimed, project_amounts, NAME, VERSION, own_years=True)
            if a.kind == "grant_total" and a.amount not in amounts
        ]
    else:  # a second fund the verb reading states beside one the rules kept ('the PPA Fund ... the total is £N')
        amounts = {a.amount for a in kept}
        kept += [
            a for a in fallback_allocations(layout, claimed, project_amounts, NAME, VERSION, own_years=True, verbs_only=True)
            if a.kind == "grant_total" and a.amount not in amounts
        ]
    return kept


def _without_malformed_repeats(found: list[AllocationRecord]) -> list[AllocationRecord]:
    """A malformed figure ('grants totalling £2.965 were awarded') is dropped when the same kind and
    year is also printed well formed ('£2.965m'): the paper states that figure once, readably."""
    parsed = {(a.kind, a.financial_year) for a in found if a.amount is not None}
    return [a for a in found if a.amount is not None or (a.kind, a.financial_year) not in parsed]


# How far above a lower bound ('more than £50,000') the exact figure it restates may be.
_BOUND_REACH = Decimal("1.1")


def _without_hedged_restatements(found: list[AllocationRecord]) -> list[AllocationRecord]:
    """A rounder figure printed as a lower bound ('MORE than £50,000 has been donated' in a headline) restates a more exact
    one of the same kind and year up to a tenth above it ('In total, just over £53,000 has been distributed'): the exact
    one is kept."""
    def zeros(record: AllocationRecord) -> int:
        digits = str(int(Decimal(record.amount) * 100))
        return len(digits) - len(digits.rstrip("0"))

    return [
        record for record in found
        if not (
            record.qualifier == "over" and record.amount is not None
            and any(
                other is not record and other.amount is not None and (other.kind, other.financial_year) == (record.kind, record.financial_year)
                and zeros(other) < zeros(record) and record.amount < other.amount <= record.amount * _BOUND_REACH
                for other in found
            )
        )
    ]


def _sentence_before(layout: FundingLayout, block_start: int, s_start: int) -> str:
    """The sentence right before the one at ``s_start`` in the same block ('' when it opens the block)."""
    if s_start <= block_start:
        return ""
    p_start, p_end = layout.sentence_at(s_start - 1)
    return layout.flat[max(p_start, block_start) : p_end]
