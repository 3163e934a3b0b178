"""Round 23 attendance classes: a present list parted by role labels, 'Apologies received – names', staff lines
under a present list, and a meeting page's 'Attendance' item listing people under group headings.
Our own words, names and bodies."""

from test_attendance_round3 import attendance_of

HEAD = "Minutes of the meeting of Ashby Parish Council held on 4th March 2024 at 7.30pm\n\n"
PAGE = "Agenda and minutes\n\nFull Council - Thursday, 7th March, 2024 6.00 pm\n\nItems\nNo. Item\n\n"


def test_present_list_parted_by_inline_role_labels():
    text = "Present: Chairman: Cllr Mrs Fenn Councillors: Mrs Loder, Birtles, Quayle Clerk: Mrs Hobday\nCounty/District Councillors: 1 Members of public: 3\n\n1. Welcome\n"
    assert attendance_of(text, HEAD) == [
        ("Cllr Mrs Fenn", "present"),
        ("Councillor Mrs Loder", "present"),
        ("Councillor Birtles", "present"),
        ("Councillor Quayle", "present"),
        ("Mrs Hobday", "in_attendance"),
    ]


def test_present_list_with_one_role_label_a_line():
    text = (
        "PRESENT: Chairman - Cllr T W Ormerod\n\nMembers - Cllrs Mrs P Gaunt, L Drury (in substitution for Cllr K Vane) H Pell\n\n"
        "Others Member in attendance Cllrs J Rudd, S Tait\n\nApologies were recorded on behalf of Cllr K Vane\n"
    )
    assert attendance_of(text, HEAD) == [
        ("Cllr T W Ormerod", "present"),
        ("Cllr Mrs P Gaunt", "present"),
        ("Cllr L Drury", "present"),
        ("Cllr H Pell", "present"),
        ("Cllr J Rudd", "in_attendance"),
        ("Cllr S Tait", "in_attendance"),
        ("Cllr K Vane", "apologies"),
    ]


def test_single_role_label_is_left_to_the_plain_list():
    # One run only: the usual list reading applies (no role-label parting).
    text = "Present: Councillors: Loder, Birtles and Quayle.\n\n1. Welcome\n"
    assert attendance_of(text, HEAD) == [
        ("Councillor Loder", "present"), ("Councillor Birtles", "present"), ("Councillor Quayle", "present"),
    ]


def test_apologies_received_with_a_dash():
    assert attendance_of("2. Apologies received – Cllrs Amos, Birtles, Crane\n\n3. Minutes\n", HEAD) == [
        ("Cllr Amos", "apologies"), ("Cllr Birtles", "apologies"), ("Cllr Crane", "apologies"),
    ]


def test_staff_lines_under_a_present_list_are_in_attendance():
    text = (
        "PRESENT   Cllr R Amos (Chairman), Cllrs B Crane, D Elton and F Gower\n\n\nMrs Hannah Ince – Clerk to the Council\n\n"
        "Mr Ivan Jory – Projects Officer\n\nCounty Councillor Kate Lyle\n\n2 members of the public\n\n\n1. Apologies\nNone.\n"
    )
    assert attendance_of(text, HEAD) == [
        ("Cllr R Amos", "present"), ("Cllr B Crane", "present"), ("Cllr D Elton", "present"), ("Cllr F Gower", "present"),
        ("Mrs Hannah Ince", "in_attendance"), ("Mr Ivan Jory", "in_attendance"), ("County Councillor Kate Lyle", "in_attendance"),
    ]


def test_bracketed_clerk_line_under_a_present_list():
    text = "PRESENT;  Cllrs Amos;  Birtles; Crane\n\nMrs P. Dunn (Parish Clerk)\n\n1 Member of the Public\n\n1. Apologies\n"
    assert attendance_of(text, HEAD)[-1] == ("Mrs P. Dunn", "in_attendance")


def test_line_under_a_present_list_without_a_staff_post_is_not_read():
    text = "PRESENT   Cllr R Amos (Chairman), Cllrs B Crane and D Elton\n\nMr Ivan Jory (Ashby Cricket Club)\n\n1. Apologies\nNone.\n"
    assert ("Mr Ivan Jory", "in_attendance") not in attendance_of(text, HEAD)


def test_attendance_item_lists_officers_under_group_headings():
    text = (
        "1.\n\nAttendance / Presenoldeb\n\nMinutes:\n\nOfficers at the top table\n\n \n\nOwen Pryce, Chief Executive\n\n"
        "Rhian Tudor, Monitoring Officer\n\nOther people attending\n\nGwyn Hale, Mayor’s Chaplain\n\nIn the Public Gallery\n\n"
        "Youth Forum:\n\nSian Morgan\n\nDafydd Rees\n\n2.\n\nApologies for Absence\n\nMinutes:\n\nApologies were received from Councillor Ann Lowe.\n"
    )
    assert attendance_of(text, PAGE) == [
        ("Owen Pryce", "in_attendance"), ("Rhian Tudor", "in_attendance"), ("Gwyn Hale", "in_attendance"),
        ("Sian Morgan", "in_attendance"), ("Dafydd Rees", "in_attendance"), ("Councillor Ann Lowe", "apologies"),
    ]


def test_attendance_item_without_a_minute_line_is_not_read_as_groups():
    text = "1.\n\nAttendance\n\nTo note the attendance of Members.\n\n2.\n\nMinutes\n"
    assert attendance_of(text, PAGE) == []


def test_meeting_page_apologies_item_names_under_its_minutes_line():
    text = "8.\n\nAPOLOGIES FOR ABSENCE.\n\nMinutes:\n\nCllr. P. Quayle.\n\n9.\n\nMINUTES\n"
    assert attendance_of(text, PAGE) == [("Cllr. P. Quayle", "apologies")]


def test_meeting_page_apologies_item_with_none_or_a_sentence_under_its_minutes_line():
    assert attendance_of("8.\n\nAPOLOGIES FOR ABSENCE.\n\nMinutes:\n\nThere were no apologies.\n\n9.\n\nMINUTES\n", PAGE) == []
    text = "8.\n\nApologies for Absence\n\nMinutes:\n\nApologies were received from Councillor Nia Rowe.\n\n9.\n\nMinutes\n"
    assert attendance_of(text, PAGE) == [("Councillor Nia Rowe", "apologies")]
