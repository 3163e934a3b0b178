"""Round 12 meeting probes, one test per class fixed: two-digit years after an abbreviated month, a
'Minutes:' run-in heading, a year printed only above the heading, ModernGov's 'Meeting of X, DATE (Item N.)',
a front sheet's unlabelled venue line, and next-meeting phrasings; our own words and names."""

import datetime as dt

from extractors.proceedings.future_meetings import extract_future_meetings
from extractors.proceedings.meetings import extract_meetings
from extractors.proceedings.report_header import extract_report_headers
from extractors.proceedings.split import split_papers
from extractors.readers.dates import find_dates
from structure_helpers import document


def meetings_of(text):
    doc = document(text)
    return [(m.body, m.date) for m in extract_meetings(doc, split_papers(doc), extract_report_headers(doc))]


def future_of(text, meeting, body="Parish Council"):
    doc = document(text)
    return [f.date for f in extract_future_meetings(doc, 0, len(doc.text), meeting, body)]


def test_two_digit_year_after_abbreviated_month_with_weekday_or_hyphens():
    assert [d.date for d in find_dates("held on Tues 5 Mar 24 at 7pm")] == [dt.date(2024, 3, 5)]
    assert [d.date for d in find_dates("Meeting date 05-Mar-24.")] == [dt.date(2024, 3, 5)]


def test_two_digit_number_after_month_without_weekday_is_not_a_year():
    found = find_dates("on 5 Mar 24 people came", reference=dt.date(2024, 3, 1))
    assert [(d.text, d.year_inferred) for d in found] == [("5 Mar", True)]
    assert [d.text for d in find_dates("Wed 6 Mar 24/25", reference=dt.date(2024, 3, 1))] == ["Wed 6 Mar"]


def test_minutes_colon_run_in_heading_names_body_and_date():
    found = meetings_of(
        """
        Minutes: Fernleigh Parish Council, Tuesday 5th March 2024, 7pm, Fernleigh Pavilion

        Present: Cllrs Abbot, Birch and Cole
        """
    )
    assert found == [("Fernleigh Parish Council", dt.date(2024, 3, 5))]


def test_yearless_heading_date_takes_the_year_printed_above_it():
    found = meetings_of(
        """
        Gorsebrook Parish Council
        Minutes 2024

        Minutes of the meeting of Gorsebrook Parish Council held on Tuesday 5th March at 7.30pm

        Present: Cllr D Eve
        """
    )
    assert found == [("Gorsebrook Parish Council", dt.date(2024, 3, 5))]


def test_yearless_heading_date_with_a_weekday_no_printed_year_fits_is_left_out():
    found = meetings_of(
        """
        Minutes 2023

        Minutes of the meeting of Gorsebrook Parish Council held on Tuesday 5th March at 7.30pm

        Present: Cllr D Eve
        """
    )
    assert found == []


def test_moderngov_meeting_of_title_with_item_number():
    found = meetings_of(
        """
        Meeting of Executive, Wednesday, 6th March, 2024 6.30 pm (Item 12.)

        Report of the Head of Housing.

        Decision:
        RESOLVED that the policy be adopted.
        """
    )
    assert found == [("Executive", dt.date(2024, 3, 6))]


def test_front_sheet_body_over_date_over_unlabelled_venue_line():
    found = meetings_of(
        """
        Executive

        Monday, 11 March 2024 at 6.00 pm
        Committee Room 3, Civic Offices

        Membership: Councillors P, Q and R

        Agenda
        1. Apologies
        """
    )
    assert found == [("Executive", dt.date(2024, 3, 11))]


def test_next_meeting_be_held_on():
    text = "It was agreed that the next meeting be held on Wednesday 6th March 2024.\n"
    assert future_of(text, dt.date(2024, 2, 7)) == [dt.date(2024, 3, 6)]


def test_date_of_next_meeting_confirmed_as_and_noted_as():
    assert future_of("The date of the next meeting was confirmed as Tuesday 2nd April 2024.\n", dt.date(2024, 3, 5)) == [dt.date(2024, 4, 2)]
    assert future_of("Members noted the date of the next meeting as 10 June 2024.\n", dt.date(2024, 3, 4)) == [dt.date(2024, 6, 10)]


def test_next_meeting_date_run_in_after_a_sentence_or_is():
    closing = "There being no further business the meeting closed at 9.10pm. Next meeting 9th April 2024.\n"
    assert future_of(closing, dt.date(2024, 3, 5)) == [dt.date(2024, 4, 9)]
    assert future_of("The next meeting is Tuesday 9th April 2024 at 7.30pm.\n", dt.date(2024, 3, 5)) == [dt.date(2024, 4, 9)]


def test_next_meeting_mentioned_in_passing_is_read_when_on_names_its_date():
    # A date after 'to the next meeting on' is that meeting's date, even in a sentence about something else.
    text = "Resolved: defer the report to the next meeting on 9 April 2024.\n"
    assert future_of(text, dt.date(2024, 3, 5)) == [dt.date(2024, 4, 9)]


def test_next_meeting_heading_naming_another_group_is_not_the_bodys():
    text = "Next meeting of the Village Plan Steering Group: 20th March 2024\n"
    assert future_of(text, dt.date(2024, 3, 5)) == []


def test_sentence_case_body_under_meeting_details_heading():
    found = meetings_of(
        """
        Meeting Details

            Housing and neighbourhoods committee
            14 Mar 2024 - 18:00
            • Documents
            • Attendance
        """
    )
    assert found == [("Housing and neighbourhoods committee", dt.date(2024, 3, 14))]


def test_yearless_month_first_date_with_ordinal_dates_a_next_meeting():
    text = "The next meeting to be held on Tuesday January 30th at 7.00 pm in the Village Hall\n"
    assert future_of(text, dt.date(2023, 12, 12)) == [dt.date(2024, 1, 30)]
    assert [d.text for d in find_dates("the March 3 figures", reference=dt.date(2024, 1, 1))] == []


def test_body_over_agenda_over_meeting_to_be_held_on_line():
    found = meetings_of(
        """
        Upperby Parish Council
        Agenda
        Meeting to be held on Tuesday 5th March 2024 at 7.30pm at the Reading Room

        1. Apologies
        """
    )
    assert found == [("Upperby Parish Council", dt.date(2024, 3, 5))]


def test_next_meetings_plural_heading_lists_dates_on_one_line():
    text = "Next meetings: 12th February, 11th March and 8th April 2024.\n"
    assert future_of(text, dt.date(2024, 1, 15), "Marston Town Council") == [dt.date(2024, 2, 12), dt.date(2024, 3, 11), dt.date(2024, 4, 8)]


def test_next_meeting_of_another_council_committee_is_not_the_bodys():
    text = "The next meeting of the District Council Planning Committee will be held on 20th March 2024.\n"
    assert future_of(text, dt.date(2024, 3, 5), "Crossby Parish Council") == []


def test_next_meeting_naming_the_body_in_full_or_by_its_kind_is_the_bodys():
    full = "The next meeting of Crossby Parish Council will be held on 2nd April 2024.\n"
    assert future_of(full, dt.date(2024, 3, 5), "Parish Council") == [dt.date(2024, 4, 2)]
    kind = "The next meeting of the Panel will be held on 14 June 2024.\n"
    assert future_of(kind, dt.date(2024, 3, 8), "Westshire Police and Crime Panel") == [dt.date(2024, 6, 14)]


def test_flattened_table_labels_without_colons():
    found = meetings_of(
        """
        Appeals Sub-Committee
        Date\tThursday 14 March 2024
        Time\t10.00 am
        Venue\tCommittee Room 4

        Agenda
        1. Apologies
        """
    )
    assert found == [("Appeals Sub-Committee", dt.date(2024, 3, 14))]


def test_next_council_meeting_on_a_page_with_no_meeting_read():
    text = "Meetings may be held remotely. The next Council meeting will be held via Zoom on Tuesday 7th July 2020 at 6.30 p.m.\n"
    assert future_of(text, None, None) == [dt.date(2020, 7, 7)]
    other = "The next Allotments meeting will be held on Tuesday 7th July 2020.\n"
    assert future_of(other, None, None) == []


def test_next_parish_council_meeting_heading_over_its_date_line():
    text = "Next Parish Council Meeting:\n\nThursday 4 January 2018\n\nTo view the agenda follow the link.\n"
    assert future_of(text, None, None) == [dt.date(2018, 1, 4)]
    other = "Next Planning Committee Meeting:\n\nThursday 11 January 2018\n"
    assert future_of(other, dt.date(2017, 12, 7), "Coldby Parish Council") == []
