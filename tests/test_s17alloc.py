"""Session 17 allocations (our own words): figures listed year by year share their kind; a two-digit year pair beside
'year' is a financial year; a figure left by a project mention judged no project is read as money again; and the fund
fallback reads a fund that holds money to give, a sum on offer, the partnership's own grant and payouts 'to support'
a range of projects."""

from __future__ import annotations

import pytest

from extractors.grants import projects
from extractors.grants.funding_layout import FundingLayout
from extractors.readers.fiscal_year import find_financial_years
from tests.funding_helpers import document, funding_contract


def _allocations(text: str) -> list[tuple[str, float, str | None]]:
    result = funding_contract(text)
    return [(a.kind, float(a.amount), a.financial_year) for a in result["allocations"]]


# Figures listed year by year: the later figure's clause is only 'and', so it is what the earlier one is.

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Funding of £1.2m in 2023/24 and £1.3m in 2024/25 has been confirmed for the unit.\n",
         [("grant_total", 1200000.0, "2023/24"), ("grant_total", 1300000.0, "2024/25")]),
        ("The Fellside Unit has been awarded grants of £0.8m in 2022-23, £0.9m in 2023-24 and £0.7m in 2024-25.\n",
         [("grant_total", 800000.0, "2022/23"), ("grant_total", 900000.0, "2023/24"), ("grant_total", 700000.0, "2024/25")]),
    ],
)
def test_figures_listed_year_by_year_share_the_first_figures_kind(text, expected):
    assert _allocations(text) == expected


def test_a_second_figure_with_words_of_its_own_is_not_listed_beside_the_first():
    # '£4,000 for a minibus' names what the second figure is for: it is no second year's fund
    text = "The Tarn Safety Fund for 2023/24 is £30,000 and £4,000 for a minibus was agreed.\n"
    assert _allocations(text) == [("grant_total", 30000.0, "2023/24")]


# A two-digit year pair is a financial year only beside 'year'.

@pytest.mark.parametrize(
    "text, year",
    [
        ("money available for the 21-22 year", "2021/22"),
        ("the 23/24 financial year", "2023/24"),
        ("in financial year 19/20 the panel met", "2019/20"),
    ],
)
def test_a_two_digit_pair_beside_year_is_a_financial_year(text, year):
    assert [y.year for y in find_financial_years(text)] == [year]


@pytest.mark.parametrize("text", ["on 20/21 May", "sessions for 14-15 year olds", "a 20-22 year", "scored 20-21 overall"])
def test_a_two_digit_pair_elsewhere_or_an_age_is_no_year(text):
    assert find_financial_years(text) == []


def test_a_minutes_fund_status_with_a_short_year_pair():
    text = (
        "7. GRANTS FUND\n\nTo note the budget of £6,000 for the 21-22 year. £2,250 has already been given this year "
        "leaving £3,750 still available.\n"
    )
    assert ("remaining", 3750.0, "2021/22") in _allocations(text)


def test_a_habitual_grant_is_no_total():
    text = "Grants 2022/23\n\nd) Fellside Choir. Annual grant normally £600. Request for £700 this year.\n"
    assert _allocations(text) == []


# A figure claimed by a project mention that is then judged no project is money for the allocation rules again.

def test_a_figure_left_by_a_dropped_project_mention_is_read_as_the_bodys_grant():
    text = "The Tarnshire Youth Safety Unit (YSU) is to receive a base grant of £1.1m for 2023-24 – more than before.\n"
    layout = FundingLayout(document(text))
    claimed: set[int] = set()
    assert projects.find_mentions(layout, claimed) == []
    assert claimed == set()
    assert _allocations(text) == [("grant_total", 1100000.0, "2023/24")]


# The fund fallback's new forms.

@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Commissioner's Community Fund has £120,000 available in 2024/25.\n", [("grant_total", 120000.0, "2024/25")]),
        ("The Tarn Grants Scheme has £150,000 to award in total.\n", [("grant_total", 150000.0, None)]),
        ("There is £25,000 available through the Commissioner's Small Grants Scheme in 2023/24.\n",
         [("grant_total", 25000.0, "2023/24")]),
        ("£45,000 has been allocated to the CSP for 2023/24 by the Commissioner.\n", [("grant_total", 45000.0, "2023/24")]),
        ("Last spring over £212,000 was distributed to support a wide range of local projects.\n",
         [("approved_total", 212000.0, None)]),
        ("To note £1,500 of reserves plus the budget of £4,000, giving £5,500 available for the 22-23 year.\n",
         [("grant_total", 5500.0, "2022/23")]),
    ],
)
def test_the_fund_fallback_reads_more_ways_of_stating_a_fund(text, expected):
    assert _allocations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # one named recipient after the partnership is an award, not the partnership's grant
        "£8,000 has been allocated to the partnership for Tarn Youth Club in 2023/24.\n",
        # a single grant's size on offer is a limit
        "Grants of up to £5,000 each are available in 2024/25.\n",
        # money to support one named project
        "£3,000 was distributed to support the Fellside Lantern Walk.\n",
    ],
)
def test_the_fund_fallback_leaves_awards_and_limits(text):
    assert _allocations(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("This increases the total Community Grants Fund to £450,000 for 2024/25.\n", [("grant_total", 450000.0, "2024/25")]),
        ("The Commissioner's Community Fund 2023/24 totals £300,000 for local groups.\n", [("grant_total", 300000.0, "2023/24")]),
        ("The Commissioner will distribute £1m to the county's four Community Safety Partnerships in 2023/24.\n",
         [("grant_total", 1000000.0, "2023/24")]),
    ],
)
def test_a_fund_raised_in_the_present_tense_a_fund_total_by_year_and_money_for_the_partnerships(text, expected):
    assert _allocations(text) == expected


def test_a_fund_hedged_from_below_for_the_partnerships_is_a_bound():
    text = "The Commissioner will continue to distribute more than £1m to the county's four Community Safety Partnerships.\n"
    assert _allocations(text) == []


# A 'Total' row adding up award rows the project rules read as approved is their approved total.

def test_a_total_row_of_awards_under_a_heading_saying_they_were_awarded():
    text = (
        "Grants awarded 2023/24\n\nOrganisation | Amount\nTarn Youth Club | £2,000\nFellside Pantry | £3,500\n"
        "Total | £5,500\n"
    )
    assert _allocations(text) == [("approved_total", 5500.0, "2023/24")]


def test_a_total_row_that_does_not_add_up_is_no_approved_total():
    text = (
        "Grants awarded 2023/24\n\nOrganisation | Amount\nTarn Youth Club | £2,000\nFellside Pantry | £3,500\n"
        "Total | £6,000\n"
    )
    assert _allocations(text) == []


def test_a_total_row_of_requests_is_no_approved_total():
    text = (
        "Grant applications 2023/24\n\nOrganisation | Amount requested\nTarn Youth Club | £2,000\nFellside Pantry | £3,500\n"
        "Total | £5,500\n"
    )
    assert ("approved_total", 5500.0, "2023/24") not in _allocations(text)
