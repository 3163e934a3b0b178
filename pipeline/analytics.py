"""Read side for analysts: the public views, read-only queries, the year table, one project's
history. Used by ``papers trends/query/report/export`` and by the notebooks.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas

from pipeline import snapshot, store
from pipeline.errors import QueryError

# Seconds a reader waits for a writer's lock, only when no snapshot has been published yet.
READER_WAIT = 10.0
# The interface documented column by column in warehouse/README.md.
PUBLIC_VIEWS = (
    "funding_by_year",
    "funding_by_theme_year",
    "projects_current",
    "project_history",
    "meetings",
    "attendance",
    "data_quality",
)


def connect(path: str | Path | None = None) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the warehouse (default: ``$PAPERS_WAREHOUSE`` or warehouse/papers.duckdb):
    its published snapshot while an ingest writes (``pipeline.snapshot``), so it never waits on one."""
    return snapshot.connect_reader(path or store.default_warehouse(), wait=READER_WAIT)


def connect_sealed(path: str | Path | None = None) -> duckdb.DuckDBPyConnection:
    """Read-only, and no file access either (no COPY TO, read_csv or ATTACH), locked so a query
    cannot turn it back on: the connection behind ``papers query``."""
    con = connect(path)
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")
    return con


def run_query(con: duckdb.DuckDBPyConnection, sql: str) -> tuple[list[str], list[tuple]]:
    """(column names, rows) of ``sql``; a statement without a result gives ([], []).

    Exactly one statement: empty SQL and several statements raise QueryError (DuckDB would
    otherwise run them all and return only the last result).
    """
    statements = duckdb.extract_statements(sql) if sql.strip() else []
    if not statements:
        raise QueryError("empty SQL: give one statement, e.g. \"SELECT * FROM projects_current\"")
    if len(statements) > 1:
        raise QueryError(f"{len(statements)} statements given: run one at a time")
    cursor = con.execute(sql)
    if cursor.description is None:
        return [], []
    return [column[0] for column in cursor.description], cursor.fetchall()


def frame(con: duckdb.DuckDBPyConnection, view: str) -> pandas.DataFrame:
    """A public view as a DataFrame (DuckDB gives amounts as floats, ready to plot)."""
    if view not in PUBLIC_VIEWS:
        raise ValueError(f"{view!r} is not a public view: {', '.join(PUBLIC_VIEWS)}")
    return con.sql(f"SELECT * FROM {view}").df()


def funding_by_year(con: duckdb.DuckDBPyConnection) -> list[dict]:
    cursor = con.execute("SELECT * FROM funding_by_year ORDER BY financial_year")
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def most_changed_project(con: duckdb.DuckDBPyConnection) -> str | None:
    """The project whose history says most: amount changes and withdrawals first, then papers."""
    row = con.execute(
        "SELECT project_id FROM project_history GROUP BY project_id "
        "ORDER BY count(*) FILTER (WHERE change IN ('amount_changed', 'amount_and_status_changed', 'withdrawn')) DESC, "
        "count(*) DESC, any_value(project_name), project_id LIMIT 1"
    ).fetchall()
    return row[0][0] if row else None


def project_history(con: duckdb.DuckDBPyConnection, project_id: str) -> pandas.DataFrame:
    return con.execute(
        "SELECT sequence, paper_date, paper_kind, name, amount, amount_change, status, change, pot, "
        "printed_page, path, project_name, financial_year FROM project_history WHERE project_id = ? ORDER BY sequence",
        [project_id],
    ).df()
