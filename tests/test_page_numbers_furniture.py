"""Page furniture (readers/furniture): a footer or running line between an item's number and its title, or inside a
list run on over a page break, is stepped over, and no name's span holds it. Our own words, names and bodies; inline
pages and PDFs rendered here."""

from pathlib import Path

from badinputs import text_pdf
from extractors.facts import extract_facts
from extractors.proceedings.agenda import extract_agenda_items
from extractors.readers.furniture import furniture_starts, printed_lines
from extractors.readers.spans import lines
from pipeline.read import parse_file
from structure_helpers import document

HEAD = "Minutes of the meeting of Ashby Parish Council held on 4th March 2024 at 7.30pm\n\n"
ITEMS_PAGE = """
Agenda and decisions
Items
No. Item

4.
Chair's Announcements pdf icon PDF 120 KB
Minutes:
The Chair thanked the retiring clerk for her years of service.

5.
"""
NEXT_PAGE = """Budget Monitoring pdf icon PDF 80 KB

Minutes:

The report was noted.

6.

Any Other Business
"""


def facts_of(*pages: str) -> dict:
    return extract_facts(document(*pages, name="page.txt")).model_dump(mode="json")


def furniture_of(text: str) -> list[str]:
    return [text[start : text.find("\n", start)].strip() for start in sorted(furniture_starts(text))]


def attendees_of(facts: dict) -> list[tuple[str, str]]:
    return [(person["name"], person["attendance"]) for person in facts["attendees"]]


def test_a_page_number_ending_a_page_before_its_break_is_furniture():
    text = "4. Minutes\n\nThe minutes were agreed.\n\nPage 1\n\f5. Finance\n\nNoted.\n\nPage 2\n"
    assert furniture_of(text) == ["Page 1", "Page 2"]


def test_a_bare_number_is_a_footer_only_when_it_counts_the_pages():
    assert furniture_of("Agenda\n\n4. Minutes\n\n1\n\fFinance\n") == ["1"]
    # An item number left alone at a page's foot counts no page: '5' on the first page.
    assert furniture_of("Agenda\n\n4. Minutes\n\n5\n\fFinance\n") == []


def test_text_without_a_page_break_has_no_furniture():
    assert furniture_of("1. Apologies\n\nPage 3\n\n2. Minutes\n") == []


def test_a_title_most_pages_print_first_is_a_running_header():
    # Every page ends 'Noted.' too: a sentence, no running footer.
    pages = [f"Ashby Parish Council Minutes\n\n{n}. Item {n}\n\nNoted.\n" for n in range(1, 5)]
    found = furniture_of("\f".join(pages))
    assert found == ["Ashby Parish Council Minutes"] * 4


def test_printed_lines_keep_each_line_own_offsets():
    text = "Present: Cllr A Lowe,\n\nPage 1\n\fCllr B Ray\n"
    kept = printed_lines(text, lines(text))
    assert [text[line.start : line.end] for line in kept if not line.is_blank] == ["Present: Cllr A Lowe,", "Cllr B Ray"]


def test_a_page_number_between_an_item_number_and_its_title_is_stepped_over():
    items = [(item["number"], item["title"]) for item in facts_of(ITEMS_PAGE + "\n1\n", NEXT_PAGE)["agenda_items"]]
    assert items == [("4", "Chair's Announcements"), ("5", "Budget Monitoring"), ("6", "Any Other Business")]


def test_an_item_number_at_a_page_foot_is_spanned_by_its_title_line_only():
    doc = document(ITEMS_PAGE + "\n1\n", NEXT_PAGE, name="page.txt")
    item = next(item for item in extract_agenda_items(doc, 0, len(doc.text)) if item.number == "5")
    assert doc.text[item.provenance.start : item.provenance.end] == "Budget Monitoring pdf icon PDF 80 KB"


def test_a_list_run_on_over_a_page_break_keeps_its_names():
    facts = facts_of(HEAD + "Present: Cllr A Lowe (Chair), Cllr B Ray, Cllr C Sim,\n\nPage 1\n", "Mr T Hale and Mrs A L Wells\n\n1. Apologies\n\nNone.\n")
    assert ("Mr T Hale", "present") in attendees_of(facts) and ("Mrs A L Wells", "present") in attendees_of(facts)


def test_an_apology_list_run_on_over_a_page_break_keeps_its_names():
    facts = facts_of(HEAD + "Apologies: Cllr A Lowe, Cllr B Ray,\n\nPage 1 of 2\n", "Mrs A L Wells\n\n1. Minutes\n\nNone.\n")
    assert attendees_of(facts) == [("Cllr A Lowe", "apologies"), ("Cllr B Ray", "apologies"), ("Mrs A L Wells", "apologies")]


def test_no_name_span_holds_a_footer():
    facts = facts_of(HEAD + "Present: Cllr A Lowe, Cllr B Ray, Mr T\n\nPage 1\n", "Hale and Mrs A L Wells\n\n1. Apologies\n\nNone.\n")
    assert not any("Page" in name for name, _ in attendees_of(facts))


def test_rendered_pdf_agenda_and_list_over_page_breaks(tmp_path: Path):
    pages = [
        HEAD + "Present: Cllr A Lowe (Chair), Cllr B Ray, Cllr C Sim,",
        "Mr T Hale and Mrs A L Wells\n\n1. Apologies\n\nNone.\n\n2. Minutes\n\nAgreed.",
    ]
    facts = extract_facts(parse_file(text_pdf(tmp_path / "minutes.pdf", pages))).model_dump(mode="json")
    assert ("Mr T Hale", "present") in attendees_of(facts) and ("Mrs A L Wells", "present") in attendees_of(facts)
    assert not any("Page" in name for name, _ in attendees_of(facts))


def test_rendered_pdf_item_number_at_a_page_foot(tmp_path: Path):
    pdf = text_pdf(tmp_path / "page.pdf", [ITEMS_PAGE.strip("\n"), NEXT_PAGE.strip("\n")])
    items = [(item["number"], item["title"]) for item in extract_facts(parse_file(pdf)).model_dump(mode="json")["agenda_items"]]
    assert ("5", "Budget Monitoring") in items
