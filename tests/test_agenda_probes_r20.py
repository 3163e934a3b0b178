"""Agenda items, round 20 classes (in our own words): a document listed under its item and numbered with a full stop
('  1. pdf Appendix 2 - Site Plan') is no item; a minute reference after the title ('Ref 21/014') is cut; a section
heading in capitals closing a table row ('GENERAL MATTERS |') is no row; a minuted heading worded as the agenda put it
('To confirm the grant return has been sent') may be long and hold a verb."""

from extractors.proceedings.structure import extract_structure, to_contract
from structure_helpers import document


def _items(text: str) -> list[tuple[str, str]]:
    return [(item.number or "", item.title.rstrip(".")) for item in to_contract(extract_structure(document(text)))["agenda_items"]]


# Class 1: a CMIS item's documents, numbered '1.' under it, are no items.

_LISTED = """\
Agenda

Public Items
1 Welcome and Apologies
2 Declarations of Interest
4 Riverside Car Park - Lease Renewal
  1. pdf Riverside Car Park - Lease Renewal
    1. pdf Appendix 1 - Site Plan
    2. pdf Appendix 2 - Valuation Summary
5 Any Other Competent Business

Private Items
P1 Mill Lane Depot - Disposal
  1. pdf Mill Lane Depot - Disposal - Private
    1. pdf Appendix 1 - Depot Plan - Private
"""


def test_numbered_document_lines_under_an_item_are_no_items():
    assert _items(_LISTED) == [
        ("1", "Welcome and Apologies"),
        ("2", "Declarations of Interest"),
        ("4", "Riverside Car Park - Lease Renewal"),
        ("5", "Any Other Competent Business"),
        ("P1", "Mill Lane Depot - Disposal"),
    ]


def test_an_item_line_with_its_document_mark_and_no_stop_is_still_an_item():
    text = "Agenda\n\n1 Apologies\n2 Declarations of interest\n3 pdf Minutes of the last meeting (120Kb)\n4 Budget monitoring\n"
    assert ("3", "Minutes of the last meeting") in _items(text)


# Class 2: a minute reference printed after the title.

_REFERENCED = """\
Minutes of the Annual Parish Meeting held in the Church Room on Monday 6th May 2024 at 7.00pm
Present: Councillors A Bee (Chair), C Dee, E Eff.
1 To receive apologies for absence Ref 24/031
Cllr Gee.
2 Chairman's welcome. Ref 24/032
The Chairman thanked everyone for coming.
3 Questions from residents. Ref 24/033
None were raised.
"""


def test_trailing_minute_reference_is_cut_from_the_title():
    assert _items(_REFERENCED) == [
        ("1", "To receive apologies for absence"),
        ("2", "Chairman's welcome"),
        ("3", "Questions from residents"),
    ]


# Class 3: a section heading in capitals closing a ruled table's row.

_SECTIONED = """\
Contact: Jo Bloggs, Democratic Services Officer
No. | Item |
---|---|
GENERAL MATTERS |
|
Apologies for Absence Minutes: Apologies were received from Councillor Ash. |
|
Minutes of the Last Meeting Minutes: The minutes were agreed as a true record. |
|
URGENT ITEMS |
"""


def test_section_heading_row_in_capitals_is_no_item():
    titles = [title for _, title in _items(_SECTIONED)]
    assert "GENERAL MATTERS" not in titles
    assert "Apologies for Absence" in titles and "Minutes of the Last Meeting" in titles


def test_urgent_items_row_in_capitals_is_still_an_item():
    assert "URGENT ITEMS" in [title for _, title in _items(_SECTIONED)]


# Class 4: long minuted headings worded as the agenda put them ('To ...').

_WORDED = """\
Minutes of the meeting of the Hall Trustees held on 3rd May 2022
Present: Trustees Bee (Chair), Dee, Eff and the Clerk
41.22 Apologies and reasons for absence
Trustee Gee did not attend.
42.22 To confirm the annual grant return has been sent to the county council
The Clerk confirmed this had been done.
43.22 To decide what the Trustees would do in the event of the hall committee being unable to raise enough money to keep the hall open
It was agreed to wait for the survey.
44.22 Date of next meeting
1st June 2022
"""


def test_long_agenda_worded_minute_headings_are_items():
    assert _items(_WORDED) == [
        ("41.22", "Apologies and reasons for absence"),
        ("42.22", "To confirm the annual grant return has been sent to the county council"),
        ("43.22", "To decide what the Trustees would do in the event of the hall committee being unable to raise enough money to keep the hall open"),
        ("44.22", "Date of next meeting"),
    ]


def test_minuted_sentence_opening_to_date_between_headings_is_an_item():
    # Session 27: a minute with no heading, only its sentence, numbered between two headings is the meeting's item
    # (the conventions' minuted items; the development sets' gold records such minutes).
    text = _WORDED.replace("42.22 To confirm the annual grant return has been sent to the county council", "42.22 To date the council has received twelve letters about the hall roof and has replied to all")
    assert ("42.22", "To date the council has received twelve letters about the hall roof and has replied to all") in _items(text)


# Class 5: an item page printing its 'Agenda item' heading twice over the title.

_TWICE = """\
Agenda item

Agenda item

Village Grants Scheme

Report of the Head of Communities.

Minutes:

The committee considered the report and agreed the awards.
"""


def test_item_page_heading_printed_twice_keeps_the_title_below():
    assert _items(_TWICE) == [("", "Village Grants Scheme")]


def test_item_page_heading_printed_twice_over_a_description_gives_no_item():
    text = _TWICE.replace("Village Grants Scheme", "To consider a report by the Head of Communities (copy enclosed) on the grants awarded since the last meeting of the committee.")
    assert _items(text) == []


# Class 6: titles running into what follows them: a minute reference between colons, an 'Attending:' list,
# a page range on an unnumbered meeting page row.

_COLONED = """\
Minutes of the Parish Council meeting held on 9th January 2024
Present: Cllrs A Bee (Chair), C Dee, E Eff
1. Chairman's welcome: 001/24: The Chairman welcomed members.
2. Apologies for absence: 002/24: Cllr Gee.
3. Highways:003/24:
The potholes on Mill Lane were reported again.
"""


def test_minute_reference_between_colons_is_cut_from_the_title():
    assert _items(_COLONED) == [("1", "Chairman's welcome"), ("2", "Apologies for absence"), ("3", "Highways")]


def test_attending_heading_run_into_names_is_titled_by_the_label():
    text = """\
Minutes of the Community Council meeting held on 3 March 2024
1. Attending: A Bee, C Dee, E Eff. Cllr G Hay, &
2. Minutes: The minutes of the February meeting were approved.
3. Treasurer's report: The balance was noted.
"""
    assert _items(text)[0] == ("1", "Attending")


def test_page_range_is_cut_from_an_unnumbered_page_row():
    text = """\
No. Item

Public speaking

Members of the public may speak on items on this agenda. pdf icon PDF 120 KB

Minutes of the last meeting (Pages 5 - 8)

Minutes of the panel meeting held on 2 March 2024. pdf icon PDF 98 KB

Grant application from Hilltop Village Hall

Report of the Grants Officer. pdf icon PDF 210 KB
"""
    assert ("", "Minutes of the last meeting") in _items(text)
