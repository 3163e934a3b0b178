"""Attendance probe classes (round 16, tables and lists): ModernGov status qualifiers ('Present, as expected',
'Apologies, sent substitute') in piped, stacked and single-spaced tables; a ward, party or council column beside
one name a line; tab-separated columns under a 'Name<TAB>Party' header and 'Name<TAB>Post' officer lines; and
near-misses that name nobody (membership lists, contact, ward and election tables, attendance records, a legend).
Our own invented words and names."""

from extractors.proceedings.attendance import extract_attendance
from extractors.proceedings.split import split_papers
from structure_helpers import document

NAV = "Skip to main content\nHome > Your council > Meetings\nSearch\n"
FOOT = "\nCookies\nAccessibility statement\n© Elmbrook Council 2025\n"
PAGE = NAV + "Attendance details\nElmbrook Planning Committee\nThursday, 6 March 2025 7.00 pm\n\n"
MINUTES = NAV + "Minutes of Elmbrook Town Council, 4 March 2025\n\n"
TWO = {("Councillor Ann Lowe", "present"), ("Councillor Bob Ray", "apologies")}


def attendance_of(text):
    doc = document(text)
    return {(a.name, a.attendance) for a in extract_attendance(doc, split_papers(doc))}


def test_as_expected_qualifies_a_table_status():
    rows = [("Councillor Ann Lowe", "Chair", "Present, as expected"), ("Councillor Bob Ray", "Member", "Apologies, as expected")]
    piped = "Attendee | Role | Attendance\n" + "".join(" | ".join(r) + "\n" for r in rows)
    tabbed = "Attendee\tRole\tAttendance\n" + "".join("\t".join(r) + "\n" for r in rows)
    stacked = "Attendee\nRole\nAttendance\n" + "".join("\n".join(r) + "\n" for r in rows)
    spaced = "Attendee Role Attendance\n" + "".join(" ".join(r) + "\n" for r in rows)
    for table in (piped, tabbed, stacked, spaced):
        assert attendance_of(PAGE + table + FOOT) == TWO, table


def test_apologies_sent_substitute_is_apologies():
    table = (
        "Attendee | Role | Attendance\nCouncillor Ann Lowe | Chair | Present\nCouncillor Bob Ray | Member | Apologies, sent substitute\n"
        "Councillor Dee Hale | Substitute for Councillor Bob Ray | Present as substitute\n"
    )
    assert attendance_of(PAGE + table + FOOT) == TWO | {("Councillor Dee Hale", "present")}


def test_a_ward_or_party_column_beside_each_name_names_nobody():
    for gap, left, right in (("      ", "Independent", "Green Party"), (" | ", "North Ward", "South Ward"), ("\t\t", "Elmbrook Borough Council", "Northvale District Council")):
        text = MINUTES + f"Present:\nCllr Ann Lowe{gap}{left}\nCllr Bob Ray{gap}{right}\n\n1. Minutes\n" + FOOT
        assert attendance_of(text) == {("Cllr Ann Lowe", "present"), ("Cllr Bob Ray", "present")}, gap


def test_two_names_a_line_in_columns_still_part():
    text = MINUTES + "Present:\nCllr Ann Lowe    Cllr Bob Ray\nAnn Kerr | Rob Lindsay\n\n1. Minutes\n" + FOOT
    assert attendance_of(text) == {("Cllr Ann Lowe", "present"), ("Cllr Bob Ray", "present"), ("Ann Kerr", "present"), ("Rob Lindsay", "present")}


def test_tab_separated_name_party_header_and_rows():
    text = MINUTES + "Members present:\nName\tParty\nCllr Ann Lowe\tIndependent\nCllr Bob Ray\tGreen\n\n1. Minutes\n" + FOOT
    assert attendance_of(text) == {("Cllr Ann Lowe", "present"), ("Cllr Bob Ray", "present")}


def test_officer_name_tab_post_lines_in_attendance():
    text = MINUTES + "Present: Cllr Ann Lowe, Cllr Bob Ray\n\nIn attendance:\nGail Hay\tTown Clerk\nTom Fenn\tResponsible Financial Officer\n\n1. Minutes\n" + FOOT
    assert attendance_of(text) == {
        ("Cllr Ann Lowe", "present"), ("Cllr Bob Ray", "present"), ("Gail Hay", "in_attendance"), ("Tom Fenn", "in_attendance"),
    }


def test_tables_and_lists_that_are_not_attendance_name_nobody():
    for body in (
        "Elmbrook Planning Committee\nMembership\nCouncillor Ann Lowe (Chair)\nCouncillor Bob Ray (Vice-Chair)\nContact: Gail Hay, Democratic Services Officer\n",
        "Committee members\nName | Role\nCouncillor Ann Lowe | Chair\nCouncillor Bob Ray | Committee Member\n",
        "Your councillors\nName | Ward | Party\nCouncillor Ann Lowe | North Ward | Independent\n",
        "Attendance record 2024/25\nAttendee | Expected | Attended | Percentage\nCouncillor Ann Lowe | 6 | 5 | 83%\n",
        "Attendance details\nAttendee | Role | Attendance\nCouncillor Ann Lowe | Chair | Expected\nCouncillor Bob Ray | Member | Absent\n",
        "Key to attendance\nPresent, as expected\nApologies\nIn attendance\nAbsent\n",
        "Report contact\nName | Role | Telephone\nGail Hay | Democratic Services Officer | 01234 567890\n",
        "Planning Committee\nMembers:\nCouncillor Ann Lowe (Chair)\nSubstitutes:\nCouncillor Cy Sim\n",
        "Election results\nCandidate | Party | Votes\nAnn Lowe | Independent | 1,204\n",
    ):
        assert attendance_of(NAV + body + FOOT) == set(), body


PARISH = NAV + "Minutes of Elmbrook Parish Council held on 4 March 2025 at 7.30 pm\n\n"


def test_clerk_printed_before_an_honorific_on_a_list_line_is_in_attendance():
    text = PARISH + "Present:\nCouncillor Mrs A Lowe (Chair)\nCouncillor Mr B Ray\n\nClerk Mrs G Hay\n\n1. Minutes\n"
    assert attendance_of(text) == {("Councillor Mrs A Lowe", "present"), ("Councillor Mr B Ray", "present"), ("Mrs G Hay", "in_attendance")}


def test_an_ellipsis_parts_a_label_from_its_list():
    text = PARISH + "Present … Councillors: Ann Lowe (In the Chair), Bob Ray & Cy Sim.\n\nIn attendance … Gail Hay – Parish Clerk.\n\n1. Minutes\n"
    assert attendance_of(text) == {
        ("Councillor Ann Lowe", "present"), ("Councillor Bob Ray", "present"), ("Councillor Cy Sim", "present"), ("Gail Hay", "in_attendance"),
    }


def test_an_office_column_before_a_titled_name():
    text = PARISH + "Present:\nChair\tCllr Ann Lowe\nVice-Chair\tCllr Bob Ray\n\n1. Minutes\n"
    assert attendance_of(text) == {("Cllr Ann Lowe", "present"), ("Cllr Bob Ray", "present")}
    assert attendance_of(NAV + "Committee membership\nChair\tCllr Ann Lowe\nVice-Chair\tCllr Bob Ray\n" + FOOT) == set()


PARTNERSHIP = NAV + "Minutes of the Elmbrook Community Safety Partnership held on 4 March 2025\n\n"


def test_a_post_column_before_a_titled_name():
    text = PARTNERSHIP + "Present: Cllr Ann Lowe\n\nIn attendance:\nTown Clerk\tMrs Gail Hay\nFinance Officer\tMr Tom Fenn\n\n1. Minutes\n"
    assert attendance_of(text) == {("Cllr Ann Lowe", "present"), ("Mrs Gail Hay", "in_attendance"), ("Mr Tom Fenn", "in_attendance")}


def test_name_and_title_header_under_an_officers_label():
    text = PARTNERSHIP + "Present: Cllr Ann Lowe\n\nOfficers in attendance:\nName | Title\nGail Hay | Democratic Services Officer\n\n1. Minutes\n"
    assert attendance_of(text) == {("Cllr Ann Lowe", "present"), ("Gail Hay", "in_attendance")}


def test_two_brackets_after_a_name_give_its_post_and_body():
    text = PARTNERSHIP + "Present: Ann Lowe (Chair) (Elmbrook Homes); Councillor Bob Ray (Northvale Council), Cy Sim (Police)\n\n1. Minutes\n"
    assert attendance_of(text) == {("Ann Lowe", "present"), ("Councillor Bob Ray", "present"), ("Cy Sim", "present")}


def test_a_headerless_table_row_with_wide_gaps():
    text = PAGE + "Councillor Ann Lowe    Chair    Present\nCouncillor Bob Ray    Committee Member    Apologies\n" + FOOT
    assert attendance_of(text) == TWO
