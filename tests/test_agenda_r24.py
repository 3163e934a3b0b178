"""Agenda items, round 24 (in our own words): a numbered list is a meeting's business only when a standard item
of business opens it (or its items carry their pages), whatever mark made the page look like an agenda or minutes;
minute headings glued to their number ('2.To consider ...'); a count above a minute book's run is no item."""

from pathlib import Path

from extractors.facts import extract_facts
from extractors.proceedings.structure import extract_structure, to_contract
from pipeline.read import parse_file
from structure_helpers import document


def _items(text: str) -> list[tuple[str, str]]:
    return [(item.number or "", item.title) for item in to_contract(extract_structure(document(text)))["agenda_items"]]


def _html_items(tmp_path: Path, body: str) -> list[tuple[str, str]]:
    path = tmp_path / "page.html"
    path.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    return [(item["number"], item["title"]) for item in extract_facts(parse_file(path)).model_dump(mode="json")["agenda_items"]]


_NAV = "<nav><ul><li><a href='/'>Home</a></li><li><a href='/agenda'>Agenda</a></li><li><a href='/minutes'>Minutes</a></li></ul></nav>"


# Class 1: numbered lists that are not a meeting's business, on pages carrying a weak agenda or minutes mark.


def test_news_points_under_a_minutes_link_are_no_items():
    text = "Home\nCouncil\nMinutes\nContact\n\nVillage news\n\nSpring update\n\n1. The new bench on the green is in.\n2. Grit bins were refilled in January.\n3. The play area passed its inspection.\n"
    assert _items(text) == []


def test_priorities_under_an_agenda_link_are_no_items():
    text = "Home\nAgenda\nNews\n\nOur aims for the year\n\n1. Safer lanes\n2. Tidier verges\n3. Brighter lamps\n4. More for teenagers\n"
    assert _items(text) == []


def test_fund_awards_listed_on_a_page_with_a_minutes_link_are_no_items():
    text = "Meetings\nMinutes\nPlanning\n\nSmall grants given\n\n1. Brookfield Cubs\n2. Elmside Bowls Club\n3. Meadow Lane Pantry\n"
    assert _items(text) == []


def test_recommendations_under_a_minutes_heading_are_no_items():
    text = "Minutes\n\nRecommendations to the Council\n\n1. Adopt the spending plan for next year\n2. Set the precept at £31,000\n3. Review the reserves policy\n"
    assert _items(text) == []


def test_report_section_headings_on_a_page_with_present_are_no_items():
    text = "Elmside Town Council\nYearly review\n\nPresent: the Mayor's review of the year.\n\n1. Introduction\n2. Money\n3. Planning\n4. Green spaces\n"
    assert _items(text) == []


def test_parish_agenda_opening_with_apologies_keeps_its_items():
    text = "Agenda\n\n1. Apologies for absence\n2. Declarations of interest\n3. Footpath repairs\n4. Village hall roof\n"
    assert _items(text) == [
        ("1", "Apologies for absence"),
        ("2", "Declarations of interest"),
        ("3", "Footpath repairs"),
        ("4", "Village hall roof"),
    ]


def test_agenda_cut_mid_list_keeps_items_carrying_their_pages():
    text = "Agenda\n\n6. Housing Plan Review (Pages 3 - 8)\n7. Leisure Centre Works (Pages 9 - 14)\n8. Budget Monitoring (Pages 15 - 20)\n"
    assert [number for number, _ in _items(text)] == ["6", "7", "8"]


def test_minutes_opening_with_a_welcome_keep_their_items():
    text = (
        "Minutes of the meeting of Brookfield Parish Council held on 4 May 2031\n\nPresent: Cllr A Bee (Chair), Cllr C Dee\n\n"
        "1. Welcome\nThe Chair opened the meeting.\n2. Allotment rents\nRents will stay the same.\n3. Bus shelter\nA quote is awaited.\n"
    )
    assert [number for number, _ in _items(text)] == ["1", "2", "3"]


# Class 2: a minute heading glued to its number.


def test_minute_heading_glued_to_its_number_is_an_item():
    text = (
        "Minutes of the meeting of Brookfield Parish Council held on 4 May 2031\n\nPresent: Cllr A Bee (Chair), Cllr C Dee\n\n"
        "1. Election of Chair\nCllr Bee was elected.\n2.To consider apologies for absence\nNone.\n3. Declarations of interest\nNone.\n"
    )
    assert ("2", "To consider apologies for absence") in _items(text)


def test_sentence_glued_to_its_number_is_no_item():
    text = (
        "Minutes of the meeting of Brookfield Parish Council held on 4 May 2031\n\nPresent: Cllr A Bee (Chair), Cllr C Dee\n\n"
        "1. Apologies\nNone.\n2.The Chair thanked the clerk for her work over the year.\n3. Declarations of interest\nNone.\n"
    )
    assert [number for number, _ in _items(text)] == ["1", "3"]


# Class 3: a numbered count above a minute book's run does not continue it.


def test_count_above_a_minute_run_is_no_item():
    text = (
        "Minutes of the meeting of Brookfield Parish Council held on 4 May 2031\n\nPresent: Cllr A Bee (Chair), Cllr C Dee\n\n"
        "1 Member of the Public\n\n61 APOLOGIES\nNone.\n\n62 DECLARATIONS OF INTEREST\nNone.\n\n63 FINANCE\nPayments approved.\n"
    )
    assert [number for number, _ in _items(text)] == ["61", "62", "63"]


def test_minutes_numbered_from_one_keep_their_first_item():
    text = (
        "Minutes of the meeting of Brookfield Parish Council held on 4 May 2031\n\nPresent: Cllr A Bee (Chair), Cllr C Dee\n\n"
        "1 APOLOGIES\nNone.\n\n2 DECLARATIONS OF INTEREST\nNone.\n\n3 FINANCE\nPayments approved.\n"
    )
    assert [number for number, _ in _items(text)] == ["1", "2", "3"]


def test_news_points_naming_public_questions_in_a_sentence_are_no_items():
    text = "Police news\n\nApologies: none\n\nThe Commissioner said today:\n1. More patrols in the market square.\n2. A new fund for scam victims.\n3. Public questions will be taken at the next panel.\n"
    assert _items(text) == []


def test_minutes_cut_to_running_numbers_keep_their_items():
    text = "Minutes of the Meeting held on the 2nd June\n\nPresent: R Vale (Chairman), S Wold\n\n22.   Drains. The Clerk reported the gully was cleared.\n\n23.   Verges. It was agreed to cut them in July.\n"
    assert _items(text) == [("22", "Drains"), ("23", "Verges")]


def test_lone_numbered_resolution_on_a_minutes_page_is_no_item():
    text = "Minutes\n\nPresent: Cllr A Bee, Cllr C Dee\n\nThe committee RESOLVED that:\n\n2. Authority be given to\nthe Head of Service to agree the terms.\n"
    assert _items(text) == []


def test_html_awards_table_under_agenda_and_minutes_links_is_no_items(tmp_path: Path):
    rows = "".join(
        f"<tr><td>{n}</td><td>{name}</td><td>{amount}</td></tr>"
        for n, name, amount in ((1, "Brookfield Cubs", "£1,500"), (2, "Elmside Bowls Club", "£900"), (3, "Meadow Lane Pantry", "£2,000"))
    )
    body = f"{_NAV}<h1>Small grants given</h1><table><tr><th>No.</th><th>Group</th><th>Amount</th></tr>{rows}</table>"
    assert _html_items(tmp_path, body) == []


def test_html_news_lists_under_agenda_and_minutes_links_are_no_items(tmp_path: Path):
    body = (
        f"{_NAV}<h1>Latest news</h1><p>The council has chosen its aims:</p><ol><li>Lane repairs</li><li>Play areas</li>"
        "<li>Street lamps</li></ol><h2>Recommendations</h2><ol><li>That the plan be adopted</li><li>That officers report back</li></ol>"
    )
    assert _html_items(tmp_path, body) == []


def test_html_parish_agenda_list_keeps_its_items(tmp_path: Path):
    body = f"{_NAV}<h1>Agenda</h1><ol><li>Apologies for absence</li><li>Declarations of interest</li><li>Footpath repairs</li></ol>"
    assert [title for _, title in _html_items(tmp_path, body)] == ["Apologies for absence", "Declarations of interest", "Footpath repairs"]


# Class 4: a number printed on two or more item lines in a row lists one item's documents.


def test_documents_listed_under_one_sub_item_number_are_no_items():
    text = (
        "AGENDA\n\n1 WELCOME\n\n2 APOLOGIES FOR ABSENCE\n\n3 NOTES OF LAST MEETINGS\n\n"
        "3.1 Draft notes from 2nd April 2031\n\n3.1 Appendix A – Questions from the public\n\n3.1 Appendix B – Bus plan\n\n"
        "3.2 Draft notes from 9th April 2031\n\n3.2 Appendix A – Slides\n\n4 PUBLIC FORUM\n"
    )
    assert _items(text) == [("1", "WELCOME"), ("2", "APOLOGIES FOR ABSENCE"), ("3", "NOTES OF LAST MEETINGS"), ("4", "PUBLIC FORUM")]


def test_sub_items_numbered_once_each_are_kept():
    text = "AGENDA\n\n1 WELCOME\n\n2 APOLOGIES FOR ABSENCE\n\n3 NOTES OF LAST MEETINGS\n\n3.1 Notes of 2nd April 2031\n\n3.2 Notes of 9th April 2031\n\n4 PUBLIC FORUM\n"
    assert [number for number, _ in _items(text)] == ["1", "2", "3", "3.1", "3.2", "4"]


def test_numbering_lost_to_one_on_every_line_still_reads_its_items():
    text = "Agenda\n\n1. To receive apologies for absence\n1. To receive declarations of interest\n1. To approve the minutes of the last meeting\n"
    assert [title for _, title in _items(text)] == [
        "To receive apologies for absence",
        "To receive declarations of interest",
        "To approve the minutes of the last meeting",
    ]


def test_board_agenda_opening_with_notes_and_an_action_log_keeps_its_items():
    text = "Agenda\n\n1. Notes of the last meeting\n2. Action log\n3. Bus network review\n4. Cycle lanes\n"
    assert [number for number, _ in _items(text)] == ["1", "2", "3", "4"]


def test_agenda_opening_with_a_webcast_notice_keeps_its_items():
    text = "Agenda\n\n1. Notice of webcast\n2. Housing plan review\n3. Leisure centre works\n"
    assert [number for number, _ in _items(text)] == ["1", "2", "3"]
