"""Minuted items: the numbered item headings of lone minutes are the meeting's agenda items."""

from __future__ import annotations

import datetime as dt

from extractors.proceedings.minuted import find_minuted_items
from extractors.proceedings.split import find_minutes_headings
from extractors.proceedings.structure import extract_structure, to_contract
from structure_helpers import document


def _items(text: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in find_minuted_items(text)]


def _contract(text: str) -> dict:
    return to_contract(extract_structure(document(text)))


def test_resolution_list_inside_an_item_is_not_items():
    text = """
    7. Play Area Renewal
    The Clerk set out the three quotations received.
    RESOLVED:
    1. That the second quotation be accepted.
    2. That the works start in spring.
    8. Date of Next Meeting
    """
    assert _items(text) == [("7", "Play Area Renewal"), ("8", "Date of Next Meeting")]


def test_minute_numbers_rise_so_numbered_paragraphs_restart_under_an_item():
    text = """
    212. Library Opening Hours
    1. The Head of Service introduced the report.
    2. Members asked about weekend cover.
    213. Any Other Business
    """
    assert _items(text) == [("212", "Library Opening Hours"), ("213", "Any Other Business")]


def test_caps_headings_and_slash_references():
    text = """
    23/41 APOLOGIES FOR ABSENCE
    None were received.

    23/42 ALLOTMENT RENTS
    Rents will rise by five per cent.
    """
    assert _items(text) == [("23/41", "APOLOGIES FOR ABSENCE"), ("23/42", "ALLOTMENT RENTS")]


def test_prefixed_minute_references():
    assert _items("CAB 12 Budget Monitoring\nNoted.\nCAB 13 Waste Strategy\n") == [
        ("CAB 12", "Budget Monitoring"),
        ("CAB 13", "Waste Strategy"),
    ]
    assert _items("Minute 61:  Declarations of Interest.\n\nMinute 62:  Town Clerk's Report.\n") == [
        ("61", "Declarations of Interest"),
        ("62", "Town Clerk's Report"),
    ]
    assert _items("HWB/24/07  Winter Pressures\n\nHWB/24/08  Work Programme\n") == [
        ("HWB/24/07", "Winter Pressures"),
        ("HWB/24/08", "Work Programme"),
    ]


def test_sentences_of_the_minutes_are_not_headings():
    text = """
    1. The Chair welcomed the new member of the board.
    2. Mr Lamb said that the bus shelter had been repaired.
    3. To receive apologies for absence
    4. Items to be taken in private session
    """
    assert _items(text) == [("3", "To receive apologies for absence"), ("4", "Items to be taken in private session")]


def test_sub_paragraph_numbers_are_another_shape():
    text = """
    1 Procedural Business
    1.1 There were no substitutes.
    2 Minutes
    2.1 The minutes were approved.
    """
    assert _items(text) == [("1", "Procedural Business"), ("2", "Minutes")]


def test_run_in_caps_headings_of_a_flattened_pdf():
    text = (
        "Town Council 3 May 2024 Page 1 PRESENT: Cllr A Bright Cllr B Cole The Clerk was in attendance. "
        "2201 DECLARATIONS OF INTEREST Members declared none. 2202 MINUTES OF 9 APRIL 2024 RESOLVED: "
        "The minutes were confirmed as a true record of the meeting and signed by the Mayor present. "
        "The meeting closed at 8.15pm and the Mayor thanked members and officers for their attendance.\n"
    )
    assert _items(text) == [("2201", "DECLARATIONS OF INTEREST"), ("2202", "MINUTES OF 9 APRIL 2024")]


def test_run_in_caps_headings_with_a_full_stop_after_the_number():
    text = (
        "Planning Committee 2 June 2024 Page 1 Present: Cllr A Bright Cllr B Cole and officers of the council. "
        "41. DECLARATIONS OF INTEREST Members declared none. 42. MINUTES OF PREVIOUS MEETING The minutes were "
        "confirmed as a true record of the meeting and were signed by the Chairman who then thanked all those present.\n"
    )
    assert _items(text) == [("41", "DECLARATIONS OF INTEREST"), ("42", "MINUTES OF PREVIOUS MEETING")]


def test_lone_minutes_give_agenda_items_but_reports_do_not():
    minutes = """
    Minutes of the meeting of Brookfield Parish Council held on 3 June 2024 at 7.00pm in the Pavilion.

    Present: Cllr A Bright (Chair), Cllr B Cole.

    31. To receive apologies for absence
    None.
    32. Footpath Repairs
    The Clerk reported on the works.
    """
    items = _contract(minutes)["agenda_items"]
    assert [(i.number, i.title) for i in items] == [("31", "To receive apologies for absence"), ("32", "Footpath Repairs")]
    report = """
    Review of Parking Charges

    1. Introduction
    This report sets out the review.
    2. Background
    Charges were last set in 2019.
    """
    assert _contract(report)["agenda_items"] == []


def test_minutes_heading_run_into_a_flattened_pdf_line():
    text = (
        "2 (Draft, subject to approval) Brookfield Parish Council Minutes of a Meeting of Brookfield Parish "
        "Council held at 7.00pm on Monday 3 June 2024 at the Pavilion Ref/01/24 Present: Cllr A Bright.\n"
    )
    assert [h.body for h in find_minutes_headings(text)] == ["Brookfield Parish Council"]
    assert find_minutes_headings("Members agreed that the minutes of a meeting of the Board held on 3 June 2024 be signed.\n") == []


def test_body_over_date_at_the_top_of_minutes_without_a_heading():
    text = """
    Full Council

    14/05/2024 at 7:00 pm

    Present:  Cllr Ann Bright

    Minute 12:  Declarations of Interest.
    """
    meetings = _contract(text)["meetings"]
    assert [(m.body, m.date) for m in meetings] == [("Full Council", dt.date(2024, 5, 14))]


def test_agenda_item_page_heading_over_a_sentence_wrapped_after_a_comma_is_no_item():
    text = """
    Agenda item
    Apologies were received from Councillors Ann Bright (on holiday),
    and Ben Cole; and for lateness from Councillor Dee Fox.
    """
    assert _contract(text)["agenda_items"] == []


def test_roman_numbered_headings_of_scottish_minutes_are_items():
    text = """
    Present:-
    Councillor Ann Bell
    I DECLARATION OF INTEREST
    None were made.
    II LITTER ENFORCEMENT REPORT
    There was submitted Report No 12-2024 on fixed penalties.
    (i) to note the report; and
    (ii) to review the fines next year.
    III PARKS BYELAWS
    The Committee agreed the byelaws.
    """
    assert _items(text) == [("I", "DECLARATION OF INTEREST"), ("II", "LITTER ENFORCEMENT REPORT"), ("III", "PARKS BYELAWS")]


def test_at_a_meeting_of_a_body_held_over_members_present_opens_minutes():
    text = """
    At a MEETING of the LICENSING BOARD held remotely on 4th June, 2024.
    Present:-
    Councillor Ann Bell
    I APOLOGIES
    None.
    """
    meetings = _contract(text)["meetings"]
    assert [(m.body, m.date) for m in meetings] == [("Licensing Board", dt.date(2024, 6, 4))]


def test_at_a_meeting_sentence_in_prose_is_not_a_minutes_heading():
    text = """
    Background
    At a meeting of the Cabinet held on 4 June 2024 the scheme was approved in principle.
    Since then the design has been finished.
    """
    assert find_minutes_headings(text) == []


def test_letter_and_slashed_minute_numbers_are_items():
    text = """
    C 25/031 Apologies for Absence
    None were received.
    C 25/032 Minutes of the Last Meeting
    The minutes were approved.
    C 25/033 Allotment Rents
    RESOLVED that rents rise by two pounds.
    """
    assert _items(text) == [
        ("C 25/031", "Apologies for Absence"),
        ("C 25/032", "Minutes of the Last Meeting"),
        ("C 25/033", "Allotment Rents"),
    ]
