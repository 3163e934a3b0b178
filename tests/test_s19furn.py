"""One page-number vocabulary (parsing/page_numbers) for every reader of footers: each form a page prints its number in
is a footer for the line reader (spans), the money readers' flat copy (blocks), the parsers' printed page number and
page furniture alike. Our own words, names and bodies; inline pages and PDFs rendered here."""

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractors.facts import extract_facts
from extractors.parsing.page_numbers import (
    is_footer_line,
    is_footer_only,
    is_page_number_line,
    is_running_page_line,
    is_worded_page_number,
    page_number_of,
    printed_page_number,
)
from extractors.readers.blocks import flatten, split_blocks
from extractors.readers.furniture import furniture_starts
from extractors.readers.spans import lines
from pipeline.read import parse_file
from structure_helpers import document

WORDED = ["Page 7", "PAGE 7", "page 7", "Page 7 of 15", "Page 7/15", "Page | 7", "Page: 7", "Page No. 7", "7 | Page",
          "7 | P a g e", "P a g e | 7", "Tudalen 7", "7 of 15", "- 7 -", "– 7 –", "Page no 7"]
BARE = ["7", "-7", " 7 ", "007"]
NOT_PAGE_NUMBERS = ["2024", "1250", "12/24", "4.1", "Item 7", "7.", "£7", "7%", "Page", "7 pages", "Minute 7",
                    "Page 7 Council Offices", "7 Green Lane"]
RUNNING = ["Page 12 of 40 Agenda Item 4", "Agenda Item 4 Page 12", "Agenda Item 4 | Page 12", "Page 12 Item 4",
           "Ward Grants 2024/25 Page 3 of 9", "Eastby Town Council Minutes 4 June 2024 – Page 3 of 9",
           "Page 3 of 9 Eastby Parish Council"]
NOT_RUNNING = ["Minutes of the last meeting Page 3", "Page 3 of 9 of the report", "Page 3 of 9. Eastby Parish Council", "see page 3 of 9 in the pack", "The panel noted it. Page 3 of 9",
               "Page 3 of 9 of the report was read and the panel noted the figures set out in it for the year"]
HEAD = "Minutes of the meeting of Eastby Parish Council held on 4th March 2024 at 7.30pm\n\n"


def attendees_of(*pages: str) -> list[str]:
    facts = extract_facts(document(*pages, name="page.txt")).model_dump(mode="json")
    return [person["name"] for person in facts["attendees"]]


def items_of(*pages: str) -> list[tuple[str, str]]:
    facts = extract_facts(document(*pages, name="page.txt")).model_dump(mode="json")
    return [(item["number"], item["title"]) for item in facts["agenda_items"]]


@pytest.mark.parametrize("line", WORDED)
def test_each_worded_form_is_a_page_number_of_its_page(line: str):
    assert is_page_number_line(line) and is_worded_page_number(line) and page_number_of(line) == 7


@pytest.mark.parametrize("line", BARE)
def test_a_bare_number_of_three_digits_is_a_page_number_but_not_worded(line: str):
    assert is_page_number_line(line) and not is_worded_page_number(line)


@pytest.mark.parametrize("line", NOT_PAGE_NUMBERS)
def test_a_year_a_sum_a_minute_number_or_a_paragraph_is_no_page_number(line: str):
    assert not is_page_number_line(line) and not is_footer_line(line) and page_number_of(line) is None


@pytest.mark.parametrize("line", RUNNING)
def test_a_page_number_beside_a_running_label_is_a_footer(line: str):
    assert is_running_page_line(line) and is_footer_line(line) and is_footer_only(line)


@pytest.mark.parametrize("line", NOT_RUNNING)
def test_a_contents_row_or_a_sentence_naming_a_page_is_no_running_line(line: str):
    assert not is_running_page_line(line) and not is_footer_line(line)


def test_only_the_forms_a_footer_alone_prints_are_footers_wherever_they_stand():
    assert all(is_footer_only(line) for line in ["Page 7 of 15", "Page | 7", "7 | P a g e", "P a g e 7"])
    # A contents column's 'Page 7', a table cell's '7 of 15', a lone '7' or '- 7 -' need a page break beside them.
    assert not any(is_footer_only(line) for line in ["Page 7", "7 of 15", "7", "- 7 -"])


@pytest.mark.parametrize("footer", [*WORDED, *RUNNING])
def test_every_reader_takes_every_form_for_a_footer(footer: str):
    text = f"Grants of £500 were agreed.\n\n{footer}\n"
    assert lines(text)[2].is_page_footer
    assert flatten(text)[text.index(footer.strip()[0]) :].strip() == ""
    if is_page_number_line(footer):
        assert printed_page_number(text) == 7


def test_a_footer_inside_a_paragraph_leaves_one_block():
    text = "The board agreed to fund the Eastby Youth Club\nPage | 3\nfor two more years.\n"
    assert [block.kind for block in split_blocks(text)] == ["paragraph"]


@pytest.mark.parametrize("footer", ["Page | 1", "1 | P a g e", "Tudalen 1", "- 1 -", "Page 1 of 2 Agenda Item 3",
                                    "Agenda Item 3 Page 1", "Eastby Parish Council Minutes 4 March 2024 Page 1 of 2"])
def test_a_list_run_on_over_a_page_break_keeps_its_names_under_any_footer(footer: str):
    names = attendees_of(HEAD + f"Present: Cllr A Lowe (Chair), Cllr B Ray, Cllr C Sim,\n\n{footer}\n",
                         "Mr T Hale and Mrs A L Wells\n\n1. Apologies\n\nNone.\n")
    assert names == ["Cllr A Lowe", "Cllr B Ray", "Cllr C Sim", "Mr T Hale", "Mrs A L Wells"]


ITEMS_PAGE = "Agenda and decisions\nItems\nNo. Item\n\n4.\nChair's Announcements pdf icon PDF 120 KB\nMinutes:\nNoted.\n\n5.\n"
NEXT_PAGE = "Budget Monitoring pdf icon PDF 80 KB\n\nMinutes:\n\nThe report was noted.\n\n6.\n\nAny Other Business\n"


@pytest.mark.parametrize("footer", ["Page | 1", "1 | P a g e", "Page 1 of 2 Agenda Item 3"])
def test_an_item_title_is_read_over_any_footer_at_a_page_break(footer: str):
    assert items_of(ITEMS_PAGE + f"\n{footer}\n", NEXT_PAGE) == [
        ("4", "Chair's Announcements"), ("5", "Budget Monitoring"), ("6", "Any Other Business")]


@pytest.mark.parametrize("footer", ["Page | 1", "1 | P a g e", "Page 1 of 2", "Page 1 of 2 Agenda Item 3"])
def test_a_footer_left_inside_text_that_lost_its_page_breaks_splits_nothing(footer: str):
    # A document mirror's text: no form feed, the footer kept between an item's number and its title, or in a list.
    assert items_of(ITEMS_PAGE + f"\n{footer}\n\n" + NEXT_PAGE) == [
        ("4", "Chair's Announcements"), ("5", "Budget Monitoring"), ("6", "Any Other Business")]
    names = attendees_of(HEAD + f"Present: Cllr A Lowe (Chair), Cllr B Ray, Cllr C Sim,\n\n{footer}\n\n"
                         "Mr T Hale and Mrs A L Wells\n\n1. Apologies\n\nNone.\n")
    assert names == ["Cllr A Lowe", "Cllr B Ray", "Cllr C Sim", "Mr T Hale", "Mrs A L Wells"]


def test_a_lone_page_reference_without_a_page_break_stays_text():
    text = "1. Apologies\n\nPage 3\n\n2. Minutes\n\n7 of 15\n"
    assert furniture_starts(text) == frozenset()


def test_a_bare_number_still_needs_to_count_the_pages():
    text = "Agenda\n\n4. Minutes\n\n5\n\fFinance\n\nNoted.\n"
    assert furniture_starts(text) == frozenset()
    counted = "Agenda\n\n4. Minutes\n\n1\n\fFinance\n\nNoted.\n"
    assert furniture_starts(counted) == {counted.index("1\n")}


def test_a_running_page_line_opening_a_page_is_furniture():
    text = "Present: Cllr A Lowe,\n\nNoted.\n\fPage 2 of 2 Agenda Item 3\nCllr B Ray\n\nNoted.\n"
    assert furniture_starts(text) == {text.index("Page 2")}


def footer_pdf(path: Path, pages: list[str], footer: str) -> Path:
    """A PDF with the given lines on each page and ``footer`` (formatted with the page number) at its foot."""
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for number, text in enumerate(pages, start=1):
        pdf.setFont("Helvetica", 11)
        for line_no, line in enumerate(text.splitlines()):
            pdf.drawString(72, 760 - 16 * line_no, line)
        pdf.drawRightString(A4[0] - 72, 30, footer.format(number))
        pdf.showPage()
    pdf.save()
    return path


@pytest.mark.parametrize("footer", ["{} | P a g e", "Page | {}", "Page {} of 2 Agenda Item 3"])
def test_rendered_pdf_list_over_a_page_break_under_a_word_processor_footer(tmp_path: Path, footer: str):
    pages = [HEAD + "Present: Cllr A Lowe (Chair), Cllr B Ray, Cllr C Sim,",
             "Mr T Hale and Mrs A L Wells\n\n1. Apologies\n\nNone.\n\n2. Minutes\n\nAgreed."]
    parsed = parse_file(footer_pdf(tmp_path / "minutes.pdf", pages, footer))
    names = [person["name"] for person in extract_facts(parsed).model_dump(mode="json")["attendees"]]
    assert names == ["Cllr A Lowe", "Cllr B Ray", "Cllr C Sim", "Mr T Hale", "Mrs A L Wells"]
    assert [page.printed_number for page in parsed.pages] == [1, 2]
