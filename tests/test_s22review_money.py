"""Review of session 22's money rules on other bodies' ordinary papers (our own words): each test is a probe where
a new rule gave a wrong fact the rules before it did not."""

from __future__ import annotations

from tests.funding_helpers import funding_contract


def _result(text: str) -> dict:
    return funding_contract(text)


def _projects(text: str) -> list[tuple]:
    return [(p.name, float(p.amount), p.status) for p in _result(text)["projects"]]


def _allocations(text: str) -> list[tuple]:
    return [(a.kind, float(a.amount)) for a in _result(text)["allocations"]]


def test_will_fund_after_a_condition_is_no_award():
    text = (
        "Eastby Council bids for youth money\nThe Council has been awarded £500,000 for town centre works.\n"
        "If a second bid succeeds, an additional £60,000 will fund the Youth Outreach programme in the town.\n"
    )
    assert ("Youth Outreach programme", 60000.0, "approved") not in _projects(text)


def test_will_fund_subject_to_approval_is_no_award():
    text = (
        "Eastby Community Safety Partnership report\n\nLast year the Partnership was awarded £200,000 by the Home Office.\n\n"
        "This year, subject to Cabinet approval, a sum of £40,000 will fund the Street Pastors scheme, which will run until March.\n"
    )
    assert ("Street Pastors scheme", 40000.0, "approved") not in _projects(text)


def test_rounded_total_is_not_moved_to_a_round_figure_for_another_year():
    text = (
        "Eastby Community Fund 2024\nA total of £2.5m has been awarded to 120 groups this year. "
        "Last year the fund awarded £2,460,000 to 98 groups.\n"
    )
    assert ("approved_total", 2460000.0) not in _allocations(text)
    text = "Eastby Community Fund 2024\nA total of £2.46m has been awarded to 120 groups this year, up from £2,455,000 last year.\n"
    assert ("approved_total", 2455000.0) not in _allocations(text)


def test_rounded_budget_is_not_moved_to_another_budget_line():
    text = (
        "Eastby grants report\nThe Council has set aside £1.2m for community grants in 2024/25. "
        "The capital programme for 2024/25 is £1,150,000.\n"
    )
    assert [a for a in _allocations(text) if a[0] == "grant_total"] == [("grant_total", 1200000.0)]


def test_partnership_winning_a_prize_has_no_grant_total():
    text = "Eastby news\n\nThe Eastby Community Safety Partnership has won £1,000 as the runner-up prize at the national awards evening.\n"
    assert ("grant_total", 1000.0) not in _allocations(text)
    assert _allocations(text.replace("£1,000 as the runner-up prize at", "£100,000 of Home Office funding after")) == [
        ("grant_total", 100000.0)
    ]


def test_date_printed_below_the_grants_dates_no_current_year():
    text = (
        "Eastby Community Grants\nDuring the current financial year the council has agreed the following grants:\n"
        "Eastby Scouts: £800\nWestby Youth Club: £350\nPage last reviewed\n3 May 2025\n"
    )
    assert [p.financial_year for p in _result(text)["projects"]] == [None, None]
    above = "Eastby Community Grants\n3 May 2025\n" + text.split("\n", 1)[1].replace("Page last reviewed\n3 May 2025\n", "")
    assert [p.financial_year for p in _result(above)["projects"]] == ["2025/26", "2025/26"]


def test_awards_distributed_approves_only_the_list_it_leads():
    lists = "Eastby Scouts: £800\nWestby Youth Club: £350\n"
    for lead in (
        "No awards have been distributed yet this year; the panel meets in June to consider:\n",
        "Last year awards have been distributed to 40 groups. This year the following bids are under consideration:\n",
    ):
        assert "approved" not in {status for *_, status in _projects("Community Chest update\n" + lead + lists)}
    assert {status for *_, status in _projects("Community Chest\nIn this round, awards have been distributed to:\n" + lists)} == {"approved"}
