"""Attendance probe classes (round 15): lists as public web pages print them reduced to text: Word's 'o' and
symbol-font bullets, bullets flattening a list onto one line, a heading run into its apology sentence, 'Virtual
attendance:' and 'Members attending:' labels, a 'Name | Attendance' table without a role column; and near-misses
that name nobody; a count after 'Present', 'Councillors in attendance:', Welsh 'Hefyd yn bresennol:' and
'Swyddogion:', a post 'of' something before a bracketed name, a civic post before a titled name. Our own invented words and names."""

from extractors.proceedings.attendance import extract_attendance
from extractors.proceedings.split import split_papers
from structure_helpers import document

HEAD = "Minutes of the meeting of Elmbrook Town Council held on 4 March 2025 at 7.00 pm\n\n"
THREE = {("Cllr A Lowe", "present"), ("Cllr B Ray", "present"), ("Cllr C Sim", "apologies")}


def attendance_of(text):
    doc = document(text)
    return {(a.name, a.attendance) for a in extract_attendance(doc, split_papers(doc))}


def test_word_o_bullets_and_symbol_font_bullets_open_each_name_line():
    for bullet in ("o", "\uf0b7", "▪"):
        text = HEAD + f"Present:\n{bullet} Cllr A Lowe (Chair)\n{bullet} Cllr B Ray\nApologies:\n{bullet} Cllr C Sim\n\n1. Minutes\n"
        assert attendance_of(text) == THREE, bullet


def test_bullets_that_flatten_a_list_onto_one_line_part_its_names():
    found = attendance_of(HEAD + "Present: • Cllr A Lowe (Chair) • Cllr B Ray • Cllr C Sim\n\n1. Minutes\n")
    assert found == {("Cllr A Lowe", "present"), ("Cllr B Ray", "present"), ("Cllr C Sim", "present")}


def test_an_item_heading_run_into_its_apology_sentence():
    found = attendance_of(HEAD + "Present: Cllr A Lowe\n\n1 Apologies for AbsenceApologies were received from Cllr C Sim.\n2 Minutes\n")
    assert found == {("Cllr A Lowe", "present"), ("Cllr C Sim", "apologies")}


def test_virtual_and_online_attendance_labels_list_members_present():
    for label in ("Virtual attendance", "Online attendance"):
        found = attendance_of(HEAD + f"Present: Cllr A Lowe, Cllr B Ray\n{label}: Cllr C Sim\n\n1. Minutes\n")
        assert found == {("Cllr A Lowe", "present"), ("Cllr B Ray", "present"), ("Cllr C Sim", "present")}, label


def test_members_attending_label_lists_members_present():
    assert attendance_of(HEAD + "Members attending: Cllr A Lowe, Cllr B Ray\n\n1. Minutes\n") == {
        ("Cllr A Lowe", "present"), ("Cllr B Ray", "present"),
    }


def test_name_and_attendance_table_without_a_role_column():
    for gap in (" | ", "\t"):
        text = HEAD + f"Name{gap}Attendance\nCllr A Lowe{gap}Present\nCllr B Ray{gap}Apologies\nCllr D Hale{gap}Absent\n\n1. Minutes\n"
        assert attendance_of(text) == {("Cllr A Lowe", "present"), ("Cllr B Ray", "apologies")}, gap


def test_near_misses_name_nobody():
    nav = "Skip to main content\nHome > Your council > Meetings\n"
    for text in (
        nav + "Find your councillor\nCllr A Lowe\nCllr B Ray\n\nCookies\nAccessibility statement\n",
        "Planning Committee\n\nMembership: Councillor A Lowe (Chair), Councillor B Ray\n\nContact: D Hale, Democratic Services\n",
        "Report to Cabinet\n\nContact officer: Ann Lowe, Democratic Services Officer, Tel 01234 567890\n",
        "Decision notice\n\nDecision maker: Police and Crime Commissioner Ann Lowe\nDate: 4 March 2025\n",
        "Education Committee\n\nAttendance\nSchool attendance rose by 2% in the year to March.\n",
        HEAD + "Members of the public present: 4\n\n1. Minutes\n",
        HEAD + "4. Reports\nApologies were received for the late circulation of the report.\n",
        HEAD + "The meeting closed at 8.15 pm.\n\nSigned: Councillor A Lowe, Chair\n",
        HEAD + "5. Budget\nProposed: Cllr A Lowe  Seconded: Cllr B Ray\n",
        "Annual report\n\nAttendance at the library rose by 10%.\nAttendees: 4,500 visitors in the year.\n",
    ):
        assert attendance_of(text) == set(), text


def test_a_count_in_brackets_after_present_opens_the_list():
    assert attendance_of(HEAD + "Present (2): Cllr A Lowe, Cllr B Ray\n\n1. Minutes\n") == {("Cllr A Lowe", "present"), ("Cllr B Ray", "present")}


def test_councillors_in_attendance_label():
    alone = attendance_of(HEAD + "Councillors in attendance: Cllr A Lowe, Cllr B Ray, Cllr E Marsh\nOfficers in attendance: C Sim (Clerk)\n\n1. Minutes\n")
    assert alone == {("Cllr A Lowe", "present"), ("Cllr B Ray", "present"), ("Cllr E Marsh", "present"), ("C Sim", "in_attendance")}
    beside = attendance_of(HEAD + "Present: Cllr A Lowe, Cllr B Ray\nCouncillors in attendance: Cllr E Marsh\n\n1. Minutes\n")
    assert beside == {("Cllr A Lowe", "present"), ("Cllr B Ray", "present"), ("Cllr E Marsh", "in_attendance")}


def test_welsh_also_present_and_officers_labels():
    found = attendance_of(
        "Cyngor Cymuned Llanfair\n\nYn bresennol: Cyng A Lowe, Cyng B Ray\nHefyd yn bresennol: PCSO E Marsh\nSwyddogion: C Sim (Clerc)\n\n1. Cofnodion\n"
    )
    assert found == {("Cyng A Lowe", "present"), ("Cyng B Ray", "present"), ("PCSO E Marsh", "in_attendance"), ("C Sim", "in_attendance")}


def test_a_post_of_a_service_before_the_bracketed_name():
    found = attendance_of(HEAD + "Present: Cllr A Lowe\nIn Attendance: Chief Executive (Ms C Sim); Director of Corporate Services (Mr D Hale)\n\n1. Minutes\n")
    assert found == {("Cllr A Lowe", "present"), ("Ms C Sim", "in_attendance"), ("Mr D Hale", "in_attendance")}


def test_a_civic_post_before_a_titled_name_is_its_role():
    doc = document(HEAD + "Present: Town Mayor Cllr A Lowe, Deputy Town Mayor Cllr B Ray, Cllrs C Sim, D Hale\n\n1. Minutes\n")
    found = {(a.name, a.role) for a in extract_attendance(doc, split_papers(doc))}
    assert {name for name, _ in found} == {"Cllr A Lowe", "Cllr B Ray", "Cllr C Sim", "Cllr D Hale"}
    assert ("Cllr A Lowe", "Mayor") in found


def test_a_report_s_officers_label_with_no_attendance_list_names_contacts_not_attendees():
    assert attendance_of("Report to Cabinet\n\nOfficers: A Lowe (Head of Finance), B Ray (Legal Services)\n\n1. Purpose of report\n") == set()
    found = attendance_of(HEAD + "Present: Cllr A Lowe\nOfficers: B Ray (Clerk)\n\n1. Minutes\n")
    assert found == {("Cllr A Lowe", "present"), ("B Ray", "in_attendance")}
