"""Allocations, session 14 (our own words): a total is a fund's, a round's, a budget's or a grant's total,
never one project's cost, ask or line item; then fund, round and balance totals stated in general forms."""

from __future__ import annotations

from extractors.grants import funding
from tests.funding_helpers import document


def _allocations(text: str) -> list[tuple[str, float, str | None]]:
    result = funding.to_contract(funding.extract_funding(document(text)))
    return [(a.kind, float(a.amount), a.financial_year) for a in result["allocations"]]


# Precision: one project's figure is no total.


def test_a_project_total_budget_is_no_fund():
    text = "Leisure 2024/25\n\na) Cabinet be asked to approve the total budget of £9.2m and the funding plan for a new pool in Tarnby;\n"
    assert _allocations(text) == []


def test_a_grant_scheme_total_budget_is_the_fund():
    text = "Small Grants 2024/25\n\nThe small grants scheme has a total budget of £40,000 this year.\n"
    assert _allocations(text) == [("grant_total", 40000.0, "2024/25")]


def test_an_amount_requested_in_a_list_of_applications_is_no_allocation():
    text = (
        "Community Grants 2024/25\n\nThat the following Community Grant applications be refused: • Tarn Rowing Club - £2,200 "
        "requested – applied for help with a new boat; • Fell Walkers - £900 requested – for maps.\n"
    )
    assert _allocations(text) == []


def test_money_put_towards_a_scheme_or_project_is_that_project_cost():
    text = (
        "Grants announced\n\nThe playing field will put its grant towards its £41,500 scheme to renew the swings, while the "
        "hall will use its award as part of its £28,000 project to add a kitchen.\n"
    )
    assert _allocations(text) == []


def test_a_line_item_figure_is_not_read_with_the_next_paragraph():
    text = (
        "Decision 2023/24\n\nCrime Survey for the Vale – CSF Z101 – £18,000\n\n\n"
        "The Community Safety Fund is used to reduce crime and reoffending.\n"
    )
    assert _allocations(text) == []


def test_a_council_bank_balance_is_no_grant_balance():
    text = (
        "Finance 2024/25\n\n- The Clerk reported a current credit balance of £4,120.\n"
        "- Budget: the budget shows spending of £1,900, leaving an expected credit balance of £2,220.\n"
    )
    assert _allocations(text) == []


def test_money_allocated_to_counted_projects_is_what_was_given_out():
    text = "Ward grants\n\nIn 2024/25 £9,500 has been allocated to more than 30 projects and organisations.\n"
    assert _allocations(text) == [("approved_total", 9500.0, "2024/25")]


def test_the_remaining_named_budget_in_brackets_is_the_balance():
    text = (
        "Community Grants 2024/25\n\nAGREED that officers award grants for the one-off Jubilee Grants Scheme with the remaining "
        "Community Grants budget (£6,210).\n"
    )
    assert _allocations(text) == [("remaining", 6210.0, "2024/25")]


def test_a_pair_of_years_before_a_figure_gives_it_no_year():
    text = (
        "Grants Panel\n\nThe officer reported on unspent funding for 2022/23 and 2023/24 and the panel's scoring.\n\n"
        "Funding was allocated to 4 projects, totalling £30,000, after a scoring meeting.\n"
    )
    assert _allocations(text) == [("approved_total", 30000.0, None)]
