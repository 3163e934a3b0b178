"""Attendance and agenda items on police and crime panel, partnership board and parish pages, session 21 (our own
words): a meeting page's attendee cards, a register marked 'P.' / 'A.', an officers' dashed list run into one line, a
board's present list one represented body a line, a surname's particle inside a shared title, an item numbered '1/',
a post before a titled name opening a list, a late arrival's sentence, 'noted X was substituting', and minutes whose
headings in capitals run into their paragraphs."""

from structure_helpers import attendance_kinds as _kinds, document

from extractors.extraction import reflowed_document

_CARDS = """\
Meeting

Northby Police and Crime Panel - Northby

Meeting Attendees
Deputy
Councillor Ann Lowe

Westby Council

Not required

Committee Member
Councillor Bob Ray

Eastby Council

Present, as expected

Councillor Cy Dunn photo
Vice-Chairman
Councillor Cy Dunn

Green Party

Present, as expected

View Profile
Co-opted Member
Di Hart

Independent Co-opted Member

Apologies, sent representative

Committee Member
Councillor Ed Fry

Northby Council

Absent
"""


def test_attendee_cards_give_each_status_and_leave_out_not_required_and_absent():
    kinds = _kinds(_CARDS)
    assert kinds == {"Councillor Bob Ray": "present", "Councillor Cy Dunn": "present", "Di Hart": "apologies"}


_MARKED = (
    "MINUTES OF A MEETING OF THE NORTHBY POLICE AND CRIME PANEL HELD ON 4TH MAY 2015 Westby Council P. Councillor Ann Lowe "
    "P. Councillor Bob Ray Eastby Council A. Councillor Cy Dunn P. Councillor Di Hart (Chairman), Independent Members "
    "P. Ed Fry Officers Present: Fay Moss – Lead Officer Westby CC Gus Pike – Panel Officer, Westby CC Hal Reed – Chief "
    "Constable PCP 12.14/15 APOLOGIES"
)


def test_a_marked_register_reads_p_entries_and_a_dashed_officers_run():
    kinds = _kinds(_MARKED)
    for name in ("Councillor Ann Lowe", "Councillor Bob Ray", "Councillor Di Hart", "Ed Fry"):
        assert kinds.get(name) == "present", name
    for name in ("Fay Moss", "Gus Pike", "Hal Reed"):
        assert kinds.get(name) == "in_attendance", name
    assert "Councillor Cy Dunn" not in kinds


_BOARD = """\
Minutes of the Community Safety Board held in the Hall, Westby on Tuesday 4 June 2013 at 10.00 am.

Present:-

Westby Council: Councillors Lowe (Chair), Ray, de Vink and Dunn;

Westby Police: Chief Inspector A Hart;

Westby Fire and Rescue: Mr B Moss, Station Manager;

NHS Westby: Mrs C Pike.

1 Welcome
"""


def test_a_board_present_list_one_body_a_line_reads_each_body_s_people_as_present():
    kinds = _kinds(_BOARD)
    for name in ("Councillor Lowe", "Councillor Ray", "Councillor de Vink", "Councillor Dunn", "Chief Inspector A Hart",
                 "Mr B Moss", "Mrs C Pike"):
        assert kinds.get(name) == "present", name


_SLASH = """\
Minutes of the meeting held on Thursday 2nd May 2019 7.30pm at the village hall.

1/ Members present

Chairman Councillor Ann Lowe, Councillor Bob Ray and Councillor Cy Dunn.
Councillor Di Hart joined the meeting at 8pm.

2/ Public Questions

None.
"""


def test_a_slash_numbered_present_item_with_the_chairman_first_and_a_late_arrival():
    kinds = _kinds(_SLASH)
    for name in ("Councillor Ann Lowe", "Councillor Bob Ray", "Councillor Cy Dunn", "Councillor Di Hart"):
        assert kinds.get(name) == "present", name


def test_noted_substituting_is_present():
    text = "Substitutions\n\nResolved – That it be noted Councillor Lowe was substituting for Councillor Ray.\n"
    assert _kinds(text).get("Councillor Lowe") == "present"


_RUN_IN = """\
MINUTES of the meeting of WESTBY PARISH COUNCIL held on Monday 3rd June at 7pm in the Hall.

Present were Mr A Lowe (Chairman) and Mrs B Ray.

APOLOGIES FOR ABSENCE were received from Mr C Sim

THE MINUTES of the previous meeting were approved.

FINANCE. Two cheques were signed.

PLANNING. No applications.
"""


def test_capital_headings_run_into_their_paragraphs_are_items_and_the_meeting_heading_is_not():
    from extractors.proceedings.structure import extract_structure

    titles = [item.title for item in extract_structure(reflowed_document(document(_RUN_IN))).agenda_items]
    assert titles == ["APOLOGIES FOR ABSENCE", "THE MINUTES", "FINANCE", "PLANNING"]


_SCHEDULE = """\
Westby logo
Westby County Council
Councillors: 40

Meeting

Northby Police and Crime Panel - Westby

Meeting Times
Scheduled Time
Start:
Friday, 5th July 2024
10:00 AM
End:
Friday, 5th July 2024
1:00 PM
Meeting Status
Status:
Confirmed
Location:
Shire Hall - Room 2
Meeting Attendees
"""


def test_a_meeting_site_page_s_start_schedule_gives_the_meeting_without_the_council_suffix():
    from extractors.proceedings.structure import extract_structure

    meetings = extract_structure(reflowed_document(document(_SCHEDULE))).meetings
    assert [(m.body, str(m.date), m.time, m.location) for m in meetings] == [
        ("Northby Police and Crime Panel", "2024-07-05", "10:00", "Shire Hall - Room 2")
    ]


def test_a_plural_title_over_one_name_a_line_gives_each_line_its_own_entry_and_the_title():
    text = (
        "Minutes of a meeting of the Parish Council held on Tuesday 3rd March 2020 at 7pm at the Hall.\n"
        "PRESENT: Councillor Ann Lowe (Chair)\nCouncillors Bob Ray\nCyril Dunn\nDiana Hart\n\nIn attendance: the Clerk.\n"
    )
    kinds = _kinds(text)
    for name in ("Councillor Ann Lowe", "Councillor Bob Ray", "Councillor Cyril Dunn", "Councillor Diana Hart"):
        assert kinds.get(name) == "present", name


def test_a_lone_minute_reference_under_minutes_numbers_an_agenda_item_page():
    from extractors.proceedings.structure import extract_structure

    text = "Agenda item\n\nParking Review\n\nMinutes:\n\nCM.12/19     \n\nMembers considered a report on parking charges.\n"
    items = extract_structure(reflowed_document(document(text))).agenda_items
    assert [(item.number, item.title) for item in items] == [("CM.12/19", "Parking Review")]


def test_initials_p_and_a_in_a_titled_list_are_no_register_marks():
    from extractors.proceedings.attendance_marks import marked_register

    text = "Present: Cllr A. Lowe Cllr P. Ray Jones Cllr A. Dunn Mr J. P. Hart Cllr P. Sim"
    assert marked_register(text, 0, len(text)) == []
