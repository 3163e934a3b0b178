"""Session 27 allocations on commissioner, foundation and council news pages (our own words): payouts through a fund or
round, money yet to be given out, an area's share 'of which', and a year that leads into the next figure."""

from __future__ import annotations

from extractors.grants.stated_payouts import payout_kind
from tests.funding_helpers import funding_contract


def _allocations(text: str) -> list[tuple[str, float, str | None]]:
    result = funding_contract(text)
    return sorted((a.kind, float(a.amount), a.financial_year) for a in result["allocations"])


def test_handed_out_through_the_fund_is_the_payout_and_a_year_before_the_next_figure_is_not_its_own():
    text = (
        "The latest decisions mean £41,000 has been handed out through the fund this year after it was raised\n"
        "following the demand seen in 2022/23, when £30,000 was shared out across Westmarsh.\n"
    )
    assert _allocations(text) == [("approved_total", 30000.0, "2022/23"), ("approved_total", 41000.0, None)]


def test_a_parallel_year_beside_its_own_figure_is_kept():
    text = "The Commissioner's Community Fund 2025/26 will provide £40,000 for 2025/26 and £45,000 for 2026/27.\n"
    assert ("grant_total", 40000.0, "2025/26") in _allocations(text)


def test_being_awarded_in_a_round_and_the_amount_now_given_are_payouts():
    text = (
        "The Commissioner's grant schemes keep backing projects, with £27,000 being awarded to organisations in the\n"
        "latest round of funding. Today's awards bring the amount now given to good causes since May 2021 to £96,500.\n"
    )
    assert _allocations(text) == [("approved_total", 27000.0, None), ("approved_total", 96500.0, None)]


def test_passive_payouts_through_a_round_or_to_partners():
    assert payout_kind("In total, funding totalling", "has been allocated in the fifth round of grants") == "approved_total"
    assert payout_kind("Currently", "has been awarded to partners for 2025/26, including") == "approved_total"
    assert payout_kind("So far", "has been awarded to the Tarn Rowing Club") is None


def test_simple_past_payout_to_many_and_a_share_to_benefit_from():
    assert payout_kind("In May, the Commissioner awarded", "to charities and groups working on safety") == "approved_total"
    assert payout_kind("the Fund has now given", "to over 200 groups across the county") == "approved_total"
    assert payout_kind("Nine local groups are to benefit from a share of", "to keep streets safe") == "approved_total"
    assert payout_kind("The grant was awarded", "to charities") is None


def test_approved_worth_of_grants_is_the_approved_total():
    assert payout_kind("Eastby Council approved", "worth of community grants, mostly from developer money") == "approved_total"
    assert payout_kind("The Panel approved", "worth of grant applications") == "approved_total"
    assert payout_kind("The Panel approved", "worth of road repairs") is None


def test_money_yet_to_be_given_out_is_the_fund():
    text = (
        "The three community trusts will distribute a total of £90,000 by March 2028.\n\n"
        "The Commissioner and Chief Constable expect to allocate around £75,000 in this grant round.\n"
    )
    assert _allocations(text) == [("grant_total", 75000.0, None), ("grant_total", 90000.0, None)]


def test_money_yet_to_be_given_to_one_named_body_or_each_is_no_fund():
    assert payout_kind("The Commissioner will award", "to the Tarn Youth Trust") is None
    assert payout_kind("The council will allocate", "to every ward, to be spent on each estate") is None


def test_an_area_share_of_which_is_the_committee_grant_and_the_wider_sum_none():
    text = (
        "Local Community Safety Fund\n\n"
        "£150,000 is available to Eastmere, of which £28,000 is allocated to the Tarnside\n"
        "committee area.\n"
    )
    assert _allocations(text) == [("grant_total", 28000.0, None)]


def test_a_partnership_with_a_long_relative_clause_and_a_national_funder_giving_to_a_commissioner():
    text = (
        "The Tarn Community Safety Partnership, which is made up of bodies including Tarn Council, Tarn Police, the Police\n"
        "and Crime Commissioner and other statutory and voluntary sector partners, has been awarded £268,000 from the\n"
        "Home Office's Safer Streets fund.\n\n"
        "The government has given £640,000 to Eastmere police and crime commissioner Sam Rowe's office to run a unit.\n"
    )
    assert _allocations(text) == [("grant_total", 268000.0, None), ("grant_total", 640000.0, None)]


def test_a_national_funder_giving_to_a_charity_is_no_grant_of_the_body():
    assert _allocations("The government has given £640,000 to the Tarn Rowing Trust to mend its boathouse.\n") == []


def test_a_fund_after_a_dashed_aside_and_this_funding_to_be_spent_are_funds():
    assert payout_kind("Tarn's Property Act Fund - a fund built from sold goods - amounts to", "in 2026/27.") == "grant_total"
    assert payout_kind("This", "funding will be spent on local projects that help") == "grant_total"
    assert payout_kind("This", "funding will be spent on new street lights") is None
