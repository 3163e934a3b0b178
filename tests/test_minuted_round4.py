"""Minuted items in layouts met on fresh town, parish and community council minutes (issue 17, round 4)."""

from __future__ import annotations

from extractors.proceedings.minuted import find_minuted_items, has_minutes_marks
from extractors.proceedings.structure import extract_structure, to_contract
from structure_helpers import document


def _items(text: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in find_minuted_items(text)]


def _numbers(text: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in to_contract(extract_structure(document(text)))["agenda_items"]]


def test_minute_reference_before_the_agenda_number():
    text = """
AGENDA PART 1

K210/24      1.         APOLOGIES FOR ABSENCE.

None were received.

K211/24      2.         PUBLIC QUESTIONS.

No questions had been received.

K212/24      9.       REPORT OF THE ALLOTMENTS WORKING GROUP
"""
    assert _items(text) == [
        ("K210/24", "APOLOGIES FOR ABSENCE"),
        ("K211/24", "PUBLIC QUESTIONS"),
        ("K212/24", "REPORT OF THE ALLOTMENTS WORKING GROUP"),
    ]


def test_letter_and_year_minute_numbers_and_a_title_run_into_its_number():
    text = """
F24/101 APOLOGIES FOR ABSENCE
Apologies were received from Cllr Quill.
F24/102 BENCH REPLACEMENT
It was RESOLVED to replace two benches.
F24/103CEMETERY FEES 2025/26
It was RESOLVED to hold the fees.
"""
    assert _items(text) == [
        ("F24/101", "APOLOGIES FOR ABSENCE"),
        ("F24/102", "BENCH REPLACEMENT"),
        ("F24/103", "CEMETERY FEES 2025/26"),
    ]


def test_five_digit_running_minute_numbers():
    text = """
20411 MAYOR’S ANNOUNCEMENTS
The mayor had attended the carnival.

20412 HIGHWAYS MATTERS
The clerk reported on the resurfacing of Pound Lane.
"""
    assert _items(text) == [("20411", "MAYOR’S ANNOUNCEMENTS"), ("20412", "HIGHWAYS MATTERS")]


def test_heading_run_into_its_minute_keeps_the_words_before_the_colon_or_dash():
    text = """
51/24 Apologies: Cllr. Wren sent her apologies.
52/24 Declarations of Interest: There were no declarations made.
53/24 Tree Warden Report:
54/24 Confirmation of the Minutes of the Meeting held on 4th June 2024– RESOLVED that they be signed.
55/24 Grant to the Gala – the council agreed a grant towards the marquee.
"""
    assert _items(text) == [
        ("51/24", "Apologies"),
        ("52/24", "Declarations of Interest"),
        ("53/24", "Tree Warden Report"),
        ("54/24", "Confirmation of the Minutes of the Meeting held on 4th June 2024"),
        ("55/24", "Grant to the Gala"),
    ]


def test_a_lone_run_in_numbered_paragraph_is_not_an_item():
    text = """
1. Mrs Dale gave a talk on the history of the mill and answered questions.

2. Village Show Report: There were more entries than last year and the weather held.
"""
    assert _items(text) == []


def test_a_lone_heading_on_its_own_line_is_still_an_item():
    assert _items("\n127 APOLOGIES FOR ABSENCE\nApologies were received from two members.\n") == [
        ("127", "APOLOGIES FOR ABSENCE")
    ]


def test_minute_after_a_blank_line_in_lower_case_or_a_lettered_list_keeps_the_heading():
    text = """
1          Welcome

The Chair welcomed everyone.

2         Apologies

were received from two members.

3          Financial Accounts

a) Members received the statement of account.
b) It was resolved that the payments be made.
"""
    assert _items(text) == [("1", "Welcome"), ("2", "Apologies"), ("3", "Financial Accounts")]


def test_title_wrapped_onto_a_lower_case_line_is_still_a_sentence():
    text = "\n4. The Clerk reported that the\nhedges had been cut.\n5. Any Other Business\n6. Date of Next Meeting\n"
    assert _items(text) == [("5", "Any Other Business"), ("6", "Date of Next Meeting")]


def test_minutes_marks_in_attendance_line_apologies_sentence_and_meeting_line_with_comma():
    for text in (
        "Minutes of the Council Meeting,\n3rd May 2024\n",
        "In Attendance\nCouncillors R Vale and T Snow.\n",
        "A24/002 APOLOGIES\nApologies were received from Cllr Hale.\n",
    ):
        assert has_minutes_marks(text, 0, len(text)), text
    assert not has_minutes_marks("The Mayor has three options, as apologies had been received.\n", 0, 60)


def test_bracket_numbered_minutes_with_dashed_run_in_headings():
    text = """Minutes of the Council Meeting,

In Attendance
Councillors R Vale (RV) Chair, T Snow (TS), the clerk, was in attendance.
1) Apologies – Councillors P Lamb and D Hart.
2) Minutes of previous meeting
The minutes of the meeting on 2nd April were approved.
3) Defibrillator checks
The monthly checks have been carried out.
"""
    assert _numbers(text) == [("1", "Apologies"), ("2", "Minutes of previous meeting"), ("3", "Defibrillator checks")]


def test_capitals_heading_over_a_lower_case_line_continuing_its_minute():
    text = """
1.  APOLOGIES FOR ABSENCE
Two members had sent apologies.

2.  DECLARATIONS OF INTEREST (per the adopted code of conduct)
None

3.  TO RECEIVE, CONFIRM AND SIGN MINUTES
of the meeting of Monday 4th March 2024
"""
    assert _items(text) == [
        ("1", "APOLOGIES FOR ABSENCE"),
        ("2", "DECLARATIONS OF INTEREST (per the adopted code of conduct)"),
        ("3", "TO RECEIVE, CONFIRM AND SIGN MINUTES"),
    ]


def test_point_zero_items_leave_out_the_points_under_them():
    text = """
1.0 Apologies for Absence
None received
2.0 Declarations of Interest
2.1 To receive any declarations from Councillors
2.2 To consider any requests for dispensation
3.0 Minutes
"""
    assert _items(text) == [("1.0", "Apologies for Absence"), ("2.0", "Declarations of Interest"), ("3.0", "Minutes")]


def test_lettered_minute_numbers_run_with_plain_ones_and_long_run_in_lines():
    long_minute = "The minutes were approved and signed as a true record, " * 6
    text = f"""
61a/24 Apologies: None received

61b/24   Declarations of Interest: None declared.

61c/24 Approval of minutes of 2nd April 2024: {long_minute.strip()}

62/24    Finance
"""
    assert _items(text) == [
        ("61a/24", "Apologies"),
        ("61b/24", "Declarations of Interest"),
        ("61c/24", "Approval of minutes of 2nd April 2024"),
        ("62/24", "Finance"),
    ]


def test_draft_minutes_of_meeting_line_without_an_article_marks_minutes():
    text = "Draft minutes of meeting held on 4th June 2024 at 7.30 pm in the Parish Room.\n"
    assert has_minutes_marks(text, 0, len(text))
