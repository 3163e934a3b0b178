"""`papers export`: CSV and Parquet of the public views, and a 360Giving package that validates."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import jsonschema
import pytest
from typer.testing import CliRunner

from analysis_helpers import sample_warehouse
from conftest import FIXTURES
from pipeline import analytics
from pipeline.cli import app
from pipeline.export import EXTRA_TABLES

runner = CliRunner()


@pytest.fixture(scope="module")
def samples(tmp_path_factory) -> Path:
    return sample_warehouse(tmp_path_factory)


def _export(samples: Path, fmt: str, out: Path) -> None:
    result = runner.invoke(app, ["export", "--warehouse", str(samples), "--format", fmt, "--out", str(out)])
    assert result.exit_code == 0, result.output


def test_every_360giving_grant_validates_against_the_standard(samples: Path, tmp_path: Path):
    _export(samples, "360giving", tmp_path)
    grants = json.loads((tmp_path / "grants.json").read_text())["grants"]
    schema = json.loads((FIXTURES / "threesixtygiving" / "grant-schema.json").read_text())
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    assert len(grants) == 14
    for grant in grants:
        errors = [error.message for error in validator.iter_errors(grant)]
        assert not errors, (grant["id"], errors)
        assert grant["currency"] == "GBP" and isinstance(grant["amountAwarded"], float)
        assert grant["id"].startswith("360G-") and grant["dataSource"].startswith("file:///")
    assert len({grant["id"] for grant in grants}) == len(grants)
    champions = next(g for g in grants if g["title"] == "Violence Against Women & Girls Support Champions")
    assert (champions["amountAwarded"], champions["awardDate"]) == (5595.0, "2026-03-31")
    assert "Recipient not named" in champions["description"]
    assert champions["recipientOrganization"][0]["name"] == "Kent Community Safety Partnership"
    assert champions["classifications"][0]["code"] == "violence_against_women_and_girls"
    titles = {g["title"] for g in grants}
    assert not any(title.startswith("Workshop – Involving men and boys") for title in titles)


def test_parquet_reads_back_in_duckdb(samples: Path, tmp_path: Path):
    _export(samples, "parquet", tmp_path)
    con = duckdb.connect(str(samples), read_only=True)
    try:
        for name in analytics.PUBLIC_VIEWS + EXTRA_TABLES:
            expected = con.execute(f"SELECT count(*) FROM {name}").fetchall()[0][0]
            assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{tmp_path / (name + '.parquet')}')").fetchall()[0][0] == expected
        back = duckdb.sql(f"SELECT financial_year, grant_total FROM read_parquet('{tmp_path / 'funding_by_year.parquet'}') ORDER BY 1").fetchall()
        assert back == con.execute("SELECT financial_year, grant_total FROM funding_by_year ORDER BY 1").fetchall()
    finally:
        con.close()


def test_csv_has_a_file_per_view_with_its_columns(samples: Path, tmp_path: Path):
    _export(samples, "csv", tmp_path)
    header = (tmp_path / "project_history.csv").read_text().splitlines()[0]
    assert header.startswith("project_id,series_id,financial_year,project_name,sequence,paper_date")
    assert sorted(p.stem for p in tmp_path.glob("*.csv")) == sorted(analytics.PUBLIC_VIEWS + EXTRA_TABLES)
    assert runner.invoke(app, ["export", "--warehouse", str(samples), "--format", "xlsx", "--out", str(tmp_path)]).exit_code == 2


def test_csv_formula_cells_are_neutralised_in_export_and_query(samples: Path, tmp_path: Path):
    """Issue 16 case 5: names starting with = + - @ (or tab, CR) were written as they are, and a
    spreadsheet opening the CSV runs them as formulas. Parquet keeps the raw value."""
    import csv
    import io
    import shutil

    warehouse = tmp_path / "w.duckdb"
    shutil.copy(samples, warehouse)
    names = ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tTabbed", "Plain -name"]
    con = duckdb.connect(str(warehouse))
    try:
        ids = [row[0] for row in con.execute("SELECT id FROM canonical_projects ORDER BY id LIMIT 6").fetchall()]
        for project_id, name in zip(ids, names):
            con.execute("UPDATE canonical_projects SET name = ? WHERE id = ?", [name, project_id])
    finally:
        con.close()
    _export(warehouse, "csv", tmp_path / "csv")
    with (tmp_path / "csv" / "projects_current.csv").open(newline="", encoding="utf-8") as handle:
        exported = {row["name"] for row in csv.DictReader(handle)}
    expected = {"'" + name for name in names[:5]} | {"Plain -name"}
    assert expected <= exported, exported
    printed = runner.invoke(app, ["query", "--warehouse", str(warehouse), "--csv",
                                  "SELECT name, -1 AS minus FROM canonical_projects ORDER BY name"])
    rows = list(csv.reader(io.StringIO(printed.output)))
    assert {row[0] for row in rows[1:]} >= expected and {row[1] for row in rows[1:]} == {"-1"}
    _export(warehouse, "parquet", tmp_path / "parquet")
    raw = duckdb.sql(f"SELECT name FROM '{tmp_path / 'parquet' / 'projects_current.parquet'}'").fetchall()
    assert set(names[:5]) <= {row[0] for row in raw}
