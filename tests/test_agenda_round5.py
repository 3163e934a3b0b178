"""Agenda and minuted items in layouts met on fresh ModernGov pages, web pages and minutes (issue 17, round 5)."""

from __future__ import annotations

from extractors.proceedings.agenda import find_items
from extractors.proceedings.minuted import find_minuted_items
from extractors.proceedings.structure import extract_structure, to_contract
from structure_helpers import document


def _items(text: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in find_items(text)]


def _contract_items(text: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in to_contract(extract_structure(document(text)))["agenda_items"]]


def _minuted(text: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in find_minuted_items(text)]


def test_item_word_lines_of_a_plain_web_page_are_its_items():
    text = """Special Meeting of the Harbour Board - 3 March 2025

A special meeting of the Harbour Board is held at the Quay Office on 3 March 2025 at 2pm.

Item 1: Apologies

Item 2: Declarations of Interest

Item 3: Dredging Contract – (to follow)
"""
    assert _contract_items(text) == [("1", "Apologies"), ("2", "Declarations of Interest"), ("3", "Dredging Contract")]


def test_flattened_rows_under_a_no_item_header_without_rules():
    text = """Venue: Online
No. | Item |
Interpretation Service You may speak Welsh at the meeting with three days notice.
Minutes: No request was made.
Apologies To receive any apologies. Minutes: Apologies came from Councillor A. Dale.
RESOLVED that the note be received.
Harbour Lighting Policy To consider the report of the Director. Additional documents:
Minutes: The Board agreed the policy.
The Members asked about costs. Minutes: noted.
"""
    assert _items(text) == [("", "Interpretation Service"), ("", "Apologies"), ("", "Harbour Lighting Policy")]


def test_part_heading_under_a_no_item_header_is_not_a_row():
    text = """Agenda

View directions

Items
No. Item

PART 1 (open to the public)

1.

Apologies

2.

Quay Repairs pdf icon PDF 20 KB
"""
    assert _items(text) == [("1", "Apologies"), ("2", "Quay Repairs")]


def test_indented_lines_under_an_unnumbered_row_are_not_rows():
    text = """Agenda and minutes

View directions

No. Item


Declarations of Interest

    None were made.


Lighting Review pdf icon PDF 90 KB

    All Wards

    Key Decision


    Contact: Team Leader, Tel: 0100 000 000


Library Hours pdf icon PDF 50 KB
"""
    assert _items(text) == [("", "Declarations of Interest"), ("", "Lighting Review"), ("", "Library Hours")]


def test_title_over_a_to_description_is_a_row_of_an_unnumbered_page():
    text = """Agenda

No. Item


Board Minutes pdf icon PDF 100 KB

To approve the minutes of the last meeting.


Declarations of personal or prejudicial interests from members

To receive any declarations from members.


Resolved to RECOMMEND: (to the Board)
"""
    assert _items(text) == [("", "Board Minutes"), ("", "Declarations of personal or prejudicial interests from members")]


def test_ruled_row_closed_by_its_bar_without_a_description():
    text = """No. | Item | ||||
---|---|---|---|---|
Apologies To receive apologies. Minutes: None. |
|||||
Neighbourhood Matters |
|||||
Chair's Update To hear the Chair. Minutes: Given. |
"""
    assert _items(text) == [("", "Apologies"), ("", "Neighbourhood Matters"), ("", "Chair's Update")]


def test_lone_minute_numbers_over_point_numbers_and_a_title_in_capitals():
    text = """MINUTES OF THE MEETING OF WESTFORD PARISH COUNCIL
Present were: Cllr A Dale (Chair) and Cllr B Hill.
1.
APOLOGIES
Apologies came from Cllr C Moss.
2.
2.1
URGENT ITEMS
None were raised in 2024.
3.
3.1.1
DECLARATIONS OF INTEREST
Cllr Hill declared an interest in item 7.
"""
    assert _minuted(text) == [("1", "APOLOGIES"), ("2", "URGENT ITEMS"), ("3", "DECLARATIONS OF INTEREST")]


def test_roman_numeral_initial_of_a_name_in_a_members_list_is_not_an_item():
    text = """Minutes
Present:
I Hartley
L Preston
V Moss
The Board met at noon.
"""
    assert _minuted(text) == []


def test_year_after_a_month_in_a_flattened_paragraph_is_not_a_run_in_heading():
    words = "The Clerk read the minutes and members agreed them as a record of the meeting. " * 4
    text = (
        f"Minutes of the Board. 14 APOLOGIES AND ABSENCES Apologies came from two members. {words}"
        f"15 PREVIOUS MINUTES The Clerk circulated the NOTES OF THE JUNE 2024 COUNCIL MEETING Members agreed them. {words}\n"
    )
    assert _minuted(text) == [("14", "APOLOGIES AND ABSENCES"), ("15", "PREVIOUS MINUTES")]


def test_minute_reference_alone_on_its_line_over_a_title_in_title_case():
    text = """Minutes
Present:
Councillor A Dale

<AI1>

12/25     

Chair's Welcome and Introduction

The Chair welcomed members to the meeting.

13/25

Minutes of the Previous Meeting

RESOLVED: That the minutes be agreed.
"""
    assert _minuted(text) == [("12/25", "Chair's Welcome and Introduction"), ("13/25", "Minutes of the Previous Meeting")]


def test_unnumbered_row_title_printed_with_a_full_stop_after_two_blank_lines():
    text = """Agenda

No. Item


Declarations of Interest.

Members are reminded to declare their interests.


Presentation of Long Service Awards.


Members thanked the harbour officers.

Harbour Lighting Plan. pdf icon PDF 20 KB
"""
    assert _items(text) == [("", "Declarations of Interest"), ("", "Presentation of Long Service Awards"), ("", "Harbour Lighting Plan")]
