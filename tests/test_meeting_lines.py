"""Meetings named by one line or sentence at the top of a page (extractors/proceedings/meeting_lines.py), in our own words."""

import datetime as dt

import pytest

from extractors.proceedings.meetings import extract_meetings
from extractors.proceedings.report_header import extract_report_headers
from extractors.proceedings.split import split_papers
from structure_helpers import document


def meetings_of(doc):
    found = extract_meetings(doc, split_papers(doc), extract_report_headers(doc))
    return [(m.body, m.date, m.time) for m in found]


def test_summons_to_be_held_at_a_time_on_a_date():
    doc = document(
        """
        Village Business Meeting
        You are summoned to attend a meeting of Marsh End Parish Council, to be held at 7.15pm on Thursday March 5th, 2020 at Marsh End Institute, followed by a meeting of the Allotments Committee.
        1. To receive apologies for absence.
        2. To approve the minutes of the Parish Council meeting held on February 6th 2020.
        """
    )
    assert meetings_of(doc) == [("Marsh End Parish Council", dt.date(2020, 3, 5), "19:15")]


def test_summons_the_meeting_of_a_body_on_a_weekday():
    doc = document(
        """
        To: all Members of Fernby Parish Council
        Issue date:      Monday 2nd May 2022

        You are hereby summoned to attend the meeting of Fernby Parish Council on Monday 9th May 2022 at 7.00pm, to be held at:

        Fernby Reading Room for the purpose of transacting the business below.
        """
    )
    assert meetings_of(doc) == [("Fernby Parish Council", dt.date(2022, 5, 9), "19:00")]


def test_notice_sentence_about_the_next_meeting_is_not_the_meeting():
    doc = document(
        """
        Notes from the office

        The next meeting of the Town Council will be held on Tuesday 4th June 2024 at 7pm in the Guildhall.
        """
    )
    assert meetings_of(doc) == []


def test_minutes_title_line_without_held():
    doc = document(
        """
        Minutes of the Town Council Meeting 14th March 2023

        Present     Cllr. A. Brook (in the chair).
        101.   Apologies for Absence
        """
    )
    assert meetings_of(doc) == [("Town Council", dt.date(2023, 3, 14), None)]


def test_minutes_title_line_without_meeting_word():
    doc = document(
        """
        Minutes of Parish Council 9 October 2024

        THOSE ATTENDING:
        Cllr P Stone
        """
    )
    assert meetings_of(doc) == [("Parish Council", dt.date(2024, 10, 9), None)]


def test_run_together_pdf_minutes_heading_in_capitals():
    doc = document(
        "NOTICE - Converted text may differ from the printed copy. GLENMOOR NATIONAL PARK AUTHORITY MINUTES OF THE "
        "BOARD MEETING held at Kirkton Hall, Kirkton on 14th March 2008 at 11.00am PRESENT Ann Reid Bill Tait "
        "Apologies: Carol Weir"
    )
    assert meetings_of(doc) == [("Glenmoor National Park Authority", dt.date(2008, 3, 14), "11:00")]


def test_heading_over_a_labelled_date_line():
    doc = document(
        """
        Lakeland Park Authority

        Meeting Date : 05/11/2021

        Online Meeting 2.30pm

        1.  To receive apologies for absence
        2.  To confirm the minutes of the meeting held on 1 October 2021
        """
    )
    assert meetings_of(doc) == [("Lakeland Park Authority", dt.date(2021, 11, 5), None)]


def test_heading_with_meeting_word_over_a_date_line():
    doc = document(
        """
        Fire Authority Meeting

        Thursday 12 March 2026

        2:00pm - 4:00pm

        All Members meet together as the Authority to set the budget.
        """
    )
    assert meetings_of(doc) == [("Fire Authority", dt.date(2026, 3, 12), None)]


def test_agenda_for_a_body_with_the_date_on_the_same_line():
    doc = document(
        """
        Agenda for Cabinet Tuesday, 9th June, 2026, 2.00 pm

        Comments on the papers.
        """
    )
    assert meetings_of(doc) == [("Cabinet", dt.date(2026, 6, 9), "14:00")]


def test_item_line_with_a_date_is_not_a_meeting_title():
    doc = document(
        """
        PRESENT: Councillors A Bell and C Dunn.
        BY-ELECTIONS - 6 MAY 2021 1. There was submitted a report dated 10 May 2021 by the Chief Executive.
        2. DECLARATIONS OF INTEREST - 6 MAY 2021
        """
    )
    assert all(body != "By-Elections" for body, _, _ in meetings_of(doc))


def test_numbered_item_about_minutes_held_on_a_date_is_not_a_meeting_title():
    doc = document(
        """
        THOSE ATTENDING:
        Cllr K Moss
        C101/24      5.         TO RECEIVE THE MINUTES OF THE PARISH COUNCIL MEETING HELD ON 2 APRIL 2024 .
        The meeting agreed the minutes.
        """
    )
    assert all(date != dt.date(2024, 4, 2) for _, date, _ in meetings_of(doc))


def test_minutes_heading_of_another_body_quoted_in_minutes_is_not_a_meeting():
    doc = document(
        """
        Minutes of a meeting of the Ashdown District Council held in the Council Chamber, Old Mill, Ashdown on Tuesday 3 May 2016 at 6.30pm.

        Related documents

        Minutes of the Kelby Parish Council Monthly Meeting held in the Kelby Institute, Long Lane, Kelby on Monday 9 th May 2016 at 7.
        """
    )
    assert meetings_of(doc) == [("Ashdown District Council", dt.date(2016, 5, 3), "18:30")]


def test_page_title_of_body_minutes_word_and_date():
    doc = document(
        """
        Browse By

        Parish Council Minutes 4 June 2024


        Draft minutes of meeting held on 4th June 2024 at 7.30 pm in the Old School Room.

        Present: Cllrs A Lane (AL), B Moss (BM)
        """
    )
    assert meetings_of(doc) == [("Parish Council", dt.date(2024, 6, 4), None)]


def test_page_title_with_abbreviated_month_and_trailing_minutes_word():
    doc = document(
        """
        Parish Council Meeting 10th Oct 2022 – Minutes

        MINUTES of the meeting of ELMHAM PARISH COUNCIL held on Monday 10th October at 7pm in the Village Hall.
        """
    )
    # The heading names the body in full; its year-less date takes the year the title prints (round 12).
    assert [(body, date) for body, date, _ in meetings_of(doc)] == [("Elmham Parish Council", dt.date(2022, 10, 10))]


def test_linked_minutes_item_on_a_meeting_page_is_not_a_minutes_heading():
    doc = document(
        """
        Agenda and minutes

        Venue: Civic Hall

        Items
        No. Item

        12.

        MINUTES OF THE HOUSING PDS COMMITTEE MEETING HELD ON 14TH MARCH 2019 pdf icon PDF 210 KB

        Minutes:

        The minutes were agreed.
        """
    )
    assert all(date != dt.date(2019, 3, 14) for _, date, _ in meetings_of(doc))


def test_page_title_with_hyphenated_body_name_is_read():
    doc = document(
        """
        Agenda

        Co-ordinating Review Group - Monday 4th October 2021 6.30 pm

        Venue: Online meeting

        Items
        No. Item

        1.

        Apologies for Absence

        2.

        Declarations of Interest
        """
    )
    assert meetings_of(doc) == [("Co-ordinating Review Group", dt.date(2021, 10, 4), "18:30")]


def test_title_of_decision_maker_minutes_and_date_between_dashes():
    doc = document(
        """
        Cabinet Member – Minutes – 3 March 2021

        4 HALL REPAIR GRANT – The Director submitted a report on an application for a grant.
        """
    )
    assert meetings_of(doc) == [("Cabinet Member", dt.date(2021, 3, 3), None)]


def test_body_and_date_title_without_separator_over_a_venue_line():
    doc = document(
        """
        Easthope Council Cabinet 8 June 2021

        Venue: The meeting will be held online.


        No. Item
        1. Apologies for absence
        2. Declarations of interest
        """
    )
    assert meetings_of(doc) == [("Easthope Council Cabinet", dt.date(2021, 6, 8), None)]


def test_body_and_date_title_without_a_venue_line_is_not_read():
    doc = document(
        """
        Easthope Council Cabinet 8 June 2021

        Read the latest news from the council below.

        1. Apologies for absence
        """
    )
    assert meetings_of(doc) == []


def test_short_title_gives_way_to_notice_naming_the_body_in_full():
    doc = document(
        """
        Special Fire Authority Meeting – 9 October 2024

        A Special Meeting of the Northvale Fire Authority is being held in Room 2, Fire Headquarters, Northvale, on WEDNESDAY 9 OCTOBER 2024 at 2.00PM.

        Item 1: Apologies

        Item 2: Date of Next Meeting – Thursday 5 December 2024 at 10 am.
        """
    )
    assert meetings_of(doc) == [("Northvale Fire Authority", dt.date(2024, 10, 9), "14:00")]


def test_meeting_label_over_venue_and_date_label_with_trailing_words():
    doc = document(
        """
        Extra Authority Agenda
        Meeting: Special Fenbury Park Authority Meeting
        Venue: The Warden's House, Fenbury
        Date: Friday 2 June 2023 at 2.15 pm or when the Planning Committee ends, whichever is later
        Business
        1. Questions from the public.
        2. Review of the footpath plan.
        """
    )
    assert meetings_of(doc) == [("Special Fenbury Park Authority Meeting", dt.date(2023, 6, 2), "14:15")]


def test_notice_of_a_meeting_heading_under_an_addressee_line():
    doc = document(
        """
        Meeting documents
        Monday, 6 March 2017
        To Members of the Executive
        Notice of a Meeting of the Executive
        Monday 6 March 2017 at 10.30 am
        Shire Hall, Brookford
        1. Apologies for Absence
        2. Minutes
        """
    )
    assert meetings_of(doc) == [("Executive", dt.date(2017, 3, 6), "10:30")]


def test_meeting_label_with_a_moderngov_date_is_not_a_body():
    doc = document(
        """
        Issue - meetings
        Meeting: 07/03/2022 - Licensing Panel (Item 4)
        4 Minutes of the last meeting
        """
    )
    assert all(body == "Licensing Panel" for body, _, _ in meetings_of(doc))


def test_body_printed_twice_over_a_bare_date_is_read():
    doc = document(
        """
        Combined Fire Authority
        Combined Fire Authority
        8 November 2022
        Item no. Agenda Item Details Status
        01 Apologies for Absence
        02 Public Questions
        """
    )
    assert meetings_of(doc) == [("Combined Fire Authority", dt.date(2022, 11, 8), None)]


def bodies_of(doc):
    return [(body, date) for body, date, _ in meetings_of(doc)]


def test_decided_at_meeting_line_with_the_next_cell_run_on():
    doc = document(
        """
        Decision details
        Hedge planting scheme
        Decided at meeting: 04/03/2025 - Executive Board Effective from: 14/03/2025
        """
    )
    assert bodies_of(doc) == [("Executive Board", dt.date(2025, 3, 4))]


@pytest.mark.parametrize(
    "title, body",
    [("Minutes of the Licensing Panel", "Licensing Panel"), ("Minutes of Little Fenby Parish Council", "Little Fenby Parish Council")],
)
def test_minutes_title_words_are_not_the_body(title, body):
    doc = document(
        f"""
        {title}
        Monday 3rd March 2025
        Venue: Room 3

        Present: Councillor Ann Oak (Chair)
        1. Apologies
        None.
        """
    )
    assert bodies_of(doc) == [(body, dt.date(2025, 3, 3))]


def test_record_of_decisions_heading_over_body_and_date():
    doc = document(
        """
        Record of Decisions

        Executive Board

        4 March 2025

        1. Hedge planting scheme
        RESOLVED that the scheme be agreed.
        """
    )
    assert bodies_of(doc) == [("Executive Board", dt.date(2025, 3, 4))]


def test_parent_council_line_over_the_committee_heading_gives_the_committee():
    doc = document(
        """
        Eastmoor District Council
        Licensing Committee Agenda
        Date: Wednesday 9 September 2026
        Time: 6.30 pm
        Venue: Committee Room 2, Civic Offices
        1. Apologies for absence
        2. Declarations of interest
        """
    )
    assert meetings_of(doc) == [("Licensing Committee", dt.date(2026, 9, 9), "18:30")]


def test_date_first_title_over_the_agenda_heading():
    doc = document(
        """
        17 June 2026 7.30 pm - Full Council
        Agenda
        1. Apologies for absence
        2. Minutes of the previous meeting
        """
    )
    assert meetings_of(doc) == [("Full Council", dt.date(2026, 6, 17), "19:30")]


def test_body_comma_date_title_over_the_agenda_heading():
    doc = document(
        """
        Harbour Board, 2 February 2026
        Agenda
        1. Apologies for absence
        2. Minutes of the previous meeting
        """
    )
    assert meetings_of(doc) == [("Harbour Board", dt.date(2026, 2, 2), None)]


def test_date_and_words_over_the_agenda_heading_is_not_a_title():
    doc = document(
        """
        Updated 2 February 2026 following the council meeting
        Agenda
        1. Apologies for absence
        2. Minutes of the previous meeting
        """
    )
    assert meetings_of(doc) == []
