"""Allocations, session 14 (our own words): a total is a fund's, a round's, a budget's or a grant's total,
never one project's cost, ask or line item; then fund, round and balance totals stated in general forms."""

from __future__ import annotations

from extractors.grants import funding
from tests.funding_helpers import document, funding_contract


def _allocations(text: str) -> list[tuple[str, float, str | None]]:
    result = funding_contract(text)
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
    assert _allocations(text.replace("\n\n\n", "\n")) == []


def test_a_council_bank_balance_is_no_grant_balance():
    text = (
        "Finance 2024/25\n\n- The Clerk gave the present credit balance as £4,120.\n"
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


# Recall: totals stated in general forms.


def test_counted_recipients_sharing_a_sum_is_the_round_total_without_a_year():
    text = (
        "Grants news\n\nSix groups will share £31,250 of capital grants including Tarn Hall which will receive £9,000.\n\n"
        "The Borough's Civic Fund will see 12 organisations share a total of £4,410 after members agreed.\n"
    )
    assert _allocations(text) == [("approved_total", 31250.0, None), ("approved_total", 4410.0, None)]


def test_a_further_sum_earmarked_for_counted_groups_is_given_out():
    text = "Grants news\n\nA further £7,000 has been earmarked for five groups which applied for a small revenue grant.\n"
    assert _allocations(text) == [("approved_total", 7000.0, None)]


def test_a_funder_confirming_the_body_its_grant_states_the_grant():
    assert _allocations(
        "Funding\n\nThe Tarnshire Violence Reduction Unit is pleased that the Home Office has this month confirmed the funding of £2.1m "
        "for the year 2025/2026.\n"
    ) == [("grant_total", 2100000.0, "2025/26")]
    assert _allocations(
        "Decision\n\nReasons: On 3 March 2024, MHCLG confirmed Safe Accommodation Duty funding for the 2025-2026 financial "
        "year of £512,300.\n"
    ) == [("grant_total", 512300.0, "2025/26")]
    assert _allocations(
        "Summary: The Home Office have now formally offered a grant of two million pounds (£2,000,000) to the Mayor of Tarnshire "
        "for the Serious Violence Grant.\n"
    ) == [("grant_total", 2000000.0, None)]


def test_a_funder_confirming_a_grant_to_another_body_is_none_of_ours():
    text = "Funding 2025/26\n\nThe Home Office has confirmed a grant of £2.4m to the regional Violence Reduction Unit.\n"
    assert _allocations(text) == []


def test_a_years_commissioning_budget_and_the_sum_for_a_named_fund():
    text = (
        "Commissioning and grants\n\n3. The 2025/26 Commissioning budget is £3,100,000 and is spent on many initiatives.\n\n"
        "4. Appendix A includes the £180,000 for the Commissioner's Early Help Fund which is a small grants fund.\n"
    )
    assert _allocations(text) == [("grant_total", 3100000.0, "2025/26"), ("grant_total", 180000.0, "2025/26")]


def test_a_years_capital_budget_is_no_grant():
    text = "Community grants\n\nThe 2025/26 capital budget is £3,100,000 for the depot.\n"
    assert _allocations(text) == []


def test_budget_available_awards_and_remaining_rows_in_one_cell_per_line():
    text = (
        "The committee considered grant applications set out below.\nRef |\nOrganisation |\nAward £ |\nG1 |\nTarn Players |\n"
        "400 |\nG2 |\nFell Friends |\n900 |\nBudget available |\n£7,200 |\nTotal awards |\n£1,300 |\nBudget remaining |\n"
        "£5,900 |\nMembers asked questions.\n"
    )
    assert _allocations(text) == [
        ("grant_total", 7200.0, None), ("approved_total", 1300.0, None), ("remaining", 5900.0, None)
    ]


def test_a_decision_to_award_a_sum_from_a_fund_is_the_approved_total():
    text = (
        "Decision notice 04/2024 – Community Funds\n\nThe Commissioner has decided to award £21,400.00 from existing community "
        "funds underspend to support local initiatives.\n"
    )
    assert _allocations(text) == [("approved_total", 21400.0, None)]


def test_money_injected_or_invested_into_counted_or_placed_recipients_is_given_out():
    assert _allocations(
        "News\n\nOver the past year, the Commissioner has injected £210,000 of seized cash into helping more than 40 "
        "organisations in the county.\n"
    ) == [("approved_total", 210000.0, None)]
    assert _allocations(
        "Community fund\n\nOver the past nine years we have invested £450,000 across Tarnshire that has helped projects.\n"
    ) == [("approved_total", 450000.0, None)]


def test_a_per_area_budget_with_its_total_across_all_areas():
    text = (
        "Grants\n\nApplications to the fund were prioritised against a £20,000 budget allocation (£80,000 across all four "
        "areas).\n"
    )
    assert _allocations(text) == [("grant_total", 80000.0, None)]


def test_a_funders_grant_offer_takes_no_year_from_the_decision_date():
    import datetime as dt

    text = "Summary: The Home Office have now formally offered a grant of £950,000 to the Mayor for the Serious Violence Grant.\n"
    result = funding.to_contract(funding.extract_funding(document(text), meeting_date=dt.date(2022, 12, 28)))
    assert [(a.kind, float(a.amount), a.financial_year) for a in result["allocations"]] == [("grant_total", 950000.0, None)]


def test_a_funders_grant_for_a_year_to_another_body_is_none_of_ours():
    text = "Other funding\n\nThe Home Office has confirmed a grant of £1.3m for 2025/26 to the Tarnshire Violence Reduction Unit.\n"
    assert _allocations(text) == []
    text = "Funding\n\nThe Home Office has confirmed funding of £300,000 for 2025/26 to support victims of fraud.\n"
    assert _allocations(text) == [("grant_total", 300000.0, "2025/26")]


def test_an_unallocated_underspend_left_after_awards_is_the_balance():
    text = (
        "Grants Panel\n\nFunding was allocated to 4 projects, totalling £30,000, leaving a large unallocated underspend "
        "of £12,400.50.\n"
    )
    assert _allocations(text) == [("approved_total", 30000.0, None), ("remaining", 12400.5, None)]


def test_budget_monitoring_rows_one_a_line_fix_their_kinds_without_a_year():
    rows = "Community grants\n\nBudget available | £8,000 |\nTotal awards | £2,750 |\nBudget remaining | £5,250 |\n"
    expected = [("grant_total", 8000.0, None), ("approved_total", 2750.0, None), ("remaining", 5250.0, None)]
    assert _allocations(rows) == expected
    assert _allocations("Ward grants\n\nBudget: £8,000\nAwarded to date: £2,750\nRemaining: £5,250\n") == [
        ("grant_total", 8000.0, None), ("approved_total", 2750.0, None), ("remaining", 5250.0, None)
    ]


def test_a_lone_budget_line_without_a_year_is_left_out():
    assert _allocations("Ward grants\n\nBudget: £8,000\n\nThe panel met twice.\n") == []


def test_one_recipient_awarded_or_a_cost_met_from_the_grant_is_no_fund():
    text = (
        "Community Grants 2024/25\n\nThe hall committee applied for £6,000 but was awarded £4,000.\n\n"
        "The scheme will cost £80,000 of which £20,000 will come from the grant.\n"
    )
    assert _allocations(text) == []


def test_the_partnership_or_collective_groups_awarded_a_sum_are_still_read():
    assert _allocations("Community Safety 2024/25\n\nThe Partnership was awarded £38,000 by the Commissioner.\n") == [
        ("grant_total", 38000.0, "2024/25")
    ]


def test_a_scheme_or_programme_without_grant_words_is_a_project_not_a_fund():
    text = (
        "News\n\nThe council has launched a £2m scheme to repair potholes across the district.\n\n"
        "The £1.2m regeneration programme will transform the high street.\n\n"
        "Fell Hospice has launched a £250,000 appeal to fund a new wing.\n\n"
        "The club's £8,000 scheme to resurface the courts has been delayed.\n"
    )
    assert _allocations(text) == []
    assert _allocations("News\n\nThe £40,000 small grants scheme opens in May.\n") == [("grant_total", 40000.0, None)]


def test_a_funders_sum_with_no_year_and_no_recipient_or_money_invested_in_a_place_is_no_grant():
    text = (
        "News\n\nThe Home Office confirmed funding of £3m for Safer Streets schemes nationally.\n\n"
        "The council has invested £2m across Tarnby in new housing.\n"
    )
    assert _allocations(text) == []
