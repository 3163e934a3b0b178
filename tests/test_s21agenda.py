"""Session 21 agenda and meeting layouts: ModernGov titles under or ending in their page heading, capitals headings
run into flattened minutes with a bracketed note or a dashed rider, and headings over their minute's reference."""

from structure_helpers import document

from extractors.extraction import reflowed_document
from extractors.proceedings.agenda_cells import member_sentence
from extractors.proceedings.agenda_unnumbered import heading_line
from extractors.proceedings.minute_headings import heading_candidates
from extractors.proceedings.minute_items import more_minutes_marks
from extractors.proceedings.minuted import find_minuted_items
from extractors.proceedings.split import find_meeting_titles
from extractors.proceedings.structure import extract_structure
from extractors.readers.spans import lines


def _meetings(text: str) -> list[tuple[str, str]]:
    return [(m.body, m.date.isoformat()) for m in extract_structure(reflowed_document(document(text))).meetings]


def test_title_under_page_heading_needs_no_body_noun():
    text = "Agenda and draft minutes\n\nLicensing and Appeals - Wednesday, 12th March, 2025 7.00 pm\n\nVenue: Main Hall\n\nItems\nNo. Item\n"
    assert [m["body"] for m in find_meeting_titles(text)] == ["Licensing and Appeals"]
    assert _meetings(text) == [("Licensing and Appeals", "2025-03-12")]


def test_plain_body_without_page_heading_is_no_title():
    assert find_meeting_titles("Licensing and Appeals - Wednesday, 12th March, 2025 7.00 pm\n") == []


def test_title_ending_in_page_heading():
    text = "Scrutiny Panel - Monday, 3rd February, 2025 6.00 pm - Agenda and draft minutes\n\nVenue: Blue Room\n\nItems\nNo. Item\n"
    assert _meetings(text) == [("Scrutiny Panel", "2025-02-03")]


def _titles(text: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in find_minuted_items(text, 0, len(text))]


_FILL = "Present Mr A Lowe (Chairman) Mrs B Marsh Mr C Nunn and members of the public who asked about the harbour works. " * 3


def test_run_in_capitals_heading_keeps_its_bracketed_note():
    text = _FILL + "1. CONFIRMATION OF MINUTES (12/03/2019) The minutes were approved. 2. CLERK’S REPORT The Clerk spoke."
    assert _titles(text) == [("1", "CONFIRMATION OF MINUTES (12/03/2019)"), ("2", "CLERK’S REPORT")]


def test_run_in_capitals_heading_keeps_its_dashed_rider():
    text = _FILL + "1. MINUTES: The minutes were approved. 2. MATTERS ARISING - not on the agenda a) Bench – it was repaired."
    assert _titles(text) == [("1", "MINUTES"), ("2", "MATTERS ARISING - not on the agenda")]


def test_heading_over_its_reference_is_numbered_by_it():
    text = (
        "CHAIRMAN’S OPENING\n19/031\nThe Chairman opened the meeting.\nITEM 1 MINUTES\n19/032\nThe minutes were agreed.\n"
        "ITEM 2 MATTERS ARISING\n19/033\nItem 19/027 Harbour Lights\nThe Clerk reported on the lights.\n"
    )
    assert _titles(text) == [("19/031", "CHAIRMAN’S OPENING"), ("19/032", "MINUTES"), ("19/033", "MATTERS ARISING")]


def test_one_heading_over_a_reference_is_not_enough():
    text = "MINUTES\n19/032\nThe minutes were agreed.\n"
    assert [item.number for item in heading_candidates(text, lines(text, 0, len(text)))] == []


def test_minutes_sentence_held_in_a_place_marks_minutes():
    assert more_minutes_marks("The minutes of the general meeting held in the Town Hall on 16 May 2019.", 0, 80)
    assert not more_minutes_marks("The minutes of the meeting held on 16 May 2019 were approved.", 0, 80)


_BUSINESS = (
    "Items Of Business\nApologies\nApologies from members.\nConflicts of Interest\nMembers are asked to declare any interest.\n"
    "Minute of meeting of the Group held on 3 March 2025.\n1\nThere was submitted the Minute.\nDECIDED: That it be approved.\n"
    "Report by the Director.\n2\nThere was submitted a report.\nDECIDED: That it be noted.\n3\nDECIDED: That it be deferred.\n"
)


def test_items_of_business_titles_over_their_numbers():
    assert [(item.number, item.title) for item in extract_structure(reflowed_document(document(_BUSINESS))).agenda_items] == [
        ("", "Apologies"),
        ("", "Conflicts of Interest"),
        ("1", "Minute of meeting of the Group held on 3 March 2025"),
        ("2", "Report by the Director"),
    ]


def test_a_business_row_naming_earlier_minutes_is_no_meeting():
    assert _meetings(_BUSINESS) == []


def test_a_sentence_about_the_leader_of_the_council_is_no_row():
    assert member_sentence("The Leader of the Council reported that Agenda Item 9 had been withdrawn")
    assert not member_sentence("The Leader of the Council Report")


def test_subject_under_an_unlabelled_report_by_line_is_a_report():
    text = "Westshire Borough Council – The Mayor\n\nReport by the Head of Leisure\n\nSubject: PLAY AREA WORKS\n\n1. Summary\n\nThis report asks for approval.\n"
    assert [header.title for header in extract_structure(reflowed_document(document(text))).report_headers] == ["PLAY AREA WORKS"]


def test_a_lone_subject_line_is_no_report():
    text = "Westshire Borough Council\n\nSubject: PLAY AREA WORKS\n\n1. Summary\n\nThis paper asks for approval.\n"
    assert extract_structure(reflowed_document(document(text))).report_headers == []


def test_a_title_running_on_in_a_relative_clause_is_a_heading():
    text = (
        "1. Apologies\nCouncillor T. Owen\n\n2. Minutes of the previous meeting and matters arising that were not included on the Agenda\n"
        "Minutes were accepted as correct.\n\n3. Declaration of Interest\nNone.\n"
    )
    assert [number for number, _ in _titles(text)] == ["1", "2", "3"]


def test_a_sentence_with_a_main_verb_between_headings_is_a_sentence_minute():
    # Session 27: a minute with no heading, only its sentence, numbered between two headings is the meeting's item
    # (the conventions' minuted items; the development sets' gold records such minutes).
    text = "1. Apologies\nNone.\n\n2. Members noted the points that were raised by residents at the last meeting\nNone.\n\n3. Finance\nNone.\n"
    assert [number for number, _ in _titles(text)] == ["1", "2", "3"]


def test_an_unnumbered_row_title_may_open_with_its_financial_year():
    region = lines(_YEAR_ROWS, 0, len(_YEAR_ROWS))
    index = next(i for i, line in enumerate(region) if line.text.startswith("2022/23"))
    assert heading_line(region, index)


_YEAR_ROWS = "No. Item\n\n\nMinutes of the Last Meeting pdf icon PDF 210 KB\n\n\n2022/23 Capital Programme Outturn pdf icon PDF 800 KB\n\n\nThe report was noted.\n"


def test_a_scottish_minute_of_meeting_takes_the_body_above():
    text = "NORTHSHIRE ISLANDS COUNCIL\n\nMinute of Meeting held in the Council Offices, Eastport, on Thursday 9 December 2021 at 2.00pm\n\nPRESENT Mr A Bell\n"
    assert _meetings(text) == [("Northshire Islands Council", "2021-12-09")]


def test_planning_references_under_headings_number_no_items():
    text = "PLANNING\n21/0456\nThe application was supported.\nLICENSING\n21/0457\nNo comment was made.\n"
    assert [item.number for item in heading_candidates(text, lines(text, 0, len(text)))] == []


def test_an_issue_date_under_the_page_heading_is_no_title():
    assert find_meeting_titles("Meeting documents\n\nIssued on Monday 27 January 2025\n") == []
