"""Agenda item probe classes fixed in round 15 (web page and table renderings, in our own words)."""

from extractors.proceedings.agenda import find_items
from extractors.proceedings.structure import extract_structure, to_contract
from structure_helpers import document


def _items(text: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in find_items(text)]


def _contract(text: str) -> list[tuple[str, str]]:
    return [(item.number or "", item.title) for item in to_contract(extract_structure(document(text)))["agenda_items"]]


def test_agenda_item_word_before_the_number():
    text = "AGENDA\nAgenda item 1 – Apologies\nAgenda item 2 – Declarations of Interest\nAgenda item 3 – Annual Accounts\n"
    assert _items(text) == [("1", "Apologies"), ("2", "Declarations of Interest"), ("3", "Annual Accounts")]


def test_welsh_item_word_before_the_english_one():
    text = "AGENDA\nEitem 1 / Item 1: Ymddiheuriadau / Apologies\nEitem 2 / Item 2: Cofnodion / Minutes\n"
    assert _items(text) == [("1", "Ymddiheuriadau / Apologies"), ("2", "Cofnodion / Minutes")]


def test_o_and_private_use_bullets_before_the_number():
    text = "AGENDA\no 1. Apologies\no 2. Minutes\n\uf0b7 3. Clerk's report\n"
    assert _items(text) == [("1", "Apologies"), ("2", "Minutes"), ("3", "Clerk's report")]


def test_start_time_before_the_number():
    text = "AGENDA\n10:00  1. Welcome\n10:10  2. Minutes of the last meeting\n10.30am 3. Route review\n"
    assert _items(text) == [("1", "Welcome"), ("2", "Minutes of the last meeting"), ("3", "Route review")]


def test_time_cell_after_a_wide_gap_is_not_part_of_the_title():
    text = "AGENDA\n1.   Welcome            10:00\n2.   Estates strategy   10:15\n"
    assert _items(text) == [("1", "Welcome"), ("2", "Estates strategy")]


def test_presenter_cell_of_a_tab_table_row_is_not_part_of_the_title():
    text = "AGENDA\nItem\tSubject\tLead\n1\tWelcome\tChair\n2\tFleet review\tHead of Transport\n"
    assert _items(text) == [("1", "Welcome"), ("2", "Fleet review")]


def test_presenter_cell_of_a_pipe_table_row_is_not_part_of_the_title():
    text = "Agenda\n| Item | Subject | Presenter |\n| 1 | Welcome | Chair |\n| 2 | Fleet review | Treasurer |\n"
    assert _contract(text) == [("1", "Welcome"), ("2", "Fleet review")]


def test_bilingual_title_split_by_a_pipe_after_a_plain_number_is_kept():
    text = "AGENDA\n1. Ymddiheuriadau | Apologies\n2. Cofnodion | Minutes\n"
    assert _items(text)[0] == ("1", "Ymddiheuriadau Apologies")


def test_roman_sub_items_in_brackets_after_the_number():
    text = "AGENDA\n1. Apologies\n2. Reports\n2(i) Allotments Group\n2(ii) Footpaths Group\n3. Close\n"
    assert [n for n, _ in _items(text)] == ["1", "2", "2(i)", "2(ii)", "3"]


def test_capital_letter_items_in_a_run_from_a():
    text = "AGENDA\nA. Apologies\nB. Minutes\nC. Finance\n"
    assert _items(text) == [("A", "Apologies"), ("B", "Minutes"), ("C", "Finance")]


def test_capital_letters_out_of_a_run_are_no_items():
    text = "Questions and answers\nQ. How do I speak at a meeting?\nA. Write to the clerk.\nB. Come on the night.\n"
    assert _items(text) == []


def test_item_no_alone_over_its_title():
    text = "AGENDA\nItem No. 1\nApologies\nItem No. 2\nDeclarations of Interest\nItem No. 3\nMinutes\n"
    assert _items(text) == [("1", "Apologies"), ("2", "Declarations of Interest"), ("3", "Minutes")]


def test_agenda_flattened_into_one_line():
    text = "Agenda: 1. Apologies for absence 2. Declarations of interest 3. Minutes 4. Grass cutting\n"
    assert _items(text) == [("1", "Apologies for absence"), ("2", "Declarations of interest"), ("3", "Minutes"), ("4", "Grass cutting")]


def test_numbered_sentences_on_one_line_are_no_items():
    text = "Resolved: 1. The plan was approved 2. The clerk will write to the owner 3. The fence is to be repaired\n"
    assert _items(text) == []



def test_capital_letters_heading_sections_of_lettered_numbers_are_no_items():
    text = "AGENDA\nA. Business\nA1 Apologies\nA2 Minutes\nB. Decisions\nB1 Budget\nC. Information\nC1 Dates of meetings\n"
    assert [n for n, _ in _items(text)] == ["A1", "A2", "B1", "C1"]


SUMMARY_PAGE = (
    "Meeting Details\n\nMeeting Summary\nGlenmoor Council\n3 Mar 2025 - 10:00\n  • Documents\n  • Attendance\n\n"
    "Public Items\n1 Sederunt\n2 Declarations of Interest *\n\nNo declarations were made.\n\n"
    "3 Minutes\n\n    The minute of the meeting of 4 February was approved.\n\n"
    "4 Roads Programme **\n\nThe council approved the programme.\n5. The cost is met from the roads budget.\n"
)


def test_numbered_lines_under_a_cmis_public_items_heading_are_items():
    assert _contract(SUMMARY_PAGE) == [("1", "Sederunt"), ("2", "Declarations of Interest"), ("3", "Minutes"), ("4", "Roads Programme")]


def test_numbered_sentences_under_public_items_are_no_items():
    text = "Public Items\n1 Sederunt\n2 Minutes\n3. The council agreed the plan.\n"
    assert _contract(text) == [("1", "Sederunt"), ("2", "Minutes")]


def test_public_items_heading_keeps_items_the_summary_rule_skips():
    """Regression: the 'Public Items' rule returned at once with items numbered strictly 1, 2, 3,
    dropping a sub-item and the items after the ones it could number."""
    text = "AGENDA\nPublic Items\n1. Apologies\n2. Minutes\n2a. Matters arising\n3. Budget monitoring\nPrivate Items\n4. Property disposal\n"
    assert [number for number, _ in _items(text)] == ["1", "2", "2a", "3", "4"]
