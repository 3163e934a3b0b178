"""Agenda item lines met on fresh Scottish committee pages, CMIS pages and webcast players (round 8); our own words."""

from __future__ import annotations

from extractors.proceedings.agenda import find_items
from extractors.proceedings.structure import extract_structure
from structure_helpers import document


def _items(text: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in find_items(text)]


def extract_items(text: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in extract_structure(document(text)).agenda_items]


def test_dash_after_the_number_and_lettered_sub_items():
    text = "Agenda Items\n\n1 - Declaration of Interests\n\n2A - Equalities Statement\n\n2B - Exempt Business\n\n3 - Harbour Repairs Programme\n"
    assert _items(text) == [
        ("1", "Declaration of Interests"), ("2A", "Equalities Statement"), ("2B", "Exempt Business"), ("3", "Harbour Repairs Programme"),
    ]


def test_space_before_the_dot_after_the_number():
    text = "Meeting Documents\n\n1 . Apologies for Absence\n\n2 . Declarations of Interest\n\n3 . Minutes\n"
    assert _items(text) == [("1", "Apologies for Absence"), ("2", "Declarations of Interest"), ("3", "Minutes")]


def test_cmis_file_type_and_size_around_an_item_title_are_dropped():
    text = "    1 Apologies\n\n    2 Declarations of interest\n    3 pdf Minutes (120Kb)\n\n    4 Tree Works Update\n"
    assert _items(text) == [("1", "Apologies"), ("2", "Declarations of interest"), ("3", "Minutes"), ("4", "Tree Works Update")]


def test_a_dash_between_page_numbers_is_no_item():
    assert _items("Report pages\n12 - 15 are attached\n") == []


def test_agenda_items_heading_of_an_unclassified_page_opens_its_items():
    text = (
        "Meeting details\n\n\nMeeting Minutes\n\n\nAgenda Items\n\n\n1 - Declaration of Interests\n\n\n2 - Resolutions\n\n\n"
        "2A - Equalities Statement\n\nConsider and, if so decided, adopt the following.\n\n\n3 - Minute of Meeting of 4 May, 2023\n"
    )
    assert extract_items(text) == [
        ("1", "Declaration of Interests"), ("2", "Resolutions"), ("2A", "Equalities Statement"), ("3", "Minute of Meeting of 4 May, 2023"),
    ]
