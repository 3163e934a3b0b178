"""Agenda and minuted item shapes found across the dev sets in round 11; our own words."""

from extractors.proceedings.agenda import find_items
from extractors.proceedings.minuted import find_minuted_items
from extractors.proceedings.structure import extract_structure, to_contract
from structure_helpers import document


def _minuted(text: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in find_minuted_items(text)]


FLAT_ROWS_NO_HEADER = (
    "Webcasting Notice Members are told that this meeting is filmed. Minutes: The chair noted the filming.\n"
    "Apologies for Absence Minutes: Apologies were received from Councillors Ann Bright and Tom Vale. |\n"
    "Chair's Update To hear any news the chair wishes to share before the business.\n"
    "Minutes: The chair spoke about the new training yard. |\n"
    "Declaration of Members' Interests Members are asked to declare any interests. Minutes: None were declared.\n"
    "Councillor Ann Bright said that she had met the station team.\n"
)


def test_flattened_rows_with_their_header_cut_off_are_unnumbered_minuted_items():
    assert _minuted(FLAT_ROWS_NO_HEADER) == [
        ("", "Webcasting Notice"), ("", "Apologies for Absence"), ("", "Chair's Update"),
        ("", "Declaration of Members' Interests"),
    ]


def test_flattened_rows_reach_the_contract_unnumbered():
    items = to_contract(extract_structure(document(FLAT_ROWS_NO_HEADER)))["agenda_items"]
    assert [(item.number or "", item.title) for item in items][:2] == [("", "Webcasting Notice"), ("", "Apologies for Absence")]


def test_one_flattened_row_alone_is_no_item():
    text = "Apologies for Absence Minutes: Apologies were sent by Councillor Ann Bright.\nThe chair closed the meeting.\n"
    assert _minuted(text) == []


def test_minuted_sentences_without_cell_labels_are_no_rows():
    text = (
        "Apologies for absence were sent by Councillor Ann Bright.\n"
        "Road Safety Update The officer gave an update on the crossing.\n"
        "Parks Review The officer described the new play area.\n"
    )
    assert _minuted(text) == []


HEADERLESS_PAGE = (
    "Planning Board - Monday 2 June 2025 6.30 pm\n\n"
    "Minutes of the Last Meeting\n\n"
    "To agree the minutes of the meeting held on 5 May 2025.\n\n\n"
    "Supporting documents:\n\n\n"
    "The minutes were agreed.\n\n\n\n"
    "Declarations of Interest\n\n"
    "Chair's Announcements\n\n"
    "Questions from the Public\n\n"
    "Supporting documents:\n\n\n"
    "Two questions were received and answered by the chair.\n"
)


def test_unnumbered_rows_of_a_page_whose_header_was_cut_off_are_items():
    assert [(item.number, item.title) for item in find_items(HEADERLESS_PAGE)] == [
        ("", "Minutes of the Last Meeting"), ("", "Declarations of Interest"), ("", "Chair's Announcements"),
        ("", "Questions from the Public"),
    ]


def test_headings_between_blank_lines_without_page_marks_are_no_rows():
    text = HEADERLESS_PAGE.replace("Supporting documents:", "The papers are online.")
    assert find_items(text) == []


def test_two_headerless_rows_are_too_few():
    text = "Apologies\n\nSupporting documents:\n\nNone.\n\nDeclarations of Interest\n\nNone were made.\n"
    assert find_items(text) == []


def test_bracketed_minute_numbers_alone_over_titles_in_capitals_are_items():
    text = (
        "Officers\nMs R Lark - Planning Officer\n"
        "(41)\nAPOLOGIES FOR ABSENCE\nApologies were received from Councillor B Heron.\n"
        "(42)\nMINUTES\nThe minutes of the meeting held on 3 April were approved.\n"
    )
    assert _minuted(text) == [("41", "APOLOGIES FOR ABSENCE"), ("42", "MINUTES")]


def test_bracketed_numbers_alone_over_sentences_are_no_items():
    text = "RESOLVED\n(1)\nThat the plan be approved.\n(2)\nThat the clerk writes to the owner.\n"
    assert _minuted(text) == []


def test_minute_numbers_carrying_the_municipal_year_are_items():
    text = (
        "1-1213/4 - Welcome and Apologies.\n\nThe chair welcomed everyone.\n\n"
        "2-1213/4 - Declarations of Interest\n\nNone were made.\n\n"
        "3-1213/4 – Village Green Fence\n\nThe clerk had three quotes.\n"
    )
    assert _minuted(text) == [
        ("1-1213/4", "Welcome and Apologies"), ("2-1213/4", "Declarations of Interest"), ("3-1213/4", "Village Green Fence"),
    ]
