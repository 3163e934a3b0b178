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
    assert [year for _, _, year, _ in _projects(text)] == [None]


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
