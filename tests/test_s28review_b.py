"""Review r28b of session 28's attendance and news rules: probes in our own words imitating UK layouts where the new
rules fired wrongly (a role-label roster inside an item, a flattened roster running into the next group, a capitals
line taken for a heading, money donated to one body or by others, a town centre taken for a body)."""

from test_attendance_round3 import attendance_of
from test_s28news28 import _facts

HEAD = "Minutes of the meeting of the Westford District Council Planning Committee held on Tuesday 3 March 2025 at 7.00pm\n\n"
ITEMS = "\n\n1. Minutes\nThe minutes were signed as a correct record.\n"
FLAT = "Minutes of a meeting of the Westby Local Board held in the Board Room on Tuesday, 3 March 2020 at 5.00pm. PRESENT "


def test_role_labels_over_names_inside_a_numbered_item_are_no_attendance():
    # A working group's membership under item 4, and appointments under a lead ending on a colon, are nobody present.
    for body in (
        "4. Working group\nChairman\nCllr Arkwright\nMembers\nCllr Bellamy\nCllr Colley\nCllr Dunn\n",
        "Election of officers\nRESOLVED that the following be appointed:\nChairman\nCouncillor Dan Dorling\n"
        "Vice-Chairman\nCouncillor Eve Eaton\nMembers\nCouncillor Fay Fenwick\nCouncillor Gus Grey\n",
    ):
        found = attendance_of("Present: Cllr Ann Arkwright, Cllr Bob Bellamy\n\n" + body + ITEMS, HEAD)
        assert found == [("Cllr Ann Arkwright", "present"), ("Cllr Bob Bellamy", "present")], found


def test_a_uk_roster_of_chairman_and_members_headings_is_still_read():
    roster = "Chairman\nCouncillor Ann Arkwright\nVice-Chairman\nCouncillor Bob Bellamy\nMembers\nMrs Dee Dunn-Hart\nDr Ed Eaton\n"
    for text in ("PRESENT\n\n" + roster, roster):
        found = attendance_of(text + ITEMS, HEAD)
        assert ("Mrs Dee Dunn-Hart", "present") in found and ("Dr Ed Eaton", "present") in found, found


def test_a_flattened_roster_ends_at_the_next_groups_label():
    for label in ("In Attendance", "Apologies", "Officers"):
        line = FLAT + f"Chairperson Ann Arkwright Deputy Chairperson Bob Bellamy Members Cat Colley David Dorling {label} Jo Fairlie Kay Lund\n1 Welcome.\n"
        found = attendance_of(line, "")
        assert not any(name in ("Jo Fairlie", "Kay Lund") and kind == "present" for name, kind in found), (label, found)
        assert not any("Attendance" in name or "Officers" in name for name, _ in found), found


def test_a_titled_name_in_capitals_on_its_own_line_is_no_heading_ending_the_list():
    found = attendance_of("Present: Cllr Ann Abbey (Chair), Cllr Bob Barlow\nCLLR CAT CORRIE\n" + ITEMS, HEAD)
    assert ("CLLR CAT CORRIE", "present") in found, found
    # A heading in capitals still ends the list.
    found = attendance_of("PRESENT\nCouncillors\nAbbey, Barlow and Corrie\nOPENING PRAYER\n" + ITEMS, HEAD)
    assert ("Councillor Corrie", "present") in found and not any("PRAYER" in name for name, _ in found), found


def test_money_donated_to_one_body_or_by_others_is_no_payout():
    for text in (
        "A total of £12,000 has been donated to the council by a local developer towards the new play park.\n",
        "A total of £3,500 has been donated to the town's food bank this year.\n",
        "Runners raised money for the hospice. A total of £8,400 has been donated so far by sponsors and the public.\n",
    ):
        assert _facts(text)[0] == [], text
    assert _facts("In the last three years, a total of £14,650 has been donated.\n")[0] == [("approved_total", 14650.0, None)]
    assert _facts("A total of £900 has been donated to 12 community groups.\n")[0] == [("approved_total", 900.0, None)]


def test_a_purpose_in_a_town_centre_names_no_body():
    assert _facts("The council gave £600 towards new benches in Westby Town Centre.\n") == ([], [])
    assert _facts("Cllr Carr gave £600 towards new lighting in Fellside Village Hall.\n")[1] == [("Fellside Village Hall", 600.0, "approved")]


def test_a_sum_given_to_counted_projects_stays_no_payout_while_given_to_charities_is_one():
    # 'given' joined the payout verbs for '£N was given to the county's charities'; a counted headline is still left out.
    assert _facts("£2.1m given to 640 projects over the life of the fund.\n")[0] == []
    assert _facts("More than £5,650 was given to the county's charities and clubs at the awards on Friday.\n")[0] == [
        ("approved_total", 5650.0, None)
    ]
