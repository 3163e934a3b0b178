"""Session 24 agenda rows of meeting pages: a one-letter minute reference alone ('C/1'), points numbered '(1)' under an
item, a 'Minute No.' column in a row's minutes, a passive sentence or a recording note where the first row stands, a
title in capitals over its description in a ruled row, a heading in a row's minutes repeating the row's title, and a
section row of an item table."""

from structure_helpers import document

from extractors.extraction import reflowed_document
from extractors.proceedings.agenda_plain import listed_documents
from extractors.proceedings.structure import extract_structure


def _items(text: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in extract_structure(reflowed_document(document(text))).agenda_items]


def test_one_letter_minute_references_alone():
    text = (
        "Items\nNo. Item\n\nK/1\n\nMayor\n\nTo elect a Mayor for the coming year.\n\nMinutes:\n\nThe Council elected a Mayor.\n\n"
        "K/2\n\nMayor's Announcements\n\nTo hear the Mayor's announcements.\n\nMinutes:\n\nThe Mayor thanked the staff.\n"
    )
    assert _items(text) == [("K/1", "Mayor"), ("K/2", "Mayor's Announcements")]


def test_bracketed_points_under_an_item_are_its_sub_items():
    text = (
        "Cabinet 3 March 2025\n\nAgenda\n\n1. Apologies for absence\n2. Declarations of interest\n3. Minutes of the last meeting\n"
        "4. Items sent on by the Scrutiny Panel\n(1) Parking Strategy\n(2) Library Opening Hours\n"
    )
    assert _items(text)[-3:] == [
        ("4", "Items sent on by the Scrutiny Panel"),
        ("4(1)", "Parking Strategy"),
        ("4(2)", "Library Opening Hours"),
    ]


def test_minute_number_column_in_a_rows_minutes_is_no_row():
    text = (
        "Items\nNo. Item\n\n20.\n\nApologies pdf icon PDF 10 KB\n\nMinutes:\n\nCouncillor\n\nInterest\n\nMinute No.\n\n"
        "Lowe\n\nIs a member of the county council.\n\n31\n\nRay\n\nIs a member of the county council.\n\n31\n\nPoe\n\n"
        "Is a governor of the school.\n\n31\n\n21.\n\nMinutes of the last meeting pdf icon PDF 20 KB\n\nMinutes:\n\nAgreed.\n"
    )
    assert _items(text) == [("20", "Apologies"), ("21", "Minutes of the last meeting")]


def test_passive_sentence_in_the_first_rows_place_is_no_row():
    text = (
        "Items\nNo. Item\n\nPrayers were led by the Town Chaplain\n\nAdditional documents:\n\n5.\n\nMinutes\n\n"
        "Additional documents:\n\n6.\n\nUrgent business\n\nAdditional documents:\n"
    )
    assert _items(text) == [("5", "Minutes"), ("6", "Urgent business")]


def test_recording_note_in_the_first_rows_place_is_no_row():
    text = (
        "Items\nNo. Item\n\nVideo recording of this meeting is not available\n\n\nMinutes pdf icon PDF 300 KB\n\n"
        "Minutes:\n\nAgreed.\n\n\nApologies for Absence\n\nMinutes:\n\nNone.\n"
    )
    assert _items(text) == [("", "Minutes"), ("", "Apologies for Absence")]


def test_ruled_row_title_in_capitals_over_its_description():
    text = (
        "Venue: Town Hall\n| No. | Item | |||||\n|---|---|---|---|---|---|\n"
        "APOLOGIES Minutes:\nNone were received.\n|\n||||||\n"
        "URGENT ITEMS Items the Chair has agreed to take as urgent business. The Chair to rule on them. Minutes: None.\n|\n||||||\n"
        "DECLARATIONS To receive any declarations.\nMinutes: None.\n|\n||||||\n"
    )
    assert [title for _, title in _items(text)] == ["APOLOGIES", "URGENT ITEMS", "DECLARATIONS"]


def test_heading_in_a_rows_minutes_repeating_its_title_is_no_row():
    text = (
        "Agenda and minutes\n\nVenue: Room 2. View directions\n\nNo. Item\n\n\nWelcome\n\n\nThe Chair welcomed everyone.\n\n\n"
        "Minutes of the last meeting and Actions pdf icon PDF 20 KB\n\n\nThe minutes were agreed.\n\n\nActions\n\n\n"
        "All the actions were closed.\n\n\nBudget Update\n\n\nThe budget was noted.\n"
    )
    assert [title for _, title in _items(text)] == ["Welcome", "Minutes of the last meeting and Actions", "Budget Update"]


def test_section_row_of_an_item_table_is_no_item():
    text = (
        "Council Agenda - 4 May 2025\n| Number | Item |\n|---|---|\n| Public Session | |\n| 1 | Apologies for Absence |\n"
        "| 2 | Declarations of Interest |\n| Public Items for Decision | |\n| 3 | Minutes |\n| 4 | Budget Report |\n"
    )
    assert _items(text) == [
        ("1", "Apologies for Absence"), ("2", "Declarations of Interest"), ("3", "Minutes"), ("4", "Budget Report"),
    ]


def test_lettered_lines_closed_by_a_stop_in_a_rows_item_cell():
    text = (
        "Items\nNo. Item\n\n30.\n\nOpening Business\n\n(a)       Announcements by the Chair (if any) about the agenda.\n\n \n\n"
        "(b)       Apologies for absence.\n\n \n\nAdditional documents:\n\nMinutes:\n\nThe Chair welcomed members.\n\n31.\n\n"
        "Declarations of Interest\n\nMinutes:\n\nNone.\n"
    )
    assert _items(text) == [
        ("30", "Opening Business"),
        ("30a", "Announcements by the Chair (if any) about the agenda"),
        ("30b", "Apologies for absence"),
        ("31", "Declarations of Interest"),
    ]


def test_cmis_documents_list_run_on_gives_each_items_first_document():
    text = (
        "Meeting Details Meeting Summary Documents AGENDA - Council - 2 June 2025 (900Kb) "
        "Item 4 - Questions from the Public (100Kb) Item 4a - Question One (90Kb) Item 5 - Park Byelaws (150Kb) "
        "Item 5 - Appendix 1 - Draft Byelaws (120Kb) Item 6 - Allowances Scheme (170Kb) Attendance Attended\n"
    )
    assert _items(text) == [("4", "Questions from the Public"), ("5", "Park Byelaws"), ("6", "Allowances Scheme")]


def test_cmis_meeting_summary_run_on_into_one_line():
    text = (
        "Meeting Details Meeting Summary Committee: Licensing Committee Date/Time: 3 Feb 2025 - 18:30 to 20:10 "
        "Status: Occurred\nVenue: Main Hall Webcast: link Add to my Calendar Documents\n"
    )
    meetings = extract_structure(reflowed_document(document(text))).meetings
    assert [(m.body, str(m.date), m.time, m.location) for m in meetings] == [("Licensing Committee", "2025-02-03", "18:30", "Main Hall")]


def test_cmis_documents_numbered_under_their_item_and_bracketed_titles():
    text = (
        "Documents\n  1. pdf Item 01 - Minutes of the last meeting (80Kb)\n  2. pdf Item 02 - 00 - Sale of Land at Mill Lane (51Kb)\n"
        "  3. pdf Item 02 - 01 - Mill Lane plan (111Kb)\n  4. pdf Item 03 - Capital Review (including Treasury Management) (117Kb)\n"
    )
    assert listed_documents(text, 0, len(text)) == [
        ("01", "Minutes of the last meeting", text.index("Item 01"), text.index(" (80Kb)") + 7),
        ("02", "Sale of Land at Mill Lane", text.index("Item 02 - 00"), text.index(" (51Kb)") + 7),
        ("03", "Capital Review (including Treasury Management)", text.index("Item 03"), text.index(" (117Kb)") + 8),
    ]


def test_webcast_points_lettered_before_the_numbered_ones():
    text = (
        "Board - Webcasting\n\t\t\tAgenda item : \n\t\t\t(a)\tTake the notice calling the meeting as read.\t\t\n\t\t\n"
        "\t\t\tShare this agenda point\n\t\t\tAgenda item : \n\t\t\t(b)\tApologies for absence.\t\t\n\t\t\n"
        "\t\t\tShare this agenda point\n\t\t\tAgenda item : \n\t\t\t1\tPier Repairs\t\t\n"
    )
    assert [number for number, _ in _items(text)] == ["a", "b", "1"]
