"""Round 12 probes of the money fields: fund totals, balances, decisions and award lists (our own words)."""

from decimal import Decimal

from extractors.readers import fiscal_year
from funding_helpers import funding_contract


def facts(text: str) -> tuple[set, list]:
    result = funding_contract(text)
    allocations = {(a.kind, a.financial_year, a.amount) for a in result["allocations"]}
    projects = [(p.name, p.amount, p.status) for p in result["projects"]]
    return allocations, projects


def test_money_allocated_to_a_named_fund_is_the_fund_not_a_project():
    assert facts("£50,000 has been allocated to the Community Safety Fund for 2024/25.\n") == (
        {("grant_total", "2024/25", Decimal("50000"))}, [],
    )
    assert facts("The Council has allocated £30,000 to the Community Chest Fund for 2024-25.\n") == (
        {("grant_total", "2024/25", Decimal("30000"))}, [],
    )


def test_a_grant_fund_for_a_year_is_a_sum_states_its_size():
    assert facts("The Community Grants Fund for 2024/2025 is £80,000.\n")[0] == {("grant_total", "2024/25", Decimal("80000"))}
    assert facts("The Staff Pension Fund for 2024/25 is £80,000.\n")[0] == set()


def test_financial_year_printed_as_two_years_joined_by_to():
    text = "For the financial year 2024 to 2025 the Community Safety Fund is £80,000.\n"
    assert facts(text)[0] == {("grant_total", "2024/25", Decimal("80000"))}
    assert [y.year for y in fiscal_year.find_financial_years("in the financial year 2024 to 2026")] == []


def test_the_budget_for_a_year_under_a_grants_heading_is_the_grant():
    assert facts("Small Grants Scheme\nThe budget for 2023/24 is £15,000.\n")[0] == {("grant_total", "2023/24", Decimal("15000"))}
    assert facts("The library service budget for 2024/25 is £1.2m.\n")[0] == set()


def test_budget_monitoring_rows_take_their_kind_from_their_labels():
    text = "Community Grants 2024/25\nBudget: £25,000\nAwarded to date: £18,300\nRemaining: £6,700\n"
    assert facts(text)[0] == {
        ("grant_total", "2024/25", Decimal("25000")),
        ("approved_total", "2024/25", Decimal("18300")),
        ("remaining", "2024/25", Decimal("6700")),
    }


def test_a_row_is_not_read_with_the_label_of_the_row_below_it():
    text = "Community Grants budget 2024/25 £25,000\nGrants approved to date £18,300\nBalance available £6,700\n"
    assert ("remaining", "2024/25", Decimal("18300")) not in facts(text)[0]
    assert ("approved_total", "2024/25", Decimal("18300")) in facts(text)[0]


def test_rows_need_grant_words_above_them():
    assert facts("Highways 2024/25\nBudget: £250,000\nRemaining: £60,000\n")[0] == set()


def test_the_unspent_balance_returned_is_an_underspend():
    text = "Community Safety Grant 2023/24\nThe unspent balance of £1,100 was returned to the OPCC.\n"
    assert facts(text)[0] == {("underspend", "2023/24", Decimal("1100"))}


def test_one_grant_withdrawn_is_no_grant_total():
    text = "Community Grants 2023/24\nOne grant of £900 was withdrawn and the money returned to the fund.\n"
    assert facts(text)[0] == set()


def test_a_signed_first_person_approval_of_grants_totalling():
    text = "DECISION: I approve grants totalling £12,400 from the Community Fund 2024/25 to the organisations listed in Appendix A.\n"
    assert facts(text)[0] == {("approved_total", "2024/25", Decimal("12400"))}
    unsigned = "Recommendation: That the Commissioner approves grants totalling £84,500 from the Community Safety Fund 2024/25.\n"
    assert facts(unsigned)[0] == set()


def test_a_decision_opening_to_award_names_recipient_and_purpose():
    text = "Decision: to award £15,000 to Safe Homes Trust for a refuge worker.\n"
    assert facts(text)[1] == [("Safe Homes Trust – a refuge worker", Decimal("15000"), "approved")]
    assert facts("Decision: to allocate £5,000 to the Ward Fund.\n")[1] == []


def test_one_award_a_line_under_an_approving_lead_in():
    text = (
        "RESOLVED that the following grants be awarded:\nMillbrook Food Bank: £2,500 (winter larder)\n"
        "Tarnside Carers: £1,200 (respite trips)\n"
    )
    assert facts(text)[1] == [("Millbrook Food Bank", Decimal("2500"), "approved"), ("Tarnside Carers", Decimal("1200"), "approved")]


def test_two_dashed_award_lines_then_a_total_line():
    text = "The Panel approved the following grants:\nMillbrook Food Bank – £2,500\nTarnside Carers – £1,200\nTotal – £3,700\n"
    assert facts(text)[1] == [("Millbrook Food Bank", Decimal("2500"), "approved"), ("Tarnside Carers", Decimal("1200"), "approved")]


def test_award_lines_need_a_lead_in_that_gives_them():
    text = "Figures noted:\nMillbrook Food Bank: £2,500\nTarnside Carers: £1,200\n"
    assert facts(text)[1] == []


def test_a_grant_fund_that_will_provide_a_sum_states_its_size():
    text = "The Commissioner's Community Fund 2024/25 will provide £150,000 for local projects.\n"
    assert facts(text)[0] == {("grant_total", "2024/25", Decimal("150000"))}


def test_the_partnership_received_a_sum_from_the_commissioner_is_its_grant():
    text = "The Partnership received £39,500 from the PCC for 2024/25.\n"
    assert facts(text)[0] == {("grant_total", "2024/25", Decimal("39500"))}


def test_a_sum_available_through_a_grants_programme_is_the_fund():
    text = "£75,000 is available through the Community Grants Programme in 2025/26.\n"
    assert facts(text)[0] == {("grant_total", "2025/26", Decimal("75000"))}
    assert facts("Community Grants 2025/26\n£7,800 is still available for allocation.\n")[0] == {("remaining", "2025/26", Decimal("7800"))}


def test_projects_supported_with_grants_totalling_is_the_rounds_total():
    text = "In 2023/24 the Fund supported 31 projects with grants totalling £96,450.\n"
    assert facts(text)[0] == {("approved_total", "2023/24", Decimal("96450"))}


def test_awarded_so_far_is_an_approved_total_not_the_fund():
    text = "The Committee has awarded £21,300 so far this financial year (2024/25).\n"
    assert facts(text)[0] == {("approved_total", "2024/25", Decimal("21300"))}


def test_this_leaves_and_will_remain_are_balances():
    assert facts("This leaves £3,450 in the Community Grants budget for 2024/25.\n")[0] == {("remaining", "2024/25", Decimal("3450"))}
    text = "Community Grants 2024/25\nIf all the applications are approved, £1,250 will remain.\n"
    assert facts(text)[0] == {("remaining", "2024/25", Decimal("1250"))}


def test_grants_not_claimed_and_returned_to_the_fund_are_an_underspend():
    text = "Community Grants 2023/24\nGrants of £1,800 were not claimed and have been returned to the fund.\n"
    assert facts(text)[0] == {("underspend", "2023/24", Decimal("1800"))}


def test_a_sum_that_remained_available_and_the_remaining_balances_of():
    text = "Ward Grants\nA sum of £3,870 remained available from the 2022/23 budget.\n"
    assert facts(text)[0] == {("remaining", "2022/23", Decimal("3870"))}
    text = "Ward Grants 2023/24\nRESOLVED that the remaining balance of £2,070 be carried into the next round.\n"
    assert facts(text)[0] == {("remaining", "2023/24", Decimal("2070"))}


def test_brings_the_total_awarded_to_is_the_running_approved_total():
    text = "Community Fund 2024/25\nThis brings the total awarded by the Community Fund to £64,200.\n"
    assert facts(text)[0] == {("approved_total", "2024/25", Decimal("64200"))}


def test_award_lines_need_grant_words_in_the_lead_in():
    text = "The following allowances were approved:\nCouncillor Jane Roe: £1,200\nCouncillor Sam Lee: £1,200\n"
    assert facts(text)[1] == []


def test_a_budget_row_for_staff_is_no_grant_total():
    assert facts("Community Grants 2024/25\nStaff budget: £40,000\n")[0] == set()


def test_a_group_receiving_money_from_the_commissioner_is_no_fund():
    assert facts("Community Fund 2024/25\nThe choir received £2,000 from the PCC last spring.\n")[0] == set()


def test_a_cost_met_from_a_fund_is_not_the_fund():
    text = "Financial implications\nThe total cost of £10,000 will be met from the Community Safety Fund 2024/25.\n"
    assert facts(text)[0] == set()


def test_labelled_fields_of_a_decision_record_name_the_award():
    text = "Title: Community Fund grant\nRecipient: Millbrook Mediation\nAmount: £10,000\nDecision: Approved\n"
    assert facts(text)[1] == [("Millbrook Mediation", Decimal("10000"), "approved")]
    assert facts("Applicant: Tarnside Carers\nGrant awarded: £2,500\n")[1] == [("Tarnside Carers", Decimal("2500"), "approved")]


def test_labelled_fields_asked_for_deferred_or_without_an_outcome_name_no_award():
    assert facts("Organisation: Tarnside Carers\nAmount requested: £4,000\nDecision: Approved\n")[1] == []
    assert facts("Applicant: Tarnside Carers\nAmount: £2,500\nOutcome: Deferred to the next panel\n")[1] == []
    assert facts("Applicant: Tarnside Carers\nAmount: £2,500\n")[1] == []


def test_two_column_pipe_rows_are_a_table_of_awards():
    text = "Grants approved\n\nOrganisation | Amount awarded\nMillbrook Food Bank | £2,500\nTarnside Carers | £1,200\nTotal | £3,700\n"
    assert facts(text)[1] == [("Millbrook Food Bank", Decimal("2500"), "approved"), ("Tarnside Carers", Decimal("1200"), "approved")]
    assert facts("Contracts\nSupplier | Amount\nMillbrook Services Ltd | £28,000\nTarn Cleaning | £21,000\n")[1] == []


def test_the_amount_awarded_column_wins_over_the_amount_requested():
    text = (
        "Community Grants 2024/25\nOrganisation | Amount requested | Amount awarded\n"
        "Millbrook Food Bank | £3,000 | £2,500\nTarnside Carers | £1,500 | £1,200\n"
    )
    assert facts(text)[1] == [("Millbrook Food Bank", Decimal("2500"), "approved"), ("Tarnside Carers", Decimal("1200"), "approved")]


def test_grants_of_a_sum_to_one_body_and_another_sum_to_the_next():
    text = "Members approved grants of £2,500 to Millbrook Food Bank and £1,200 to Tarnside Carers.\n"
    assert facts(text)[1] == [("Millbrook Food Bank", Decimal("2500"), "approved"), ("Tarnside Carers", Decimal("1200"), "approved")]
    text = "Councillors agreed to give £300 to Millbrook WI and £200 to the Town Council reserves.\n"
    assert facts(text)[1] == [("Millbrook WI", Decimal("300"), "approved")]


def test_a_grant_approved_for_a_named_body_towards_a_purpose():
    text = "A grant of £1,200 was approved for Tarnside Carers towards respite trips.\n"
    assert facts(text)[1] == [("Tarnside Carers – respite trips", Decimal("1200"), "approved")]


def test_two_title_case_pairs_under_a_lead_in_that_awards_grants():
    text = "RESOLVED that grants be awarded as follows: Millbrook Food Bank £2,500 and Tarnside Carers £1,200.\n"
    assert facts(text)[1] == [("Millbrook Food Bank", Decimal("2500"), "approved"), ("Tarnside Carers", Decimal("1200"), "approved")]
    assert facts("The Council approved: Highways Maintenance £25,000 and Street Lighting £12,000.\n")[1] == []
