"""Review mends of the allocation rules (our own words): a club or trust receiving money is no body's fund, 'In 2019
to 2020' is a financial year only beside money words, the fund-clause vocabulary is shared by the fund fallback and
the stated totals."""

from __future__ import annotations

import pytest

from extractors.grants import stated_totals
from extractors.grants.fund_relations import fund_total_kind
from extractors.grants.allocation_years import spread_over_years
from extractors.readers.fiscal_year import find_financial_years
from extractors.readers.money import BOUNDS
from tests.test_s17alloc import _allocations


@pytest.mark.parametrize(
    "left, right",
    [
        ("The Eastby Angling Club (EAC) has been awarded", " to restore the lake."),
        ("Tarnshire Wildlife Trust has secured funding of", " from the lottery."),
        ("Following the appeal, Marsh Lane Community Association has received", " this year."),
    ],
)
def test_a_club_or_trust_receiving_money_is_no_fund(left, right):
    assert fund_total_kind(left, right) is None


@pytest.mark.parametrize(
    "left, right",
    [
        ("The Council has been awarded", " from the Home Office."),
        ("Tarnshire has secured funding of", " for violence reduction work."),
        ("The VRU has been allocated", " for 2024/25."),
    ],
)
def test_the_body_receiving_money_is_still_its_fund(left, right):
    assert fund_total_kind(left, right) == "grant_total"


def test_a_recipient_receiving_money_is_no_fund_on_a_page():
    text = "Fenby Rowing Club (FRC) has been awarded £12,000 towards a new boathouse.\n"
    assert _allocations(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In 2019 to 2020 recorded crime fell by 5% across the county.", []),
        ("In 2022 to 2023 the number of volunteers doubled.", []),
        ("In 2023 to 2024 the Fund awarded £5,000 to local groups.", ["2023/24"]),
        ("Grant funding for 2024 to 2025 is confirmed.", ["2024/25"]),
    ],
)
def test_in_two_calendar_years_is_a_financial_year_only_beside_money_words(text, expected):
    assert [y.year for y in find_financial_years(text)] == expected


def test_a_sum_over_several_years_is_no_fund_and_spreads_its_sentence():
    assert fund_total_kind("The grants budget is", " over the next three years.") is None
    assert fund_total_kind("The grants budget is", " across a two-year period.") is None
    assert spread_over_years("The fund of £9,000 would run over a two year period.")


def test_a_budget_is_a_grant_budget_only_beside_a_fund_or_grant_words_in_both_readers():
    assert fund_total_kind("The panel made its awards from an available budget of", ".") == "grant_total"
    assert fund_total_kind("Members approved the budget of", " for the new pavilion.") is None
    assert stated_totals.stated_kind("The Fenby Fund has a total budget of", ".") == "grant_total"
    assert stated_totals.stated_kind("Members noted the total budget of", " for the new pavilion.") is None


def test_money_given_out_reads_the_same_verbs_in_both_readers():
    assert stated_totals.stated_kind("A total of", " was handed out to local clubs.") == "approved_total"
    assert fund_total_kind("", " was handed out to fourteen local clubs.") == "approved_total"


def test_a_bound_is_kept_only_when_its_kind_is_stated():
    assert BOUNDS == {"just_over", "over", "just_under", "under", "up_to"}
    assert _allocations("Up to £5,000 is available from the Fenby Community Grants Fund in 2024/25.\n") == []



@pytest.mark.parametrize(
    "left, right",
    [
        ("Release of development funding of", " to Fenby Borough Council for the Mill Lane roundabout improvements."),
        ("The grants budget for the construction of the hall is", "."),
        ("Funding of", " for the acquisition of land at Tarn Quay was approved."),
    ],
)
def test_capital_works_money_is_no_fund(left, right):
    assert fund_total_kind(left, right) is None


# Payouts the fund fallback reads when the allocation rules keep nothing in a span.

@pytest.mark.parametrize(
    "text, expected",
    [
        ("NINE youth clubs and charities from across Fenby are to benefit from a share of £24,000 from the Safer Streets Fund.\n",
         [("approved_total", 24000.0, None)]),
        ("In May, Sam Oakes awarded £31,000 to charities and community groups working to prevent knife crime.\n",
         [("approved_total", 31000.0, None)]),
        ("So far £62,000 has been handed out through the Community Fund this year after it was relaunched.\n",
         [("approved_total", 62000.0, None)]),
    ],
)
def test_the_fund_fallback_reads_more_payouts(text, expected):
    assert _allocations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # counted recipients later in a sentence may be part of a round; one named recipient's award is no round
        "After the review, a further nine clubs are to benefit from a share of £24,000 from the Safer Streets Fund.\n",
        "In May, Sam Oakes awarded £31,000 to the Fenby Boxing Club for its new ring.\n",
    ],
)
def test_the_fund_fallback_leaves_parts_of_a_round(text):
    assert _allocations(text) == []


def test_a_decision_closing_its_sentence_on_the_figure_is_the_total_of_the_grants_its_block_names():
    text = (
        "Fenby Town Council Community Grants\n\nLocal clubs receive £12,000 in grants from the council's £90,000 scheme.\n"
        "The council agreed to allocate a total of just over £12,000.\n"
    )
    assert ("approved_total", 12000.0, None) in _allocations(text)


def test_a_decision_naming_what_it_pays_for_needs_grant_words_of_its_own():
    text = (
        "Fenby Town Council Community Grants\n\nLocal clubs receive grants from the council's scheme.\n"
        "The council agreed to allocate £40,000 to the new pavilion roof.\n"
    )
    assert _allocations(text) == []


def test_a_clause_never_runs_back_over_a_paragraph_break():
    # the splitter runs 'Reason: ... way' (no full stop) on into the decision; the figure's clause is its own paragraph
    text = (
        "Reason: The decision lets the Council contribute to easing hardship in the most agile way\n\n"
        "Decision: That a 'Fenby Hardship Grant' fund is established in the sum of £8,000 for families in need.\n"
    )
    assert _allocations(text) == [("grant_total", 8000.0, None)]
