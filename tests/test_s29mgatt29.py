"""Session 29 attendance regressions from the council, panel and board field study (mgatt29): Northern Irish council
minutes that print their present list in titled groups ('Aldermen', 'Councillors'), with a dash after the group's
title or run on in one line, and a chair's line naming the post before the councillor. Our own words, names and bodies."""

from test_attendance_round3 import attendance_of

HEAD = "Minutes of the Monthly Meeting of Rivermoor Borough Council held on Monday 9 March 2026 at 6.30 pm\n\n"
ITEMS = "\n\n1 PRAYER AND WELCOME\n\nThe Mayor welcomed all present to the meeting.\n"


def test_a_dash_after_a_group_title_reads_as_its_colon():
    # 'Aldermen – B Ashe, ...': the first name is no role of the title, and 'Councillors – ...' on the next paragraph
    # opens the councillors' group.
    found = attendance_of(
        "Members Present : Aldermen – B Ashe, C Boyd and E Doak\n\nCouncillors – F Ennis, G Foy and M Kerr" + ITEMS, HEAD,
    )
    assert {("Alderman B Ashe", "present"), ("Alderman E Doak", "present"), ("Councillor F Ennis", "present"),
            ("Councillor M Kerr", "present")} <= set(found), found
    assert not any("Aldermen" in name for name, _ in found), found


def test_a_parish_group_title_before_a_dash_keeps_its_names_bare():
    # 'Parish Councillors – E Farrant (Ed)': a tier's title before the dash is a post label, read as before.
    found = attendance_of("Present:\nChairman – A Quenby\nParish Councillors – E Farrant, G Hulme" + ITEMS, HEAD)
    assert ("E Farrant", "present") in found, found


def test_the_chair_line_may_print_the_post_before_the_councillor_in_brackets():
    found = attendance_of("In the Chair : Mayor (Councillor K Dornan)\n\nMembers Present : Councillors F Ennis and G Foy" + ITEMS, HEAD)
    assert ("Councillor K Dornan", "present") in found, found
    assert ("Councillor F Ennis", "present") in found, found


def test_titled_groups_run_on_in_one_line_part_at_each_group_title():
    # A document mirror's run-on text: 'Deputy Mayor Councillor R Shaw Aldermen S Todd, ... and W Young Councillors A Agnew'.
    found = attendance_of(
        "PRESENT: The Right Worshipful the Mayor Councillor P Quail Deputy Mayor Councillor R Shaw Aldermen S Todd, "
        "T Usher MBE and W Young Councillors A Agnew, B Barr and F Nesbitt IN ATTENDANCE: Chief Executive Member "
        "Services Officer Commencement of the Meeting The Mayor welcomed those present." + ITEMS, HEAD,
    )
    for name in ("Councillor P Quail", "Councillor R Shaw", "Alderman S Todd", "Alderman T Usher MBE", "Alderman W Young",
                 "Councillor A Agnew", "Councillor F Nesbitt"):
        assert (name, "present") in found, (name, found)
    assert not any("Aldermen" in name or "Councillors" in name for name, _ in found), found


def test_a_group_title_in_prose_after_a_name_is_left_alone():
    # An apologies sentence: 'from Alderman S Todd and Councillors A Agnew and B Barr' parts on 'and' as before.
    found = attendance_of("Apologies for absence were received from Alderman S Todd and Councillors A Agnew and B Barr." + ITEMS, HEAD)
    assert {("Alderman S Todd", "apologies"), ("Councillor A Agnew", "apologies"), ("Councillor B Barr", "apologies")} <= set(found), found


def test_a_meeting_page_status_with_a_comma_before_as_substitute_is_present():
    # ModernGov's 'Present, as substitute' (and ', virtual' after it), beside 'Present as substitute' and 'Apologies, sent substitute'.
    table = (
        "| Attendee | Role | Attendance | Attendance comment |\n|---|---|---|---|\n"
        "| Councillor Cat Cole | Committee Member | Apologies, sent substitute | |\n"
        "| Councillor Dan Dole | Substitute | Present, as substitute | |\n"
        "| Councillor Fay Ford | Substitute | Present, as substitute, virtual | |\n"
        "| Councillor Gil Gray | Substitute | Present as substitute | |\n"
    )
    found = attendance_of(table, "Attendance details\n\n")
    assert {("Councillor Cat Cole", "apologies"), ("Councillor Dan Dole", "present"), ("Councillor Fay Ford", "present"),
            ("Councillor Gil Gray", "present")} <= set(found), found
    # Printed with single spaces, one row a line.
    found = attendance_of("Attendee Role Attendance\nCouncillor Dan Dole Substitute Present, as substitute\n", "Attendance details\n\n")
    assert ("Councillor Dan Dole", "present") in found, found
