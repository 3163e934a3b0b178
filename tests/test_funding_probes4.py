"""Round 15 probes of the money fields: layouts of real funding pages and near-misses (our own words)."""

from decimal import Decimal

from funding_helpers import funding_contract


def facts(text: str) -> tuple[set, list]:
    result = funding_contract(text)
    allocations = {(a.kind, a.financial_year, a.amount) for a in result["allocations"]}
    projects = [(p.name, p.amount, p.status) for p in result["projects"]]
    return allocations, projects


def test_a_label_alone_on_its_line_takes_its_value_from_the_next_line():
    text = "DECISION RECORD\nOrganisation:\nMillbrook Food Bank\nAmount awarded:\n£2,500\n"
    assert facts(text)[1] == [("Millbrook Food Bank", Decimal("2500"), "approved")]
    text = "Organisation:\nMillbrook Food Bank\nAmount awarded:\nSee the attached schedule\n"
    assert facts(text)[1] == []


def test_a_label_alone_followed_by_another_label_names_no_body():
    text = "Organisation:\nAmount awarded: £2,500\n"
    assert facts(text)[1] == []


def test_private_use_and_square_bullets_open_award_lines():
    for bullet in ("\uf0b7", "▪", "●"):
        text = f"The following grants were approved for 2024/25:\n{bullet} Millbrook Food Bank – £2,500\n{bullet} Tarnside Carers – £1,200\n"
        assert facts(text)[1] == [
            ("Millbrook Food Bank", Decimal("2500"), "approved"), ("Tarnside Carers", Decimal("1200"), "approved")
        ]


def test_one_grant_to_a_named_body_is_no_grant_total():
    text = "Community Grants 2024/25\nThe grant of £1,200 awarded to Tarnside Carers was withdrawn as the project did not go ahead.\n"
    assert facts(text)[0] == set()
    text = "As previously reported, the Panel awarded £3,000 to Millbrook Gala Committee in 2022/23.\n"
    assert facts(text)[0] == set()


def test_money_to_collective_recipients_or_a_partnership_stays_an_allocation():
    assert facts("In 2023-24 the fund awarded £112,000 to Local Community Groups.\n")[0] == {
        ("approved_total", "2023/24", Decimal("112000"))
    }
    text = "Community Safety Partnership Grant 2024/25\nThe Police and Crime Commissioner has allocated £120,000 to the Community Safety Partnership for 2024/25.\n"
    assert facts(text)[0] == {("grant_total", "2024/25", Decimal("120000"))}


def test_a_figure_quoted_for_comparison_or_for_last_year_is_no_allocation():
    text = "Community Fund 2024/25\nLast year the fund awarded £40,000 to 22 groups, compared with £35,000 in 2022/23.\n"
    assert facts(text) == (set(), [])


def test_near_misses_name_no_money_facts():
    for text in (
        "Community Fund 2024/25\nGroups can apply for grants of up to £5,000.\n",
        "Revenue Budget 2024/25\nThe net budget for Community Services is £2,450,000.\nStaffing | £1,200,000\nPremises | £300,000\n",
        "Job title: Grants Officer\nSalary: £32,000 to £35,000\nClosing date: 1 March 2025\n",
        "Millbrook Parish Council set a precept of £45,000 for 2024/25, a Band D council tax of £62.10.\n",
        "The new CCTV scheme at Millbrook Park will cost £85,000, met from the capital programme.\n",
        "The Council awarded a contract worth £250,000 to Tarnside Cleaning Ltd for street cleansing.\n",
        "Members' Allowances 2024/25\nBasic allowance | £9,800\nLeader | £18,200\nCabinet member | £8,400\n",
        "Community Grants 2024/25\nThe application from Tarnside Carers for £1,200 was refused as it fell outside the criteria.\n",
    ):
        assert facts(text) == (set(), []), text


def test_a_news_items_date_line_run_into_its_first_sentence_is_no_part_of_the_name():
    text = "12 March 2025\nMillbrook Boxing Club has received £6,000 from the Commissioner's Safer Communities Fund to run youth sessions.\n"
    assert facts(text)[1] == [("Millbrook Boxing Club – youth sessions", Decimal("6000"), "approved")]


def test_the_old_figure_of_a_change_is_no_allocation():
    text = "Community Grants 2024/25\nThe grant to the Partnership dropped from £45,000 in 2023/24 to £25,000 in 2024/25.\n"
    assert ("grant_total", "2023/24", Decimal("45000")) not in facts(text)[0]


def test_a_share_of_a_fund_stated_before_is_no_grant_total():
    text = (
        "Community Grants 2024/25\nThere was £90,000 in total available during 2024/25 to be awarded through the grants process.\n"
        "£60,000 of this was ring fenced for annual grants to groups chosen in 2023/24.\n"
    )
    assert facts(text)[0] == {("grant_total", "2024/25", Decimal("90000"))}


def test_the_remaining_sum_allocated_elsewhere_is_no_balance():
    text = "Community Grants 2024/25\nThe remaining £5,000 was allocated to the Youth Action Fund for 2025.\n"
    assert facts(text)[0] == set()
    text = "Community Grants 2024/25\nThe Board awarded £19,000 in round one, leaving a total of £6,000 available to be distributed in round two.\n"
    assert ("remaining", "2024/25", Decimal("6000")) in facts(text)[0]
