"""Session 28 regressions from the flattened-PDF-text field study (pdfcopy28): board minutes whose present list is a
roster of role labels over names, copied one line a cell or flattened into one line, and an honour after a name's
comma. Our own words, names and bodies."""

from test_attendance_round3 import attendance_of, roles_of

HEAD = "Minutes of a meeting of the Westby Local Board held in the Board Room, 5 Main Road, Westby on Tuesday, 3 March 2020 at 5.00pm.\n"
ITEMS = "\n1          Welcome\n\nThe Chairperson opened the meeting.\n\n2          Apologies\n\nThere were no apologies.\n"
ROSTER = ["Chairperson", "Ann Arkwright, JP", "Deputy Chairperson", "Bob Bellamy", "Members", "Cat Colley", "Dan Dorling"]


def test_a_roster_of_role_labels_over_one_name_a_line_is_read_with_blank_lines_or_cell_bars():
    for rows in ("\n\n".join(ROSTER), "\n".join(f"{row} |" for row in ROSTER)):
        found = attendance_of("present\n\n" + rows + "\n" + ITEMS, HEAD)
        assert {name for name, _ in found} == {"Ann Arkwright", "Bob Bellamy", "Cat Colley", "Dan Dorling"}, found
        assert all(kind == "present" for _, kind in found), found


def test_a_roster_opening_on_a_chairs_label_needs_no_present_label_and_gives_the_roles():
    roles = roles_of(HEAD + "\n".join(ROSTER) + "\n" + ITEMS)
    assert roles.get("Bob Bellamy") and roles.get("Dan Dorling", "") is None, roles


def test_a_label_after_the_members_ends_the_roster():
    # The copy lost the heading over the next list ('APOLOGIES' / 'Member' / 'Eve Eaton'): Eve is not read as present.
    found = attendance_of("present\n" + "\n".join(ROSTER) + "\nMember\nEve Eaton\n" + ITEMS, HEAD)
    assert ("Dan Dorling", "present") in found and not any("Eaton" in name for name, _ in found), found


def test_role_words_over_too_few_names_are_no_roster():
    found = attendance_of("Chairperson\nAnn Arkwright\nMembers\n" + ITEMS, HEAD)
    assert not any(kind == "present" and "Colley" in name for name, kind in found), found


def test_a_roster_flattened_into_one_line_is_read_two_words_a_name_up_to_the_running_header():
    line = (
        "Minutes of a meeting of the Westby Local Board held in the Board Room on Tuesday, 3 March 2020 at 5.00pm. PRESENT "
        "Chairperson Ann Arkwright Deputy Chairperson Bob Bellamy Members Cat Colley David Dorling, JP Emma Eaton Fay Fenwick "
        "Westby Local Board 3 March 2020 1 Welcome The Chairperson opened the meeting. 2 Apologies There were no apologies.\n"
    )
    found = attendance_of(line, "")
    assert {name for name, _ in found} == {"Ann Arkwright", "Bob Bellamy", "Cat Colley", "David Dorling", "Emma Eaton", "Fay Fenwick"}, found


def test_a_flattened_roster_leaving_a_word_over_names_nobody_run_together():
    line = (
        "Minutes of a meeting of the Westby Local Board held on Tuesday, 3 March 2020. PRESENT Chairperson Ann Arkwright "
        "Deputy Chairperson Bob Bellamy Members Cat Colley David Dorling, JP Emma Eaton Fay Fenwick Gale\n"
        "1 Welcome The Chairperson opened the meeting.\n"
    )
    found = attendance_of(line, "")
    assert not any(len(name.split()) > 3 for name, _ in found), found


def test_an_honour_after_a_names_comma_stays_with_it_and_opens_no_name():
    for text in (
        "Present:\nAnn Arkwright, JP\nBob Bellamy\nCat Colley, MBE\nDan Dorling\n",
        "Present: Ann Arkwright, JP, Bob Bellamy, Cat Colley, OBE and Dan Dorling\n",
    ):
        found = attendance_of(text + "\n1. Minutes\nThe minutes were signed.\n", HEAD)
        assert {name for name, _ in found} == {"Ann Arkwright", "Bob Bellamy", "Cat Colley", "Dan Dorling"}, found


def test_bare_names_after_an_honour_that_leave_a_word_over_are_no_name():
    # 'JP Cat Colley Dan Dorling Westby': five bare words after the honour, two words a name leaving one over.
    found = attendance_of(
        "PRESENT Ann Arkwright, JP Bob Bellamy Cat Colley, JP Dan Dorling Emma Eaton Westby and Eastby Board 1 Welcome.\n", HEAD,
    )
    assert not any(len(name.split()) > 3 for name, _ in found), found


SHIRE = "MINUTES OF THE ORDINARY MEETING OF WESTBROOK SHIRE COUNCIL HELD ON WEDNESDAY, 14 APRIL 2010 AT 6.30PM\n\n"
SIGNED = "\n\n1. Minutes\nThe minutes were signed as a correct record.\n"


def test_a_plural_title_alone_on_its_line_under_the_label_is_every_surnames():
    found = attendance_of("PRESENT\nCouncillors\nAbbey (Chairman), Barlow, Corrie and Dawlish\nNATIONAL ANTHEM\n" + SIGNED, SHIRE)
    assert found == [(f"Councillor {name}", "present") for name in ("Abbey", "Barlow", "Corrie", "Dawlish")], found


def test_a_heading_in_capitals_after_a_list_line_that_ended_ends_the_list():
    found = attendance_of("PRESENT\nCouncillors\nAbbey, Barlow and Corrie\nOPENING PRAYER\n" + SIGNED, SHIRE)
    assert ("Councillor Corrie", "present") in found and not any("PRAYER" in name for name, _ in found), found


def test_a_list_under_its_label_opening_with_the_civic_post_and_its_holder_in_brackets():
    for post in ("His Worship the Mayor", "The Mayor", "The Deputy Mayor"):
        found = attendance_of(f"PRESENT\n\n{post} (Clr Dunstan), Councillors Abbey, Barlow (from 6.40pm) and Corrie\n" + SIGNED, SHIRE)
        assert ("Clr Dunstan", "present") in found and ("Councillor Corrie", "present") in found, (post, found)
    # The same post on the label's own line.
    found = attendance_of("Present: Her Worship the Mayor (Clr Dunstan), Councillors Abbey and Barlow\n" + SIGNED, SHIRE)
    assert ("Clr Dunstan", "present") in found, found


def test_a_lone_surname_line_without_a_plural_above_opens_no_list():
    found = attendance_of("PRESENT\nAbbey, Barlow and Corrie\n" + SIGNED, SHIRE)
    assert not any(name in ("Abbey", "Barlow", "Corrie") for name, _ in found), found
