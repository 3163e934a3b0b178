"""Session 16 allocations, round 2 (our own words): financial years printed 'in 2023 to 2024' and every other form the
issue lists, and fund totals stated in the future tense, as a fund's worth, or as money put into a named fund
(``allocation_fallback``), with their parts and single recipients still left out."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.readers.fiscal_year import find_financial_years
from tests.funding_helpers import funding_contract


def _allocations(text: str) -> list[tuple[str, float, str | None]]:
    result = funding_contract(text)
    return [(a.kind, float(a.amount), a.financial_year) for a in result["allocations"]]


@pytest.mark.parametrize(
    "text, year",
    [
        ("In 2023 to 2024 the fund will give out grants.", "2023/24"),
        ("Grants awarded in 2023-4 are listed below.", "2023/24"),
        ("The 2024-2025 round is now open.", "2024/25"),
        ("The 2023/24 scheme closed in May.", "2023/24"),
        ("Grants for the municipal year 2024/25 are shown.", "2024/25"),
        ("The 2024/2025 round opens.", "2024/25"),
        ("The fund for 2025 to 2026 opens in April.", "2025/26"),
    ],
)
def test_every_printed_year_form_is_one_financial_year(text, year):
    assert [m.year for m in find_financial_years(text)] == [year]


@pytest.mark.parametrize(
    "text",
    [
        "Crime fell from 2023 to 2024 across the county.",
        "Figures during 2022 to 2023 were lower.",
        "In 2021 to 2024 the plan was delivered.",
    ],
)
def test_calendar_spans_joined_by_to_are_no_financial_year(text):
    assert [m.year for m in find_financial_years(text) if m.year] == []


def test_the_new_financial_year_is_the_year_after_the_one_described():
    text = "In 2024/25 the fund gave out £10,000. The new financial year brings a new round."
    assert [m.year for m in find_financial_years(text)] == ["2024/25", "2025/26"]
    dated = find_financial_years("Bids open in the new financial year.", meeting_date=dt.date(2025, 2, 10))
    assert [m.year for m in dated] == ["2025/26"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Community Action Fund\nIn 2023 to 2024 the Commissioner will be allocating £35,000 to the projects "
         "the panel shortlists.\n", [("grant_total", 35000.0, "2023/24")]),
        ("The Safer Streets Fund will distribute £60,000 to local community groups this year.\n",
         [("grant_total", 60000.0, None)]),
        ("The Tarnside Community Fund is worth £45,000 and opens to applications in June.\n",
         [("grant_total", 45000.0, None)]),
        ("The council has set aside amounts for the Youth Grants (£40,000) and the Tarn Safety Grants (£3,000), with "
         "reviews in March.\n", [("grant_total", 40000.0, None), ("grant_total", 3000.0, None)]),
    ],
)
def test_a_fund_stated_in_the_future_or_as_its_worth(text, expected):
    assert _allocations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Commissioner will be allocating £35,000 to Tarnside Youth Club from the fund.\n",
        "The fund will award £2,000 to each of the groups that apply.\n",
        "The new pavilion is worth £450,000 and was funded by grants.\n",
        "The Commissioner will allocate £35,000 to the fund over the next three years.\n",
        "Funding (£5,000) went to Tarn Club.\n",
        "The Tarn Youth Fund (£4,000) was awarded to Tarn Club.\n",
        "The Tarn Club grants (£500 each) were paid.\n",
    ],
)
def test_a_single_recipient_a_rate_a_cost_or_several_years_is_no_fund(text):
    assert _allocations(text) == []


def test_counted_recipients_are_one_vocabulary_for_rounds_and_the_fallback():
    """Review mend: the fallback's count and recipient kinds are round_cues' (no second list), which now reads every
    tens word and 'associations'/'societies' too."""
    from extractors.grants import allocation_fallback, round_cues, stated_totals

    assert round_cues.shared_round("Seventy local associations will share ", "")
    assert round_cues.shared_round("", " has been split between sixty societies in the county")
    assert allocation_fallback.fund_total_kind("", " was distributed between seventy local associations.") == "approved_total"
    assert stated_totals.stated_kind("A total of", " was awarded to sixty societies in the county.") == "approved_total"
    text = "Seventy local associations will share a total of £9,000 from the Community Fund.\n"
    assert _allocations(text) == [("approved_total", 9000.0, None)]
    text = "Sixty village societies will share a total of £12,000 from the Community Fund.\n"
    assert _allocations(text) == [("approved_total", 12000.0, None)]
