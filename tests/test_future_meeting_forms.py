"""Future meetings: agenda-item and numbered headings, next-meeting sentences, unset dates, year-less days."""

import datetime as dt

from extractors.proceedings.future_meetings import extract_future_meetings
from structure_helpers import document


def dates_of(text, reference, body=None):
    doc = document(text)
    return [f.date for f in extract_future_meetings(doc, 0, len(doc.text), reference, body)]


def test_item_label_with_a_colon_heads_the_next_meeting_date():
    text = "Item 4: Budget update\nItem 5: Date of Next Meeting – Friday 9 October 2026 at 10 am.\n"
    assert dates_of(text, dt.date(2026, 9, 1)) == [dt.date(2026, 10, 9)]


def test_agenda_item_asking_to_agree_the_next_meeting_date():
    text = "3) To note the clerk's report.\n4) To agree the date of the next meeting: Monday 12th January 2026.\n"
    assert dates_of(text, None) == [dt.date(2026, 1, 12)]


def test_date_time_and_venue_heading_with_a_yearless_day():
    text = "7. Date, time and venue of next meeting:\n\nTuesday 3 November at 7pm in the Scout Hut\n"
    assert dates_of(text, dt.date(2026, 10, 6)) == [dt.date(2026, 11, 3)]


def test_yearless_day_before_the_meeting_is_the_next_year():
    text = "Date of next meeting: Thursday 14 January\n"
    assert dates_of(text, dt.date(2026, 6, 18)) == [dt.date(2027, 1, 14)]


def test_next_meeting_to_be_confirmed_gives_none():
    text = "6. Date of next meeting: to be confirmed\nThe meeting closed at 9.10pm.\nSigned: Chair  Date: 2 June 2026\n"
    assert dates_of(text, dt.date(2026, 5, 5)) == []


def test_next_meeting_sentence_in_running_text():
    text = "There being no other business the chair closed the meeting. The next meeting is scheduled for 19th March 2026.\n"
    assert dates_of(text, dt.date(2026, 2, 2)) == [dt.date(2026, 3, 19)]


def test_next_meeting_sentence_of_another_kind_of_meeting_is_left_out():
    text = "Police report. The next Neighbourhood Watch meeting will be held on Monday 4 May 2026 at the library.\n"
    assert dates_of(text, dt.date(2026, 4, 20), body="Parish Council") == []


def test_date_qualified_as_another_meeting_is_left_out():
    text = "Dates of next meetings\nAgreed as 8 May 2026 (Allotments meeting at 7 pm) and 20 May 2026 (Council meeting at 7.30 pm).\n"
    assert dates_of(text, dt.date(2026, 4, 1), body="Council") == [dt.date(2026, 5, 20)]
