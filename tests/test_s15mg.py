"""ModernGov template rules of the s15mg session, on small pages in our own words."""

from extractors.proceedings.item_reports import extract_item_report
from structure_helpers import document


def reports_of(text):
    return [(r.title, r.meeting_date) for r in extract_item_report(document(text))]


def test_item_page_body_provided_with_a_report():
    assert reports_of(
        """
        Agenda item

        Youth Diversion Fund

        Minutes:

        The Board was provided with a report of the Commissioner on the fund.
        """
    ) == [("Youth Diversion Fund", None)]


def test_item_page_officer_has_provided_a_report():
    assert reports_of(
        """
        Agenda item

        Youth Diversion Fund

        The Commissioner has provided a report informing the Board of the fund.
        """
    ) == [("Youth Diversion Fund", None)]


def test_item_page_committee_had_before_it_a_report():
    assert reports_of(
        """
        Agenda item

        Gala Grants 2025/26

        Minutes:

        The Committee had before it a report by the Director of Resources which presented the applications.
        """
    ) == [("Gala Grants 2025/26", None)]


def test_item_page_minute_opening_on_the_report_of_an_officer():
    assert reports_of(
        """
        Agenda item

        Safer Streets Update

        Minutes:

        12.1 The report of the Head of Housing, circulated at Pages 4-9, gave an update on the scheme.
        """
    ) == [("Safer Streets Update", None)]


def test_decision_page_bracketed_report_of_line():
    assert reports_of(
        """
        Issue - decisions

        Village Halls Grant Scheme

        04/03/2026 - Village Halls Grant Scheme

        (Report of Director of Place)

        The scheme was endorsed.
        """
    ) == [("Village Halls Grant Scheme", None)]


def test_item_page_future_or_referred_report_gives_none():
    assert reports_of(
        """
        Agenda item

        Youth Diversion Fund

        Minutes:

        The Commissioner will provide a report to the next meeting. As set out in the report of the Director, the fund is open.
        """
    ) == []


def agenda_of(text):
    from extractors.facts import extract_facts

    return [(a.number, a.title) for a in extract_facts(document(text)).agenda_items]


def test_flattened_rows_title_closed_by_a_full_stop_before_its_cell_label():
    assert agenda_of(
        "Welcome. Minutes: The Chair welcomed the members. |\n"
        "Notes of the last meeting. Minutes: The notes were agreed as a true record. |\n"
        "Actions Outstanding Minutes: There were no actions outstanding. |\n"
    ) == [("", "Welcome"), ("", "Notes of the last meeting"), ("", "Actions Outstanding")]


def test_flattened_rows_sentence_before_a_cell_label_is_no_title():
    assert agenda_of(
        "Apologies Minutes: Apologies were received from Councillor Amy Fenn. |\n"
        "The Chair thanked the officers. Minutes: none. |\n"
        "Budget Monitoring Minutes: The Panel noted the budget position. |\n"
    ) == [("", "Apologies"), ("", "Budget Monitoring")]


HEADED_ROWS = """\
Venue: Riverside Hall, Oakby
No. | Item |
---|---|
Apologies for Absence To receive any apologies. Minutes: Apologies were received from Councillor Amy Fenn. |
Declarations of Interest Members are asked to declare any interests. Minutes: There were none. |
Minutes of the Last Meeting pdf icon PDF 88 KB To approve the minutes. Minutes: The minutes were approved. |
Play Area Renewal pdf icon PDF 210 KB To consider the report of the Parks Manager. Additional documents: Minutes: Agreed. |
"""


def test_rows_under_a_header_each_closed_by_a_pipe_open_the_next_row():
    assert agenda_of(HEADED_ROWS) == [
        ("", "Apologies for Absence"),
        ("", "Declarations of Interest"),
        ("", "Minutes of the Last Meeting"),
        ("", "Play Area Renewal"),
    ]


def test_rows_closed_by_a_pipe_with_the_header_cut_off():
    cut = "\n".join(line for line in HEADED_ROWS.splitlines() if "Item |" not in line and "---" not in line)
    assert agenda_of(cut) == [
        ("", "Apologies for Absence"),
        ("", "Declarations of Interest"),
        ("", "Minutes of the Last Meeting"),
        ("", "Play Area Renewal"),
    ]


def test_flattened_table_of_names_closed_by_pipes_is_no_item_table():
    assert agenda_of(
        "Present: pdf icon PDF 12 KB\n"
        "Councillor Amy Fenn Chair |\n"
        "Councillor Bo Teale Vice Chair |\n"
        "Councillor Cy Marsh Member |\n"
        "Councillor Di Ogle Member |\n"
    ) == []


def test_rows_closed_by_pipes_with_no_page_mark_are_no_item_table():
    assert agenda_of(
        "Oakby Youth Club | Summer Camp |\n"
        "Riverside Allotments | New Shed |\n"
        "Hillside Choir | Concert Hire |\n"
    ) == []


CUT_PAGE = """\
Minutes:

Apologies were received from Councillor Cy Marsh.

12.

Declarations of Interest

To receive any declarations of interest.

Minutes:

None.

13.

Play Area Renewal pdf icon PDF 310 KB

Report of the Head of Parks.

Minutes:

The Cabinet considered the report.

14.

Land at Mill Lane

Minutes:

Agreed.
"""


def test_page_excerpt_cut_below_its_header_numbered_rows_from_any_number():
    assert agenda_of(CUT_PAGE) == [("12", "Declarations of Interest"), ("13", "Play Area Renewal"), ("14", "Land at Mill Lane")]


def test_page_excerpt_cut_below_its_header_unnumbered_rows():
    unnumbered = "\n".join(line for line in CUT_PAGE.splitlines() if not line.rstrip(".").isdigit())
    assert agenda_of(unnumbered) == [("", "Declarations of Interest"), ("", "Play Area Renewal"), ("", "Land at Mill Lane")]


def test_numbered_lines_without_cell_labels_are_no_cut_page():
    assert agenda_of("Notes\n\n7.\n\nThe hall\n\n8.\n\nThe green\n") == []
