import pytest

from conftest import CORPUS, SAMPLES, SAMPLE_STEMS
from extractors.proceedings.meeting_bodies import names_people
from extractors.proceedings.split import find_meeting_titles, find_minutes_headings, split_papers
from pipeline.read import parse_file
from structure_helpers import document

PACK = "004_45c56f7fc4c775e0"


def shape(papers):
    return [(p.kind, p.agenda_item, p.first_page, p.last_page) for p in papers]


def test_a_single_report_is_one_paper():
    [paper] = split_papers(document("Title: Parking Review\nAuthor: Jo Bloggs - Head of Parking\nTo: Cabinet\n\nText.\n"))
    assert (paper.kind, paper.title, paper.start) == ("report", "Parking Review", 0)


def test_a_page_that_is_nothing_known_is_one_other_paper():
    assert shape(split_papers(document("Some notes\nwith no house style.\n"))) == [("other", None, None, None)]


def test_pack_split_by_printed_page_numbers_and_headers():
    doc = document(
        "AGENDA\nCABINET\nWednesday, 5th March, 2025, at 2.00 pm\n1. Apologies\n2. Minutes (Pages 1 - 2)\n5 Budget Report (Pages 3 - 5)\n",
        "MINUTES of a meeting of the Cabinet held at County Hall on Wednesday 5th February 2025 at 2.00 pm.\nPRESENT: Cllr A Khan\nPage 1",
        "More minutes.\nPage 2",
        "Title: Budget Report\nAuthor: Jo Bloggs - Head of Finance\nTo: Cabinet - 5 March 2025\nText\nPage 3",
        "Appendix A: Budget Tables\nTable\nPage 4",
        "This page is intentionally left blank\nPage 5",
        printed=[None, 1, 2, 3, 4, 5],
    )
    papers = split_papers(doc)
    assert shape(papers) == [
        ("agenda", None, None, None),
        ("minutes", "2", 1, 2),
        ("report", "5", 3, 3),
        ("appendix", "5", 4, 4),
    ]
    assert papers[3].title == "Appendix A: Budget Tables"
    assert doc.text[papers[1].provenance.start :].startswith("MINUTES of a meeting")


def test_pack_without_page_numbers_links_papers_in_agenda_order():
    doc = document(
        """
        AGENDA
        THE EXECUTIVE
        Item 3 Notes of the last meeting (Pages 1 - 4)
        Item 4 Libraries Strategy (Pages 5 - 20)
        This page is intentionally left blank
        EXAMPLE COUNCIL
        THE EXECUTIVE
        NOTES of a meeting of the Executive held online on 1 May 2025, 10am.
        Minutes text.
        This page is intentionally left blank
        By: Jo Bloggs - Head of Libraries
        To: The Executive - 5 June 2025
        Subject: Libraries Strategy
        Report text.
        This page is intentionally left blank
        Appendix 1 - Consultation results
        """
    )
    papers = split_papers(doc)
    assert [(p.kind, p.agenda_item, p.title) for p in papers][1:] == [
        ("minutes", "3", "NOTES of a meeting of the Executive held online on 1 May 2025, 10am."),
        ("report", "4", "Libraries Strategy"),
        ("appendix", "4", "Appendix 1 - Consultation results"),
    ]
    assert doc.text[papers[1].start :].startswith("EXAMPLE COUNCIL")


@pytest.mark.parametrize("stem", SAMPLE_STEMS[:3])
@pytest.mark.parametrize("suffix", [".txt", ".pdf"])
def test_single_reports(stem, suffix):
    papers = split_papers(parse_file((CORPUS if suffix == ".txt" else SAMPLES) / f"{stem}{suffix}"))
    assert [(p.kind, p.title) for p in papers] == [("report", "Kent Community Safety Partnership Working Group Update")]


@pytest.mark.parametrize("suffix", [".txt", ".pdf"])
def test_pack(suffix):
    papers = split_papers(parse_file((CORPUS if suffix == ".txt" else SAMPLES) / f"{PACK}{suffix}"))
    assert [(p.kind, p.agenda_item) for p in papers if p.kind != "appendix"] == [
        ("agenda", None), ("minutes", "A4"), ("report", "B1"), ("report", "B2"), ("report", "B3"), ("report", "B4"),
    ]
    appendices = [p for p in papers if p.kind == "appendix"]
    assert len(appendices) >= 2 and {p.agenda_item for p in appendices} == {"B1"}
    assert appendices[1].title == "Appendix B: Horizon Scanning Summary"
    if suffix == ".pdf":
        assert [(p.first_page, p.last_page) for p in papers][1:3] == [(1, 7), (9, 13)]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("MAIDSHIRE BOROUGH COUNCIL\n\nMINUTES OF THE CABINET MEETING HELD ON WEDNESDAY 5 MARCH 2025\n", "CABINET"),
        ("Minutes of the Parish Council Meeting held on Monday 10th March 2025 at 7.30pm\n", "Parish Council"),
        ("NORTHSHIRE POLICE AND CRIME PANEL\n\nMinutes of the meeting held on Thursday 6 February 2025\n",
         "NORTHSHIRE POLICE AND CRIME PANEL"),
        ("Southdale Borough Council\n\nLicensing Committee\n\nMinutes\n\nDate: 04/02/2025\nTime: 19:00\n", "Licensing Committee"),
    ],
)
def test_minutes_heading_house_styles(text, body):
    [heading] = find_minutes_headings(text)
    assert heading.body == body
    assert split_papers(document(text))[0].kind == "minutes"


@pytest.mark.parametrize(
    "text",
    [
        "The minutes of the meeting held on 7 January 2025 were approved as a correct record.\n",
        "4. Minutes of the meeting held on 14 January 2025 (Pages 1 - 6)\n",
        "- Minutes of the meeting held on 11 February 2025\n",
        "Items\nMinutes of the meeting held on 7 January 2025\n",
        "Minutes\nThe Clerk read the minutes.\n",
    ],
)
def test_minutes_mentioned_in_text_or_items_are_not_headings(text):
    assert find_minutes_headings(text) == []


def test_meeting_title_must_name_a_body():
    text = "Issued on Monday 27 January 2025\nThe next meeting of the Committee will be held on 4 June 2025\n"
    assert find_meeting_titles(text) == []
    [title] = find_meeting_titles("Overview and Scrutiny Committee: 18 March 2025\n")
    assert title["body"] == "Overview and Scrutiny Committee"


def test_a_plural_possessive_before_meeting_names_people_not_the_body():
    """'Minute(s) of Trustees’ Meeting held on': the trustees met; the body, if any, is the line above (session 28)."""
    assert find_minutes_headings("Minute of Trustees’ Meeting held on Thursday 11 May 2017\n\nPresent: A. Lowe\n") == []
    [heading] = find_minutes_headings("EASTBY VILLAGE HALL\n\nMinutes of Trustees’ Meeting held on Thursday 11 May 2017\n")
    assert heading.body == "EASTBY VILLAGE HALL"
    assert not names_people("‘Eastby Partners’") and not names_people("Eastby Partners") and names_people("Members'")
