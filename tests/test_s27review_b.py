"""Session 27 review probes (our own words): money worded like the new fund and payout forms that is spending, relief,
lending, a contract or one person's award stays out of the allocations; the forms' own examples still read."""

from __future__ import annotations

from extractors.grants.figure_roles import area_share, fund_ceiling
from extractors.grants.stated_forms import stated_form, taker_given
from extractors.grants.stated_payouts import payout_kind
from extractors.grants.stated_totals import stated_kind
from tests.funding_helpers import funding_contract


def _allocations(text: str) -> list[tuple[str, float, str | None]]:
    result = funding_contract(text)
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


def test_a_taker_told_of_another_bodys_award_has_no_grant():
    assert not taker_given("The Safeguarding Board was told by officers, in a long report, that the local hospice has been awarded")
    assert not taker_given("The Partnership heard that Tarn Mind has been awarded")
    assert taker_given("The Board noted that the Eastmere Community Safety Partnership, which brings together partners, has been awarded")
    assert taker_given("The Tarn Community Safety Partnership, which the council said was set up so that agencies work together, has been awarded")


def test_a_year_after_a_figure_stays_its_own_when_the_next_figure_has_its_own_year():
    text = "The Commissioner has made available £50,000 for local groups in 2024/25, and £55,000 in 2025/26.\n"
    assert ("grant_total", 50000.0, "2024/25") in _allocations(text)
    assert ("grant_total", 50000.0, "2025/26") not in _allocations(text)
    text = "In total £38,000 was awarded to 14 groups in 2023/24, and £41,500 in 2024/25.\n"
    assert ("approved_total", 38000.0, "2023/24") in _allocations(text)


def test_a_further_sum_for_the_same_year_is_no_next_years_fund():
    lead = "A new grants fund has been launched by the Commissioner for community projects.\n\n"
    same = lead + "The Commissioner has set aside £150,000 for the Fund in 2026-27 and a further £20,000 for 2026-27 to top it up.\n"
    assert _allocations(same) == [("grant_total", 150000.0, "2026/27")]
    text = "The partnership's grant will be £231,000 in 2025-26 and £218,000 in 2026-27.\n"
    assert _allocations(text) == [("grant_total", 218000.0, "2026/27"), ("grant_total", 231000.0, "2025/26")]


def test_a_rounds_money_for_works_is_no_payout():
    assert payout_kind("", "has been allocated in the third round of the Levelling Up Fund to road schemes") is None
    assert payout_kind("In total, funding totalling", "has been allocated in the fifth round of grants") == "approved_total"
