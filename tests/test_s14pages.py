"""Session 14 meeting pages: future meeting dates under a parish's running minute number, and the electors' meeting
among them. Our own words, names and bodies."""

import datetime as dt

import pytest

from extractors.proceedings.agenda import find_items
from extractors.proceedings.future_meetings import extract_future_meetings
from extractors.proceedings.item_reports import extract_item_report
from extractors.proceedings.minuted import find_minuted_items
from extractors.proceedings.report_header import paper_headers
from structure_helpers import document
from test_attendance_round3 import attendance_of, roles_of


def future_dates(text, reference, body=None):
    doc = document(text)
    return [f.date.isoformat() for f in extract_future_meetings(doc, 0, len(doc.text), reference, body)]


def test_future_dates_under_a_four_digit_running_minute_number():
    text = (
        "3101: Clerk's Report:\nNothing to report.\n3102: Future Meeting Dates:\n"
        "6th January 2027\n3rd February\n3rd March\n"
    )
    assert future_dates(text, dt.date(2026, 12, 9)) == ["2027-01-06", "2027-02-03", "2027-03-03"]


def test_electors_meeting_under_a_future_dates_heading_gives_none():
    text = "Future Meeting Dates:\n6th January 2027\n12th May – Annual Parish Meeting\n2nd June\n"
    assert future_dates(text, dt.date(2026, 12, 9)) == ["2027-01-06", "2027-06-02"]


def minuted_titles(text):
    return [(item.number, item.title) for item in find_minuted_items(text)]


def test_minute_headings_over_lettered_points_with_full_stops_are_items():
    minutes = [
        "Minutes of the meeting of Ashby Parish Council held on 4th March 2024 at 7pm", "11. Apologies", "None.",
        "12. To approve the payments listed for approval.", "a. March payments", "b. April payments", "It was resolved to approve them.",
        "13. To receive the bank statements for:", "a. March", "The Clerk gave them out.",
        "14. To receive a report on the playing field.", "The grass was cut.",
    ]
    titles = ["Apologies", "To approve the payments listed for approval", "To receive the bank statements for",
              "To receive a report on the playing field"]
    assert minuted_titles("\n".join(minutes) + "\n") == list(zip(["11", "12", "13", "14"], titles))


def item_report_titles(text):
    return [(r.title, r.meeting_date and r.meeting_date.isoformat()) for r in extract_item_report(document(text))]


_COLON_TITLE = (
    "Decision details\n\nRevision of Standing Orders: Licensing Panel Remit\n\nDecision status: Recommendations Approved\n\n"
    "Decisions:\n\n4.1     The Committee considered a report by the Head of Legal Services on the remit.\n\n"
    "Decided at meeting: 03/02/2026 - Audit Committee\n"
)
_REPORT_NUMBER = (
    "Issue - meetings\n\nSmall Grants 2026 to 2027\n\nMeeting: 10/02/2026 - Cabinet (Item 71)\n\n"
    "71 Small grants 2026 to 2027 pdf icon PDF 120 KB\n\nReport number:     CAB/EB/26/004\n\n"
    "Lead officer: Ann Lowe\n\nDecision:\n\nResolved: That the grants be approved.\n"
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # A decision details title run on after a colon is the item's title, not a label.
        (_COLON_TITLE, [("Revision of Standing Orders: Licensing Panel Remit", "2026-02-03")]),
        # An issue's item printing its 'Report number:' has the report.
        (_REPORT_NUMBER, [("Small grants 2026 to 2027", "2026-02-10")]),
    ],
)
def test_single_item_page_reports(text, expected):
    assert item_report_titles(text) == expected


def test_decision_details_opening_on_a_label_line_has_no_title():
    labels = ("Decision Maker: Cabinet", "Wards affected: Eastby North", "Purpose: To agree the remit",
              "Cabinet Member: Councillor Ann Lowe", "Service area: Housing", "Relevant scrutiny committee: Place")
    for label in labels:
        text = f"Decision details\n\n{label}\n\nDecisions:\n\nThe Cabinet considered a report of the Director.\n"
        assert item_report_titles(text) == [], label


def test_a_decision_log_of_dated_titled_entries_is_no_report():
    entries = [
        ("03/03/26", "Safer Roads Grant Acceptance", "The Mayor accepted a grant of £20,000."),
        ("01/03/26", "Youth Diversion Contract Extension", "The contract was extended by a year."),
        ("24/02/26", "Victims Service Grant Agreement", "Grant agreements were entered into."),
    ]
    text = "".join(
        f"Date: {date}\nTitle: {title}\nSummary: {summary}\nDecision Approved: Approved\nSigned: Ann Lowe, Head of Policing\n"
        for date, title, summary in entries
    )
    doc = document(text)
    assert paper_headers(doc, 0, len(doc.text)) == []


def test_one_dated_titled_header_is_still_a_report():
    text = "Title: Safer Roads Grant Acceptance\nDate: 03/03/2026\nSummary: The Mayor accepted a grant.\n\n1. Background\n"
    doc = document(text)
    assert [h.title for h in paper_headers(doc, 0, len(doc.text))] == ["Safer Roads Grant Acceptance"]


PARISH = "Minutes of the meeting of Ashby Parish Council held on 4th March 2024 at 7.30pm\n"


def test_resolved_to_accept_apologies_from_names_the_apologies():
    text = "Present: Cllr A Lowe, Cllr B Ray\n22. Apologies\nIt was resolved to accept apologies from Cllrs F Moss and G Tate.\n"
    assert attendance_of(text, PARISH)[2:] == [("Cllr F Moss", "apologies"), ("Cllr G Tate", "apologies")]


def test_clerk_dash_name_under_the_present_list_is_in_attendance():
    text = "Present:\nCllrs A Lowe (Chair), B Ray and C Sim.\nClerk - E Pike.\nPublic Forum\nNo one came.\n"
    assert ("E Pike", "in_attendance") in attendance_of(text, PARISH)


def test_clerk_dash_and_words_that_are_no_name_give_nobody():
    text = "Present:\nCllr A Lowe, Cllr B Ray.\nClerk - Report on the website.\nPublic Forum\nNo one came.\n"
    assert attendance_of(text, PARISH) == [("Cllr A Lowe", "present"), ("Cllr B Ray", "present")]


def test_post_joined_to_the_surname_by_a_hyphen_is_the_role():
    text = "Present: Ann Lowe-Chairman (AL), Bob Ray (BR), Cat Sim-Vice Chairman (CS) and Dan Hale-Smith (DH).\n1. Welcome\n"
    assert roles_of(text) == {"Ann Lowe": "Chairman", "Bob Ray": None, "Cat Sim": "Vice Chairman", "Dan Hale-Smith": None}


def test_apologies_heading_numbered_with_a_colon_over_name_and_reason_lines():
    text = (
        "Present: Ann Lowe, Bob Ray\nIn attendance:\nEve Pike – Clerk\n3101: Apologies for Absence:\n"
        "Fay Moss – unwell\nGus Tate – away on holiday\n3102: Declarations of Interest:\nNone.\n"
    )
    assert attendance_of(text, PARISH)[-2:] == [("Fay Moss", "apologies"), ("Gus Tate", "apologies")]


def test_long_minute_heading_closed_by_its_colon_is_an_item():
    planning = (
        "Consideration of Planning Application for The Old Forge, 12 Mill Lane – change of use of the workshop to "
        "a dwelling under permission 04/00112/FUL dated 03.02.2005. Ref: 26/00231/VAR"
    )
    minutes = [PARISH.strip(), "3101: Apologies for Absence:", "None.", f"3102: {planning}:", "There were no objections.",
               "3103: Clerk's Report:", "No reports."]
    assert minuted_titles("\n".join(minutes) + "\n") == [
        ("3101", "Apologies for Absence"), ("3102", planning), ("3103", "Clerk's Report")
    ]


def test_dash_bulleted_minute_headings_are_the_items_not_the_points_under_them():
    minutes = [
        "Minutes of a Meeting of Ashby Parish Council held on Monday 2nd March 2026 at 7pm",
        "Present: Ann Lowe (Chairman), Bob Ray", "- Apologies for Absence:", "Cat Sim",
        "- Cllrs Dan Hale and Eve Pike: were not present.", "- Minutes of the Meeting held on 2nd February: were agreed.",
        "- Matters Arising:", "- Bus shelter repairs, two quotes needed.", "- Finance:",
        "- Budget 2026/2027: The budget left a balance of £1,200.", "- Any Other Business:", "- Footpaths: Mud on the path.",
    ]
    assert minuted_titles("\n".join(minutes) + "\n") == [
        ("", "Apologies for Absence"), ("", "Minutes of the Meeting held on 2nd February"), ("", "Matters Arising"),
        ("", "Finance"), ("", "Any Other Business"),
    ]


def test_two_dash_bulleted_headings_are_too_few_to_be_items():
    minutes = ["Notes of the walk", "- Route:", "Along the river.", "- Weather:", "Dry.", "- Minutes of the last walk: were read."]
    assert minuted_titles("\n".join(minutes) + "\n") == []


_SUB_ITEM_PAGE = """Agenda and minutes

Eastby Panel - Thursday, 5th March, 2026 10.30 am

Venue: Hall. View directions

Items
No. Item

1.

APOLOGIES FOR ABSENCE

Minutes:

None.

2.

MATTERS ARISING

2.1

Minute 4 - Cameras in the town centre

Minutes:

2.1

The Panel noted that the cameras were being replaced in the spring.

2.2

Members asked about the budget.

3.

ANY OTHER BUSINESS
"""


def test_sub_item_number_alone_under_its_item_on_a_meeting_page():
    assert [(item.number, item.title) for item in find_items(_SUB_ITEM_PAGE)] == [
        ("1", "APOLOGIES FOR ABSENCE"), ("2", "MATTERS ARISING"), ("2.1", "Minute 4 - Cameras in the town centre"),
        ("3", "ANY OTHER BUSINESS"),
    ]


def test_decision_notice_titled_by_its_reference_printed_again_on_its_notice_line():
    text = (
        "Commissioner for Eastshire\n\n12/2026 – Village Safety Awards: small grants to parish groups\n\n"
        "The Commissioner has decided to award £12,000 to parish groups.\n\nDN 12/2026      Date 15/03/2026\n\nBackground\n"
    )
    assert item_report_titles(text) == [("Village Safety Awards: small grants to parish groups", None)]


def test_reference_title_without_its_notice_line_is_no_report():
    text = "Commissioner for Eastshire\n\n12/2026 – Village Safety Awards\n\nDN 13/2026      Date 15/03/2026\n"
    assert item_report_titles(text) == []

