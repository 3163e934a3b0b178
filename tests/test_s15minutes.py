"""Minutes of joint committees, drainage boards and community councils: layouts that gave false facts.
Our own words, names and bodies."""

from extractors.facts import extract_facts
from extractors.proceedings.meeting_shape import cut_heading, shaped_body
from structure_helpers import document


def facts(text: str):
    return extract_facts(document(text))


def items(text: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in facts(text).agenda_items]


def attendees(text: str) -> list[tuple[str, str]]:
    return [(person.name, person.attendance) for person in facts(text).attendees]


AGENDA_WITH_PAPERS_NOTE = """
Brookmere Cemetery Joint Committee
Agenda
1. Election of Chair
2. Apologies for Absence
3. Minutes of the last meeting
4. Cemetery Fees. Report by the Cemetery Manager
NOTE: Access to papers
Reports in this agenda have been prepared with reference to some or all of the following:
1. Relevant statutory provisions. 2. Relevant government guidance. 3. Adopted policies of the Committee. 4. Current Estimates.
"""


def test_a_sentences_numbered_points_run_on_are_no_items():
    assert items(AGENDA_WITH_PAPERS_NOTE) == [
        ("1", "Election of Chair"),
        ("2", "Apologies for Absence"),
        ("3", "Minutes of the last meeting"),
        ("4", "Cemetery Fees. Report by the Cemetery Manager"),
    ]


def test_a_sentences_numbered_points_one_a_line_are_no_items():
    text = AGENDA_WITH_PAPERS_NOTE.replace(" 2. Relevant", "\n2. Relevant").replace(" 3. Adopted", "\n3. Adopted")
    assert [number for number, _ in items(text)] == ["1", "2", "3", "4"]


def test_a_list_led_in_by_the_business_is_read():
    text = (
        "Minutes of the Brookmere Cemetery Joint Committee held on 3 March 2025\n\n"
        "The following items of business were transacted:\n"
        "1. Apologies for Absence\n2. Minutes of the last meeting\n3. Cemetery Fees\n"
    )
    assert [number for number, _ in items(text)] == ["1", "2", "3"]


ACTION_TABLE_PAGE = """
Agenda and minutes

Venue: Guildhall - Ashby

Contact: Ann Example

No. Item


Election of Chair

To elect a Chair for the year.


Cllr Lowe proposed Pat Finch as Chair. This was agreed.


Apologies for Absence

To receive any apologies for absence.


Apologies were received from Tom Hale.


Minutes of the last meeting

To receive the minutes of the meeting held on 2 June.


The minutes were agreed.


Members reviewed the actions.




To write to the Quaker meeting about a member

Pat Finch

Letter sent in July

Collect the survey returns and circulate them

Rob Kerr

Returns collected
"""


def test_an_action_tables_cells_in_a_rows_minutes_are_no_rows():
    assert items(ACTION_TABLE_PAGE) == [
        ("", "Election of Chair"),
        ("", "Apologies for Absence"),
        ("", "Minutes of the last meeting"),
    ]


def test_a_paper_word_or_a_cut_heading_names_no_body():
    assert shaped_body("Minutes") is None
    assert shaped_body("Draft Agenda") is None
    assert shaped_body("Ashby and District Council") == "Ashby and District Council"
    assert cut_heading("and District Council Monthly Meeting Wednesday 15 January 2025")
    assert not cut_heading("Agenda and minutes Licensing Committee - Wednesday, 5th March, 2025")


def test_a_heading_cut_at_its_start_gives_no_meeting():
    text = "and District Council Monthly Meeting Wednesday 15th January 2025\n\nCouncillor Ann Lowe (Mayor)\n\n101. Opening Prayer\n"
    assert facts(text).meetings == []


def test_a_previous_meetings_minutes_under_a_minutes_heading_give_no_meeting():
    text = (
        "APOLOGIES\nCllr. Ann Lowe.\nPRESENT\nCllrs. Bob Ray (Chairman), Tom Hale, Pat Finch.\n"
        "MINUTES\nThe minutes of the meeting held on October 9th 2024 were found to be correct.\n"
        "MATTERS ARISING\nThe Clerk reported on the bus shelter.\n"
    )
    assert facts(text).meetings == []


DRAINAGE_BOARD = """
MARSHWOOD INTERNAL DRAINAGE BOARD

MINUTES OF THE FULL BOARD MEETING

TUESDAY 12th MARCH 2024

PRESENT: Elected Members: Mr Penn (Ch) Mr Lowry Mr A Dale

APOLOGIES: Elected Members: Mr Farrow Appointed Members: Cllr Tansy Co-opted Members:

IN ATTENDANCE: Officers: Mr Kettle – Chief Executive (CEO) Miss Birch – Finance Manager (FM)

10 Welcome and Apologies

10.1 The Chairman welcomed members.
"""


def test_a_groups_label_run_on_after_a_name_ends_the_name():
    found = attendees(DRAINAGE_BOARD)
    assert ("Mr Farrow", "apologies") in found and ("Cllr Tansy", "apologies") in found
    assert not any("Appointed" in name for name, _ in found)


def test_an_officers_label_after_the_in_attendance_label_is_no_name():
    assert ("Mr Kettle", "in_attendance") in attendees(DRAINAGE_BOARD)


def test_a_payments_lines_under_a_minute_are_no_items():
    text = (
        "ASHBY PARISH COUNCIL\nMINUTES OF THE MEETING OF THE PARISH COUNCIL HELD IN THE VILLAGE HALL ON TUESDAY 5 MARCH 2024\n"
        "Present: Cllr A Lowe (Chairman), Cllr B Ray\n"
        "OPEN FORUM\nNo questions were raised.\n"
        "Chq no Payee Description £\n"
        "1207 A Lowe Clerk Salary £250.40\n1208 B Ray Clerk Expenses £40.10\n1209 Ashby Hall Hire £35.00\n"
    )
    assert not any(number.startswith("120") for number, _ in items(text))


TOWN_COUNCIL = """
Ashby Town Council Monthly Meeting Wednesday 15th January 2025

Councillor Ann Lowe (Mayor) Councillors Bob Ray, Pat Finch, Mrs Tess Hale and Rob Kerr

County Councillor Tom Pike

In attendance: Jo Bell (Town Clerk)

(Ashby Hall, 7.00pm)

101. Opening Prayer

The prayer was said by Cllr Ray.
"""


def test_an_unlabelled_list_under_a_heading_naming_the_meetings_weekday_is_present():
    found = attendees(TOWN_COUNCIL)
    for name in ("Councillor Ann Lowe", "Councillor Bob Ray", "Councillor Mrs Tess Hale", "Councillor Rob Kerr"):
        assert (name, "present") in found


def test_another_councils_member_on_a_line_of_its_own_is_in_attendance():
    assert ("County Councillor Tom Pike", "in_attendance") in attendees(TOWN_COUNCIL)


CONTENTS_RUN_ON = """
MARSHWOOD INTERNAL DRAINAGE BOARD

MINUTES OF THE FULL BOARD MEETING

TUESDAY 12th MARCH 2024

PRESENT: Mr Penn (Ch) Mr Lowry

Contents

10 Welcome and Apologies ...... 3 11 Declarations of Interest ...... 3 12 Minutes of the last Meeting ...... 3 13 Pumping Station Works ...... 4 14 Drain Maintenance Plan ...... 4 15 Any Other Business ...... 5

Page | 2

10 Welcome and Apologies

10.1 The Chairman welcomed members.

11 Declarations of Interest

11.1 None were made.
"""


def test_a_contents_list_run_on_lists_the_minutes_items():
    assert items(CONTENTS_RUN_ON) == [
        ("10", "Welcome and Apologies"),
        ("11", "Declarations of Interest"),
        ("12", "Minutes of the last Meeting"),
        ("13", "Pumping Station Works"),
        ("14", "Drain Maintenance Plan"),
        ("15", "Any Other Business"),
    ]


def test_a_contents_entrys_leader_and_page_are_no_part_of_the_title():
    run_on = "10 Welcome and Apologies ...... 3 11 Declarations of Interest ...... 3 12 Minutes of the last Meeting ...... 3 13"
    one_a_line = CONTENTS_RUN_ON.replace(run_on, run_on.replace(" ...... 3 1", " ...... 3\n1"))
    one_a_line = one_a_line.replace(" ...... 4 1", " ...... 4\n1")
    assert ("13", "Pumping Station Works") in items(one_a_line)


def test_minute_numbers_carrying_their_year_number_the_items():
    text = (
        "ASHBY PARISH COUNCIL\nMINUTES OF THE MEETING OF THE PARISH COUNCIL HELD IN THE VILLAGE HALL ON TUESDAY 5 MARCH 2024\n"
        "Present: Cllr A Lowe (Chairman), Cllr B Ray\n"
        "31.2024 APOLOGIES FOR ABSENCE\nThere were no apologies.\n"
        "32.2024 DECLARATIONS OF INTEREST\nNone were declared.\n"
        "33.2024 FOOTPATHS.\nThe clerk would chase the county council.\n"
    )
    assert items(text) == [("31.2024", "APOLOGIES FOR ABSENCE"), ("32.2024", "DECLARATIONS OF INTEREST"), ("33.2024", "FOOTPATHS")]
    dated = text.replace("31.2024 ", "2024-03_1 ").replace("32.2024 ", "2024-03_2 ").replace("33.2024 ", "2024-03_3 ")
    assert [number for number, _ in items(dated)] == ["2024-03_1", "2024-03_2", "2024-03_3"]
