"""The public views on the samples, and the read-only CLI over them (trends, query)."""

from __future__ import annotations

import csv
import json
import io
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from analysis_helpers import sample_warehouse
from pipeline import analytics, store
from pipeline.cli import app

runner = CliRunner()


@pytest.fixture(scope="module")
def samples(tmp_path_factory) -> Path:
    return sample_warehouse(tmp_path_factory)


def test_funding_by_year_has_the_grant_totals_the_papers_state(samples: Path):
    con = analytics.connect(samples)
    try:
        years = {row["financial_year"]: row for row in analytics.funding_by_year(con)}
        assert store.run_checks(con) == {}
    finally:
        con.close()
    assert {year: row["grant_total"] for year, row in years.items()} == {
        "2022/23": Decimal("39661.00"), "2024/25": Decimal("39661.00"),
        "2025/26": Decimal("39661.00"), "2026/27": Decimal("39600.00"),
    }
    this_year = years["2025/26"]
    assert (this_year["approved_total"], this_year["approved_total_source"], this_year["underspend"]) == (
        Decimal("39630.60"), "stated", Decimal("726.40"))
    assert (this_year["n_projects"], this_year["n_withdrawn"]) == (10, 1)
    assert (years["2026/27"]["upfront_pot"], years["2026/27"]["tactical_pot"], years["2026/27"]["pots_derived"]) == (
        Decimal("26500.00"), Decimal("13100.00"), False)
    assert (years["2022/23"]["tactical_pot"], years["2022/23"]["upfront_pot"], years["2022/23"]["pots_derived"]) == (
        Decimal("18221.00"), Decimal("21440.00"), True)


def test_theme_totals_add_up_to_the_year_and_every_public_view_answers(samples: Path):
    con = analytics.connect(samples)
    try:
        by_theme = dict(con.execute("SELECT financial_year, sum(total_amount) FROM funding_by_theme_year GROUP BY 1").fetchall())
        by_year = dict(con.execute("SELECT financial_year, projects_total FROM funding_by_year WHERE n_projects > 0").fetchall())
        assert by_theme == by_year
        for view in analytics.PUBLIC_VIEWS:
            assert len(analytics.frame(con, view)) > 0, view
        assert con.execute("SELECT count(*) FROM projects_current WHERE theme = 'other'").fetchall()[0][0] < 6
    finally:
        con.close()


def test_trends_prints_the_year_table(samples: Path):
    result = runner.invoke(app, ["trends", "--warehouse", str(samples)])
    assert result.exit_code == 0, result.output
    for text in ("2022/23", "2024/25", "2025/26", "2026/27", "£39,600", "£39,630.60", "£726.40"):
        assert text in result.output


def test_query_prints_a_table_or_csv(samples: Path):
    sql = "SELECT financial_year, grant_total FROM funding_by_year ORDER BY 1"
    table = runner.invoke(app, ["query", "--warehouse", str(samples), sql])
    assert table.exit_code == 0 and "39661.00" in table.output and "4 rows" in table.output
    printed = runner.invoke(app, ["query", "--warehouse", str(samples), "--csv", sql])
    rows = list(csv.reader(io.StringIO(printed.output)))
    assert rows[0] == ["financial_year", "grant_total"] and rows[-1] == ["2026/27", "39600.00"]


@pytest.mark.parametrize(
    "sql",
    ["DELETE FROM projects", "CREATE TABLE x (a INTEGER)", "COPY (SELECT 1) TO '/tmp/papers-query-leak.csv'",
     "SELECT * FROM read_csv('/etc/hostname')", "SET enable_external_access = true"],
)
def test_query_cannot_write_or_touch_files(samples: Path, sql: str):
    result = runner.invoke(app, ["query", "--warehouse", str(samples), sql])
    assert result.exit_code == 1
    assert "error" in result.output.lower()
    con = duckdb.connect(str(samples), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM projects").fetchall()[0][0] > 0
    finally:
        con.close()


def test_the_warehouse_readme_documents_every_column_of_every_public_view(samples: Path):
    readme = (Path(__file__).resolve().parents[1] / "warehouse" / "README.md").read_text(encoding="utf-8")
    con = analytics.connect(samples)
    try:
        for view in analytics.PUBLIC_VIEWS:
            section = readme.split(f"### `{view}`", 1)[1].split("\n#", 1)[0]
            columns = [row[0] for row in con.execute(f"DESCRIBE {view}").fetchall()]
            assert [c for c in columns if f"`{c}`" not in section] == [], view
    finally:
        con.close()


@pytest.mark.parametrize("sql, message", [("", "empty SQL"), ("   ;  ", "empty SQL"), ("SELECT 1; SELECT 2", "2 statements")])
def test_query_empty_or_several_statements_is_a_clear_error_not_a_traceback(samples: Path, sql: str, message: str):
    """Issue 21: `papers query ""` printed a traceback; two statements printed only the second result."""
    result = runner.invoke(app, ["query", "--warehouse", str(samples), sql])
    assert result.exit_code == 1
    assert message in result.output and "Traceback" not in result.output


def test_query_wide_result_prints_records_or_csv_not_empty_boxes(samples: Path):
    """Issue 21: `SELECT * FROM project_history` printed rows of empty boxes at 80 columns."""
    sql = "SELECT * FROM project_history ORDER BY project_id, sequence LIMIT 3"
    piped = runner.invoke(app, ["query", "--warehouse", str(samples), "--max-width", "80", sql])
    rows = list(csv.reader(io.StringIO(piped.output)))
    assert piped.exit_code == 0 and len(rows) == 4 and "project_name" in rows[0]
    records = runner.invoke(app, ["query", "--warehouse", str(samples), "--vertical", sql])
    assert records.output.count("-[ RECORD ") == 3 and "(3 rows)" in records.output
    name_line = next(line for line in records.output.splitlines() if line.startswith("project_name "))
    assert name_line.split(" | ", 1)[1].strip() == rows[1][rows[0].index("project_name")]


def test_query_json_gives_objects_with_numbers_and_iso_dates(samples: Path):
    sql = "SELECT financial_year, grant_total, DATE '2024-07-04' AS d FROM funding_by_year ORDER BY 1 LIMIT 1"
    result = runner.invoke(app, ["query", "--warehouse", str(samples), "--json", sql])
    records = json.loads(result.output)
    assert records[0]["d"] == "2024-07-04" and isinstance(records[0]["grant_total"], float)
