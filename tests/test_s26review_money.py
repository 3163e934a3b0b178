"""Review of session 26's money rules: misfires found on probes of our own words, each narrowed."""

from __future__ import annotations

from tests.test_s23money24 import _projects

_MINUTES = "Minutes of the meeting of Eastby Parish Council held on 4 June 2024.\n\n"


def test_comma_figures_of_budget_heads_under_no_award_lead_are_no_projects():
    text = _MINUTES + (
        "8. FINANCE\n\nThe Clerk reported spend on the grant-funded youth project to date: Salaries, £8,200; Rent, "
        "£2,400; the Minibus, £900; and Insurance, £350.\n"
    )
    assert _projects(text) == []


def test_groups_to_receive_funding_are_expected_to_report_approves_nothing():
    text = (
        "Eastby Town Council Community Grants\n\nGroups to receive funding are expected to submit a monitoring form "
        "within 12 months. Applications this round:\n\nEastby Scouts £500\nWestby Bowls Club £300\n"
    )
    assert {status for *_, status in _projects(text)} == {"proposed"}


def test_a_heading_ending_for_over_a_paragraph_is_no_broken_name():
    for heading in ("Community Grants for", "Grants and"):
        names = [name for name, *_ in _projects(f"{heading}\n\nEastby Scouts has been awarded £500 towards new tents.\n")]
        assert names and all(name.startswith("Eastby Scouts") for name in names), heading


def test_a_returned_grant_line_is_no_second_award():
    text = (
        "Councillors on the Eastby area committee agreed to share their community budget of £9,000 between groups.\n"
        "It was agreed that the funding would be shared out as follows:\n"
        "Eastby Men's Shed, a new lathe for the workshop, £2750.\n"
        "Westby Youth Theatre, costumes for a summer show, £1980.\n"
        "Eastby Men's Shed, unspent grant returned to the council, £400.\n"
        "Low Fold Tenants Association for a winter warm hub, £2100.\n"
    )
    assert [amount for name, amount, *_ in _projects(text) if name.startswith("Eastby Men")] == [2750.0]


def test_a_council_awarded_money_for_a_project_is_no_grant_project():
    text = (
        "Eastby news\n\nIn 2019 £50,000 was awarded to Eastby Town Council for a project to restore the bandstand, "
        "and the work is now complete.\n"
    )
    assert [name for name, *_ in _projects(text)] != ["Eastby Town Council"]


def test_a_condition_after_the_recipient_is_no_part_of_its_name():
    """Left by review r26money (older than the day's rules): 'awarded to X subject to the Officer's approval' named
    'X subject – the Officer's approval ...', the ' to ' of the condition read as the recipient's purpose."""
    for condition in ("subject to the Finance Officer's approval of their accounts", "conditional on match funding",
                      "provided that the hall is booked"):
        text = _MINUTES + f"5. Community grants\nRESOLVED that £1,200 be awarded to Eastby Scouts {condition}.\n"
        assert [name for name, *_ in _projects(text)] == ["Eastby Scouts"], condition
