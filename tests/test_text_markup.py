"""Markup left in a text file is read as the lines it draws (regression: a fire authority's minutes saved by a page
store with their paragraph tags on one line gave no attendee). Our own words."""

from __future__ import annotations

from pathlib import Path

from extractors.facts import extract_facts
from extractors.parsing.parse import parse_bytes
from extractors.parsing.text_markup import MIN_TAGS, unmarked

_PAGE = (
    "Eastby Fire Authority minutes 4 March 2024\n\n"
    "<p>MINUTES OF THE EASTBY FIRE AUTHORITY MEETING held at Tarn House on 4 March 2024</p><p>PRESENT:</p>"
    "<p><strong>Councillors</strong> A Lowe (Chair), B Ray, C Sim and D Moss</p>"
    "<p>APOLOGIES: Councillors E Dale and F Pike</p><p>1. APOLOGIES FOR ABSENCE</p><p>Apologies were noted.</p>"
    "<p>2. DECLARATIONS OF INTEREST</p><p>None were declared.</p>"
)


def test_markup_left_in_text_gives_attendance():
    """Paragraph tags on one line: each paragraph is a line, so the present list and apologies are read."""
    document = parse_bytes(Path("minutes.txt"), _PAGE.encode())
    found = {(a.name, a.attendance) for a in extract_facts(document).attendees}
    assert {("Councillor A Lowe", "present"), ("Councillor D Moss", "present"), ("Councillor F Pike", "apologies")} <= found
    assert any("HTML tags in the text" in warning for warning in document.warnings)


def test_tags_become_lines_cells_and_entities():
    """Block tags end a line (one break with the newline after them), cells are closed by ' | ', inline tags go."""
    text, count = unmarked("<table><tr><td>Item</td><td>Tarn &amp; Fell</td></tr></table>Chair<br />\nMr <b>Lowe</b>\n")
    assert count == 11
    assert text == "\n\nItem | Tarn & Fell |\n\nChair\nMr Lowe\n"


def test_a_paper_quoting_a_tag_or_two_is_read_as_printed():
    """Fewer than MIN_TAGS known tags: the text is not changed and no warning is given."""
    text = "The web team replaced <p> with <br> on the Eastby page &amp; its feed.\n"
    assert MIN_TAGS == 5
    four = "<p>Chair</p><p>Mr Lowe</p>\n"
    assert unmarked(four) == (four, 0)
    five = "<p>Chair</p><p>Mr Lowe</p><br />\n"
    assert unmarked(five)[1] == 5
    assert unmarked(text) == (text, 0)
    document = parse_bytes(Path("note.txt"), text.encode())
    assert not any("HTML tags" in warning for warning in document.warnings)


def test_inline_tags_of_a_markdown_paper_are_read_as_printed():
    """'17<sup>th</sup> November' seven times in a markdown report: no block tag, so the text is not changed."""
    text = "**To:** Eastby Partnership - 17<sup>th</sup> November 2024\n" * 7
    assert unmarked(text) == (text, 0)


def test_list_tags_of_a_markdown_paper_are_read_as_printed():
    """A markdown report's '<ul style=...>' before each list: list and heading tags alone change nothing."""
    text = '<ul style="list-style-type: none">\n- 5.1 The Eastby hub opened.\n' * 6
    assert unmarked(text) == (text, 0)
