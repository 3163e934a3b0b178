"""Review of the session 23 money rules on other bodies' ordinary papers (our own words): each test is a layout where
a new rule misfired, named after the bug."""

from __future__ import annotations

from tests.funding_helpers import funding_contract


def _result(text: str) -> dict:
    return funding_contract(text)


def _projects(text: str) -> list[tuple]:
    return [(p.name, p.amount and float(p.amount), p.status) for p in _result(text)["projects"]]


def _allocations(text: str) -> list[tuple]:
    return [(a.kind, a.financial_year, float(a.amount)) for a in _result(text)["allocations"]]


def test_service_budget_columns_are_no_grant_budget():
    text = (
        "Revenue budget position at month 6\n\nService Area  Budget 2025/26  Spend to date  Remaining Budget\n"
        "Parks and Open Spaces  £120,000  £60,500  £59,500\nWaste Collection  £300,000  £150,000  £150,000\n"
    )
    assert _allocations(text) == []
    capital = "Capital programme 2025/26\nScheme  Allocation 2025/26  Spend to date  Balance\nDepot Roof  £50,000  £20,000  £30,000\n"
    assert _allocations(capital) == []


def test_grant_budget_columns_still_read():
    text = "Community grants 2025/26\nGrant Fund  Allocation 2025/26  Awarded to date  Remaining\nSmall Grants  £10,000  £4,000  £6,000\n"
    assert sorted(_allocations(text)) == [
        ("approved_total", "2025/26", 4000.0), ("grant_total", "2025/26", 10000.0), ("remaining", "2025/26", 6000.0)
    ]


def test_resolved_to_allocate_reserves_approves_no_projects():
    text = (
        "It was RESOLVED to allocate the year-end surplus to earmarked reserves as follows:\n"
        "Play Area Renewal  £5,000\nElection Costs  £3,000\nBuilding Repairs  £2,000\n"
    )
    assert _projects(text) == []
    budget = "It was RESOLVED to allocate the budget for 2026/27 as follows:\nGrounds Maintenance  £9,000\nAdministration  £6,500\n"
    assert _projects(budget) == []


def test_resolved_to_allocate_grants_still_approves():
    text = "It was RESOLVED to allocate community grants as follows:\nTarnby Scouts  £500\nTarnby Foodbank  £750\nFriends of Mill Park  £300\n"
    assert ("Tarnby Foodbank", 750.0, "approved") in _projects(text)


def test_accepting_a_sum_offered_for_land_or_a_claim_is_no_grant():
    assert _allocations("RESOLVED to accept the sum of £12,000 offered by Tarn Homes Ltd for the purchase of the land.") == []
    assert _allocations("RESOLVED to accept the amount of £2,350 offered by the insurers in settlement of the claim.") == []


def test_acceptance_of_a_named_purchase_offer_is_no_grant():
    text = "The committee recommended acceptance of the Hollins Developments offer of £240,000 for the former depot site."
    assert _allocations(text) == []


def test_other_group_is_no_back_reference():
    for adjective in ("other", "next"):
        text = f"Among those funded is Tarn Boxing Academy, based at Mill Lane. The {adjective} group was awarded £2,000 for kit."
        assert _projects(text) == []


def test_each_recipients_sum_is_no_approved_total():
    assert _allocations("The small grants round closed in May, with 40 groups receiving £500 each towards summer events.") == []
    assert _allocations("RESOLVED to award grants to the three applicants to the value of £250 each.") == []


def test_budget_line_of_community_grants_is_no_headline_award():
    text = "The draft budget includes the following items.\nCommunity Grants £20,000 to local groups and charities\n"
    assert ("approved_total", None, 20000.0) not in _allocations(text) and ("approved_total", "2025/26", 20000.0) not in _allocations(
        "Budget 2025/26\n" + text
    )
    assert _allocations("Civic events\nCommunity Awards £1,500 to local volunteers and groups was spent on the ceremony.\n") == []


def test_national_funding_groups_benefit_from_is_no_approved_total():
    text = (
        "Schools and community groups across the county are to benefit from funding of £2m announced by the Government"
        " for new sports equipment."
    )
    assert _allocations(text) == []


def test_range_of_recipients_sums_is_no_approved_total():
    assert _allocations("Thirty awards were made, with groups receiving £300 to £1,000 for summer activities.") == []
