"""Yearless fund sizes and round totals (extractors/grants/stated_totals.py), through the contract."""

from decimal import Decimal

from extractors.grants import funding
from extractors.grants.allocations import find_allocations
from extractors.grants.funding_layout import FundingLayout
from extractors.grants.stated_totals import stated_kind
from extractors.grants.stated_decisions import replaced_figure
from funding_helpers import document


def contract_allocations(text):
    result = funding.extract_funding(document(text))
    return [(a.kind, a.financial_year, a.amount) for a in funding.to_contract(result)["allocations"]]


def flags(text):
    result = funding.extract_funding(document(text))
    return [(q.check, q.result, q.stated_text) for q in result.data_quality if q.check == "unparseable_year"]


def test_yearless_fund_size_is_kept_with_a_null_year_and_flagged():
    text = "The Commissioner's Safer Villages Fund of £45,000 opened to local groups in the spring.\n"
    assert contract_allocations(text) == [("grant_total", None, Decimal("45000"))]
    assert flags(text) == [("unparseable_year", "unparseable", "£45,000")]


def test_yearless_owner_fund_and_scheme_sizes():
    assert contract_allocations("Winners of a £12,000 fund for rural halls were named today.\n") == [
        ("grant_total", None, Decimal("12000"))
    ]
    assert contract_allocations("Groups can bid for money from the £300,000 scheme until June.\n") == [
        ("grant_total", None, Decimal("300000"))
    ]
    assert contract_allocations("Extra support from partners brought the total funds available to £61,250.\n") == [
        ("grant_total", None, Decimal("61250"))
    ]


def test_yearless_round_total_a_total_of_was_awarded():
    assert contract_allocations("A total of £6,250 was awarded to nine local clubs.\n") == [
        ("approved_total", None, Decimal("6250"))
    ]


def test_yearless_total_shared_by_groups_and_given_to_counted_recipients():
    assert contract_allocations("Thirty groups have shared a total £52,400 from the Greenfold Grants scheme.\n") == [
        ("approved_total", None, Decimal("52400"))
    ]
    assert contract_allocations("Since 2016 the trust has distributed £410,500 to local initiatives across the valley.\n") == [
        ("approved_total", None, Decimal("410500"))
    ]


def test_yearless_hedged_total_is_kept_at_its_printed_amount():
    """Session 11's decision: a hedged total whose clause fixes its kind is recorded (its hedge kept in
    ``qualifier``); a sum that only will be shared out is still no payout."""
    assert contract_allocations("A total of nearly £18,000 was awarded to youth clubs.\n") == [
        ("approved_total", None, Decimal("18000"))
    ]
    assert contract_allocations("Around £30,000 will be shared out across the county's groups.\n") == []


def test_yearless_cue_without_a_stated_kind_stays_out_of_the_contract():
    text = "The panel approved eight projects, totalling £31,250.\n"
    kept = find_allocations(FundingLayout(document(text)), set())
    assert [(a.kind, a.financial_year, a.kind_stated) for a in kept] == [("approved_total", None, False)]
    assert contract_allocations(text) == []
    assert flags(text) == []


def test_a_dated_total_is_not_flagged():
    text = "A total of £6,250 was awarded to nine local clubs in 2023/24.\n"
    assert contract_allocations(text) == [("approved_total", "2023/24", Decimal("6250"))]
    assert flags(text) == []


def test_money_moved_between_budgets_is_no_allocation():
    text = (
        "That the sum of £12,300 be transferred from the small grants budget to the budget for awards "
        "to youth clubs for 2023-24.\n"
    )
    assert contract_allocations(text) == []


def test_old_figure_of_a_changed_award_is_no_allocation():
    assert replaced_figure("by increasing the allocation from", "to")
    assert not replaced_figure("a grant allocation of", "for the year")
    assert stated_kind("awarded a grant to", "for a new minibus") is None


def test_fund_size_allocated_to_the_pot_and_made_available():
    assert contract_allocations("The new round opened in May with £75,000 allocated to the pot.\n") == [
        ("grant_total", None, Decimal("75000"))
    ]
    assert contract_allocations("The Safer Lanes Fund makes £40,000 available for village projects.\n") == [
        ("grant_total", None, Decimal("40000"))
    ]


def test_round_total_seen_distributed_and_headline_awarded_to_groups():
    assert contract_allocations("This round of the fund has seen £88,120 distributed.\n") == [
        ("approved_total", None, Decimal("88120"))
    ]
    assert contract_allocations("£52,310 awarded to voluntary and community organisations from the Fund.\n") == [
        ("approved_total", None, Decimal("52310"))
    ]


def test_a_headline_given_to_counted_projects_is_left_out():
    assert contract_allocations("£2.1m given to 640 projects over the life of the fund.\n") == []


def test_round_saw_a_total_and_town_council_grants_budget_and_its_remainder():
    assert stated_kind("This funding round saw a total of", "awarded to twelve community groups") == "approved_total"
    assert stated_kind("Three groups were paid from the town's small grants budget, which this year is", "") == "grant_total"
    assert stated_kind("The remaining grants budget is", "and groups may still apply") == "remaining"
    assert stated_kind("The remaining", "was spent on repairs") is None


def test_a_fund_worth_a_figure_is_its_size():
    assert stated_kind("The Safer Lanes Fund, worth", ", will be shared by projects including") == "grant_total"
    assert stated_kind("a bid worth", "was turned down") is None
