"""An item table flattened with its cells run together under a 'Number Item' header ('4Title', '(a)Point'); a CMIS
page's 'Public Session' section heading under 'Meeting Details'."""

import tempfile
from pathlib import Path

from extractors.proceedings.agenda import find_items
from extractors.proceedings.minuted import find_minuted_items
from extractors.proceedings.structure import _carries_on
from pipeline.evaluate import extract_facts, parse_file
from tests.page_helpers import page_facts as _facts

_PAGE = (
    "Number Item\n"
    "7310Minutes of the last meeting (Print 1). View Papers\n"
    "2Committee minutes for approval.\n"
    "3Appointments to outside bodies:-\n"
    "(a)River Trust - Appoint Ann Gray; and\n"
    "(b)Museum Board - Appoint Tom Bell.\n"
    "4Notices of motion:-\n"
    "(a)by Councillor Rae Hall\n"
    "\n"
    "\"Council notes 3 parks remain closed.\" View Papers\n"
)


def test_glued_rows_and_points_are_items():
    found = [(item.number, item.title) for item in find_items(_PAGE)]
    assert found == [
        ("7310", "Minutes of the last meeting (Print 1)"),
        ("2", "Committee minutes for approval"),
        ("3", "Appointments to outside bodies"),
        ("3a", "River Trust - Appoint Ann Gray"),
        ("3b", "Museum Board - Appoint Tom Bell"),
        ("4", "Notices of motion"),
        ("4a", "by Councillor Rae Hall"),
    ]


def test_rows_out_of_order_are_not_glued_rows():
    assert not any(item.number == "40" for item in find_items("Number Item\n1Apologies.\n40Planning Policy.\n"))


def test_a_glued_point_is_not_carried_on_by_the_line_above():
    assert not _carries_on("(a)River Trust - Appoint Ann Gray and Tom Bell from the council's members; and", "(b)Museum Board - Appoint Tom Bell.")


def test_cmis_public_session_under_meeting_details_is_no_item():
    page = (
        "Meeting Summary\nCouncil\n9 June 2026 - 18:30 to 19:45\n\nDocuments\n\nAgenda\n\nMeeting Details\nPublic Session\n"
        "1 Appointment of Mayor\n\nTo appoint the Mayor.\n\n1\nRESOLVED: that Councillor Bowen be Mayor.\n"
        "2 Apologies\n\nTo receive any apologies.\n\n2\nThere were none.\n"
        "3 Declarations of Interest\n\nTo receive any declarations.\n\n3\nThere were none.\n"
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.txt"
        path.write_text(page)
        numbers = [item.number for item in extract_facts(parse_file(path)).agenda_items]
    assert numbers == ["1", "2", "3"]


_DESCRIBED = (
    "Agenda Items\n1 Declarations of Interest\n\nMembers are asked to declare any interest.\n\n"
    "Reports by the Head of Finance\n\n"
    "Submit report by the Head of Finance on the budget position (copy enclosed).\n\n"
    "Submit a report by the Director (Place) on the harbour lease (copy enclosed).\n"
)


def test_cmis_rows_kept_as_their_descriptions_are_items():
    found = [(item.number, item.title) for item in find_items(_DESCRIBED)]
    assert found == [
        ("1", "Declarations of Interest"),
        ("", "Submit report by the Head of Finance on the budget position (copy enclosed)"),
        ("", "Submit a report by the Director (Place) on the harbour lease (copy enclosed)"),
    ]


def test_described_rows_need_the_agenda_items_heading():
    assert not any(item.title.startswith("Submit") for item in find_items(_DESCRIBED.replace("Agenda Items\n", "")))


def test_minute_numbers_in_square_brackets_head_items():
    text = "Minutes of the meeting\n[1] Apologies.\nNone.\n[2] Declarations of interests.\nThere were none.\n[3] Correspondence.\nNoted.\n"
    assert [(item.number, item.title) for item in find_minuted_items(text)] == [
        ("1", "Apologies"), ("2", "Declarations of interests"), ("3", "Correspondence")
    ]


def test_sub_headings_lettered_in_capitals_under_a_heading():
    text = (
        "71           APOLOGIES\n\n    None were received.\n\n72           FINANCE\n\n"
        "    A)           Accounts for payment\n\n    Paid by BACS.\n\n"
        "    B)           Income to date – 31st May – this was noted.\n\n73           CORRESPONDENCE\n\n    Noted.\n"
    )
    assert [(item.number, item.title) for item in find_minuted_items(text)] == [
        ("71", "APOLOGIES"), ("72", "FINANCE"), ("72A", "Accounts for payment"), ("72B", "Income to date – 31st May"),
        ("73", "CORRESPONDENCE"),
    ]


def test_heading_run_into_its_first_lettered_sub_heading():
    text = (
        "1 Apologies\n\nNone.\n\n2 Matters arising: a) Bridge railings: The railings were repaired.\n\nMore work is due.\n\n"
        "b) Bus shelter: A quote will be sought.\n\nc): Village sign: it will be repainted.\n\n3 Correspondence\n\nNoted.\n"
    )
    assert [(item.number, item.title) for item in find_minuted_items(text)][1:5] == [
        ("2", "Matters arising"), ("2a", "Bridge railings"), ("2b", "Bus shelter"), ("2c", "Village sign"),
    ]


def test_a_meeting_page_full_council_heading_keeps_its_name():
    page = (
        "Contact Information\n\nBrackenshire District Council\nCouncil Offices\n\n"
        "The Brackenshire District Council - Agenda for Full Council on Thursday, 5th March, 2015, 6.30 pm\n\n"
        "Agenda and minutes\n\nFull Council\nThursday, 5th March, 2015 6.30 pm\n\nVenue: Council Chamber\n\n"
        "Items\nNo. Item\n\n1.\n\nApologies\n\nMinutes:\n\nNone.\n"
    )
    assert [meeting.body for meeting in _facts(page).meetings] == ["Full Council"]


def test_the_body_owning_its_annual_general_meeting():
    page = (
        "Lowbridge Parish Council\n\nMinutes of the Parish Council’s Annual General Meeting held in the village hall\n"
        "Wednesday 15 May 2019\n\nPresent: Councillor Amos\n\n1 Election of Chairman\n\n1.1 Cllr Amos was elected.\n"
    )
    assert [meeting.body for meeting in _facts(page).meetings] == ["Lowbridge Parish Council"]


def test_a_virtual_meeting_in_a_schedule_is_the_body_s_own():
    page = (
        "National Park Authority\n\nOur members make decisions on the work of the National Park Authority.\n\n"
        "The next virtual Full Authority meeting will be held on Wednesday 16 June 2021 – time to be confirmed.\n\n"
        "2021 meeting dates:\n\nWednesday 16 June 2021 (virtual meeting)\nWednesday 28 July 2021 (Annual Meeting)\n"
        "Wednesday 22 September 2021\n\nAll meetings will be held at the Authority offices.\n"
    )
    assert "2021-06-16" in [str(day) for day in _facts(page).future_meetings]
