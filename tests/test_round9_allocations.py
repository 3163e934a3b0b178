"""Round 9: allocation precision on real layouts (our own words)."""

from funding_helpers import funding_contract


def allocations(text: str) -> list:
    result = funding_contract(text)
    return [(a.kind, a.financial_year, a.amount) for a in result["allocations"]]


def test_one_funders_share_of_a_stated_fund_is_not_the_grant_total():
    text = (
        "The Commissioner provided £60,000 of grant funding for 2023-24, with a further £15,000 from the "
        "county foundation. This means £75,000 is available for community projects.\n"
    )
    assert ("grant_total", "2023/24", 60000.0) not in allocations(text)


def test_a_budget_line_added_to_a_transfer_is_not_the_grant_total():
    text = (
        "To transfer £300,000 from the provisional grants budget for 2022/23 to the approved budget. "
        "This £300,000 plus the £25,500 already held in the grants budget for 2022/23 will provide the "
        "£325,500 needed to pay the awards.\n"
    )
    assert [a for a in allocations(text) if a[2] == 25500.0] == []


def test_a_fund_that_is_not_a_sum_of_nearby_figures_is_kept():
    text = "The Commissioner has made £45,000 of grant funding available for 2023-24 for community projects.\n"
    assert allocations(text) == [("grant_total", "2023/24", 45000.0)]


def test_a_debate_narrating_what_the_report_sought_is_not_the_approved_total():
    text = (
        "RESOLVED: That community grant awards, totalling £80,400 in revenue grants, be approved for 2024/25.\n\n"
        "The officer said the report sought approval of 11 revenue grant applications, totalling £80,000.\n"
    )
    assert allocations(text) == [("approved_total", "2024/25", 80400.0)]


def projects(text: str) -> list:
    result = funding_contract(text)
    return [(p.name, p.amount) for p in result["projects"]]


def test_the_funding_available_that_doubled_or_remains_is_the_fund():
    text = (
        "To mark five years, the funding available to apply for has doubled to £80,000.\n\n"
        "Next year the funding available for the round remains £80,000, to be shared across 16 projects.\n"
    )
    assert allocations(text) == [("grant_total", None, 80000.0)]


def test_a_total_up_for_grabs_or_available_is_the_fund():
    assert allocations("There is a total of £30,000 up for grabs for village groups.") == [("grant_total", None, 30000.0)]
    assert allocations("The scheme returns with a grand total of £45,000 available for local projects.") == [
        ("grant_total", None, 45000.0)
    ]


def test_funding_still_available_is_not_the_fund():
    assert allocations("The funding still available for the year is £4,000.") == []


def test_money_given_to_a_county_to_help_fight_crime_is_no_project():
    text = "An extra £2.1m will be given to Westshire to help fight crime and disorder, it was announced today."
    assert projects(text) == []


def test_money_awarded_to_help_keep_communities_safer_is_no_project():
    assert projects("More than £900,000 has been awarded to help keep communities safer in Westshire.") == []


def test_organisations_benefit_including_names_recipients_without_amounts_so_no_project():
    text = (
        "PCC Ann Cole has awarded £90,000 to 20 projects.\n\n"
        "The round sees several organisations benefit, including Oak Lane Youth, Fenby Foodbank, Step Up CIC, and Mossgate Boxing Club.\n"
    )
    assert projects(text) == []


def test_a_named_body_given_money_to_help_fund_a_project_is_the_project():
    assert projects("Brookside Hub has received £1,800 to help fund a project which teaches cycle safety.") == [
        ("Brookside Hub", 1800.0)
    ]
