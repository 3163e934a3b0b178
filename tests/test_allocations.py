import datetime as dt
from decimal import Decimal

import pytest

from conftest import CORPUS
from extractors.grants.allocations import find_allocations
from extractors.grants.funding_layout import FundingLayout
from funding_helpers import document
from pipeline.read import parse_file


def allocations(text, **layout):
    return [(a.kind, a.financial_year, a.amount) for a in find_allocations(FundingLayout(document(text), **layout), set())]


def test_grant_and_pots_in_one_sentence_each_get_their_own_clause():
    text = (
        "3.0 Community Safety Fund 2024/25\n\n"
        "3.1 The Commissioner has confirmed a grant allocation of £52,000 for 2024/25. "
        "£35,000 is allocated for upfront projects with the remaining £17,000 being held in a tactical pot.\n"
    )
    assert allocations(text) == [
        ("grant_total", "2024/25", Decimal("52000")),
        ("upfront_pot", "2024/25", Decimal("35000")),
        ("tactical_pot", "2024/25", Decimal("17000")),
    ]


def test_balances_moves_and_underspends():
    text = (
        "Funding 2023-24\n\n"
        "The partnership's upfront spending of £20,500 was approved. The unspent upfront money of £1,500 was "
        "transferred to the tactical pot, leaving £9,000 for in-year bids. There will be around £400 left in the "
        "tactical pot. At year end an underspend of £312.50 was returned to the Office of the PCC.\n"
    )
    assert allocations(text) == [
        ("upfront_approved", "2023/24", Decimal("20500")),
        ("moved_to_tactical", "2023/24", Decimal("1500")),
        ("remaining", "2023/24", Decimal("9000")),
        ("remaining", "2023/24", Decimal("400")),
        ("underspend", "2023/24", Decimal("312.50")),
    ]


def test_money_outside_the_grant_is_not_an_allocation():
    text = (
        "The total Police & Crime budget I hold is £568.5m for 2026/27. The future is challenging with £40m of "
        "savings needed. Maintain a minimum buffer of approximately £12k in the reserves. "
        "Repeal the £200 threshold for shoplifting. The venue cost £450 and tickets were free.\n"
    )
    assert allocations(text) == []


def test_relative_year_resolved_against_the_meeting_date():
    import datetime as dt

    text = "This financial year the partnership received approval for eight projects, totalling £31,250.\n"
    assert allocations(text, meeting_date=dt.date(2025, 2, 12)) == [("approved_total", "2024/25", Decimal("31250"))]
    assert allocations(text) == [("approved_total", None, Decimal("31250"))]


def test_a_figure_read_as_a_project_is_not_also_an_allocation():
    layout = FundingLayout(document("The PCC allocated £5,000 grant funding to the youth club.\n"))
    claimed = {layout.amounts[0].start}
    assert find_allocations(layout, claimed) == []


def test_repeated_statement_is_one_allocation_with_both_places():
    text = (
        "Grant 2025/26\n\nThe funding allocation for 2025/26 remained the same (£39,000).\n\n"
        "Minutes\n\nThe funding allocation for 2025/26 was £39,000.\n"
    )
    (only,) = find_allocations(FundingLayout(document(text)), set())
    assert only.kind == "grant_total" and len(only.also_stated_at) == 1


@pytest.mark.parametrize("stem", ["000_3640f8d8de4eb426", "002_be77506d490d4968"])
def test_sample_allocations_carry_provenance_into_the_text(stem):
    doc = parse_file(CORPUS / f"{stem}.txt")
    found = find_allocations(FundingLayout(doc), set())
    assert found
    for allocation in found:
        span = allocation.provenance
        assert doc.text[span.start : span.end] == span.text == allocation.amount_text
        assert span.extractor == "allocations"


def test_police_budget_grant_and_precept_figures_are_not_allocations():
    text = (
        "The net revenue budget for 2024/25 is £412.6m, of which the police grant is £231.9m. "
        "The Band D precept rises by £13 to £287.43 in 2024/25.\n"
    )
    assert allocations(text) == []


def test_a_budget_that_stands_at_a_figure_is_not_a_remaining_balance():
    assert allocations("The Partnership's budget for 2024/25 stands at £20,000 this year.\n") == []


def test_amount_placed_in_the_upfront_pot_is_the_pot_even_when_projects_are_agreed_later():
    text = (
        "The grant for 2024/25 is £42,000. 70% of the grant (£29,400) is allocated to upfront projects agreed "
        "at the start of the year, and 30% (£12,600) is held in a tactical pot for in-year bids.\n"
    )
    assert allocations(text) == [
        ("grant_total", "2024/25", Decimal("42000")),
        ("upfront_pot", "2024/25", Decimal("29400")),
        ("tactical_pot", "2024/25", Decimal("12600")),
    ]


def test_an_award_restated_as_the_grant_is_not_the_years_grant():
    layout = FundingLayout(document("Financial implications 2024/25\n\nThe grant of £4,750 will be met from the fund.\n"))
    assert find_allocations(layout, set(), frozenset({Decimal("4750")})) == []
    assert [a.kind for a in find_allocations(layout, set())] == ["grant_total"]


def test_total_row_of_an_approved_table_is_the_approved_total_with_or_without_pound_signs():
    approved = (
        "Projects 2023/24\n\nThe Board agreed the following allocations:\n\n"
        "Scheme | Delivered by | Amount (£)\nYouth Football | Town FC | 8,000\nTotal |  | 15,850.50\n"
    )
    assert allocations(approved) == [("approved_total", "2023/24", Decimal("15850.50"))]
    listed = approved.replace("agreed the following allocations", "received the following bids")
    assert allocations(listed) == []


def test_comparison_years_leave_the_heading_year_to_the_figures():
    text = (
        "Safer Town Fund 2025/26\n\n"
        "The Commissioner's grant to the Partnership is £30,000, compared with 2024/25 a small rise. "
        "As last year, £7,000 is held in the tactical pot.\n"
    )
    assert allocations(text, meeting_date=dt.date(2025, 5, 1)) == [
        ("grant_total", "2025/26", Decimal("30000")),
        ("tactical_pot", "2025/26", Decimal("7000")),
    ]


def test_remainder_left_in_the_other_pot_and_percentage_splits_are_pots():
    text = (
        "Grant 2025/26\n\n"
        "The Board keeps £5,000 as a tactical pot, leaving £15,000 in the upfront pot for agreed projects. "
        "Next year 75% (£15,000) will be placed in the upfront pot and 25% (£5,000) in the tactical pot.\n"
        "After two awards, leaving £2,000 in the tactical pot.\n"
    )
    assert allocations(text) == [
        ("tactical_pot", "2025/26", Decimal("5000")),
        ("upfront_pot", "2025/26", Decimal("15000")),
        ("remaining", "2025/26", Decimal("2000")),
    ]


def test_money_outside_the_partnership_grant_is_no_allocation():
    text = (
        "Funding 2025/26\n\n"
        "The Partnership Fund for 2025/26 is £25,000. The Home Office has confirmed a grant of £2.4m to the "
        "regional Violence Reduction Unit. The Youth Endowment grant of £90,000 is held by the county council. "
        "The coordinator post is funded separately by the Council at £39,000 and is not met from the grant. "
        "Lighting approved by Cabinet (£120,000) is reported separately. Our bid to the Ministry of Justice "
        "for £60,000 was unsuccessful.\n"
    )
    assert allocations(text) == [("grant_total", "2025/26", Decimal("25000"))]


def test_grant_named_by_its_funder_and_money_committed_to_projects():
    text = (
        "Budget 2025/26\n\n"
        "The borough's allocation from the Mayor's Office for Policing and Crime is £140,000. "
        "The Commissioner awarded the Partnership £12,000, of which £9,000 has been allocated to the projects "
        "agreed in June and £3,000 is kept in the tactical fund.\n"
    )
    assert allocations(text) == [
        ("grant_total", "2025/26", Decimal("140000")),
        ("grant_total", "2025/26", Decimal("12000")),
        ("upfront_approved", "2025/26", Decimal("9000")),
        ("tactical_pot", "2025/26", Decimal("3000")),
    ]


def test_total_row_of_a_space_aligned_table_the_board_approved():
    text = (
        "Projects 2025/26\n\n"
        "The Board approved the schemes below.\n\n"
        "Scheme                 Lead              Amount      Status\n"
        "Bus Station Wardens    Metro Patrols     £4,100      Ongoing\n"
        "Total                                    £4,100\n"
    )
    assert allocations(text) == [("approved_total", "2025/26", Decimal("4100"))]
