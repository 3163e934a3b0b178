"""Agenda items, meetings and reports, session 20 (our own words): mechanisms the readers missed on council meeting pages
and parish minutes: minute numbers printed like dates after 'Item', a heading line over a minute printed as one long
line, a meeting's document list naming each paper's item, a section heading over a page's numbered rows, an item table's
header under the attendance details, rows counted by their minutes' paragraph numbers, and a sentence confirming
earlier minutes read as a minutes heading."""

from extractors.extraction import reflowed_document
from extractors.proceedings.agenda_fallback import document_items
from extractors.readers.item_numbers import dated_minute


def _structure(text: str):
    from structure_helpers import document

    from extractors.proceedings.structure import extract_structure

    return extract_structure(reflowed_document(document(text)))


def _extracted(text: str) -> list[tuple[str, str]]:
    return [(item.number, item.title.rstrip(".")) for item in _structure(text).agenda_items]


def test_a_dated_minute_number_reads_after_item_and_with_its_year_after_a_space():
    assert dated_minute("Item 14/03/26 Welcome by the Chair").printed == "14/03/26"
    assert dated_minute("Item 14/03/26 Welcome by the Chair").readings == (("#/03/26", 14),)
    # The stroke before the year lost: the same run.
    assert dated_minute("Item 15/03 26 Village green").readings == (("#/03/26", 15),)
    assert dated_minute("Item 15/03 26 Village green").printed == "15/03 26"
    # A four-figure year after a space is a date, no minute.
    assert dated_minute("15/03 2026 the hall was booked") is None


# Parish minutes: 'Item NN/MM/YY' headings, each over its minute printed as one long line.
_DATED_ITEMS = """\
ASHCOMBE PARISH COUNCIL
MINUTES OF THE MEETING OF ASHCOMBE PARISH COUNCIL HELD AT THE READING ROOM
TUESDAY 3rd March 2026 AT 7.00PM
Present: Councillors A. Lowe (Chair), B. Ray and C. Sim
Item 14/03/26 Welcome by the Chair
The Chair opened the meeting and thanked the members for coming.
Item 15/03/26 To hear reports from the County and District Councillors
Cllr. Ray told the meeting that the district had agreed to mend the footbridge over the stream by the mill before the summer, and that the path would close for two weeks while the work was done.
Item 16/03 26 Apologies and reasons for absence
None were given.
Item 17/03/26 To approve the minutes of the meeting held on 4th February
The minutes were approved and signed.
Item 18/03/26 Village green
Members agreed to cut the grass once a month from April.
"""


def test_dated_minute_headings_after_item_are_the_items_and_a_long_minute_under_one_is_not_its_title():
    assert _extracted(_DATED_ITEMS) == [
        ("14/03/26", "Welcome by the Chair"),
        ("15/03/26", "To hear reports from the County and District Councillors"),
        ("16/03 26", "Apologies and reasons for absence"),
        ("17/03/26", "To approve the minutes of the meeting held on 4th February"),
        ("18/03/26", "Village green"),
    ]


# A meeting details page listing its documents, each naming its item; '- 01 -' papers are an item's appendices.
_DOCUMENT_LIST = """\
Meeting Details

Executive
12 Mar 2026 - 10:00 to 12:00

Documents

  1. pdf Agenda Front - 12 March 2026 (38Kb)
  2. pdf Item 01 - Minutes of the last meeting of the Executive (45Kb)
  3. pdf Item 03 - 00 - New footbridge at Mill Lane (52Kb)
  4. pdf Item 03 - 01 - Appendix 1 - Footbridge drawings (310Kb)
  5. pdf Item 04 - Library opening hours (88Kb)
"""


def test_a_document_list_naming_each_papers_item_gives_one_item_per_number_without_appendices():
    assert [(item.number, item.title) for item in document_items(_DOCUMENT_LIST)] == [
        ("01", "Minutes of the last meeting of the Executive"),
        ("03", "New footbridge at Mill Lane"),
        ("04", "Library opening hours"),
    ]
    assert _extracted(_DOCUMENT_LIST) == [
        ("01", "Minutes of the last meeting of the Executive"),
        ("03", "New footbridge at Mill Lane"),
        ("04", "Library opening hours"),
    ]


def test_a_lone_item_document_is_no_list():
    assert document_items("  2. pdf Item 01 - Minutes of the last meeting (45Kb)\n") == []


# A saved meeting page: 'SECTION ONE' printed as the first row under the header, the numbered rows below it.
_SECTION_ROW = """\
Agenda and minutes

Venue: Riverside House. View directions

No. Item

SECTION ONE

Additional documents:

1.

APOLOGIES FOR ABSENCE

To receive any apologies for absence.

2.

DECLARATIONS OF INTEREST pdf icon PDF 60 KB

3.

MINUTES OF THE LAST MEETING pdf icon PDF 80 KB
"""


def test_a_section_heading_over_numbered_rows_is_no_row():
    assert _extracted(_SECTION_ROW) == [
        ("1", "APOLOGIES FOR ABSENCE"),
        ("2", "DECLARATIONS OF INTEREST"),
        ("3", "MINUTES OF THE LAST MEETING"),
    ]


# Minutes with their attendance details above the item table's header, its cells run together.
_ITEM_TABLE = """\
Parks Scrutiny Panel Minutes

Thursday 5 March 2026
Attendance Details

Lowe (Chair), Ray, Sim
Apologies for absence:
were received from Councillors Dale and Penn
Declarations of interest:

No interests were declared at this point of the meeting.

Item Number Item/Resolution

Matters Arising

The Panel had asked for a note on the lake's water quality and the note was circulated.

Play Areas

The officer reported that two of the play areas would be renewed this year.
"""


def test_headings_above_an_item_tables_header_are_no_items():
    titles = [title for _, title in _extracted(_ITEM_TABLE)]
    assert "Apologies for absence" not in titles and "Declarations of interest" not in titles


# A saved page whose rows lost their numbers; each row's minutes numbered by the row ('2.1', '3.1').
_COUNTED_ROWS = """\
Agenda and minutes

Venue: Civic Hall, Market Street. View directions

No. Item


Attendance


Officers present


Ann Lowe, Head of Legal Services

Bob Ray, Democratic Services Officer


Others present

Carl Sim - Youth Forum



Apologies for Absence


2.1       Apologies were received from Councillors Dale and Penn.




Declarations of interest


3.1       No interests were declared.




Minutes of the last meeting pdf icon PDF 200 KB


4.1       The minutes were agreed as a correct record.
"""


def test_rows_counted_by_their_minutes_paragraph_numbers_leave_out_the_lines_of_the_row_above():
    assert _extracted(_COUNTED_ROWS) == [
        ("", "Attendance"),
        ("", "Apologies for Absence"),
        ("", "Declarations of interest"),
        ("", "Minutes of the last meeting"),
    ]


def test_rows_whose_paragraphs_do_not_number_them_are_kept():
    text = _COUNTED_ROWS.replace("2.1       Apologies", "Apologies").replace("4.1       The", "The")
    titles = [title for _, title in _extracted(text)]
    assert "Officers present" in titles


def test_a_paragraph_confirming_earlier_minutes_opens_no_meeting():
    text = _COUNTED_ROWS.replace(
        "4.1       The minutes were agreed as a correct record.",
        "4.1       Council CONFIRMED the minutes of the meetings held on 10th January and 14th January 2026 as correct records.",
    )
    assert [meeting.body for meeting in _structure(text).meetings if "CONFIRMED" in meeting.body] == []


def test_a_briefing_note_for_a_council_at_its_meeting_names_that_meeting():
    text = (
        "CLERK'S NOTE\nRiver Rescue Boat Appeal\n"
        "For information of Ashcombe Parish Council at its meeting on 9 April 2026\n"
        "1 The council has been asked to give towards a new rescue boat for the river.\n"
    )
    assert [(m.body, m.date.isoformat()) for m in _structure(text).meetings] == [("Ashcombe Parish Council", "2026-04-09")]


def test_a_news_story_naming_the_cabinet_at_a_meeting_names_that_meeting_but_not_the_next_one():
    text = (
        "Grants for clubs agreed\n\nThe borough has agreed grants for twelve clubs.\n\n"
        "The grants were confirmed by the council's Cabinet at a meeting on 2 March 2026, and the clubs will be told this week.\n"
    )
    assert [(m.body, m.date.isoformat()) for m in _structure(text).meetings] == [("Cabinet", "2026-03-02")]
    later = text.replace("at a meeting on 2 March 2026", "at its next meeting on 2 March 2026")
    assert _structure(later).meetings == []


_AUTHORED_FRONT = """\
Annex 2

Cabinet Member Decisions Meeting for Housing

Village Halls Repair Fund

2025 - 2026

Report Author: Dana Vale

Budget available - £40,000.00
"""


def test_a_front_sheet_with_its_meeting_over_its_title_over_a_report_author_line_is_a_report():
    reports = _structure(_AUTHORED_FRONT).report_headers
    assert [(r.title, r.to, r.meeting_date, [a.name for a in r.authors]) for r in reports] == [
        ("Village Halls Repair Fund", "Cabinet Member Decisions Meeting for Housing", None, ["Dana Vale"])
    ]


def test_an_author_line_under_a_title_with_no_meeting_line_over_it_is_no_report():
    text = _AUTHORED_FRONT.replace("Cabinet Member Decisions Meeting for Housing\n\n", "")
    assert _structure(text).report_headers == []


def test_a_heading_closed_by_a_one_word_outcome_ends_before_it():
    from extractors.proceedings.minute_heads import outcome_head

    assert outcome_head("Register of members attending Noted.") == "Register of members attending"
    assert outcome_head("Questions from residents None.") == "Questions from residents"
    # A sentence closed by the word is no heading.
    assert outcome_head("The clerk said the report was noted.") is None


def test_a_heading_ends_where_a_minute_sentence_opens_mid_line():
    from extractors.proceedings.minute_heads import sentence_head

    assert sentence_head("Notice about filming the meeting The notice was shown to all present.") == "Notice about filming the meeting"
    assert (
        sentence_head("To approve the minutes of the meeting held on 4 March 2026 The Clerk read out two corrections.")
        == "To approve the minutes of the meeting held on 4 March 2026"
    )
    # A title naming a place that opens with 'The', no sentence after it, stays whole.
    assert sentence_head("Repairs to the roof of The Old Forge") is None


def test_a_heading_in_capitals_ends_before_its_minute_though_a_colon_follows():
    from extractors.proceedings.minute_heads import capitals_head

    assert capitals_head("APOLOGIES Apologies were received from Councillors: A Lowe and B Ray") == "APOLOGIES"
    assert capitals_head("PRESENT Councillors: A Lowe, B Ray, C Sim") == "PRESENT"
    assert capitals_head("CCTV Cameras were checked: all work") is None


def test_a_name_opening_with_the_after_a_linking_word_carries_the_heading_on():
    from extractors.proceedings.minute_heads import sentence_head

    assert sentence_head("Repairs to the roof of The Old Forge were agreed.") is None


_RUN_IN_MINUTES = """\
MINUTES OF THE MEETING OF ASHCOMBE TOWN COUNCIL HELD ON 10th MARCH 2026

14.PRESENT Councillors: A Lowe, B Ray, C Sim and D Vale

15. APOLOGIES Apologies for absence were received from Councillors: E Penn and F Dale

16.TO RECEIVE DECLARATIONS OF INTEREST Councillor Ray declared an interest in item 19.

17. Register of members attending Noted.

18. Notice about filming the meeting The notice was shown to all present.
"""


def test_minute_headings_run_on_into_their_minutes_end_where_the_minute_begins():
    assert _extracted(_RUN_IN_MINUTES) == [
        ("14", "PRESENT"),
        ("15", "APOLOGIES"),
        ("16", "TO RECEIVE DECLARATIONS OF INTEREST"),
        ("17", "Register of members attending"),
        ("18", "Notice about filming the meeting"),
    ]
