from pathlib import Path

import pytest

from conftest import FIXTURES
from extractors.errors import EmptyDocument
from pipeline.read import parse_file

HTML = FIXTURES / "html"


def test_moderngov_page_keeps_blocks_lists_and_table_rows():
    document = parse_file(HTML / "moderngov_meeting.html")
    assert document.format == "html"
    assert document.title.startswith("Agenda for Example Community Safety Partnership")
    lines = document.text.splitlines()
    assert "Example Community Safety Partnership - Thursday, 4th July, 2024 10.00 am" in lines
    assert "Venue: Online" in lines
    assert "A1 | Apologies and Substitutes" in lines
    assert "B2 | Working Group Update PDF 210 KB" in lines
    assert "- Mr A Person (Chair)" in lines
    assert "- Ms B Example & guest" in lines
    assert "Grant funding of £39,661 was noted." in lines
    assert document.pages[0].tables[0][0] == ["No.", "Item"]


def test_navigation_scripts_and_footer_outside_the_content_are_dropped():
    text = parse_file(HTML / "moderngov_meeting.html").text
    assert "mgTrack" not in text and "display: none" not in text
    assert "Committees" not in text and "Copyright" not in text


def test_offsets_of_an_html_page_index_its_text():
    document = parse_file(HTML / "moderngov_meeting.html")
    page = document.pages[0]
    assert (page.char_start, page.char_end) == (0, len(document.text))
    start = document.text.index("£39,661")
    assert document.page_at(start).index == 0


def test_page_without_visible_text_fails_clearly():
    with pytest.raises(EmptyDocument, match="no visible text"):
        parse_file(HTML / "empty_page.html")


def test_page_without_a_content_container_uses_the_body(tmp_path: Path):
    path = tmp_path / "plain.htm"
    path.write_text("<html><body><h2>Minutes</h2><p>Present: Mr A Person</p></body></html>", encoding="utf-8")
    assert parse_file(path).text == "Minutes\nPresent: Mr A Person"


def test_ordered_list_items_keep_their_numbers(tmp_path: Path):
    path = tmp_path / "agenda.html"
    path.write_text(
        "<html><body><main><ol><li>Apologies</li><li>Minutes</li></ol>"
        "<ol start='5'><li>Budget</li><li value='9'>Exempt item</li></ol><ul><li>Note</li></ul></main></body></html>",
        encoding="utf-8",
    )
    assert parse_file(path).text.splitlines() == ["1. Apologies", "2. Minutes", "5. Budget", "9. Exempt item", "- Note"]


def test_100000_nested_divs_are_read_not_a_recursion_error():
    """Issue 16 case 9: the block walk recursed once per level."""
    from extractors.parsing.parse import parse_bytes

    data = b"<html><body><p>Item 1 Apologies</p>" + b"<div>" * 100_000 + b"Deep text" + b"</div>" * 100_000 + b"</body></html>"
    document = parse_bytes(Path("deep.html"), data)
    assert document.text.splitlines() == ["Item 1 Apologies", "Deep text"]


def test_ordered_list_start_that_is_a_superscript_digit_counts_from_one():
    """Issue 16 case 9: '²'.isdigit() is true but int('²') raises ValueError."""
    from extractors.parsing.parse import parse_bytes

    data = '<html><body><ol start="²"><li>Apologies</li><li value="³">Minutes</li></ol></body></html>'.encode()
    assert parse_bytes(Path("ol.html"), data).text.splitlines() == ["1. Apologies", "2. Minutes"]
