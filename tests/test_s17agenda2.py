"""Agenda items, round 2 of session 17: the review's mends (a linear opening-business pattern, item numbers under
their own VERSION, one list of a page's line tags) and the rules that followed. Every string is our own."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT
from extractors.parsing.text_markup import LINE_TAGS
from extractors.proceedings.agenda_fallback import _segments, mixed_headings
from extractors.proceedings.minute_items import split_references
from extractors.proceedings.minute_headings import _LONE_MINUTE
from extractors.proceedings.minuted import find_minuted_items
from extractors.proceedings.agenda_opening import _OPENING
from extractors.readers.spans import lines
from extractors.registry import COVERED_BY, EXTRACTORS, VERSIONED


def test_a_long_token_after_an_opening_dash_is_read_in_one_pass():
    """Four words after the dash fail; before the pattern was possessive a 1,000-character first word made that
    failure try every split of the word (22 s). Run apart with a bound, so a relapse fails rather than hangs."""
    probe = (
        "from extractors.proceedings.agenda_opening import _OPENING\n"
        "print(_OPENING.match('Public Forum - ' + 'x' * 3000 + ' one two three') is None)\n"
        "print(_OPENING.match('Public Forum - ' + 'x' * 3000 + ' one two')['title'])\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=20)
    assert done.stdout.split("\n")[:2] == ["True", "Public Forum"]


def test_the_opening_dash_tail_keeps_its_three_words():
    assert _OPENING.match("Open Forum – nothing to report")["title"] == "Open Forum"
    assert _OPENING.match("Open Forum – nothing at all to report") is None


def test_item_numbers_has_its_own_version():
    assert "item_numbers" in VERSIONED and "item_numbers" not in COVERED_BY
    assert int(EXTRACTORS["item_numbers"]) >= 1  # bumped by any rule change of its own (2 since session 18)


def test_the_fallback_cuts_a_line_at_every_line_tag_of_a_page():
    assert set(LINE_TAGS) == {"p", "br", "div", "tr", "td", "th", "li"}
    raw = "<p>1. Apologies</p><h3>2. Harbour dues</h3><td>3. Any other business</td>"
    assert [line.text for line in _segments(lines(raw))] == ["1. Apologies", "2. Harbour dues", "3. Any other business"]


def test_a_councillor_welcoming_or_reminding_opens_a_minute():
    """'welcomed' and 'reminded' are read as any past tense (the words listed apart were the same rule twice)."""
    from extractors.readers.runon_items import _OPENER

    for verb in ("welcomed", "reminded", "thanked"):
        assert _OPENER.search(f"Harbour dues Cllr Lowe {verb} the board")


def test_a_meeting_page_listing_only_its_own_documents_has_no_items():
    from extractors.proceedings.structure import extract_structure
    from structure_helpers import document

    page = document(
        "Agenda and minutes\n\nHarbour Board - Monday, 3 March 2025 7.00 pm\n\nVenue: Quay House\n\nContact: Ann Lowe\n\n"
        "Items\n\nDocuments\n\nAgenda frontsheet PDF 120 KB\n\nAgenda reports pack PDF 2 MB\n\n"
        "Printed minutes PDF 150 KB\n\nPrinted decisions PDF 90 KB\n"
    )
    assert extract_structure(page).agenda_items == []


def test_reference_letters_on_the_line_above_may_be_one_capital():
    text = (
        "Item Description Decision\nOpen\nK\n12/19\nAPOLOGIES FOR ABSENCE\n \nK\n13/19\nDECLARATIONS OF INTEREST\n \n"
        "K\n14/19\nMINUTES\nThe minutes of the last meeting were agreed.\n"
    )
    assert [(item.number, item.title) for item in find_minuted_items(text)] == [
        ("K 12/19", "APOLOGIES FOR ABSENCE"), ("K 13/19", "DECLARATIONS OF INTEREST"), ("K 14/19", "MINUTES"),
    ]


def test_a_lone_letter_over_one_reference_is_no_prefix():
    text = "K\n12/19\nAPOLOGIES FOR ABSENCE\n\nB\n13/19\nDECLARATIONS OF INTEREST\n"
    assert split_references(lines(text), _LONE_MINUTE) == {}


_COLON_MINUTES = "\n\n".join([
    "Venue: Quay House, Eastby",
    "Welcome and Introductions:", "The Chair welcomed members and the harbour master to the meeting.",
    "Apologies for Absence:", "Apologies were received from two members of the board.",
    "Declarations of Interest:", "No interests were declared at this meeting.",
    "Reports from the Harbour Master:", "The harbour master reported that dredging had finished in the spring.",
]) + "\n"


def test_colon_headings_over_minute_sentences_are_items():
    expected = ["Welcome and Introductions", "Apologies for Absence", "Declarations of Interest"]
    assert [item.title for item in mixed_headings(_COLON_MINUTES)] == [*expected, "Reports from the Harbour Master"]


def test_colon_labels_over_names_are_no_items():
    text = (
        "Present:\n\nCllr Ann Lowe, Cllr Bob Ray, Cllr Cat Dee and Cllr Dan Fox\n\nApologies:\n\nCllr Eve Hale, Cllr Fay Lowe"
        " and Cllr Gus Ray\n\nIn attendance:\n\nJo Dee (Clerk)\n\nDeclarations of Interest:\n\nCllr Ann Lowe, item 4\n"
    )
    assert mixed_headings(text) == []
