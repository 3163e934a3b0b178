import datetime as dt

import pytest

from conftest import CORPUS, SAMPLES, SAMPLE_STEMS
from extractors.proceedings.report_header import addressee, extract_report_headers, parse_author
from pipeline.read import parse_file
from structure_helpers import document


def header_of(text):
    [header] = extract_report_headers(document(text))
    return header


def test_title_author_to_layout_with_rank_and_councillor():
    header = header_of(
        """
        Title: Adult Social Care Charging Policy
        Author: Councillor Jane Smith, Cabinet Member for Adult Social Care
        To: Health Overview and Scrutiny Committee (HOSC) - 12th June 2025
        Classification: Public
        The paper sets out the proposed changes to charging.
        """
    )
    assert header.title == "Adult Social Care Charging Policy"
    assert [(a.name, a.role, a.organisation) for a in header.authors] == [
        ("Jane Smith", "Cabinet Member for Adult Social Care", None)
    ]
    assert (header.to, header.meeting_date, header.classification) == (
        "Health Overview and Scrutiny Committee", dt.date(2025, 6, 12), "Public"
    )


def test_report_of_a_post_has_no_author_name_and_meeting_and_date_lines():
    header = header_of(
        """
        Report of: Corporate Director of Finance
        Meeting: Cabinet
        Date: Wednesday 5th March 2025
        Subject: Treasury Management Strategy
        2025/26
        """
    )
    assert [a.name for a in header.authors] == [None]
    assert header.authors[0].role == "Corporate Director of Finance"
    assert header.title == "Treasury Management Strategy 2025/26"
    assert (header.to, header.meeting_date) == ("Cabinet", dt.date(2025, 3, 5))


def test_several_authors_markdown_bold_and_wrapped_to_line():
    header = header_of(
        """
        **By:** Dr Amir Khan - Director of Public Health, Borough Council; Sarah O'Neill - Head of Housing
        **To:** Police and Crime Panel – 17<sup>th</sup> November
        2022
        **Classification:** For Decision
        **Subject:** Night-time Economy Review
        **Summary** This report sets out the review and
        its recommendations.
        1. Introduction
        """
    )
    assert [(a.name, a.role, a.organisation) for a in header.authors] == [
        ("Amir Khan", "Director of Public Health", "Borough Council"),
        ("Sarah O'Neill", "Head of Housing", None),
    ]
    assert (header.to, header.meeting_date) == ("Police and Crime Panel", dt.date(2022, 11, 17))
    assert header.summary == "This report sets out the review and its recommendations."


def test_an_unreadable_date_is_kept_as_printed_and_flagged_by_a_null_date():
    header = header_of("To: Cabinet – 25th February\nSubject: Budget\n")
    assert header.meeting_date is None
    assert header.meeting_date_text == "25th February"


def test_joint_authors_with_and():
    assert [parse_author(e).name for e in ["Jane Smith"]] == ["Jane Smith"]
    header = header_of("By: Jane Smith and Peter Jones\nTo: Cabinet\nSubject: Libraries Review\n")
    assert [a.name for a in header.authors] == ["Jane Smith", "Peter Jones"]


def test_addressee_strips_acronym_dash_and_date():
    assert addressee("Kent Community Safety Partnership (KCSP) – 4th July 2024") == (
        "Kent Community Safety Partnership", "4th July 2024"
    )


def test_prose_is_not_a_header():
    assert extract_report_headers(document("To date, 281 champions have been trained.\nSubject to approval.\n")) == []


EXPECTED = {
    "000_3640f8d8de4eb426": [("Kent Community Safety Partnership Working Group Update", ["Stephen Perez"], dt.date(2025, 11, 20), "For Information")],
    "001_fd20779843a3d887": [("Kent Community Safety Partnership Working Group Update", ["Mark Powell", "Shafick Peerbux"], dt.date(2024, 7, 4), "For Information")],
    "002_be77506d490d4968": [("Kent Community Safety Partnership Working Group Update", ["Shafick Peerbux"], dt.date(2022, 11, 17), "For Information")],
    "004_45c56f7fc4c775e0": [
        ("Kent Community Safety Agreement Update", ["Shafick Peerbux", "Shirley Brinson"], dt.date(2026, 3, 31), "For Decision"),
        ("Kent Community Safety Partnership Working Group Update", ["Stephen Perez"], dt.date(2026, 3, 31), "For Information"),
        ("Serious Violence Duty Update", ["Lizzie Jones"], dt.date(2026, 3, 31), "Unclassified"),
        ("Refreshed Police and Crime Plan 2025 – 2029", [], dt.date(2026, 3, 31), None),
    ],
}


@pytest.mark.parametrize("stem", SAMPLE_STEMS)
@pytest.mark.parametrize("suffix", [".txt", ".pdf"])
def test_sample_headers(stem, suffix):
    path = (CORPUS if suffix == ".txt" else SAMPLES) / f"{stem}{suffix}"
    headers = extract_report_headers(parse_file(path))
    got = [(h.title, [a.name for a in h.authors], h.meeting_date, h.classification) for h in headers]
    assert got == EXPECTED[stem]
    assert all(h.to == "Kent Community Safety Partnership" for h in headers)


def test_decision_record_date_is_not_a_meeting_date():
    header = header_of("Decision number: 045/2025\nTitle: Community Safety Grants\nDate: 14 March 2025\nClassification: Open\n")
    assert (header.title, header.to, header.meeting_date, header.meeting_date_text) == ("Community Safety Grants", None, None, None)
    addressed = header_of("To: Cabinet\nSubject: Highways Contract\nDecision no: 24/00105\nDate: 16 January 2025\n")
    assert addressed.meeting_date == dt.date(2025, 1, 16)


def test_decision_record_author_and_protective_marking_labels():
    from extractors.proceedings.report_header import find_header_blocks

    text = "Title: Community Safety Fund Applications\n\nAuthor and Job Role: A Sandhu, Grants Officer\n\nProtective Marking: OFFICIAL\n"
    [block] = find_header_blocks(text)
    assert (block.value("author"), block.value("classification")) == ("A Sandhu, Grants Officer", "OFFICIAL")


def test_title_and_reference_dash_label_marks_a_decision_record():
    header = header_of(
        """
        Title and Reference – ABC/D/004
        Subject: Rural Patrol Bikes
        Report of: Chief Executive
        Date: 02/05/2023
        Summary:
        Two electric bikes are bought for the rural team.
        """
    )
    assert (header.title, header.meeting_date) == ("Rural Patrol Bikes", None)


def test_page_of_several_decision_records_gives_one_report_each():
    from extractors.proceedings.report_header import paper_headers

    page = document(
        """
        Our decisions are published below.
        Title and Reference – ABC/D/010
        Subject: Appointment of two panel members
        Report of: Commissioner
        Date: 04/03/2024
        Summary:
        Two members were appointed from the rota.
        Recommendation:
        To note decision
        Title and Reference – ABC/D/011
        Subject: Renewal of the cadet grant
        Report of: Commissioner
        Date: 05/03/2024
        Summary:
        The cadet grant is renewed for a year.
        """
    )
    headers = paper_headers(page, 0, len(page.text))
    assert [(h.title, h.meeting_date) for h in headers] == [
        ("Appointment of two panel members", None),
        ("Renewal of the cadet grant", None),
    ]
