from conftest import CORPUS, SAMPLES

from extractors.proceedings.agenda import extract_agenda_items, find_items
from extractors.proceedings.split import find_agenda
from pipeline.read import parse_file
from structure_helpers import document

PACK = "004_45c56f7fc4c775e0"


def items_of(doc):
    start, end = find_agenda(doc.text)
    return [(i.number, i.title, i.pages, i.access) for i in extract_agenda_items(doc, start, end)]


def test_numbered_items_with_dots_and_single_pages():
    doc = document(
        """
        Cabinet
        AGENDA
        1. Apologies for Absence
        2. Declarations of Interest
        3. Minutes of the meeting held on 5 February 2025 (Page 3)
        4. Revenue Budget Monitoring Report (Pages 5 - 12)
        """
    )
    assert items_of(doc) == [
        ("1", "Apologies for Absence", [], "unrestricted"),
        ("2", "Declarations of Interest", [], "unrestricted"),
        ("3", "Minutes of the meeting held on 5 February 2025", [3, 3], "unrestricted"),
        ("4", "Revenue Budget Monitoring Report", [5, 12], "unrestricted"),
    ]


def test_item_prefix_wrapped_titles_and_exempt_part_two():
    doc = document(
        """
        AGENDA
        Item 7 Highways Maintenance Programme 2025/26 and
        Capital Works (Pages 13 - 40)
        Item 8 Exclusion of the Press and Public
        Item 9 Contract Award for Waste Services (Pages 41 - 50)
        """
    )
    assert items_of(doc) == [
        ("7", "Highways Maintenance Programme 2025/26 and Capital Works", [13, 40], "unrestricted"),
        ("8", "Exclusion of the Press and Public", [], "unrestricted"),
        ("9", "Contract Award for Waste Services", [41, 50], "restricted"),
    ]


def test_lettered_sections_exempt_heading_and_dates_under_an_item():
    doc = document(
        """
        AGENDA
        UNRESTRICTED ITEMS
        A. Formalities
        - A1 Chairman's Announcements
        - 5 Questions from the Public (Pages 1 - 2)
        - C1 Dates of Future Meetings
         - Monday 1 June 2026 at 2pm
         - 23 July 2026
        EXEMPT ITEMS
        - E1 Property Acquisition (Pages 3 - 9)
        """
    )
    assert items_of(doc) == [
        ("A1", "Chairman's Announcements", [], "unrestricted"),
        ("5", "Questions from the Public", [1, 2], "unrestricted"),
        ("C1", "Dates of Future Meetings", [], "unrestricted"),
        ("E1", "Property Acquisition", [3, 9], "restricted"),
    ]


def test_meeting_page_agenda_table():
    doc = parse_file(CORPUS.parent / "html" / "moderngov_meeting.html")
    assert [(i.number, i.title, i.pages) for i in extract_agenda_items(doc, 0, len(doc.text))] == [
        ("A1", "Apologies and Substitutes", []),
        ("B2", "Working Group Update", []),
    ]


def test_numbered_paragraphs_are_not_items_without_an_agenda():
    assert find_agenda(document("1.1 The Crime and Disorder Act 1998\n2.1 The funding allocation\n").text) is None


def test_pack_agenda_from_text_and_pdf():
    expected = [
        ("A1", "Introduction", [], "unrestricted"),
        ("A2", "Apologies and Substitutes", [], "unrestricted"),
        ("A3", "Declarations of Interest", [], "unrestricted"),
        ("A4", "Notes of the meeting held on 20 November 2025", [1, 8], "unrestricted"),
        ("B1", "Kent Community Safety Agreement Review and Refresh Update", [9, 28], "unrestricted"),
        ("B2", "Kent Community Safety Partnership Working Group Update", [29, 34], "unrestricted"),
        ("B3", "Kent and Medway Serious Violence Duty Update", [35, 38], "unrestricted"),
        ("B4", "Refreshed Police and Crime Plan 2025-2029 Update", [39, 62], "unrestricted"),
        ("C1", "Dates of Future Meetings", [], "unrestricted"),
        ("D1", "Kent and Medway Domestic Abuse Related Death Reviews Update", [], "restricted"),
        ("D2", "Counter Terrorism Contest Strategy (Prevent, Protect, Prepare) Update", [], "restricted"),
    ]
    for path in (CORPUS / f"{PACK}.txt", SAMPLES / f"{PACK}.pdf"):
        doc = parse_file(path)
        assert items_of(doc) == expected, path
        first = extract_agenda_items(doc, *find_agenda(doc.text))[3]
        assert doc.text[first.provenance.start : first.provenance.end].endswith("(Pages 1 - 8)")


def test_find_items_ignores_date_lines():
    assert find_items("23 July 2026 at 10am\n5 March 2025\n") == []


def test_page_number_column_without_brackets():
    doc = document(
        """
        AGENDA
                                                        Page No.
        1.   Apologies for Absence
        4.   Minutes of the meeting held on 14 January 2025    1 - 6
        8.   Appeal Decisions                                  59 - 62
        9.   Late Items                                        63
        """
    )
    assert [(i.number, i.title, i.pages) for i in find_items(doc.text)] == [
        ("1", "Apologies for Absence", []),
        ("4", "Minutes of the meeting held on 14 January 2025", [1, 6]),
        ("8", "Appeal Decisions", [59, 62]),
        ("9", "Late Items", [63, 63]),
    ]


def test_trailing_numbers_are_not_pages_without_a_page_column():
    assert [i.pages for i in find_items("AGENDA\n1. Revenue Budget 2025 - 26\n2. Item two 3 - 4\n")] == [[], []]


def test_planning_application_reference_opens_a_title():
    [item] = find_items("6.   24/501234/FULL Land at Mill Road, Eastvale\n")
    assert (item.number, item.title) == ("6", "24/501234/FULL Land at Mill Road, Eastvale")


def test_meeting_page_cell_is_cut_at_its_size_and_minutes_label():
    text = (
        "No. | Item\n"
        "79. | Minutes of the meeting held on 7 January 2025 PDF 210 KB Minutes: The minutes were agreed.\n"
        "80. | Revenue Budget pdf icon PDF 1 MB Report of the Chief Finance Officer. Minutes: " + "Long text. " * 30 + "\n"
    )
    assert [(i.number, i.title) for i in find_items(text)] == [
        ("79", "Minutes of the meeting held on 7 January 2025"),
        ("80", "Revenue Budget"),
    ]


def test_agenda_line_numbered_with_a_letter_and_slashed_number():
    from extractors.proceedings.agenda import find_items

    text = "AGENDA\nC 10/041 Apologies for Absence\nC 10/042 Town Centre Parking Review (Pages 3 - 9)\n"
    assert [(i.number, i.title, i.pages) for i in find_items(text)] == [
        ("C 10/041", "Apologies for Absence", []),
        ("C 10/042", "Town Centre Parking Review", [3, 9]),
    ]


def test_sub_item_number_alone_on_its_line_under_its_item():
    from extractors.proceedings.agenda import find_items

    text = "Agenda and minutes\n\nItems\nNo. Item\n\n3.\n\nMinutes\n\nMinutes:\n\n3a\n\nTo agree the minutes of 2 May. pdf icon PDF 90 KB\n\n4.\n\nBudget\n"
    assert [(i.number, i.title) for i in find_items(text)] == [
        ("3", "Minutes"), ("3a", "To agree the minutes of 2 May"), ("4", "Budget"),
    ]


def test_roman_and_lettered_agenda_numbers_in_a_run_are_items():
    from extractors.proceedings.agenda import find_items

    text = "AGENDA\nI Apologies\nII Declarations of Interest\nIII Play Park Survey\n(a) North Green\n(b) South Green\n"
    assert [(i.number, i.title) for i in find_items(text)] == [
        ("I", "Apologies"), ("II", "Declarations of Interest"), ("III", "Play Park Survey"),
        ("(a)", "North Green"), ("(b)", "South Green"),
    ]


def test_a_lone_initial_or_letter_is_not_an_item():
    from extractors.proceedings.agenda import find_items

    text = "AGENDA\n1. Apologies\n2. Membership\nI Brown\n(c) Reserve Member\n3. Minutes\n"
    assert [(i.number, i.title) for i in find_items(text)] == [("1", "Apologies"), ("2", "Membership"), ("3", "Minutes")]


def test_lettered_resolutions_are_not_items():
    from extractors.proceedings.agenda import find_items

    text = "AGENDA\n1. Apologies\n2. Library Hours\n(a) That the hours be extended\n(b) That a review follow\n3. Minutes\n"
    assert [(i.number, i.title) for i in find_items(text)] == [("1", "Apologies"), ("2", "Library Hours"), ("3", "Minutes")]
