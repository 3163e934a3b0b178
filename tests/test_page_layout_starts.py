"""Meeting page layouts met on fresh pages: a CMIS document panel, an item line with its document
size at the top of an issue page, and unnumbered rows in sentence case (our own words)."""

from extractors.facts import extract_facts
from structure_helpers import document


def items_of(text: str) -> list[tuple[str, str]]:
    facts = extract_facts(document(text, name="page.txt")).model_dump(mode="json")
    return [(item["number"], item["title"]) for item in facts["agenda_items"]]


def test_cmis_documents_panel_gives_each_lone_number_its_title_below():
    text = "Documents\n   \n\t\t\n        Agenda\n      \n   Open Items\n    \n        1\n     \n    \n" \
        "        Welcome and Filming Notice\n   \n        The Chair will open the meeting.\n  \n" \
        "        2\n    \n        Quarterly Budget Monitoring\n   \n"
    assert items_of(text) == [("1", "Welcome and Filming Notice"), ("2", "Quarterly Budget Monitoring")]


def test_cmis_panel_printing_number_and_title_on_one_line_reads_agenda_lines():
    text = "Documents\nAgenda\nPart A\n1 Welcome\nThe Chair will open the meeting.\n2 Apologies\n" \
        "Members will give apologies.\n3 Minutes of the Last Meeting\n"
    assert items_of(text) == [("1", "Welcome"), ("2", "Apologies"), ("3", "Minutes of the Last Meeting")]


def test_item_line_with_document_size_at_the_top_of_an_issue_page_is_its_item():
    text = "7 Library Opening Hours PDF 120 KB\nThe report was moved by Councillor Bede.\n" \
        "A. That the hours be extended\nB. That the change be reviewed in a year\n"
    assert items_of(text) == [("7", "Library Opening Hours")]


def test_unnumbered_rows_in_sentence_case_or_with_document_size_are_titles():
    text = """Agenda and minutes

No. Item


Declarations of interest


None were declared.


Notes of the last meeting pdf icon PDF 80 KB


Noted


Tree planting update


The update was welcomed.
"""
    assert items_of(text) == [("", "Declarations of interest"), ("", "Notes of the last meeting"), ("", "Tree planting update")]


def test_meeting_documents_heading_over_body_and_date_lines_titles_the_meeting():
    text = "Meeting documents\n\nLicensing Board\nMonday, 4th March, 2024 10.00 am\n\nPlace:\nRoom 2, Elm House\n"
    facts = extract_facts(document(text, name="page.txt")).model_dump(mode="json")
    assert [(m["body"], m["date"], m["time"]) for m in facts["meetings"]] == [("Licensing Board", "2024-03-04", "10:00")]


def test_item_description_resolution_header_reads_items_numbered_like_the_first():
    text = "ItemDescriptionResolution\nL 24/011 Apologies\nNone were received.\nL 24/012 Taxi Fares\n" \
        "RESOLVED: That\n(1) the fares be increased; and\n(2) the change be reviewed.\n"
    assert items_of(text) == [("L 24/011", "Apologies"), ("L 24/012", "Taxi Fares")]
