"""Round 20 probes of the money fields (our own words): resolutions approving grants 'totalling £N',
one grant named by its purpose, a fund put on offer ('again making £N available', 'this round offering £N')."""

from decimal import Decimal

from funding_helpers import funding_contract


def allocations(text: str) -> set:
    return {(a.kind, a.financial_year, a.amount) for a in funding_contract(text)["allocations"]}


def test_a_resolution_approving_grants_totalling_a_figure_is_the_approved_total():
    text = (
        "Decision:\n\n1)   Note the report.\n\n2)   Approve proposals to award neighbourhood support grants for a period of "
        "twelve months from 1 April 2025 to 31 March 2026 as set out in the report, totalling £318,440.\n"
    )
    assert ("approved_total", "2025/26", Decimal("318440")) in allocations(text)
    assert allocations("Resolved:\n(a) To approve capital grants for 2023/24, listed in the appendix, totalling £96,500.\n") == {
        ("approved_total", "2023/24", Decimal("96500"))
    }


def test_a_resolution_to_award_a_total_in_grants_is_the_approved_total():
    text = "Decision 2024/25:\n1) To award a total of £212,300 in capital grants to the 11 organisations listed in the notice.\n"
    assert allocations(text) == {("approved_total", "2024/25", Decimal("212300"))}


def test_resolution_near_misses_are_not_approved_totals():
    # applications, not grants; a request, not a resolution; a single grant
    assert allocations("2) Note the applications received in 2024/25, totalling £80,000.\n") == set()
    assert allocations("Members were asked whether grants totalling £80,000 in 2024/25 should be refused.\n") == set()
    assert allocations("1) To award a total of £4,000 to Fenwick Rowing Club in 2024/25.\n") == set()


def test_one_grant_named_by_its_purpose_is_not_the_years_fund():
    assert allocations("Finance 2023/24\nThe clerk reported that the £950 playground grant cheque had been banked.\n") == set()
    assert allocations("Agenda 2023/24\n4. To receive details of the £300 bench grant and decide where to place it.\n") == set()


def test_a_fund_named_after_its_figure_is_still_the_fund():
    text = "Finance 2023/24\nThe clerk reported that the £40,000 community grant scheme opens for bids in May.\n"
    assert allocations(text) == {("grant_total", "2023/24", Decimal("40000"))}


def test_a_funder_again_making_a_sum_available_states_the_funds_size():
    text = "Over the years the fund has helped many groups. This year we are again making £45,000 available to support projects.\n"
    assert allocations(text) == {("grant_total", None, Decimal("45000"))}


def test_a_round_offering_a_sum_states_the_funds_size():
    text = "Funds are reviewed each spring, with this third round offering £55,000. Bids close in April.\n"
    assert allocations(text) == {("grant_total", None, Decimal("55000"))}
    assert allocations("The shop is offering £5 off all purchases this week.\n") == set()


def test_the_bounds_of_one_grant_restated_as_an_award_are_not_the_fund():
    text = (
        "A village club has been given £2,500 from the Commissioner's Safer Lanes Fund.\n\n"
        "The Commissioner is providing £240,000 in 2023/24 through the Safer Lanes Fund in the form of grants of "
        "between £200 and £2,500.\n\n"
        "The club secretary said: “We are thrilled to have been awarded £2,500 from the Safer Lanes Fund.”\n"
    )
    assert allocations(text) == {("grant_total", "2023/24", Decimal("240000"))}


def test_the_maximum_grant_is_not_the_fund():
    text = (
        "Funding 2024/25: The total sum set aside for the Small Grants Scheme is £36,000, and the maximum grant "
        "available to any one group is £3,800.\n"
    )
    assert ("grant_total", "2024/25", Decimal("3800")) not in allocations(text)


def test_a_fund_not_printed_as_a_grant_bound_is_kept():
    text = "Finance 2023/24\nThe council has received £2,500 in grant from the Safer Lanes Fund. Grants are of any size.\n"
    assert allocations(text) == {("grant_total", "2023/24", Decimal("2500"))}
