"""Session 15 decision-record probes (our own words): officer and cabinet decision pages, decision registers
and label/value decision notices of many bodies."""

from __future__ import annotations

from extractors.proceedings.item_reports import extract_item_report
from tests.funding_helpers import document, funding_contract


def _facts(text: str) -> dict:
    return funding_contract(text)


def _allocations(text: str) -> list[tuple[str | None, str, float | None]]:
    return [(a.financial_year, a.kind, a.amount) for a in _facts(text)["allocations"]]


def _projects(text: str) -> list[tuple[str, float | None, str | None, str]]:
    return [(p.name, p.amount, p.financial_year, p.status) for p in _facts(text)["projects"]]


def test_a_date_of_decision_lends_no_year_to_a_fund_it_establishes():
    text = (
        "Decision details\n\nWinter Help Community Grant\n\nDecision Maker: Head of Services\n\n"
        "Decision:\n\nThat a 'Winter Help Community Grant' fund be set up in the sum of £8,000 so that households "
        "in the district can be helped.\n\n"
        "Publication date: 04/05/2021\n\nDate of decision: 22/03/2021\n"
    )
    # kept without a year since session 16 (the allocation fallback), as the real pages' gold records such a fund
    assert _allocations(text) == [(None, "grant_total", 8000.0)]
    printed = text.replace("in the sum of £8,000", "in the sum of £8,000 for 2021/22")
    assert _allocations(printed) == [("2021/22", "grant_total", 8000.0)]


def test_a_figure_spread_over_a_two_year_period_takes_no_year_printed_elsewhere():
    text = (
        "Issue - decisions\n\n12/05/2024 - Neighbourhood Grants\n\n"
        "The report set out the Neighbourhood Grants scheme. An allocation of £84,500 from the Prosperity Fund would "
        "be used to pay for this grant scheme over a two year period.\n\n"
        "Members discussed which aims to fund first in 2024/25.\n"
    )
    assert _allocations(text) == [(None, "grant_total", 84500.0)]  # without a year (session 16 allocation fallback)
    one_year = text.replace(" over a two year period", "")
    assert _allocations(one_year) == [("2024/25", "grant_total", 84500.0)]


def test_a_pound_nought_cell_beside_an_award_is_no_award():
    rows = [("Brookside Singers", "£3,250", "£0"), ("Harbour Youth Trust", "£7,400", "£0"),
            ("Fennel Lane Allotments", "£0", "£5,000"), ("Oakmoor Repair Cafe", "£2,100", "£0")]
    text = (
        "The following grants have been awarded as part of the Community Grants programme:\n\n"
        "Name of organisation\n\nProject name\n\nAward (revenue)\n\nAward (capital)\n\n"
        + "".join(f"{name}\n\nThe {name.split()[0]} project\n\n{a}\n\n{b}\n\n" for name, a, b in rows)
    )
    assert _projects(text) == [
        ("Brookside Singers", 3250.0, None, "approved"),
        ("Harbour Youth Trust", 7400.0, None, "approved"),
        ("Fennel Lane Allotments", 5000.0, None, "approved"),
        ("Oakmoor Repair Cafe", 2100.0, None, "approved"),
    ]


def test_a_grant_named_for_its_fund_and_dated_is_the_recipients_award():
    text = (
        "Decision details\n\nChange in purpose of grant to Marsh End Village Hall\n\n"
        "Decision Maker: Director of Community Services\n\nDecision status: Recommendations Approved\n\n"
        "Decision:\n\n1.1. Marsh End Village Hall was awarded a Village Halls Improvement Fund grant of £6,200 on "
        "4 May 2022 towards new windows.\n1.2. The grant will now pay for a new kitchen instead.\n\n"
        "Date of decision: 12/06/2022\n"
    )
    assert _projects(text) == [("Marsh End Village Hall – new windows", 6200.0, None, "approved")]
    assert _facts(text)["allocations"] == []


def test_an_allocation_of_funding_from_a_named_fund_to_a_council_is_its_award():
    text = (
        "Decision:\n\nThat the Director of Investment approved the allocation of £415,000 of funding from the "
        "Growth Pre-Development Fund to Kelham Borough Council to undertake design works for a new library.\n"
    )
    assert _projects(text) == [
        ("Kelham Borough Council – undertake design works for a new library", 415000.0, None, "approved")
    ]


def test_a_register_row_granting_an_award_from_a_fund_names_the_council_it_goes_to():
    text = (
        "DD 41\n\nStart-up Space Fund: Riverside Incubator\n\n"
        "To settle the money and contract terms that follow from the Board decision to grant an award "
        "£98,000 from the Start-up Space Fund to Westmere City Council to help pay for the Riverside "
        "Incubator project.\n\nJane Roe, Monitoring Officer 02/05/2019 Non-Key decision Approved\n"
    )
    assert [(name.split(" – ")[0], amount) for name, amount, _, _ in _projects(text)] == [("Westmere City Council", 98000.0)]


def test_a_schedule_of_decisions_awarding_a_grant_on_the_decision_line_names_the_applicant():
    text = (
        "Schedule of Decisions\n\nOld Mill Oral Histories\n\nApplicant: Glenbrook Heritage Society\n\n"
        "Project description: The project would record memories of the mill.\n\nDecision: Reject\n\n"
        "Chapel Roof Repairs\n\nApplicant: Friends of Tarn Chapel\n\n"
        "Project description: The project would repair the chapel roof for community use.\n\n"
        "Decision: Award grant of £12,400 (90%)\n"
    )
    assert _projects(text) == [("Friends of Tarn Chapel", 12400.0, None, "approved")]



def _item_reports(text: str) -> list[tuple[str, object]]:
    return [(r.title, r.meeting_date) for r in extract_item_report(document(text))]


def test_a_bracketed_report_of_line_under_an_issue_decision_line_is_the_items_report():
    text = (
        "Issue - decisions\n\nTown Centre Events Grants\n\n12/05/2024 - Town Centre Events Grants\n\n"
        "(Report of Director of Place)\n\n\nThe report set out a scheme of small grants for events.\n\n"
        "(1)   the scheme, as detailed in the report, be endorsed.\n"
    )
    assert [(r.title, r.meeting_date) for r in extract_item_report(document(text))] == [("Town Centre Events Grants", None)]


def test_item_pages_whose_minutes_say_a_report_was_provided_or_before_the_committee_have_its_report():
    provided = (
        "Agenda item\n\nLocal Policing Grants\n\nThe Commissioner's report lists the grants for the Panel.\n\n"
        "Minutes:\n\nThe Panel was provided with a report of the Commissioner on the grants.\n"
    )
    before_it = (
        "Agenda item\n\nCommunity Gala Funding 2025/26\n\nMinutes:\n\n"
        "The Committee had before it a report by the Director of Resources listing the bids.\n"
    )
    numbered = (
        "Agenda item\n\nSafer Streets Update\n\nMinutes:\n\n"
        "31.1           The report of the Head of Leisure, circulated at Pages 4-9, gave an update on the partnership.\n"
    )
    assert _item_reports(provided) == [("Local Policing Grants", None)]
    assert _item_reports(before_it) == [("Community Gala Funding 2025/26", None)]
    assert _item_reports(numbered) == [("Safer Streets Update", None)]


def test_an_item_page_providing_an_update_or_citing_a_paragraph_of_the_report_has_none():
    text = (
        "Agenda item\n\nSafer Streets Update\n\nMinutes:\n\nThe officer provided an update on patrols, as provided "
        "in the report, and 3.2 of the report was noted.\n"
    )
    assert _item_reports(text) == []


def test_an_offer_to_each_council_of_a_grant_is_a_rate_not_a_total():
    text = (
        "Democratic Services Committee: 3rd March 2025\n\nReport of the Head of Democratic Services\n\n"
        "Website Grants for Parish Councils\n\n"
        "3.  All 14 parish councils were written to. In that letter the Council set out its offer to each parish "
        "council of a £750 grant for 2025/26.\n"
    )
    assert _allocations(text) == []


def test_a_decision_logs_approved_total_still_takes_the_year_of_its_date_of_decision():
    text = (
        "Decision Ref:\n\n2025/04\n\nDecision:\n\nI have approved the grants to the clubs in the annex.\n"
        "The total amount of the grants is £3,150\n\nDate of Decision:\n\n9th July 2025\n"
    )
    assert _allocations(text) == [("2025/26", "approved_total", 3150.0)]
