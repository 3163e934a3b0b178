"""Agenda item recall probe classes fixed in round 16 (minutes flattened into long lines, minute numbers, wrapped
titles in capitals; in our own words)."""

from extractors.proceedings.agenda import find_items
from extractors.proceedings.minuted import find_minuted_items
from extractors.proceedings.structure import extract_structure, to_contract
from structure_helpers import document

_PRESENT = "Minutes of a meeting of the Marsh Board held at the Depot on 3 June 2025 Present: A. Bell, C. Dale and E. Frost. "


def _minuted(text: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in find_minuted_items(text)]


def _contract(text: str) -> list[tuple[str, str]]:
    return [(item.number or "", item.title) for item in to_contract(extract_structure(document(text)))["agenda_items"]]


def _items(text: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in find_items(text)]


def test_flattened_minutes_single_digit_numbers_with_full_stop():
    text = _PRESENT + (
        "1. APOLOGIES FOR ABSENCE Apologies were received from Mr J. King. 2. DECLARATIONS OF INTEREST There were none. "
        "3. ENGINEER'S REPORT The Engineer reported on the pumping stations and the weed cutting programme for the summer."
    )
    assert _minuted(text) == [("1", "APOLOGIES FOR ABSENCE"), ("2", "DECLARATIONS OF INTEREST"), ("3", "ENGINEER'S REPORT")]


def test_flattened_minutes_one_word_title_with_full_stop():
    text = _PRESENT + (
        "41. APOLOGIES No apologies for absence were received from members at this meeting. 42. MINUTES OF PREVIOUS "
        "MEETING The minutes were confirmed and signed. 43. DECLARATIONS There were no declarations of interest made today."
    )
    assert _minuted(text) == [("41", "APOLOGIES"), ("42", "MINUTES OF PREVIOUS MEETING"), ("43", "DECLARATIONS")]


def test_flattened_minutes_heading_followed_by_an_earlier_minute_number():
    text = _PRESENT + (
        "310. APOLOGIES FOR ABSENCE Apologies were received from W Young Esq. at the start of the meeting. 311. MATTERS "
        "ARISING 298. Sluice Gate The Clerk said the repair was complete. 312. FINANCE REPORT The accounts were approved."
    )
    assert _minuted(text) == [("310", "APOLOGIES FOR ABSENCE"), ("311", "MATTERS ARISING"), ("312", "FINANCE REPORT")]


def test_flattened_minutes_mixed_case_title_before_colon():
    text = _PRESENT + (
        "14. Apologies for absence: Apologies were received from G Hale. 15. Minutes of the last meeting: The minutes "
        "were agreed and signed. 16. Harbour Master's report: The harbour master reported on moorings and dredging."
    )
    assert _minuted(text) == [("14", "Apologies for absence"), ("15", "Minutes of the last meeting"), ("16", "Harbour Master's report")]


def test_flattened_minutes_reference_numbers_and_bilingual_capitals():
    text = _PRESENT + (
        "25/061 APOLOGIES: Cllr G Hale sent apologies. 25/062 MINUTES / COFNODION The minutes of the last meeting were "
        "approved as a true record. 25/063 FINANCE: The clerk presented the bank reconciliation and the payments list."
    )
    assert _minuted(text) == [("25/061", "APOLOGIES"), ("25/062", "MINUTES / COFNODION"), ("25/063", "FINANCE")]


def test_flattened_minutes_lone_relaxed_heading_is_no_item():
    text = _PRESENT + (
        "The clerk reported potholes at 12. HIGH STREET Upper Town which had been reported to the highway authority for "
        "repair, and the chair thanked the volunteers who had cleared the verges by the church and the village hall."
    )
    assert _minuted(text) == []


def test_flattened_minutes_mixed_case_sentence_before_colon_is_no_heading():
    text = _PRESENT + (
        "The clerk said 2 Members were reported: Cllr A and Cllr B. The chair said 3 Items were agreed: the bins, the "
        "bench and the verges, all of which would be ordered by the clerk before the next meeting of the council."
    )
    assert _minuted(text) == []


def test_minute_numbers_with_one_letter_or_a_dotted_prefix():
    text = (
        "Minutes of the Planning Committee held on 4 June 2025\nPresent: Councillors A Bell and C Dale\n\n"
        "C/25/14 Apologies for Absence\nNone.\n\nC/25/15 Land at Mill Farm\nThe committee considered the application.\n"
    )
    assert _minuted(text) == [("C/25/14", "Apologies for Absence"), ("C/25/15", "Land at Mill Farm")]
    dotted = "Minutes\n\nPC.31/25 Apologies\nNone.\n\nPC.32/25 Village Green\nThe council discussed the green.\n"
    assert _minuted(dotted) == [("PC.31/25", "Apologies"), ("PC.32/25", "Village Green")]


def test_title_in_capitals_wrapped_onto_a_line_in_capitals():
    text = "AGENDA\n\n1. APOLOGIES FOR ABSENCE\n\n2. REVIEW OF THE COUNCIL'S\nCONTRACT STANDING ORDERS\n\n3. ANY OTHER BUSINESS\n"
    assert _items(text) == [("1", "APOLOGIES FOR ABSENCE"), ("2", "REVIEW OF THE COUNCIL'S CONTRACT STANDING ORDERS"), ("3", "ANY OTHER BUSINESS")]


def test_title_stopping_at_an_open_word_joins_a_date_line():
    text = "AGENDA\n\n1. APOLOGIES\n\n2. MINUTES OF THE MEETING HELD ON\n12 MAY 2025\n\n3. FINANCE\n"
    assert _items(text) == [("1", "APOLOGIES"), ("2", "MINUTES OF THE MEETING HELD ON 12 MAY 2025"), ("3", "FINANCE")]


def test_capitals_heading_under_a_capitals_title_is_not_joined():
    text = "AGENDA\n\n1. APOLOGIES FOR ABSENCE\n2. EXCLUSION OF THE PUBLIC\nPART 2 EXEMPT ITEMS\n3. DEPOT LEASE\n"
    assert [title for _, title in _items(text)] == ["APOLOGIES FOR ABSENCE", "EXCLUSION OF THE PUBLIC", "DEPOT LEASE"]


def test_numbers_in_brackets_open_agenda_items():
    text = "AGENDA\n(1) Apologies for absence\n(2) Declarations of interest\n(3) Parking review\n"
    assert _items(text) == [("(1)", "Apologies for absence"), ("(2)", "Declarations of interest"), ("(3)", "Parking review")]


def test_bracketed_resolutions_in_minutes_are_no_items():
    text = (
        "Minutes of the Cabinet meeting held on 3 June 2025\nPresent: Councillors A Bell, C Dale\n\nRESOLVED:\n"
        "(1) That the report be noted;\n(2) That officers report back in March;\n(3) That the budget be approved.\n"
    )
    assert _contract(text) == []


def test_web_page_title_agenda_for_body_on_date_opens_the_agenda():
    text = (
        "Skip to main content\nHome | Councillors | Meetings\nAgenda for Cabinet on Tuesday 3 June 2025\n"
        "1. Apologies for Absence\n2. Declarations of Interest\n3. Waste Strategy\nContact us | Privacy | Cookies\n"
    )
    assert _contract(text) == [("1", "Apologies for Absence"), ("2", "Declarations of Interest"), ("3", "Waste Strategy")]
