"""Round 14 meeting and report probes, one test per class fixed: ModernGov's 'Meeting of X, DATE (Item N.)'
item heading and its 'Agenda item - Title' page title on a single-item page, bilingual 'Welsh / English:'
report labels; our own words and names."""

import datetime as dt

from extractors.proceedings.item_reports import extract_item_report
from extractors.proceedings.meetings import extract_meetings, normalise_body
from extractors.proceedings.report_header import extract_report_headers
from extractors.proceedings.split import split_papers
from structure_helpers import document


def meetings_of(text):
    doc = document(text)
    return [(m.body, m.date) for m in extract_meetings(doc, split_papers(doc), extract_report_headers(doc))]


def item_reports_of(text):
    return [(r.title, r.meeting_date) for r in extract_item_report(document(text))]


def headers_of(text):
    return [(r.title, r.meeting_date) for r in extract_report_headers(document(text))]


def test_meeting_of_item_heading_dates_the_report_under_it():
    assert item_reports_of(
        """
        Meeting of Cabinet, Tuesday 12 March 2024 (Item 45.)

        45. Quarry Lane Depot

        Minutes:
        The Cabinet considered a report of the Director of Works.
        """
    ) == [("Quarry Lane Depot", dt.date(2024, 3, 12))]


def test_agenda_item_page_title_names_the_item_over_a_meeting_of_heading():
    assert item_reports_of(
        """
        Agenda item - Quarry Lane Depot

        Meeting of Cabinet, Tuesday, 12th March, 2024 7.00 pm (Item 5.)

        To consider the report of the Director.

        Minutes:
        The Cabinet agreed.
        """
    ) == [("Quarry Lane Depot", dt.date(2024, 3, 12))]


def test_meeting_of_item_heading_without_a_report_cue_gives_none():
    assert item_reports_of(
        """
        Meeting of Cabinet, Tuesday 12 March 2024 (Item 45.)

        45. Quarry Lane Depot

        Minutes:
        The Cabinet noted the update given at the meeting.
        """
    ) == []


def test_an_issue_at_two_meetings_of_gives_none():
    assert item_reports_of(
        """
        Meeting of Cabinet, Tuesday 12 March 2024 (Item 45.)
        Meeting of Council, Tuesday 19 March 2024 (Item 12.)

        Quarry Lane Depot

        The Cabinet considered a report of the Director of Works.
        """
    ) == []


def test_bilingual_report_labels_before_or_after_the_english():
    assert headers_of(
        """
        Adroddiad i / Report to: Cabinet
        Dyddiad / Date: 12 March 2024
        Teitl / Title: Rural Bus Routes
        Adroddiad gan / Report by: Director of Transport
        """
    ) == [("Rural Bus Routes", dt.date(2024, 3, 12))]
    assert headers_of(
        """
        Report to / Adroddiad i: Cabinet
        Date / Dyddiad: 12 March 2024
        Title / Teitl: Rural Bus Routes
        """
    ) == [("Rural Bus Routes", dt.date(2024, 3, 12))]


def test_label_cell_of_a_flattened_table_row_is_not_the_body():
    assert normalise_body("Committee\tCabinet") == "Cabinet"
    assert normalise_body("Committee Services") == "Committee Services"
    found = meetings_of(
        """
        Committee\tLicensing Panel
        Date\tTuesday 12 March 2024
        Venue\tTown Hall
        """
    )
    assert found == [("Licensing Panel", dt.date(2024, 3, 12))]


def test_site_name_after_a_bar_in_a_page_title_is_not_the_body():
    found = meetings_of(
        """
        Minutes - Parish Council Meeting 4 March 2024 | Ashcombe Parish Council
        Present: Cllrs Abbot, Birch
        """
    )
    assert found == [("Parish Council", dt.date(2024, 3, 4))]


def test_bilingual_welsh_english_meeting_header():
    assert normalise_body("Pwyllgor Trwyddedu / Licensing Committee") == "Licensing Committee"
    assert normalise_body("Cabinet / Cabinet") == "Cabinet / Cabinet"
    found = meetings_of(
        """
        Pwyllgor Trwyddedu / Licensing Committee
        Dyddiad / Date: Dydd Iau, 14 Mawrth 2024 / Thursday, 14 March 2024
        Amser / Time: 2.00 pm
        Lleoliad / Venue: Ystafell Bwyllgor 1 / Committee Room 1

        Agenda
        1. Apologies
        """
    )
    assert found == [("Licensing Committee", dt.date(2024, 3, 14))]


def test_date_and_time_first_then_the_body_and_meeting_word():
    found = meetings_of(
        """
        Thursday 14th March 2024 at 7.30pm – Town Council Meeting

        Agenda
        1. Apologies
        """
    )
    assert found == [("Town Council", dt.date(2024, 3, 14))]


def test_committee_labels_of_a_report_cover():
    assert headers_of(
        """
        Name of Committee: Cabinet
        Date of Committee: 12 March 2024
        Report Title: Depot Relocation
        """
    ) == [("Depot Relocation", dt.date(2024, 3, 12))]
    assert headers_of(
        """
        Title: Depot Relocation
        Committee: Audit Committee
        Date: 12 March 2024
        """
    ) == [("Depot Relocation", dt.date(2024, 3, 12))]


def test_report_cover_flattened_with_tabs():
    text = """
        Report to\tCabinet
        Date of meeting\t12 March 2024
        Report title\tDepot Relocation
        Report author\tHead of Fleet
        """
    assert headers_of(text) == [("Depot Relocation", dt.date(2024, 3, 12))]
    assert meetings_of(text) == [("Cabinet", dt.date(2024, 3, 12))]


def test_bare_meeting_date_label_line_over_the_date():
    found = meetings_of(
        """
        Standards Committee
        Meeting date
        14 March 2024

        Agenda
        1. Apologies
        """
    )
    assert found == [("Standards Committee", dt.date(2024, 3, 14))]
    assert meetings_of(
        """
        Standards Committee
        Published
        14 March 2024
        """
    ) == []
