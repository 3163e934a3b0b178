"""Session 16 project precision (our own words): money on press and PCC pages that funds no named project: a
kind or size of grant ('Small grants – up to £N', 'Large grants – £N to £M'), a round's money for counted
recipients ('Round 1 – £N awarded to 12 groups'), an aim read as a name ('£N to the ten boroughs to tackle ...'), a
list of the body's income funds, a headline made of some of the recipient's words; and a purpose that ends where
the sentence turns to another award ('... and Y received £N for ...')."""

from __future__ import annotations

from tests.funding_helpers import funding_contract, project_pairs as _projects


def test_grant_sizes_listed_with_up_to_and_a_range_are_no_projects():
    text = "Safer Villages Fund\n\nThere are two levels of grant:\n\n- Small grants – up to £1,800\n- Large grants – £1,801 to £9,000\n\nApply by 3 May.\n"
    assert _projects(text) == []


def test_an_award_of_up_to_a_figure_to_a_named_body_stays_a_project():
    text = "Grants\n\nMeanwhile, Corvale Morris Dancers was granted up to £450 towards the cost of new costumes for the summer fair.\n"
    assert [name for name, _ in _projects(text)] == ["Corvale Morris Dancers – the cost of new costumes for the summer fair"]


def test_rounds_given_to_counted_groups_are_no_projects():
    text = "Past rounds\n\n- Round 1 – £41,000 awarded to 11 groups\n- Round 2 – £57,500 awarded to 14 groups\n"
    assert _projects(text) == []


def test_money_for_counted_places_to_meet_an_aim_is_no_project():
    text = "Mayor's pledge\n\nThe Mayor has given £1.8 million to the nine districts to tackle fly-tipping. Each district will get £200,000.\n"
    assert _projects(text) == []


def test_a_list_of_income_funds_is_no_project_list():
    text = (
        "Money we receive\n\nFunding streams received by the Commissioner in 2023/24:\n\n"
        "- Ministry of Justice Victims Grant – £1,310,000\n- Home Office Safer Roads Fund – £420,000\n"
    )
    assert _projects(text) == []


def test_a_headline_made_of_some_of_the_recipients_words_does_not_name_the_award():
    text = (
        "Stalking support\n\nFunding of £120,000 has been given to the Corvale Stalking Support Service.\n"
    )
    assert _projects(text) == [("The Corvale Stalking Support Service", 120000.0)]


def test_a_purpose_ends_where_the_sentence_turns_to_another_award():
    text = (
        "Grant round\n\nThe Commissioner has named the winners. Corvale Judo Club received £6,000 to run evening classes "
        "and Brinton Wheels Trust received £9,500 for bike repairs.\n"
    )
    assert _projects(text) == [("Corvale Judo Club – evening classes", 6000.0), ("Brinton Wheels Trust – bike repairs", 9500.0)]


def test_a_body_named_with_a_verb_stays_a_project():
    text = "Grants\n\nThe awards went to\n- Support Corvale – £41,000\n- Brinton Arts – £9,000\nCllr Jo Pike, cabinet member, said:\n“We are delighted.”\n"
    result = funding_contract(text)
    assert [(p.name, float(p.amount), p.status) for p in result["projects"]] == [
        ("Support Corvale", 41000.0, "approved"), ("Brinton Arts", 9000.0, "approved"),
    ]


def test_settlements_confirmed_and_areas_receiving_funds_approve_their_lists():
    text = "Money for regions\n\nThe Government has now confirmed bus funding. Settlements were confirmed for the following areas:\n- Corvale Combined Authority £1.2bn\n- Brinton City Region £840m\n"
    result = funding_contract(text)
    assert {p.status for p in result["projects"]} == {"approved"}


def test_a_purpose_opening_on_a_year_is_no_name():
    text = "Violence unit\n\nThe Corvale Youth Safety Unit is to receive its core grant of £1.2m for 2022-23 – 30 per cent more than before.\n"
    assert _projects(text) == []


def test_spending_lines_nothing_calls_awards_are_no_projects():
    text = "Budget 2025/26\n\nThe Commissioner's budget will fund these priorities:\n\n- Rural patrols – £380,000\n- Road safety – £240,000\n"
    assert _projects(text) == []


def test_recipient_named_lines_stay_projects_without_award_words():
    text = "Ward budget\n\nFunding requests this quarter:\n\n- Brinton Bowls Club – £1,200\n- Mr K Dale – £450\n"
    assert _projects(text) == [("Brinton Bowls Club", 1200.0), ("Mr K Dale", 450.0)]


def test_kinds_of_recipient_in_lower_case_are_no_projects():
    text = "Community Fund\n\nLast year the fund supported:\n- Sports projects – £41,000\n- Youth clubs – £28,000\n"
    assert _projects(text) == []


def test_money_for_the_force_or_the_commissioners_own_units_is_no_project():
    text = "Drones\n\n£64,000 has been given to Corvale Constabulary for two drones.\n"
    assert _projects(text) == []
    text = "Mentoring\n\nThe Commissioner has allocated £0.9m to the Corvale Violence Reduction Unit for its mentoring programme.\n"
    assert _projects(text) == []


def test_an_applicant_and_its_project_in_a_row_stay_a_project_without_award_words():
    text = "Applicant | Project | Amount\nBrinton Food Bank | Winter hampers | £2,100\n"
    assert _projects(text) == [("Brinton Food Bank – Winter hampers", 2100.0)]


def test_an_item_named_by_its_first_sentence_under_an_approving_lead():
    text = (
        "Mayoral priorities\n\nThe authority has approved Mayoral Investment Fund money for six areas of work. A breakdown of funds approved:\n"
        "- Cycle routes. Working with both councils to design three routes between the market towns. £180,000 in 2024/25.\n"
        "- Skills plan. A new officer will scope a plan for adult skills across the region. £240,000 from 2024/25 – 2026/27.\n"
    )
    result = funding_contract(text)
    assert [(p.name, float(p.amount), p.financial_year) for p in result["projects"]] == [
        ("Cycle routes", 180000.0, "2024/25"), ("Skills plan", 240000.0, None),
    ]


def test_an_item_named_by_its_first_sentence_needs_an_approving_lead_and_one_figure():
    text = (
        "Grants\n\nTO DISCUSS GRANT REQUESTS FROM THESE LOCAL GROUPS.\n\n"
        "a) Brinton Museum. Annual grant normally £900. Request for £1,800 this year.\n\n"
        "b) Corvale Red Cross. Request for £700. Accounts available.\n"
    )
    assert _projects(text) == []


def test_an_award_verb_before_the_figure_is_no_part_of_the_name():
    text = "Community Fund winners\n\nThe following groups were awarded funding:\n\n- Brinton Judo Club: £2,500 for mats\n- Corvale Youth Project received £1,800\n"
    assert [name for name, _ in _projects(text)] == ["Brinton Judo Club", "Corvale Youth Project"]
