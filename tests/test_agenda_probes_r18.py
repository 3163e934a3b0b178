"""Agenda items of meeting pages, round 18 classes (in our own words): an unnumbered page's last row cut
after its document mark."""

from extractors.proceedings.structure import extract_structure, to_contract
from structure_helpers import document


def _items(text: str) -> list[tuple[str, str]]:
    return [(item.number or "", item.title) for item in to_contract(extract_structure(document(text)))["agenda_items"]]


# Class 1: the page's last line is an unnumbered row title carrying its document mark (whole or cut).

_HEAD = """\
Agenda and minutes
Riverside Scrutiny Board - Monday, 3rd March, 2025 10.00 am
Venue: Room 2, Town Hall. View directions
Contact: Pat Doe, Email:
No. Item


Apologies for Absence

Apologies were received from Councillor Amy Lark.


Minutes pdf icon PDF 120 KB

The minutes of the meeting held on 2 February 2025 were agreed.


Declarations of Interest

There were none.


"""


def test_last_row_with_its_document_size_is_an_item():
    titles = [title for _, title in _items(_HEAD + "Parks Investment Plan - Sam Reed pdf icon PDF 301 KB\n")]
    assert titles[-1] == "Parks Investment Plan - Sam Reed"
    assert len(titles) == 4


def test_last_row_cut_inside_its_document_mark_is_an_item():
    titles = [title for _, title in _items(_HEAD + "Library Opening Hours Review pdf ic\n")]
    assert titles[-1] == "Library Opening Hours Review"


def test_last_line_without_a_document_mark_is_no_item():
    titles = [title for _, title in _items(_HEAD + "Harbour Lane Ltd\n")]
    assert titles == ["Apologies for Absence", "Minutes", "Declarations of Interest"]


def test_last_line_cut_short_is_no_item():
    titles = [title for _, title in _items(_HEAD + "Qu\n")]
    assert "Qu" not in titles


def test_last_row_without_blank_line_above_is_no_item():
    text = _HEAD.rstrip("\n") + "\nFuture Work Plan pdf icon PDF 88 KB\n"
    assert "Future Work Plan" not in [title for _, title in _items(text)]
