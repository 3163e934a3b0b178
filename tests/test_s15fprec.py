"""Funding precision, session 15 (our own words): facts a page does not state are left out, not guessed."""

from __future__ import annotations

import datetime as dt

from extractors.grants import funding
from tests.funding_helpers import document


def _funding(text: str, meeting_date: dt.date | None = None) -> dict[str, list]:
    return funding.to_contract(funding.extract_funding(document(text), meeting_date))


def _projects(text: str, meeting_date: dt.date | None = None) -> list[tuple[str, float | None, str | None, str]]:
    return [
        (p.name, None if p.amount is None else float(p.amount), p.financial_year, p.status)
        for p in _funding(text, meeting_date)["projects"]
    ]


def _allocations(text: str, meeting_date: dt.date | None = None) -> list[tuple[str, float | None, str | None]]:
    return [
        (a.kind, None if a.amount is None else float(a.amount), a.financial_year)
        for a in _funding(text, meeting_date)["allocations"]
    ]


# A meeting's date gives no grant year: minutes that print none leave the year unknown.


def test_minutes_grant_takes_no_year_from_the_meeting_date():
    text = "Grants\n\nResolved: that a grant of £450 be awarded to Fernby Bowls Club towards new mats.\n"
    assert _projects(text, dt.date(2023, 11, 8)) == [("Fernby Bowls Club – new mats", 450.0, None, "approved")]


def test_minutes_total_takes_no_year_from_the_meeting_date():
    text = "Grants to Voluntary Groups\n\nThe committee resolved to award grants totalling £6,210 to local groups.\n"
    assert _allocations(text, dt.date(2019, 2, 4)) == [("approved_total", 6210.0, None)]


def test_a_printed_year_still_wins_in_minutes():
    text = "Grants 2023/24\n\nResolved: that a grant of £450 be awarded to Fernby Bowls Club towards new mats.\n"
    assert _projects(text, dt.date(2023, 11, 8)) == [("Fernby Bowls Club – new mats", 450.0, "2023/24", "approved")]



def test_a_year_under_an_earlier_minute_item_is_not_a_later_items():
    text = (
        "Minutes\n\n5. Finance\nCheques presented for signature:\n\nAppoint the internal auditor for 2022-23\n"
        "AGREED by all.\n\n6. To consider donation requests:\nFernby Churchyard – £250 requested with a copy of the accounts. "
        "AGREED by all present to pay.\nTarn Chapel – RESOLUTION to agree in principle a donation of £250 later in the year.\n\n"
        "7. Planning\nNo applications.\n"
    )
    # since s19proj the agreement in principle under 'Tarn Chapel –' is a project too (as a real page's gold records it)
    assert [year for _, _, year, _ in _projects(text)] == [None, None]


# Status words of a lead or resolution.


def test_a_press_lead_naming_projects_receiving_funding_approves_them():
    text = "Community halls\n\nProjects receiving funding in the county include:\n\n• Fernby Hall - £4,000\n• Tarn Scouts - £2,500\n"
    assert [(name, status) for name, _, _, status in _projects(text)] == [("Fernby Hall", "approved"), ("Tarn Scouts", "approved")]


def test_projects_supported_by_a_named_fund_are_approved():
    text = "Other awards\n\nProjects supported by the TCSF included the following:\n- Fernby Boxing Club – £3,900\n"
    assert [(name, status) for name, _, _, status in _projects(text)] == [("Fernby Boxing Club", "approved")]


def test_a_grant_a_meeting_resolves_be_supported_is_recommended():
    text = "Ward budget\n\nThat a grant of £720 to Fernby Residents Group for new benches be supported.\n"
    assert _projects(text) == [("Fernby Residents Group – new benches", 720.0, None, "recommended")]


# Allocations: money asked for, summed, held in the bank, of last year, or a wider fund than the body's.


def test_an_amount_of_grant_requested_row_is_no_fund():
    text = "Small grants 2024/25\n\n3. Applicant – Fernby Tots.\n\n4. Amount of grant requested - £900 towards costs of £1,300.\n"
    assert _allocations(text) == []


def test_a_sum_making_a_total_is_neither_budget_nor_underspend():
    text = (
        "Budget\n\nA budget of £30,000 has been allocated for 2024/25. £1,250 underspend has been carried forward from "
        "2023/24, making a total of £31,250 to be distributed in 2024/25.\n"
    )
    assert ("underspend", 31250.0, "2023/24") not in _allocations(text)
    assert all(amount != 31250.0 for _, amount, _ in _allocations(text))


def test_a_cashbook_or_bank_statement_balance_is_the_councils_own_money():
    text = "Finance 2024/25\n\nThe cashbook showed a balance of £4,310.55 as at 1/10/2024. The bank statement showed a balance of £4,002.10.\n"
    assert _allocations(text) == []


def test_last_years_payout_is_no_stated_total():
    text = "About the fund\n\nLast year the fund granted more than £88,000 to support 14 projects across the valley.\n"
    assert _allocations(text) == []


def test_counted_recipients_sharing_a_sum_is_what_the_round_gave_out():
    text = "Safer streets\n\nThe commissioner has published the 2024-25 allocations, which see 12 local groups sharing £96,000 in funding.\n"
    assert _allocations(text) == [("approved_total", 96000.0, "2024/25")]


def test_a_national_fund_whose_share_for_the_body_follows_is_not_the_bodys():
    text = (
        "Support Fund\n\n3.1 The government is introducing a new £300 million Support Fund, and on 4 May confirmed that the "
        "allocation for Fernby would be £812,400.50.\n"
    )
    assert all(amount != 300000000.0 for _, amount, _ in _allocations(text))


def test_a_fund_made_available_to_all_authorities_in_a_nation_is_not_the_bodys():
    text = (
        "Background\n\nIn June the government widened the Relief Scheme with a fund of £250million made available to district "
        "councils and park authorities in Wales to help households under strain.\n"
    )
    assert _allocations(text) == []


# Projects: the applicant printed after a purpose's figure names it; bounds and fund sources are no projects.


def test_an_applicant_printed_after_the_purposes_figure_names_the_project():
    # The applicant as printed names the project (issue 17: applicant | description | amount); merged with s15fund's rule.
    text = (
        "Ward budget\n\nTo look at the following bids for grants from the Ward Community Budget:-\n\n"
        "a)   New Goal Posts – £1,240 – submitted by Fernby Rovers (Appendix A1)\n\n"
        "b)   Summer Trip - £380 – Mrs J Pike (Appendix A2)\n"
    )
    assert [(name, amount) for name, amount, _, _ in _projects(text)] == [
        ("Fernby Rovers", 1240.0), ("Mrs J Pike", 380.0)
    ]


def test_a_body_that_had_applied_for_a_grant_is_its_recipient_and_proposes_it():
    text = "Grants\n\nThe officer said that Tarnby Village Hall has applied for a grant of £3,000 for a new boiler.\n"
    assert _projects(text) == [("Tarnby Village Hall – a new boiler", 3000.0, None, "proposed")]


def test_a_bound_on_small_grants_is_no_project():
    text = "Grants 2024/25\n\nSmall Grants (£300 or less) awarded.\nNone awarded to date.\n"
    assert _projects(text) == []


def test_funds_listed_as_the_sources_of_an_allocation_are_no_projects():
    text = (
        "Decision\n\nThe Commissioner has approved the allocation of £42,000.00 from the following funding streams:\n\n"
        "Safer Streets Fund £30,000.00\n\nVictims Fund 2024 £12,000.00\n\nFunding has gone to the projects in Appendix A.\n"
    )
    assert _projects(text) == []
