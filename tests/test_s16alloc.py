"""Session 16 allocation fallback (our own words): where the allocation rules keep nothing, a fund's size, the total a
body gave out, or the balance left is read by one general test of the figure's clause (``allocation_fallback``);
parts, rates, bounds, single recipients and costs are no fund totals."""

from __future__ import annotations

import pytest

from extractors.grants.fund_relations import fund_total_kind
from tests.funding_helpers import funding_contract


def _allocations(text: str) -> list[tuple[str, float, str | None]]:
    result = funding_contract(text)
    return [(a.kind, float(a.amount), a.financial_year) for a in result["allocations"]]


# A fund noun governing the figure, with what may stand between them.

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Grant criteria\n2. The total Small Grants fund available is £8,000.\n3. Two rounds are agreed for 2024-25.\n",
         [("grant_total", 8000.0, "2024/25")]),
        ("The council confirmed that the allocation for Tarnby and Fellside would be £1,204,311.50 under the new support fund.\n",
         [("grant_total", 1204311.5, None)]),
        ("The panel made its recommendations from an available budget of £96,400.\n", [("grant_total", 96400.0, None)]),
        ("The overall allocated budget for village groups is £15,000.\n", [("grant_total", 15000.0, None)]),
        ("Decision: That a 'Cold Snap Grant' fund be set up in the sum of £12,000 to help households.\n",
         [("grant_total", 12000.0, None)]),
        ("1. To allocate the full grant amount of £410,000 as shown in Annex B.\n", [("grant_total", 410000.0, None)]),
        ("The Tarn Unit was given money from a new winter fund. This funding, of £88,120, will support youth charities.\n",
         [("grant_total", 88120.0, None)]),
    ],
)
def test_a_fund_noun_governing_the_figure_states_the_fund(text, expected):
    assert _allocations(text) == expected


# The body receiving its grant, whoever pays it.

@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Home Office has announced that Tarnshire has secured funding of £1.2million for 2024/25.\n",
         [("grant_total", 1200000.0, "2024/25")]),
        ("Tarnside's Youth Safety Network (YSN) has been awarded a further £640,000 to keep its outreach going.\n",
         [("grant_total", 640000.0, None)]),
        ("We're delighted to have been allocated £2.4 million from the national prosperity programme.\n",
         [("grant_total", 2400000.0, None)]),
        ("It was reported that the Council has been awarded renewal funding of £215,300 for 2025/26.\n",
         [("grant_total", 215300.0, "2025/26")]),
    ],
)
def test_the_body_receiving_a_grant_states_its_fund(text, expected):
    assert _allocations(text) == expected


# What the body gave out, and what is left.

@pytest.mark.parametrize(
    "text, expected",
    [
        ("In total, £0.9m was distributed between 24 projects from the first round.\n", [("approved_total", 900000.0, None)]),
        ("Fellside Parish Council has agreed to distribute £1,300 in grant money to nine village organisations.\n",
         [("approved_total", 1300.0, None)]),
        ("Tarnby Parish Council voted to hand out grants totalling £9,250 to village clubs and societies.\n",
         [("approved_total", 9250.0, None)]),
        ("The council's Civic Raffle Fund will see 12 organisations share a total of £4,120 this spring.\n",
         [("approved_total", 4120.0, None)]),
        ("The Commissioner has today approved an allocation of £61,250.00, drawn from the funding streams listed below:\n",
         [("approved_total", 61250.0, None)]),
        ("There is a balance of £212,400 remaining in the Safer Streets Partnership Fund for further work.\n",
         [("remaining", 212400.0, None)]),
    ],
)
def test_what_the_body_gave_out_or_has_left(text, expected):
    assert _allocations(text) == expected


def test_a_headline_figure_read_as_a_fund_by_default_is_the_payout_its_text_states():
    text = (
        "Tarnby Parish Council Allocates £18,200 in Community Grants\n\n"
        "In March the Parish Council allocated a total of £18,200 from its grants budget to several village groups.\n"
    )
    assert _allocations(text) == [("approved_total", 18200.0, None)]


def test_a_rounded_headline_figure_restating_the_exact_one_is_left_out():
    text = (
        "Village groups are celebrating, having been awarded a share of £6,000 in funding.\n\n"
        "The council's Community Fund will see 14 organisations share a total of £6,035 once councillors approved the bids.\n"
    )
    assert _allocations(text) == [("approved_total", 6035.0, None)]


# Parts, rates, bounds, single recipients, costs and proposals are no fund totals.

@pytest.mark.parametrize(
    "text",
    [
        "All councillors have a small budget of £4,000 each to spend in their wards.\n",
        "A budget of £1.9 million for the mayor's priorities has been approved by the Tarn Combined Authority.\n",
        "Council be recommended to approve the overall budget of £12.5m and the funding plan for the development of a new leisure centre.\n",
        "The Board will give its final advice on the allocation of £180,000 for the TYN in May.\n",
        "The Home Office confirmed £8m of funding was being made available to police forces across England.\n",
        "The clerk reported interest of £3.10 received, leaving a balance of £702.45 in the account.\n",
        "Cabinet approves raising the present budget of £31,500 up to £90,000 for the 2026-2027 grants scheme.\n",
        "The working group proposed that the council award £1,500 in grants, £100 more than the year before.\n",
        "Fellshire has secured funding worth £2.7million over the next three years for its youth outreach work.\n",
        "In all, 40 bids came in, with a combined project total of £1,812,000 sought from the fund.\n",
    ],
)
def test_parts_rates_single_recipients_costs_and_proposals_are_no_fund_totals(text):
    assert _allocations(text) == []


def test_a_wider_fund_whose_share_for_the_body_follows_is_not_the_bodys_fund():
    text = "1. To allocate the full grant amount of £280,000.\nTarnshire has been given £7,512,300.40 in total, of which Fellside Council have been allocated £280,000.\n"
    assert _allocations(text) == [("grant_total", 280000.0, None)]


def test_the_fallback_reads_nothing_where_the_allocation_rules_keep_a_figure():
    text = (
        "The Community Grants budget for 2024/25 is £30,000.\n"
        "The total Small Grants fund available is £8,000.\n"
    )
    assert _allocations(text) == [("grant_total", 30000.0, "2024/25")]


def test_a_fund_total_is_larger_than_any_grant_the_span_gives_out():
    text = (
        "The Commissioner's community fund has awarded the following grants:\n"
        "- Tarnby Youth Club - £6,000 for evening sessions\n"
        "- Fellside Food Bank - £5,500 for a delivery van\n"
        "With funding of £5,000 the youth club will double its sessions.\n"
    )
    assert ("grant_total", 5000.0, None) not in _allocations(text)


@pytest.mark.parametrize(
    "left, right, kind",
    [
        ("So far the Commissioner has given away", "to local groups from his fund", "approved_total"),
        ("The Crime Reduction Network (CRN) has been awarded", ".", "grant_total"),
        ("There is an unallocated balance of", "in the Community Grants budget.", "remaining"),
        ("Staff Pension Fund for 2024/25 is", ".", None),
    ],
)
def test_fund_total_kind_reads_the_clause(left, right, kind):
    assert fund_total_kind(left, right) == kind


# Rules the review found untested (each read through the whole funding extractor).

@pytest.mark.parametrize(
    "text, expected",
    [
        ("£250,000 is set aside in the Community Grants budget for village groups.\n", [("grant_total", 250000.0, None)]),
        ("£250,000 is set aside in the Community Grants budget for housing.\n", []),
        ("£250,000 is set aside in the Community Grants budget for construction.\n", []),
        ("The Community Grants budget available for village groups is £250,000.\n", [("grant_total", 250000.0, None)]),
        ("The Community Grants budget available for land is £250,000.\n", []),
        ("The Community Grants budget available for the roundabout is £250,000.\n", []),
    ],
)
def test_a_capital_scheme_word_makes_the_figure_a_part(text, expected):
    """The same fund for groups is kept; for housing, construction, land or a roundabout it is a scheme's part."""
    assert _allocations(text) == expected


@pytest.mark.parametrize(
    "funder, expected",
    [
        ("The council", [("grant_total", 8000000.0, None)]),
        ("The DfE", []),
        ("The DLUHC", []),
        ("The Home Office", []),
    ],
)
def test_a_national_funders_money_named_by_its_acronym_is_not_the_bodys(funder, expected):
    text = f"{funder} announced £8m of funding was being made available for holiday clubs.\n"
    assert _allocations(text) == expected


def test_an_acronym_subject_that_received_a_grant_is_the_body():
    assert _allocations("The YSU has been awarded a further £640,000 for its outreach.\n") == [("grant_total", 640000.0, None)]


@pytest.mark.parametrize(
    "text",
    [
        "The Eastby Angling Club (EAC) has been awarded £12,000 from the Tarn Lottery.\n",
        "Tarnshire Wildlife Trust has secured funding of £48,000.\n",
    ],
)
def test_a_club_or_trust_receiving_a_grant_is_no_body_fund(text):
    assert _allocations(text) == []


def test_came_to_links_a_fund_noun_to_its_figure():
    assert _allocations("The grants pot came to £14,500 this year.\n") == [("grant_total", 14500.0, None)]
