"""Agenda items of meeting pages, round 18 classes (in our own words): an unnumbered page's last row cut
after its document mark; a flattened row printing only its 'To ...' line before its 'Minutes:' label; a numbered attendance heading
run into its names ('1. Sederunt: ...'); a 'To ...' description and a 'Note' column time are no rows; a lone row number after a bullet ('• 4.')."""

from extractors.proceedings.structure import extract_structure, to_contract
from structure_helpers import document


def _items(text: str) -> list[tuple[str, str]]:
    return [(item.number or "", item.title) for item in to_contract(extract_structure(document(text)))["agenda_items"]]


# Class 1: the page's last line is an unnumbered row title carrying its document mark (whole or cut).

_HEAD = """\
Agenda and minutes
Riverside Scrutiny Board - Monday, 3rd March, 2025 10.00 am
Venue: Room 2, Town Hall. View directions
Contact: Pat Doe, Email:
No. Item


Apologies for Absence

Apologies were received from Councillor Amy Lark.


Minutes pdf icon PDF 120 KB

The minutes of the meeting held on 2 February 2025 were agreed.


Declarations of Interest

There were none.


"""


def test_last_row_with_its_document_size_is_an_item():
    titles = [title for _, title in _items(_HEAD + "Parks Investment Plan - Sam Reed pdf icon PDF 301 KB\n")]
    assert titles[-1] == "Parks Investment Plan - Sam Reed"
    assert len(titles) == 4


def test_last_row_cut_inside_its_document_mark_is_an_item():
    titles = [title for _, title in _items(_HEAD + "Library Opening Hours Review pdf ic\n")]
    assert titles[-1] == "Library Opening Hours Review"


def test_last_line_without_a_document_mark_is_no_item():
    titles = [title for _, title in _items(_HEAD + "Harbour Lane Ltd\n")]
    assert titles == ["Apologies for Absence", "Minutes", "Declarations of Interest"]


def test_last_line_cut_short_is_no_item():
    titles = [title for _, title in _items(_HEAD + "Qu\n")]
    assert "Qu" not in titles


def test_last_row_without_blank_line_above_is_no_item():
    text = _HEAD.rstrip("\n") + "\nFuture Work Plan pdf icon PDF 88 KB\n"
    assert "Future Work Plan" not in [title for _, title in _items(text)]


# Class 2: a flattened 'No. | Item' row printing only its 'To ...' line, run straight into its 'Minutes:' label.

_FLAT = """\
Venue: Hall 1, Civic Offices. View directions
Contact: Sam Vale Email:
No. | Item |
Apologies for Absence Minutes: Apologies were received from Councillor Ruth Pike. |
Declarations of Interest To receive declarations of interest. Minutes: None. |
{row}
Matters Arising Minutes: None. |
"""


def test_to_row_run_into_its_minutes_label_is_titled_by_it():
    row = "To approve the minutes of the meeting held on 4 June 2025 Minutes: RESOLVED that the minutes be agreed. |"
    titles = [title for _, title in _items(_FLAT.format(row=row))]
    assert "To approve the minutes of the meeting held on 4 June 2025" in titles
    assert len(titles) == 4


def test_to_row_ending_in_a_full_stop_loses_it():
    row = "To consider the decisions of the 3rd March, 2025. Minutes: The decisions were received. |"
    titles = [title for _, title in _items(_FLAT.format(row=row))]
    assert "To consider the decisions of the 3rd March, 2025" in titles


def test_to_row_with_a_verb_is_no_title():
    row = "To note that the report was deferred. Minutes: Noted. |"
    titles = [title for _, title in _items(_FLAT.format(row=row))]
    assert titles == ["Apologies for Absence", "Declarations of Interest", "Matters Arising"]


def test_long_to_row_is_no_title():
    row = ("To consider the recommendations of the working group on the future of the harbour, the quay and "
           "the old market hall Minutes: Considered. |")
    titles = [title for _, title in _items(_FLAT.format(row=row))]
    assert not any(title.startswith("To consider") for title in titles)


# Class 3: a numbered attendance heading run into its list of names before a colon ('1. Sederunt: Chair ...').

_MINUTES = """\
Hillfoot Community Council - Draft Minutes of Latest Meeting
Meeting 7.30pm Tuesday 4th March 2025
{first}
Apologies: Cllr Ian Moss
2. Reports
2.1 Treasurer's Report. The balance was confirmed as £1,204.10.
2.2 Paths. Update from Ann Bell on the new waymarkers.
3. Minutes
The minutes of the February meeting were approved.
"""


def test_sederunt_heading_run_into_names_is_an_item():
    first = "1. Sederunt: Chair Ann Bell (AB), Sec Tom Reed (TR), Treasurer Kay Moss (KM), Joe Park (JP)"
    assert _items(_MINUTES.format(first=first)) == [("1", "Sederunt"), ("2", "Reports"), ("3", "Minutes")]


def test_present_heading_run_into_names_is_an_item():
    first = "1. Present: Ann Bell (Chair), Tom Reed, Kay Moss, Joe Park and two members of the public"
    assert _items(_MINUTES.format(first=first))[0] == ("1", "Present")


def test_other_heading_run_into_a_list_keeps_its_line():
    first = "1. Paths: new waymarkers, stile repairs, hedge cutting, the bridge near the ford"
    assert ("1", "Paths") not in _items(_MINUTES.format(first=first))


# Class 4 (precision): under a 'No. Item' header, a 'To ...' description one blank line under its row's title,
# and a time in the 'Note' column, are no rows.

_UNNUMBERED = """\
Council - Wednesday, 9th April, 2025 7.30 pm

Venue: Main Hall, The Guildhall. View directions

No. Item


Minutes pdf icon PDF 112 KB

To confirm the minutes of the previous meeting of the council held in March

Additional documents:


Declarations of Interest

{description}


Questions from the Public

To consider questions (if any) from members of the public of which notice has been given.
"""


def test_to_description_under_its_row_title_is_no_row():
    titles = [t for _, t in _items(_UNNUMBERED.format(description="To receive any declarations of interest"))]
    assert titles == ["Minutes", "Declarations of Interest", "Questions from the Public"]


def test_to_row_after_two_blank_lines_stays_a_row():
    text = _UNNUMBERED.replace("Declarations of Interest\n\n{description}\n", "Declarations of Interest\n\n\nTo receive petitions\n")
    assert "To receive petitions" in [t for _, t in _items(text)]


def test_time_in_the_note_column_is_no_row():
    text = """\
Items
Note No. Item

6pm

1.

Apologies for Absence

Minutes:

Apologies were received from Cllr Lee Hart.

6.20pm

2.

Declarations of Interest

Minutes:

None.
"""
    titles = [t for _, t in _items(text)]
    assert "6pm" not in titles and "Apologies for Absence" in titles


# Class 5: a row's number printed after a bullet, the last point of the row above's list ('  • 4.').

_BULLETED = """\
Agenda, decisions and minutes

Venue: Main Hall, Civic Centre. View directions

Items
No. Item

1.

Apologies

To receive any apologies for absence.

Decision:

None.

2.

Minutes

To approve the minutes of the last meeting.

Decision:

RESOLVED: That the minutes be approved.

Carried
  • View Recorded Vote for this item
  {mark}

    Leader's Announcements

    To receive any announcements from the Leader.
"""


def test_bulleted_number_over_its_title_is_an_item():
    assert _items(_BULLETED.format(mark="• 3.")) == [("1", "Apologies"), ("2", "Minutes"), ("3", "Leader's Announcements")]


def test_bulleted_point_with_words_is_no_item():
    assert _items(_BULLETED.format(mark="• View the webcast")) == [("1", "Apologies"), ("2", "Minutes")]
