"""Session 23 review of the day's agenda, minutes-splitting and reading-layer rules on ordinary pages of other bodies,
in our own words: each test names the misfire it guards against."""

from structure_helpers import document

from extractors.extraction import reflowed_document
from extractors.proceedings.split import find_minutes_headings
from extractors.proceedings.structure import extract_structure
from extractors.readers.spacing import rewrapped


def _items(text: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in extract_structure(reflowed_document(document(text))).agenda_items]


_PARAGRAPH_MINUTES = """\
MINUTES OF THE MEETING OF HILLBROOK PARISH COUNCIL HELD ON 7 APRIL 2025
Present: Cllr A Stone (Chair), Cllr B Reed, Cllr C Moss, Cllr D Frost and Cllr E Lane.
Apologies
Apologies were received from Cllr F Wood, who was unwell, and were duly accepted.
Public Participation
Two residents spoke about speeding on the main road through the village centre.
Finance
The Council approved payments of £1,234.56 as listed in the schedule circulated.
Date of Next Meeting
The next meeting will be held on Monday 12 May 2025 at 7.30pm in the village hall.
"""


def test_rewrapped_joined_unnumbered_headings_onto_paragraph_lines():
    read = rewrapped(_PARAGRAPH_MINUTES)
    assert "\nPublic Participation\n" in read and "\nApologies\n" in read
    assert [title for _, title in _items(_PARAGRAPH_MINUTES)] == ["Apologies", "Public Participation", "Date of Next Meeting"]


_PACK_WITH_MINUTES_CELL = """\
Kestrel District Council
Planning Committee
Wednesday 2 April 2025 at 6.00 pm

AGENDA

| No. | Item |
|---|---|
| 1. | Apologies for absence |
| 2. | Minutes of the previous meeting |
| 3. | Land at Mill Lane, Kestrel |

\f| Minutes of a meeting of the Planning Committee held on Wednesday 5 March 2025 |
|---|

Present: Councillor J Amis (Chair), Councillor P Bell, Councillor R Cope

1. Apologies for absence
Apologies were received from Councillor Dyer.
2. Declarations of interest
There were none.
"""


def test_table_row_took_the_minutes_title_cell_after_the_agenda_table():
    headings = find_minutes_headings(_PACK_WITH_MINUTES_CELL)
    assert len(headings) == 1 and _PACK_WITH_MINUTES_CELL[headings[0].start :].startswith("Minutes of a meeting of the Planning")
    assert all("Planning Committee held" not in title for _, title in _items(_PACK_WITH_MINUTES_CELL))


_BUDGET_TABLE_IN_MINUTES = """\
Minutes of the meeting of Fenwick Parish Council held on 1 April 2025

Present: Cllr A Bond (Chair), Cllr C Drew, Cllr E Frost

|1. |Apologies |
|2. |Declarations of interest |
|3. |Minutes of the last meeting |

|Item |Budget 2024/25 |Spent |
|---|---|---|
|2025 |Grass cutting |£1,200 |
|2026 |Play area |£800 |
"""


def test_two_cell_minute_rows_took_budget_rows_numbered_by_year():
    assert _items(_BUDGET_TABLE_IN_MINUTES) == [("1", "Apologies"), ("2", "Declarations of interest"), ("3", "Minutes of the last meeting")]


_COUNCILLOR_LINES = """\
Minutes of the Annual Meeting of Lowford Parish Council held on 12 May 2025
Present
Councillor Abigail Thornton-Smythe (Chair) representing the North Ward
Councillor Benedict Harrington-Lowe (Vice-Chair) for the South Ward
Councillor Catherine Worthington representing the East Ward here
Councillor Desmond Fairweather-Hill representing the West Ward too
Apologies
Councillor Edmund Ashworth-Bryce for the Central Ward of the parish
"""


def test_rewrapped_joined_a_list_of_councillor_lines_of_equal_length():
    assert rewrapped(_COUNCILLOR_LINES) == _COUNCILLOR_LINES
    assert rewrapped("Councillor Ann Lowe said the report of the Chief Officer was proposed by\nCouncillor Bob Ray and seconded by Councillor Cara Dale after a long debate\n" * 3) .count("\n") < 6
