"""The DuckDB warehouse: connections, forward migrations, document loads, data checks.

A document's rows are written in one transaction (with others: group commit) with bound
parameters, so a killed run leaves each document either fully old or fully new. The row
writes themselves live in ``pipeline.store_insert`` and are re-exported here."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import time
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator, Sequence

import duckdb

import warehouse as warehouse_sql
from pipeline.errors import WarehouseError, WarehouseLocked
from pipeline.ids import code_sha256  # noqa: F401  (callers and tests use store.code_sha256)
from pipeline.store_insert import append_columns, append_records, insert_records, last_per_key  # noqa: F401
from schemas.records import (
    CheckResultRow,
    PageRow,
    RefreshRow,
    RefreshStep,
    SearchTermRow,
    SearchUnitRow,
    TableRow,
)

DEFAULT_WAREHOUSE = Path("warehouse") / "papers.duckdb"
LOCK_POLL_SECONDS = 0.25
# DuckDB checkpoints when its write-ahead log passes this size. A checkpoint rewrote the last,
# partly filled row group of the tables it appended to (up to 122,880 rows: page texts), so at the
# default 16 MB a load of 2,000 packs wrote ~40 times the warehouse's size and slowed down as it
# grew (measured while pages declared a key: see ``TableRow.key_enforced``). Loads commit per
# batch of documents; the log replays after a crash.
CHECKPOINT_THRESHOLD = "128MiB"
# A writer's DuckDB memory (its default is 80 % of the machine): without a limit, the blocks a
# load, the derived tables and the checks touch stay cached, and the ingest process grows with the
# warehouse. Sorts, joins and aggregates past it spill to DuckDB's temporary directory.
WRITER_MEMORY_LIMIT = "256MiB"
# DuckDB appends to a checkpointed table in a new row group and, at later checkpoints, merges
# adjacent small row groups ("vacuum"), reading back and recompressing what it merges: page texts
# up to a full row group (122,880 pages, ~340 MB) at a time, so checkpoints held +100 to +330 MB
# more as the warehouse grew. Without vacuum tasks, each checkpoint writes only what it appends
# (a row group per table per checkpoint), and row groups whose rows are all deleted (a document
# replaced, the derived tables rebuilt) are still dropped.
WRITER_VACUUM_TASKS = 0
# The memory the data checks run under (they read every table): at 2,000 packs they cached up to
# the writer's limit (+165 MB); under this one +60 MB.
SCAN_MEMORY_LIMIT = "128MiB"


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
            config = {} if read_only else {
                "checkpoint_threshold": CHECKPOINT_THRESHOLD,
                "memory_limit": WRITER_MEMORY_LIMIT,
                "max_vacuum_tasks": WRITER_VACUUM_TASKS,
            }
            try:
                con = duckdb.connect(str(path), read_only=read_only, config=config)
            except duckdb.ConnectionException as error:
                if not config or "different configuration" not in str(error):
                    raise
                # This process already has the file open (a notebook's own connection): share it.
                con = duckdb.connect(str(path), read_only=read_only)
            try:
                con.execute("SET enable_progress_bar = false")  # else drawn on stdout for a long statement (a migration)
            except duckdb.InvalidInputException:
                pass  # in Jupyter without ipywidgets DuckDB refuses to touch the setting; it draws nothing there
            return con
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


def constant(text: str) -> str:
    """A value the code makes (a migration's name, the pipeline version; never user data) as a SQL
    literal: binding any value makes DuckDB import pandas (~0.25 s) before the worker starts."""
    return "'" + text.replace("'", "''") + "'"


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
            applied = constant(utcnow().isoformat(sep=" "))
            con.execute(f"INSERT INTO schema_version VALUES ({version}, {constant(name)}, {applied})")
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


def checkpoint(con: duckdb.DuckDBPyConnection) -> None:
    """Write out the rows appended since the last checkpoint: DuckDB holds them in memory (up to
    the checkpoint threshold) until then."""
    try:
        con.execute("CHECKPOINT")
    except duckdb.TransactionException:
        pass  # another cursor of this process has a transaction open: the rows stay until its end


@contextmanager
def whole_warehouse_reads(con: duckdb.DuckDBPyConnection) -> Iterator[str]:
    """Around the data checks, which read every table: a checkpoint first, and DuckDB caches at
    most ``SCAN_MEMORY_LIMIT`` meanwhile. Yields the limit it lowered (``run_checks``'
    ``retry_limit``)."""
    checkpoint(con)
    previous = con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    try:
        con.execute("SET memory_limit = ?", [SCAN_MEMORY_LIMIT])
    except duckdb.OutOfMemoryException:
        pass  # DuckDB holds more than that and cannot free it: the checks run under the writer's
    try:
        yield previous
    finally:
        con.execute("SET memory_limit = ?", [previous])


def _fact_tables() -> tuple[type[TableRow], ...]:
    """The tables of every registered fact (``pipeline.registered``: no extractor imported)."""
    from pipeline.registered import fact_tables

    return fact_tables()


@lru_cache(maxsize=None)
def _tables_holding_sql(fact_tables: tuple[type[TableRow], ...]) -> str:
    return " UNION ALL ".join(
        f"SELECT '{model.table}' WHERE EXISTS (SELECT 1 FROM {model.table} WHERE document_id IN (SELECT unnest($1)))"
        for model in (PageRow, *fact_tables, SearchUnitRow, SearchTermRow)
    )


def delete_documents_rows(con: duckdb.DuckDBPyConnection, document_ids: Sequence[str]) -> None:
    """Delete the pages and facts of these documents (inside the transaction that reloads them):
    one query finds the tables holding any of their rows, only those get a DELETE. Documents
    without a ``documents`` row have none (their rows are written in the transaction that writes
    it): the key lookup spares new ones the scan of every fact table, which grows."""
    found = con.execute("SELECT id FROM documents WHERE id IN (SELECT unnest(?::VARCHAR[]))", [list(document_ids)])
    known = [row[0] for row in found.fetchall()]
    for (table,) in con.execute(_tables_holding_sql(_fact_tables()), [known]).fetchall() if known else ():
        con.execute(f"DELETE FROM {table} WHERE document_id IN (SELECT unnest(?::VARCHAR[]))", [known])


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    return max(applied_versions(con), default=0)


def provenance_checks() -> list[tuple[str, str]]:
    """One check per fact table: every row belongs to a loaded document and its span is the
    text printed on its page (spans within one page are compared character for character)."""
    checks = []
    for model in _fact_tables():
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


def key_checks() -> list[tuple[str, str]]:
    """One check per table whose key is not declared to DuckDB (``TableRow.key_enforced``):
    no key held by two rows."""
    checks = []
    from pipeline.registered import all_tables

    for model in all_tables():
        if model.primary_key and not model.key_enforced:
            key = ", ".join(model.primary_key)
            checks.append(
                (f"{model.table}_keys_are_unique", f"SELECT {key}, count(*) AS n FROM {model.table} GROUP BY {key} HAVING n > 1")
            )
    return checks


def check_queries() -> list[tuple[str, str]]:
    """(name, SQL) of every data check: the files in warehouse/checks, then the provenance and key checks."""
    named = [(name.removesuffix(".sql"), sql) for name, sql in warehouse_sql.sql_files("checks")]
    return named + provenance_checks() + key_checks()


def run_checks(con: duckdb.DuckDBPyConnection, retry_limit: str | None = None) -> dict[str, list[tuple]]:
    """Run every data check (warehouse/checks, the provenance and the key checks); a check passes
    when it returns no rows. Read only: ``record_checks`` keeps the results. A check that runs
    out of memory runs again, and the ones after it, under ``retry_limit`` when given (under
    ``whole_warehouse_reads``' lowered limit, one did in a 2,000-pack bench run)."""
    failures = {}
    for name, sql in check_queries():
        rows = _check_rows(con, sql, retry_limit)
        if rows:
            failures[name] = rows
    return failures


def _check_rows(con: duckdb.DuckDBPyConnection, sql: str, retry_limit: str | None) -> list[tuple]:
    try:
        return con.execute(sql).fetchall()
    except duckdb.OutOfMemoryException:
        if retry_limit is None:
            raise
        # Raised for the checks left too: lowering it again can itself fail while DuckDB holds more.
        con.execute("SET memory_limit = ?", [retry_limit])
        return con.execute(sql).fetchall()


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def check_inputs() -> dict[str, str]:
    """SHA-256 of each check's SQL and of the views' SQL: the checks run again when one changes."""
    inputs = {name: _sha256(sql) for name, sql in check_queries()}
    inputs["views"] = _sha256("\n".join(sql for _, sql in warehouse_sql.sql_files("views")))
    return inputs


def warehouse_state(con: duckdb.DuckDBPyConnection) -> str:
    """Count and order-free hash of the documents rows (id, status, pipeline version, load time)
    and of the files rows (path, document): a load, a replacement or a new path changes it; a
    re-run that only sees its files again does not. An unsupported file is registered again on
    every run, so its load time is left out."""
    documents, files = con.execute(
        "SELECT (SELECT count(*) || ':' || coalesce(bit_xor(hash(id, status, pipeline_version, "
        "CASE WHEN status = 'unsupported' THEN NULL ELSE ingested_at END)), 0) FROM documents), "
        "(SELECT count(*) || ':' || coalesce(bit_xor(hash(path, document_id)), 0) FROM files)"
    ).fetchall()[0]
    return f"documents {documents}; files {files}"


def is_current(con: duckdb.DuckDBPyConnection, step: RefreshStep, inputs: dict[str, str] | None) -> bool:
    """Whether ``step`` last ran on this warehouse state with these inputs (None: unknown, so no)."""
    if inputs is None:
        return False
    rows = con.execute("SELECT warehouse_state, inputs FROM refreshes WHERE step = ?", [step]).fetchall()
    return bool(rows) and rows[0][0] == warehouse_state(con) and json.loads(rows[0][1]) == inputs


def recorded_inputs(con: duckdb.DuckDBPyConnection, step: RefreshStep) -> dict[str, str] | None:
    """The inputs ``step`` recorded when it last ran (None: never)."""
    rows = con.execute("SELECT inputs FROM refreshes WHERE step = ?", [step]).fetchall()
    return json.loads(rows[0][0]) if rows else None


def record_refresh(
    con: duckdb.DuckDBPyConnection, step: RefreshStep, inputs: dict[str, str], run_id: str | None = None
) -> None:
    """Record that ``step`` ran on the current warehouse state with ``inputs`` (call inside the
    transaction that writes its results, so the record never outlives them)."""
    record = RefreshRow(
        step=step, warehouse_state=warehouse_state(con), inputs=inputs, run_id=run_id, finished_at=utcnow()
    )
    insert_records(con, [record])


def record_checks(
    con: duckdb.DuckDBPyConnection, failures: dict[str, list[tuple]], run_id: str | None = None
) -> None:
    """Keep the result of every check (``run_checks``), replacing the previous ones, in one
    transaction; values JSON cannot hold (dates, decimals) are kept as text."""
    now = utcnow()
    records = [
        CheckResultRow(
            name=name, n_rows=len(failures.get(name, [])),
            rows=json.loads(json.dumps([list(row) for row in failures.get(name, [])], default=str)),
            run_id=run_id, checked_at=now,
        )
        for name, _ in check_queries()
    ]
    with transaction(con):
        con.execute(f"DELETE FROM {CheckResultRow.table}")
        insert_records(con, records)
        record_refresh(con, "data_checks", check_inputs(), run_id)


def recorded_check_failures(con: duckdb.DuckDBPyConnection) -> tuple[dict[str, list[tuple]], dt.datetime | None]:
    """The checks that failed when the checks last ran (in ``check_queries`` order), with their rows
    as recorded, and when they ran (None: never)."""
    rows = con.execute(f"SELECT name, n_rows, rows, checked_at FROM {CheckResultRow.table}").fetchall()
    order = {name: position for position, (name, _) in enumerate(check_queries())}
    failed = sorted((r for r in rows if r[1]), key=lambda r: (order.get(r[0], len(order)), r[0]))
    failures = {name: [tuple(row) for row in json.loads(found)] for name, _, found, _ in failed}
    return failures, max((at for *_, at in rows), default=None)
