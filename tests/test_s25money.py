"""Session 25 money rules on layouts of our own words: award lines closed by their figure after a description."""

from __future__ import annotations

from tests.test_s23money24 import _allocations, _projects

_DESCRIBED = (
    "Tarnby area committee agreed to share its community budget among local groups.\n"
    "It was agreed that the funding available would be divided as follows:\n"
    "Fellside Carers Link, a winter scheme for unpaid carers, £2400.\n"
    "The Lantern Pantry community food store, £1200.\n"
    "Hollin Valley Association for a warm space and a weekly lunch, £1800.\n"
    "Westmoor Rovers Trust's six-week walking football course, £1560.\n"
    "Kirkby School Friends Group, breakfast club. £1890.50\n"
    "Hollin Valley Association, coats for the toddler group, £300.\n"
    "Tarndale Athletic FC, new kit for the under-12 side. £1700 – remaining budget.\n"
    "Two other bids did not score enough points.\n"
)


def test_award_lines_closed_by_their_figure_after_a_description():
    assert _projects(_DESCRIBED) == [
        ("Fellside Carers Link", 2400.0, None, "approved"),
        ("The Lantern Pantry", 1200.0, None, "approved"),
        ("Hollin Valley Association", 1800.0, None, "approved"),
        ("Westmoor Rovers Trust", 1560.0, None, "approved"),
        ("Kirkby School Friends Group", 1890.5, None, "approved"),
        ("Hollin Valley Association", 300.0, None, "approved"),
        ("Tarndale Athletic FC", 1700.0, None, "approved"),
    ]


def test_described_lines_need_a_lead_and_a_title_case_name():
    assert _projects(_DESCRIBED.replace("It was agreed that the funding available would be divided as follows:\n", "")) == []
    purposes = (
        "The following grants were approved:\n"
        "Play equipment, new swings for the park, £2400.\n"
        "Hall repairs, a new roof, £1200.\n"
    )
    assert _projects(purposes) == []


def test_a_budget_the_committee_agreed_to_split_among_groups_is_its_grant_fund():
    split = "Tarnby area committee agreed to split its winter support budget of £18,400 to groups helping older residents.\n"
    assert _allocations(split) == [("grant_total", None, 18400.0)]
    one = "Tarnby area committee agreed to split its winter support budget of £18,400 with the county council.\n"
    assert _allocations(one) == []


def test_an_award_still_waiting_for_its_decision_is_recommended():
    story = (
        "Tarnby Council will decide on its community grants next week.\n\n"
        "Fellside Carers Trust, which helps older people at home looks set to receive £50,000. The Tarnby Pantry look "
        "set to receive £4,000 and if approved Hollin Village Hall will receive £7,500.\n"
    )
    assert _projects(story) == [
        ("Fellside Carers Trust", 50000.0, None, "recommended"),
        ("The Tarnby Pantry", 4000.0, None, "recommended"),
        ("Hollin Village Hall", 7500.0, None, "recommended"),
    ]


def test_figures_listed_after_grants_included_name_the_body_each_is_for():
    story = (
        "Tarnby Council approved £90,000 of community grants this year.\n\n"
        "Other grants of less than £10,000 included; £1,200 for Fellside Rugby Club for a hoist, £4,300 for a new "
        "boundary fence at Hollin Bowls Club, £2,050 for new doors in Kirkby village hall, and £900 for a ride-on mower "
        "for Tarnby Playing Fields Trust.\n"
    )
    assert _projects(story) == [
        ("Fellside Rugby Club", 1200.0, None, "approved"),
        ("Hollin Bowls Club", 4300.0, None, "approved"),
        ("Kirkby village hall", 2050.0, None, "approved"),
        ("Tarnby Playing Fields Trust", 900.0, None, "approved"),
    ]
    costs = "Typical costs included; £1,200 for a new boiler at Hollin Hall, and £900 for repairs in Kirkby.\n"
    assert _projects(costs) == []


def test_a_grant_provisionally_given_to_the_force_is_its_grant_and_the_national_fund_is_none():
    story = (
        "PCC welcomes new grant for a violence reduction unit\n\n"
        "Tarnshire Police has been provisionally granted £640,000 from the Home Office to set up a unit to prevent serious "
        "violence.\n\nThe Commissioner said the force had been successful in applying for a slice of the government’s £28m "
        "Serious Violence Fund which pays for units in areas across the country.\n"
    )
    assert _allocations(story) == [("grant_total", None, 640000.0)]
