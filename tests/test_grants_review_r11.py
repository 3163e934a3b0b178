"""Session-11 review of the round 18-20 money rules (our own words): near misses that the new rules read
as facts before they were narrowed."""

from funding_helpers import funding_contract


def allocations(text: str) -> set:
    return {(a.kind, a.financial_year, a.amount) for a in funding_contract(text)["allocations"]}


def projects(text: str) -> list:
    return [(p.name, p.amount) for p in funding_contract(text)["projects"]]


def test_a_resolution_on_grant_applications_totalling_a_figure_is_no_approved_total():
    text = "3) Agree that the applications for grants received in 2024/25, totalling £120,000, be deferred.\n"
    assert allocations(text) == set()


def test_a_resolution_cutting_grants_totalling_a_figure_is_no_approved_total():
    assert allocations("1) Approve the budget for 2024/25 including a reduction in grants totalling £30,000.\n") == set()


def test_a_sum_offered_or_made_available_to_each_unit_is_no_fund():
    assert allocations("In 2024/25 the scheme is offering £500 to each successful applicant.\n") == set()
    assert allocations("In 2024/25 the council is again making £300 available to each ward member.\n") == set()
    assert allocations("In 2024/25 the budget was set with £2,000 being distributed to each parish.\n") == set()


def test_a_sum_of_grants_awarded_to_one_named_body_is_no_round_total():
    assert allocations("£500 of grants were awarded to the Tarn Angling Club in 2024/25.\n") == set()


def test_a_donation_declined_or_refused_is_no_project():
    assert projects("In 2024/25 Members declined to donate £500 to Tarn Trust.\n") == []
    assert projects("In 2024/25 Members agreed not to donate £500 to Tarn Trust.\n") == []


def test_a_later_figure_moved_to_a_council_committee_is_no_project():
    text = "In 2024/25 the panel awarded £3,000 to Tarn Rovers, and £1,200 to the Finance Committee, a committee of the council.\n"
    assert ("Finance Committee", 1200) not in projects(text)
