"""Agenda items in layouts met on fresh agendas and meeting pages (issue 17, round 4)."""

from __future__ import annotations

from extractors.proceedings.agenda import find_items
from extractors.proceedings.structure import extract_structure, to_contract
from structure_helpers import document


def _items(text: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in find_items(text)]


def _contract_items(text: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in to_contract(extract_structure(document(text)))["agenda_items"]]


def test_number_run_into_a_title_in_capitals_is_cut_before_its_description():
    text = """AGENDA

1APOLOGIES To receive apologies for absence from members.
2DECLARATIONS OF INTEREST (PECUNIARY AND NON-PECUNIARY) To receive declarations of interest.
3FOOTPATHS
To receive the warden's report
"""
    assert _items(text) == [
        ("1", "APOLOGIES"),
        ("2", "DECLARATIONS OF INTEREST (PECUNIARY AND NON-PECUNIARY)"),
        ("3", "FOOTPATHS"),
    ]


def test_ordinals_and_short_capitals_are_not_run_in_items():
    assert _items("AGENDA\n\n3RD QUARTER FIGURES To note\n1ST FLOOR To see\n") == []


def test_business_to_be_transacted_heading_opens_an_agenda_list():
    text = """Business to be transacted
1) To receive apologies for absence.
2) Public Participation
A period of up to 10 minutes for questions. (No individual to speak for more than 3 minutes.)
3) To agree the date of the next meeting: Monday 2nd June 2025.
"""
    assert _contract_items(text) == [
        ("1", "To receive apologies for absence"),
        ("2", "Public Participation"),
        ("3", "To agree the date of the next meeting: Monday 2nd June 2025"),
    ]


def test_numbered_list_without_a_business_heading_in_an_unclassified_page_gives_nothing():
    text = "Our plans\n1) To plant more trees.\n2) To open a repair cafe.\n3) To mend the footpaths.\n"
    assert _contract_items(text) == []


def test_item_no_agenda_item_details_status_header_reads_zero_padded_item_lines():
    text = """Item no. Agenda Item Details Status
01 Apologies for Absence
02 Fleet Replacement

This report, attached marked 2, sets out the fleet plan.

For decision
"""
    assert _contract_items(text) == [("01", "Apologies for Absence"), ("02", "Fleet Replacement")]


def test_pipe_table_with_item_no_header_stops_at_the_next_meetings_table():
    text = """| Item no. | Agenda Item | Details | Status | ||||
|---|---|---|---|---|---|---|
| 01 | Apologies for Absence | ||||||
| 02 | Fleet Replacement |
This report sets out the fleet plan. |
For decision | ||||
| Item no. | Agenda Item | Details | Status | ||||
|---|---|---|---|---|---|---|
| 01 | Apologies for Absence |
"""
    assert _items(text) == [("01", "Apologies for Absence"), ("02", "Fleet Replacement")]


def test_note_column_before_the_number_in_an_item_table_header():
    text = """Items
Note No. Item

The Provost welcomed members before the business began.

1.

APOLOGIES FOR ABSENCE

Minutes:

Apologies were intimated from Councillor Reid.

2.

BUDGET MONITORING pdf icon PDF 90 KB

Minutes:

 

  1. Noted the report.
"""
    assert _items(text) == [("1", "APOLOGIES FOR ABSENCE"), ("2", "BUDGET MONITORING")]


def test_numbered_list_opening_with_apologies_is_an_agenda_in_an_unclassified_page():
    text = """Hollowby Village News
1. To receive apologies for absence.
2. Public Participation.
3. To consider the play area fence
• Quotes from two firms
"""
    assert _contract_items(text) == [
        ("1", "To receive apologies for absence"),
        ("2", "Public Participation"),
        ("3", "To consider the play area fence"),
    ]


def test_numbered_list_without_apologies_in_its_first_items_gives_nothing():
    text = "Our year\n1. We planted trees.\n2. We opened a cafe.\n3. We mended paths.\n4. Apologies to anyone we missed.\n"
    assert _contract_items(text) == []


def test_business_line_over_a_list_not_starting_at_one_gives_nothing():
    assert _contract_items("Business\n4. Shop local\n5. Grants for firms\n") == []


def test_number_with_a_full_stop_run_into_its_title():
    assert _items("AGENDA\n\n16. Private minutes\n17.Visitor Centre Lease\n") == [
        ("16", "Private minutes"),
        ("17", "Visitor Centre Lease"),
    ]


def test_unnumbered_saved_page_whose_first_row_shows_only_its_description():
    text = """Items
No. Item



To receive the attached schedule of correspondence.

Additional documents:


The Chair opened the meeting.



Public Speaking

To give members of the public the chance to speak.


Additional documents:


There were no requests to speak.



Chair's Announcements

To receive the Chair's report.


Additional documents:


None.
"""
    assert _items(text) == [("", "Public Speaking"), ("", "Chair's Announcements")]


def test_lone_item_numbers_with_year_and_body_follow_one_another():
    text = """Items
No. Item

24-25/FRA/1

Election of Chair

Minutes:

1.    The Chair was elected.

24-25/FRA/2

Apologies

Minutes:

None.
"""
    assert _items(text) == [("24-25/FRA/1", "Election of Chair"), ("24-25/FRA/2", "Apologies")]
