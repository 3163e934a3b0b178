"""The DuckDB warehouse: connections, forward migrations, per-document loads, data checks.

Every write of a document's rows happens in one transaction with bound
parameters, so a killed run leaves each document either fully old or fully new.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import time
from contextlib import contextmanager
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator, Sequence

import duckdb
import pandas

import warehouse as warehouse_sql
from pipeline.errors import WarehouseError, WarehouseLocked
from schemas.ddl import column_type
from schemas.records import FACT_TABLES, PageRecord, TableRecord

DEFAULT_WAREHOUSE = Path("warehouse") / "papers.duckdb"
LOCK_POLL_SECONDS = 0.25
# insert_records loads this many rows or more from a frame registered under _FRAME.
FRAME_MIN_ROWS = 4
_FRAME = "_papers_insert_frame"


def default_warehouse() -> Path:
    return Path(os.environ.get("PAPERS_WAREHOUSE") or DEFAULT_WAREHOUSE)


def utcnow() -> dt.datetime:
    """Naive UTC timestamp (DuckDB TIMESTAMP has no zone)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def connect(
    path: str | Path,
    read_only: bool = False,
    wait: float = 0.0,
    on_wait: Callable[[str], None] | None = None,
) -> duckdb.DuckDBPyConnection:
    """Open the warehouse. DuckDB lets one process write and, while it does, no other
    process read; with ``wait`` the lock is retried that many seconds (``on_wait`` hears
    once why) before ``WarehouseLocked`` is raised."""
    path = Path(path)
    if read_only and not path.exists():
        raise WarehouseError(f"no warehouse at {path}: run `papers ingest` first")
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait
    told = False
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as error:
            if "lock" not in str(error).lower():
                raise WarehouseError(f"cannot open the warehouse {path}: {error}") from None
            if time.monotonic() >= deadline:
                raise WarehouseLocked(
                    f"the warehouse {path} is in use by another process (DuckDB allows one writer, and no "
                    f"reader while it writes){f'; waited {wait:g} s' if wait else ''}: try again when the "
                    "other `papers` command has finished"
                ) from None
            if on_wait and not told:
                on_wait(f"the warehouse {path} is in use by another process; waiting up to {wait:g} s")
                told = True
            time.sleep(LOCK_POLL_SECONDS)


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
    """Apply the migrations not yet applied, each in its own transaction, and (re)create the
    views; return the names applied.

    The views are created in the same transaction as the last migration (or in one of their
    own), so a process killed here leaves a schema whose views match its tables: a version
    recorded in ``schema_version`` always comes with its views.
    """
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_version "
        "(version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)"
    )
    done = applied_versions(con)
    pending = [
        (int(name.split("_", 1)[0]), name, sql)
        for name, sql in warehouse_sql.sql_files("migrations")
        if int(name.split("_", 1)[0]) not in done
    ]
    for position, (version, name, sql) in enumerate(pending, start=1):
        with transaction(con):
            con.execute(sql)
            con.execute("INSERT INTO schema_version VALUES (?, ?, ?)", [version, name, utcnow()])
            if position == len(pending):
                create_views(con)
    if not pending:
        with transaction(con):
            create_views(con)
    return [name for _, name, _ in pending]


def create_views(con: duckdb.DuckDBPyConnection) -> None:
    """(Re)create the views in warehouse/views (call inside a transaction: see ``migrate``)."""
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


def _frame_value(value):
    if isinstance(value, Decimal):
        return str(value)  # cast back to DECIMAL in SQL: exact, where a float would not be
    return _value(value)


@lru_cache(maxsize=None)
def _insert_sql(model: type[TableRecord], from_frame: bool) -> str:
    """INSERT OR REPLACE of one row's parameters, or of the registered frame with each column
    cast to the model's declared type."""
    names = list(model.model_fields)
    if not from_frame:
        return f"INSERT OR REPLACE INTO {model.table} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})"
    casts = ", ".join(f"CAST({name} AS {column_type(field.annotation)[0]})" for name, field in model.model_fields.items())
    return f"INSERT OR REPLACE INTO {model.table} ({', '.join(names)}) SELECT {casts} FROM {_FRAME}"


def insert_records(con: duckdb.DuckDBPyConnection, records: Sequence[TableRecord]) -> None:
    """INSERT rows of one table model; values are bound, never part of the SQL text.

    From ``FRAME_MIN_ROWS`` rows on, they go in one statement from a pandas frame: a row
    costs ~0.2 ms that way against ~10 ms a row with ``executemany``, but the frame itself
    costs ~10 ms. Decimals travel in the frame as text and JSON as its serialisation, each
    cast to the column type, so both stay exact. Rows repeating a key: the last wins, as a
    replace row by row would give.
    """
    if not records:
        return
    model = type(records[0])
    columns = list(model.model_fields)
    if len(records) < FRAME_MIN_ROWS:
        for record in records:
            con.execute(_insert_sql(model, False), [_value(getattr(record, c)) for c in columns])
        return
    last = {tuple(getattr(r, k) for k in model.primary_key): r for r in records}
    frame = pandas.DataFrame(
        {c: pandas.Series([_frame_value(getattr(r, c)) for r in last.values()], dtype=object) for c in columns}
    )
    con.register(_FRAME, frame)
    try:
        con.execute(_insert_sql(model, True))
    finally:
        con.unregister(_FRAME)


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
