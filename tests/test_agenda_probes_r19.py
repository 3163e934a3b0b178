"""Agenda items, round 19 classes (in our own words): a town agenda whose list renders '1.' on every line (numbers
lost, left out); a ruled row's title running past 'from Members'; a page cut inside its document mark ('pdf icon
PDF 365 K', 'Addit'); 'C23/39.' row numbers alone on their lines; no row from a line of numbers ('44. & 45.') nor
from an 'Also in attendance' label; unnumbered rows of seven words ('Apologies for absence / substitutes')."""

from extractors.proceedings.agenda_rows import CELL_NOISE
from extractors.proceedings.structure import extract_structure, to_contract
from structure_helpers import document


def _items(text: str) -> list[tuple[str, str]]:
    return [(item.number or "", item.title) for item in to_contract(extract_structure(document(text)))["agenda_items"]]


def _cut(text: str) -> str:
    noise = CELL_NOISE.search(text)
    return text[: noise.start()] if noise else text


# Class 1: '1.' on every line of the list, its numbering lost in rendering: items without numbers.

_LOST = """\
Meetings are open to the public; please ask the clerk for the dial-in details.

  1. To receive apologies for absence.
  1. To receive declarations of interest on items of this agenda
  1. To approve the minutes of the meeting held on 4th May
  1. To receive the report on the riverside benches
"""


def test_list_numbered_one_on_every_line_gives_unnumbered_items():
    assert _items(_LOST) == [
        ("", "To receive apologies for absence"),
        ("", "To receive declarations of interest on items of this agenda"),
        ("", "To approve the minutes of the meeting held on 4th May"),
        ("", "To receive the report on the riverside benches"),
    ]


def test_list_numbered_in_order_keeps_its_numbers():
    ordered = _LOST.replace("  1. To receive declarations", "  2. To receive declarations")
    ordered = ordered.replace("  1. To approve", "  3. To approve").replace("  1. To receive the report", "  4. To receive the report")
    assert [number for number, _ in _items(ordered)] == ["1", "2", "3", "4"]


def test_list_numbered_one_without_apologies_is_no_agenda():
    assert _items(_LOST.replace("apologies for absence", "the chair's welcome")) == []


def test_two_lines_numbered_one_are_no_lost_list():
    two = "\n".join(_LOST.splitlines()[:4]) + "\n"
    assert _items(two) == []


# Class 2: a ruled row whose title runs past 'from Members' before its description.

_RULED = """\
| No. | Item |
|---|---|
|
Apologies To receive apologies for absence.
|
|
Questions from Members of the Boards under Standing Orders To receive questions from Members of the Boards.
|
|
Budget Outturn 2024-25 To note the outturn. |
"""


def test_ruled_row_title_runs_past_from_members():
    assert ("", "Questions from Members of the Boards under Standing Orders") in _items(_RULED)


def test_ruled_row_with_description_at_members_after_a_closed_title():
    row = _RULED.replace("Budget Outturn 2024-25 To note the outturn.", "Public Questions Members of the public may ask questions.")
    assert ("", "Public Questions") in _items(row)


# Class 3: a page cut inside a row's document mark or its 'Additional documents:' label.

def test_document_size_cut_after_its_unit_letter_is_cut_off():
    assert _cut("Minutes of the Joint Board pdf icon PDF 365 K") == "Minutes of the Joint Board"


def test_document_mark_cut_after_pdf_is_cut_off():
    assert _cut("Minutes of the Joint Board pdf icon PDF") == "Minutes of the Joint Board"


def test_additional_documents_label_cut_short_is_cut_off():
    assert _cut("Budget Monitoring April 2025-26 Addit") == "Budget Monitoring April 2025-26"


def test_pdf_and_additional_as_words_of_a_title_stay():
    assert _cut("Guidance on accessible PDF") == "Guidance on accessible PDF"
    assert _cut("Additional budget for parks") == "Additional budget for parks"


# Class 4: a 'C23/39.' number alone on its line under a 'No. Item' header.

_REFERENCED = """\
Agenda and minutes
Venue: Town Hall
No. Item

K24/51.

MINUTES

Minutes:

The minutes were signed.

K24/52.

APOLOGIES FOR ABSENCE

Minutes:

Apologies were received from Councillor Ann Reed.
"""


def test_letter_and_year_reference_alone_numbers_the_row():
    assert _items(_REFERENCED) == [("K24/51", "MINUTES"), ("K24/52", "APOLOGIES FOR ABSENCE")]


# Class 5: a line of minute numbers ('44. & 45.') and an 'Also in attendance' label are no rows.

_PAGE = """\
Agenda and draft minutes
Venue: Town Hall. View directions
No. Item


Apologies for Absence


Apologies were received from Councillor Ann Reed.


Declarations of Interest


{numbers}


Minutes of the Previous Meeting pdf icon PDF 109 KB


The minutes were agreed.
"""


def test_line_of_minute_numbers_is_no_row():
    assert ("", "12. & 13") not in _items(_PAGE.format(numbers="12. & 13."))
    assert ("", "Minutes of the Previous Meeting") in _items(_PAGE.format(numbers="12. & 13."))


def test_also_in_attendance_label_is_no_first_row():
    page = "Items\nNo. Item\n\nAlso in attendance\n\n·  Pat Doe, Clerk\n\n1.\n\nApologies\n\nMinutes:\n\nNone.\n\n2.\n\nMinutes of the last meeting\n"
    assert _items(page) == [("1", "Apologies"), ("2", "Minutes of the last meeting")]


def test_first_row_with_other_words_stays_a_row():
    page = "Items\nNo. Item\n\nWelcome and introductions\n\nThe chair welcomed all.\n\n1.\n\nApologies\n\nMinutes:\n\nNone.\n"
    assert ("", "Welcome and introductions") in _items(page)


# Class 6: unnumbered rows of seven words, a lone '/' not counted.

def test_seven_word_row_with_a_slash_is_a_row():
    page = _PAGE.format(numbers="Apologies for absence / notice of substitute members\n\n\nCouncillor Reed substituted.")
    assert ("", "Apologies for absence / notice of substitute members") in _items(page)


def test_seven_word_sentence_with_a_verb_is_no_row():
    page = _PAGE.format(numbers="The chair said that none were declared")
    assert ("", "The chair said that none were declared") not in _items(page)
