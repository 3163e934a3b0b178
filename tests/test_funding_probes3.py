"""Round 14 probes of the money fields: award news on PCC and council web pages (our own words)."""

from decimal import Decimal

from funding_helpers import funding_contract


def facts(text: str) -> tuple[set, list]:
    result = funding_contract(text)
    allocations = {(a.kind, a.financial_year, a.amount) for a in result["allocations"]}
    projects = [(p.name, p.amount, p.status) for p in result["projects"]]
    return allocations, projects


def test_a_body_awarded_a_sum_from_a_named_fund_is_a_project():
    text = "Tarnside Carers has been awarded £4,000 from the Commissioner's Community Fund.\n"
    assert facts(text) == (set(), [("Tarnside Carers", Decimal("4000"), "approved")])
    text = "Tarnside Carers has received £4,000 from the Community Fund to run respite trips.\n"
    assert facts(text)[1] == [("Tarnside Carers – respite trips", Decimal("4000"), "approved")]


def test_a_sum_from_a_fund_names_no_project_for_an_unnamed_body_or_a_budget():
    assert facts("The Council has received £4,000 from the Safer Streets Fund.\n")[1] == []
    assert facts("Each group has received £400 from the Community Fund.\n")[1] == []
    assert facts("Tarnside Carers has received £4,000 from the Council's capital budget.\n")[1] == []


def test_a_headline_run_into_the_body_names_no_project():
    text = "Carers awarded £4,000 by Commissioner\nTarnside Carers has been awarded £4,000 from the Community Fund.\n"
    assert all(not name.startswith("Commissioner") for name, _, _ in facts(text)[1])


def test_a_panel_awarded_a_sum_to_a_named_body_ending_the_sentence():
    text = "Community Fund 2024/25\nThe Area Committee awarded £3,000 to Millbrook Gala Committee.\n"
    assert facts(text) == (set(), [("Millbrook Gala Committee", Decimal("3000"), "approved")])
    assert facts("The Panel awarded £3,000 to Millbrook Gala Club.\n")[1] == [("Millbrook Gala Club", Decimal("3000"), "approved")]


def test_a_sum_allocated_or_awarded_to_a_budget_a_fund_or_a_partnership_names_no_project():
    assert facts("The Council allocated £50,000 to Public Health.\n")[1] == []
    assert facts("The PCC awarded £30,000 to the Community Safety Fund.\n")[1] == []
    assert facts("The PCC awarded £30,000 to the Community Safety Partnership.\n")[1] == []
    assert facts("In 2023-24 the fund awarded £112,000 to Local Community Groups.\n")[0] == {
        ("approved_total", "2023/24", Decimal("112000"))
    }


def test_a_bare_total_line_closing_approved_award_lines_is_the_approved_total():
    text = "Community Grants awarded 2024/25:\n• Millbrook Food Bank – £2,500\n• Tarnside Carers – £1,200\nTotal: £3,700\n"
    assert facts(text)[0] == {("approved_total", "2024/25", Decimal("3700"))}
    text = "Community Fund 2024/25\nOrganisation | Amount awarded\nMillbrook Food Bank | £2,500\nTarnside Carers | £1,200\nTotal | £3,700\n"
    assert facts(text)[0] == {("approved_total", "2024/25", Decimal("3700"))}


def test_a_total_line_of_recommended_lines_or_that_is_not_their_sum_is_no_approved_total():
    text = "The Panel recommended the following grants for 2024/25:\nMillbrook Food Bank – £2,500\nTarnside Carers – £1,200\nTotal – £3,700\n"
    assert facts(text)[0] == set()
    text = "The Panel approved the following grants for 2024/25:\nMillbrook Food Bank – £2,500\nTarnside Carers – £1,200\nTotal – £3,900\n"
    assert facts(text)[0] == set()


def test_a_total_fund_row_under_grant_words_is_the_fund():
    assert facts("Community Fund 2024/25\nTotal fund: £60,000\n")[0] == {("grant_total", "2024/25", Decimal("60000"))}
    assert facts("Highways 2024/25\nTotal fund: £60,000\n")[0] == set()


def test_rows_under_a_spaced_header_whose_column_says_awarded_are_approved_awards():
    text = "Community Fund awards 2024/25\nOrganisation     Amount awarded\nMillbrook Food Bank     £2,500\nTarnside Carers     £1,200\n"
    assert facts(text)[1] == [("Millbrook Food Bank", Decimal("2500"), "approved"), ("Tarnside Carers", Decimal("1200"), "approved")]
    text = "Community Fund 2024/25\nOrganisation     Amount requested\nMillbrook Food Bank     £2,500\nTarnside Carers     £1,200\n"
    assert facts(text)[1] == []
    text = "Highways 2024/25\nOrganisation     Amount awarded\nMillbrook Services Ltd     £2,500\nTarn Cleaning     £1,200\n"
    assert facts(text)[1] == []


def test_bilingual_and_name_first_field_labels_name_the_award():
    text = "Sefydliad / Organisation: Millbrook Food Bank\nSwm a ddyfarnwyd / Amount awarded: £2,500\n"
    assert facts(text)[1] == [("Millbrook Food Bank", Decimal("2500"), "approved")]
    text = "Organisation / Sefydliad: Millbrook Food Bank\nAmount awarded / Swm a ddyfarnwyd: £2,500\n"
    assert facts(text)[1] == [("Millbrook Food Bank", Decimal("2500"), "approved")]
    assert facts("Organisation name: Millbrook Food Bank\nAmount awarded: £2,500\n")[1] == [("Millbrook Food Bank", Decimal("2500"), "approved")]


def test_a_bilingual_label_of_money_asked_for_names_no_award():
    text = "Sefydliad / Organisation: Millbrook Food Bank\nSwm y gofynnwyd / Amount requested: £2,500\n"
    assert facts(text)[1] == []


def test_award_lines_with_a_purpose_after_the_figure_join_the_purpose_to_the_name():
    text = "The following grants were awarded in 2024/25:\nMillbrook Food Bank - £2,500 - winter food parcels\nTarnside Carers - £1,200 - respite trips\n"
    assert facts(text)[1] == [
        ("Millbrook Food Bank – winter food parcels", Decimal("2500"), "approved"),
        ("Tarnside Carers – respite trips", Decimal("1200"), "approved"),
    ]
    text = "The following grants were awarded in 2024/25:\nMillbrook Food Bank – £2,500 – paid\nTarnside Carers – £1,200 – approved\n"
    assert all("–" not in name for name, _, _ in facts(text)[1])


def test_a_headline_opening_on_a_figure_awarded_to_a_named_body_is_a_project():
    assert facts("Community Fund 2024/25\n£25k awarded to Millbrook Food Bank\n")[1] == [("Millbrook Food Bank", Decimal("25000"), "approved")]
    assert facts("£60,000 awarded to Local Groups\n")[1] == []
    assert facts("£30,000 awarded to the Community Safety Partnership\n")[1] == []
