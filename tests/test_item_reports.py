import datetime as dt

from extractors.facts import extract_facts
from extractors.proceedings.item_reports import extract_item_report
from structure_helpers import document


def reports_of(text):
    return [(r.title, r.meeting_date, [a.name for a in r.authors]) for r in extract_item_report(document(text))]


def test_agenda_item_page_considered_a_report_of_director():
    assert reports_of(
        """
        Agenda item

        Library Service Review

        Minutes:

        The Committee considered a report of the Director of Place on the library service review.

        RESOLVED - That the report be noted.
        """
    ) == [("Library Service Review", None, [])]


def test_issue_page_meeting_line_dates_the_report_and_drops_number_and_file_size():
    assert reports_of(
        """
        Issue - meetings

        Play Areas

        Meeting: 09/10/2024 - Cabinet (Item 12)

        12 Play Areas Refurbishment pdf icon PDF 210 KB

        The Cabinet received a report setting out the refurbishment plan.
        """
    ) == [("Play Areas Refurbishment", dt.date(2024, 10, 9), [])]


def test_decision_details_report_author_block():
    assert reports_of(
        """
        Decision details

        Harbour Wall Repairs

        Decision Maker: Cabinet

        Decision status: Recommendations Approved

        Report author: Nia Pellow

        Date of decision: 03/02/2025

        Decided at meeting: 03/02/2025 - Cabinet
        """
    ) == [("Harbour Wall Repairs", dt.date(2025, 2, 3), ["Nia Pellow"])]


def test_report_of_line_under_the_title():
    assert reports_of(
        """
        Agenda item

        Small Grants

        A report of the Head of Communities.

        Minutes:

        Members agreed the grants listed.
        """
    ) == [("Small Grants", None, [])]


def test_item_line_opening_the_excerpt_with_report_moved():
    assert reports_of(
        """
        7 Parking Charges PDF 120 KB

        The report was moved by Councillor Arle and seconded by Councillor Veen.
        """
    ) == [("Parking Charges", None, [])]


def test_no_report_when_only_referred_to():
    assert reports_of(
        """
        Agenda item

        Grants Round Two

        Members considered the applications as set out in the report and agreed them.
        """
    ) == []


def test_no_report_for_an_oral_update_or_verb_report():
    assert reports_of(
        """
        Agenda item

        Updates from Chairs

        Chairs to report

        The Chairs gave a verbal report on their panels. Officers agreed to report back in March.
        """
    ) == []


def test_no_report_when_no_item_title_is_printed():
    assert reports_of(
        """
        Decision details

        Decision Maker: Cabinet

        Report author: Nia Pellow

        Decided at meeting: 03/02/2025 - Cabinet
        """
    ) == []


def test_no_report_on_an_issue_at_several_meetings():
    assert reports_of(
        """
        Issue - meetings

        Bus Lanes

        Meeting: 11/07/2024 - Cabinet (Item 31)

        31 Bus Lanes PDF 140 KB

        The Cabinet considered the report.

        Meeting: 25/06/2024 - Scrutiny Committee (Item 12)

        12 Bus Lanes - Pre-decision Scrutiny PDF 96 KB

        The Committee considered the report.
        """
    ) == []


def test_no_report_on_a_page_without_an_item_heading():
    assert reports_of(
        """
        Cabinet minutes

        The Cabinet considered a report of the Director of Place.
        """
    ) == []


def test_item_report_reaches_the_facts_of_a_lone_page():
    facts = extract_facts(
        document(
            """
            Agenda item

            Allotment Rents

            The Committee considered a report of the Head of Parks on allotment rents.
            """
        )
    )
    assert [r.title for r in facts.reports] == ["Allotment Rents"]


def test_consideration_was_given_to_a_report():
    assert reports_of(
        """
        Issue - meetings

        Depot Lease

        Meeting: 05/03/2025 - Cabinet (Item 7)

        Depot Lease

        Consideration was given to a confidential report of the Director of Resources.
        """
    ) == [("Depot Lease", dt.date(2025, 3, 5), [])]


def test_a_report_setting_out_the_wording_was_tabled():
    assert reports_of(
        """
        Issue - meetings

        Questions

        Meeting: 06/11/2024 - Council (Item 9)

        Questions

        A report setting out the questions received was tabled.
        """
    ) == [("Questions", dt.date(2024, 11, 6), [])]


def test_no_report_when_a_report_would_be_presented_later():
    assert reports_of(
        """
        Agenda item

        Annual Review

        The Chair said the annual review report would be presented to Council in May.
        """
    ) == []
