"""Agenda items, session 19, studied wide (our own words): numbering schemes of parish, town and council minutes and
agendas that no reader took as numbers: letters ('A. APOLOGIES'), Roman numerals ('I. Apologies', 'iv) Open forum'),
a year's minute numbers alone on their line ('26.01'), a number alone with its dash ('1 -') and a number glued to its
heading in capitals ('26-01APOLOGIES'). The agenda fallback reads them as one more scheme, from the page's sequence."""

from extractors.extraction import reflowed_document
from extractors.proceedings.agenda_serials import serial_mark
from extractors.readers.item_numbers import item_number, lone_number


def _extracted(text: str) -> list[tuple[str, str]]:
    from structure_helpers import document

    from extractors.proceedings.structure import extract_structure

    found = extract_structure(reflowed_document(document(text))).agenda_items
    return [(item.number, item.title) for item in found]


_HEAD = "Brindle Hollow Parish Council\n\nMinutes of the meeting of the Parish Council held on Tuesday 4 March 2025 at 7.30pm in the Village Hall\n\n"


def test_capital_letters_number_minutes_headings_from_a():
    text = _HEAD + (
        "A. APOLOGIES FOR ABSENCE\nApologies were received from Cllr Penn.\n\n"
        "B. DECLARATIONS OF INTEREST\nNone were declared.\n\n"
        "C. MINUTES OF THE PREVIOUS MEETING\nThe minutes were approved.\n\n"
        "D. FOOTPATHS\nThe stile at Cob Lane is broken.\n"
    )
    assert _extracted(text) == [
        ("A", "APOLOGIES FOR ABSENCE"), ("B", "DECLARATIONS OF INTEREST"), ("C", "MINUTES OF THE PREVIOUS MEETING"), ("D", "FOOTPATHS"),
    ]


def test_roman_numerals_in_capitals_and_in_small_letters():
    upper = _HEAD + "I. Apologies\nNone.\n\nII. Declarations of interest\nNone.\n\nIII. Minutes of the last meeting\nApproved.\n\nIV. Open forum\nNo one spoke.\n"
    assert [number for number, _ in _extracted(upper)] == ["I", "II", "III", "IV"]
    lower = _HEAD.replace("Minutes of the meeting", "Agenda for the meeting") + (
        "i) Apologies for absence\nii) Declarations of interest\niii) Minutes of the last meeting\niv) Correspondence\n"
    )
    assert _extracted(lower)[3] == ("iv", "Correspondence")


def test_a_run_of_letters_opens_only_at_its_first():
    text = _HEAD + "C. Apologies\nNone.\n\nD. Minutes of the last meeting\nApproved.\n\nE. Declarations of interest\nNone.\n"
    assert all(not number for number, _ in _extracted(text))


def test_serial_marks_read_both_ways_where_a_letter_is_a_numeral():
    assert serial_mark("I. Apologies")[2] == (("serial:capital.", 9), ("serial:roman-upper.", 1))
    assert serial_mark("(iii) Minutes")[:2] == ("iii", 6)
    assert serial_mark("a) Minutes") is None and serial_mark("IIII. Minutes") is None and serial_mark("I am here") is None


def test_a_years_minute_numbers_alone_on_their_lines():
    text = _HEAD + "26.01\nApologies for absence\nCllr Penn sent apologies.\n\n26.02\nDeclarations of interest\nNone.\n\n26.03\nMinutes of the previous meeting\nApproved.\n"
    assert _extracted(text) == [("26.01", "Apologies for absence"), ("26.02", "Declarations of interest"), ("26.03", "Minutes of the previous meeting")]
    assert item_number("12.30") is None and item_number("26.01") is not None


def test_a_number_alone_with_its_dash():
    assert lone_number("1 -") is not None and lone_number("1 - Apologies") is None
    text = _HEAD.replace("Minutes of the meeting", "Agenda for the meeting") + "1 -\nApologies for absence\n2 -\nDeclarations of interest\n3 -\nMinutes of the last meeting\n"
    assert [number for number, _ in _extracted(text)] == ["1", "2", "3"]


def test_a_number_glued_to_its_heading_in_capitals_and_run_into_its_minute():
    text = _HEAD + (
        "26-01APOLOGIES FOR ABSENCE Cllr Penn sent apologies.\n26-02DECLARATIONS OF INTEREST None.\n"
        "26-03MINUTES OF THE PREVIOUS MEETING Approved and signed.\n26-04HIGHWAYS The verge at Cob Lane was reported.\n"
    )
    assert _extracted(text) == [
        ("26-01", "APOLOGIES FOR ABSENCE"), ("26-02", "DECLARATIONS OF INTEREST"), ("26-03", "MINUTES OF THE PREVIOUS MEETING"), ("26-04", "HIGHWAYS"),
    ]


def test_lettered_initials_of_a_list_of_names_are_no_items():
    text = _HEAD + "Present:\nA. Brown\nB. Carter\nC. Dale\n\nThe meeting discussed the hall roof.\n"
    assert _extracted(text) == []


def test_minute_numbers_printed_like_dates_count_up_in_one_month():
    text = _HEAD + "52/07/23 Apologies for absence\nCllr Penn sent apologies.\n53/07/23 Declarations of interest\nNone.\n54/07/23 Minutes of the last meeting\nApproved.\n"
    assert [number for number, _ in _extracted(text)] == ["52/07/23", "53/07/23", "54/07/23"]


def test_a_calendar_of_dates_is_no_run_of_minutes():
    text = "Brindle Hollow Parish Council\n\nDiary\n\n12/07/23 Litter pick\n13/07/23 Coffee morning\n14/07/23 Quiz night\n"
    assert _extracted(text) == []


def test_item_lines_with_a_glued_colon_head_minutes_whose_references_stand_under_them():
    text = _HEAD + (
        "Item 1:Apologies for Absence.\n25/5 Councillors Penn and Rudd.\n"
        "Item 2:Declarations of Interest.\n25/6 Councillor Penn - Item 4.\n"
        "Item 3:Appointment of Clerk.\n25/7Resolved to appoint the clerk.\n"
        "Item 4:Banking Arrangements.\n25/8The mandate needs updating.\n"
    )
    assert _extracted(text) == [
        ("1", "Apologies for Absence"), ("2", "Declarations of Interest"), ("3", "Appointment of Clerk"), ("4", "Banking Arrangements"),
    ]
