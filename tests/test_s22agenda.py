"""Session 22 agenda layouts: a webcast page's ordered list printing its marker before each point's own number, and
sub-items marked "(i)", "(ii)" under a row printed without its number."""

from structure_helpers import document

from extractors.extraction import reflowed_document
from extractors.proceedings.agenda_cells import marked_sub
from extractors.proceedings.agenda_lines import item_match
from extractors.proceedings.agenda_verb_lines import verb_lines
from extractors.proceedings.minuted import find_minuted_items
from extractors.proceedings.split import find_minutes_headings
from extractors.proceedings.structure import extract_structure
from extractors.readers.spans import lines


def _items(text: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in extract_structure(reflowed_document(document(text))).agenda_items]


def _match(text: str) -> tuple[str, str] | None:
    found = item_match(lines(text)[0])
    return (found[0]["number"], found[1]) if found else None


def test_list_marker_before_the_points_own_number():
    assert _match("  3. 3 To choose the Vice-Chair") == ("3", "To choose the Vice-Chair")
    assert _match("  3. 4 To choose the Vice-Chair") is None


def test_marked_point_may_run_long():
    title = "To agree the Committees and their seats, " * 7 + "and to appoint Members"
    assert _match(f"  8. 8 {title}") == ("8", title)
    assert _match(f"8 {title}") is None


def test_sentence_about_the_page_is_no_item():
    assert _match("  1. This webcast is scheduled for Thu, 16th May 2024 - 7:00 pm.") is None
    assert _match("1. This Council notes the report") is not None


def test_webcast_page_points_after_its_scheduled_notice():
    text = (
        "Show timeline\n\n\n  1. This webcast is scheduled for Thu, 16th May 2024 - 7:00 pm.\n    It will start automatically.\n\n\n"
        "  1. 1 To receive Apologies for Absence\n\n  2. 2 To choose the Chair for the year\n\n"
        "  3. 3 The new Chair to give thanks\n\n  4. 4 To approve the Minutes of the meeting held on 21 March 2024\n\n"
        "  5. 5 Programme of Meetings\n"
    )
    assert [number for number, _ in _items(text)] == ["1", "2", "3", "4", "5"]


def test_marked_sub_items_under_an_unnumbered_row():
    assert marked_sub("(i)       Apologies for Absence", "") == ("i", "Apologies for Absence")
    assert marked_sub("(ii)     Other Communications", "i") == ("ii", "Other Communications")
    assert marked_sub("(b) Other Communications", "a") == ("b", "Other Communications")
    assert marked_sub("(ii) Other Communications", "") is None
    assert marked_sub("(i) Apologies were received from two members.", "") is None


def test_unnumbered_page_rows_with_marked_sub_items():
    text = (
        "Agenda and minutes\n\nCouncil - Wednesday, 12th March, 2025 7.00 pm\n\nNo. Item\n\n\n"
        "Declarations of Interest\n\nNo interests were declared.\n\n\nTown Clerk's Communications\n\n"
        "(i)       Apologies for Absence\n\n\n(ii)     Other Communications\n\n\n"
        "Apologies for absence were received from Councillor Adam Bell.\n"
    )
    assert _items(text)[-2:] == [("i", "Apologies for Absence"), ("ii", "Other Communications")]


def test_lone_marked_line_is_a_point_of_its_row():
    text = (
        "Agenda and minutes\n\nCouncil - Wednesday, 12th March, 2025 7.00 pm\n\nNo. Item\n\n\n"
        "Declarations of Interest\n\nNo interests were declared.\n\n\nTown Clerk's Communications\n\n"
        "(i)       Apologies for Absence\n\n\nApologies for absence were received from Councillor Adam Bell.\n"
    )
    assert all(number == "" for number, _ in _items(text))


def _minuted(text: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in find_minuted_items(text, 0, len(text))]


_MINUTES = (
    "Minutes of the Meeting held at the Village Hall on Tuesday 14th March 2023 at 7.30 p.m.\n"
    "Cllrs Grey (Chairman), Hart and Moss.\n"
    "215. Public Session – No members of the public attended the meeting.\n"
    "216. Minutes of the Previous Meeting\nResolved that the Minutes be approved as a correct record.\n"
    "217. Matters Arising\n{points}"
    "218. Planning Applications\nNo objection was raised.\n"
)


def test_lettered_sub_headings_under_a_heading_alone():
    points = "(a) Village Plan – The group meets next week.\n(b) Play Area – Quotes are due in April.\n"
    assert _minuted(_MINUTES.format(points=points))[2:5] == [("217", "Matters Arising"), ("217a", "Village Plan"), ("217b", "Play Area")]


def test_lettered_sentences_and_lone_points_are_no_sub_items():
    sentences = "(a) The group meets next week.\n(b) Quotes are due in April.\n"
    lone = "(a) Village Plan – The group meets next week.\nQuotes are due in April.\n"
    for points in (sentences, lone):
        assert [number for number, _ in _minuted(_MINUTES.format(points=points))] == ["215", "216", "217", "218"]


def test_description_under_a_linked_item_heads_no_minutes():
    text = (
        "Items\nNo. Item\n\n31.\n\nAPOLOGIES FOR ABSENCE\n\nMinutes:\n\nNone.\n\n32.\n\nMINUTES pdf icon PDF 190 KB\n\n"
        "Minutes of the meeting of the Western Area Committee held on Monday 6 June 2022, as circulated, to be confirmed.\n\n"
        "Minutes:\n\nRESOLVED that the minutes be confirmed.\n\n33.\n\nPUBLIC QUESTION TIME\n\nMinutes:\n\nNone.\n"
    )
    assert find_minutes_headings(text) == []
    headed = "Items\nNo. Item\n\nMinutes of the meeting of the Western Area Committee held on Monday 6 June 2022\n\nPresent: Councillor Ann Lowe\n"
    assert len(find_minutes_headings(headed)) == 1


_BULLETED = (
    "Minutes of the Parish Council meeting on\nTuesday 12th May 2020\n"
    "- To receive and accept apologies: Ann Lowe sent apologies.\n- Declarations of interest: none.\n"
    "- To approve the Minutes of meeting 14.04.2020: approved.\n- To note the resignation of the Tree Warden.\n"
    "{numbered}- To agree new cheque signatories as follows:\n- Mary Hill\n- Peter Shaw\n"
)


def test_bulleted_agenda_lines_are_the_minuted_items():
    found = _minuted(_BULLETED.format(numbered="5. To agree the grants listed below:\n- Village Hall £300\n"))
    assert found == [
        ("", "To receive and accept apologies"),
        ("", "Declarations of interest"),
        ("", "To approve the Minutes of meeting 14.04.2020"),
        ("", "To note the resignation of the Tree Warden"),
        ("5", "To agree the grants listed below"),
        ("", "To agree new cheque signatories as follows"),
    ]


def test_unbulleted_agenda_lines_are_descriptions():
    text = "Apologies\nTo receive apologies.\nMinutes\nTo confirm the Minutes.\nReports\nTo note the reports.\nQuestions\nTo consider any questions.\n"
    assert verb_lines(lines(text)) == []


def test_marked_points_under_a_rows_description_are_no_sub_items():
    text = (
        "Agenda and minutes\n\nCouncil - Wednesday, 12th March, 2025 7.00 pm\n\nNo. Item\n\n\n"
        "Declarations of Interest\n\nNo interests were declared.\n\n\nBudget Report\n\n"
        "The Council is asked to agree the following:\n\n(a)       Revenue Budget\n\n\n(b)     Capital Programme\n\n\n"
        "Minutes:\n\nThe budget was agreed.\n"
    )
    assert all(number == "" for number, _ in _items(text))
