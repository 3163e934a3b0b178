"""Agenda items, round 26 (in our own words): a calendar of meetings (names over date lines) is never an agenda;
a list numbered again from 1 under each section heading takes the meeting's item numbers from its papers' labels
('Agenda Item 7'); a document viewer's 'Page 1:' line heads no minute, so a lone 'C/12/2019' minute heading counts."""

from extractors.proceedings.structure import _date_line, extract_structure, to_contract
from structure_helpers import document


def _items(text: str) -> list[tuple[str, str]]:
    return [(item.number or "", item.title) for item in to_contract(extract_structure(document(text)))["agenda_items"]]


# Class 1: a list of meetings read as unnumbered rows.

_CALENDAR = (
    "Town Meetings\n\nMeetings diary. Dates may move.\n\n"
    "Parks Committee Meeting\n\nWed, 08 Sep 2021 18:00\n\nThe committee looks after the green spaces.\n\n"
    "Venue:\nRiver Room\nAgenda:\nAgenda Parks 2021 09 08 (PDF, 1 Mb)\nMinutes:\nMinutes Parks 2021 09 08 (PDF, 40 Kb)\n\n"
    "Finance Committee Meeting\n\nThu, 16 Sep 2021 19:00\n\nThe committee sets the budget.\n\n"
    "Venue:\nRiver Room\nMinutes:\nMinutes Finance 2021 09 16 (PDF, 50 Kb)\n\n"
    "Full Council Meeting\n\nMon, 27 Sep 2021 19:30\n\nThe council meets six times a year.\n"
)


def test_a_calendar_of_meetings_with_their_date_lines_is_no_agenda():
    assert _items(_CALENDAR) == []


def test_weekday_first_date_lines_under_meeting_names_are_no_agenda():
    text = _CALENDAR.replace("Wed, 08 Sep 2021 18:00", "Wednesday 8 September 2021 at 6pm").replace(
        "Thu, 16 Sep 2021 19:00", "Thursday 16th September 2021 at 7.00pm"
    )
    assert _items(text) == []


def test_date_line_probes():
    assert _date_line("Mon, 13 Sep 2021 19:30")
    assert _date_line("Friday 11 November 2016")
    assert _date_line("Tuesday 5th October 2021 at 7.30pm")
    assert not _date_line("Minutes of the meeting held on 3 June 2021")
    assert not _date_line("Budget 2021/22")
    assert not _date_line("Apologies for absence")


def test_an_agenda_keeps_its_items_when_one_row_is_a_stray_date_line():
    text = (
        "Agenda\n\nAgenda\nUpdate Sheet\n\n  1. Apologies for absence\n  2. Minutes of the meeting held on 3 June 2021\n"
        "  3. Play area repairs\n  4. Date of next meeting\n  5. Tuesday 12 October 2021\n"
    )
    found = _items(text)
    assert ("2", "Minutes of the meeting held on 3 June 2021") in found
    assert not any(title.startswith("Tuesday") for _, title in found)


# Class 2: a list numbered again from 1 under each section heading, with its papers labelled 'Agenda Item N'.

_SECTIONED = (
    "Planning Committee 9 May 2019\n\nAgenda\n\n"
    "  1. Apologies for absence\n  2. Declaration of interests\n  3. Minutes of previous meeting held on 4 April 2019\n"
    "    Agenda Item 3\n  4. Urgent matters\n\nApplications\n\n"
    "  1. Hillford Council – Application No: HF/19/0042/FUL\n    Old Dairy, Mill Lane, Hillford\n    Agenda Item 5\n"
    "    Agenda Item 5 – Presentation\n"
    "  2. Park Authority – Consent: PA/19/0107\n    Lower Quarry, Stone Lane\n    Agenda Item 6\n"
    "    Agenda Item 6 – Appendix 1\n    Agenda Item 6 – Appendix 2\n\nPolicy\n\n"
    "  1. Design Guide Review\n    Agenda Item 7\n  2. Village Plans Progress\n"
)


def test_sectioned_items_take_the_numbers_of_their_papers_labels():
    assert _items(_SECTIONED) == [
        ("1", "Apologies for absence"),
        ("2", "Declaration of interests"),
        ("3", "Minutes of previous meeting held on 4 April 2019"),
        ("4", "Urgent matters"),
        ("5", "Hillford Council – Application No: HF/19/0042/FUL"),
        ("6", "Park Authority – Consent: PA/19/0107"),
        ("7", "Design Guide Review"),
        ("", "Village Plans Progress"),
    ]


def test_a_papers_label_line_is_no_item():
    assert not any(title in ("Presentation", "Appendix 1", "Appendix 2") for _, title in _items(_SECTIONED))


def test_sections_numbered_again_without_labels_keep_their_printed_numbers():
    text = "\n".join(line for line in _SECTIONED.splitlines() if "Agenda Item" not in line) + "\n"
    numbers = [number for number, _ in _items(text)]
    assert numbers[:4] == ["1", "2", "3", "4"] and "5" not in numbers


def test_labels_disagreeing_with_the_printed_numbers_change_nothing():
    text = _SECTIONED.replace("    Agenda Item 3\n", "    Agenda Item 9\n")
    assert ("5", "Hillford Council – Application No: HF/19/0042/FUL") not in _items(text)


# Class 3: a document viewer's 'Page 1:' line above minutes headed 'C/12/2019 TITLE'.


def test_a_viewer_page_line_heads_no_minute_and_the_lone_minute_reference_counts():
    text = (
        "Preview\n\nPage 1: MINUTES - Web view of the council meeting held in the Civic Hall ...\n\n"
        "Minutes of the Meeting of the Council held on Monday 4 March 2019 at 6.00 pm in the Civic Hall\n\n"
        "In the Chair: Councillor A Penrose\n\nIn attendance: Councillor B Quill Councillor C Rowan\n\n"
        "C/12/2019 APOLOGIES AND CHAIRPERSON'S REMARKS\n\nApologies were received from Councillor D Seed.\n"
    )
    assert _items(text) == [("C/12/2019", "APOLOGIES AND CHAIRPERSON'S REMARKS")]


def test_a_page_line_alone_is_no_minute_heading():
    text = (
        "Minutes of the Meeting of the Council held on Monday 4 March 2019\n\nPresent: Councillor A Penrose\n\n"
        "Page 2 CONTINUED\n\nThe Chair thanked members for attending.\n"
    )
    assert _items(text) == []
