"""Run-on text (document mirrors, PDF text flattened into a few long lines) read as the lines it was flattened from
(``extractors.readers.runon``), and the layouts that reading reaches: colon-less front-sheet labels, lettered
sub-items with their pages, a meeting schedule confirmed by an agenda item, an agenda printed twice."""

from extractors.facts import extract_facts
from extractors.extraction import extract_document
from extractors.readers.runon import break_points, reflowed
from tests.structure_helpers import document

_PACK = (
    "Planning Committee - Brookford Borough Council\n\n"
    "Planning Committee Date Tuesday 4 March 2025 Time 6.30 pm Venue Elm Room, Town Hall, Brookford Business Part A "
    "[Items during which the press and public may attend] 1. Apologies for Absence 2. Declarations of Interest "
    "3. Minutes of the meeting held on 4 February 2025 (Pages 1 - 6) 4. Hedgerow Survey - Report of the Countryside "
    "Officer (Pages 7 - 12) 5. Car Park Charges - Report of the Head of Finance (Pages 13 - 20) 6. Any other business "
    "which the Chair considers urgent\n"
)

_REPORT = (
    "CABINET – 3RD APRIL 2025 Report of the Head of Communities Lead Member: Councillor Ann Tilley Part A ITEM 9 "
    "BROOKFORD SMALL GRANTS – ROUND TWO 2024/2025 Purpose of Report To let Cabinet consider bids to the Small Grants "
    "scheme for 2024/25. Recommendations 1. That the following Small Grants be awarded: • £400 to Elmside Scouts towards "
    "new tents; • £900 to the Brookford Pantry towards a chest freezer; • £1,250 to Hill Lane Allotments towards a water "
    "tank. 2. That the reasons be noted.\n"
)

_SCHEDULE = (
    "Brookford Community Safety Panel\n\n"
    "Monday, 9 June 2025 at 2.00 pm Council Chamber - Brookford AGENDA 1. Election of Chair\n\n2. Apologies\n\n"
    "3. Minutes (Pages 1 - 4) To approve the minutes of the last meeting. 4. Standing Items\n\n"
    "a) Actions from the last meeting b) Questions to the Commissioner (Pages 5 - 8) c) Feedback from Members "
    "5. Reports of the Host Council:\n\n"
    "a) Panel Budget 2024/25 (Pages 9 - 12) b) Forward Work Programme (Pages 13 - 14) 6. To agree the Meeting Schedule "
    "for 2025/26 Monday, 09/06/25 @ 2.00 pm Monday, 22/09/25 @ 2.00 pm Monday, 08/12/25 @ 2.00 pm Tuesday, "
    "03/02/26 @ 10.00 am (precept meeting)\n\nMembership of Panel\n"
)


def _facts(text: str) -> dict:
    return extract_facts(document(text)).model_dump(mode="json")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in reflowed(text).split("\n") if line.strip()]


def test_reflowed_keeps_length_and_turns_only_spaces_into_newlines():
    for text in (_PACK, _REPORT, _SCHEDULE):
        reading = reflowed(text)
        assert len(reading) == len(text)
        assert all(a == b or (a == " " and b == "\n") for a, b in zip(text, reading))


def test_run_on_front_sheet_splits_at_labels_and_numbers_in_order():
    assert _lines(_PACK)[1:8] == [
        "Planning Committee",
        "Date Tuesday 4 March 2025",
        "Time 6.30 pm",
        "Venue Elm Room, Town Hall, Brookford",
        "Business",
        "Part A [Items during which the press and public may attend]",
        "1. Apologies for Absence",
    ]
    assert _lines(_PACK)[-1] == "6. Any other business which the Chair considers urgent"


def test_run_on_front_sheet_gives_meeting_and_items_with_pages_and_spans_into_the_original():
    facts = _facts(_PACK)
    assert [(m["body"], m["date"]) for m in facts["meetings"]] == [("Planning Committee - Brookford Borough Council", "2025-03-04")]
    items = [(i["number"], i["title"], i["pages"]) for i in facts["agenda_items"]]
    assert items[2] == ("3", "Minutes of the meeting held on 4 February 2025", [1, 6])
    assert [number for number, _, _ in items] == ["1", "2", "3", "4", "5", "6"]
    found = extract_document(document(_PACK)).structure.agenda_items
    assert all(_PACK.startswith(item.provenance.text, item.provenance.start) for item in found)
    assert found[1].provenance.text == "2. Declarations of Interest"


def test_numbers_that_refer_or_do_not_run_in_order_are_no_line_starts():
    prose = (
        "The officer explained that, as set out in paragraph 3. The scheme had run since 2019 and section 4. Funding "
        "was agreed. Members asked about item 5. Other matters were deferred. " * 3
    )
    assert break_points(prose) == []
    two = "Minutes of the last meeting were approved and the Chair signed them. 1. Welcome was given. 2. Members noted it.\n"
    assert break_points(two) == []


def test_bullets_and_resolutions_of_a_run_on_report_give_its_meeting_and_grants():
    lines = _lines(_REPORT)
    assert lines[:5] == [
        "CABINET – 3RD APRIL 2025",
        "Report of the Head of Communities",
        "Lead Member: Councillor Ann Tilley",
        "Part A",
        "ITEM 9 BROOKFORD SMALL GRANTS – ROUND TWO 2024/2025",
    ]
    assert "• £900 to the Brookford Pantry towards a chest freezer;" in lines
    facts = _facts(_REPORT)
    assert [(m["body"], m["date"]) for m in facts["meetings"]] == [("Cabinet", "2025-04-03")]
    assert [(p["name"], p["amount"], p["status"]) for p in facts["projects"]] == [
        ("Elmside Scouts", 400.0, "recommended"),
        ("Brookford Pantry", 900.0, "recommended"),
        ("Hill Lane Allotments", 1250.0, "recommended"),
    ]


def test_a_long_web_paragraph_is_left_alone():
    paragraph = (
        "The Commissioner has funded 14 projects this year with a total of £120,000, including work with young people "
        "in Brookford, Elmside and Hill Lane, and the Date of the next round will be announced with the Part B guidance "
        "on Monday, 3 March and Monday, 7 April when applicants will be told how the money will be spent.\n"
    )
    assert break_points(paragraph) == []


def test_lettered_sub_items_with_their_pages_and_the_schedule_an_item_confirms():
    facts = _facts(_SCHEDULE)
    numbers = [item["number"] for item in facts["agenda_items"]]
    assert numbers == ["1", "2", "3", "4", "4a", "4b", "4c", "5", "5a", "5b", "6"]
    titled = {item["number"]: (item["title"], item["pages"]) for item in facts["agenda_items"]}
    assert titled["4b"] == ("Questions to the Commissioner", [5, 8])
    assert titled["5"] == ("Reports of the Host Council", [])
    assert facts["future_meetings"] == ["2025-09-22", "2025-12-08", "2026-02-03"]


def test_lettered_points_without_papers_are_no_sub_items():
    text = (
        "Elmside Parish Council\n\nAgenda\n\n1. Apologies for absence\n\n2. Finance\n\na) Bank reconciliation\n"
        "b) Payments for approval\n\n3. Planning\n\n4. Any other business\n"
    )
    assert [item["number"] for item in _facts(text)["agenda_items"]] == ["1", "2", "3", "4"]


def test_an_agenda_printed_again_after_its_run_on_copy_is_one_list():
    text = _PACK + "\nTranscript of Planning Committee\n\n" + "\n\n".join(_lines(_PACK)[7:10]) + "\n"
    assert [item["number"] for item in _facts(text)["agenda_items"]] == ["1", "2", "3", "4", "5", "6"]


def test_colon_less_date_label_under_the_body_names_the_meeting():
    text = "Licensing Panel\n\nDate Friday 7 March 2025\n\nTime 10.00 am\n\n1. Apologies\n2. Minutes\n3. Premises Licence Review\n"
    assert [(m["body"], m["date"]) for m in _facts(text)["meetings"]] == [("Licensing Panel", "2025-03-07")]


def test_a_minute_reference_before_the_item_number_keeps_its_line():
    """Regression: 'C201/25      1.   APOLOGIES' (reference and agenda number in columns of one line) was split before '1.'."""
    text = "C201/25      1.         APOLOGIES FOR ABSENCE.\n\nC202/25      2.         PUBLIC FORUM.\n\nC203/25      3.         FINANCE.\n"
    assert break_points(text) == []


def test_colon_labels_of_a_flattened_meeting_page_start_lines():
    text = (
        "Agenda and minutes Licensing Committee - Wednesday, 5th March, 2025 2.00 pm Venue: The Assembly Room, Civic Hall, Brookford. "
        "View directions Contact: Jo Marsh, Democratic Services Items No. Item 1. Apologies for Absence "
        "2. Declarations of Interest Members are asked to declare any interests. 3. Minutes of the meeting held on "
        "5 February 2025 4. Street Trading Policy Review\n"
    )
    # The page's title, the 'No. Item' header and each number under it (its own cell) have lines of their own.
    assert _lines(text)[:7] == [
        "Agenda and minutes",
        "Licensing Committee - Wednesday, 5th March, 2025 2.00 pm",
        "Venue: The Assembly Room, Civic Hall, Brookford. View directions",
        "Contact: Jo Marsh, Democratic Services Items",
        "No. Item",
        "1.",
        "Apologies for Absence",
    ]
    facts = _facts(text)
    assert [m["date"] for m in facts["meetings"]] == ["2025-03-05"]
    assert facts["meetings"][0]["body"].endswith("Licensing Committee")
    assert [item["number"] for item in facts["agenda_items"]] == ["1", "2", "3", "4"]


def test_a_short_front_sheet_line_with_two_colon_less_labels_is_split():
    text = "Licensing Panel Date Friday 7 March 2025 Time 10.00 am Venue Elm Room, Town Hall\n\n1. Apologies\n2. Minutes\n3. Premises Licence Review\n"
    assert _lines(text)[:3] == ["Licensing Panel", "Date Friday 7 March 2025", "Time 10.00 am"]
    assert [(m["body"], m["date"]) for m in _facts(text)["meetings"]] == [("Licensing Panel", "2025-03-07")]
    assert break_points("The Closing Date Friday 7 March 2025 applies.\n") == []


def test_a_header_of_labels_printed_without_colons_makes_a_report():
    text = (
        "41 Agenda Item 5\n\nPOLICE AND CRIME PANEL\n\nReport of OFFICE OF THE POLICE AND CRIME COMMISSIONER\n\n"
        "Subject SMALL GRANTS AND HOW THEY ARE MONITORED\n\nDate TUESDAY 11 MARCH 2025 – 10:00 a.m.\n\n"
        "Authors JO MARSH – HEAD OF COMMISSIONING\n\nPurpose\n\n1. This report updates the Panel on the small grants "
        "the Commissioner funded this year.\n"
    )
    reports = _facts(text)["reports"]
    assert [(r["title"], r["meeting_date"]) for r in reports] == [("SMALL GRANTS AND HOW THEY ARE MONITORED", "2025-03-11")]


def test_two_lines_opening_with_label_words_are_no_header():
    text = (
        "Elmside Parish Council\n\nTo Members of the Council\n\nSubject Matters Raised by Residents\n\n"
        "The Clerk reported on the footpath repairs.\n"
    )
    assert _facts(text)["reports"] == []


def test_a_body_line_run_into_its_date_label_over_the_time_label():
    text = "Licensing Panel Date Friday 7 March 2025\n\nTime 10.00 am\n\nVenue Elm Room, Town Hall\n\n1. Apologies\n2. Minutes\n3. Premises Licence Review\n"
    assert _lines(text)[:2] == ["Licensing Panel", "Date Friday 7 March 2025"]
    assert [(m["body"], m["date"]) for m in _facts(text)["meetings"]] == [("Licensing Panel", "2025-03-07")]
    assert break_points("Licensing Panel Date Friday 7 March 2025\n\nThe Chair opened the meeting.\n") == []
