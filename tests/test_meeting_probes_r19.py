"""Round 19 meeting probes, one test per class fixed: a body named only by its kind ('Council', 'Full
Authority') takes the organisation's name printed in the heading block above it or in the notice below a
short title; a meeting's occasion and the paper's status are not the body ('Annual Council, Council',
'Full Parish Meeting of the Council', '... Meeting - Draft'); a minutes heading's time printed before its
venue ('held at 7.30pm in the Village Hall on DATE'), or its venue in capitals after the time ('AT 9.30AM IN
X. PRESENT: ...'); a 'Time:' label with its value on the line below; a proposed calendar of the body's meetings
on one line ('calendar of dates for Council meetings for 2026/27 – 13th May, 10th June ...'). Our own words and names."""

import datetime as dt

from extractors.proceedings.future_meetings import extract_future_meetings
from extractors.proceedings.meeting_bodies import is_generic
from extractors.proceedings.meetings import extract_meetings, normalise_body
from extractors.proceedings.report_header import extract_report_headers
from extractors.proceedings.split import split_papers
from structure_helpers import document


def records_of(text):
    doc = document(text)
    return extract_meetings(doc, split_papers(doc), extract_report_headers(doc))


def meetings_of(text):
    return [(m.body, m.date) for m in records_of(text)]


def test_generic_body_takes_the_name_wrapped_in_capitals_above_it():
    found = meetings_of(
        """Minutes 3rd March 2025
CYNGOR CYMUNED
PENHALLOW VALE
COMMUNITY COUNCIL


Minutes of the Council Meeting
3rd March 2025
Venue Old School Rooms
1 In Attendance
Councillors R Dunn (RD) Chair, P Lake (PL)
2 Apologies
Councillor T Moss
"""
    )
    assert found == [("Penhallow Vale Community Council", dt.date(2025, 3, 3))]


def test_generic_body_takes_a_name_line_above_its_minutes_heading():
    found = meetings_of(
        """Minutes 2025

Oakridge Town Council

Minutes of the Town Council meeting, held at 7pm in the Guild Hall on 14th May 2025.

Present: Cllrs Hart, Bell and Crane.

1. Apologies were received from Cllr Dale.
"""
    )
    assert found == [("Oakridge Town Council", dt.date(2025, 5, 14))]


def test_short_title_gives_way_to_the_notice_naming_the_authority_in_full():
    found = records_of(
        """Full Authority Meeting

Friday 6 March 2026

A meeting of the Northvale and Eastmoor Fire Authority will be held on Friday 6th March 2026, at 10:00hrs in the Blue Room, Fire Headquarters, Northtown to which you are requested to attend, to consider the items on the Agenda below.

Meeting Agenda

  1. Apologies for Absence
  2. Declarations of Interest
"""
    )
    assert [(m.body, m.date, m.time, m.location) for m in found] == [
        ("Northvale and Eastmoor Fire Authority", dt.date(2026, 3, 6), "10:00", "Blue Room, Fire Headquarters, Northtown")
    ]


def test_generic_body_keeps_its_kind_without_a_fuller_name_above():
    # A councillor's own council in the attendance list below is not the meeting's body.
    below = meetings_of(
        """Minutes of the Council Meeting
3rd March 2025
Venue Old School Rooms

Present: Councillor A Bee, Northshire County Council
"""
    )
    assert [body for body, _ in below] == ["Council"]
    # A name above ending with another noun is another body.
    other = meetings_of(
        """NORTHSHIRE FIRE AUTHORITY

Minutes of the Council Meeting
3rd March 2025
Venue Old School Rooms

Present: Councillor A Bee
"""
    )
    assert [body for body, _ in other] == ["Council"]
    # A notice for another body does not rename the title's.
    notice = meetings_of(
        """Full Authority Meeting

Friday 6 March 2026

A meeting of the Audit Committee will be held on Friday 6th March 2026, at 10:00hrs in the Blue Room.

Meeting Agenda

  1. Apologies for Absence
"""
    )
    assert "Audit Committee" not in [body for body, _ in notice]


def test_generic_bodies_are_named_by_their_kind_alone():
    assert is_generic("Council") and is_generic("Full Authority") and is_generic("Parish Council")
    assert not is_generic("Oakridge Town Council") and not is_generic("Cabinet") and not is_generic("Planning Committee")


def test_occasion_and_status_words_are_not_the_body():
    assert normalise_body("Annual Council, Council") == "Council"
    assert normalise_body("Extraordinary, Cabinet") == "Cabinet"
    assert normalise_body("FULL PARISH MEETING OF THE COUNCIL") == "Parish Council"
    assert normalise_body("Annual Meeting of the Council") == "Council"
    assert normalise_body("COMMUNITY COUNCIL MEETING - DRAFT") == "Community Council"
    assert normalise_body("Ashby Community Council – Draft Minutes of Latest Meeting") == "Ashby Community Council"
    assert normalise_body("Ashby Parish Council (Draft)") == "Ashby Parish Council"
    # Near misses: a name with a comma or with 'Draft' in it, and an occasion that names a meeting of its own.
    assert normalise_body("Draft Plan Steering Group") == "Draft Plan Steering Group"
    assert normalise_body("Health, Care and Wellbeing Board") == "Health, Care and Wellbeing Board"
    assert normalise_body("Special Park Authority Meeting") == "Special Park Authority Meeting"


def test_minutes_heading_time_printed_before_the_venue():
    found = records_of(
        """Ashby Parish Council

Minutes of the Parish Council meeting, held at 7.30pm in the Jubilee Rooms, Mill Lane on 20th May 2025.

Present: Cllrs Hart, Bell and Crane.

1. Apologies were received from Cllr Dale.
"""
    )
    assert [(m.time, m.location) for m in found] == [("19:30", "Jubilee Rooms, Mill Lane")]


def test_minutes_heading_in_capitals_venue_after_the_time_ends_at_its_full_stop_or_a_label():
    found = records_of(
        """EASTMOOR WATER BOARD MINUTES OF MEETING OF THE EASTMOOR WATER BOARD HELD ON THURSDAY 5 MARCH 2026 AT 9.30AM IN RIVER HOUSE, QUAY STREET. PRESENT: Mrs A Bell (Chair) Mr B Dunn
"""
    )
    assert [(m.time, m.location) for m in found] == [("09:30", "RIVER HOUSE, QUAY STREET")]
    labelled = records_of(
        """MINUTES OF A MEETING OF FULL COUNCIL HELD ON WEDNESDAY 4 MARCH 2026 AT 7PM IN THE COUNCIL CHAMBER, MILL HOUSE, EASTON PRESENT: Cllr A Bell Cllr B Dunn
"""
    )
    assert [m.location for m in labelled] == ["COUNCIL CHAMBER, MILL HOUSE, EASTON"]


def test_time_label_with_its_value_on_the_line_below():
    found = records_of(
        """Licensing Sub Committee Minutes

Date:
Tuesday 3 March 2026
Time:
10:30am
Place:
Council Offices, High Street, Northtown

Attendance Details

Members:
Councillor A Bell (Chair)
"""
    )
    assert [(m.time, m.location) for m in found] == [("10:30", "Council Offices, High Street, Northtown")]
    # The same front in minutes with their members present (read as an agenda's front page).
    minutes = records_of(
        """Licensing Sub Committee Minutes

Date:
Tuesday 3 March 2026
Time:
10:30am
Place:
Council Offices, High Street, Northtown

Present:
Councillor A Bell (Chair)
Councillor B Dunn

Apologies:
Councillor C Hart

1. Declarations of Interest
None were declared.
"""
    )
    assert [(m.time, m.location) for m in minutes] == [("10:30", "Council Offices, High Street, Northtown")]


def future_of(text, meeting=None, body=None):
    doc = document(text)
    return [f.date for f in extract_future_meetings(doc, 0, len(doc.text), meeting, body)]


def test_calendar_of_the_bodys_meetings_on_one_line():
    item = "  1. To approve the calendar of dates for Council meetings for 2026/27 – Wednesday 13th May, 10th June, 8th July, 9th Sept, 14th Jan\n"
    assert future_of(item) == [dt.date(2026, 5, 13), dt.date(2026, 6, 10), dt.date(2026, 7, 8), dt.date(2026, 9, 9), dt.date(2027, 1, 14)]
    listed = "Meetings for 2026 are as follows: 20 April, 4 or 11 May (Annual Meeting), 15 June, 10 August (if required), 14 September, all at 7.00 pm.\n"
    assert future_of(listed, dt.date(2026, 3, 2), "Kelby Parish Council") == [dt.date(2026, 4, 20), dt.date(2026, 6, 15), dt.date(2026, 9, 14)]
    # Dates already past at the meeting are not future meetings.
    assert future_of(item, dt.date(2026, 8, 1), "Kelby Town Council") == [dt.date(2026, 9, 9), dt.date(2027, 1, 14)]


def test_calendar_near_misses_are_left_out():
    # Another group's calendar at a parish council.
    other = "To approve the calendar of dates for Planning Committee meetings for 2026/27 – 13th May, 10th June, 8th July\n"
    assert future_of(other, dt.date(2026, 3, 2), "Kelby Parish Council") == []
    # No year printed before the dates.
    yearless = "To approve the calendar of dates for Council meetings – 13th May, 10th June, 8th July\n"
    assert future_of(yearless) == []
    # Fewer than three dates is not a calendar.
    short = "To approve the calendar of dates for Council meetings for 2026 – 13th May, 10th June\n"
    assert future_of(short) == []


def test_minutes_of_an_ordinal_meeting_of_the_body_takes_the_body_after_of():
    found = meetings_of(
        """Minutes 3 March 2026

EASTHAM GROUP PARISH COUNCIL

MINUTES OF THE TWO HUNDREDTH PARISH COUNCIL MEETING OF EASTHAM GROUP PARISH COUNCIL HELD ON 3 MARCH 2026 AT 7PM

In Attendance

Councillor A Bell [Chair]  Councillor B Dunn
"""
    )
    assert found == [("Eastham Group Parish Council", dt.date(2026, 3, 3))]


def test_page_title_date_before_the_body_is_not_part_of_its_name():
    found = meetings_of(
        """4 March 2026 / Audit & Risk Committee

A meeting of the

Northvale Combined Authority
Audit and Risk Committee

will be held on

Date: 4th March 2026

Time:  10:30am

Place:  Riverside Hall, Mill Road, Northtown

1. APOLOGIES FOR ABSENCE
"""
    )
    assert [body for body, _ in found] and all("2026" not in body for body, _ in found)
    assert "Risk Committee" in found[0][0]
