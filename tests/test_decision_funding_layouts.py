"""Decision records and funding pages: one test per layout rule, on small texts of our own."""

from decimal import Decimal

from extractors.readers.fiscal_year import find_financial_years
from extractors.readers.money import find_amounts
from extractors.proceedings.report_header import extract_report_headers
from funding_helpers import funding_contract
from structure_helpers import document as structure_document


def facts(text: str) -> tuple[list, list]:
    result = funding_contract(text)
    allocations = [(a.kind, a.financial_year, a.amount) for a in result["allocations"]]
    projects = [(p.name, p.amount, p.financial_year, p.status) for p in result["projects"]]
    return allocations, projects


TABLE = (
    "The Commissioner is asked to approve the allocation of £9,000 from the 2024-5 Safety Fund to the two "
    "organisations below.\n\n"
    "Applicant | Description | Amount\n"
    "Hillside Scouts | Camping trips for young people | £4,000\n"
    "Rowan Street Club | Evening boxing | £5,000\n\n"
)


def test_signed_decision_approves_its_applicant_table_and_its_allocation_total():
    allocations, projects = facts(TABLE + "I approve the allocation set out above.\n\nSignature: The Commissioner\n")
    assert allocations == [("approved_total", "2024/25", Decimal("9000"))]
    assert projects == [
        ("Hillside Scouts", Decimal("4000"), "2024/25", "approved"),
        ("Rowan Street Club", Decimal("5000"), "2024/25", "approved"),
    ]


def test_report_asking_approval_recommends_and_approves_no_total():
    text = TABLE.replace("is asked to approve", "is recommended to approve") + "Signature: ________\n"
    allocations, projects = facts(text)
    assert allocations == []
    assert {status for *_, status in projects} == {"recommended"}


def test_blank_signature_under_first_person_approval_is_an_unsigned_template():
    _, projects = facts(TABLE + "I approve the recommendation(s):\n\nSignature: ______\n")
    assert {status for *_, status in projects} == {"recommended"}


def test_organisation_and_purpose_table_names_the_organisation_then_the_purpose():
    text = "Grants awarded in 2024/25:\n\nOrganisation | Purpose | Amount\nOakfield Trust | Night patrols | £700\n"
    assert facts(text)[1] == [("Oakfield Trust – Night patrols", Decimal("700"), "2024/25", "approved")]


def test_area_then_amount_on_next_line_table_with_year_columns_and_total():
    text = (
        "In 2023/24 the Commissioner has given grants to the councils as follows.\n\n"
        "2022/23\n\n£\n\n2023/24\n\n£\n\n"
        "Northtown\n\n10,000\n\n11,000\n\nSouthby\n\n20,000\n\n21,000\n\nWestham\n\n30,000\n\n31,000\n\n"
        "Retained by the Commissioner\n\n5,000\n\n5,000\n\nTotal\n\n65,000\n\n68,000\n"
    )
    allocations, projects = facts(text)
    assert ("Southby", Decimal("21000"), "2023/24", "approved") in projects
    assert ("Southby", Decimal("20000"), "2022/23", "approved") in projects
    assert len(projects) == 6
    assert ("grant_total", "2022/23", Decimal("65000")) in allocations
    assert ("grant_total", "2023/24", Decimal("68000")) in allocations


def test_area_name_line_then_pound_amount_line_with_year_in_lead_in():
    text = (
        "In 2024/25 the Commissioner gave the partnerships these grants:\n"
        "Eastvale\n£1,500\nWestvale\n£2,500\nMidvale\n£3,500\nEach partnership reports twice a year.\n"
    )
    assert facts(text)[1] == [
        ("Eastvale", Decimal("1500"), "2024/25", "approved"),
        ("Westvale", Decimal("2500"), "2024/25", "approved"),
        ("Midvale", Decimal("3500"), "2024/25", "approved"),
    ]


def test_decision_list_total_takes_the_year_of_its_date_of_decision():
    text = (
        "Decision Ref:\n\n2024/10\n\nIssue:\n\nSmall Grants\n\nDecision:\n\n"
        "I have approved the level of funding for the applications in Appendix A.\n"
        "The total amount of funding is £6,250\n\nDate of Decision:\n\n16th May 2024\n"
    )
    assert facts(text)[0] == [("approved_total", "2024/25", Decimal("6250"))]


def test_new_financial_year_without_a_meeting_date_follows_the_last_year_printed():
    text = "In 2024/25 the fund had £10,000. For the new financial year it has £12,000."
    assert [y.year for y in find_financial_years(text)] == ["2024/25", "2025/26"]


def test_we_secured_in_a_funding_round_for_a_named_project():
    text = "We secured £40,000 in round five of the Safer Streets Fund for the Quayside Lights project, which starts in May."
    assert facts(text)[1] == [("The Quayside Lights project", Decimal("40000"), None, "in_progress")]


def test_allocation_from_a_year_fund_to_an_organisation_for_a_purpose():
    text = "To approve the allocation of £3,000 from the 2025-26 Partnership Fund to Elm Parish Council for the Speedwatch kit."
    assert facts(text)[1] == [("Elm Parish Council – the Speedwatch kit", Decimal("3000"), "2025/26", "approved")]


def test_accepting_a_grant_is_the_partnerships_grant_not_a_project():
    text = "To accept the grant of £50,000 for 2024/25 from the Commissioner for the Safer Ashby Partnership."
    assert facts(text) == ([("grant_total", "2024/25", Decimal("50000"))], [])


def test_year_lines_under_a_grant_lead_in_are_each_years_grant():
    text = "The grant for each year is:\n\n2023-4: £100,000\n2024-2025: £110,000\n2025/26: £120,000\n"
    assert facts(text)[0] == [
        ("grant_total", "2023/24", Decimal("100000")),
        ("grant_total", "2024/25", Decimal("110000")),
        ("grant_total", "2025/26", Decimal("120000")),
    ]


def test_of_which_given_the_remaining_and_a_further_available():
    text = (
        "In 2024/25 the Commissioner has a grant of £90,000, of which £60,000 has been given to the councils. "
        "The remaining £30,000 will be offered later."
    )
    assert facts(text)[0] == [
        ("grant_total", "2024/25", Decimal("90000")),
        ("approved_total", "2024/25", Decimal("60000")),
        ("remaining", "2024/25", Decimal("30000")),
    ]
    assert facts("In 2024/25 a further £2,000 is available for small groups.")[0] == [
        ("remaining", "2024/25", Decimal("2000"))
    ]


def test_money_to_share_and_money_set_aside_for_the_fund_are_the_years_fund():
    assert facts("In 2024/25 the Community Chest had £8,000 to share between local groups.")[0] == [
        ("grant_total", "2024/25", Decimal("8000"))
    ]
    assert facts("In 2024/25 the Commissioner set aside £6,000 for small grants.")[0] == [
        ("grant_total", "2024/25", Decimal("6000"))
    ]


def test_money_over_several_years_is_no_years_figure():
    text = "In 2024/25 the Director approved grants totalling £10,000 per annum over 3 years to 12 organisations."
    assert facts(text)[0] == []


def test_approved_for_the_listed_projects_is_the_approved_total():
    text = "In 2020/21 the Commissioner has approved £8,500 from the Reoffending Fund for the four projects in Appendix A."
    assert facts(text)[0] == [("approved_total", "2020/21", Decimal("8500"))]


def test_fund_increased_to_a_figure_is_the_years_fund():
    text = "In 2018/19 the Commissioner increased the budget for the Safer Towns Fund to £50,000."
    assert facts(text)[0] == [("grant_total", "2018/19", Decimal("50000"))]


def test_another_departments_grant_is_outside_the_partnerships_grant():
    assert facts("In 2023/24 the Cabinet approved the acceptance of £1.1m of grant funding from the DfE.")[0] == []


def test_bullet_naming_an_organisation_that_was_granted_money():
    text = (
        "Projects helped so far include:\n\n"
        "  • Rowan Arts, in Hatfield, which was granted £900 toward a mural project\n\n"
        "  • Kestrel Club in Dunford which was granted £400 to run a walking group\n"
    )
    assert facts(text)[1] == [
        ("Rowan Arts", Decimal("900"), None, "approved"),
        ("Kestrel Club", Decimal("400"), None, "approved"),
    ]


def test_a_further_sum_and_a_spending_category_are_no_projects():
    text = (
        "In 2024/25:\n\n- A further £300k for the delivery of referrals by the Force.\n"
        "- Youth offending including restorative justice and mentoring: £80,000\n"
    )
    assert facts(text)[1] == []


def test_colon_amount_item_ends_before_the_next_paragraph():
    text = "Awarded in 2024/25:\n\n- Hazel Club: £500\n\nA further £2,000 is available later in the year.\n"
    allocations, projects = facts(text)
    assert projects == [("Hazel Club", Decimal("500"), "2024/25", "approved")]
    assert allocations == [("remaining", "2024/25", Decimal("2000"))]


def test_scale_word_wrapped_onto_the_next_line():
    assert [(a.amount, a.scale) for a in find_amounts("a grant of £1.2\nmillion")] == [(Decimal("1200000.0"), "million")]


def test_date_of_decision_label_on_its_own_line_makes_a_header_without_a_meeting_date():
    text = "Subject:\nSafer Parks Grants 2024/2025\n\nDate of decision:\n18 October 2024\n\nDecision:\nTo approve grants.\n"
    (header,) = extract_report_headers(structure_document(text))
    assert header.title == "Safer Parks Grants 2024/2025"
    assert header.meeting_date is None


def test_money_received_by_counted_groups_is_no_grant():
    assert facts("In 2014/15 round one 25 groups received £90,000 from the fund.")[0] == []
