"""Wrong facts from ordinary council text, found by a review of the decision-record rules.

One test per bug, on small texts of our own; each failed before its fix.
"""

from decimal import Decimal
from pathlib import Path

from extractors.grants import funding
from extractors.readers.fiscal_year import find_financial_years
from extractors.parsing.parse_html import parse_html
from funding_helpers import document, funding_contract


def facts(text: str) -> tuple[list, list]:
    result = funding_contract(text)
    allocations = [(a.kind, a.financial_year, a.amount) for a in result["allocations"]]
    projects = [(p.name, p.amount, p.financial_year, p.status) for p in result["projects"]]
    return allocations, projects


def html_facts(html: str) -> tuple[list, list]:
    parsed = parse_html(Path("page.html"), html.encode(), "0" * 64)
    result = funding.to_contract(funding.extract_funding(parsed))
    return [(a.kind, a.amount) for a in result["allocations"]], [(p.name, p.amount) for p in result["projects"]]


# Finding 1: stacked 'name line, number line' lists that are not money.


def test_stacked_counts_without_pound_sign_are_no_projects():
    text = "Reported incidents in 2023/24\n\nShoplifting\n1,410\nCycle theft\n2,020\nArson\n3,105\nFraud\n4,260\n"
    assert facts(text) == ([], [])


def test_stacked_budget_lines_are_no_projects_and_no_grant_total():
    rows = "Wages\n\n£900,000\n\nBuildings\n\n£250,000\n\nVehicles\n\n£150,000\n\n"
    kept = "Retained by the Commissioner\n\n£50,000\n\nTotal\n\n£1,350,000\n"
    assert facts("In 2023/24 the spending plan budget is set out below.\n\n" + rows + kept) == ([], [])
    approved = facts("The Commissioner has approved the budget for 2023/24:\n\n" + rows + "Total\n\n£1,300,000\n")
    assert approved == ([], [])


def test_stacked_grants_rejected_after_the_table_are_no_projects():
    text = (
        "In 2023/24 the grants asked for were:\n\nHilltop\n£1,100\nLowmoor\n£2,200\nRiverside\n£3,300\n\n"
        "The panel declined all of these bids.\n"
    )
    assert facts(text)[1] == []


# Finding 2: a decision status guessed from the whole paper.

BIDS = "Bids heard in 2023/24:\n\n- Lantern walk - £2,000\n- Bus shelter lights - £3,000\n"


def test_councillor_saying_i_agree_in_minutes_approves_no_bids():
    text = 'Minutes of the Board\n\nCllr Moss said "I agree that the bid is weak" and the Board moved on.\n\n' + BIDS
    assert {status for *_, status in facts(text)[1]} == {"proposed"}


def test_forward_plan_decision_label_is_a_decision_not_yet_taken():
    text = "Forward Plan of Key Decisions\n\nDecision:\nTo approve grants from the Safer Lanes Fund.\n\n" + BIDS
    assert {status for *_, status in facts(text)[1]} == {"proposed"}


def test_deferred_flag_is_not_upgraded_by_a_signed_decision():
    text = (
        "Bids heard in 2023/24:\n\n- Lantern walk - £2,000\n- DEFERRED: Bus shelter lights - £3,000\n\n"
        "Decision\n\nI approve the recommendations.\n\nSignature: A Jones\n"
    )
    assert facts(text)[1] == [
        ("Lantern walk", Decimal("2000"), "2023/24", "approved"),
        ("Bus shelter lights", Decimal("3000"), "2023/24", "recommended"),
    ]


def test_empty_signature_line_of_a_signed_pdf_still_signs_the_decision():
    text = BIDS + "\nDecision\n\nI approve the recommendations.\n\nSignature:\n\nDate: 3 May 2023\n"
    assert {status for *_, status in facts(text)[1]} == {"approved"}


def test_decision_far_from_a_list_does_not_set_its_status():
    filler = "The officer described the wider programme of work in detail. " * 60
    text = BIDS + "\n" + filler + "\n\nDecision\n\nI approve the recommendations.\n\nSignature: A Jones\n"
    assert {status for *_, status in facts(text)[1]} == {"proposed"}


def test_status_evidence_quotes_the_decision_words():
    text = BIDS + "\nDecision\n\nI approve the recommendations.\n\nSignature: A Jones\n"
    result = funding.extract_funding(document(text))
    assert {m.status_evidence for m in result.project_mentions} == {"I approve the recommendations"}


# Finding 3: allocation rules firing on everyday council text.


def test_raising_a_pension_or_overtime_fund_is_no_grant_total():
    assert facts("In 2023/24 the council raised its payment into the pension fund to £1,500,000.")[0] == []
    assert facts("In 2023/24 the Chief Officer increased the overtime fund to £70,000.")[0] == []


def test_money_to_award_in_contracts_is_no_grant_total():
    assert facts("In 2023/24 the council has £900,000 to award in street lighting contracts.")[0] == []


def test_money_set_aside_in_an_insurance_fund_is_no_grant_total():
    assert facts("In 2023/24 £800,000 has been set aside in the insurance fund.")[0] == []


def test_money_approved_for_uncounted_schemes_is_no_approved_total():
    assert facts("In 2023/24 the authority approved £300,000 for the cycle lane schemes by the river.")[0] == []


def test_money_paid_to_a_body_is_no_approved_total():
    assert facts("In 2023/24 the library budget was £2,000,000, of which £1,500,000 was paid to the trust.")[0] == []
    text = "In 2023/24 the Commissioner has a grant of £80,000, of which £50,000 was paid to the force for patrols."
    assert facts(text)[0] == [("grant_total", "2023/24", Decimal("80000"))]


def test_remaining_contract_money_and_further_overtime_money_are_no_balance():
    assert facts("In 2023/24 the remaining £30,000 of the contract will be paid to the builder.")[0] == []
    assert facts("In 2023/24 the Chief Constable said a further £500,000 is available for overtime.")[0] == []


def test_money_spent_in_total_on_repairs_is_no_approved_total():
    assert facts("The Board noted the report. In total £1,200,000 was spent on road repairs in 2023/24.")[0] == []


# Finding 4: an organisation column named projects in tables about contracts or allowances.


def test_supplier_table_of_contracts_names_no_projects():
    html = (
        "<html><body><h1>Contracts let 2023/24</h1><table><tr><th>Provider</th><th>Service</th><th>Contract value</th></tr>"
        "<tr><td>Brightmop Ltd</td><td>Window cleaning</td><td>£21,000</td></tr>"
        "<tr><td>Tarmac Two plc</td><td>Kerb repairs</td><td>£95,000</td></tr></table></body></html>"
    )
    assert html_facts(html)[1] == []


def test_allowances_table_by_body_names_no_projects():
    html = (
        "<html><body><h1>Members' allowances 2023/24</h1><table><tr><th>Body</th><th>Total</th></tr>"
        "<tr><td>Harbour Board</td><td>£3,100</td></tr><tr><td>Parks Trust</td><td>£2,400</td></tr></table></body></html>"
    )
    assert html_facts(html)[1] == []


def test_grant_table_by_organisation_still_names_projects():
    html = (
        "<html><body><h1>Grants awarded 2023/24</h1><table><tr><th>Organisation</th><th>Amount</th></tr>"
        "<tr><td>Harbour Rowing Club</td><td>£3,100</td></tr><tr><td>Parks Trust</td><td>£2,400</td></tr></table></body></html>"
    )
    assert [name for name, _ in html_facts(html)[1]] == ["Harbour Rowing Club", "Parks Trust"]


# Finding 5: money a body itself secured, or a council's capital budget, is no project.


def test_money_secured_from_a_lottery_programme_is_no_project():
    assert facts("We secured £30,000 in round one of the lottery programme for the new kitchen.")[1] == []


def test_allocation_from_a_capital_budget_is_no_project():
    text = "To approve the allocation of £4,000 from the 2024-25 Capital Budget to Highways for the relining of Low Road."
    assert facts(text)[1] == []


# Finding 6: 'the next financial year' counted on from a comparison year or a far-away year.


def test_next_financial_year_does_not_count_on_from_a_comparison_year():
    text = "Compared with 2018/19, demand has grown. For the next financial year the Parish Fund has £9,000 to share."
    assert [y.year for y in find_financial_years(text)] == ["2018/19"]


def test_next_financial_year_does_not_count_on_from_a_year_printed_far_before():
    text = "In 2018/19 the fund had £9,000.\n\n" + "The officer described other work. " * 30 + "\n\nFor the next financial year it has more."
    assert [y.year for y in find_financial_years(text)] == ["2018/19"]


# P2: rules that copied one page's words, generalised; a second money recogniser; scale words; names.


def test_total_amount_line_of_any_wording_under_an_approval_is_the_approved_total():
    text = (
        "Decision Ref:\n\n2023/07\n\nDecision:\n\nI have approved the grants to the groups in the annex.\n"
        "The total amount of the grants is £4,400\n\nDate of Decision:\n\n2nd June 2023\n"
    )
    assert facts(text)[0] == [("approved_total", "2023/24", Decimal("4400"))]


def test_bullet_naming_an_organisation_with_any_short_aside_that_was_granted_money():
    text = "Grants in 2023/24 went to:\n\n- Oakwood Youth Club, a local charity, which was granted £500 toward new kit\n"
    assert facts(text)[1] == [("Oakwood Youth Club", Decimal("500"), "2023/24", "approved")]


def test_decision_label_over_any_short_heading_then_to_award():
    text = "Decision:\nDecision summary\nTo award the grants below.\n\n- Lantern walk - £2,000\n- Bus shelter lights - £3,000\n"
    assert {status for *_, status in facts(text)[1]} == {"approved"}


def test_stacked_lines_with_scaled_amounts_are_read_and_bad_grouping_is_not():
    text = "The Commissioner gave the partnerships these grants in 2023/24:\nNorthby\n£1.2m\nSouthby\n£500k\nEastby\n£0.8m\n"
    assert [amount for _, amount, *_ in facts(text)[1]] == [Decimal("1200000"), Decimal("500000"), Decimal("800000")]
    bad = "The Commissioner gave the partnerships these grants in 2023/24:\nNorthby\n£6,00\nSouthby\n£5,00\nEastby\n£4,00\n"
    assert facts(bad)[1] == []


def test_scale_word_opening_a_name_on_the_next_line_is_not_joined():
    from extractors.readers.money import find_amounts

    assert [a.amount for a in find_amounts("grant of £5\nThousand Oaks Club")] == [Decimal("5")]
    assert [a.amount for a in find_amounts("grant of £1.2\nmillion\n")] == [Decimal("1200000.0")]


def test_names_opening_with_additional_or_further_are_names():
    text = "Grants awarded in 2023/24:\n\n- Additional Needs Support - £2,000\n- Further Education bursary - £1,000\n"
    assert [name for name, *_ in facts(text)[1]] == ["Additional Needs Support", "Further Education bursary"]
    assert facts("Grants awarded in 2023/24:\n\n- Additional funding for the hub - £2,000\n")[1] == []


def test_year_lines_in_any_printed_year_form_under_a_grant_lead_in():
    text = "The grant for each year is:\n\nFY23/24: £100,000\nFY24/25: £110,000\n"
    assert facts(text)[0] == [
        ("grant_total", "2023/24", Decimal("100000")),
        ("grant_total", "2024/25", Decimal("110000")),
    ]


def test_money_a_trust_received_is_no_grant_total():
    assert facts("The Trust received £6,000 in 2023/24 from its members.")[0] == []
    assert facts("In 2023/24 the Partnership received a grant of £6,000.")[0] == [("grant_total", "2023/24", Decimal("6000"))]
