"""Round 6 funding classes: limits and ranges, budget transfers, recipient-first award forms,
counted-list totals, years set against 'this year', issue-decision pages, malformed repeats."""

from decimal import Decimal

from extractors.grants import funding
from extractors.grants.funding_layout import FundingLayout
from extractors.grants.projects import find_mentions, merge
from funding_helpers import document


def allocations(text):
    result = funding.extract_funding(document(text))
    return [(a.kind, a.financial_year, a.amount) for a in funding.to_contract(result)["allocations"]]


def projects(text):
    merged, _ = merge(find_mentions(FundingLayout(document(text)), set()))
    return [(p.name, p.amount, p.financial_year, p.status) for p in merged]


def test_limit_on_single_grants_is_no_allocation():
    text = "Grants 2025/26\n\nThe clerk confirmed the financial regulations limits for £150 grant requests.\n"
    assert allocations(text) == []


def test_range_of_funding_for_each_grant_is_no_allocation_or_project():
    text = (
        "Small grants 2025/26\n\n"
        "1. To agree the level of funding (£0 - £1,000) to be awarded for each application.\n"
        "2. To note that grants are paid in one sum.\n"
    )
    assert allocations(text) == []
    assert projects(text) == []


def test_transfer_between_budgets_is_no_grant_total():
    text = "3. To transfer £80,000 from the provisional 2025/26 capital grant budget to the approved 2025/26 capital grant budget.\n"
    assert allocations(text) == []


def test_money_required_to_pay_awards_is_no_grant_total():
    text = "The sum held in the 2025/26 grant budget will provide the £41,000 required to pay these nine grant awards.\n"
    assert allocations(text) == []


def test_recipient_will_get_amount_towards_its_named_project():
    text = "► Riverside Boxing Club will get £1,200 towards its Ring Ready Project. The club runs two evenings.\n"
    assert projects(text) == [("Riverside Boxing Club – Ring Ready Project", Decimal("1200"), None, "approved")]


def test_collective_subject_that_will_receive_is_no_project():
    text = "Each group will receive £500 to run summer sessions for young people.\n"
    assert projects(text) == []


def test_grant_made_to_recipient_in_the_sum_of():
    text = (
        "It was reported that a grant had been made to the Greenway Singers in the sum of £250 towards sheet music. "
        "A grant had been made to the Mill Lane Gardeners towards a polytunnel in the sum of £410, with a condition.\n"
    )
    assert projects(text) == [
        ("Greenway Singers", Decimal("250"), None, "approved"),
        ("Mill Lane Gardeners", Decimal("410"), None, "approved"),
    ]
    assert allocations(text) == []


def test_counted_grants_totalling_is_a_yearless_approved_total():
    text = "The panel noted the following four grants, totalling £12,400 which had been approved under delegated authority.\n"
    assert allocations(text) == [("approved_total", None, Decimal("12400"))]


def test_has_awarded_a_further_amount_to_projects_is_an_approved_total():
    text = "The Commissioner has awarded a further £60,000 to a range of projects across the county.\n"
    assert allocations(text) == [("approved_total", None, Decimal("60000"))]


def test_an_additional_sum_allocated_is_not_read_as_given_out():
    text = "The Commissioner has allocated an additional £90,000 to support local charities and groups.\n"
    assert ("approved_total", None, Decimal("90000")) not in allocations(text)


def test_year_set_against_this_year_does_not_date_later_figures():
    text = (
        "More than £20,000 has been paid out through the scheme this year after a strong start in 2022/23, "
        "when £15,000 was shared out across the county.\n\n"
        "The 2 awards totalling £3,100 were:-\n"
    )
    # the sum paid out through the scheme this year is its payout (session 27, as real gold records it), with no year
    assert allocations(text) == [
        ("approved_total", None, Decimal("20000")), ("approved_total", "2022/23", Decimal("15000")),
        ("approved_total", None, Decimal("3100")),
    ]


def test_issue_decision_page_to_award_grants_totalling_is_approved():
    text = (
        "Issue - decisions\n\nCommunity grants\n\n02/05/2025 - Community grants\n\n"
        "1. To award community grants for 2025/26, listed in appendix one, totalling £52,000 as recommended by the panel.\n"
    )
    assert allocations(text) == [("approved_total", "2025/26", Decimal("52000"))]


def test_malformed_total_is_dropped_when_the_same_total_is_printed_well_formed():
    text = (
        "Crime prevention grants 2016/17\n\n"
        "Grants totalling £1.275 were again awarded to the partnerships.\n\n"
        "In 2016/17 the Commissioner awarded grants totalling £1.275m to the partnerships.\n"
    )
    kinds = allocations(text)
    assert ("approved_total", "2016/17", None) not in kinds


def test_possessive_recipient_after_the_figure_names_the_owner():
    text = (
        "The council has also provided £4,100 to Hill Green In Bloom’s work to plant the square "
        "and provided funding of £900 towards the Old Mill Museum’s summer fair.\n"
    )
    assert sorted(projects(text)) == [
        ("Hill Green In Bloom", Decimal("4100"), None, "approved"),
        ("Old Mill Museum", Decimal("900"), None, "approved"),
    ]


def test_one_row_table_under_a_plain_applicant_amount_granted_header():
    text = (
        "Resolved - That the following amount of Community Grant support be approved.\n\n"
        "Applicant Amount Granted\n"
        "Westmoor Village Hall £12,500.00\n\n"
        "and that the balance be met from unclaimed awards.\n"
    )
    assert projects(text) == [("Westmoor Village Hall", Decimal("12500.00"), None, "approved")]


def test_plain_header_cells_on_separate_lines():
    text = (
        "Resolved - That the following amount of Community Grant support be approved.\n\n"
        "Applicant \n\nAmount Granted\n\nBrookside Drop-in Centre  £3,000\n"
    )
    assert projects(text) == [("Brookside Drop-in Centre", Decimal("3000"), None, "approved")]


def test_two_area_bullets_are_not_enough_to_read_a_list():
    text = (
        "Services renewed this year including:\n\n"
        "  • Eastgate – Eastgate Food Hub 'Community Larder'\n"
        "  • Millbrook – Millbrook Youth Theatre 'Stage Two'\n"
    )
    assert projects(text) == []
