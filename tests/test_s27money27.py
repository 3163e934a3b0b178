"""Money layouts of session 27 (our own words): commissioners' and partnerships' funding pages and decision records."""

from __future__ import annotations

from extractors.grants.figure_roles import fund_ceiling
from tests.funding_helpers import funding_contract


def _allocations(text: str) -> list[tuple]:
    result = funding_contract(text)
    return [(a.kind, float(a.amount), a.financial_year) for a in result["allocations"]]


def test_a_funding_pool_of_up_to_is_the_funds_size():
    text = (
        "The Harbour Safety Fund provides a funding pool of up to £45,000 for community groups and charities.\n\n"
        "Groups can apply for funding of up to £4,000 per project.\n"
    )
    assert _allocations(text) == [("grant_total", 45000.0, None)]


def test_funding_worth_up_to_is_the_fund_and_a_cap_sentence_lends_its_year():
    text = (
        "New funding worth up to £90,000 has been pledged by the commissioner to help keep young people safe.\n\n"
        "Grants of up to £9,000 are available for projects delivered in the financial year of 2027/2028.\n"
    )
    assert _allocations(text) == [("grant_total", 90000.0, "2027/28")]


def test_caps_on_one_grant_or_one_applicant_are_no_fund():
    assert _allocations("Grants of up to £2,500 are available to local clubs this year.\n") == []
    assert not fund_ceiling("Clubs can apply for a pot of", "to spend on kit.")
    assert not fund_ceiling("Each ward has a pot of", "per ward to spend.")
    assert not fund_ceiling("The scheme offers funding of", "to each club.")
    assert fund_ceiling("The council has set up a fund of", "for village halls.")


def test_a_hyphened_up_to_is_the_same_hedge():
    from extractors.readers.money import find_amounts

    assert [a.qualifier for a in find_amounts("Up-to £4,000 is available for each new project.")] == ["up_to"]
    text = "Our Street Fund helps local groups.\n\nUp-to £4,000 is available for new projects.\n\nApplication Form 2026-27\n"
    assert _allocations(text) == []


def test_each_areas_share_of_a_wider_sum_is_its_grant_but_each_groups_cap_is_none():
    text = (
        "Tarnshire and Fellshire police force areas will each receive up to £500,000 in funding for 2027/28.\n\n"
        "Local clubs will each receive up to £800 for kit in 2027/28.\n"
    )
    assert _allocations(text) == [("grant_total", 500000.0, "2027/28")]


def test_money_allocated_to_counted_initiatives_since_a_launch_is_what_was_given_out():
    text = (
        "Nine more local groups were recently awarded funding totalling more than £30,000.\n\n"
        "Since starting the Safe Lanes scheme in 2019, I have allocated more than £700,000 to support over 120 crime "
        "prevention and community safety projects in the county.\n\n"
        "Since starting the scheme, more than £700,000 has been allocated to support over 120 local projects.\n"
    )
    assert _allocations(text) == [("approved_total", 30000.0, None), ("approved_total", 700000.0, None)]
    assert _allocations("The council has allocated £50,000 to the Tarn Bridge Trust for its new roof.\n") == []


def test_a_further_sum_for_the_next_year_is_that_years_fund_not_a_top_up():
    text = (
        "The commissioner has announced a new grants scheme for community projects.\n\n"
        "She has ring-fenced £80,000 for the Fund in 2026-27 and a further £120,000 for 2027-28. "
        "Grants of up to £5,000 will be allocated per project.\n"
    )
    assert _allocations(text) == [("grant_total", 80000.0, "2026/27"), ("grant_total", 120000.0, "2027/28")]


def test_a_fund_made_available_or_launched_brand_new_is_the_funds_size():
    made = "The commissioner has made available £35,000 for local voluntary groups. They can bid for up to £5,000 each.\n"
    assert _allocations(made) == [("grant_total", 35000.0, None)]
    launched = "The commissioner has launched a brand new £60,000 fund to tackle violence across the county.\n"
    assert _allocations(launched) == [("grant_total", 60000.0, None)]
    assert _allocations("The council has made available £5,000 to the Tarn Bridge Trust for its new roof.\n") == []
