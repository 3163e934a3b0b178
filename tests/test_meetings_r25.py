"""Round 25: a minutes page's opening sentence read as one grammar (see ``meeting_minutes``) at any line of the
page's head, and minutes of an earlier meeting never read as this one; our own words, names and places."""

import datetime as dt

from extractors.proceedings.meeting_minutes import opening_meeting
from extractors.proceedings.meetings import extract_meetings
from extractors.proceedings.report_header import extract_report_headers
from extractors.proceedings.split import split_papers
from structure_helpers import document

_BELOW = "\n\nPresent: Cllr Ann Lowe (Chair), Cllr Bill Ray\n\n1. Apologies\nNone were received.\n"


def meetings_of(text):
    doc = document(text)
    return [(m.body, m.date, m.time, m.location) for m in extract_meetings(doc, split_papers(doc), extract_report_headers(doc))]


def test_minutes_for_a_meeting_of_the_council_on_a_date_as_the_first_line():
    found = meetings_of("Minutes for a meeting of the Council on Tuesday 4th March 2025 at 7.30 pm at the Village Hall, Mill Lane" + _BELOW)
    assert found == [("Council", dt.date(2025, 3, 4), "19:30", "Village Hall, Mill Lane")]


def test_the_council_takes_the_name_printed_in_the_page_heading():
    found = meetings_of("Brookvale Parish Council\n\nMinutes for a meeting of the Council held on 4 March 2025 at 7pm in the Pavilion" + _BELOW)
    assert found == [("Brookvale Parish Council", dt.date(2025, 3, 4), "19:00", "Pavilion")]


def test_body_then_dash_then_minutes_of_the_meeting_held():
    found = meetings_of("Brookvale Town Council – Minutes of the meeting held on Tuesday 4 March 2025 at 7.30pm in the Town Hall" + _BELOW)
    assert found == [("Brookvale Town Council", dt.date(2025, 3, 4), "19:30", "Town Hall")]


def test_record_of_the_annual_meeting_with_time_and_place_before_the_date():
    found = meetings_of("Record of the Annual Meeting of Brookvale Town Council held at 7pm in the Corn Exchange on 7 th April 2025" + _BELOW)
    assert found == [("Brookvale Town Council", dt.date(2025, 4, 7), "19:00", "Corn Exchange")]


def test_opening_sentence_under_site_navigation_lines():
    found = meetings_of(
        "Home | News | Contact\nMinutes\nMinutes of a meeting of Brookvale Parish Council at 7.30pm in the Reading Room on Monday 7 th April 2025" + _BELOW
    )
    assert found == [("Brookvale Parish Council", dt.date(2025, 4, 7), "19:30", "Reading Room")]


def test_body_in_capitals_with_date_time_and_place_after_commas():
    found = meetings_of("Minutes of the Special Meeting of the BROOKVALE PARISH COUNCIL 7 April 2025, 7.30pm, Village Hall" + _BELOW)
    assert found == [("Brookvale Parish Council", dt.date(2025, 4, 7), "19:30", "Village Hall")]


def test_notes_of_a_panel_meeting_with_a_comma_in_the_body():
    opening = opening_meeting("Notes of a meeting of the Roads, Parks and Lighting Panel held in Room 4, Civic Offices on Thursday 6 March 2025 at 10.00am" + _BELOW)
    assert (opening.body, opening.date, opening.time, opening.location) == (
        "Roads, Parks and Lighting Panel", dt.date(2025, 3, 6), "10:00", "Room 4, Civic Offices",
    )


def test_yearless_date_takes_the_year_printed_in_the_heading():
    opening = opening_meeting("Parish Council Meeting 10th March 2025\n\nMINUTES of the meeting of BROOKVALE PARISH COUNCIL held on Monday 10th March at 7pm" + _BELOW)
    assert (opening.body, opening.date) == ("Brookvale Parish Council", dt.date(2025, 3, 10))


def test_heading_block_whose_sentence_goes_on_held_at():
    found = meetings_of("Brookvale & Millford Parish Council\nAnnual Parish Council Meeting\nMINUTES\nHeld at 7.15pm on Tuesday 13th May 2025\nAt the Cricket Pavilion" + _BELOW)
    assert [(b, d) for b, d, _, _ in found] == [("Brookvale & Millford Parish Council", dt.date(2025, 5, 13))]


def test_annual_assembly_of_the_parish_is_the_annual_parish_meeting():
    opening = opening_meeting("Minutes of the 40th Annual Assembly of the Parish Meeting held on Tuesday 6th May 2025 at 6.30 pm" + _BELOW)
    assert (opening.body, opening.date) == ("Annual Parish Meeting", dt.date(2025, 5, 6))


def test_minutes_of_the_previous_meeting_are_not_this_meeting():
    assert meetings_of("Brookvale Parish Council\nMinutes of the previous meeting of the Council held on 3 February 2025\nPresent: Cllr Ann Lowe\n") == []


def test_minutes_approved_in_the_opening_lines_are_not_this_meeting():
    text = "Brookvale Parish Council\n\nMinutes of the meeting held on 3 February 2025 were approved as a correct record." + _BELOW
    assert opening_meeting(text) is None


def test_minutes_line_under_a_numbered_item_is_not_read():
    text = "Brookvale Parish Council\n\n31.\n\nMinutes\n\nMinutes of the ordinary meeting of Council on 3 February 2025.\n"
    assert opening_meeting(text) is None


def test_weekday_that_is_not_the_dates_gives_no_meeting():
    # A weekday printed apart from the dated day names another day; one printed inside a date with its year is a slip
    # (session 17: a harbour board's 'FRIDAY 27 TH SEPTEMBER 2010', a Monday, is the meeting's date as its gold has it).
    assert opening_meeting("Minutes of a meeting of Brookvale Parish Council held on Friday at 7pm, 4 March 2025" + _BELOW) is None
    kept = opening_meeting("Minutes of a meeting of Brookvale Parish Council held on Friday 4 March 2025 at 7pm" + _BELOW)
    assert kept is not None and kept.date.isoformat() == "2025-03-04"


def test_a_meeting_page_item_linking_earlier_minutes_is_not_read():
    assert opening_meeting("Minutes of the meeting of the Cabinet held on 3 February 2025 PDF 120 KB\n") is None
