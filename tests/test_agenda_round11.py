"""Agenda and minuted item shapes found across the dev sets in round 11; our own words."""

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
