"""Lists, headings and rows read the same whether or not a page keeps its blank lines.

Each case is a small text of our own words, read as printed with blank lines between its blocks and
with every blank line removed, as many sites and HTML-to-text renderings print it: where no blank line
parts two blocks, the rules read the words and the line shapes (labels, numbering, titles, line lengths)
instead.
"""

from __future__ import annotations

from pathlib import Path

from extractors.facts import extract_facts
from extractors.parsing.parse_text import parse_text
from extractors.proceedings.attendance_lists import section_text
from extractors.proceedings.attendance_sections import sections
from extractors.readers.spans import may_wrap, soft_break


def _facts(text: str) -> dict:
    facts = extract_facts(parse_text(Path("x.txt"), text.encode(), "0" * 64))
    return facts if isinstance(facts, dict) else facts.model_dump(mode="json")


def _without_blank_lines(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if line.strip())


def _both(text: str) -> list[str]:
    return [text, _without_blank_lines(text)]


def _attendees(text: str) -> set[tuple[str, str]]:
    return {(a["name"], a["attendance"]) for a in _facts(text)["attendees"]}


def _items(text: str) -> list[tuple[str, str]]:
    return [(i["number"], i["title"]) for i in _facts(text)["agenda_items"]]


def _projects(text: str) -> set[tuple[str, float]]:
    return {(p["name"], p["amount"]) for p in _facts(text)["projects"]}


LETTER_SPACED_LABEL = """EASTVALE COMBINED AUTHORITY

At a meeting of the Eastvale Combined Authority held at Mill House on Friday, 7th March, 2025 the following Members were

P r e s e n t:

Metro Mayor A Lowe (in the Chair)

Members of the Combined Authority Councillor B Ray, Portfolio Holder: Transport Councillor C Dent, Portfolio Holder: Skills

12. APOLOGIES FOR ABSENCE

Apologies for absence were received on behalf of:

Members of the Combined Authority Councillor D Fox, Portfolio Holder: Housing

13. DECLARATIONS OF INTEREST

No declarations of interest were made.
"""


def test_letter_spaced_label_opens_a_line_of_its_own():
    assert not soft_break("on Friday, 7th March, 2025 the following Members of the Authority were", "P r e s e n t:")
    expected = {
        ("Metro Mayor A Lowe", "present"), ("Councillor B Ray", "present"), ("Councillor C Dent", "present"),
        ("Councillor D Fox", "apologies"),
    }
    for text in _both(LETTER_SPACED_LABEL):
        assert _attendees(text) == expected


def test_numbered_heading_in_capitals_ends_a_group_paragraph():
    text = _without_blank_lines(LETTER_SPACED_LABEL)
    pieces = [
        text[start:end]
        for kind, line, value_start, region, index, inline in sections(text, 0, len(text))
        if kind == "apologies"
        for start, end, _ in section_text(line, value_start, region, index, inline)
    ]
    assert pieces == ["Members of the Combined Authority Councillor D Fox, Portfolio Holder: Housing"]


UNLABELLED_UNDER_HEADING = """Draft Minutes

Minutes of the meeting of Hollin Parish Council
held on 2nd April 2025 in the Reading Room, Church Street at 7.00pm

Councillor G Lamb (Chairman)
Councillor H Moss (Vice Chairman)
Councillor J Nash

In Attendance:
Mrs K Orr – Parish Clerk

1. Apologies – None were received.
"""


def test_titled_name_under_the_heading_is_the_list_not_the_heading_wrapped():
    expected = {
        ("Councillor G Lamb", "present"), ("Councillor H Moss", "present"), ("Councillor J Nash", "present"),
        ("Mrs K Orr", "in_attendance"),
    }
    for text in _both(UNLABELLED_UNDER_HEADING):
        assert _attendees(text) == expected


PLACE_ROWS_UNDER_HEADING = """Unconfirmed Minutes of Meeting held on Monday 3rd February, 2025 at Bankhead Hall

Eastmuir - Mrs P Quin
Westmuir - Mr R Shaw, Mrs S Tait
Apologies - Mr T Urie.

1. Minutes of previous meeting
The minutes were approved.
"""


def test_place_first_row_under_the_heading_is_the_list_not_the_heading_wrapped():
    for text in _both(PLACE_ROWS_UNDER_HEADING):
        assert {("Mrs P Quin", "present"), ("Mr R Shaw", "present"), ("Mrs S Tait", "present")} <= _attendees(text)


UNNUMBERED_ROWS = """Cabinet - Wednesday 9 April 2025 2.00 pm

Minutes of the Last Meeting

To confirm the minutes of the meeting held on 12 March 2025.

Supporting documents:

The minutes were agreed as a true record.

Urgent Business

Announcements from the Leader

Petitions and Questions

Supporting documents:

Two questions had been received and were answered at the meeting.

Allotment Rents 2025/26

To set the rents for the coming year.

Supporting documents:

The rents were agreed.
"""


def test_unnumbered_rows_read_by_their_neighbours_without_blank_lines():
    expected = [
        ("", "Minutes of the Last Meeting"), ("", "Urgent Business"), ("", "Announcements from the Leader"),
        ("", "Petitions and Questions"), ("", "Allotment Rents 2025/26"),
    ]
    for text in _both(UNNUMBERED_ROWS):
        assert _items(text) == expected


SHORT_HEADING_OVER_ITS_MINUTE = """Minutes of the Community Council Meeting held in the Old School on Tuesday, 8th April 2025.

1          Welcome

The Chair welcomed everyone.

2         Apologies

were received from three members.

3          Correspondence

A letter from the roads department was read.
"""


def test_short_minute_heading_stands_over_a_lower_case_minute():
    assert not may_wrap("2         Apologies") and may_wrap("3  Report on the state of the footpaths and of the")
    for text in _both(SHORT_HEADING_OVER_ITS_MINUTE):
        assert _items(text) == [("1", "Welcome"), ("2", "Apologies"), ("3", "Correspondence")]


AWARDS_UNDER_A_SENTENCE = """Grants made by Hollin Parish Council under its community fund.

These grants were agreed by the Finance Committee:-

Hollin Brownies – £80.00,

Hollin Bell Ringers – £120.00.

This year the money came from the precept.

The following Grant Awards were approved at the meeting held on 4th March 2025 in the Reading Room.

Hollin Gardening Club   –   Contribution to cost of new tools and a shed    –      £90.00

Reading Room Trust      –   Contribution towards new curtains    –    £210.00
"""


def test_sentence_lead_inside_a_paragraph_opens_its_own_award_lines():
    expected = {
        ("Hollin Brownies", 80.0), ("Hollin Bell Ringers", 120.0), ("Hollin Gardening Club", 90.0), ("Reading Room Trust", 210.0),
    }
    for text in _both(AWARDS_UNDER_A_SENTENCE):
        assert _projects(text) == expected
