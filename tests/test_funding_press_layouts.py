"""PCC press releases and grant pages: one test per layout rule, on small texts of our own."""

from decimal import Decimal

from extractors.readers.fiscal_year import find_financial_years
from funding_helpers import funding_contract


def facts(text: str) -> tuple[list, list]:
    result = funding_contract(text)
    allocations = [(a.kind, a.financial_year, a.amount) for a in result["allocations"]]
    projects = [(p.name, p.amount, p.financial_year, p.status) for p in result["projects"]]
    return allocations, projects


def test_dash_bullets_after_groups_received_the_funding_are_approved():
    text = (
        "The groups with the most votes received the funding.\nThis included:\n"
        "- Oak Lane Youth Forum - £1740\n- Stand Tall - £1185\n- Your Pathway Project - YMCA - £2400\n"
        "The evening runs again next spring.\n"
    )
    assert facts(text)[1] == [
        ("Oak Lane Youth Forum", Decimal("1740"), None, "approved"),
        ("Stand Tall", Decimal("1185"), None, "approved"),
        ("Your Pathway Project - YMCA", Decimal("2400"), None, "approved"),
    ]


def test_applications_received_do_not_approve_a_list():
    text = "We received 40 applications this spring. These include:\n- Oak Lane Youth Forum - £1740\n- Stand Tall - £1185\n"
    assert {status for *_, status in facts(text)[1]} == {"proposed"}


def test_run_on_name_amount_pairs_after_a_colon_are_projects():
    text = (
        "Those that were successful in receiving funding included: Hilltop Radio - £4000 Bramble Youth Club - £600 "
        "2nd Ashdown Scout Group - £450 Kingsway Mediation - £2180\n\nThe Commissioner thanked the panel.\n"
    )
    assert facts(text)[1] == [
        ("Hilltop Radio", Decimal("4000"), None, "approved"),
        ("Bramble Youth Club", Decimal("600"), None, "approved"),
        ("2nd Ashdown Scout Group", Decimal("450"), None, "approved"),
        ("Kingsway Mediation", Decimal("2180"), None, "approved"),
    ]


def test_two_name_amount_pairs_after_a_colon_are_no_run_on_list():
    text = "Costs so far: Venue hire - £400 Catering - £250\n\nThe rest is not yet known.\n"
    assert facts(text)[1] == []


def test_requested_bullets_ending_on_being_are_no_projects():
    text = (
        "The Commissioner is requested to:\n\n"
        "  • Approve the revised capital programme for 2019-20 being £12.405m less £2m likely slippage.\n"
        "  • Note the actual spend at the end of December being £4.118m\n"
    )
    assert facts(text)[1] == []


def test_pcc_providing_money_for_a_financial_year_is_the_grant_total():
    text = (
        "The Police and Crime Commissioner (PCC) is providing through an open bidding round, £350k for the "
        "financial year 2016/17in the form of the Safer Together Fund.\n"
    )
    assert facts(text)[0] == [("grant_total", "2016/17", Decimal("350000"))]


def test_year_glued_to_the_next_little_word_is_read():
    text = "for the financial year 2016/17in the form of"
    assert [y.year for y in find_financial_years(text)] == ["2016/17"]
    assert [y.year for y in find_financial_years("ref 2016/17abc")] == []


def test_another_organisation_receiving_money_is_no_grant_total():
    text = "In 2016/17 another group has also received £1,600 to run street safety days in its village.\n"
    assert facts(text)[0] == []


def test_total_sum_distributed_to_successful_applicants_is_the_approved_total():
    text = "In 2017/18 a total sum of £120,000 was distributed to successful applicants across the county.\n"
    assert facts(text)[0] == [("approved_total", "2017/18", Decimal("120000"))]


def test_named_bullets_after_a_call_for_bids_are_no_projects():
    text = (
        "We welcome bids from groups such as:\n\n"
        "• Youth Clubs, a place for young people to meet\n"
        "• Neighbourhood Watch, a scheme run by residents\n"
    )
    assert facts(text)[1] == []


def test_lists_of_funded_groups_are_approved():
    text = "The following groups were funded:\n- Oak Lane Youth Forum - £1740\n- Stand Tall - £1185\n"
    assert {status for *_, status in facts(text)[1]} == {"approved"}


def test_pcc_has_made_available_money_for_a_year_is_the_grant_total():
    text = "The Commissioner has made available, through the small grants round, £90,000 for the financial year 2021/22.\n"
    assert facts(text)[0] == [("grant_total", "2021/22", Decimal("90000"))]


def test_money_applications_asked_for_is_no_allocation():
    text = (
        "In 2018/19 a total of 28 projects are sharing in the £98,765 awarded from the Safer Fund. "
        "Some 300 applications amounting to a total of £0.9million were submitted.\n"
    )
    assert facts(text)[0] == [("approved_total", "2018/19", Decimal("98765"))]


def test_scale_word_glued_to_the_figure_is_read():
    from extractors.readers.money import find_amounts

    assert [a.amount for a in find_amounts("bids worth £1.25million came in")] == [Decimal("1250000")]
