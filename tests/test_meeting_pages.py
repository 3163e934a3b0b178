"""Meeting pages as published by ModernGov and CMIS, as HTML and as plain text (our own words)."""

from pathlib import Path

from extractors.proceedings.agenda import find_items
from extractors.facts import extract_facts
from pipeline.read import parse_file
from structure_helpers import document


def facts_of(text: str, name: str = "page.txt") -> dict:
    return extract_facts(document(text, name=name)).model_dump(mode="json")


def items_of(text: str) -> list[tuple[str, str]]:
    return [(item["number"], item["title"]) for item in facts_of(text)["agenda_items"]]


def html_facts(tmp_path: Path, body: str) -> dict:
    path = tmp_path / "page.html"
    path.write_text(f"<html><body><div id='modgov'>{body}</div></body></html>", encoding="utf-8")
    return extract_facts(parse_file(path)).model_dump(mode="json")


def test_item_number_alone_on_its_line_with_the_title_below():
    text = """
        Agenda and minutes

        Items
        No. Item

        4.

        Welcome and Introductions pdf icon PDF 120 KB

        Minutes:

        The Chair welcomed everyone.

        5.

        Minutes

        Additional documents:
        """
    assert items_of(text) == [("4", "Welcome and Introductions"), ("5", "Minutes")]


def test_numbered_paragraphs_inside_minutes_are_not_items():
    text = """
        Items
        No. Item

        9.

        Declarations of Interest

        Minutes:

        1.    Councillor Amy Frost declared an interest in item 11.

        2.    Councillor Ned Lowe declared an interest in item 12.
        """
    assert items_of(text) == [("9", "Declarations of Interest")]


def test_minute_number_list_of_private_reports_is_not_items():
    text = """
        Items
        No. Item

        3.

        Exclusion of Press and Public

        Minutes:

        Minute No.  Report title

          8  Sale of the Old Library

        4.

        Parks Strategy pdf icon PDF 90 KB
        """
    assert items_of(text) == [("3", "Exclusion of Press and Public"), ("4", "Parks Strategy")]


def test_slash_item_numbers_alone_on_their_lines():
    text = """
        Items
        No. Item

        21/24

        Apologies for Absence

        Decision:

        1.    That the apologies be noted.

        22/24

        Budget Monitoring pdf icon PDF 75 KB
        """
    assert items_of(text) == [("21/24", "Apologies for Absence"), ("22/24", "Budget Monitoring")]


def test_first_row_without_a_number_is_an_item():
    text = """
        Items
        No. Item

        Papers Before the Meeting

        A.         The agenda papers.

        B.         The questions received.

        Additional documents:

        12.

        Apologies (Agenda item 1)
        """
    assert items_of(text) == [("", "Papers Before the Meeting"), ("12", "Apologies (Agenda item 1)")]


def test_agenda_item_page_heading_gives_one_unnumbered_item():
    text = """
        Agenda item

        Apologies for Absence

        Minutes:

        1. Apologies were received from Councillor Ivy Marsh.
        """
    assert items_of(text) == [("", "Apologies for Absence")]


def test_a_sentence_under_the_agenda_item_heading_is_not_a_title():
    text = """
        Agenda item



        There were apologies for absence from Councillors Ivy Marsh and Omar Reid, and for lateness from Councillor Tom Bell.
        """
    assert items_of(text) == []


def test_agenda_item_heading_inside_a_pack_is_not_a_page_heading():
    text = "\n".join(["Borough Council", "Cabinet", "Tuesday 4 March 2025", "Venue: Town Hall", "Contact: Clerk", "Agenda item", "", "Budget Report", "", "1. The report sets out the budget."])
    assert ("", "Budget Report") not in [(i.number, i.title) for i in find_items(text)]


def test_issue_meeting_lines_give_the_items_and_the_meetings():
    text = """
        Issue - meetings

        Parking Policy

        Meeting: 11/03/2025 - Cabinet (Item 71)

        71 Parking Policy pdf icon PDF 140 KB

        (a)       To approve the policy

        Meeting: 25/02/2025 - Place Scrutiny Committee (Item 8:)

        Parking Policy - Pre-decision Scrutiny

        Decision:

        1. The Committee endorsed the policy.
        """
    facts = facts_of(text)
    assert [(i["number"], i["title"]) for i in facts["agenda_items"]] == [
        ("71", "Parking Policy"),
        ("8", "Parking Policy - Pre-decision Scrutiny"),
    ]
    assert [(m["body"], m["date"]) for m in facts["meetings"]] == [
        ("Cabinet", "2025-03-11"),
        ("Place Scrutiny Committee", "2025-02-25"),
    ]


def test_decided_at_meeting_line_gives_the_meeting():
    text = """
        Decision details

        Decision Maker: Executive

        (1)   Approved the plan.

        Date of decision: 18/03/2025

        Decided at meeting: 18/03/2025 - Executive
        """
    facts = facts_of(text)
    assert [(m["body"], m["date"]) for m in facts["meetings"]] == [("Executive", "2025-03-18")]
    assert facts["agenda_items"] == []


def test_moved_from_note_before_the_meeting_title_is_passed_over():
    text = """
        Agenda and minutes

        Moved from 3rd June 2025, Licensing Committee - Tuesday, 10th June, 2025 2.00 pm

        Venue: Room 2 - Guild House. View directions
        """
    meetings = facts_of(text)["meetings"]
    assert [(m["body"], m["date"], m["time"]) for m in meetings] == [("Licensing Committee", "2025-06-10", "14:00")]


def test_cmis_committee_and_date_time_labels_give_the_meeting():
    text = """
        Meeting Details
        Committee:
        Planning Sub-Committee A
        Date/Time:
        4 Feb 2025 - 10:30
        Venue:
        Room 7, Council House
        """
    meetings = facts_of(text)["meetings"]
    assert [(m["body"], m["date"], m["time"], m["location"]) for m in meetings] == [
        ("Planning Sub-Committee A", "2025-02-04", "10:30", "Room 7, Council House")
    ]


def test_html_item_row_title_is_read_from_the_dom(tmp_path: Path):
    row = (
        "<tr><td class='mgItemNumberCell'><p class='mgAiTitleTxt'>6.</p></td><td>"
        "<p class='mgAiTitleTxt'><a href='x.pdf'>Grants Programme <span class='mgFileSize'>PDF 90 KB</span></a></p>"
        "<div class='mgWordPara'><p>To consider applications.</p></div>"
        "<p class='mgSubItemTitleTxt'>Decision:</p><div class='mgWordPara'><ol><li>That the grant be approved.</li></ol></div>"
        "</td></tr>"
        "<tr><td class='mgItemNumberCell'></td><td><p class='mgAiTitleTxt'>Urgent Items</p>"
        "<p class='mgSubItemTitleTxt'>Minutes:</p><p>None.</p></td></tr>"
    )
    facts = html_facts(tmp_path, f"<table class='mgItemTable'><tr><th class='mgHide'>No.</th><th class='mgHide'>Item</th></tr>{row}</table>")
    assert [(i["number"], i["title"]) for i in facts["agenda_items"]] == [("6", "Grants Programme"), ("", "Urgent Items")]


def test_html_item_row_is_one_line_and_its_text_follows(tmp_path: Path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><body><div id='modgov'><table class='mgItemTable'><tr><th>No.</th><th>Item</th></tr>"
        "<tr><td>3.</td><td><p class='mgAiTitleTxt'>Minutes <span class='mgHide'>, item 3.</span></p>"
        "<p class='mgSubItemTitleTxt'>Minutes:</p><p>Agreed.</p></td></tr></table></div></body></html>",
        encoding="utf-8",
    )
    assert parse_file(path).text.splitlines() == ["No. | Item", "3. | Minutes", "Minutes:", "Agreed."]


def test_date_of_next_meeting_item_row_lists_the_date(tmp_path: Path):
    body = (
        "<h2 class='mgSubTitleTxt'>Health Board - Thursday, 5th June, 2025 2.00 pm</h2>"
        "<table class='mgItemTable'><tr><th>No.</th><th>Item</th></tr>"
        "<tr><td>1.</td><td><p class='mgAiTitleTxt'>Apologies</p></td></tr>"
        "<tr><td>2.</td><td><p class='mgAiTitleTxt'>Date of Next Meeting</p><p>Minutes:</p>"
        "<p>The next meeting of the Board will be held on Thursday 4 September 2025 at 2.00 pm.</p></td></tr></table>"
    )
    assert html_facts(tmp_path, body)["future_meetings"] == ["2025-09-04"]


def test_page_of_navigation_and_cookie_notice_yields_nothing(tmp_path: Path):
    body = (
        "<p>We use cookies to make this site work. Accept all cookies</p>"
        "<ul><li>Calendar</li><li>Committees</li><li>Councillors</li></ul>"
        "<h1>Browse meetings</h1><p>This page lists the meetings for Cabinet.</p>"
    )
    facts = html_facts(tmp_path, body)
    assert facts["meetings"] == facts["agenda_items"] == facts["attendees"] == facts["future_meetings"] == []


def test_agenda_item_heading_repeated_is_not_a_title():
    text = """
        Agenda item

        Agenda item

        To consider the work programme.
        """
    assert items_of(text) == []


def test_ruled_table_rows_are_titled_up_to_their_minutes_label():
    text = """
        Venue: Hall
        No. | Item | |||||
        ---|---|---|---|
        Apologies Minutes: Apologies were received from Councillor Reed. |
        ||||||
        Additional documents:
        Minutes: The actions were noted. |
        ||||||
        Play Areas Fund PDF 70 KB The report was introduced.
        ||||||
        Questions from the Public Any resident may ask a question.
        ||||||
        Replacement Bins The Executive Councillor introduced the report.
        """
    assert items_of(text) == [("", "Apologies"), ("", "Play Areas Fund"), ("", "Questions from the Public")]


def test_rows_parted_by_a_lone_pipe_are_titled_up_to_their_description():
    text = """
        Agenda, decisions and minutes
        No. | Item |
        ---|---|
        MATTERS ARISING To consider any matters arising. Additional documents: Minutes: None. |
        |
        Minutes of the Previous Meeting PDF 246 KB To approve the minutes of the previous meeting held on Monday 17 April 2023. |
        """
    facts = facts_of(text)
    assert [(i["number"], i["title"]) for i in facts["agenda_items"]] == [
        ("", "MATTERS ARISING"),
        ("", "Minutes of the Previous Meeting"),
    ]
    assert facts["meetings"] == []


def test_a_description_sentence_in_the_first_row_is_not_an_item_nor_are_the_numbered_options():
    text = """
        Agenda and minutes

        No. Item



        To receive apologies for absence.


        The meeting was inquorate. The options were:

        1.       Take the decisions under urgency powers.

        2.       Rearrange the meeting.
        """
    assert items_of(text) == []


def test_a_sentence_naming_a_committee_is_not_the_meeting_body():
    text = """
        Agenda and minutes
        Committee elected a Chair. Councillor Dunn proposed the nomination of
        To confirm the minutes of the meeting held on 12 March 2024. Minutes: Approved.
        Apologies for absence
        """
    assert facts_of(text)["meetings"] == []


def test_agenda_item_heading_over_a_meeting_line_takes_the_item_from_the_meeting_line():
    text = """
        Agenda item

        Meeting: 14/10/2024 - Communities Scrutiny Panel (Item 27)

        27 Review of Community Halls pdf icon PDF 410 KB

        Minutes:

        1.   Members asked about the booking system.
        """
    facts = facts_of(text)
    assert [(i["number"], i["title"]) for i in facts["agenda_items"]] == [("27", "Review of Community Halls")]
    assert [(m["body"], m["date"]) for m in facts["meetings"]] == [("Communities Scrutiny Panel", "2024-10-14")]


def test_issue_meeting_line_over_an_item_table_row(tmp_path: Path):
    body = (
        "<h1>Issue - meetings</h1><h2>Parking Policy</h2>"
        "<h2>Meeting: 11/03/2025 - Cabinet (Item 71)</h2>"
        "<table class='mgItemTable'><tr><th>No.</th><th>Item</th></tr>"
        "<tr><td>71.</td><td><p class='mgAiTitleTxt'>Parking Policy</p><p>Minutes:</p><ol><li>Approved.</li></ol></td></tr></table>"
    )
    facts = html_facts(tmp_path, body)
    assert [(i["number"], i["title"]) for i in facts["agenda_items"]] == [("71", "Parking Policy")]
    assert [(m["body"], m["date"]) for m in facts["meetings"]] == [("Cabinet", "2025-03-11")]


def test_plain_text_item_list_is_a_meeting_page_and_a_pipe_item_table_an_agenda():
    from extractors.proceedings.split import split_papers

    plain = document("Agenda and minutes\n\nItems\nNo. Item\n\n1.\n\nApologies\n\n2.\n\nMinutes\n")
    rows = document("Agenda and minutes\nNo. | Item\n1. | Apologies\n2. | Minutes\n")
    assert [p.kind for p in split_papers(plain)] == ["meeting_page"]
    assert [p.kind for p in split_papers(rows)] == ["agenda"]


def test_view_directions_link_text_is_not_part_of_the_venue():
    text = """
        Agenda and minutes

        Cabinet - Tuesday, 2nd October, 2018 2.00 pm

        Venue: Committee Room 3 - Council House. View directions
        """
    assert [m["location"] for m in facts_of(text)["meetings"]] == ["Committee Room 3 - Council House"]


def test_no_item_column_header_over_numbered_lines_of_a_printed_agenda_is_read_as_an_agenda():
    text = """
        AGENDA

        No. Item

        1. Apologies for Absence

        2. Minutes of the last meeting (Pages 1 - 4)

        3. Budget Monitoring Report (Pages 5 - 12)
        """
    assert [(i.number, i.title) for i in find_items(document(text).text)] == [
        ("1", "Apologies for Absence"),
        ("2", "Minutes of the last meeting"),
        ("3", "Budget Monitoring Report"),
    ]


def test_item_title_in_a_div_of_a_three_column_row(tmp_path: Path):
    body = (
        "<table class='mgItemTable'><tr><th>No.</th><th>Item</th><th>Pages</th></tr>"
        "<tr><td>4.</td><td><div class='mgAiTitleTxt'>Waste Strategy</div><p>Minutes:</p><ol><li>Noted.</li></ol></td><td>5 - 9</td></tr>"
        "<tr><td>5.</td><td><div class='mgAiTitleTxt'>Any Other Business</div></td><td></td></tr></table>"
    )
    assert [(i["number"], i["title"]) for i in html_facts(tmp_path, body)["agenda_items"]] == [
        ("4", "Waste Strategy"),
        ("5", "Any Other Business"),
    ]


def test_future_meeting_dates_under_items_of_a_plain_text_page():
    text = """
        Agenda and minutes

        Health Board - Thursday, 5th December, 2024 2.00 pm

        Items
        No. Item

        28.

        Date of Next Meeting

        Minutes:

        The next meeting of the Board will be held on Thursday 20 March 2025 at 2.00 pm.
        """
    assert facts_of(text)["future_meetings"] == ["2025-03-20"]


def test_paragraph_number_alone_on_its_line_inside_minutes_is_not_an_item():
    text = """
        Items
        No. Item

        62.

        Budget Consultation

        Minutes:

        1.

        The Committee noted the responses.

        63.

        Any Other Business
        """
    assert items_of(text) == [("62", "Budget Consultation"), ("63", "Any Other Business")]


def test_issue_meeting_line_over_minutes_only_takes_the_issue_title():
    text = """
        Issue - meetings

        Apologies for Absence

        Meeting: 09/11/2021 - Overview and Scrutiny Board (Item 31)



        Apologies for absence were received from Councillors Kay Ash and Paul Quenby, and Councillor Ben Ostrow attended as a substitute.
        """
    assert items_of(text) == [("31", "Apologies for Absence")]


def test_body_and_date_on_two_lines_under_an_agenda_and_minutes_heading():
    text = """
        Agenda and decisions

        Licensing Panel
        Thursday, 6th March, 2025 2.00 pm

        Venue: Room 4, Civic Offices

        Items
        No. Item

        1.

        Apologies

        2.

        Taxi Fares Review
        """
    meetings = facts_of(text)["meetings"]
    assert [(m["body"], m["date"], m["time"]) for m in meetings] == [("Licensing Panel", "2025-03-06", "14:00")]


def test_two_lines_without_a_page_heading_are_not_a_meeting_title():
    text = """
        Licensing Panel
        Thursday, 6th March, 2025 2.00 pm

        The panel heard three applications.
        """
    assert facts_of(text)["meetings"] == []


def test_lettered_item_numbers_alone_on_their_lines():
    text = """
        Agenda and minutes

        Items
        No. Item

        ABC/07/25

        Welcome pdf icon PDF 90 KB

        Minutes:

        The Chair welcomed everyone.

        ABC/08/25

        Road Safety Update

        Minutes:

        Noted.

        D 11/042

        Any Other Business
        """
    assert items_of(text) == [
        ("ABC/07/25", "Welcome"),
        ("ABC/08/25", "Road Safety Update"),
        ("D 11/042", "Any Other Business"),
    ]


def test_webcast_agenda_points_are_items_once_each():
    text = """
        Harbour Board - Monday 2 June 2025, 9:30am - Harbour Board Webcasting
        Speaking:
        Agenda item :
        Start of webcast
        Share this agenda point
        Agenda item :
        1 Apologies
        Share this agenda point
        -
        Cllr Ada Penn, Chair
        Agenda item :
        2 Dredging Contract
        Share this agenda point
        Agenda item :
        2 Dredging Contract
        Agenda item :
        3 Harbour Fees
        """
    assert items_of(text) == [("1", "Apologies"), ("2", "Dredging Contract"), ("3", "Harbour Fees")]


def test_issue_meeting_line_over_minutes_alone_without_an_issue_title_is_no_item():
    text = """
        Issue - meetings

        Meeting: 05/04/2023 - Council (Item 92)

        Apologies for absence were received from Councillors Ash, Birch, Cedar, Elm, Fir and Hazel.

        The Mayor welcomed the new Town Crier to the meeting.
        """
    assert items_of(text) == []


def test_row_with_its_number_in_a_cell_of_its_own():
    text = """
        Items
        | No. | Item |
        | 7. | Apologies for Absence |
        | 8. | Minutes of the Last Meeting PDF 90 KB |
        """
    assert items_of(text) == [("7", "Apologies for Absence"), ("8", "Minutes of the Last Meeting")]


def test_numbered_row_running_into_its_description_and_minutes():
    text = """
        No. | Item |
        ---|---|
        7. | Apologies for Absence To receive any apologies. Minutes: None. |
        |
        8. | Grants Review PDF 90 KB Minutes: Agreed. |
        """
    assert items_of(text) == [("7", "Apologies for Absence"), ("8", "Grants Review")]


def test_agenda_only_page_with_body_and_date_on_two_lines():
    text = """
        Agenda

        Standards Committee
        Monday, 3rd February, 2025 10.00 am

        Venue: Room 2, Town Hall

        Items
        No. Item

        1.

        Apologies for Absence pdf icon PDF 80 KB

        2.

        Code of Conduct Complaints pdf icon PDF 120 KB
        """
    meetings = facts_of(text)["meetings"]
    assert [(m["body"], m["date"], m["time"], m["location"]) for m in meetings] == [
        ("Standards Committee", "2025-02-03", "10:00", "Room 2, Town Hall")
    ]


def test_rows_without_numbers_are_the_title_case_lines_between_blank_lines():
    text = """
        Agenda and minutes

        No. Item


        Apologies for Absence


        Apologies were received from Councillor Ann Hale.


        Parking Charges Review pdf icon PDF 90 KB


        Members discussed the charges.


        AGREED


        Following the debate, Members noted:


        Tree Planting Programme


        The programme was noted.
        """
    assert items_of(text) == [("", "Apologies for Absence"), ("", "Parking Charges Review"), ("", "Tree Planting Programme")]


def test_a_name_alone_between_blank_lines_is_not_an_unnumbered_row():
    text = """
        Agenda and minutes

        No. Item


        Public Questions


        Councillor Ann Hale


        A question was asked about bus shelters.


        Bus Shelter Repairs


        Noted.
        """
    assert items_of(text) == [("", "Public Questions"), ("", "Bus Shelter Repairs")]
