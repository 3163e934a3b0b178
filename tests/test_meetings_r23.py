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


def future_of(text):
    return [f.date for f in extract_structure(document(text)).future_meetings]


def test_next_meeting_with_a_stray_year_that_is_not_the_guessed_one_gives_none():
    found = future_of(
        """
        Minutes of the Meeting of Elmstead Parish Council held on 9th January 2025 at 7.30pm in the Village Hall
        Present: Cllr A Moss (Chairman), Cllr B Heath
        1. Apologies: none.
        The Meeting Closed at 8.40pm
        Next Meeting will be on the 6th March. 2024
        """
    )
    assert found == []


def test_next_meeting_with_its_year_after_a_full_stop_that_agrees_is_kept():
    found = future_of(
        """
        Minutes of the Meeting of Elmstead Parish Council held on 9th January 2025 at 7.30pm in the Village Hall
        Present: Cllr A Moss (Chairman), Cllr B Heath
        1. Apologies: none.
        Next Meeting will be on the 6th March. 2025
        """
    )
    assert found == [dt.date(2025, 3, 6)]


# --- a header of labels only: 'Date:', 'Time:', 'Location:' with no body line ---------------------

_LABELS = """
        12 June 2024

        Date:

        Wednesday, 12 June, 2024

        Time:

        10:30

        Location:

        Service Headquarters, Elmbridge

        Item no. Agenda Item Details Status
        01 Apologies for Absence
        02 Minutes
        Members are asked to agree the minutes of the Rescue Authority meeting held on 3 April 2024.
        03 Budget
        The Rescue Authority is asked to note the report. The Authority will receive a further update.
        """


def test_labels_only_header_takes_the_body_the_page_names_most():
    found = meetings_of(_LABELS)
    assert found == [("Rescue Authority", dt.date(2024, 6, 12), "10:30", "Service Headquarters, Elmbridge")]


def test_labels_only_header_with_the_value_on_the_same_line():
    found = meetings_of(
        """
        For enquiries on this agenda, please contact: Jo Bloggs

        Date:                Tuesday 4 March 2025

        Time:               7:00 pm

        Place:              Guildhall, Market Square

        To confirm as a correct record the minutes of the meeting of the Council held on 4 February 2025.
        The Council is asked to agree the recommendations.
        """
    )
    assert found == [("Council", dt.date(2025, 3, 4), "19:00", "Guildhall, Market Square")]


def test_labels_without_a_venue_label_give_no_meeting():
    assert meetings_of(_LABELS.replace("Location:", "Category:")) == []


def test_labels_only_header_whose_body_is_named_once_gives_no_meeting():
    text = _LABELS.replace("The Rescue Authority is asked", "Members are asked").replace("The Authority will", "Members will")
    assert meetings_of(text) == []


def test_labels_only_header_whose_date_prints_no_year_gives_no_meeting():
    assert meetings_of(_LABELS.replace("Wednesday, 12 June, 2024", "Wednesday, 12 June")) == []


# --- a dated title 'X – Minutes – DATE' / 'X Minutes – DATE' ------------------------------------------


def test_dashed_minutes_title_with_a_long_name_of_commas_and_ampersands():
    found = meetings_of(
        """
        Housing, Parks & Open Spaces, Deputy Leader Portfolio and Finance Cabinet Members – Minutes – 4 June 2015

        12      (2)  ALLOTMENT RENTS – The Director of Places submitted a report on allotment rents.
        """
    )
    assert [(b, d) for b, d, _, _ in found] == [
        ("Housing, Parks & Open Spaces, Deputy Leader Portfolio and Finance Cabinet Members", dt.date(2015, 6, 4))
    ]


def test_dashed_minutes_title_that_is_a_sentence_gives_no_body():
    found = meetings_of(
        """
        The group agreed the notes were approved by the committee – Minutes – 4 June 2015

        12  ALLOTMENT RENTS – The Director of Places submitted a report on allotment rents.
        """
    )
    assert found == []


def test_organisation_line_over_a_committee_minutes_title():
    found = meetings_of(
        """
        Eastwick Town Council

        Finance and General Purposes Committee Minutes – 9 October 2019


          Cllr J Oak   Cllr P Ash a Cllr R Elm
          Also: Mrs T Birch, Clerk

        1. Apologies

        Apologies were received from Cllr P Ash.
        """
    )
    assert [(b, d) for b, d, _, _ in found] == [("Finance and General Purposes Committee", dt.date(2019, 10, 9))]


def test_next_meeting_heading_over_a_date_is_not_the_pages_meeting():
    found = meetings_of(
        """
        Next Parish Council Meeting:

        Thursday 6 March 2025

        To view agenda click here.
        """
    )
    assert found == []


# --- a news report's meeting: 'On Thursday (8 November 2018), X received ...' ------------------------


def test_news_sentence_with_the_weekday_and_bracketed_date_and_the_body_as_subject():
    found = meetings_of(
        """
        Councillors back local causes

        On Tuesday (4 March 2025), Northshire County Council Cabinet received a report on the grants awarded by councillors.
        """
    )
    assert found == [("Northshire County Council Cabinet", dt.date(2025, 3, 4), None, None)]


def test_news_meeting_at_a_venue_with_the_body_met_in_the_sentence_before():
    found = meetings_of(
        """
        Funding approved for the west of the city

        Westport City Council’s West Westport Area Committee met earlier this week to approve its neighbourhood fund.

        At a meeting on Monday (March 10, 2025) at City Hall, councillors on the panel approved £120,000.
        """
    )
    assert found == [("West Westport Area Committee", dt.date(2025, 3, 10), None, "City Hall")]


def test_news_date_without_a_body_gives_no_meeting():
    found = meetings_of(
        """
        Park reopens

        On Saturday (12 April 2025), residents gathered to celebrate the reopening of the park.
        """
    )
    assert found == []


def test_news_date_without_its_year_gives_no_meeting():
    found = meetings_of(
        """
        On Thursday (8 May), Northshire County Council Cabinet received a report on the grants.
        """
    )
    assert found == []
