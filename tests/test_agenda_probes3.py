"""Agenda item probe classes fixed in round 14 (parish and town council web pages, in our own words)."""

from extractors.proceedings.agenda import find_items
from extractors.proceedings.structure import extract_structure, to_contract
from structure_helpers import document


def _items(text: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in find_items(text)]


def _contract(text: str) -> list[tuple[str, str]]:
    return [(item.number or "", item.title) for item in to_contract(extract_structure(document(text)))["agenda_items"]]


def test_minute_reference_numbers_with_the_year_are_item_numbers():
    text = "AGENDA\n24/045 To approve the minutes of the last meeting\n24/046 To receive the clerk's report\n24/047 Planning\n"
    assert _items(text) == [
        ("24/045", "To approve the minutes of the last meeting"),
        ("24/046", "To receive the clerk's report"),
        ("24/047", "Planning"),
    ]


def test_financial_year_and_planning_reference_open_no_item():
    text = "AGENDA\n1. Apologies\n2. Planning\n24/01234/FUL – 12 Mill Lane – porch\n2024/25 Budget monitoring\n"
    assert [n for n, _ in _items(text)] == ["1", "2"]


def test_lettered_sub_point_is_not_joined_to_the_item_title_above():
    text = "AGENDA\n1. Apologies\n2. Finance\na) To approve payments\nb) To note the budget report\n3. Planning\n"
    # Lines of business lettered under an item are its sub-items (real_layouts README; since session 30, agenda30).
    assert _items(text) == [
        ("1", "Apologies"), ("2", "Finance"), ("2a", "To approve payments"), ("2b", "To note the budget report"), ("3", "Planning")
    ]


def test_wrapped_title_in_lower_case_is_still_joined():
    text = "AGENDA\n1. Apologies\n2. To consider the report on the future of\nthe village hall\n3. Close\n"
    assert _items(text)[1] == ("2", "To consider the report on the future of the village hall")


def test_paper_status_after_a_title_is_not_part_of_it():
    text = "AGENDA\n1. Apologies\n2. Minutes of the last meeting (attached)\n3. Budget report – (to follow)\n4. Audit letter (copy enclosed)\n"
    assert [t for _, t in _items(text)] == ["Apologies", "Minutes of the last meeting", "Budget report", "Audit letter"]


def test_unbracketed_pages_at_the_end_of_an_item_line():
    text = "AGENDA\n1.     Apologies\n2.     Minutes of the last meeting     Pages 1 - 4\n3.     Finance report     Page 5\n"
    found = find_items(text)
    assert [(i.title, i.pages) for i in found] == [("Apologies", []), ("Minutes of the last meeting", [1, 4]), ("Finance report", [5, 5])]


def test_last_table_cell_holding_only_pages_is_not_part_of_the_title():
    text = "Agenda\nItem | Title | Pages\n1 | Apologies | \n2 | Minutes of the last meeting | 3 - 8\n3 | Annual Report | 9 - 20\n"
    assert _contract(text) == [("1", "Apologies"), ("2", "Minutes of the last meeting"), ("3", "Annual Report")]


def test_numbered_site_footer_links_are_no_items():
    text = "AGENDA\n1. Apologies\n2. Minutes\n3. Finance\nPage 1 of 2\n1. Cookies\n2. Sitemap\n3. Privacy notice\n"
    assert _items(text) == [("1", "Apologies"), ("2", "Minutes"), ("3", "Finance")]


def test_numbered_line_ending_in_a_decimal_payment_is_a_table_row():
    text = "AGENDA\n1. Apologies\n2. Payments\n3 Greenway Mowers 240.00\n4. Close\n"
    assert _items(text) == [("1", "Apologies"), ("2", "Payments"), ("4", "Close")]


def test_title_stopping_at_an_open_word_takes_the_next_line():
    text = "AGENDA\n1. Apologies\n2. To receive the report of the\nClerk on the allotments\n3. Close\n"
    assert _items(text)[1] == ("2", "To receive the report of the Clerk on the allotments")


def test_welsh_date_line_is_no_item():
    text = "AGENDA\n4 Mawrth 2025 / 4 March 2025\n1. Ymddiheuriadau / Apologies\n2. Cofnodion / Minutes\n"
    assert _items(text) == [("1", "Ymddiheuriadau / Apologies"), ("2", "Cofnodion / Minutes")]


def test_bilingual_minutes_labels_mark_a_paper_as_minutes():
    text = (
        "Cofnodion / Minutes\nCyngor Cymuned Llanfach Community Council\nYn bresennol / Present: Cyng T Morgan\n"
        "1. Ymddiheuriadau / Apologies\nDim / None\n2. Datganiadau o Fuddiant / Declarations of Interest\nDim / None\n"
        "3. Cofnodion / Minutes\nCymeradwywyd / Approved\n"
    )
    assert _contract(text) == [
        ("1", "Ymddiheuriadau / Apologies"),
        ("2", "Datganiadau o Fuddiant / Declarations of Interest"),
        ("3", "Cofnodion / Minutes"),
    ]


def test_heading_in_capitals_before_a_colon_in_minutes():
    text = (
        "Minutes of the meeting of Elmbury Parish Council held on 4 March 2025\nPresent: Cllr R Moor, Cllr S Vale\n"
        "1. APOLOGIES: Cllr T Wood\n2. DECLARATIONS OF INTEREST: None\n3. PART 2: EXEMPT ITEMS\n"
    )
    assert [t for _, t in _contract(text)][:2] == ["APOLOGIES", "DECLARATIONS OF INTEREST"]


def test_house_number_of_an_address_set_out_over_lines_is_no_item():
    text = "AGENDA\n1. Apologies\n2. Minutes\nClerk: R Field\n14 The Green\nElmbury\nEL2 4QT\n"
    assert _items(text) == [("1", "Apologies"), ("2", "Minutes")]
