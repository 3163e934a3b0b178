"""Meeting page item rows and apologies met on fresh metropolitan, London and unitary council pages (round 9); our own words."""

from __future__ import annotations

from extractors.proceedings.agenda import find_items
from test_attendance_round3 import attendance_of

_PAGE = "Agenda and minutes\n\nVenue: Town Hall, Brackenford. View directions\n\nContact: Ann Roe \n\nNo. Item\n\n\n"


def _items(text: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in find_items(text)]


def test_unnumbered_row_titles_printed_with_a_colon():
    text = _PAGE + (
        "Apologies for absence:\n\nThere were none.\n\n\n"
        "Notices from the Leader:\n\n\n(a)  Fun Run\n\nThe Leader thanked the marshals.\n\n\n"
        "To agree the following:\n\n\nThe list was agreed.\n"
    )
    assert _items(text) == [("", "Apologies for absence"), ("", "Notices from the Leader")]


def test_minutes_label_with_a_document_size_is_the_minutes_row():
    text = _PAGE + "Apologies for absence:\n\nThere were none.\n\n\nMinutes: pdf icon PDF 98 KB\n\nThe minutes are attached.\n\n\nMinutes:\n\nThey were agreed.\n"
    assert _items(text) == [("", "Apologies for absence"), ("", "Minutes")]


def test_row_title_opening_with_councillor_when_it_carries_its_document():
    text = _PAGE + "Apologies for absence:\n\nThere were none.\n\n\nCouncillor Working Group Notes pdf icon PDF 64 KB\n\nThe notes are attached.\n\n\nCouncillor Ames thanked officers\n\nNoted.\n"
    assert _items(text) == [("", "Apologies for absence"), ("", "Councillor Working Group Notes")]


def test_report_by_line_under_a_row_title_and_action_by_line_are_no_rows():
    text = _PAGE.replace("minutes", "decisions") + (
        "Apologies for Absence\n\n\nNone.\n\n\nBudget Monitoring Report pdf icon PDF 180 KB\n\n"
        "Report by Councillor Irma Voss, Cabinet Member for Finance and Assets\n\n\n\nThat the report be noted.\n\n\n\n"
        "ACTION BY: Director of Finance\n\n\nReview of Polling Places\n"
    )
    assert _items(text) == [("", "Apologies for Absence"), ("", "Budget Monitoring Report"), ("", "Review of Polling Places")]


def test_ruled_row_holding_only_its_title_over_its_minutes_label():
    text = (
        "No. | Item | |\n---|---|---|\nWelcome In the event of a fire all will leave. Minutes: Noted. |\n||\n"
        "Announcements/Communications\nMinutes: There were none. |\n||\nQuestions from Members of the Public\nMinutes: None. |\n"
    )
    assert _items(text) == [("", "Welcome"), ("", "Announcements/Communications"), ("", "Questions from Members of the Public")]


def test_apologies_after_the_items_own_description():
    text = (
        "Apologies for absence:\n\nMembers are asked to tell the clerk of any apologies for this meeting.\n\n\n"
        "Councillors Ashdown, Pelling and Quarry.\n\n\nMinutes:\n"
    )
    assert attendance_of(text, _PAGE) == [
        ("Councillor Ashdown", "apologies"), ("Councillor Pelling", "apologies"), ("Councillor Quarry", "apologies"),
    ]


def test_no_apologies_under_the_description_records_nobody():
    text = "Apologies for absence:\n\nMembers are asked to tell the clerk of any apologies for this meeting.\n\n\nThere were none.\n"
    assert attendance_of(text, _PAGE) == []


def test_report_titles_in_a_table_of_exempt_items_are_no_rows():
    text = _PAGE + (
        "Exclusion of the Public:\n\nThe Cabinet is asked whether to exclude the public.\n\n\n"
        "Resolved: That the public is excluded for the following items:-\n\n\nitem No.\n\nTitle of report\n\n\n"
        "Sale of Land at Orchard Way\n\n\n(3) Information relating to the financial affairs of any person\n\n\n"
        "Depot Lease Renewal\n\n\n(3) Information relating to the financial affairs of any person\n\n\n"
        "Parking Charges Review pdf icon PDF 210 KB\n\nThe report is attached.\n"
    )
    assert _items(text) == [("", "Exclusion of the Public"), ("", "Parking Charges Review")]
