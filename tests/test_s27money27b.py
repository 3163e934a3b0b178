"""Project layouts of session 27, second round (our own words): award bullets and prose on funding news pages."""

from __future__ import annotations

from tests.funding_helpers import funding_contract


def _projects(text: str) -> list[tuple]:
    result = funding_contract(text)
    return [(p.name, float(p.amount) if p.amount is not None else None, p.status) for p in result["projects"]]


def test_a_bullets_verb_after_the_name_is_no_part_of_it():
    text = (
        "The panel met last week and the following awards have been made:\n\n"
        "- Millbeck Youth Arts, which received £4,500 to run drama workshops\n"
        "- Harrow Lane Boxing Academy, granted £3,800 for a mentoring course\n"
        "- Northgate Family Hub, which has been given £5,000 towards a youth worker\n"
        "- Kestrel Football Foundation was awarded £3,000 to open its pitches\n"
    )
    assert _projects(text) == [
        ("Millbeck Youth Arts", 4500.0, "approved"),
        ("Harrow Lane Boxing Academy", 3800.0, "approved"),
        ("Northgate Family Hub", 5000.0, "approved"),
        ("Kestrel Football Foundation", 3000.0, "approved"),
    ]


def test_an_aside_before_the_relative_verb_is_cut_with_it():
    text = (
        "The following grants have been awarded:\n\n"
        "- Tarn Scouts, based in Eastby, which received £400 for tents\n"
        "- Eastby Cricket Club, allocated £650 for new nets\n"
    )
    assert _projects(text) == [("Tarn Scouts", 400.0, "approved"), ("Eastby Cricket Club", 650.0, "approved")]


def _years(text: str) -> list[tuple]:
    result = funding_contract(text)
    return [(p.name.split(" – ")[0], p.financial_year) for p in result["projects"]]


def test_a_calendar_year_in_the_awards_sentence_takes_no_grant_year_from_above():
    text = (
        "The property fund amounts to £12,000 in 2026/27.\n\n"
        "Members agreed to donate £6,000 to the Tarnshire Community Foundation.\n\n"
        "Groups to receive funding already in 2027 include Eastby Judo Club which received £900 to buy mats.\n"
    )
    assert _years(text) == [("Tarnshire Community Foundation", "2026/27"), ("Eastby Judo Club", None)]


def test_an_appositive_after_the_recipient_and_its_acronym():
    text = (
        "Groups share grants from the community fund.\n\n"
        "Westford Carers Network (WCN), the county's largest carers' charity, has been given a grant of £3,750 which will pay for trips.\n"
    )
    assert _projects(text) == [("Westford Carers Network (WCN)", 3750.0, "approved")]


def test_an_appositive_naming_a_council_is_no_recipients_aside():
    text = "Groups share grants from the community fund.\n\nTarnside, the borough council, has been given a grant of £60,000.\n"
    assert [p for p in _projects(text) if p[0] == "Tarnside"] == []


def test_a_hedged_figure_for_a_numbered_name_with_its_kind_noun():
    text = "Groups share grants from the community fund.\n\nIn Eastby, the 3 Rivers Rowing organisation has benefited from almost £6,200 to run sessions.\n"
    assert _projects(text) == [("3 Rivers Rowing", 6200.0, "approved")]


def test_a_hedged_figure_with_no_recipient_before_it_is_no_project():
    text = "Groups share grants from the community fund.\n\nThe fund has now given out almost £60,000 to local groups.\n"
    assert _projects(text) == []


def test_award_lines_each_over_a_few_lines_saying_what_for():
    text = (
        "The following bids were successful:\n"
        "Harbour Light Trust – £18,000\n"
        "Funding has been awarded to run knife crime sessions in schools.\n"
        "Eastby Community Sports – £8,100\n"
        "The money will carry on the weekly evening football sessions.\n"
    )
    assert _projects(text) == [("Harbour Light Trust", 18000.0, "approved"), ("Eastby Community Sports", 8100.0, "approved")]


def test_a_description_line_that_refuses_ends_the_award_lines():
    text = (
        "The following bids were successful:\n"
        "Harbour Light Trust – £18,000\n"
        "The second bid below was not funded by the panel this time.\n"
        "Eastby Community Sports – £8,100\n"
    )
    assert ("Eastby Community Sports", 8100.0, "approved") not in _projects(text)
