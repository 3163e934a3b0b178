"""Run-on text read as the lines it was flattened from (``readers.runon``): item numbers in every numbering a list
prints and where their titles end (``runon_items``), award lists (``runon_money``) and name lists printed a name a
line (``runon_names``). Names, bodies and amounts are invented."""

from extractors.facts import extract_facts
from extractors.readers.runon import reflowed
from tests.structure_helpers import document


def _lines(text: str) -> list[str]:
    return [line.strip() for line in reflowed(text).split("\n") if line.strip()]


def _assert_lines(text: str, *expected: str) -> None:
    lines = _lines(text)
    for line in expected:
        assert line in lines, line


def _facts(text: str) -> dict:
    return extract_facts(document(text)).model_dump(mode="json")


_MEETING_PAGE = (
    "Agenda and minutes Parks Committee - Tuesday 3 March 2026 7.00 pm Venue: Elm Room, Town Hall. Contact: Ada Quill "
    "Media Items No. Item 31/26 Apologies for Absence Additional documents: Minutes: None were received. "
    "32/26 Declarations of Interest Members are asked to declare any interests. Minutes: None were declared. "
    "33/26 Bandstand Repairs pdf icon PDF 120 KB Report of the Parks Manager. Minutes: The Committee agreed the works. "
    "34/26 Tree Planting Programme pdf icon PDF 88 KB To receive the planting plan. Minutes: The plan was noted.\n"
)


def test_numbers_with_a_year_under_an_item_header_stand_in_their_own_cells_over_their_titles():
    lines = _lines(_MEETING_PAGE)
    assert lines[lines.index("No. Item") + 1 :][:3] == ["31/26", "Apologies for Absence", "Additional documents: Minutes: None were received."]
    _assert_lines(_MEETING_PAGE, "32/26", "Declarations of Interest", "Bandstand Repairs pdf icon PDF 120 KB", "Tree Planting Programme pdf icon PDF 88 KB")


def test_meeting_page_flattened_gives_its_items():
    items = [(item["number"], item["title"]) for item in _facts(_MEETING_PAGE)["agenda_items"]]
    assert items == [
        ("31/26", "Apologies for Absence"),
        ("32/26", "Declarations of Interest"),
        ("33/26", "Bandstand Repairs"),
        ("34/26", "Tree Planting Programme"),
    ]


def test_prefixed_references_with_lettered_sub_items_run_in_order():
    text = (
        "Items No. Item KFA/40 Minutes pdf icon PDF 90 KB of the last meeting. KFA/41 Minutes of Committees "
        "KFA/41a Audit Committee pdf icon PDF 70 KB The Chair to move the minutes. KFA/41b Pensions Board "
        "pdf icon PDF 60 KB The Chair to move the minutes. KFA/42 Fleet Review pdf icon PDF 150 KB Report of the Treasurer.\n"
    )
    _assert_lines(text, "KFA/40", "KFA/41", "KFA/41a", "KFA/41b", "KFA/42")


def test_bare_zero_padded_numbers_in_a_long_line_run_in_order_but_not_days_of_a_month():
    text = (
        "Location: Station Yard Category: Item no. Agenda Item Details Status 01 Apologies for Absence "
        "02 Declarations of Interest Members must declare any interest they hold. 03 Public Questions Members are asked "
        "to receive any questions. 04 Fleet Review This report sets out the fleet review held on 05 March 2026.\n"
    )
    lines = _lines(text)
    assert lines[1] == "Item no. Agenda Item Details Status"
    assert lines[2:5] == ["01 Apologies for Absence", "02 Declarations of Interest", "Members must declare any interest they hold."]
    assert not any(line.startswith("05 March") for line in lines)


def test_bare_numbers_need_a_long_line_and_a_run():
    short = "The panel met on 3 June and 4 Members spoke; 5 Officers attended.\n"
    assert reflowed(short) == short


def test_colon_numbers_of_running_minutes():
    text = (
        "Present: Cllr A Penrose (Chair), Cllr B Wragg and Cllr C Ibbs. In attendance: D Olde (Clerk) 4410: Apologies "
        "for Absence: None. 4411: Declarations of Interest: None were made. 4412: Clerk's Report: The bench at the green "
        "has been mended. 4413: Date of Next Meeting: 6 May 2026.\n"
    )
    starts = [line[:5] for line in _lines(text)]
    assert [start for start in starts if start[0].isdigit()] == ["4410:", "4411:", "4412:", "4413:"]


def test_a_title_ends_before_a_sentence_but_not_after_a_joining_word():
    text = (
        "Agenda 1. Welcome and Apologies To receive apologies for absence. 2. Review of The Parking Strategy "
        "Report of the Head of Place. 3. Grants Programme This report sets out the grants to award. 4. Any Other Business\n"
    )
    lines = _lines(text)
    assert "1. Welcome and Apologies" in lines
    assert "2. Review of The Parking Strategy" in lines
    assert "3. Grants Programme" in lines


def test_award_list_run_on_splits_after_each_figure():
    text = (
        "The grants panel met in March and agreed the following awards from the parish budget this year:- "
        "Ferndale Scouts – £80.00, Ferndale Bowls Club – £120.00, Ferndale Gardening Society – £95.00, "
        "Ferndale Lunch Club – £150.00. The panel thanked every group that applied.\n"
    )
    lines = _lines(text)
    assert lines[0].endswith("this year:- Ferndale Scouts – £80.00,")
    assert lines[1:] == [
        "Ferndale Bowls Club – £120.00,",
        "Ferndale Gardening Society – £95.00,",
        "Ferndale Lunch Club – £150.00. The panel thanked every group that applied.",
    ]


def test_figure_led_entries_after_semicolons_and_no_split_for_a_scaled_figure():
    text = (
        "RESOLVED that the following Community Grants be awarded from the fund of £1.5 million this year: £900 to "
        "Marsh Lane Youth towards a minibus; £450 to Brook Carers towards a respite day; £1,250 to Hilltop Archers "
        "towards new targets.\n"
    )
    lines = _lines(text)
    assert lines[1:] == ["£450 to Brook Carers towards a respite day;", "£1,250 to Hilltop Archers towards new targets."]
    assert lines[0].endswith("£900 to Marsh Lane Youth towards a minibus;")


def test_names_printed_one_a_line_flattened():
    text = (
        "Eastmere Fire Authority Monday, 2 March 2026 at 10.00 am in the Board Room Minutes Present: T Arkwright (Chair) "
        "Councillors L Brook (Vice-Chair) M Cobb N Dacre P Eames R Finch S Gale MBE The Chair welcomed members to the "
        "meeting.\n"
    )
    lines = _lines(text)
    assert lines[lines.index("Councillors") + 1 :] == [
        "L Brook (Vice-Chair)", "M Cobb", "N Dacre", "P Eames", "R Finch", "S Gale MBE", "The Chair welcomed members to the meeting.",
    ]
    names = {entry["name"] for entry in _facts(text)["attendees"]}
    assert {"Councillor M Cobb", "Councillor N Dacre", "Councillor S Gale MBE"} <= names


def test_names_in_a_sentence_keep_their_line():
    text = (
        "The report was presented by the officers and discussed at length by the members, who asked a number of questions "
        "about the timetable and the budget. Apologies were received from Cllr J Pike, Cllr K Rowe and Cllr L Snell, and "
        "the Chair thanked them for their notice before the meeting.\n"
    )
    assert reflowed(text) == text


def test_decimal_sub_items_after_their_heading_and_board_report_lines():
    text = (
        "Papers are published five working days before the meeting and the public may attend. 1. Opening Business: "
        "1.1 Chair's Welcome 1.2 Apologies 1.3 Declarations of Interest 2. Minutes and Actions: 2.1 Minutes of the last "
        "meeting 2.2 Action Log 3. Finance Report Report for Noting presented by the Treasurer 4. Staffing Update "
        "Report for Discussion presented by the Chief Officer\n"
    )
    _assert_lines(text, "1.1 Chair's Welcome", "1.2 Apologies", "2.1 Minutes of the last meeting", "2.2 Action Log", "3. Finance Report")


def test_dash_numbers_with_lettered_sub_items_and_year_numbers_with_letters():
    dashes = (
        "Meeting details Agenda Items 1 - Declaration of Interests 2 - Resolutions Document Type (00) Guidance.pdf "
        "2A - Equality Statement Consider the resolution below. 2B - Exempt Information Consider the resolution below. "
        "3 - Minute of Meeting of 7 March 2026 Document Type (03) Minute.pdf\n"
    )
    assert [line[:3] for line in _lines(dashes)[1:]] == ["2 -", "2A ", "2B ", "3 -"]
    years = (
        "Draft minutes of the meeting held on 2nd June 2026 at 7.30 pm in the Church Room of the village. 61a/26 Chair's "
        "welcome and notices. 61b/26 Declarations of Interest: None declared. 61c/26 Police Report: None received. "
        "62/26 Finance: The payments were approved.\n"
    )
    assert [line[:6] for line in _lines(years) if line[0].isdigit()] == ["61a/26", "61b/26", "61c/26", "62/26 "]


def test_a_title_closed_by_its_full_stop_over_its_minute():
    text = (
        "Public Forum One resident asked about the state of the footpath by the church and the new stile. "
        "51. Welcome from the Chair of the Council. The Chair welcomed all present. 52. Apologies It was resolved to "
        "accept apologies from Cllr A Rudd. 53. Declarations of Interest None received. 54. To note the Clerk's report. "
        "The bins were discussed.\n"
    )
    _assert_lines(
        text, "51. Welcome from the Chair of the Council.", "52. Apologies", "53. Declarations of Interest", "54. To note the Clerk's report."
    )


def test_a_flattened_page_with_one_table_edge_is_no_table_row_but_a_row_of_cells_is():
    prose = (
        "Minutes of the meeting held at the village hall. Present: Cllr A Rudd (Chair), Cllr B Ames and Cllr C Dale. "
        "In attendance: D Fry (Clerk). 71. Apologies None. 72. Planning To note the application. a. X/01/26 | Mill Barn, "
        "Low Lane It was resolved to support the application. 73. Finance The payments were approved." + " The Clerk reported." * 40 + "\n"
    )
    _assert_lines(prose, "Present: Cllr A Rudd (Chair), Cllr B Ames and Cllr C Dale.")
    row = "Area | Fund | Amount | " * 12 + "\n"
    assert reflowed(row) == row


def test_a_meeting_page_title_printed_twice_over_its_heading():
    text = (
        "Agenda and minutes Agenda and minutes Parks Committee - Tuesday, 3rd March, 2026 7.00 pm Venue: Elm Room, Town Hall. "
        "Contact: Ada Quill Items No. Item 1. Apologies for Absence 2. Minutes of the last meeting 3. Bandstand Repairs\n"
    )
    assert _lines(text)[:3] == ["Agenda and minutes", "Agenda and minutes", "Parks Committee - Tuesday, 3rd March, 2026 7.00 pm"]
    meeting = _facts(text)["meetings"][0]
    assert (meeting["body"], meeting["date"]) == ("Parks Committee", "2026-03-03")


def test_a_page_title_over_no_dated_heading_keeps_its_line():
    text = "Agenda Item Reports of the Board " + "The Board met to consider the grants. " * 8 + "\n"
    assert reflowed(text) == text


def test_a_decision_record_header_run_on_splits_at_its_labels_but_not_after_an_item_number():
    text = (
        "DECISION RECORD Reference number: ABC/2026/04 Title of report: Safer Lanes Grants 2026-27 Report by: Head of "
        "Partnerships Date of meeting: 12 March 2026 Summary The Panel is asked to recommend grants to three groups for "
        "the year. Decision: To approve the grants. Reasons for the decision: The bids met the fund's aims. "
        "4. Declarations of Interest: None were declared.\n"
    )
    _assert_lines(
        text, "Title of report: Safer Lanes Grants 2026-27", "Date of meeting: 12 March 2026 Summary The Panel is asked to "
        "recommend grants to three groups for the year.", "Decision: To approve the grants.",
        "Reasons for the decision: The bids met the fund's aims. 4. Declarations of Interest: None were declared.",
    )
    report = _facts(text)["reports"][0]
    assert (report["title"], report["meeting_date"]) == ("Safer Lanes Grants 2026-27", "2026-03-12")
