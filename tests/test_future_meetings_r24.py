"""Round 24 future meetings: schedule headings as a class, the body's own meeting announced for a day, a
parenthesis naming another meeting, weekday checks on year-less days, and a page's lead above its first paper."""

import datetime as dt

from extractors.facts import extract_facts
from extractors.proceedings.future_meetings import extract_future_meetings
from structure_helpers import document

REF = dt.date(2026, 3, 10)


def dates_of(text, reference=REF, body=None):
    doc = document(text)
    return [f.date.isoformat() for f in extract_future_meetings(doc, 0, len(doc.text), reference, body)]


def test_schedule_heading_for_part_of_a_year():
    text = "Meeting dates for the first half of 2027\n\nMonday 11 January\n\nMonday 8 February\n\nAbout the Clerk\n"
    assert dates_of(text, None) == ["2027-01-11", "2027-02-08"]


def test_schedule_heading_of_remaining_meetings():
    text = "Remaining meetings for 2026\n\nMonday 7th December\n\nThe Clerk can be reached by email.\n"
    assert dates_of(text, None) == ["2026-12-07"]


def test_schedule_heading_ending_in_a_full_stop_with_a_note_line_before_the_entries():
    text = "Town Council meeting dates for 2027.\n\nMeetings begin at 7pm in the Reading Room.\n\nWednesday 6th January\n\nWednesday 3rd February\n"
    assert dates_of(text, None) == ["2027-01-06", "2027-02-03"]


def test_year_first_calendar_heading_with_day_first_entries():
    text = "2027 Calendar of Parish Council Meetings\n\n7th January Full Parish Meeting\n4th February Full Parish Meeting\n"
    assert dates_of(text, None) == ["2027-01-07", "2027-02-04"]


def test_dates_of_the_meetings_sentence_with_a_note_after_its_stop():
    text = (
        "These are the dates of the Parish Council meetings for 2027. Meetings usually start at 6pm on the first Thursday.\n\n"
        "7th January Full Parish Meeting\n4th February Full Parish Meeting\n"
    )
    assert dates_of(text, None) == ["2027-01-07", "2027-02-04"]


def test_electors_meeting_entry_is_left_out_but_a_full_council_meeting_is_kept():
    text = (
        "Parish Council meeting dates for 2027\n\n4th March Assembly of the Parish followed by Full Parish meeting\n"
        "Monday 5 April (Annual Parish Meeting)\nTuesday 11 May (Annual Parish Council Meeting)\n"
    )
    assert dates_of(text, None) == ["2027-03-04", "2027-05-11"]


def test_schedule_heading_naming_minutes_is_not_a_schedule():
    text = "Minutes of meetings 2025\n\n12 March 2025\n\n9 April 2025\n"
    assert dates_of(text, None) == []


def test_council_meeting_announced_for_a_day():
    text = "A Council meeting will be held on Monday 23 March 2026 at 7pm in the Hall.\n"
    assert dates_of(text, None) == ["2026-03-23"]


def test_further_meeting_of_the_own_committee_with_a_yearless_day():
    text = "It was agreed to hold a further meeting of the Finance Committee on 24 th March when the budget is set.\n"
    assert dates_of(text, REF, "Finance Committee") == ["2026-03-24"]


def test_announced_meeting_of_another_group_or_the_electors_gives_none():
    text = (
        "The Annual Parish Meeting will be held on 20 April 2026.\nA public meeting will be held on 21 March 2026.\n"
        "The Planning Committee meeting will be held on 22 March 2026.\nA meeting will be held with residents on 23 March 2026.\n"
        "A special meeting will be held on 24 March 2026.\nAn extraordinary meeting of the Council was held on 3 March 2026.\n"
    )
    assert dates_of(text, REF, "Parish Council") == []


def test_parenthesis_naming_the_electors_meeting_before_a_date():
    text = "Date of next meeting: Monday 13th April 2026 (Annual Parish Meeting 20th April 2026)\n"
    assert dates_of(text, REF, "Parish Council") == ["2026-04-13"]


def test_yearless_day_whose_weekday_disagrees_gives_none():
    assert dates_of("Date of next meeting: Tuesday 13 April at 7pm\n") == []
    assert dates_of("Date of next meeting: Monday 13 April at 7pm\n") == ["2026-04-13"]


def test_next_meeting_in_the_lead_above_an_agenda_table():
    text = (
        "This is a meeting of the Borough Council held on the 12th Mar 2026.\n"
        "The next meeting is scheduled for 21st May 2026.\n"
        "Council Chamber\n"
        "Item | Title | Minutes |\n1 | Apologies for Absence |\n2 | Minutes of the previous meeting |\n"
        "3 | Declarations of Interest |\n4 | Leader's Report |\n"
    )
    facts = extract_facts(document(text))
    assert [d.isoformat() for d in facts.future_meetings] == ["2026-05-21"]


# Meetings: a page titled by its meeting over the meeting's date line (``meeting_labels.titled_meeting``).
from extractors.proceedings.meeting_labels import titled_meeting  # noqa: E402


def titled(text):
    found = titled_meeting(text, 0, len(text))
    return (found.body, found.date.isoformat(), found.time, found.location) if found else None


def test_meeting_title_over_its_date_line_with_a_venue_label():
    text = "Agenda and minutes\n\nANNUAL GENERAL MEETING\nMonday 18 May 2026 7.00 pm\n\nVenue: Town Hall, Exampleton. View directions\n"
    assert titled(text) == ("ANNUAL GENERAL MEETING", "2026-05-18", "19:00", "Town Hall, Exampleton")


def test_meeting_title_with_agenda_and_papers_and_month_tail():
    text = "Public board meeting agenda and papers: May 2026\n\nWednesday 13 May 2026 at 1:30pm via Zoom\n\n1. Apologies\n"
    assert titled(text) == ("Public board meeting", "2026-05-13", "13:30", None)


def test_meeting_in_public_title_over_a_held_on_line():
    text = "Page Contents\nNorth Vale Care Board Meeting in Public\nHeld on 2 nd April 2026 via Microsoft Teams\nPresent:\n"
    assert titled(text) == ("North Vale Care Board Meeting", "2026-04-02", None, None)


def test_meeting_titles_that_name_no_meeting_of_a_body_give_none():
    assert titled("Minutes of the Meeting\nHeld on Wednesday 18 March 2026\n") is None
    assert titled("Date of next meeting\n14 April 2026\n") is None
    assert titled("Ordinary  Meeting Minutes\nHeld on Wednesday 29 April 2026\n") is None
    assert titled("Previous meeting\n3 March 2026\n") is None


def test_meeting_title_whose_date_line_weekday_disagrees_gives_none():
    assert titled("Board Meeting\nTuesday 18 May 2026\n") is None
