"""Grants named in news stories and blog posts (session 28, our own words): ward members' grants, award lists under a
past-tense lead, recipients with an aside on where they are based, figure-first award paragraphs."""

from __future__ import annotations

from extractors.grants.figure_roles import named_body_after
from extractors.grants.project_mention import valid_name
from extractors.grants.project_status import status_of_context
from tests.funding_helpers import funding_contract


def _facts(text: str) -> tuple[list[tuple], list[tuple]]:
    result = funding_contract(text)
    allocations = [(a.kind, float(a.amount), a.financial_year) for a in result["allocations"]]
    projects = [(p.name.split(" – ")[0], float(p.amount), p.status) for p in result["projects"]]
    return allocations, projects


def test_a_line_read_up_to_its_figure_that_ends_on_the_givers_verb_names_no_recipient():
    assert not valid_name("Cllr Brook provided")
    assert not valid_name("Cllr Carr gave")
    assert not valid_name("The Mayor donated")
    assert valid_name("Tarn Provident Society")
    text = (
        "Schemes funded so far include:\n"
        "* Cllr Brook provided £350 to the Millbeck Allotment Society to buy a water tank\n"
        "* Cllr Carr gave £600 towards new lighting in Fellside Village Hall.\n"
        "* Cllr Ely gave £300 to Harbour Bowls Club towards new mats.\n"
    )
    assert _facts(text)[1] == [
        ("Millbeck Allotment Society", 350.0, "approved"),
        ("Fellside Village Hall", 600.0, "approved"),
        ("Harbour Bowls Club", 300.0, "approved"),
    ]


def test_a_purpose_at_a_named_body_is_that_bodys_award_not_a_total():
    text = (
        "In Eastfield ward, Councillors Ann Rowe, Carl Dunn and Bea Marsh agreed to give £2,400 towards a reading "
        "project at Eastfield Junior Academy, through the devolved budget.\n"
    )
    assert _facts(text) == ([], [("Eastfield Junior Academy", 2400.0, "approved")])
    assert named_body_after(" towards a reading project at Eastfield Junior Academy, through the budget.")
    assert not named_body_after(" towards new play equipment in Hawkley.")
    assert not named_body_after(" towards a project at the Small Grants Scheme.")


def test_a_recipient_based_somewhere_is_named_before_the_aside():
    text = (
        "Tarnby Harriers Athletic Club, based at Millbeck Park, was awarded £2,000 from the community fund towards new "
        "changing rooms.\n\n"
        "Wren Community Pantry, based in Eastby, received £1,250 from the fund to buy a chest freezer.\n"
    )
    assert _facts(text)[1] == [
        ("Tarnby Harriers Athletic Club", 2000.0, "approved"),
        ("Wren Community Pantry", 1250.0, "approved"),
    ]


def test_leads_saying_the_awards_were_given_or_made_approve_their_lists():
    assert status_of_context("Awards were given to:")[0] == "approved"
    assert status_of_context("My Locality Grant for this year is £10,000 and I have already made several awards:")[0] == "approved"
    assert status_of_context("We have made the following grants:")[0] == "approved"
    assert status_of_context("Applications were given to the panel:")[0] != "approved"
    text = "Awards were given to:\nEastby Riding for the Disabled - £1500\nFellside Youth Band - £750\n"
    assert _facts(text)[1] == [
        ("Eastby Riding for the Disabled", 1500.0, "approved"),
        ("Fellside Youth Band", 750.0, "approved"),
    ]


def test_figure_first_award_paragraphs_with_a_relative_clause_after_the_name():
    text = (
        "I have already made several awards:\n\n"
        "£350 to Tarnby Swimming Club which ran the school pool for four weeks over the summer.\n\n"
        "£1,200 to Fellside Parish Council towards replacing the rotten floor in the village hall.\n"
    )
    assert _facts(text)[1] == [
        ("Tarnby Swimming Club", 350.0, "approved"),
        ("Fellside Parish Council", 1200.0, "approved"),
    ]


def test_money_given_to_many_at_an_awards_evening_is_what_was_given_out():
    text = "More than £5,650 was given to the county's charities and clubs at the Harbour Brewery Awards on Friday.\n"
    assert _facts(text)[0] == [("approved_total", 5650.0, None)]
    assert _facts("More than £5,650 was given to Tarn Rovers at the awards on Friday.\n")[0] == []


def test_a_dash_bullet_whose_purpose_holds_commas_is_named_by_its_head():
    text = (
        "The successful bids to the Mayor's Fund were:\n"
        "- Kestrel FC, help with keeping the club going by covering pitch fees, new kit, and hire costs – £200;\n"
        "- 5th Tarnby St Mark's Brownies and Guides, to support the programme, recruit girls and print handbooks – £200;\n"
        "- Little Acorns, to buy sensory toys – £150;\n"
    )
    assert [(name.split(",")[0], amount) for name, amount, _ in _facts(text)[1]] == [
        ("Kestrel FC", 200.0), ("5th Tarnby St Mark's Brownies and Guides", 200.0), ("Little Acorns", 150.0),
    ]
    # no dash before the figure, or no purpose after the comma: the line is not read this way
    assert _facts("The grants agreed were:\n- Tarn Hall, Mill Lane, roof, gutters and doors £200;\n")[1] == []


def test_winning_bids_totalling_and_a_total_donated_over_years_are_what_was_given_out():
    text = (
        "Among the winning bids, totalling £2,000, were Tarnby Guides, Little Acorns and Keep Eastby Tidy.\n\n"
        "In the last three years, a total of £14,650 has been donated.\n"
    )
    assert _facts(text)[0] == [("approved_total", 2000.0, None), ("approved_total", 14650.0, None)]
    assert _facts("In March a total of £650 has been donated to the Tarn Hospice.\n")[0] == []


def test_counted_groups_set_to_share_a_sum_before_the_decision_share_the_fund():
    text = " date 2027-05-02 Twenty groups in Tarnby are set to share a £300,000 windfall after a one-off grants round.\n"
    assert _facts(text)[0] == [("grant_total", 300000.0, None)]
    assert _facts("Twenty groups in Tarnby will share £300,000 after the grants round.\n")[0] == []
