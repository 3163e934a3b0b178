"""Helper prec28 of session 28: false facts on UK minutes and news layouts, each fixed narrowly (our own words): 'No
apologies were received from X', a 'Public:' or 'Action:' line under a present list, a place's charities, awards to
staff, and a bare list of councils' shares of a fund."""

from test_attendance_round3 import attendance_of
from test_s28news28 import _facts

from extractors.grants.project_mention import valid_name

HEAD = "Minutes of the meeting of Westby Parish Council held on Tuesday 3 March 2025 at 7.00pm in the Village Hall\n\n"
ITEMS = "\n\n1. Minutes\nThe minutes were signed as a correct record.\n"
PRESENT = [("Cllr Ann Abbey", "present"), ("Cllr Bob Barlow", "present")]


def test_no_apologies_received_from_a_member_is_no_apology():
    for line in (
        "No apologies were received from Cllr Dan Dunn.",
        "No apologies had been received from Councillor Eve Eaton or Councillor Fay Fox.",
        "There were no further apologies. No apology was received from Cllr Dan Dunn.",
    ):
        found = attendance_of("Present: Cllr Ann Abbey (Chair), Cllr Bob Barlow\n\n1. Apologies\n" + line + "\n\n2. Minutes\nApproved.\n", HEAD)
        assert found == PRESENT, (line, found)
    # An apology received is still one.
    found = attendance_of("Present: Cllr Ann Abbey (Chair), Cllr Bob Barlow\n\n1. Apologies\nApologies were received from Cllr Dan Dunn.\n", HEAD)
    assert ("Cllr Dan Dunn", "apologies") in found, found


def test_a_public_or_action_line_under_the_present_list_names_no_member():
    for line in ("Public: Gus Grey and Hal Hume", "Members of the public: Gus Grey, Hal Hume", "Press and public: 3", "Action: Clerk",
                 "Action: the Clerk – Cllr Barlow"):
        found = attendance_of("Present: Councillors Abbey, Barlow and Corrie\n" + line + "\nClerk: Ivy Innes" + ITEMS, HEAD)
        assert found == [("Councillor Abbey", "present"), ("Councillor Barlow", "present"), ("Councillor Corrie", "present"),
                         ("Ivy Innes", "in_attendance")], (line, found)


def test_a_places_charities_or_groups_are_no_recipient():
    assert not valid_name("Westby's charities")
    assert not valid_name("Ashford’s community groups")
    assert valid_name("St Mary's Youth Club")
    assert _facts("The mayor said £2,500 was given to Ashford's community groups this year.\n")[1] == []
    assert _facts("£4,000 was given to Westby's charities at the mayor's dinner.\n")[1] == []
    assert _facts("£4,000 was given to Westby Scout Group towards a new tent.\n")[1] != []


def test_awards_given_to_staff_are_no_grants():
    for lead in ("Awards were given to staff:", "Staff awards:", "Long service awards were presented to council employees:"):
        assert _facts(lead + "\nAnn Abbey – £250\nBob Barlow – £250\nCat Corrie – £100\n") == ([], []), lead
    found = _facts("Grants were given to:\nWestby Scouts – £250\nWestby Guides – £250\n")[1]
    assert [name for name, _, _ in found] == ["Westby Scouts", "Westby Guides"], found


def test_a_bare_list_of_places_shares_is_no_project_nor_grant():
    lead = "Grants were given to:\n- Westby Scouts – £150\n- Westby Guides – £175\n\n"
    for line in (
        "Councils have been handed money for repairs. Eastby Council has been granted £1.5m, Northby Council £1.2m, Southby £800,000 and Westby £500,000.\n",
        "Eastby has been given £1,500,000, Northby £1,200,000 and Southby £800,000.\n",
    ):
        allocations, projects = _facts(lead + line)
        assert allocations == [] and [name for name, _, _ in projects] == ["Westby Scouts", "Westby Guides"], (line, projects)
        assert _facts(line) == ([], []), line
    # A share printed with the scheme it pays for is still read.
    assert _facts("Eastby has been granted £1.5m to repair the harbour wall, Northby £1m for a new library.\n")[1] != []
