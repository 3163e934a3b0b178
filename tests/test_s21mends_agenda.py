"""Review 21 mends (agenda area): a singular 'Minute of Meeting held' line inside an agenda or letter, CMIS 'Items of
Business' rows printed number over title or searched for from the top of a pack, and capitals lines over figures that
are no minute references (scores, dates)."""


from structure_helpers import document

from extractors.extraction import reflowed_document
from extractors.proceedings.minute_headings import heading_candidates
from extractors.proceedings.minuted import find_minuted_items
from extractors.proceedings.structure import extract_structure
from extractors.readers.spans import lines


def _structure(*pages: str):
    return extract_structure(reflowed_document(document(*pages)))


def _meetings(*pages: str) -> list[tuple[str, str]]:
    return [(m.body, m.date.isoformat()) for m in _structure(*pages).meetings]


def _items(*pages: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in _structure(*pages).agenda_items]


def test_f16_minute_of_meeting_item_under_an_agenda_heading_is_no_minutes():
    text = "EASTBY COMMUNITY COUNCIL\n\nAGENDA for the meeting on Monday 3 June 2024 at 7pm in the Church Hall\n\nAPOLOGIES\nMINUTE OF MEETING HELD ON 6 MAY 2024\nMATTERS ARISING\n"
    assert _meetings(text) == [("Eastby Community Council", "2024-06-03")]


def test_f16_minute_of_meeting_for_approval_under_business_is_no_minutes():
    text = (
        "EASTBY COMMUNITY COUNCIL\n\nNotice of meeting: Monday 3 June 2024 at 7pm, Church Hall.\n\nBUSINESS\n\n"
        "Minute of the meeting held on 6 May 2024 for approval.\n\nPolice report.\n\nPlanning applications.\n"
    )
    assert _meetings(text) == [("Eastby Community Council", "2024-06-03")]


def test_f16_minute_of_meeting_enclosed_in_a_letter_is_no_minutes():
    text = "Dear Sir\n\nEASTBY GOLF CLUB\nMinute of meeting held on 6 May 2024 is enclosed as requested."
    assert _meetings(text) == []


def test_f4_number_over_title_business_list_is_not_read_title_over_number():
    text = (
        "Minutes of the meeting of the Licensing Board held on 3 June 2024.\n\nItems of Business\n\nPart A - Public\n\n1\n\n"
        "Apologies for absence\n\n2\n\nDeclarations of interest\n\n3\n\nMinutes of previous meeting\n\n4\n\nPremises licence review\n"
    )
    assert ("1", "Part A - Public") not in _items(text)
    assert ("4", "Minutes of previous meeting") not in _items(text)


def test_f4_a_sentence_over_the_first_number_is_no_business_row():
    text = (
        "Minutes of the meeting of the Licensing Board held on 3 June 2024.\n\nItems of Business\n\nSederunt\n"
        "Apologies were received from Councillor A Lowe.\n\n1\n\nMinutes of previous meeting\n\n2\n\nPremises licence review\n\n3\n\nTaxi fares\n"
    )
    assert _items(text) == []


def test_f19_items_of_business_in_an_agenda_hides_no_enclosed_minutes_heading():
    agenda = (
        "LICENSING BOARD\n\nAGENDA\n\nMeeting on Monday 3 June 2024 at 10am, Council Chambers.\n\nItems of Business\n\n"
        "1. Apologies\n2. Minutes of previous meeting\n3. Premises licence review\n"
    )
    minutes = (
        "Minutes of the meeting of the Licensing Board held on 6 May 2024 at 10am.\n\n1\n\n"
        "Present: Councillors A Lowe (Chair), B Ray and C Sim.\n\n1. APOLOGIES\nNone.\n\n2. PREMISES LICENCE\nGranted.\n"
    )
    assert ("Licensing Board", "2024-05-06") in _meetings(agenda, minutes)
    assert _items(agenda, minutes)[:3] == [("1", "Apologies"), ("2", "Minutes of previous meeting"), ("3", "Premises licence review")]
    assert ("2", "PREMISES LICENCE") not in _items(agenda, minutes)


def _referenced(text: str) -> list[str]:
    return [item.number for item in heading_candidates(text, lines(text, 0, len(text))) if "/" in item.number]


def test_f5_capitals_lines_over_scores_are_no_minute_headings():
    text = "EASTBY ROVERS\n12/30\nmatches won on the upper pitch\nWESTBY UNITED\n8/30\nmatches won on the lower pitch\n"
    assert _referenced(text) == []


def test_f5_capitals_months_over_dates_are_no_minute_headings():
    text = "JULY\n10/07\nFull council in the Village Hall\nSEPTEMBER\n11/09\nPlanning committee\nNOVEMBER\n13/11\nBudget meeting\n"
    assert not {item.title for item in heading_candidates(text, lines(text, 0, len(text)))} & {"JULY", "SEPTEMBER", "NOVEMBER"}

