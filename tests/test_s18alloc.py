"""Fund totals on pages of partnerships and press offices (our own words): counted recipients awarded a sum between
them, a partnership allocating a sum to local projects, a counted list of awards met from a year's funding, a fund
spread over the nation, a sum on offer or left over under a heading about grants; the one 'over N years' pattern and
the one contract test the allocation readers and the funding entry point share."""

from __future__ import annotations

import pytest

from extractors.grants import funding
from extractors.grants.allocation_fallback import kept_for_contract
from extractors.grants.fund_relations import fund_total_kind
from extractors.grants.allocation_years import spread_over_years
from extractors.grants.figure_roles import wider_fund
from tests.funding_helpers import document
from tests.test_s17alloc import _allocations


@pytest.mark.parametrize(
    "left",
    [
        "Seven village clubs have now been awarded a total of",
        "Twelve local charities were granted",
        "In March, 14 community projects have now been allocated",
    ],
)
def test_counted_recipients_awarded_a_sum_is_the_payout(left):
    assert fund_total_kind(left, " from the Marshfield grant scheme.") == "approved_total"


def test_counted_recipients_awarded_a_sum_on_a_page():
    text = "From the Fenby Community Fund, nine small charities have now been awarded a total of £85,000 for kit.\n"
    assert _allocations(text) == [("approved_total", 85000.0, None)]


@pytest.mark.parametrize(
    "left, right",
    [
        ("The Tarnside Safety Partnership is allocate", " to local projects."),
        ("The Board is allocating", " to 20 community groups."),
        ("Eastby Partnership allocates", " to local charities this spring."),
    ],
)
def test_a_body_allocating_a_sum_to_many_recipients_is_the_payout(left, right):
    assert fund_total_kind(left, right) == "approved_total"


def test_one_recipient_allocated_a_sum_is_no_payout():
    assert fund_total_kind("The Board is allocating", " to the Tarn Rowing Club.") is None


def test_a_counted_list_of_awards_met_from_a_years_funding_is_its_approved_total():
    text = (
        "FINANCIAL IMPLICATIONS\n\n"
        "The six grant awards totalling £2,415.50 have been met from Safer Fenby Partnership funding 2019-2020.\n"
    )
    assert _allocations(text) == [("approved_total", 2415.5, "2019/20")]


@pytest.mark.parametrize(
    "after, wide",
    [
        (" Neighbourhood Fund pays for the scheme in every region nationwide, to bring residents in", True),
        (" was set aside nationally for the pilot", True),
        (" package for isolated older people across the country", False),
        (" Community Fund is open to groups in the borough", False),
    ],
)
def test_a_fund_spread_over_the_nation_is_wider_than_the_body(after, wide):
    assert wider_fund(after) is wide


def test_a_national_fund_on_a_local_page_gives_no_total():
    text = "The £2M Residents Panel Fund pays for panels nationwide.\n"
    assert _allocations(text) == []


def test_a_sum_on_offer_and_left_over_under_a_section_about_grant_applications():
    text = (
        "WARD BUDGET\n\n"
        "A summary of grant applications received since the last meeting was given.\n\n"
        "At the start of the year the total amount available was £12k. Should the bids before members be agreed at "
        "£2,100, there will be £7,400 remaining.\n"
    )
    assert _allocations(text) == [("grant_total", 12000.0, None), ("remaining", 7400.0, None)]


def test_a_sum_left_over_without_grants_in_its_section_is_no_balance():
    text = "HALL REPAIRS\n\nIf the roofer's quote is accepted at £2,100 there will be £7,400 remaining.\n"
    assert _allocations(text) == []


@pytest.mark.parametrize(
    "sentence, spread",
    [
        ("£90,000 will fund the scheme over three years.", True),
        ("£90,000 will fund the scheme for the next 3 years.", True),
        ("£90,000 will fund the scheme across a two-year period.", True),
        ("£90,000 will fund the scheme this year.", False),
    ],
)
def test_one_over_several_years_pattern_spreads_a_sentence(sentence, spread):
    assert spread_over_years(sentence) is spread


def test_the_contract_keeps_what_the_allocation_readers_keep():
    text = (
        "The Fenby Fund has £40,000 available in 2024/25.\n\n"
        "Grants of up to £1,500 are available.\n"
    )
    result = funding.extract_funding(document(text))
    kept = [(a.kind, float(a.amount)) for a in result.allocations if kept_for_contract(a)]
    assert [(a.kind, float(a.amount)) for a in funding.to_contract(result)["allocations"]] == kept


def test_a_partnership_allocating_over_a_sum_to_local_projects_on_a_page():
    text = "The Tarnside Safety Partnership is allocating over £120,000 to local projects this year.\n"
    assert _allocations(text) == [("approved_total", 120000.0, None)]


def test_a_fund_put_in_the_pot_beside_a_rounds_payout_is_added_with_its_own_sentences_year_only():
    text = (
        "Tarnside Community Fund 2023/24\n\n"
        "Local groups may apply for grants in spring and in autumn. For this round £150,000 was put "
        "into the pot.\n\n"
        "After review, 31 organisations were awarded grants totalling £149,200.\n"
    )
    assert sorted(_allocations(text)) == [("approved_total", 149200.0, "2023/24"), ("grant_total", 150000.0, None)]


def test_no_fund_is_added_where_the_rules_kept_one():
    text = (
        "The grants budget for 2024/25 is £60,000.\n\n"
        "In this round £20,000 was put into the pot, and 12 groups were awarded grants totalling £19,500.\n"
    )
    assert ("grant_total", 20000.0, None) not in _allocations(text)


def test_a_sum_put_in_a_pot_needs_grants_named_in_its_section():
    text = "KITCHEN REFIT\n\nThe refit is under way. £8,000 was put into the pot for new cupboards.\n"
    assert _allocations(text) == []


@pytest.mark.parametrize(
    "left",
    ["Fenby Boxing Club was awarded", "The Tarn Wildlife Trust has been granted", "Eastby Youth Group will be given"],
)
def test_a_named_recipient_awarded_a_sum_in_funding_is_no_fund(left):
    assert fund_total_kind(left, " in funding to run a summer show.") is None


def test_a_named_recipient_awarded_a_sum_is_no_fund_on_a_page():
    text = (
        "Community Safety Fund\n\nOver the year, grants worth £42k have been awarded to 20 projects across the county.\n\n"
        "Fenby Boxing Club was awarded £4,500 in funding to run a summer show for local young people.\n"
    )
    assert _allocations(text) == [("approved_total", 42000.0, None)]


def test_a_year_money_is_carried_forward_from_or_to_is_not_the_figures_year():
    text = (
        "Community Grants\n\n"
        "Members note the unallocated £12,400.50 (including carry forward from 2021/22) and that this will not be "
        "rolled forward to 2023/24.\n"
    )
    assert _allocations(text) == [("remaining", 12400.5, None)]


def test_a_year_printed_for_the_figure_beside_a_carried_one_is_kept():
    text = "Community Grants\n\nThe unallocated balance for 2022/23 is £12,400, after a carry forward from 2021/22.\n"
    assert _allocations(text) == [("remaining", 12400.0, "2022/23")]
