"""Agenda items in layouts met on fresh ModernGov pages and their copies (issue 17, round 6)."""

from __future__ import annotations

from extractors.proceedings.agenda import find_items
from extractors.proceedings.agenda_rows import flat_row


def _items(text: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in find_items(text)]


def test_numbered_lines_under_a_plain_no_item_header_are_its_rows():
    text = """Hollin Council Cabinet 2 May 2024

No. Item
1. Apologies for absence
2. Minutes of the previous meeting  PDF 40 KB
3. Bus Shelter Programme

Additional documents:

4. Exclusion of the public

Leave a Reply
"""
    assert _items(text) == [
        ("1", "Apologies for absence"),
        ("2", "Minutes of the previous meeting"),
        ("3", "Bus Shelter Programme"),
        ("4", "Exclusion of the public"),
    ]


def test_numbered_lines_run_on_after_sized_lines_and_before_them():
    text = """Hollin Council Cabinet 2 May 2024

Items

1. Apologies for absence
2. Minutes of the previous meeting  PDF 40 KB

3. Parks Strategy  PDF 120 KB

Additional documents:

4. Exclusion of the public

5. Depot Lease – Exempt appendix
"""
    assert [number for number, _ in _items(text)] == ["1", "2", "3", "4", "5"]


def test_a_numbered_paragraph_out_of_order_is_not_a_row():
    text = """Items

1. Apologies for absence
2. Minutes  PDF 40 KB

7. The Board thanked the officers
"""
    assert [number for number, _ in _items(text)] == ["1", "2"]


def test_flat_row_title_opening_like_a_description():
    row = "Report of the Standards Officer (Revised) Minutes: The Committee noted the update. |"
    assert flat_row(row, "previous row. |") == "Report of the Standards Officer (Revised)"


def test_flat_row_title_running_into_it_is_recommended():
    row = "Exclusion of Press and Public It is recommended that the public be excluded. Minutes: Resolved."
    assert flat_row(row, "previous row. |") == "Exclusion of Press and Public"


def test_unnumbered_row_with_a_bracketed_list_and_no_capitals_aside():
    text = """No. Item


Welcome


Apologies for absence


Chair's announcements


Items from the public (questions; statements; petitions)

WRITTEN QUESTIONS (written procedure)

1. Anyone may send two questions before the meeting.
"""
    assert [title for _, title in _items(text)] == [
        "Welcome",
        "Apologies for absence",
        "Chair's announcements",
        "Items from the public (questions; statements; petitions)",
    ]


def test_to_rows_among_rows_printed_with_full_stops_and_no_lead_in_lines():
    text = """No. Item


Mayor's Announcements.


Declarations of Interest.

Members are reminded to declare any interest.


To approve and sign the following minutes: - 


Council held on 2nd May 2024. pdf icon PDF 300 KB


To receive petitions under Rule of Procedure 12(1).
"""
    assert [title for _, title in _items(text)] == [
        "Mayor's Announcements",
        "Declarations of Interest",
        "Council held on 2nd May 2024",
        "To receive petitions under Rule of Procedure 12(1)",
    ]


def test_a_to_line_under_rows_without_full_stops_is_a_description():
    text = """No. Item


Council Minutes


Declarations of Interest




To receive petitions from Members of the Council.


Notice of Motion
"""
    assert [title for _, title in _items(text)] == ["Council Minutes", "Declarations of Interest", "Notice of Motion"]
