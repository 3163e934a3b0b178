"""The DuckDB warehouse: connections, forward migrations, per-document loads, data checks.

Every write of a document's rows happens in one transaction with bound
parameters, so a killed run leaves each document either fully old or fully new.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Sequence

import duckdb

import warehouse as warehouse_sql
from pipeline.errors import WarehouseError, WarehouseLocked
from schemas.records import FACT_TABLES, PageRecord, TableRecord

DEFAULT_WAREHOUSE = Path("warehouse") / "papers.duckdb"


def default_warehouse() -> Path:
    return Path(os.environ.get("PAPERS_WAREHOUSE") or DEFAULT_WAREHOUSE)


def utcnow() -> dt.datetime:
    """Naive UTC timestamp (DuckDB TIMESTAMP has no zone)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def connect(path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    path = Path(path)
    if read_only and not path.exists():
        raise WarehouseError(f"no warehouse at {path}: run `papers ingest` first")
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as error:
        if "lock" in str(error).lower():
            raise WarehouseLocked(
                f"the warehouse {path} is in use by another process (DuckDB allows one writer); "
                "wait for the other `papers` command to finish"
            ) from None
        raise WarehouseError(f"cannot open the warehouse {path}: {error}") from None


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    con.execute("BEGIN TRANSACTION")
    try:
        yield con
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def applied_versions(con: duckdb.DuckDBPyConnection) -> set[int]:
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
    ).fetchall()[0][0]
    if not exists:
        return set()
    return {row[0] for row in con.execute("SELECT version FROM schema_version").fetchall()}


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply the migrations not yet applied, each in its own transaction; return their names."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_version "
        "(version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)"
    )
    done = applied_versions(con)
    applied = []
    for name, sql in warehouse_sql.sql_files("migrations"):
        version = int(name.split("_", 1)[0])
        if version in done:
            continue
        with transaction(con):
            con.execute(sql)
            con.execute("INSERT INTO schema_version VALUES (?, ?, ?)", [version, name, utcnow()])
        applied.append(name)
    create_views(con)
    return applied


def create_views(con: duckdb.DuckDBPyConnection) -> None:
    """(Re)create the views in warehouse/views; they hold no data, so this is always safe."""
    for _, sql in warehouse_sql.sql_files("views"):
        con.execute(sql)


def delete_document_rows(con: duckdb.DuckDBPyConnection, document_id: str) -> None:
    """Delete a document's pages and facts (call inside the transaction that reloads it)."""
    for model in (PageRecord, *FACT_TABLES):
        con.execute(f"DELETE FROM {model.table} WHERE document_id = ?", [document_id])


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    return max(applied_versions(con), default=0)


def _value(value):
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def insert_records(con: duckdb.DuckDBPyConnection, records: Sequence[TableRecord]) -> None:
    """INSERT rows of one table model; values are bound, the column list comes from the model."""
    if not records:
        return
    model = type(records[0])
    columns = list(model.model_fields)
    placeholders = ", ".join("?" for _ in columns)
    sql = f"INSERT OR REPLACE INTO {model.table} ({', '.join(columns)}) VALUES ({placeholders})"
    con.executemany(sql, [[_value(getattr(r, c)) for c in columns] for r in records])


def provenance_checks() -> list[tuple[str, str]]:
    """One check per fact table: every row belongs to a loaded document and its span is the
    text printed on its page (spans within one page are compared character for character)."""
    checks = []
    for model in FACT_TABLES:
        checks.append(
            (
                f"{model.table}_are_traceable",
                f"""
                SELECT f.id, f.document_id, f.char_start, f.char_end
                FROM {model.table} f
                LEFT JOIN documents d ON d.id = f.document_id
                LEFT JOIN pages p ON p.document_id = f.document_id AND p.page_index = f.page_index
                WHERE d.id IS NULL OR d.status <> 'loaded' OR p.id IS NULL
                   OR f.char_start < 0 OR f.char_start > f.char_end OR f.char_end > d.n_chars
                   OR f.char_start < p.char_start OR f.char_start > p.char_end
                   OR (f.char_end <= p.char_end
                       AND substr(p.text, f.char_start - p.char_start + 1, f.char_end - f.char_start) <> f.span_text)
                """,
            )
        )
    return checks


def run_checks(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
    """Run every data check (warehouse/checks and the provenance checks); a check passes when it
    returns no rows."""
    failures = {}
    named = [(name.removesuffix(".sql"), sql) for name, sql in warehouse_sql.sql_files("checks")]
    for name, sql in named + provenance_checks():
        rows = con.execute(sql).fetchall()
        if rows:
            failures[name] = rows
    return failures
