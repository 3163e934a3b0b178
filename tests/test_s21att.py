"""Attendance layouts of session 21 (s27/s28): flattened cell tables, run-on bullets, freely worded labels, staff named in
present lists. Our own words, names and bodies."""

from structure_helpers import attendance_kinds as _kinds

from extractors.proceedings.attendance_bullets import bullet_runs
from extractors.proceedings.attendance_cell_pairs import cell_pairs
from extractors.proceedings.attendance_labels import spelt_labels
from extractors.readers.name_posts import post_entries


def _expect(kinds: dict[str, str], expected: dict[str, str]) -> None:
    assert {name: kinds.get(name) for name in expected} == expected, kinds


CELLS = """\
At a MEETING of the EASTMERE JOINT BOARD held on 3rd April, 2025.

Present:-

Members

Role

Ann LOWE (Chair)

Nominated by Eastmere Council

Bob McRAY

Chief Officer

Officers in attendance at request of the Chief Officer:-

Cai SIM

Audit Westby

Ann LOWE, Chair, in the Chair.

I APOLOGIES FOR ABSENCE

Apologies for absence were submitted on behalf of:-

Members

Role

Dee HART

Nominated by Health Board
"""


def test_flattened_members_role_cells_give_each_name_its_kind():
    spans = [(kind, CELLS[start:end], role) for kind, start, end, role in cell_pairs(CELLS, 0, len(CELLS))]
    assert spans == [
        ("present", "Ann LOWE", "Chair"), ("present", "Bob McRAY", "Chief Officer"),
        ("in_attendance", "Cai SIM", "Audit Westby"), ("apologies", "Dee HART", "Nominated by Health Board"),
    ]
    _expect(_kinds(CELLS), {"Ann LOWE": "present", "Bob McRAY": "present", "Cai SIM": "in_attendance", "Dee HART": "apologies"})


def test_name_and_post_lines_without_header_cells_are_no_cell_table():
    text = CELLS.replace("Members\n\nRole\n\n", "")
    assert cell_pairs(text, 0, len(text)) == []


BULLETS = (
    "Present Councillors Ann Lowe and Bob Ray.\n\n"
    "Clerk • Cai Sim, Head of Legal Services. In Attendance • Dee Hart, Chief Executive. • Eve Moss, Head of Finance "
    "(for Items 1 to 3). Observing • Fay Bell, Press Officer. Apology • Councillor Gus Pike. Declarations of Interest "
    "• Councillor Ann Lowe – Item 2.\n"
)


def test_run_on_bullets_take_the_label_closing_the_entry_before():
    found = [(kind, BULLETS[start:end]) for kind, start, end in bullet_runs(BULLETS, 0, len(BULLETS))]
    assert found == [
        ("in_attendance", "Cai Sim, Head of Legal Services"), ("in_attendance", "Dee Hart, Chief Executive"),
        ("in_attendance", "Eve Moss, Head of Finance (for Items 1 to 3)"), ("in_attendance", "Fay Bell, Press Officer"),
        ("apologies", "Councillor Gus Pike"),
    ]


def test_bullets_each_opening_a_line_read_alike():
    text = BULLETS.replace(" • ", "\n• ").replace(" •", "\n•")
    kinds = _kinds(text)
    _expect(kinds, {"Cai Sim": "in_attendance", "Fay Bell": "in_attendance", "Councillor Gus Pike": "apologies"})
    assert kinds.get("Councillor Ann Lowe") == "present"


def test_also_in_attendance_at_the_meeting_were_opens_a_list():
    text = (
        "Other Attendees\n\nAlso in attendance at the above meeting were:\n\n"
        " A Lowe, Chief Executive; B Ray, Executive Director (Health and Social Care); C Sim and D Hart (all Legal).\n"
    )
    _expect(_kinds(text), dict.fromkeys(("A Lowe", "B Ray", "C Sim", "D Hart"), "in_attendance"))


def test_names_alone_between_posted_entries_are_a_list_of_their_own():
    chunk = "A Lowe, Chief Executive; B Ray, Head of Finance and Assets; C Sim and D Hart (all Legal)"
    assert post_entries(chunk) == ["A Lowe, Chief Executive", " B Ray, Head of Finance and Assets", " C Sim", "D Hart (all Legal)"]
    assert post_entries("A Lowe, Chief Executive; the rest of the sentence and more") == []


def test_apologies_from_members_line_is_the_item_not_a_name():
    text = "Apologies\nApologies from members.\nAnn Lowe, Chief Executive (Eastby Council); and Bob Ray, Chief Executive (Westby Council).\n"
    _expect(_kinds(text), {"Ann Lowe": "apologies", "Bob Ray": "apologies"})


def test_apologise_printed_for_the_label():
    assert spelt_labels("Apologise Mr A. Lowe\n") == "Apologies Mr A. Lowe\n"
    assert spelt_labels("We apologise for the delay.\nApologise to the residents.\n") == "We apologise for the delay.\nApologise to the residents.\n"
    text = "Present Mrs B. Ray (Chairman)\nMr C. Sim\nApologise Mr A. Lowe\nMs D. Hart\nIn attendance Mr E. Moss (Clerk)\n"
    _expect(_kinds(text), {"Mrs B. Ray": "present", "Mr C. Sim": "present", "Mr A. Lowe": "apologies", "Ms D. Hart": "apologies"})


def test_staff_post_in_brackets_in_a_present_run_is_in_attendance():
    text = (
        "MINUTES OF THE MEETING OF EASTBY COMMISSIONERS HELD ON 3rd July 2025 PRESENT Mr A. Lowe (Chairman) Mr B. Ray "
        "Mrs C. Sim (Clerk) Mr D Hart (Glen Campsite Warden) Mr E Moss (Tree Warden) Members of the Public 2 1. MINUTES The minutes were approved.\n"
    )
    _expect(_kinds(text), {"Mr A. Lowe": "present", "Mr B. Ray": "present", "Mr D Hart": "in_attendance", "Mr E Moss": "present"})


def test_county_councillor_line_under_labelled_members_attends():
    text = (
        "Minutes of the meeting of Eastby Community Council held on Wednesday 8th May, 2024.\n\n"
        "Chairman: Councillor A. Lowe\nCouncillors: B. Ray, C. Sim\nCounty Councillor Dee Hart\n\n1. Apologies\nCouncillor E. Moss\n"
    )
    _expect(_kinds(text), {"Councillor B. Ray": "present", "Councillor C. Sim": "present", "County Councillor Dee Hart": "in_attendance"})


def test_list_ending_in_and_runs_over_a_blank_line_and_square_bracketed_clerk_attends():
    text = (
        "Minutes of a meeting of the Hall Committee held on Wednesday, 1st May 2024.\n\nPresent\n\n"
        "Councillor A Lowe [Chairman] and Councillors B Ray, Mrs C Sim and\n\nE Moss.\n\n"
        "Apologies for absence were received from Mrs F Bell.\n\nMr H Webb [Parish Clerk] was also present.\n"
    )
    _expect(_kinds(text), {"Councillor E Moss": "present", "Mr H Webb": "in_attendance"})


def test_additional_documents_line_between_item_and_names():
    text = "No. Item\n\n\nApologies for Absence\n\nAdditional documents:\n\n\nCouncillor Lowe.\n\n\nDeclarations of Interest\n"
    _expect(_kinds(text), {"Councillor Lowe": "apologies"})


def test_glued_table_header_ends_the_list_above():
    text = (
        "Attendance Details\n\nPresentNames\nPresent:Councillor Ann Lowe, Councillor Bob Ray\nIn AttendanceAttendees\n"
        "In Attendance:Cai Sim, Dee Ray\nItemDescriptionBackground InformationDecision\n APOLOGIES FOR ABSENCE\n"
    )
    _expect(_kinds(text), {"Cai Sim": "in_attendance", "Dee Ray": "in_attendance"})


def test_vice_chairman_who_took_the_chair_is_present():
    text = (
        "Minutes of the Policy Committee held on 4 June 2024.\n\nApologies for absence were received from Councillor A Lowe.\n\n"
        "The Vice Chairman Councillor Bob Ray took the chair due to the absence of the Chairman.\n"
    )
    _expect(_kinds(text), {"Councillor A Lowe": "apologies", "Councillor Bob Ray": "present"})
