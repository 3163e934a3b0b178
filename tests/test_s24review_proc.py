"""Review of session 24's attendance and agenda rules on other bodies' ordinary papers. Our own words, names and bodies."""

from structure_helpers import attendance_kinds as _kinds, document

from extractors.extraction import reflowed_document
from extractors.proceedings.attendance import extract_attendance
from extractors.proceedings.split import split_papers
from extractors.proceedings.structure import extract_structure

_HEAD = "MINUTES OF THE PLANNING COMMITTEE held on 3 March 2025\n\n"
_PRESENT = "Present: Councillor Ann Lowe (Chair), Councillor Bob Ray, Councillor Carl Sim\n\n"


def _items(text: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in extract_structure(reflowed_document(document(text))).agenda_items]


def test_appellant_represented_by_advocate_is_no_substitute():
    text = (
        _HEAD + _PRESENT + "Apologies: Councillor Dan Tate\n\n4. Appeal decision, Land at Mill Lane\n"
        "The Committee noted that at the inquiry the appellant (represented by Ms Eve Hart) had withdrawn the costs claim.\n"
    )
    kinds = _kinds(text)
    assert "Ms Eve Hart" not in kinds and kinds["Councillor Dan Tate"] == "apologies"


def test_bulleted_speakers_under_minutes_heading_are_no_members():
    text = (
        "Minutes of the Planning Committee meeting held on 3 March 2025\n\n"
        "• Cllr Ann Lowe - declared an interest in item 5\n• Mr Bob Ray - objector, spoke on item 5\n"
        "• Mrs Cath Sim - applicant, spoke on item 5\n\n1. Apologies\nNone.\n"
    )
    assert _kinds(text) == {}


def test_bulleted_actions_under_minutes_heading_are_no_members():
    text = (
        "Minutes of the Town Team meeting, 3 March 2025\n\n• Cllr Ann Lowe - To contact the highways team\n"
        "• Bob Ray - to circulate the survey\n• Cath Sim - to book the hall\n\n1. Welcome\n"
    )
    assert _kinds(text) == {}


def test_chair_named_by_short_first_name_is_no_second_person():
    text = (
        "MINUTES OF THE PARISH COUNCIL held on 3 March 2025\n\n"
        "Present: Councillor Robert Lowe (Chair), Councillor Bob Ray, Councillor Cath Sim\n\n"
        "1. Welcome\nThe Chair, Councillor Rob Lowe, welcomed everyone.\n"
    )
    doc = document(text)
    names = [a.name for a in extract_attendance(doc, split_papers(doc))]
    assert sorted(names) == ["Councillor Bob Ray", "Councillor Cath Sim", "Councillor Robert Lowe"]


def test_resolution_points_alone_keep_the_rows_they_repeat():
    text = (
        "Westby Council\n\nAgenda and minutes\n\nNo. Item\n\n1\nApologies for absence\n"
        "Apologies were received from Councillor Lowe.\n\n2\nMinutes\nThe minutes of the meeting held on 3 February were agreed.\n\n"
        "3\nBudget 2025/26\nRESOLVED that:\n1\nthe budget be approved;\n2\nthe council tax be set at the level in the report.\n"
    )
    assert _items(text)[:3] == [("1", "Apologies for absence"), ("2", "Minutes"), ("3", "Budget 2025/26")]


def test_unnumbered_row_in_number_item_table_is_no_section():
    text = (
        "Westby Council\n\n| Number | Item |\n|---|---|\n| 1 | Apologies |\n| Chair's Announcements | |\n"
        "| 2 | Minutes |\n| 3 | Budget |\n"
    )
    assert ("", "Chair's Announcements") in _items(text)


def test_one_letter_application_references_under_a_numbered_row_are_no_rows():
    text = (
        "Westby Council\n\nAgenda and minutes\n\nNo. Item\n\n1\nPlanning applications\nMinutes:\n"
        "The following were decided:\nP/1\nLand at Mill Lane - approved\nP/2\nThe Old Barn - refused\n\n2\nAny other business\n"
    )
    assert _items(text) == [("1", "Planning applications"), ("2", "Any other business")]
