"""Agenda items and meetings of panels' and authorities' minutes pages, session 14 (set s2) classes, in our own
words: a minute reference whose letters stand on the line above its number ('ABC' over '4/21'), and a minuted item
'Minutes of the meeting held on DATE' under its lone number, which is no heading of the paper."""

from extractors.proceedings.structure import extract_structure, to_contract
from structure_helpers import document


def _contract(text: str) -> dict:
    return to_contract(extract_structure(document(text)))


def _items(text: str) -> list[tuple[str, str]]:
    return [(item.number or "", item.title) for item in _contract(text)["agenda_items"]]


# Class 1: an older minutes page's item table flattened one cell a line: the reference's letters, then its number.

SPLIT_REFERENCES = """\
Harbourside Safety Panel Minutes

Date:
Tuesday, 14th May, 2019
Time:
2.00 p.m.
Place:
Council Chamber, Harbour House, Harbourside

Attendance Details

Present:
Cllr Ann Lark, Cllr Tom Reed, Mr Peter Finch
Apologies for absence:
Cllr Ivy Wren
Item Description Decision
Public
HSP
1/19
APOLOGIES FOR ABSENCE

HSP
2/19
DECLARATIONS OF INTEREST
There were no declarations.
HSP
3/19
MINUTES OF THE MEETING AND SITE VISIT HELD ON 2 APRIL 2019

HSP
4/19
ANNUAL REVIEW OF THE PANEL
RESOLVED that the review be noted.
"""


def test_reference_letters_above_the_number_are_part_of_it():
    assert _items(SPLIT_REFERENCES) == [
        ("HSP 1/19", "APOLOGIES FOR ABSENCE"),
        ("HSP 2/19", "DECLARATIONS OF INTEREST"),
        ("HSP 3/19", "MINUTES OF THE MEETING AND SITE VISIT HELD ON 2 APRIL 2019"),
        ("HSP 4/19", "ANNUAL REVIEW OF THE PANEL"),
    ]


def test_letters_above_one_number_only_are_not_a_reference():
    once = SPLIT_REFERENCES.replace("HSP\n2/19", "2/19").replace("HSP\n3/19", "3/19").replace("HSP\n4/19", "4/19")
    assert [number for number, _ in _items(once)] == ["1/19", "2/19", "3/19", "4/19"]


def test_item_label_above_the_numbers_is_no_reference():
    labelled = SPLIT_REFERENCES.replace("HSP\n", "ITEM\n")
    assert [number for number, _ in _items(labelled)] == ["1/19", "2/19", "3/19", "4/19"]


# Class 2: the item approving the last minutes, 'MINUTES OF THE MEETING HELD ON DATE' under its lone number, names
# an earlier meeting: the paper's meeting is the one its header dates.


def test_minutes_item_under_its_number_is_no_meeting_heading():
    meetings = [(m.body, str(m.date)) for m in _contract(SPLIT_REFERENCES)["meetings"]]
    assert ("Harbourside Safety Panel", "2019-05-14") in [(body.replace(" Minutes", ""), date) for body, date in meetings]
    assert all(date != "2019-04-02" for _, date in meetings)


def test_minutes_heading_opening_the_paper_still_read():
    heading = "MINUTES OF THE MEETING OF THE HARBOURSIDE SAFETY PANEL HELD ON 14 MAY 2019\n\nPresent: Cllr Ann Lark\n\n1. APOLOGIES\n"
    assert [str(m.date) for m in _contract(heading)["meetings"]] == ["2019-05-14"]


# Class 3: minutes headings whose number is glued to a title in mixed case by a lettered reference ('A2Budget'), or
# parted from it by a flattened table's ' / ' cell mark ('2. / Budget').

LETTERED = """\
At a meeting of the Riverside Fire Authority held at Station House, Riverside on Monday 9 March 2020 at 10.00 a.m.
Borough Councillors:
Councillors A Lark, T Reed and P Finch.
Independent Members:
Mr I Wren
A1Declarations of interest
There were no declarations of interest.
A2Minutes of the meeting held on 3 February 2020
The minutes were confirmed as a correct record.
A3Budget monitoring – quarter three
The Authority considered a report of the treasurer.
"""

SLASHED = """\
Minutes of the Board of Riverside Voice Limited

Present: Ann Lark (Chair), Tom Reed, Peter Finch

1. / Welcome and Apologies
The Chair welcomed all to the meeting.

2. / Minutes of the last meeting
Resolved: The minutes were agreed.

3. / Chair's Report
The Chair presented her report.
"""


def test_lettered_number_glued_to_a_mixed_case_title():
    assert _items(LETTERED) == [
        ("A1", "Declarations of interest"),
        ("A2", "Minutes of the meeting held on 3 February 2020"),
        ("A3", "Budget monitoring – quarter three"),
    ]


def test_plain_number_glued_to_a_mixed_case_word_is_no_heading():
    glued = LETTERED.replace("A1Declarations", "1Declarations").replace("A2Minutes", "2Minutes").replace("A3Budget", "3Budget")
    assert _items(glued) == []


def test_number_parted_from_its_title_by_a_slash_cell_mark():
    assert _items(SLASHED) == [("1", "Welcome and Apologies"), ("2", "Minutes of the last meeting"), ("3", "Chair's Report")]


# Class 4: 'At a meeting of X held ... on DATE' over group labels of the members present ('Borough Councillors:').


def test_at_a_meeting_over_group_labels_opens_the_minutes():
    meetings = [(m.body, str(m.date)) for m in _contract(LETTERED)["meetings"]]
    assert meetings == [("Riverside Fire Authority", "2020-03-09")]


def test_at_a_meeting_in_a_report_sentence_is_no_heading():
    prose = "Background\nAt a meeting of the Riverside Fire Authority held on 9 March 2020 the budget was agreed.\nThe plan follows.\n"
    assert all(str(m.date) != "2020-03-09" for m in _contract(prose)["meetings"])


# Class 5: a flattened PDF's head line, the body in capitals run into the meeting's weekday and date.

CAPITALS_HEAD = """\
1 ATTENDEES Members Mayor Ann Lark
Total Page:9
NORTHSHIRE COMBINED AUTHORITY CABINET Friday 4th June 2021 at 10am These minutes are in draft form until approved at the next meeting. ATTENDEES Members Mayor Ann Lark (Chair) Councillor Tom Reed Leader, Eastham Council
"""


def test_body_in_capitals_run_into_its_weekday_and_date():
    meetings = [(m.body, str(m.date), m.time) for m in _contract(CAPITALS_HEAD)["meetings"]]
    assert meetings == [("Northshire Combined Authority Cabinet", "2021-06-04", "10:00")]


def test_capitals_without_a_body_noun_before_a_date_are_no_meeting():
    notice = CAPITALS_HEAD.replace("NORTHSHIRE COMBINED AUTHORITY CABINET", "PRESS RELEASE ISSUED")
    assert _contract(notice)["meetings"] == []


# Class 6: a meeting page's rows flattened with their header cut off, one numbered row with no title run into its
# 'Minutes:' cell ('7 Minutes: A question ...'): that lone run-in line is no item, the titled rows are.

FLAT_ROWS = """\
Apologies and Welcome Minutes: Apologies were received from Cllr Ann Lark.
The Chair welcomed the new member. |
Declarations of Interest To declare any interests in the business. Minutes: None were made
at the meeting. |
7 Minutes: A question about street lighting had been received from the
Riverside Residents Group, as appendix 1 to these minutes. |
"""


def test_lone_run_in_row_gives_way_to_the_titled_rows():
    assert _items(FLAT_ROWS) == [("", "Apologies and Welcome"), ("", "Declarations of Interest")]


# Class 7: a flattened row wrapped over lines up to its ' |', its 'Minutes:' label on a later line of the row; a title
# holding 'Report and' ('Annual Report and Plan Update') runs on past it (a description opens 'Report of ...').

WRAPPED_ROWS = """\
Apologies and Welcome Minutes: Apologies were received from Cllr Ann Lark.
The Chair welcomed the new member. |
Declarations of Interest To declare any interests in the business. Minutes: None were made
at the meeting. |
Annual Report and Safety Plan Update To give members an update on the Commissioner's
Annual Report for the year. Minutes: The Commissioner gave a short update on the
plan and its refresh. |
"""


def test_row_label_on_a_later_line_of_a_piped_row():
    assert _items(WRAPPED_ROWS) == [
        ("", "Apologies and Welcome"),
        ("", "Declarations of Interest"),
        ("", "Annual Report and Safety Plan Update"),
    ]


def test_row_label_beyond_the_rows_end_is_not_its_own():
    split = WRAPPED_ROWS.replace("Commissioner's\nAnnual Report for the year.", "Commissioner's\nAnnual Report for the year. |\nNoted.")
    # Session 27 (agenda27b): the label beyond the row's end is still not its own, but with two rows carrying their
    # 'Minutes:' label a row whose title runs straight into its 'To ...' line is an item without one (a label lost).
    items = _items(split)
    assert ("", "Annual Report and Safety Plan Update") in items and len(items) == 3
    assert _items(split.replace("Update To give", "Update Giving")) == _items(WRAPPED_ROWS)[:2]
