"""Round 27: one shape check on every meeting (a body is a name, a location is a place)."""

import datetime as dt

from extractors.proceedings.meeting_shape import shaped_body, shaped_location
from extractors.proceedings.meetings import extract_meetings
from extractors.proceedings.report_header import extract_report_headers
from extractors.proceedings.split import split_papers
from structure_helpers import document


def meetings_of(doc):
    found = extract_meetings(doc, split_papers(doc), extract_report_headers(doc))
    return [(m.body, m.date, m.time, m.location) for m in found]


def test_body_running_into_an_items_sentence_is_dropped():
    assert shaped_body("Grazing Committee The Chairman of Grazing Committee to move that the proceedings of the") is None
    assert shaped_body("Lantern Panel that the minutes of the meeting be received") is None


def test_minutes_items_naming_other_committees_give_no_meeting():
    doc = document(
        """
        Agenda
        Venue: Council Chamber
        Contact: Ann Example
        No. | Item |
        ---|---|
        Apologies For Absence |
        |
        Minutes of the Grazing Committee The Chairman of Grazing Committee to move that the proceedings of the meeting held on 3 March 2021 be received and adopted
        |
        |
        Minutes of the Orchard Panel The Chairman of Orchard Panel to move that the proceedings of the meetings held on 8 February and 9 March 2021 be received and adopted
        Additional documents: |
        """
    )
    assert meetings_of(doc) == []


def test_page_heading_for_a_bodys_meetings_gives_the_body():
    assert shaped_body("Oversight Board Meetings") == "Oversight Board"
    assert shaped_body("Upcoming Meetings") is None
    doc = document(
        """
        Oversight Board Meetings

        12th May 2023

        1. Welcome and introductions

        Mr Example

        2. Apologies

        Mr Example

        3. Date of the next meeting

        1st September 2023

        4. Exclusion of Press and Public

        The Board is asked to consider whether the press and public should be excluded from the meeting.

        Minutes of the Meeting Held on 12th May 2023
        """
    )
    assert [(body, date) for body, date, *_ in meetings_of(doc)] == [("Oversight Board", dt.date(2023, 5, 12))]


def test_paper_word_after_a_dash_is_trimmed_from_the_body():
    assert shaped_body("Allotments Committee – Minutes") == "Allotments Committee"
    assert shaped_body("Allotments Committee - Draft Agenda") == "Allotments Committee"
    assert shaped_body("Cabinet") == "Cabinet"


def test_plain_body_names_pass_unchanged():
    for name in (
        "Fenwick and Marsh Fire Authority - Policy and Strategy",
        "Hillford, Dale and Brook Joint Health Scrutiny Committee",
        "Confirmation Hearing, Hillford Police and Crime Panel",
        "Joint Planning Committee and Full Parish Council",
    ):
        assert shaped_body(name) == name


def test_location_run_into_the_next_items_number_is_cut():
    assert shaped_location("Old Barn 1) Chairman The Chairman opened the meeting 2)") == "Old Barn"


def test_location_followed_by_another_meeting_is_cut():
    assert shaped_location("Marsh Village Hall, followed by a meeting of the Orchard Panel") == "Marsh Village Hall"


def test_location_link_after_the_postcode_is_cut():
    assert shaped_location("Council Chamber, Quay Street, Fenwick, ZZ9 4QQ - Watch online here: https://example.org/x") == (
        "Council Chamber, Quay Street, Fenwick, ZZ9 4QQ"
    )


def test_notice_sentence_is_no_location():
    assert shaped_location("There will be a pre-meeting for panel members in the side room at 1.30pm") is None


def test_virtual_meeting_wording_is_kept_as_location():
    text = "This meeting will be held virtually and can be watched online"
    assert shaped_location(text) == text
    assert shaped_location("Microsoft Teams - Meeting to be held virtually via Microsoft Teams") == (
        "Microsoft Teams - Meeting to be held virtually via Microsoft Teams"
    )


def test_summons_location_followed_by_another_meeting_in_extraction():
    doc = document(
        """
        Parish Meeting
        You are summoned to attend a meeting of Marshton Parish Council, to be held at 7.00pm on Tuesday March 9th, 2021 at Marshton Village Hall, followed by a meeting of the Orchard Panel.
        1. To receive apologies for absence.
        """
    )
    assert meetings_of(doc) == [("Marshton Parish Council", dt.date(2021, 3, 9), "19:00", "Marshton Village Hall")]
