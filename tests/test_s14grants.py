"""Session 14 grants probes (our own words): lettered items 'a. Name £N' under a lead that approves them,
a year printed 'for 2024 to 2025' without the words 'financial year'."""

from __future__ import annotations

import datetime as dt
import json

from extractors.grants import funding
from extractors.readers import fiscal_year
from tests.funding_helpers import document


def _projects(text: str, meeting_date: dt.date | None = None) -> list[tuple[str, float | None, str | None, str | None]]:
    result = funding.to_contract(funding.extract_funding(document(text), meeting_date))
    return [(p.name, p.amount, p.financial_year, p.status) for p in result["projects"]]


def test_letter_dot_items_under_an_approving_lead_are_projects_of_the_lead_year():
    text = (
        "Resolved:\n\n"
        "1.   The allocation of Village Fund grants for 2024 to 2025 be approved, namely:\n\n"
        "a.   Ashby Lane Allotments, Marlow Green £2,300\n\n"
        "b.   Fenwick Youth Theatre, Fenwick £4,150\n\n"
        "c.   Orchard Road Lunch Club £900\n"
    )
    assert _projects(text, dt.date(2024, 2, 6)) == [
        ("Ashby Lane Allotments, Marlow Green", 2300.0, "2024/25", "approved"),
        ("Fenwick Youth Theatre, Fenwick", 4150.0, "2024/25", "approved"),
        ("Orchard Road Lunch Club", 900.0, "2024/25", "approved"),
    ]


def test_a_circa_figure_at_a_line_start_opens_no_item():
    text = "The village fund awarded grants this spring to the bowls club, about\nc. £400 in all, paid in May.\n"
    assert _projects(text) == []


def test_year_to_year_after_for_or_a_grant_word_is_a_financial_year_but_not_after_from():
    years = lambda text: [y.year for y in fiscal_year.find_financial_years(text, 0, len(text))]
    assert years("funding for 2023 to 2024 be approved") == ["2023/24"]
    assert years("Community Grants 2023 to 2024") == ["2023/24"]
    assert years("the scheme ran from 2023 to 2024 in two towns") == []
    assert years("grants for 2023 to 2025") == []


def _facts(text: str) -> dict:
    from extractors.facts import extract_facts

    return json.loads(extract_facts(document(text)).model_dump_json())


_DECISION_LOG = (
    "Date: 14/11/23\n"
    "Title: Safer Parks Fund - agreement to enter into grant agreements\n"
    "Summary: Following the successful bids to the national fund, agreement that the Authority will enter into grant "
    "agreements with the providers named in the bids.\n"
    "First Bid:\n"
    "Harbour Youth Trust - £12,400.00\n"
    "Millbrook Borough Council - £6,250.00\n"
    "Kestrel Arts Ltd - £31,000.00\n"
    "Second Bid:\n"
    "Millbrook Borough Council - £18,900.00\n"
    "Eastfield Council - £7,300.00\n"
    "Riverside Mentoring CIC - £4,450.00\n"
    "Decision Approved: Approved\n"
    "Signed: Ann Other, Head of Community Safety\n"
)


def test_a_decision_log_entry_approves_its_bid_lists_and_its_date_gives_no_year():
    facts = _facts(_DECISION_LOG)
    assert [(p["name"], p["amount"], p["financial_year"], p["status"]) for p in facts["projects"]] == [
        ("Harbour Youth Trust", 12400.0, None, "approved"),
        ("Millbrook Borough Council", 6250.0, None, "approved"),
        ("Kestrel Arts Ltd", 31000.0, None, "approved"),
        ("Millbrook Borough Council", 18900.0, None, "approved"),
        ("Eastfield Council", 7300.0, None, "approved"),
        ("Riverside Mentoring CIC", 4450.0, None, "approved"),
    ]
    assert [r["meeting_date"] for r in facts["reports"]] == [None]


def test_one_name_on_two_lines_of_one_list_with_two_figures_is_two_awards_and_one_figure_is_one():
    text = (
        "The panel awarded the following grants for 2024/25:\n"
        "Harbour Youth Trust - £1,200\nKestrel Arts Ltd - £900\nHarbour Youth Trust - £650\nEastfield Choir - £300\n\n"
        "Kestrel Arts Ltd - £900\n"
    )
    assert [(p[0], p[1]) for p in _projects(text)] == [
        ("Harbour Youth Trust", 1200.0), ("Kestrel Arts Ltd", 900.0), ("Harbour Youth Trust", 650.0), ("Eastfield Choir", 300.0),
    ]


_CONTRIBUTIONS = (
    "Decisions published\n\n"
    "04/09/2024 - Contributions to the Safer Streets Programme ref: 512    Recommendations Approved\n\n"
    "To seek approval of contributions to community safety work\n\n"
    "Decision Maker: Cabinet Member for Communities\n\n"
    "Decision:\n\n"
    "That the Cabinet Member for Communities approves the following contributions:\n\n"
    "a)    £12,000 for the delivery of a mentoring service for young people leaving care.\n\n"
    "b)    £6,000 for 2024-25 and 2025-26 for the delivery of a restorative justice pilot.\n\n"
    "c)    £9,500 for 2024/25 towards the Eastfield Night Bus scheme\n\n"
    "d)    A total of £40,200 for 2024/25 towards the salaries of four neighbourhood wardens.\n\n"
    "e)    £3,000 to support delivery of a school travel safety campaign\n"
)


def test_figure_first_items_name_their_purpose_with_only_their_own_year_and_the_published_decision_approves():
    assert _projects(_CONTRIBUTIONS) == [
        ("delivery of a mentoring service for young people leaving care", 12000.0, None, "approved"),
        ("delivery of a restorative justice pilot", 6000.0, None, "approved"),
        ("Eastfield Night Bus scheme", 9500.0, "2024/25", "approved"),
        ("salaries of four neighbourhood wardens", 40200.0, "2024/25", "approved"),
        ("delivery of a school travel safety campaign", 3000.0, None, "approved"),
    ]


def test_figure_first_purpose_items_asked_for_in_a_report_are_recommended():
    text = (
        "Recommendation\n\n"
        "The Cabinet is recommended to approve the following grants:\n\n"
        "a)    £4,000 for the delivery of a youth boxing programme.\n\n"
        "b)    £2,500 towards the Harbour Lights festival\n"
    )
    assert _projects(text) == [
        ("delivery of a youth boxing programme", 4000.0, None, "recommended"),
        ("Harbour Lights festival", 2500.0, None, "recommended"),
    ]


def test_figure_first_items_under_a_lead_that_decides_nothing_are_not_read():
    text = (
        "Spending so far on the following grants:\n\n"
        "a)    £4,000 for the delivery of a youth boxing programme.\n\n"
        "b)    £2,500 towards the Harbour Lights festival\n"
    )
    assert _projects(text) == []


def test_award_bullets_run_onto_one_line_after_a_recommending_lead_are_recommended():
    text = (
        "CABINET – 4TH MARCH 2025 Report of the Head of Communities ITEM 7 COMMUNITY GRANTS ROUND TWO 2024/2025 "
        "Recommendations 1. That the following Community Grants be awarded: • £600 to Larchfield Scouts towards camping "
        "equipment; • £1,250 to the Hollin Trust towards volunteer training; • £2,000 to Brookside Bowls Club towards a "
        "new mower. 2. That the following applications be declined: • Eastgate Film Society - £900 requested – applied "
        "for funding towards a projector.\n"
    )
    assert _projects(text) == [
        ("Larchfield Scouts", 600.0, "2024/25", "recommended"),
        ("Hollin Trust", 1250.0, "2024/25", "recommended"),
        ("Brookside Bowls Club", 2000.0, "2024/25", "recommended"),
    ]


def test_a_bullet_inside_a_sentence_opens_no_award_line():
    text = "The fund gave grants this year • £600 to Larchfield Scouts towards camping equipment.\n"
    assert _projects(text) == []


def test_items_under_a_refusing_clause_run_into_the_item_above_are_no_projects():
    text = (
        "Fund the five applications which met the criteria. The grant recipients for 2024/25 are as follows:\n"
        "* Marlow Green Scouts - £1,500\n"
        "* Fenwick Village Hall - £2,200\n"
        "* Orchard Road Lunch Club - £800 for winter meals, subject to the usual conditions of grant\n"
        "Do not fund the two applications which fell outside the criteria (details attached):\n"
        "* Eastgate Film Society - £900\n"
        "* Harbour Lights Trust - £3,000.\n"
    )
    assert [p[0] for p in _projects(text)] == ["Marlow Green Scouts", "Fenwick Village Hall", "Orchard Road Lunch Club"]


def test_a_sentence_before_a_figure_is_no_project_name():
    text = (
        "RESOLVED that:\n\n"
        "(i)    Members note the grants update and the projects approved for funding;\n\n"
        "(ii)   Members note the unallocated £12,400.50 and that it will not be carried forward.\n\n"
        "Highlights of the year:\n\n"
        "  • Our partners and my office successfully secured £250,000 this spring.\n"
    )
    assert _projects(text) == []


def test_press_awards_gifted_handed_and_set_to_receive_name_their_recipient():
    text = (
        "Sound Minds Harwick has been gifted £12,000 to open a quiet room for young people.\n\n"
        "Fellside Boxing Academy has been handed £8,500 to run evening sessions.\n\n"
        "Five groups will share £30,000 of capital grants, including Marlow Parish Council which is set to receive "
        "£9,000 to resurface the village car park.\n"
    )
    assert [(p[0].split(" – ")[0], p[1], p[3]) for p in _projects(text)] == [
        ("Sound Minds Harwick", 12000.0, "approved"),
        ("Fellside Boxing Academy", 8500.0, "approved"),
        ("Marlow Parish Council", 9000.0, "approved"),
    ]


def test_a_team_name_with_an_age_group_is_the_recipient_not_the_purpose():
    text = "Meanwhile, Eastfield Under 12s FC were awarded £300 towards pitch hire and kit.\n"
    assert [p[0] for p in _projects(text)] == ["Eastfield Under 12s FC – pitch hire and kit"]


def test_quote_marker_bullets_under_a_will_benefit_lead_are_approved_awards():
    text = (
        "Two more village projects have been given money from the regeneration fund.\n"
        "The other groups and projects that will benefit include:\n"
        "> Marlow Methodist Church – £21,300.50 for a new kitchen\n"
        "> Fenwick Parish Council – £15,000 for a play area\n"
    )
    assert [(p[0], p[1], p[3]) for p in _projects(text)] == [
        ("Marlow Methodist Church", 21300.5, "approved"),
        ("Fenwick Parish Council", 15000.0, "approved"),
    ]


def test_a_lead_run_into_the_item_above_gives_the_items_after_it_their_status():
    text = (
        "The committee awarded the following grants for 2024/25:\n"
        "· Marlow Lunch Club - £2,000\n"
        "· Fenwick Credit Union - £1,500\n"
        "Members were asked to consider two new grant applications for Eastfield:\n"
        "· Eastfield Allotment Fence - £2,400\n"
        "· Orchard Road Café - £900\n"
    )
    assert [(p[0], p[3]) for p in _projects(text)] == [
        ("Marlow Lunch Club", "approved"), ("Fenwick Credit Union", "approved"),
        ("Eastfield Allotment Fence", "proposed"), ("Orchard Road Café", "proposed"),
    ]


def test_press_awards_with_asides_and_bracketed_qualifiers_name_their_recipient():
    text = (
        "Groups to benefit include Eastfield Gymnastics Club which was awarded £900 towards coaching courses and "
        "Marlow Cricket Club (ladies) who were granted £300 towards nets.\n\n"
        "Meanwhile, Fenwick Tap Club was awarded £400 towards hall hire, Harbour Majorettes £350 towards coach travel "
        "and the Lantern Society was granted £250 towards insurance.\n\n"
        "The Harwick Community Bus Trust (HCBT), which was recently given a volunteering award, will get £9,000 to put "
        "towards a new minibus.\n\n"
        "Harwick Reuse - the charity that collects unwanted furniture for families in need - was awarded £6,000 "
        "towards a bigger warehouse.\n"
    )
    assert [(p[0].split(" – ")[0], p[1]) for p in _projects(text)] == [
        ("Eastfield Gymnastics Club", 900.0),
        ("Marlow Cricket Club (ladies)", 300.0),
        ("Fenwick Tap Club", 400.0),
        ("Harbour Majorettes", 350.0),
        ("Lantern Society", 250.0),
        ("Harwick Community Bus Trust (HCBT)", 9000.0),
        ("Harwick Reuse", 6000.0),
    ]


def test_numbered_figure_first_purpose_items_are_list_items():
    text = (
        "Recommendation\n\n"
        "The Cabinet is recommended to approve the following grants:\n\n"
        "1.   £4,000 for the delivery of a youth boxing programme.\n\n"
        "2.   £2,500 towards the Harbour Lights festival\n"
    )
    assert _projects(text) == [
        ("delivery of a youth boxing programme", 4000.0, None, "recommended"),
        ("Harbour Lights festival", 2500.0, None, "recommended"),
    ]


def test_figure_first_budget_lines_under_an_allocations_lead_are_no_projects():
    text = (
        "The capital budget for 2024/25 includes the following allocations:\n\n"
        "a)    £50,000 for the resurfacing of the depot yard.\n\n"
        "b)    £20,000 towards the replacement of street lighting.\n\n"
        "I approve the recommendations above.\n"
    )
    assert _projects(text) == []


def test_a_run_on_list_under_refusing_words_after_an_approved_one_is_no_projects():
    text = (
        "The panel met on Tuesday. Approved awards: Harbour Youth Trust - £1,200 Kestrel Arts Ltd - £900 "
        "Eastfield Choir - £300 Declined applications: Marlow Film Club - £700 Fenwick Dance - £450 Orchard Players - £800\n"
    )
    assert [p[0] for p in _projects(text)] == ["Harbour Youth Trust", "Kestrel Arts Ltd", "Eastfield Choir"]
