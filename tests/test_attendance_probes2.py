"""Attendance probe classes (round 13): meeting-page attendance tables flattened to text, 'The Clerk, X, was in
attendance.', capitalised surnames, posts printed before a bracketed name, group labels with lower-case words and
an elected post after a name; our own invented words and names."""

from extractors.proceedings.attendance import extract_attendance
from extractors.proceedings.split import split_papers
from structure_helpers import document

HEAD = "Minutes of the meeting of Elmbrook Parish Council held on 4 March 2025 at 7.00 pm\n\n"


def attendance_of(text):
    doc = document(text)
    return {(a.name, a.attendance) for a in extract_attendance(doc, split_papers(doc))}


def test_headerless_tab_rows_under_attendance_give_each_row_its_status():
    found = attendance_of(
        HEAD + "Attendance\nCouncillor Ann Lowe\tChair\tPresent\nCouncillor Ben Ray\tMember\tApologies\nGail Hay\tOfficer\tIn attendance\n\n1. Minutes\n"
    )
    assert found == {("Councillor Ann Lowe", "present"), ("Councillor Ben Ray", "apologies"), ("Gail Hay", "in_attendance")}


def test_attendance_table_rows_printed_with_single_spaces():
    found = attendance_of(
        "Attendance details\nAttendee Role Attendance\nCouncillor Ann Lowe Chair Present\nCouncillor Ben Ray Committee Member Apologies\n"
        "Councillor Dan Hale Committee Member Present as substitute\nGail Hay Democratic Services Officer In attendance\n"
        "Councillor Eve Marsh Vice-Chair Expected\n"
    )
    assert found == {
        ("Councillor Ann Lowe", "present"), ("Councillor Ben Ray", "apologies"), ("Councillor Dan Hale", "present"), ("Gail Hay", "in_attendance"),
    }


def test_attendance_table_with_one_cell_a_line():
    found = attendance_of(
        "Attendance details\n\nAttendee\nRole\nAttendance\nCouncillor Ann Lowe\nChair\nPresent\nCouncillor Ben Ray\nCommittee Member\nApologies\n"
        "Councillor Cara Sim\nCommittee Member\nExpected\nGail Hay\nOfficer\nIn attendance\n"
    )
    assert found == {("Councillor Ann Lowe", "present"), ("Councillor Ben Ray", "apologies"), ("Gail Hay", "in_attendance")}


def test_piped_table_skips_expected_and_takes_present_as_substitute():
    found = attendance_of(
        "Attendance details\n\nAttendee | Role | Attendance\nCouncillor Ann Lowe | Chair | Present\nCouncillor Ben Ray | Committee Member | Expected\n"
        "Councillor Dan Hale | Substitute | Present as substitute\n"
    )
    assert found == {("Councillor Ann Lowe", "present"), ("Councillor Dan Hale", "present")}


def test_the_clerk_comma_name_was_in_attendance_after_a_present_list():
    found = attendance_of(HEAD + "Present: Cllr Lowe, Cllr Ray\nThe Clerk, Mrs G Hay, was in attendance.\n\n1. Apologies\n")
    assert found == {("Cllr Lowe", "present"), ("Cllr Ray", "present"), ("Mrs G Hay", "in_attendance")}


def test_a_name_with_its_post_was_in_attendance_on_the_line_after_a_present_list():
    found = attendance_of(HEAD + "Present: Cllr Lowe, Cllr Ray\nMrs G Hay (Clerk) was in attendance.\n\n1. Apologies\n")
    assert found == {("Cllr Lowe", "present"), ("Cllr Ray", "present"), ("Mrs G Hay", "in_attendance")}


def test_capitalised_surnames_after_a_plural_title():
    found = attendance_of(HEAD + "Present: Councillors LOWE (Chair), RAY and SIM\n\n1. Apologies\n")
    assert found == {("Councillor LOWE", "present"), ("Councillor RAY", "present"), ("Councillor SIM", "present")}


def test_a_capitalised_heading_after_a_plural_title_is_no_surname():
    found = attendance_of(
        "DECISIONS\n\n1 APOLOGIES Decision: Apologies for absence were submitted on behalf of Councillors\n"
        "APPOINTMENT OF VICE-CHAIR To appoint a Vice-Chair for the year.\n"
    )
    assert found == set()


def test_the_mayor_with_the_name_in_brackets():
    found = attendance_of("MINUTES OF THE COUNCIL\n\nPresent: The Mayor (Councillor Ann Lowe); Councillors Ben Ray and Cara Sim\n\n1. Apologies\n")
    assert found == {("Councillor Ann Lowe", "present"), ("Councillor Ben Ray", "present"), ("Councillor Cara Sim", "present")}


def test_posts_with_the_holder_in_brackets():
    found = attendance_of(
        "MINUTES OF THE ACCOUNTABILITY BOARD\n\nPresent: Police and Crime Commissioner (Ann Lowe), Chief Constable (Ben Ray), "
        "Chief Finance Officer (Cara Sim)\n\n1. Apologies\n"
    )
    assert found == {("Ann Lowe", "present"), ("Ben Ray", "present"), ("Cara Sim", "present")}


def test_a_group_label_with_a_lower_case_word_parts_a_present_list():
    found = attendance_of(
        "MINUTES OF THE POLICE AND CRIME PANEL\n\nPresent:\nCouncillor Ann Lowe (Chair), Councillor Ben Ray\n"
        "Independent co-opted members: Mr Dan Hale, Mrs Eve Marsh\n\nAlso present: Ms Fay Moss (Police and Crime Commissioner)\n\n1. Apologies\n"
    )
    assert found == {
        ("Councillor Ann Lowe", "present"), ("Councillor Ben Ray", "present"), ("Mr Dan Hale", "present"), ("Mrs Eve Marsh", "present"),
        ("Ms Fay Moss", "in_attendance"),
    }


def test_ward_councillor_after_a_name_in_a_semicolon_list_is_the_post():
    found = attendance_of(HEAD + "Present: Cllr Lowe\nIn attendance: Gail Hay, Clerk; Jo Kemp, Ward Councillor\n\n1. Apologies\n")
    assert found == {("Cllr Lowe", "present"), ("Gail Hay", "in_attendance"), ("Jo Kemp", "in_attendance")}


def test_a_single_spaced_row_cuts_the_name_before_a_post_without_a_post_word():
    found = attendance_of(
        "Attendance details\nAttendee Role Attendance\nMr Ivor Dunn Independent Person In attendance\nCouncillor Ann Lowe Chair Present, virtual\n"
    )
    assert found == {("Mr Ivor Dunn", "in_attendance"), ("Councillor Ann Lowe", "present")}


def test_a_list_line_opening_with_and_before_were_present_stays_in_the_list():
    found = attendance_of(HEAD + "Present: Cllr Lowe, Cllr Ray\nand Cllr Sim\n\n1. Apologies\n")
    assert found == {("Cllr Lowe", "present"), ("Cllr Ray", "present"), ("Cllr Sim", "present")}
