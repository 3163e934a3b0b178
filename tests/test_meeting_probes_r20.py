"""Round 20 meeting probes, one test per class fixed: a minutes heading 'Minutes of an Extraordinary
meeting of the X' alone on its line, the date on the line below ('On Tuesday 4th March 2025') and the
venue and time below that ('At VENUE at 19:30'); a future-meetings heading numbered as a minute with its
year ('51.15 Date of next meeting'). Our own words and names."""

import datetime as dt

from extractors.proceedings.future_meetings import extract_future_meetings
from extractors.proceedings.meetings import extract_meetings
from extractors.proceedings.report_header import extract_report_headers
from extractors.proceedings.split import split_papers
from structure_helpers import document


def records_of(text):
    doc = document(text)
    return extract_meetings(doc, split_papers(doc), extract_report_headers(doc))


def future_of(text, reference):
    doc = document(text)
    return [f.date for f in extract_future_meetings(doc, 0, len(doc.text), reference)]


def test_minutes_of_a_meeting_of_the_body_over_an_on_date_line_and_an_at_venue_line():
    found = records_of(
        """Minutes 2nd March 2025 - Special meeting

Minutes of an Extraordinary meeting of the Parish Council
On Tuesday 11th March 2025
At Fernley Old Chapel Rooms at 19:15

Present: Cllr A Stone, Chairman; Cllr B Marsh; Cllr C Reed.

1) Apologies for absence: Cllr D Hale.
2) Declarations of interest: none.
"""
    )
    assert [(m.body, m.date, m.time, m.location) for m in found] == [
        ("Parish Council", dt.date(2025, 3, 11), "19:15", "Fernley Old Chapel Rooms")
    ]


def test_minutes_of_a_meeting_over_a_held_on_date_line_without_a_venue_line():
    found = records_of(
        """Minutes of the meeting of Oakhollow Town Council
Held on Monday 7th April 2025

Present: Councillors E Finch, F Moss and G Lark.

1. Apologies were received from Councillor H Pike.
"""
    )
    assert [(m.body, m.date) for m in found] == [("Oakhollow Town Council", dt.date(2025, 4, 7))]


def test_minutes_of_a_meeting_of_a_phrase_that_names_no_body_is_not_read():
    found = records_of(
        """Minutes of the meeting of residents about the new footpath
On Tuesday 11th March 2025
At Fernley Old Chapel Rooms at 19:15

1) Welcome from the organiser.
"""
    )
    assert found == []


def test_future_heading_numbered_as_a_minute_with_its_year():
    assert future_of(
        """52.25 Items for the next agenda
None raised.
53.25 Date of next meeting
16th September 2025
Meeting closed 9.10pm
""",
        dt.date(2025, 8, 19),
    ) == [dt.date(2025, 9, 16)]


def test_minute_numbered_line_that_is_not_a_future_heading_gives_no_date():
    assert future_of(
        """53.25 Date of the last audit
16th September 2025
""",
        dt.date(2025, 8, 19),
    ) == []
