"""Round 26 funding probes (our own words): a press release's round total ('has awarded a total of £N to 14
projects', 'have awarded voluntary organisations £N', 'this brings the total provided ... to £N'), a council's
'agreed to allocate a total of £N', a committee's 'remaining budget for <year> is £N', awards listed as
'£N to <Name>' after words saying the funded projects include them, and no inherited year for a mention
whose section prints two different years before it."""

from __future__ import annotations

from tests.funding_helpers import funding_contract


def _result(text: str) -> dict:
    return funding_contract(text)


def _allocations(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(a.kind, float(a.amount), a.financial_year) for a in _result(text)["allocations"]]


def _projects(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(p.name, float(p.amount) if p.amount is not None else None, p.financial_year) for p in _result(text)["projects"]]


def test_has_awarded_a_total_of_to_counted_projects_is_the_round_total():
    text = "Youth grants announced\n\nCommissioner Jane Doe has awarded a total of £40,210 to 14 youth fund projects across the county.\n"
    assert _allocations(text) == [("approved_total", 40210.0, None)]


def test_have_awarded_collective_recipients_then_figure_is_the_round_total():
    text = "Grants announced\n\nThe Commissioner and the Chief Constable have awarded voluntary and community organisations £80,400 from the Property Fund.\n"
    assert _allocations(text) == [("approved_total", 80400.0, None)]


def test_a_figure_each_given_to_collective_recipients_is_no_total():
    text = "Grants announced\n\nThe Commissioner has awarded local groups £500 each from the Property Fund.\n"
    assert _allocations(text) == []


def test_a_total_of_given_to_one_named_body_is_no_round_total():
    text = "Grants announced\n\nThe Commissioner has awarded a total of £4,000 to Tarnside Rovers for new kit.\n"
    assert _allocations(text) == []


def test_brings_the_total_provided_to_is_a_running_total_without_a_year():
    text = "Grants\n\nA further £9,000 went to two clubs. This brings the total amount provided by the community fund to £120,500.\n"
    assert ("approved_total", 120500.0, None) in _allocations(text)


def test_agreed_to_allocate_a_total_of_grants_is_the_decided_total():
    text = "Grants\n\nThe council agreed to allocate a total of £41,000 in community grants.\n"
    assert _allocations(text) == [("approved_total", 41000.0, None)]


def test_remaining_budget_for_a_year_is_the_balance_of_that_year():
    text = (
        "Community Grants\n\n(a) Members are asked to note that the Committee’s remaining budget for 2019/20 is £4,120.50\n\n"
        "(b) Members are asked to consider the grant applications.\n"
    )
    assert _allocations(text) == [("remaining", 4120.5, "2019/20")]


def test_remaining_grants_budget_for_a_year_is_no_grant_total():
    text = "Community Grants\n\nThe remaining grants budget for 2019/20 is £4,120.50.\n"
    assert _allocations(text) == [("remaining", 4120.5, "2019/20")]


def test_figures_given_to_named_bodies_in_a_list_of_funded_projects_are_projects():
    text = (
        "Youth grants announced\n\nSome of the projects that are benefitting from funds this spring include: £2,150 to "
        "Tarnside Rovers Foundation to support football sessions in the town, and £1,800 to Fellgate Youth Boxing.\n"
    )
    assert _projects(text) == [("Tarnside Rovers Foundation", 2150.0, None), ("Fellgate Youth Boxing", 1800.0, None)]


def test_costs_that_include_a_figure_to_a_named_body_are_no_project():
    text = "Grants\n\nThe event costs include £900 to Tarn Hall Trust for hire of the hall.\n"
    assert _projects(text) == []


def test_a_listed_figure_to_the_council_is_no_project():
    text = "Grants\n\nProjects funded this year include £900 to the Council to repair the paths.\n"
    assert _projects(text) == []


def test_a_section_printing_two_years_gives_no_year_to_a_mention_without_one():
    text = (
        "Community Grants\n\nThe report sets out the budget for grants in 2018/19 and the budget for 2019/20.\n\n"
        "Members are asked to determine the following applications:\n\n"
        "(i) Tarn Valley Carers, £2,500, towards respite breaks\n\n"
        "(ii) Fellgate Village Hall, £4,000, towards a new roof\n"
    )
    assert {year for _, _, year in _projects(text)} == {None}


def test_a_section_printing_one_year_still_gives_it_to_its_mentions():
    text = (
        "Community Grants\n\nThe report sets out the budget for grants in 2019/20.\n\n"
        "Members are asked to determine the following applications:\n\n"
        "(i) Tarn Valley Carers, £2,500, towards respite breaks\n\n"
        "(ii) Fellgate Village Hall, £4,000, towards a new roof\n"
    )
    assert {year for _, _, year in _projects(text)} == {"2019/20"}


def test_a_lead_printing_one_year_keeps_it_though_the_paper_prints_two():
    text = (
        "Grant year end 2022/23 and allocation for 2023/24\n\n1. Year end\n\n"
        "1.1 The grant for 2022/23 was £30,000. The following projects were funded during the year:\n\n"
        "    - Safer Streets Leaflets (£4,200) - delivered in the autumn.\n"
        "    - Youth Outreach Van (£7,900) - used at six events.\n"
    )
    assert {year for _, _, year in _projects(text)} == {"2022/23"}


def test_the_full_amount_requested_is_no_allocation():
    text = (
        "Community Chest\n\nThe Committee reviewed all applications to the scheme during 2020/21.\n\n"
        "The Committee recommended that:\n\n  1. Tarn Gala (ABCDEFGH), for officers to contact the group "
        "again. If officers are satisfied, they can agree to award the grant and fund the full amount requested of £1,000\n"
    )
    assert _allocations(text) == []
