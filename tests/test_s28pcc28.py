"""Commissioners' grant news: a recipient named before its award ('The Academy successfully applied for £N', 'The
centre itself will receive £N' stand for the one body named before whose name ends on that kind of body), and payouts
worded as investment ('£N invested into neighbourhoods', 'has so far invested £N')."""

from tests.page_helpers import page_facts as _facts


def _projects(page: str) -> list[tuple[str, float, str]]:
    return [(p.name, p.amount, p.status) for p in _facts(page).projects]


def _allocations(page: str) -> list[tuple[str, float, str | None]]:
    return [(a.kind, a.amount, a.financial_year) for a in _facts(page).allocations]


def test_a_capital_kind_finds_the_body_named_paragraphs_before():
    page = (
        "The Commissioner visited Eastby Rowing Academy to hear how the fund had helped.\n\n"
        "The fund is paid for by the sale of goods the police could not return to their owners.\n\n"
        "The Academy successfully applied for £1,800 to buy two boats.\n"
    )
    assert [(name.split(" – ")[0], amount, status) for name, amount, status in _projects(page)] == [
        ("Eastby Rowing Academy", 1800.0, "approved")
    ]


def test_a_kind_followed_by_itself_finds_the_body_the_sentence_before_opens_on():
    page = (
        "The Tarnside-based Mill Lane Family Centre is among 12 groups funded this round.\n\n"
        "The centre itself will receive £2,100 to buy new cots.\n"
    )
    assert [name.split(" – ")[0] for name, _, _ in _projects(page)] == ["Mill Lane Family Centre"]
    assert _projects(page)[0][1:] == (2100.0, "approved")


def test_a_definite_kind_naming_nobody_before_is_no_project():
    assert _projects("Summer fun\n\nThe hub will receive £900 to run a holiday club for ten year olds.\n") == []


def test_two_bodies_of_the_same_kind_before_leave_the_award_unnamed():
    page = (
        "The Commissioner visited Eastby Boxing Academy and Westby Dance Academy last week.\n\n"
        "Both are run by volunteers from the town.\n\n"
        "The Academy successfully applied for £700 to buy mats.\n"
    )
    assert _projects(page) == []


def test_successfully_applied_for_names_an_awarded_project():
    found = _projects("Hill Top Youth Club successfully applied for £650 to run a film night.\n")
    assert [(name.split(" – ")[0], amount, status) for name, amount, status in found] == [("Hill Top Youth Club", 650.0, "approved")]


def test_money_invested_into_neighbourhoods_is_the_funds_payout():
    page = "The fund had its best year, with more grants than ever made to groups and £5,120.50 invested into neighbourhoods across Fellshire.\n"
    assert _allocations(page) == [("approved_total", 5120.5, None)]


def test_a_commissioner_who_has_so_far_invested_paid_out():
    page = "Fellshire's Commissioner has so far invested £900,000 in the current financial year to support victims of crime.\n"
    assert _allocations(page) == [("approved_total", 900000.0, None)]


def test_money_invested_in_officers_or_vehicles_is_no_payout():
    page = (
        "The Commissioner has so far invested £400,000 in 20 extra officers.\n\n"
        "A further £90,000 has been invested in new police vehicles.\n"
    )
    assert _allocations(page) == []
