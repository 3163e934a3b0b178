"""Reports, meetings and agenda items, session 18 (our own words): spaced and glued header labels, front sheets
flattened into the page's first line, and the shared date shapes."""

import re

from extractors.extraction import extract_document
from extractors.facts import extract_facts


def _facts(text: str) -> dict:
    from structure_helpers import document

    return extract_facts(document(text)).model_dump(mode="json")


_REPORT_ON = """NORTHVALE CITY COUNCIL

REPORT TO: Parks and Communities Committee - 14 March 2019

{on}Small Grants for Safer Streets 2018-2019

REPORT BY: Director of Neighbourhood Services

REPORT NO: 88-2019

1.0 PURPOSE OF REPORT

1.1 The report lists the awards made during the financial year 2018-2019.
"""


def test_report_on_label_titles_a_scottish_style_header():
    facts = _facts(_REPORT_ON.format(on="REPORT ON: "))
    assert [(r["title"], r["to"], r["meeting_date"]) for r in facts["reports"]] == [
        ("Small Grants for Safer Streets 2018-2019", "Parks and Communities Committee", "2019-03-14")
    ]
    assert [(m["body"], m["date"]) for m in facts["meetings"]] == [("Parks and Communities Committee", "2019-03-14")]


def test_label_whose_space_pdf_text_dropped_still_reads():
    facts = _facts(_REPORT_ON.format(on="REPORTON:").replace("REPORT TO:", "REPORTTO:"))
    assert [(r["title"], r["meeting_date"]) for r in facts["reports"]] == [("Small Grants for Safer Streets 2018-2019", "2019-03-14")]


def test_report_on_alone_with_no_addressee_is_no_header():
    facts = _facts("Notes of the residents' walk\n\nReport on: the state of the towpath\n\nThe group walked the towpath.\n")
    assert facts["reports"] == []


_FLAT_FRONT = (
    "CABINET – 3RD MARCH 2022 Portfolio Holder: Councillor Ann Lowe Author: Parks and Open Spaces Manager ITEM 7 "
    "EASTBY WARD FUND – SECOND CALL 2021/2022 BIDS FROM LOCAL GROUPS Summary This report sets out the bids that came in "
    "for the second call of the ward fund so that Cabinet can decide them. It is recommended that these sums be given: "
    "• £400 to Eastby Scouts towards tents; • £650 to the Mill Trust towards volunteer training."
)
_FLAT_NO_NUMBER = (
    "TARN COUNCIL Westmoor Area Committee 12 June 2018 Agenda Item No. SAFER STREETS FUND RECOMMENDATIONS FOR GRANT "
    "FUNDING 1. Background 1.1 The Committee is asked by this report to decide six bids to the fund. "
    "2 Safer Streets Fund 2.1 The partnership pays for local projects from the fund."
)


def test_flattened_front_sheet_gives_report_and_item():
    facts = _facts(_FLAT_FRONT)
    title = "EASTBY WARD FUND – SECOND CALL 2021/2022 BIDS FROM LOCAL GROUPS"
    assert [(r["title"], r["meeting_date"]) for r in facts["reports"]] == [(title, "2022-03-03")]
    assert [(i["number"], i["title"]) for i in facts["agenda_items"]] == [("7", title)]


def test_flattened_front_sheet_without_item_number_gives_report_only():
    facts = _facts(_FLAT_NO_NUMBER)
    assert [(r["title"], r["meeting_date"]) for r in facts["reports"]] == [
        ("SAFER STREETS FUND RECOMMENDATIONS FOR GRANT FUNDING", "2018-06-12")
    ]
    assert facts["agenda_items"] == []


def test_flattened_front_sheet_needs_the_word_report_after_the_title():
    text = _FLAT_NO_NUMBER.replace("The Committee is asked by this report", "We ask the Committee")
    assert _facts(text)["reports"] == []


def test_flattened_front_sheet_needs_the_page_to_open_with_the_meeting():
    text = "Welcome to our news pages. " + _FLAT_FRONT
    assert not any(r["title"].startswith("EASTBY WARD FUND") for r in _facts(text)["reports"])


def test_shared_numeric_date_shape_numbers_no_item():
    from extractors.readers.dates import NUMERIC_DATE
    from extractors.readers.item_numbers import item_number

    assert re.fullmatch(NUMERIC_DATE, "25-7-19") and re.fullmatch(NUMERIC_DATE, "12/03/2024")
    assert item_number("12/03/2024 Meeting of the Board") is None
    assert item_number("10.30am Coffee") is None
    assert item_number("2023/24 Budget") is None
    assert item_number("C049/23 Apologies") is not None


def test_extract_document_reads_flattened_front_sheet():
    from structure_helpers import document

    found = extract_document(document(_FLAT_FRONT)).structure
    assert [h.provenance.text for h in found.report_headers] == ["EASTBY WARD FUND – SECOND CALL 2021/2022 BIDS FROM LOCAL GROUPS"]


_CAPITALS_HEAD = (
    "N O T E S\nTotal Page:9\nFile Type:pdf, Size:800Kb\n"
    "EASTBY SAFETY BOARD (ESB) MEETING THE OAK ROOM, TOWN HALL, HIGH STREET EASTBY TUESDAY 3RD MAY 2016 AT 7.00 PM "
    "N O T E S ATTENDEE REPRESENTING AL Ann Lowe ESB Chair\n"
)


def test_capitals_head_with_acronym_meeting_and_venue_before_the_weekday():
    meetings = _facts(_CAPITALS_HEAD)["meetings"]
    assert [(m["body"], m["date"], m["time"], m["location"]) for m in meetings] == [
        ("Eastby Safety Board", "2016-05-03", "19:00", "THE OAK ROOM, TOWN HALL, HIGH STREET EASTBY")
    ]


def test_capitals_head_without_meeting_word_keeps_its_trailing_words_in_the_body():
    text = "NORTHSHIRE FIRE AUTHORITY CABINET Friday 4th June 2021 at 10am Anyone may come and watch from the gallery.\n"
    assert [(m["body"], m["date"]) for m in _facts(text)["meetings"]] == [("Northshire Fire Authority Cabinet", "2021-06-04")]


_LINKED_HEADINGS = """Welcome and Apologies for Absence


Ann Lowe, the partnership chair, opened the meeting and apologies were noted.


Declarations of Interest

No declarations of interest were made.


Review of the Youth Outreach Service pdf icon PDF 98 KB


The board heard that the outreach team had met forty young people over the summer in the town centre.
"""


def test_unnumbered_heading_carrying_its_link_mark_is_an_item():
    items = _facts(_LINKED_HEADINGS)["agenda_items"]
    assert [(i["number"], i["title"]) for i in items] == [
        ("", "Welcome and Apologies for Absence"), ("", "Declarations of Interest"), ("", "Review of the Youth Outreach Service")
    ]


_LEAD_IN_AGENDA = """Fenmoor National Park Authority

Meeting Date : 14/10/2021

1. To receive apologies for absence

2. To receive any disclosures of interest

3. To confirm the minutes of the meeting held on 8 September 2021

4. To consider the following reports :

41/21 Visitor Car Parks: Charges for 2022

The report sets out the charges proposed for the car parks next year.

42/21 Annual Review of the Ranger Service

The report reviews the work of the rangers over the year.
"""


def test_references_below_a_last_item_that_leads_into_nothing_are_not_items():
    text = _LEAD_IN_AGENDA.replace("4. To consider the following reports :", "4. Chair's Announcements")
    numbers = [i["number"] for i in _facts(text)["agenda_items"]]
    assert "41/21" not in numbers and "42/21" not in numbers


_NUMBERED_REPORT = """Agenda Item No. 6


The Borough of Eastby


Licensing Committee: 12th May 2016


Report of the Head of Legal Services


Review of Taxi Licence Fees


Purpose of the Report

1. To review the fees charged for taxi licences.
"""


def test_agenda_item_number_above_a_report_header_makes_the_report_an_item():
    facts = _facts(_NUMBERED_REPORT)
    assert [r["title"] for r in facts["reports"]] == ["Review of Taxi Licence Fees"]
    assert [(i["number"], i["title"]) for i in facts["agenda_items"]] == [("6", "Review of Taxi Licence Fees")]


def test_report_without_its_item_number_gives_no_item():
    facts = _facts(_NUMBERED_REPORT.replace("Agenda Item No. 6", "The Borough of Eastby"))
    assert facts["agenda_items"] == []
