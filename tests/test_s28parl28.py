"""Grants listed in written answers and grant registers: bare-figure lines under a 'made the following grants' lead,
the same list flattened after a lone '£', a numbered ' | ' table with raised decimal points ('8,412·00'), a register's
'Beneficiary' column and its table of grants received (our own words)."""

from extractors.readers import money
from tests.page_helpers import page_facts as _facts


def _projects(page: str) -> list[tuple]:
    return [(p.name, p.amount_text, p.financial_year, p.status) for p in _facts(page).projects]


def test_bare_figure_lines_under_a_made_the_following_grants_lead():
    page = (
        "Mr. Hale\n\nasked the Secretary of State which bodies his Department helped in the last year.\n\n"
        "Mr. Lowe\n\nThe Department made the following grants under its warm homes scheme in 1983–84:\n\n"
        "Tarn Heating Trust 12,500\nSmall project grants\nEastby Tenants Group 640.50\nFell Energy Circle 1,020.00\n"
        "Tarn Heating Trust Scotland 2,300.00\n"
    )
    assert _projects(page) == [
        ("Tarn Heating Trust", "12,500", "1983/84", "approved"),
        ("Eastby Tenants Group", "640.50", "1983/84", "approved"),
        ("Fell Energy Circle", "1,020.00", "1983/84", "approved"),
        ("Tarn Heating Trust Scotland", "2,300.00", "1983/84", "approved"),
    ]


def test_a_list_flattened_after_a_lone_pound_sign_ends_at_its_footnote():
    page = (
        "§ Mr. OrmeThe grants which the Department expects to make to civic societies in 1977–78 are listed below. "
        "The figures are maximum amounts.301W\n"
        "£ Tarn Civic Trust 9,000 Eastby Footpaths Group 2,750* Fell Heritage Circle 40,000 "
        "* Towards the costs of an open week. Other bodies may also receive grants.\n"
    )
    assert _projects(page) == [
        ("Tarn Civic Trust", "9,000", "1977/78", "approved"),
        ("Eastby Footpaths Group", "2,750", "1977/78", "approved"),
        ("Fell Heritage Circle", "40,000", "1977/78", "approved"),
    ]


def test_a_department_totals_table_without_a_grants_lead_gives_no_projects():
    page = (
        "The Prime Minister\n\nThe figures are shown in the table.\n\nGrants by Government Departments in 1985–86\n"
        "Defence 3,210,000\nHome Office 15,400,310\nTransport 540,000\nTotal 19,150,310\n"
    )
    assert _projects(page) == []


def test_a_raised_decimal_point_reads_in_a_cell_only_with_two_pence_digits():
    assert money.parse_cell("8,412·00").amount == 8412
    assert money.parse_cell("1·5") is None


def test_numbered_rows_under_a_pipe_header_are_the_tables_rows():
    page = (
        "In 1988–89, the individual projects funded were as follows:\n"
        "Title | Cost (£) |\n1. Tarn Advice Line | 4,200·00 |\n2. Eastby Family Group | 1,150·50 |\n"
        "Total cost | 5,350·50 |\n"
    )
    facts = _facts(page)
    assert [(p.name, p.amount_text, p.financial_year) for p in facts.projects] == [
        ("Tarn Advice Line", "4,200·00", "1988/89"),
        ("Eastby Family Group", "1,150·50", "1988/89"),
    ]
    assert [(a.kind, a.amount, a.financial_year) for a in facts.allocations] == [("approved_total", 5350.5, "1988/89")]


def test_a_registers_beneficiary_names_its_rows_and_grants_received_are_none():
    page = (
        "The grants awarded over the last year are summarised below:\nGRANTS PAID FROM 2022/23 BUDGET\n"
        "Date Paid | Beneficiary | Purpose | Amount £ |\n3 May 2022 | Tarn Village Hall | New chairs | 480 |\n"
        "9 June 2022 | Eastby Scouts | Camp equipment | 300 |\n"
        "Grants received\nDate | Name of organisation | Purpose | Amount awarded |\n"
        "1.08.2022 | Fell Rural Trust | Towards a bench | £900.00 |\n"
    )
    names = [(p.name.split(" – ")[0], p.amount_text, p.financial_year, p.status) for p in _facts(page).projects]
    assert names == [("Tarn Village Hall", "480", "2022/23", "approved"), ("Eastby Scouts", "300", "2022/23", "approved")]


def test_the_following_grants_were_made_over_lines_a_unit_header_or_a_pipe_table():
    lead = "Mr. Lowe\n\nThe following visit grants were made in 1990–91:\n\n"
    rows = [("Tarn College", "2,400"), ("Eastby Institute", "1,750"), ("Fell Academy", "900")]
    expected = [(name, figure, "1990/91") for name, figure in rows]
    pounds = "".join(f"{name} £{figure}\n" for name, figure in rows)
    assert [(n, t.lstrip("£"), y) for n, t, y, _ in _projects(lead + pounds)] == expected
    header = "Institution £\n" + "".join(f"{name} {figure}\n" for name, figure in rows)
    assert [p[:3] for p in _projects(lead + header)] == expected
    table = "Institution | Amount (£)\n" + "".join(f"{name} | {figure}\n" for name, figure in rows)
    assert [p[:3] for p in _projects(lead + table)] == expected


def test_a_dashed_award_line_is_left_to_the_award_line_reader():
    page = "The following grants were awarded:\n\nTarn Scouts – £400\nEastby Choir – £250\n"
    assert [p[:2] for p in _projects(page)] == [("Tarn Scouts", "£400"), ("Eastby Choir", "£250")]
