"""Agenda items, session 25 layouts (in our own words): points lettered '(a)' or marked '(i)' right under their item
on CMIS agenda pages ('7a', '6i', a printed '7(i)' as '7i'); an agenda's 'Notes:' over numbered notes; a parish
agenda's lettered lines of business ('a. To approve ...'); a town council's minute references carrying the month
('LA01/09/21') over a minute holding a numbered list."""

from extractors.proceedings.agenda import find_items
from extractors.proceedings.minuted import find_minuted_items
from extractors.proceedings.structure import _carries_on, extract_structure, to_contract
from structure_helpers import document


def _numbers(text: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in find_items(text)]


def test_lettered_points_right_under_an_item_are_its_sub_items():
    text = "1. Apologies for Absence\n2. Minutes\n3. Appointments to Committees:\n\n(a)   Audit Committee\n\n(b)   Licensing Committee\n"
    assert _numbers(text)[2:] == [("3", "Appointments to Committees"), ("3a", "Audit Committee"), ("3b", "Licensing Committee")]


def test_marked_points_right_under_an_item_and_a_number_printed_with_its_point_as_printed():
    text = (
        "1. Prayers.\n2. Announcements.\n3. Questions from the public and Members.\n\n(i)   To answer questions from the public.\n\n"
        "(ii)  To answer questions from Members.\n\n4(i) Motion under Procedure Rule 12.\n\nTo consider the motion below.\n\n"
        "4(ii) Motion under Procedure Rule 12.\n"
    )
    assert [number for number, _ in _numbers(text)] == ["1", "2", "3", "3i", "3ii", "4(i)", "4(ii)"]


def test_marked_points_away_from_their_item_list_its_papers():
    text = (
        "1. Apologies\n2. Grant Applications\nThe budget for the year is set out below.\nRemaining budget for the year\n"
        "(i) Riverside Choir\n(ii) Hillside Allotment Society\n(iii) Oakby Scouts\n3. Date of Next Meeting\n"
    )
    assert [number for number, _ in _numbers(text)] == ["1", "2", "3"]


def test_a_long_lettered_line_of_business_is_no_note():
    text = (
        "1. Minutes\n2. By-election in the North Ward.\n(a)  To receive the Certificate and Return of the Returning Officer as to "
        "the person elected as Councillor for the North Ward (to be circulated at the meeting).\n(b)   Declaration of Acceptance of Office.\n"
        "3. Apologies for absence.\n"
    )
    assert [number for number, _ in _numbers(text)] == ["1", "2", "2a", "2b", "3"]


def test_numbered_notes_under_a_notes_label_are_no_items():
    text = (
        "1. Election of Chair\n2. Apologies for Absence\n3. Minutes\n\n(Notes: \n\n \n\n1.  The effect of this is that the rules on "
        "the balance of groups will not apply to the committees named if the Council agrees the proposals at the meeting\n"
    )
    assert [number for number, _ in _numbers(text)] == ["1", "2", "3"]


def test_lettered_lines_of_business_under_an_item_are_its_sub_items():
    text = (
        "1. APOLOGIES\nTo receive apologies.\n2. MINUTES\na. To approve the minutes of the meeting on 5 March.\n"
        "b. To receive the draft minutes of the Open Spaces Committee.\n3. CORRESPONDENCE\n4. FINANCE\n"
    )
    assert [number for number, _ in _numbers(text)] == ["1", "2", "2a", "2b", "3", "4"]


def test_a_sub_items_letter_opens_a_line_of_its_own():
    assert not _carries_on("• District Council – the new local plan has been published", "b. To consider the response to the consultation:")


_REFERENCES = """\
MINUTES of a Meeting of the Parks Committee held on Tuesday 14th September 2021 at 7.00pm.

PK01/09/21 Apologies for Absence
Apologies were received from Councillor D Ash.
PK02/09/21 Public Participation
A resident asked about the following matters:

  1. Opening hours of the toilets;
  2. Parking at the recreation ground;
  3. Litter bins;
  4. Dog fouling;
  5. The Christmas lights.
PK03/09/21 Allotments Update
The Committee noted the update.
"""


def test_minute_references_with_their_month_number_the_items_over_a_list_inside_one_minute():
    assert [item.number for item in find_minuted_items(_REFERENCES)] == ["PK01/09/21", "PK02/09/21", "PK03/09/21"]
    contract = to_contract(extract_structure(document(_REFERENCES)))
    assert [item.number for item in contract["agenda_items"]] == ["PK01/09/21", "PK02/09/21", "PK03/09/21"]
