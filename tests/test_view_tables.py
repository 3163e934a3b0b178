"""The view tables (schemas/view_rows.py): derive.refresh computes the public views' rows once, the
views read them back with the same columns, types and rows, and a data check sees a view table that
disagrees with the derived tables of its refresh."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import CORPUS
from pipeline import derive, store
from pipeline.ingest import run_ingest
from schemas.view_rows import VIEW_TABLES
from warehouse import sql_files

CHECK = dict(sql_files("checks"))["view_tables_match_their_sources.sql"]


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("raw")
    for path in sorted(CORPUS.glob("*.txt")):
        shutil.copy(path, folder)
    warehouse = folder.parent / "papers.duckdb"
    assert run_ingest([folder], warehouse).ok
    return warehouse


def _view(model) -> str:
    return model.table.removesuffix("_rows")


@pytest.mark.parametrize("model", VIEW_TABLES, ids=_view)
def test_each_view_returns_the_rows_and_types_its_sql_computes(loaded: Path, model):
    con = store.connect(loaded, read_only=True)
    try:
        live = f"({derive.view_sql(model)})"
        assert con.execute(f"DESCRIBE SELECT * FROM {live}").fetchall() == con.execute(f"DESCRIBE {_view(model)}").fetchall()
        rows = sorted(con.execute(f"SELECT * FROM {_view(model)}").fetchall(), key=repr)
        assert rows and rows == sorted(con.execute(f"SELECT * FROM {live}").fetchall(), key=repr)
    finally:
        con.close()


def test_the_view_tables_of_a_refreshed_warehouse_pass_their_check(loaded: Path):
    con = store.connect(loaded, read_only=True)
    try:
        assert con.execute(CHECK).fetchall() == []
    finally:
        con.close()


def test_view_tables_that_drifted_from_the_derived_tables_fail_their_check(loaded: Path, tmp_path: Path):
    copy = tmp_path / "drifted.duckdb"
    shutil.copy(loaded, copy)
    con = store.connect(copy)
    try:
        paper = con.execute(
            "SELECT min(paper_id) FROM project_observations WHERE paper_id IN (SELECT paper_id FROM dated_papers_rows)"
        ).fetchone()[0]
        con.execute("DELETE FROM dated_papers_rows WHERE paper_id = ?", [paper])
        con.execute("DELETE FROM funding_by_theme_year_rows")
        failed = con.execute(CHECK).fetchall()
    finally:
        con.close()
    assert ("dated_papers_rows", "missing", paper) in failed
    assert {row[:2] for row in failed} == {("dated_papers_rows", "missing"), ("funding_by_theme_year_rows", "missing")}


def test_a_changed_view_sql_makes_the_derived_tables_stale(monkeypatch):
    before = derive.inputs()
    real = derive.warehouse_sql.sql_files
    monkeypatch.setattr(derive.warehouse_sql, "sql_files", lambda folder: real(folder) + [("zz.sql", "SELECT 1")])
    assert derive.inputs()["views"] != before["views"]


def test_funding_by_theme_year_returns_the_rows_in_the_order_it_used_to_sort_them(loaded: Path):
    con = store.connect(loaded, read_only=True)
    try:
        old = con.execute(
            "SELECT * REPLACE (CAST(total_amount AS DECIMAL(38, 2)) AS total_amount, "
            "CAST(approved_amount AS DECIMAL(38, 2)) AS approved_amount, "
            "CAST(withdrawn_amount AS DECIMAL(38, 2)) AS withdrawn_amount) "
            "FROM funding_by_theme_year_rows ORDER BY body, financial_year, total_amount DESC, theme"
        ).fetchall()
        body = old[0][1]
        assert len(old) > 1 and con.execute("SELECT * FROM funding_by_theme_year").fetchall() == old
        one_body = [row for row in old if row[1] == body]
        assert con.execute("SELECT * FROM funding_by_theme_year WHERE body_id = ?", [body]).fetchall() == one_body
    finally:
        con.close()
