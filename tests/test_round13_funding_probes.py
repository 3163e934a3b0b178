"""Round 13 probes of the money fields: shared rounds, panels' budgets, raised funds, row labels (our own words)."""

from decimal import Decimal

from funding_helpers import funding_contract


def facts(text: str) -> tuple[set, list]:
    result = funding_contract(text)
    allocations = {(a.kind, a.financial_year, a.amount) for a in result["allocations"]}
    projects = [(p.name, p.amount, p.status) for p in result["projects"]]
    return allocations, projects


def test_counted_recipients_who_share_a_sum_are_the_rounds_approved_total():
    text = "Twelve projects will share £48,000 from the Community Safety Fund 2024/25.\n"
    assert facts(text)[0] == {("approved_total", "2024/25", Decimal("48000"))}
    text = "Community Grants 2023/24\n£22,400 has been split between 13 organisations.\n"
    assert facts(text)[0] == {("approved_total", "2023/24", Decimal("22400"))}


def test_a_further_count_of_projects_sharing_a_sum_is_part_of_a_round():
    assert facts("A further 8 projects will share £12,000 from the Community Fund 2024/25.\n")[0] == set()


def test_a_panel_had_a_sum_to_allocate_and_awarded_part_of_it():
    text = "The panel had £40,000 to allocate in 2023/24. It awarded £36,200, leaving £3,800.\n"
    assert facts(text)[0] == {
        ("grant_total", "2023/24", Decimal("40000")),
        ("approved_total", "2023/24", Decimal("36200")),
        ("remaining", "2023/24", Decimal("3800")),
    }
    assert facts("Community Grants 2024/25\nThere is £18,000 to allocate in this round.\n")[0] == {
        ("grant_total", "2024/25", Decimal("18000"))
    }


def test_what_a_panel_awarded_is_no_grant_but_the_partnership_awarded_a_sum_is():
    assert facts("Community Grants 2024/25\nThe panel awarded £19,750 at its meeting.\n")[0] == {
        ("approved_total", "2024/25", Decimal("19750"))
    }
    assert facts("The Partnership was awarded £39,500 by the PCC for 2024/25.\n")[0] == {
        ("grant_total", "2024/25", Decimal("39500"))
    }


def test_a_fund_increased_to_a_sum_states_its_new_size():
    assert facts("The Community Grants Fund has been increased to £75,000 for 2024/25.\n")[0] == {
        ("grant_total", "2024/25", Decimal("75000"))
    }
    assert facts("The Community Fund for 2025/26 has been increased from £50,000 to £60,000.\n")[0] == {
        ("grant_total", "2025/26", Decimal("60000"))
    }
    assert facts("The library budget for 2025/26 has been increased to £90,000.\n")[0] == set()


def test_a_sum_a_year_over_a_span_of_years_is_no_years_figure():
    assert facts("Community Safety Fund: £45,000 per annum for 2024/25 to 2026/27.\n")[0] == set()


def test_budget_awarded_balance_rows_on_one_line_or_as_pipes():
    want = {
        ("grant_total", "2024/25", Decimal("30000")),
        ("approved_total", "2024/25", Decimal("24500")),
        ("remaining", "2024/25", Decimal("5500")),
    }
    assert facts("Grant Aid budget 2024/25: £30,000; Awarded: £24,500; Balance: £5,500\n")[0] == want
    assert facts("Grant Aid 2024/25\nBudget | £30,000\nAwarded | £24,500\nBalance | £5,500\n")[0] == want
    text = "Small Grants 2024/25\nBudget\t£12,000\nCommitted\t£9,300\nUncommitted\t£2,700\n"
    assert ("approved_total", "2024/25", Decimal("9300")) in facts(text)[0]


def test_an_unnamed_council_receiving_money_names_no_project():
    assert facts("The Council has received £4,500 to run the elections.\n")[1] == []
    assert facts("Millbrook Parish Council has received £4,500 to install CCTV.\n")[1] != []


def test_an_underspend_carried_forward_to_a_year_belongs_to_the_year_it_came_from():
    text = "Community Grants 2023/24\n£2,300 was not spent and will be carried forward to 2024/25.\n"
    assert facts(text)[0] == {("underspend", "2023/24", Decimal("2300"))}
    text = "Community Grants\nAn underspend of £1,850 from 2023/24 will be carried forward into 2024/25.\n"
    assert facts(text)[0] == {("underspend", "2023/24", Decimal("1850"))}


def test_a_bulleted_list_of_sums_in_a_paper_without_grant_words_names_no_projects():
    assert facts("Highways:\n• Street Lighting – £25,000 to replace columns\n• Road Safety – £12,000 for signs\n")[1] == []
    text = "Community Fund awards:\n• Millbrook Food Bank – £2,500\n• Tarnside Carers – £1,200\n"
    assert [p[0] for p in facts(text)[1]] == ["Millbrook Food Bank", "Tarnside Carers"]


def test_a_sentence_opening_on_a_sum_that_was_awarded_to_local_groups_is_the_rounds_total():
    text = "Community Grants 2023/24\n£60,000 was awarded to local groups.\n"
    assert facts(text)[0] == {("approved_total", "2023/24", Decimal("60000"))}
    assert facts("Community Grants 2023/24\n£600 was awarded to the Youth Club.\n")[0] == set()
