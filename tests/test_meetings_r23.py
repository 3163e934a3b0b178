"""Round 23 classes, by template: minutes openings ('Minutes of the Meeting of the X held' / 'in VENUE on
DATE'), a minutes heading whose weekday is not its date's, and lone minutes whose first dated line is a
minute's text (the confirmation of an earlier meeting's minutes). Our own words and names."""

import datetime as dt

from extractors.proceedings.structure import extract_structure
from structure_helpers import document


def meetings_of(text):
    return [(m.body, m.date, m.time, m.location) for m in extract_structure(document(text)).meetings]


def test_held_wrapped_a_paragraph_above_its_venue_and_date_still_reads_the_meeting():
    found = meetings_of(
        """
        MARLOW FEN PARISH COUNCIL

        Minutes of the Meeting of the Parish Council held

             In the Village Hall on 3/10/2024 at 7.30pm

        Present:- Cllr T. Reed (Chairman), Cllr P. Sedge, Cllr L. Rush.

        1. Apologies: none.
        """
    )
    assert found == [("Marlow Fen Parish Council", dt.date(2024, 10, 3), "19:30", "Village Hall")]


def test_minutes_heading_whose_weekday_is_not_the_dates_is_not_this_meeting():
    found = meetings_of(
        """
        MINUTES OF A MEETING OF FULL COUNCIL HELD ON FRIDAY … · Monday 6th March 2023 was moved ...

        MINUTES OF A MEETING OF FULL COUNCIL HELD ON WEDNESDAY 1st MARCH 2023 AT 7PM IN THE GUILD ROOM, OLD MARKET, BRANSBY
        PRESENT: Cllr A Dove (Mayor) Cllr B Wren Cllr C Finch
        """
    )
    assert [(b, d) for b, d, _, _ in found] == [("Full Council", dt.date(2023, 3, 1))]


def test_minutes_heading_with_the_right_weekday_is_kept():
    found = meetings_of(
        """
        MINUTES OF A MEETING OF FULL COUNCIL HELD ON MONDAY 6th MARCH 2023 AT 7PM IN THE GUILD ROOM
        PRESENT: Cllr A Dove (Mayor) Cllr B Wren
        """
    )
    assert [(b, d) for b, d, _, _ in found] == [("Full Council", dt.date(2023, 3, 6))]


def test_confirmation_of_an_earlier_meetings_minutes_is_not_the_meeting_of_lone_minutes():
    found = meetings_of(
        """
        Present: Cllrs Heron (Chairman), Crane, Stork
        Also Present: Mary Teal (Clerk)
        Meeting Location: Long Ashby Village Hall
        2023-05_1. APOLOGIES FOR ABSENCE
        Apologies were received from Cllr Snipe.
        2023-05_2. CONFIRMATION OF MINUTES
        RESOLVED: The minutes of the meeting of the Parish Council which took place on Tuesday 11th April 2023 were approved as an accurate record.
        2023-05_3. CHAIRMAN'S REPORT
        The Chairman gave an update on the plans for the village hall.
        """
    )
    assert found == []


def test_numbered_item_heading_over_a_date_is_not_a_body():
    found = meetings_of(
        """
        Present: Cllrs Heron, Crane
        4. CONFIRMATION OF MINUTES
        Tuesday 11th April 2023
        """
    )
    assert found == []


def test_lone_minutes_body_over_date_line_still_read():
    found = meetings_of(
        """
        OAKHURST TOWN COUNCIL
        Minutes of the Full Council Meeting
        Tuesday 11th April 2023 at 7pm
        Council Chamber, Oakhurst Town Hall
        Present: Cllrs Heron, Crane, Stork
        1. Apologies for absence
        """
    )
    assert [(b, d) for b, d, _, _ in found] == [("Oakhurst Town Council", dt.date(2023, 4, 11))]
