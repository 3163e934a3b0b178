"""Run-on pages read as the lines they were flattened from (``readers.runon``): attendance labels opening their list
(``runon_attendance``) and a meeting page's 'Additional documents:' label before the next item's number
(``runon_items``)."""

from extractors.readers.runon import reflowed
from extractors.readers.runon_items import is_reference

_FILLER = "The sub-committee met to consider the business set out below and the clerk recorded the proceedings. " * 2


def _lines(text: str) -> list[str]:
    return reflowed(text).split("\n")


def test_title_case_label_before_titled_names_opens_a_line():
    lines = _lines(_FILLER + "held on 2 March 2026 at 10.00 am Present Councillor Ann ROWE (Chair) Councillor Ben TATE " + _FILLER)
    assert any(line.startswith("Present Councillor Ann ROWE") for line in lines)


def test_capitals_label_with_colon_and_dashed_colon_open_lines():
    text = _FILLER + "IN THE CHAMBER, PRESENT: Provost Ann Rowe and Councillors Ben Tate, Cy Ure. Present:- Members Dee Vale " + _FILLER
    lines = _lines(text)
    assert any(line.startswith("PRESENT: Provost Ann Rowe") for line in lines)
    assert any(line.startswith("Present:- Members") for line in lines)


def test_label_inside_a_sentence_or_after_its_group_keeps_its_line():
    text = _FILLER + "the Chair will Present Councillor Ann Rowe with an award. MEMBERS PRESENT: Councillor Ben Tate " + _FILLER
    lines = _lines(text)
    assert not any(line.startswith("Present Councillor") for line in lines)
    assert not any(line.startswith("PRESENT:") for line in lines)


def test_label_before_a_comma_list_of_bare_names_keeps_its_line():
    # The attendance readers split a sentence's list in its line ('... 7.00pm Present Ann Rowe, Ben Tate, ...').
    text = _FILLER + "commencing at 7.00pm Present Alan Rowe, Susan Tate*, Paul Ure The panel noted " + _FILLER
    assert not any(line.startswith("Present Alan") for line in _lines(text))


def test_number_after_additional_documents_is_an_item():
    assert not is_reference("Apologies Additional documents: ")
    assert is_reference("the options are as follows: ")
    text = (
        "Items No. Item 1. Apologies Additional documents: 2. Welcome Additional documents: 3. Minutes of the last meeting "
        "pdf icon PDF 90 KB Additional documents: 4. Matters Arising Additional documents: 5. Any Other Business "
        "Additional documents:"
    )
    lines = _lines(text)
    assert [line.split(".")[0] for line in lines if line[:1].isdigit()] == ["1", "2", "3", "4", "5"]


def test_three_digit_running_minute_numbers_open_lines():
    text = (
        "Minutes of the Meeting held on Tuesday 3rd March 2026. 301. Public Session – Nobody spoke. 302. Minutes of the "
        "Previous Meeting The Minutes were approved. 303. Declaration of Interests – None 304. Accounts The payments were "
        "approved by the council after a short discussion of the figures."
    )
    assert [line[:4] for line in _lines(text) if line[:1].isdigit()] == ["301.", "302.", "303.", "304."]
