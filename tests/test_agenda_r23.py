"""Agenda items, round 23 classes (in our own words): a ModernGov 'No. Item' table whose number cells are minute
references of any letters ('XYZ/16', 'XYZ/17a', 'AB12/03.') alone on their lines; a page listing items numbered
1, 2, 3 with sub-items 'N.M' under them and no agenda heading."""

from extractors.proceedings.agenda_rows import lone_number, reference_prefixes
from extractors.proceedings.structure import extract_structure, to_contract
from extractors.readers.spans import lines
from structure_helpers import document


def _items(text: str) -> list[tuple[str, str]]:
    return [(item.number or "", item.title) for item in to_contract(extract_structure(document(text)))["agenda_items"]]


# Class 1: minute references in the number cell of a plain 'No. Item' table.

_REFERENCED = """\
Agenda and minutes

Venue: The Long Room, Riverside House

Contact: Pat Quill 01000 000000

Items
No. Item

HWA/21

Minutes pdf icon PDF 120 KB

of the meeting held on 3 March 2031.

Minutes:

RESOLVED that the Minutes be signed as a correct record.

HWA/22

Reports of Sub-Committees

HWA/22a

Estates Sub-Committee pdf icon PDF 88 KB

The Chair of the Sub-Committee to move the Minutes of the meeting held on 9 March 2031.

Minutes:

RESOLVED that the Minutes be adopted.

HWA/22b

Pensions Board pdf icon PDF 64 KB

Minutes:

RESOLVED that the Minutes be adopted.
"""


def test_minute_references_number_a_plain_item_table():
    assert _items(_REFERENCED) == [
        ("HWA/21", "Minutes"),
        ("HWA/22", "Reports of Sub-Committees"),
        ("HWA/22a", "Estates Sub-Committee"),
        ("HWA/22b", "Pensions Board"),
    ]


def test_references_with_letters_and_digits_before_the_stroke():
    text = _REFERENCED.replace("HWA/21", "CB31/07.").replace("HWA/22a", "CB31/09.").replace("HWA/22b", "CB31/10.").replace("HWA/22", "CB31/08.")
    assert _items(text) == [
        ("CB31/07", "Minutes"),
        ("CB31/08", "Reports of Sub-Committees"),
        ("CB31/09", "Estates Sub-Committee"),
        ("CB31/10", "Pensions Board"),
    ]


def test_reference_counts_only_when_its_letters_recur():
    region = lines("Items\nNo. Item\n\nOS.14/31\n\nBudget Monitoring\n\nPART 2\n\nCOVID-19\n")
    prefixes = reference_prefixes(region)
    assert prefixes == frozenset()
    assert lone_number("OS.14/31", prefixes) is None
    assert lone_number("OS.14/31", frozenset({"OS"}))["number"] == "OS.14/31"


def test_words_with_numbers_are_no_reference():
    prefixes = frozenset({"PART", "PAGE", "ITEM"})
    assert lone_number("PART 2", prefixes) is None
    assert lone_number("Page 3", prefixes) is None
    assert lone_number("Item 4 onwards", prefixes) is None


def test_plain_numbers_still_read():
    assert lone_number("62.")["number"] == "62"


# Class 2: items numbered 1, 2, 3 with 'N.M' sub-items, no agenda heading.

_BOARD = """\
Meeting held in public
Papers are published five working days ahead.
1. Opening Business:
1.1 Chair's Welcome
1.2 Apologies
1.3 Declarations of Interest
2. Previous Meeting:
2.1 Minute of meeting held on 4 May 2031 for approval
2.2 Action Log
3. Chief Officer's Report
Report for Discussion presented by the Chief Officer
4. Harbour Works Update
Report for Approval presented by the Director of Works
"""


def test_board_list_with_sub_items_is_the_agenda():
    assert _items(_BOARD) == [
        ("1", "Opening Business"),
        ("1.1", "Chair's Welcome"),
        ("1.2", "Apologies"),
        ("1.3", "Declarations of Interest"),
        ("2", "Previous Meeting"),
        ("2.1", "Minute of meeting held on 4 May 2031 for approval"),
        ("2.2", "Action Log"),
        ("3", "Chief Officer's Report"),
        ("4", "Harbour Works Update"),
    ]


def test_sub_items_out_of_order_are_no_agenda():
    text = _BOARD.replace("1.2 Apologies", "1.4 Apologies")
    assert _items(text) == []


def test_numbered_paragraphs_without_apologies_are_no_agenda():
    text = _BOARD.replace("1.2 Apologies", "1.2 Harbour Dues")
    assert _items(text) == []


# Class 3: parish minute numbers running over a year range ('31-32/045').

_YEAR_RANGE = """\
Cllrs: A Birch (chair), C Dale, E Fern
Clerk – G Heath
The meeting started at 6:30pm.
31-32/045 To receive apologies for absence
Apologies were received from Councillor J Ivy.
31-32/046 To receive any declaration of interests regarding agenda items.
There were none.
31-32/047 Village Green Bench Repairs
It was agreed to ask for two quotes.
"""


def test_year_range_minute_numbers_head_items():
    assert _items(_YEAR_RANGE) == [
        ("31-32/045", "To receive apologies for absence"),
        ("31-32/046", "To receive any declaration of interests regarding agenda items"),
        ("31-32/047", "Village Green Bench Repairs"),
    ]


# Class 4: an unnumbered 'No. Item' page rendered with no blank lines: a row's title carries its document or
# stands after a sentence's full stop; a 'Report by ...' line under a titled row is its description.

_DENSE = """\
Agenda and minutes
Venue: Hall 2, Quayside House
Contact: Dana Reed
No. Item
Apologies for Absence
Apologies were received from Councillor P. Moss.
Minutes pdf icon PDF 110 KB
To approve the minutes of the meeting held on 2 June 2031
The minutes were approved as a correct record.
Harbour Lighting Scheme pdf icon PDF 95 KB
Report by Councillor Ann Gale, Cabinet Member for Assets
That the scheme be approved.
Street Trading Policy
The Licensing Manager introduced the draft policy.
RESOLVED that the policy be adopted.
"""


def test_dense_unnumbered_rows_keep_their_titles():
    assert _items(_DENSE) == [
        ("", "Apologies for Absence"),
        ("", "Minutes"),
        ("", "Harbour Lighting Scheme"),
        ("", "Street Trading Policy"),
    ]


def test_dense_row_needs_a_closed_sentence_above():
    text = _DENSE.replace("That the scheme be approved.", "Members asked about the lamps on the")
    assert ("", "Street Trading Policy") not in _items(text)


def test_dense_report_by_line_is_no_row():
    assert ("", "Report by Councillor Ann Gale, Cabinet Member for Assets") not in _items(_DENSE)


def test_dense_initial_is_no_closed_sentence():
    text = _DENSE.replace("That the scheme be approved.", "Seconded by Councillor R. T.")
    assert ("", "Street Trading Policy") not in _items(text)


# Class 5: minutes whose items are headed 'Min 12 31/32 – Title – note': 'Min' marks minutes as 'Minute' does,
# and the item number carries its council year.

_MIN_YEAR = """\
Upper Brook Parish Council Meeting Minutes

Tuesday 3rd of June 2031, 7pm at the Reading Room

Attendees – Cllrs Ada Reed, Ben Lark, Parish Clerk

Min 12 31/32 – Apologies received – Cllr Carl Moss

Min 13 31/32 – Declarations of Interest – none declared

Min 14 31/32 – Footpath Repairs – the clerk had written to the county council, who would inspect the stile.
"""


def test_min_headings_with_council_year_numbers():
    assert [number for number, _ in _items(_MIN_YEAR)] == ["12 31/32", "13 31/32", "14 31/32"]
    assert _items(_MIN_YEAR)[2] == ("14 31/32", "Footpath Repairs")


def test_number_and_year_without_a_dash_is_no_heading():
    assert all(number != "12 31/32" for number, _ in _items(_MIN_YEAR.replace(" 31/32 –", " 31/32")))
