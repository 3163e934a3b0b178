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


def test_minutes_from_the_body_meeting_held_at_a_time_on_the_date_at_a_venue():
    found = records_of(
        """Minutes 14/04/2025
Minutes from the Brackenmoor Community Council meeting held at 7.15pm on Monday 14th April 2025 at Pennant Road Institute
Cllr Ann Teale                 Chair
Cllr Bryn Howell               Vice-Chair
25/101 Apologies of absence
None received
"""
    )
    assert [(m.body, m.date, m.time, m.location) for m in found] == [
        ("Brackenmoor Community Council", dt.date(2025, 4, 14), "19:15", "Pennant Road Institute")
    ]


def test_meeting_of_the_body_held_at_a_time_is_not_read_as_held_at_a_venue():
    found = records_of(
        """Minutes 02 June 2025

Meeting of the Parish Council held at 7:45PM on Monday 2nd June 2025 at Lowmere Scout Hut, Mill Lane, Lowmere

Present: Cllrs J Ash, K Birch and L Elm.
"""
    )
    assert [(m.body, m.date, m.time, m.location) for m in found] == [
        ("Parish Council", dt.date(2025, 6, 2), "19:45", "Lowmere Scout Hut, Mill Lane, Lowmere")
    ]


def test_minutes_heading_held_at_a_time_takes_the_venue_line_below_the_date():
    found = records_of(
        """Minutes of the Meeting of the Full Hollinford Town Council
Held at 7pm on Tuesday 9th September 2025
At the Old Tannery Rooms, Brook Street, Hollinford

Present: Councillors M Oak, N Yew and P Ash.
1. Apologies were received from Councillor R Lime.
"""
    )
    assert [(m.time, m.location) for m in found] == [("19:00", "Old Tannery Rooms, Brook Street, Hollinford")]


def test_minutes_heading_held_at_a_time_with_a_long_run_on_line_gives_no_venue():
    found = records_of(
        """Minutes of a Meeting of Westacre Parish Council held at 7.00pm on Monday 3 March 2025 at the Parish Room, Low Road, Westacre Ref/12/24-25 Present Members: Cllr A Finch (Chairman), Cllr B Lark, Cllr C Wren (arrived at 7.05pm), Cllr D Crow, Cllr E Rook, Cllr F Swift
"""
    )
    assert [(m.time, m.location) for m in found] == [("19:00", None)]


def test_dashed_numeric_date_is_read_day_first():
    from extractors.readers.dates import find_dates

    assert [d.date for d in find_dates("Noted as 14-8-25.")] == [dt.date(2025, 8, 14)]
    assert [d.date for d in find_dates("held on 03-11-2025")] == [dt.date(2025, 11, 3)]


def test_dashed_runs_that_are_not_dates_are_left_alone():
    from extractors.readers.dates import find_dates

    for text in ("ref 12-3-45-6", "2025-08-14", "tel 01-23-45", "pages 3-4-5", "season 2025-26"):
        assert [d.date for d in find_dates(text) if d.date] == [], text


def test_next_scheduled_meeting_noted_as_a_dashed_date():
    assert future_of(
        """3. Planning: no applications.
4. Date of the next scheduled meeting … Noted as 14-8-25.
""",
        dt.date(2025, 6, 12),
    ) == [dt.date(2025, 8, 14)]
