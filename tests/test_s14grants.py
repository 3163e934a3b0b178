"""Session 14 grants probes (our own words): lettered items 'a. Name £N' under a lead that approves them,
a year printed 'for 2024 to 2025' without the words 'financial year'."""

from __future__ import annotations

import datetime as dt

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
