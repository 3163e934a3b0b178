"""Round 21 classes, found across the dev sets by kind of page: a local council's minutes page whose
heading prints only the date over the attendance (the body is the site's), and a year's schedule of
meetings in every shape (dates one a line, bullets, a table's date column, a run-on list, a calendar
line). Our own words and names."""

import datetime as dt

from extractors.proceedings.future_meetings import extract_future_meetings
from extractors.proceedings.meetings import extract_meetings
from extractors.proceedings.report_header import extract_report_headers
from extractors.proceedings.split import split_papers
from structure_helpers import document


def meetings_of(text):
    doc = document(text)
    return [(m.body, m.date, m.time, m.location) for m in extract_meetings(doc, split_papers(doc), extract_report_headers(doc))]


def future_of(text, reference=None, body=None):
    doc = document(text)
    return [f.date for f in extract_future_meetings(doc, 0, len(doc.text), reference, body)]


# --- minutes whose heading is the date alone ---------------------------------------------------


def test_date_line_over_present_dates_a_parish_council_minutes_page():
    found = meetings_of(
        """
        October 2023 (Ordinary meeting)

        WEDNESDAY 11th OCTOBER 2023 at 7.15 p.m. at the PAVILION

        Present: Cllrs R Moss, T Lark, E Finch

        Apologies: P Heron

        1. It was RESOLVED to renew the Parish Council insurance with the current provider.
        2. The Parish Council noted the grass cutting schedule.
        """
    )
    assert found == [("Parish Council", dt.date(2023, 10, 11), "19:15", "the PAVILION")]


def test_minutes_title_with_the_date_and_zoom_dates_the_meeting():
    found = meetings_of(
        """
        PC Meeting Minutes 9th June 2022 (via Zoom)

        PRESENT: Councillors D Fenn (Chairman), Mrs Rook, J Wren and the Parish Clerk, Mrs T Dove.
        1. APOLOGIES FOR ABSENCE. None.
        2. DECLARATIONS OF INTEREST. None.
        """
    )
    assert found == [("Parish Council", dt.date(2022, 6, 9), None, "Zoom")]


def test_town_clerk_names_a_town_council():
    found = meetings_of(
        """
        TUESDAY 3 MARCH 2020 6.30 p.m.

        Present:  Councillors A Birch (Chairman), B Ash, C Elm

        In attendance:  D Oak (Town Clerk)

        The Mayor thanked members for attending.
        """
    )
    assert found == [("Town Council", dt.date(2020, 3, 3), "18:30", None)]


def test_date_line_about_the_last_meeting_is_not_this_meeting():
    found = meetings_of(
        """
        Minutes of the last meeting held on 4 May 2021

        Present: Cllrs F Gale, G Hale

        1. The Parish Council agreed the accounts.
        """
    )
    assert found == []


def test_minutes_naming_no_local_council_give_no_meeting():
    found = meetings_of(
        """
        Monday 8 July 2024

        Present: Ann Vale (Chair), Bo Dale, Cy Fell

        1. The group agreed the plan for the summer fair.
        """
    )
    assert found == []


def test_date_far_below_the_top_is_not_the_heading():
    found = meetings_of(
        """
        Village news
        Welcome to our pages
        Notices and events
        Walks and talks
        Saturday 2 March 2024 coffee morning
        Gardening club
        Present: the usual volunteers
        The Parish Council thanks everyone.
        """
    )
    assert found == []


# --- a year's schedule of meetings, in every shape ---------------------------------------------


def test_schedule_table_rows_without_minutes_are_meetings_to_come():
    found = future_of(
        """
        The Amenities Committee meets on the second Monday of each month.
        | Meeting Date | Meeting Title | Agenda | Minutes |
        |---|---|---|---|
        | Mon 11th May, 2026 | Amenities | ||
        | Mon 13th Apr, 2026 | Amenities | ||
        | Mon 9th Mar, 2026 | Amenities Committee | Download | Download |
        """
    )
    assert found == [dt.date(2026, 5, 11), dt.date(2026, 4, 13)]


def test_meeting_dates_heading_with_a_year_span_over_bullets():
    found = future_of(
        """
        Meeting dates for 2025/26 are as follows:

          • 14th May 2025 (Annual Meeting)

          • 11th June 2025

          • 9th July 2025 (7.30pm)
        """
    )
    assert found == [dt.date(2025, 5, 14), dt.date(2025, 6, 11), dt.date(2025, 7, 9)]


def test_yearless_lines_take_the_headings_year_past_a_no_meeting_month():
    found = future_of(
        """
        Meeting Dates for 2027 are:

        Tuesday 6th July

        No meeting in August

        Tuesday 7th September

        Tuesday 5th October – budget meeting
        """
    )
    assert found == [dt.date(2027, 7, 6), dt.date(2027, 9, 7), dt.date(2027, 10, 5)]


def test_yearless_entries_under_a_municipal_year_roll_into_the_next_year():
    found = future_of(
        """
        Dates of Council meetings 2026/27

        17 November
        15 December
        19 January
        """
    )
    assert found == [dt.date(2026, 11, 17), dt.date(2026, 12, 15), dt.date(2027, 1, 19)]


def test_calendar_line_run_still_reads_its_dates():
    found = future_of(
        "To approve the calendar of dates for Council meetings for 2026/27 – Wednesday 13th May, 10th June, 8th July and 9th September.",
        reference=dt.date(2026, 3, 1),
    )
    assert found == [dt.date(2026, 5, 13), dt.date(2026, 6, 10), dt.date(2026, 7, 8), dt.date(2026, 9, 9)]


def test_another_groups_schedule_is_not_the_councils():
    found = future_of(
        """
        Working Group meetings 2026
        12 March 2026
        9 April 2026
        """
    )
    assert found == []


def test_tentative_entries_in_a_schedule_are_left_out():
    found = future_of(
        """
        Council Meetings 2026
        Monday 12 January 2026
        Monday 9 February 2026 (if required)
        Monday 2 or 9 March 2026
        Monday 13 April 2026
        """
    )
    assert found == [dt.date(2026, 1, 12), dt.date(2026, 4, 13)]
