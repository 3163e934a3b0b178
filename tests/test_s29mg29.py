"""Session 29, meeting-system pages (mg29): a fire authority's item table printed as pipe rows, each row's details
cell on the lines under its '| 01 | Title |' line. Our own words, names and bodies."""

import tempfile
from pathlib import Path

from pipeline.evaluate import extract_facts, parse_file

_HEAD = "Date:\nTime:\nLocation:\nCategory:\n| Item no. | Agenda Item | Details | Status | ||||||\n|---|---|---|---|---|---|---|\n"


def _items(page: str) -> list[tuple[str, str]]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.txt"
        path.write_text(page)
        return [(item.number, item.title) for item in extract_facts(parse_file(path)).agenda_items]


def test_a_details_cell_under_a_numbered_pipe_row_is_no_item():
    page = _HEAD + (
        "| 01 | Apologies for Absence |\nCouncillors Fenn, Hale and Ives |\n||||||\n"
        "| 02 | Budget Monitoring |\nMembers have the quarter's figures before them. The report asks them to note the forecast. |\n"
        "For information | ||||||\n| 03 | Next Meeting |\nThe next meeting is in the spring |\n||||||\n"
    )
    assert _items(page) == [("01", "Apologies for Absence"), ("02", "Budget Monitoring"), ("03", "Next Meeting")]


def test_a_row_after_a_closing_line_still_opens_an_item():
    page = _HEAD + "| 01 | Apologies for Absence |\nNone received |\n||||||\n| 02 | Chair's Announcements |\n||||||\n"
    assert _items(page) == [("01", "Apologies for Absence"), ("02", "Chair's Announcements")]


_COLON_PAGE = (
    "Venue: Hall Room, Eastby\n\nWelcome:\n\n\nThe Chair welcomed members and guests to the meeting.\n\n\n"
    "Apologies for Absence:\n\n\nApologies were received from two members of the Panel.\n\n\n"
    "Declarations of Interest:\n\n\nNo interests were declared by members at this point.\n\n\n"
)


def test_a_title_printed_with_its_colon_before_the_link_mark_is_an_item():
    page = _COLON_PAGE + (
        "The Future of Youth Diversion Schemes across the Eastshire police force area: pdf icon PDF 48 KB\n\n"
        "To receive a report from the Commissioner on the diversion schemes run across the area.\n\n"
        "A report was presented and members asked about the schemes.\n"
    )
    assert _items(page)[-1] == ("", "The Future of Youth Diversion Schemes across the Eastshire police force area")


def test_a_colon_line_with_a_link_mark_stays_no_item_when_it_is_a_sentence():
    page = _COLON_PAGE + (
        "The Panel agreed that the report would be brought back in the spring and was noted: pdf icon PDF 48 KB\n\n"
        "To receive a report from the Commissioner on the diversion schemes run across the area.\n"
    )
    assert [title for _, title in _items(page)] == ["Welcome", "Apologies for Absence", "Declarations of Interest"]
