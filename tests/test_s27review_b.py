"""Session 27 review probes (our own words): money worded like the new fund and payout forms that is spending, relief,
lending, a contract or one person's award stays out of the allocations; the forms' own examples still read."""

from __future__ import annotations

from extractors.grants import funding
from extractors.grants.figure_roles import area_share, fund_ceiling
from extractors.grants.stated_forms import stated_form
from extractors.grants.stated_payouts import payout_kind
from extractors.grants.stated_totals import stated_kind
from tests.funding_helpers import document


def _allocations(text: str) -> list[tuple[str, float, str | None]]:
    result = funding.to_contract(funding.extract_funding(document(text)))
    return sorted((a.kind, float(a.amount), a.financial_year) for a in result["allocations"])


def test_money_to_give_out_is_no_fund_when_it_is_relief_a_contract_or_spending():
    assert _allocations("The council will distribute a total of £90,000 in business rates relief.\n") == []
    assert _allocations("The council will award £500,000 to the successful contractor.\n") == []
    assert _allocations("The pension fund expects to allocate around £40m to infrastructure next year.\n") == []
    assert _allocations("The trust will distribute a total of £90,000 to local groups by March.\n") == [("grant_total", 90000.0, None)]


def test_made_available_for_a_building_or_loans_is_no_fund():
    assert stated_kind("The Commissioner has made available", "for a new custody suite at Eastby station") is None
    assert stated_kind("The council has made available", "in loans for small businesses") is None
    assert stated_kind("The Commissioner has made available", "for local voluntary and community sector organisations") == "grant_total"


def test_a_running_amount_awarded_to_one_person_is_no_payout():
    assert payout_kind("A tribunal ruling brings the amount now awarded to the former officer to", "") is None
    assert payout_kind("Today's awards bring the amount now given to good causes since 2021 to", "") == "approved_total"
    assert payout_kind("Today's awards bring the amount now given to", "") == "approved_total"


def test_a_payout_through_a_loan_or_pension_scheme_is_none():
    assert payout_kind("So far", "has been paid out through the staff car loan scheme this year") is None
    assert payout_kind("So far", "has been paid out through the pension scheme this year") is None
    assert payout_kind("So far", "has been handed out through the fund this year") == "approved_total"


def test_money_for_counted_capital_projects_is_no_payout():
    assert stated_form("", "has been allocated to support 14 capital road and bridge projects") is None
    assert stated_form("", "has been allocated to support over 30 community safety projects") == "approved_total"
    assert payout_kind("This", "funding will be spent on road projects") is None
    assert payout_kind("This", "funding will be spent on local projects") == "grant_total"


def test_a_funding_pool_for_works_is_no_fund_ceiling():
    assert not fund_ceiling("A funding pool of", "has been secured to repair the Old Mill bridge")
    assert not fund_ceiling("New funding worth", "has been pledged for road resurfacing")
    assert fund_ceiling("The scheme provides a funding pool of", "for community groups, charities or individuals")


def test_housing_units_each_receiving_money_are_no_areas():
    assert not area_share("The 60 new housing units at Canal Row will each receive")
    assert area_share("Tarnshire and Fellbeck violence reduction units will each receive")
    assert area_share("Eastby and Westby police force areas will each receive")
