"""`papers export`: CSV and Parquet of the public views, and a 360Giving package that validates."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import jsonschema
import pytest
from typer.testing import CliRunner

from analysis_helpers import bodies_warehouse, sample_warehouse
from conftest import FIXTURES
from pipeline import analytics, derive
from pipeline.cli import app
from pipeline.export import EXTRA_TABLES

runner = CliRunner()


@pytest.fixture(scope="module")
def samples(tmp_path_factory) -> Path:
    return sample_warehouse(tmp_path_factory)


def _export(samples: Path, fmt: str, out: Path) -> None:
    result = runner.invoke(app, ["export", "--warehouse", str(samples), "--format", fmt, "--out", str(out)])
    assert result.exit_code == 0, result.output


def _package_validator() -> jsonschema.Draft4Validator:
    """The package rules, with their grant reference served from the grant rules beside them."""
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT4

    folder = FIXTURES / "threesixtygiving"
    package = json.loads((folder / "package-schema.json").read_text())
    grant = json.loads((folder / "grant-schema.json").read_text())
    reference = package["properties"]["grants"]["items"]["$ref"]
    registry = Registry().with_resource(reference, Resource.from_contents(grant, default_specification=DRAFT4))
    return jsonschema.Draft4Validator(package, registry=registry, format_checker=jsonschema.FormatChecker())


def test_the_360giving_package_validates_with_real_funders_and_recipients(tmp_path_factory, tmp_path: Path):
    """Issue 18: the funder and recipient are those the papers name, never a placeholder."""
    warehouse = bodies_warehouse(tmp_path_factory)
    _export(warehouse, "360giving", tmp_path)
    package = json.loads((tmp_path / "grants.json").read_text())
    errors = [f"{list(e.path)}: {e.message}" for e in _package_validator().iter_errors(package)]
    assert not errors, errors
    grants = package["grants"]
    pairs = {(g["fundingOrganization"][0]["name"], g["recipientOrganization"][0]["name"], g["amountAwarded"]) for g in grants}
    assert pairs == {
        ("Eastbrook Community Safety Partnership Board", "Eastbrook Wardens Trust", 8200.0),
        ("Eastbrook Community Safety Partnership Board", "Eastbrook Police", 3100.0),
        ("Office of the Police and Crime Commissioner for Westdale", "Westdale Youth Sailing Trust", 6300.0),
    }
    for grant in grants:
        assert grant["currency"] == "GBP" and grant["dataSource"].startswith("file:///")
        assert grant["fundingOrganization"][0]["id"] != grant["recipientOrganization"][0]["id"]
    left_out = json.loads((tmp_path / "grants_left_out.json").read_text())
    assert {(row["title"], row["reason"]) for row in left_out} == {
        ("Bus Station Help Point", "the papers name no recipient"),
        ("Doorstep Crime Leaflets", "the papers name no recipient"),
        ("The summer diversion scheme", "the papers name no recipient"),
    }


def test_grants_whose_recipient_is_not_named_are_left_out_not_given_the_partnership(samples: Path, tmp_path: Path):
    _export(samples, "360giving", tmp_path)
    left_out = json.loads((tmp_path / "grants_left_out.json").read_text())
    assert len(left_out) == 14 and all(row["reason"] == "the papers name no recipient" for row in left_out)
    champions = next(row for row in left_out if row["title"] == "Violence Against Women & Girls Support Champions")
    assert (champions["amount"], champions["body"]) == (5595.0, "Kent Community Safety Partnership")
    assert not (tmp_path / "grants.json").exists()  # the standard's package needs at least one grant


def test_export_of_one_body_keeps_its_rows_only(tmp_path_factory, tmp_path: Path):
    warehouse = bodies_warehouse(tmp_path_factory)
    result = runner.invoke(app, ["export", "--warehouse", str(warehouse), "--format", "csv", "--out", str(tmp_path), "--body", "RVCSP"])
    assert result.exit_code == 0, result.output
    assert sorted(p.stem for p in tmp_path.glob("*.csv")) == sorted(analytics.BODY_VIEWS)
    rows = (tmp_path / "funding_by_year.csv").read_text().splitlines()
    assert len(rows) == 2 and "Riverview Community Safety Partnership,2024/25,26500.00" in rows[1]
    unknown = runner.invoke(app, ["export", "--warehouse", str(warehouse), "--out", str(tmp_path), "--body", "Nowhere"])
    assert unknown.exit_code == 2 and "matches no body" in unknown.output


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
    assert header.startswith("project_id,body_id,body,series_id,financial_year,project_name,sequence,paper_date")
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
        derive.fill_view_tables(con)  # projects_current reads its view table, as a refresh writes it
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


def test_the_package_rules_refuse_an_empty_package_and_a_grant_without_a_recipient():
    """The schema the export is checked against must be able to fail."""
    validator = _package_validator()
    assert not validator.is_valid({"grants": []})
    grant = {
        "id": "360G-x-1", "title": "A grant", "description": "A grant", "currency": "GBP", "amountAwarded": 10.0,
        "awardDate": "2024-07-04", "fundingOrganization": [{"id": "360G-x-f", "name": "Funder"}],
    }
    assert not validator.is_valid({"grants": [grant]})
    grant["recipientOrganization"] = [{"id": "360G-x-r", "name": "Recipient"}]
    assert validator.is_valid({"grants": [grant]}), list(validator.iter_errors({"grants": [grant]}))


def test_regression_recipient_named_before_its_purpose_is_kept():
    """A project named "Recipient – purpose" (grants v20) repeats its recipient by design: the
    recipient is still the grant's, not a phrase of the project's name."""
    from pipeline.export import _named_recipient

    assert _named_recipient("Harbour Rowing Club", "Harbour Rowing Club – winter training for juniors") == "Harbour Rowing Club"
    assert _named_recipient("Harbour Rowing Club", "Harbour Rowing Club") is None
    assert _named_recipient("the rowing club", "the rowing club – winter training") is None
