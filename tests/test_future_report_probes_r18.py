"""Future meetings, round 18 class (in our own words): a year's meeting schedule on a council's meetings page,
one date a line under 'Town Council Meetings 2026' or run in after 'Meetings for 2026 are as follows:'."""

import datetime as dt

from extractors.proceedings.future_meetings import extract_future_meetings
from structure_helpers import document


def dates_of(text, reference=None, body=None):
    doc = document(text)
    return [f.date for f in extract_future_meetings(doc, 0, len(doc.text), reference, body)]


LISTED = """\
Town Council Meetings 2026

Tuesday 13 January 2026 Council Meeting
Tuesday 10 February 2026 Council Meeting
Tuesday 21 April 2026 Annual Town Meeting
June 2026 (date to be confirmed) Annual Town Council Meeting
Tuesday 14 July 2026 Council Meeting
August 2026 No Meeting
Tuesday 8 September 2026 Council Meeting

Meetings start at 7 pm in the Old School Room.
"""


def test_schedule_lines_under_a_year_heading():
    assert dates_of(LISTED) == [dt.date(2026, 1, 13), dt.date(2026, 2, 10), dt.date(2026, 7, 14), dt.date(2026, 9, 8)]


def test_schedule_keeps_dates_after_the_meeting_only():
    assert dates_of(LISTED, dt.date(2026, 2, 10)) == [dt.date(2026, 7, 14), dt.date(2026, 9, 8)]


RUN_IN = (
    "Meetings for 2026 are as follows: 19 January, 2 or 9 March (Annual Parish Meeting first), 20 April, "
    "18 May (if required), 15 June, all at 7.30 pm in the Pavilion.\n"
)


def test_schedule_run_in_after_as_follows():
    assert dates_of(RUN_IN) == [dt.date(2026, 1, 19), dt.date(2026, 4, 20), dt.date(2026, 6, 15)]


def test_schedule_of_another_group_is_left_out():
    text = "Allotments Working Group Meetings 2026\n\nMonday 12 January 2026\nMonday 9 March 2026\n"
    assert dates_of(text) == []


def test_minutes_archive_lines_are_no_schedule():
    text = "Council Meetings 2025\n\n14 January 2025 Minutes\n11 February 2025 Minutes\n"
    assert dates_of(text) == []


def test_year_heading_without_meetings_word_is_no_schedule():
    text = "Events 2026\n\nSaturday 6 June 2026 Village Fete\nSunday 12 July 2026 Open Gardens\n"
    assert dates_of(text) == []
