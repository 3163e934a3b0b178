"""Read side for analysts: the public views, read-only queries, the year table, one project's
history. Used by ``papers trends/query/report/export`` and by the notebooks.
"""

from __future__ import annotations

import json
import os
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
    "funding_by_body_year",
    "funding_by_theme_year",
    "projects_current",
    "project_history",
    "meetings",
    "attendance",
    "data_quality",
)
# The public views with a body_id column: what ``--body`` filters.
BODY_VIEWS = ("funding_by_year", "funding_by_body_year", "funding_by_theme_year", "projects_current", "project_history")


PROJECT_ROOT = Path(__file__).resolve().parents[1]


def warehouse_path(path: str | Path | None = None) -> Path:
    """The warehouse a notebook or script means, whatever its working directory (a Jupyter kernel
    starts in the notebook's folder): ``path``, else ``$PAPERS_WAREHOUSE``, else the project's
    warehouse/papers.duckdb. A relative path that does not exist from the working directory is
    read from the project root."""
    chosen = Path(path or os.environ.get("PAPERS_WAREHOUSE") or store.DEFAULT_WAREHOUSE).expanduser()
    if chosen.is_absolute() or chosen.exists():
        return chosen
    return PROJECT_ROOT / chosen


def connect(path: str | Path | None = None) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the warehouse (``warehouse_path``): its published snapshot while
    an ingest writes (``pipeline.snapshot``), so it never waits on one."""
    return snapshot.connect_reader(warehouse_path(path), wait=READER_WAIT)


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


def frame(con: duckdb.DuckDBPyConnection, view: str, body_id: str | None = None) -> pandas.DataFrame:
    """A public view as a DataFrame (DuckDB gives amounts as floats, ready to plot); with
    ``body_id``, one body's rows of a view that carries a body (``BODY_VIEWS``)."""
    if view not in PUBLIC_VIEWS:
        raise ValueError(f"{view!r} is not a public view: {', '.join(PUBLIC_VIEWS)}")
    if body_id is None:
        return con.sql(f"SELECT * FROM {view}").df()
    if view not in BODY_VIEWS:
        raise ValueError(f"{view!r} has no body: {', '.join(BODY_VIEWS)} do")
    return con.execute(f"SELECT * FROM {view} WHERE body_id = ?", [body_id]).df()


def bodies(con: duckdb.DuckDBPyConnection) -> list[dict]:
    cursor = con.execute("SELECT * FROM bodies ORDER BY name")
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def default_body(con: duckdb.DuckDBPyConnection, text: str | None = None) -> dict | None:
    """The body ``text`` names (``resolve_body``), else the body with the most funding facts."""
    if text:
        return resolve_body(con, text)
    rows = bodies(con)
    return max(rows, key=lambda b: (b["n_facts"], b["name"])) if rows else None


def resolve_body(con: duckdb.DuckDBPyConnection, text: str) -> dict:
    """The body named ``text``: its name as shown ('Cabinet (grants_2024.pdf)', a qualified name
    whose key is not its printing), an alias or a printing (compared normalised, as the resolution
    compares them), else the one body whose name contains it. ValueError otherwise."""
    from pipeline.bodies import body_key

    key = body_key(text)
    rows = bodies(con)
    exact = [b for b in rows if key in {b["name_key"], body_key(b["name"])} | {body_key(a) for a in json.loads(b["aliases"] or "[]")}]
    found = exact or [b for b in rows if key and key in b["name_key"]]
    if len(found) != 1:
        known = "; ".join(b["name"] for b in rows) or "none yet"
        what = "matches several bodies" if found else "matches no body"
        raise ValueError(f"--body {text!r} {what}; the bodies are: {known}")
    return found[0]


def funding_by_year(con: duckdb.DuckDBPyConnection, body_id: str | None = None) -> list[dict]:
    """The year table: every body's years, or one body's."""
    cursor = con.execute(
        "SELECT * FROM funding_by_year WHERE CAST(? AS VARCHAR) IS NULL OR body_id = ? ORDER BY body, financial_year",
        [body_id, body_id],
    )
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def most_changed_project(con: duckdb.DuckDBPyConnection, body_id: str | None = None) -> str | None:
    """The project (of one body, when given) whose history says most: amount changes and
    withdrawals first, then papers."""
    row = con.execute(
        "SELECT project_id FROM project_history WHERE CAST(? AS VARCHAR) IS NULL OR body_id = ? GROUP BY project_id "
        "ORDER BY count(*) FILTER (WHERE change IN ('amount_changed', 'amount_and_status_changed', 'withdrawn')) DESC, "
        "count(*) DESC, any_value(project_name), project_id LIMIT 1",
        [body_id, body_id],
    ).fetchall()
    return row[0][0] if row else None


def project_history(con: duckdb.DuckDBPyConnection, project_id: str) -> pandas.DataFrame:
    return con.execute(
        "SELECT sequence, paper_date, paper_kind, name, amount, amount_change, status, change, pot, "
        "printed_page, path, project_name, financial_year FROM project_history WHERE project_id = ? ORDER BY sequence",
        [project_id],
    ).df()
