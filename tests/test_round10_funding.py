"""Round 10: a funder putting a new sum on offer states the fund's size (our own words)."""

from decimal import Decimal

from extractors.grants import funding
from funding_helpers import document, funding_contract


def allocations(text: str) -> list:
    result = funding_contract(text)
    return [(a.kind, a.financial_year, a.amount) for a in result["allocations"]]


def test_made_a_sum_available_is_the_fund_without_a_year():
    text = "This year I have made £90,000 available for charities and voluntary groups across the valley.\n"
    assert allocations(text) == [("grant_total", None, Decimal("90000"))]


def test_set_aside_in_a_year_to_support_local_efforts_is_the_years_fund():
    text = "The Commissioner, working with the Fenmoor Foundation, has set aside £75,000 in 2025-26 to support local efforts.\n"
    assert allocations(text) == [("grant_total", "2025/26", Decimal("75000"))]


def test_an_additional_sum_allocated_to_support_charities_is_a_new_fund():
    text = "The Commissioner has allocated an additional £45,000 to support local charities and community groups.\n"
    assert allocations(text) == [("grant_total", None, Decimal("45000"))]


def test_available_funding_stands_at_is_the_fund():
    text = "The total available funding stands at £60,000, and groups may apply for up to £2,000.\n"
    assert allocations(text) == [("grant_total", None, Decimal("60000"))]


def test_one_groups_award_is_no_fund():
    assert allocations("Harbour Mums has been given £900 to run a toddler group.\n") == []


def test_a_bare_year_after_a_fund_is_no_project_name():
    """Regression (round 10's fresh pages): 'allocated to the X Fund for 2021' gave a project named '2021'."""
    result = funding.extract_funding(document("The remaining £20,000 was allocated to the Brookvale Youth Fund for 2021.\n"))
    assert [p.name for p in result.projects if not any(c.isalpha() for c in p.name)] == []
    assert all(any(c.isalpha() for c in m.name) for m in result.project_mentions)
