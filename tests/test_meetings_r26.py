"""Round 26 future meetings: a next-meeting sentence naming its kind in several words ('the next full Council
meeting'), a meeting named by its month ('The August Council meeting'), and a year-less weekday date on a page
with no meeting read dated by the one year printed there whose calendar fits it; our own words and dates."""

import datetime as dt

from extractors.proceedings.future_meetings import extract_future_meetings
from structure_helpers import document


def dates_of(text, reference=None, body=None):
    doc = document(text)
    return [f.date.isoformat() for f in extract_future_meetings(doc, 0, len(doc.text), reference, body)]


def test_next_meeting_named_in_two_words_full_council():
    text = "7. Any other business\n\nThe next full Council Meeting will be on Tuesday 9th June 2026 at 7pm in the Pavilion.\n"
    assert dates_of(text) == ["2026-06-09"]


def test_next_meeting_named_in_three_words_at_the_body():
    text = "The next ordinary Parish Council meeting will be held on 14 May 2026.\n"
    assert dates_of(text, dt.date(2026, 4, 9), "Brookvale Parish Council") == ["2026-05-14"]


def test_next_meeting_of_another_kind_in_several_words_is_left_out():
    text = "The next Village Hall Trustees meeting will be held on 14 May 2026.\n"
    assert dates_of(text, dt.date(2026, 4, 9), "Brookvale Parish Council") == []


def test_next_single_word_kind_still_read():
    text = "The next Council meeting will be held via Zoom on Tuesday 7th July 2026 at 6.30 p.m.\n"
    assert dates_of(text) == ["2026-07-07"]


def test_month_named_council_meeting_dated_by_the_page_year():
    text = "2026 Meetings, Minutes and Agendas\n\nThe June Council meeting will be held on Wednesday 3rd June at 8pm online.\n"
    assert dates_of(text) == ["2026-06-03"]


def test_year_less_date_whose_weekday_fits_no_printed_year_gives_none():
    text = "2026 Meetings, Minutes and Agendas\n\nThe June Council meeting will be held on Thursday 3rd June at 8pm online.\n"
    assert dates_of(text) == []


def test_month_named_meeting_of_another_group_is_left_out():
    text = "2026 Notices\n\nThe June Allotments Association meeting will be held on Wednesday 3rd June.\n"
    assert dates_of(text) == []


# A bodyless minutes opening ('Minutes of the meeting held on DATE') with no body heading above takes the one local
# council the page speaks of as the meeting's actor or owner.
from extractors.proceedings.meetings import extract_meetings  # noqa: E402
from extractors.proceedings.report_header import extract_report_headers  # noqa: E402
from extractors.proceedings.split import split_papers  # noqa: E402

_ITEMS = "\n\n1. Apologies\nNone were received.\n\n2. Minutes\n"


def meetings_of(text):
    doc = document(text)
    return [(m.body, m.date) for m in extract_meetings(doc, split_papers(doc), extract_report_headers(doc))]


def test_bodyless_minutes_take_the_parish_council_that_resolved():
    text = "Minutes of the meeting held on Monday 9th March 2026 at 7pm in the Reading Room\n\nPresent: Cllrs Ann Lowe and Bill Ray" + _ITEMS + "The Parish Council RESOLVED to approve the minutes.\n"
    assert meetings_of(text) == [("Parish Council", dt.date(2026, 3, 9))]


def test_bodyless_minutes_take_the_community_council_whose_meeting_it_was():
    text = "Minutes of the meeting on Tuesday, 10th March 2026, 7:00pm incorporating the Annual General Meeting\n(online)\n\nAnn Lowe (Chair), Bill Ray\n\nChair welcomed all to the Annual General Meeting of the Community Council.\n"
    assert meetings_of(text) == [("Community Council", dt.date(2026, 3, 10))]


def test_a_council_named_only_in_passing_is_not_the_meetings_own():
    from extractors.proceedings.meeting_minutes import _self_named

    text = "Minutes of the meeting held on Monday 9th March 2026\n\n1. Vacancies\nTwo seats remain open on the Community Council.\n"
    assert _self_named(text, 0) is None
    assert _self_named(text.replace("open on the Community Council", "open. The Community Council agreed to advertise"), 0) == "Community Council"


def test_bodyless_minutes_naming_two_kinds_of_council_give_no_meeting():
    text = "Minutes of the meeting held on Monday 9th March 2026 at 7pm\n\nPresent: Ann Lowe" + _ITEMS + "The Parish Council resolved to write to the Town Council.\n"
    assert meetings_of(text) == []
