"""Round 24 attendance classes: a list whose bracket after a role is never closed, and fragments of posts and
organisations glued or run into a list read as names. Our own words, names and bodies."""

from test_attendance_round3 import attendance_of

HEAD = "Minutes of the meeting of Ashby Harbour Trust held on 4th March 2024 at 7.30pm\n\n"
PAGE = "Agenda and minutes\n\nFull Council - Thursday, 7th March, 2024 6.00 pm\n\nItems\nNo. Item\n\n"


def test_unclosed_bracket_after_a_role_keeps_the_later_names():
    text = "Present: R. Lowe (Chair; K. Fenn (Vice-Chair); D. Quayle; M. Birtles (Treasurer); S. Hobday.\n\n1. Apologies: P. Vane\n"
    assert attendance_of(text, HEAD) == [
        ("R. Lowe", "present"),
        ("K. Fenn", "present"),
        ("D. Quayle", "present"),
        ("M. Birtles", "present"),
        ("S. Hobday", "present"),
        ("P. Vane", "apologies"),
    ]


def test_unclosed_bracket_in_a_comma_list():
    text = "Present: Cllr A Tait (Chairman, Cllr B Rudd, Cllr C Pell and Cllr D Gaunt.\n\n1. Welcome\n"
    assert attendance_of(text, HEAD) == [
        ("Cllr A Tait", "present"),
        ("Cllr B Rudd", "present"),
        ("Cllr C Pell", "present"),
        ("Cllr D Gaunt", "present"),
    ]


def test_balanced_nested_brackets_stay_one_entry():
    text = "Present: Cllr A Tait (Chair (acting), Cllr B Rudd (Vice-Chair) and Cllr C Pell.\n\n1. Welcome\n"
    assert attendance_of(text, HEAD) == [("Cllr A Tait", "present"), ("Cllr B Rudd", "present"), ("Cllr C Pell", "present")]


def test_post_glued_to_its_organisation_is_no_name():
    text = PAGE + "1.\n\nApologies\n\nMinutes:\n\nApologies were received from Councillor Ann Loder, Tom Birtles, Co-opteeEastfield & Northgate Forum and Sergeant Jo Quayle, North Vale Community Safety Team Sergeant (NST).\n\n2.\n\nMinutes\n"
    assert attendance_of(text) == [
        ("Councillor Ann Loder", "apologies"),
        ("Tom Birtles", "apologies"),
        ("Sergeant Jo Quayle", "apologies"),
    ]


def test_bare_words_running_into_a_team_name_are_no_pair_of_names():
    text = "Present: Ann Lee, Bob Roe, West Outer Neighbourhood Policing Team Leader.\n\n1. Welcome\n"
    assert attendance_of(text, HEAD) == [("Ann Lee", "present"), ("Bob Roe", "present")]


def test_bare_names_one_after_another_are_still_read_in_pairs():
    text = "BOARD MINUTES held at Ashby Hall on 3rd May 2006 at 1.30pm PRESENT Ada Birch Cole Dean Gus Hale Ivo Lund Apologies: Mo Nash Ola Peel Minutes of Last Meeting 1. Approved.\n"
    assert attendance_of(text, HEAD) == [
        ("Ada Birch", "present"), ("Cole Dean", "present"), ("Gus Hale", "present"), ("Ivo Lund", "present"),
        ("Mo Nash", "apologies"), ("Ola Peel", "apologies"),
    ]


def test_cllrs_heading_opening_the_minutes_lists_members_present():
    text = "Cllrs: A Lowe (chair), B Ray, C Sim, D Tait\nClerk – Dee Hale\nThe meeting started at 7:00pm.\n24/01 To receive apologies for absence\nApologies were received from Councillor E Vane.\n"
    assert attendance_of(text, "") == [
        ("Cllr A Lowe", "present"), ("Cllr B Ray", "present"), ("Cllr C Sim", "present"), ("Cllr D Tait", "present"),
        ("Dee Hale", "in_attendance"), ("Councillor E Vane", "apologies"),
    ]


def test_councillors_heading_under_a_vice_chair_line_and_a_met_sentence():
    text = (
        "Minutes of Meeting, Tuesday, 5th March 2024\n\nThe Parish Council met on Tuesday, 5th March in the Chapel Hall, at 7.30pm\n\n"
        "Vice-Chairman Nia Lowe\n\nCouncillors: A. Ray, B. Sim, C. Tait      Parishioners: 3\n\n104. Apologies for Absence: Chairman Vane\n"
    )
    assert attendance_of(text, "")[:4] == [
        ("Nia Lowe", "present"), ("Councillor A. Ray", "present"), ("Councillor B. Sim", "present"), ("Councillor C. Tait", "present"),
    ]


def test_councillors_heading_of_an_agenda_is_membership_not_attendance():
    text = "Councillors: A Lowe, B Ray, C Sim\n\nAGENDA\n1. To receive apologies for absence\n2. To approve the minutes\n"
    assert attendance_of(text, "") == []


def test_cllrs_heading_after_other_text_lists_something_else():
    text = "The meeting started at 7pm.\n\n3. Declarations of interest\nThe following declared an interest in item 5:\nCllrs: A Lowe, B Ray\n"
    assert attendance_of(text, "") == []


def test_chair_post_line_before_a_heading_needs_a_name():
    text = "Minutes of the meeting held on 5th March 2024\n\nChairman's Announcements\n\nCouncillors: A. Ray, B. Sim\n\n1. Apologies\n"
    assert ("Chairman's Announcements", "present") not in attendance_of(text, "")


def test_to_receive_apologies_item_with_titled_names_under_it():
    text = "Those present: Councillors A Lowe (Chair), B Ray.\n1 To receive apologies and reasons for absence Ref 24/011\nCllr Sim, Cllr Tait, Mrs D Hale (Clerk - illness).\n2 To receive declarations of interest\nNone were declared.\n"
    assert attendance_of(text, HEAD)[-3:] == [("Cllr Sim", "apologies"), ("Cllr Tait", "apologies"), ("Mrs D Hale", "apologies")]


def test_to_receive_apologies_item_of_an_agenda_names_nobody():
    text = "AGENDA\n1. To receive and accept apologies for absence\n2. To receive declarations of interest\n3. To approve the minutes\n"
    assert attendance_of(text, "Ashby Parish Council\n") == []


def test_to_receive_apologies_item_followed_by_prose_is_left_to_the_sentences():
    text = "1. To receive apologies for absence\nThe Chairman Welcomed Everyone.\n2. Minutes\n"
    assert attendance_of(text, HEAD) == []
