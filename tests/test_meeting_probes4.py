"""Round 15 meeting probes, one test per class fixed: a meeting header flattened into a pipe table
('| Meeting | X |', '| Date | ... |', '| Venue | ... |'), a 'Meeting of:' label, and a bilingual
Welsh / English 'Date of next meeting' heading; our own words and names."""

import datetime as dt

from extractors.proceedings.future_meetings import extract_future_meetings
from extractors.proceedings.meetings import extract_meetings
from extractors.proceedings.report_header import extract_report_headers
from extractors.proceedings.split import split_papers
from structure_helpers import document


def meetings_of(text):
    doc = document(text)
    return [(m.body, m.date, m.time, m.location) for m in extract_meetings(doc, split_papers(doc), extract_report_headers(doc))]


def future_of(text, meeting, body="Brackenby Community Council"):
    doc = document(text)
    return [f.date for f in extract_future_meetings(doc, 0, len(doc.text), meeting, body)]


def test_meeting_header_flattened_into_a_pipe_table():
    assert meetings_of(
        """
        Meetings | Calendar | Contact us
        | Meeting | Housing Review Committee |
        | Date | Wednesday 17 April 2024 |
        | Time | 6.30 pm |
        | Venue | Room 3, Brackenby House |
        Agenda
        1. Declarations of interest
        """
    ) == [("Housing Review Committee", dt.date(2024, 4, 17), "18:30", "Room 3, Brackenby House")]


def test_pipe_table_row_of_another_label_names_no_body():
    assert meetings_of(
        """
        | Contact | Democratic Services |
        | Date | Wednesday 17 April 2024 |
        | Venue | Room 3, Brackenby House |
        """
    ) == []


def test_meeting_of_label_names_the_body():
    assert meetings_of(
        """
        Meeting of: Fire Authority
        Date and time: Friday 26 April 2024, 10:30
        Place: Service Headquarters
        """
    ) == [("Fire Authority", dt.date(2024, 4, 26), "10:30", "Service Headquarters")]


def test_bilingual_date_of_next_meeting_heading_with_the_welsh_first():
    assert future_of(
        """
        10. Dyddiad y cyfarfod nesaf / Date of next meeting
        14 May 2024
        """,
        dt.date(2024, 4, 2),
    ) == [dt.date(2024, 5, 14)]


def test_bilingual_heading_of_another_item_lists_no_dates():
    assert future_of(
        """
        10. Gohebiaeth / Correspondence
        14 May 2024 letter from the county
        """,
        dt.date(2024, 4, 2),
    ) == []


def test_meeting_date_label_under_a_committee_label():
    assert meetings_of(
        """
        Committee: Highways Committee
        Meeting Date: 09/04/2024
        Time: 7pm
        Venue: Council Chamber
        """
    )[0][:2] == ("Highways Committee", dt.date(2024, 4, 9))


def test_bare_future_meetings_heading_over_pipe_rows():
    assert future_of(
        """
        Future meetings
        | 4 June 2024 | 10am | Room 1 |
        | 10 September 2024 | 10am | Room 1 |
        """,
        dt.date(2024, 4, 2),
    ) == [dt.date(2024, 6, 4), dt.date(2024, 9, 10)]


def test_future_meetings_words_inside_a_sentence_head_nothing():
    assert future_of(
        """
        Future meetings of the forum were discussed.
        4 June 2024 was suggested for a site visit.
        """,
        dt.date(2024, 4, 2),
    ) == []


def test_date_of_the_next_meeting_set_off_by_a_comma():
    assert future_of("12. Members noted the date of the next meeting, 4 June 2024.", dt.date(2024, 4, 2)) == [
        dt.date(2024, 6, 4)
    ]


def test_deadline_beside_the_next_meeting_is_not_a_meeting_date():
    assert future_of(
        "Next meeting: 4 June 2024. Items for the agenda to the Clerk by 28 May 2024.", dt.date(2024, 4, 2)
    ) == [dt.date(2024, 6, 4)]
    assert future_of(
        "The next meeting will be held on 4 June 2024; reports to be submitted no later than Friday 24 May 2024.",
        dt.date(2024, 4, 2),
    ) == [dt.date(2024, 6, 4)]
