import datetime as dt

import pytest

from conftest import CORPUS, SAMPLES, SAMPLE_STEMS, THIRD_PARTY_STEM, shared_path
from extractors.proceedings.future_meetings import extract_future_meetings
from extractors.proceedings.meetings import extract_meetings, normalise_body
from extractors.proceedings.report_header import extract_report_headers
from extractors.proceedings.split import split_papers
from pipeline.read import parse_file
from structure_helpers import document


def meetings_of(doc):
    papers = split_papers(doc)
    found = extract_meetings(doc, papers, extract_report_headers(doc))
    return [(m.body, m.date, m.time, m.location, m.source) for m in found]


def test_minutes_heading_held_at_a_venue():
    doc = document(
        """
        KENT COUNTY COUNCIL
        CABINET
        MINUTES of a meeting of the Cabinet held at County Hall, Maidstone on Wednesday 5th March 2025 at 2.00 pm.
        PRESENT: Mr R Gough (Chairman)
        """
    )
    assert meetings_of(doc) == [("Cabinet", dt.date(2025, 3, 5), "14:00", "County Hall, Maidstone", "minutes_heading")]


def test_minutes_heading_held_virtually_wrapped_over_lines():
    doc = document(
        """
        Minutes of the meeting of the Environment and Transport
        Cabinet Committee held virtually via Microsoft Teams on
        Tuesday, 3 June 2025 at 10am.
        Present: Councillor Jane Smith
        """
    )
    assert meetings_of(doc) == [
        ("Environment and Transport Cabinet Committee", dt.date(2025, 6, 3), "10:00", "Online", "minutes_heading")
    ]


def test_agenda_front_page_with_venue_below_contact_lines():
    doc = document(
        """
        NOTICE OF MEETING
        AGENDA
        POLICE AND CRIME PANEL
        Thursday, 12th June, 2025, at 10.00 am
        Ask for: Jane Clerk
        Council Chamber, Sessions House, County Hall, Maidstone
        Telephone: 03000 416000
        1. Apologies
        2. Minutes (Pages 1 - 6)
        """
    )
    assert meetings_of(doc) == [
        ("Police and Crime Panel", dt.date(2025, 6, 12), "10:00", "Council Chamber, Sessions House, County Hall, Maidstone", "agenda_header")
    ]


def test_meeting_pages_in_two_layouts():
    dashed = document("Cabinet - Wednesday, 5th March, 2025 2.00 pm\nVenue: Council Chamber, Town Hall\nSummary\n")
    assert meetings_of(dashed) == [("Cabinet", dt.date(2025, 3, 5), "14:00", "Council Chamber, Town Hall", "meeting_page")]
    titled = document("Agenda for Audit and Governance Committee on Tuesday, 10th June, 2025, 7.00 pm\nTopics\n")
    assert meetings_of(titled) == [("Audit and Governance Committee", dt.date(2025, 6, 10), "19:00", None, "meeting_page")]
    html = parse_file(CORPUS.parent / "html" / "moderngov_meeting.html")
    assert meetings_of(html) == [("Example Community Safety Partnership", dt.date(2024, 7, 4), "10:00", "Online", "meeting_page")]


def test_report_to_line_gives_the_meeting_and_merges_with_the_agenda():
    doc = document(
        "AGENDA\nHEALTH AND WELLBEING BOARD\nWednesday, 2nd April, 2025, at 2pm\nA1 Welcome\nA2 Update (Pages 1 - 4)\n",
        "This page is intentionally left blank\n",
        "By: Dr Ann Lee - Director of Public Health\nTo: Health and Wellbeing Board – 2 April 2025\nSubject: Health Update\n",
    )
    assert meetings_of(doc) == [("Health and Wellbeing Board", dt.date(2025, 4, 2), "14:00", None, "agenda_header")]


@pytest.mark.parametrize(
    "printed, body",
    [
        ("KENT COMMUNITY SAFETY PARTNERSHIP", "Kent Community Safety Partnership"),
        ("Kent Community Safety Partnership (KCSP)", "Kent Community Safety Partnership"),
        ("the POLICE AND CRIME PANEL", "Police and Crime Panel"),
        ("HEALTH OVERVIEW AND SCRUTINY COMMITTEE (HOSC)", "Health Overview and Scrutiny Committee"),
        ("SUB-COMMITTEE", "Sub-Committee"),
    ],
)
def test_body_normalisation(printed, body):
    assert normalise_body(printed) == body


def test_future_meetings_leave_out_other_groups_and_past_dates():
    doc = document(
        """
        Dates of Future Meetings
        The Board is asked to note the dates:
         - Thursday 23 July 2026 at 10am,
         - Working Group workshop 1 September 2026
         - Thursday 19 November 2026 at 2.30pm
         - 2 February 2026
        5. Any Other Business
        """
    )
    found = extract_future_meetings(doc, 0, len(doc.text), reference=dt.date(2026, 3, 31))
    assert [(f.date, f.time) for f in found] == [(dt.date(2026, 7, 23), "10:00"), (dt.date(2026, 11, 19), "14:30")]


def test_date_of_next_meeting_inline_in_minutes():
    doc = document("12. Date of Next Meeting: Tuesday 14 October 2025 at 7pm\n")
    [found] = extract_future_meetings(doc, 0, len(doc.text), reference=dt.date(2025, 7, 1))
    assert (found.date, found.time) == (dt.date(2025, 10, 14), "19:00")


def test_a_resolution_noting_the_dates_is_not_a_list():
    doc = document("RESOLVED that the Board note the dates of future meetings.\n166. Next item 2 May 2026\n")
    assert extract_future_meetings(doc, 0, len(doc.text), reference=None) == []


KCSP = "Kent Community Safety Partnership"
EXPECTED = {
    "000_3640f8d8de4eb426": [(KCSP, dt.date(2025, 11, 20), None, None)],
    "001_fd20779843a3d887": [(KCSP, dt.date(2024, 7, 4), None, None)],
    "002_be77506d490d4968": [(KCSP, dt.date(2022, 11, 17), None, None)],
    "004_45c56f7fc4c775e0": [(KCSP, dt.date(2026, 3, 31), "10:00", "Online"), (KCSP, dt.date(2025, 11, 20), "10:00", "Online")],
}


@pytest.mark.parametrize("stem", SAMPLE_STEMS)
@pytest.mark.parametrize("suffix", [".txt", ".pdf"])
def test_sample_meetings(stem, suffix):
    doc = parse_file((CORPUS if suffix == ".txt" else SAMPLES) / f"{stem}{suffix}")
    assert [m[:4] for m in meetings_of(doc)] == EXPECTED[stem]


@pytest.mark.shared
def test_third_party_meeting_page():
    doc = parse_file(shared_path("corpus", f"{THIRD_PARTY_STEM}.txt"))
    assert meetings_of(doc) == [(KCSP, dt.date(2025, 7, 23), "10:00", None, "meeting_page")]


@pytest.mark.parametrize("path", [CORPUS / "004_45c56f7fc4c775e0.txt", SAMPLES / "004_45c56f7fc4c775e0.pdf"])
def test_pack_future_meetings(path):
    doc = parse_file(path)
    found = extract_future_meetings(doc, 0, len(doc.text), reference=dt.date(2026, 3, 31))
    assert [f.date for f in found] == [dt.date(2026, 7, 23), dt.date(2026, 11, 19), dt.date(2027, 3, 24), dt.date(2027, 7, 8)]


def test_summons_on_the_front_sheet_before_the_agenda_heading():
    doc = document(
        """
        To: All Members of the Planning Committee
        You are hereby summoned to attend a meeting of the Planning Committee to be held on Tuesday 4th Feb 2025 at 7.30pm in the Council Chamber, Eastvale House.
        AGENDA
        1. Apologies for Absence
        2. Minutes of the meeting held on 14 January 2025 (Pages 1 - 6)
        Issued on Monday 27 January 2025
        """
    )
    assert meetings_of(doc) == [
        ("Planning Committee", dt.date(2025, 2, 4), "19:30", "Council Chamber, Eastvale House", "agenda_header")
    ]


def test_front_sheet_body_naming_a_committee_over_a_date_and_time_line():
    doc = document(
        """
        Westmoor County Council
        Notice of Meeting
        Adults and Health Select Committee
        Date & time: Wednesday, 12 March 2025 at 10.00 am
        Place: Council Chamber, Woodhatch House
        AGENDA
        1 APOLOGIES
        2 MINUTES OF THE PREVIOUS MEETING (Pages 5 - 12)
        """
    )
    assert meetings_of(doc) == [
        ("Adults and Health Select Committee", dt.date(2025, 3, 12), "10:00", "Council Chamber, Woodhatch House", "agenda_header")
    ]


def test_labelled_minutes_and_meeting_page_details():
    minutes = document("Licensing Committee\n\nMinutes\n\nDate: 04/02/2025\nTime: 19:00\nVenue: Committee Room 2\n")
    assert meetings_of(minutes) == [
        ("Licensing Committee", dt.date(2025, 2, 4), "19:00", "Committee Room 2", "minutes_heading")
    ]
    page = document("Overview and Scrutiny Committee: 18 March 2025\nDate:\nTuesday 18 March 2025\nTime:\n6pm\nLocation:\nTown Hall\n")
    assert meetings_of(page) == [
        ("Overview and Scrutiny Committee", dt.date(2025, 3, 18), "18:00", "Town Hall", "meeting_page")
    ]


def test_minutes_of_the_meeting_held_takes_the_body_above_and_the_venue_after_the_time():
    doc = document(
        """
        NORTHSHIRE POLICE AND CRIME PANEL

        Minutes of the meeting held on Thursday 6 February 2025 at 10:30 in Committee Room 1, Shire Hall

        Members present:
        Councillor Ann Hargreaves (Chair)
        """
    )
    assert meetings_of(doc) == [
        ("Northshire Police and Crime Panel", dt.date(2025, 2, 6), "10:30", "Committee Room 1, Shire Hall", "minutes_heading")
    ]


def test_next_meeting_of_its_own_kind_of_body_is_kept():
    doc = document("3. Date of next meeting\nThe next meeting of the Panel will be held on Thursday 10 April 2025.\n")
    dates = [f.date for f in extract_future_meetings(doc, 0, len(doc.text), dt.date(2025, 2, 6), "Police and Crime Panel")]
    assert dates == [dt.date(2025, 4, 10)]
    assert extract_future_meetings(doc, 0, len(doc.text), dt.date(2025, 2, 6), "Cabinet") == []


def test_numbered_parish_next_meeting_heading():
    doc = document("25/036 Date of next meeting\nMonday 14th April 2025 at 7.30pm in the Village Hall.\n")
    assert [f.date for f in extract_future_meetings(doc, 0, len(doc.text), dt.date(2025, 3, 10))] == [dt.date(2025, 4, 14)]


def test_to_be_held_remotely_as_a_venue_is_online():
    from extractors.proceedings.meeting_details import printed_venue

    assert printed_venue("To be held remotely") == "Online"


def test_linked_earlier_minutes_item_on_meeting_page_is_not_a_meeting():
    doc = document(
        """
        Agenda and draft minutes

        Westmarsh Joint Authority - Friday, 16th July, 2021 11.00 am

        Venue: Council Chamber, Westmarsh House

        Items
        No. Item

        4.

        Apologies for Absence

        Minutes:

        Apologies were received from Councillor A Example.

        5.

        Minutes of the meeting of the WM Joint Authority held on 28 May 2021 pdf icon PDF 210 KB

        Minutes:

        RESOLVED – The minutes of the meeting held on 28 May 2021 were agreed as a correct record.
        """
    )
    assert [(m.body, m.date) for m in extract_meetings(doc, split_papers(doc), extract_report_headers(doc))] == [
        ("Westmarsh Joint Authority", dt.date(2021, 7, 16))
    ]


def test_agenda_front_page_body_line_drops_the_paper_word_and_reads_a_time_line():
    doc = document(
        """
        Westvale Borough Council
        Housing Committee Agenda
        Date: Monday 12 October 2026
        Time: 6.00 pm
        Venue: The Guildhall, Westvale
        Agenda
        1. Apologies for absence
        2. Declarations of interest
        """
    )
    [(body, date, time, location, _)] = meetings_of(doc)
    assert (body, date, time, location) == ("Housing Committee", dt.date(2026, 10, 12), "18:00", "The Guildhall, Westvale")


def test_body_ending_in_a_paper_word_is_trimmed():
    assert normalise_body("Licensing Sub-Committee Minutes") == "Licensing Sub-Committee"
    assert normalise_body("Agenda") == "Agenda"
