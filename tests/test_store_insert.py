"""insert_records: rows bound as one list parameter per column, one row or many; exact either way."""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from analysis_helpers import sample_warehouse
from pipeline import store
from schemas.records import DocumentRow, MoneyMentionRow, PageRow, ReportRow

AMOUNTS = [Decimal("39661"), Decimal("2332.26"), Decimal("0.01"), Decimal("9999999999999999.99"), None]
TABLES = [[[["Project", "Amount"], ["Vape £ packs – “retail”", None]]], [], [[[None]], [["a\\b\"c"]]]]
MANY = 5


def _money(index: int, amount: Decimal | None) -> MoneyMentionRow:
    return MoneyMentionRow(
        id=f"m{index}", document_id="d", page_index=0, printed_page=None, char_start=index, char_end=index + 1,
        span_text="£", extractor="money", extractor_version="1", amount=amount,
        amount_text="" if amount is None else f"£{amount}", qualifier=None, scale="unit", malformed=None,
    )


def _document(index: int, size: int = 1) -> DocumentRow:
    return DocumentRow(
        id=f"doc{index}", sha256=f"doc{index}", path=f"/p{index}", format="pdf", kind=None, title=None, size_bytes=size,
        n_pages=1, n_chars=1, status="loaded", error=None, warnings=["w"], parser="p",
        pipeline_version="v", ingested_at=dt.datetime(2026, 1, 1, 12, 0, 0, 123456),
    )


def _page(index: int, tables) -> PageRow:
    return PageRow(
        id=f"d:{index}", document_id="d", page_index=index, printed_number=index or None, char_start=0,
        char_end=1, has_text=index % 2 == 0, text="x\ny £", tables=tables,
    )


def _report(index: int) -> ReportRow:
    return ReportRow(
        id=f"r{index}", document_id="d", page_index=0, printed_page=1, char_start=0, char_end=1, span_text="x",
        extractor="report_header", extractor_version="1", paper_index=index, title="Update",
        authors=[{"name": "Mr P Webb", "role": None, "printed": "Mr P Webb – Chair"}], to_body=None,
        meeting_date=dt.date(2025, 11, 20), meeting_key=None, classification=None, summary=None,
    )


@pytest.fixture(scope="module")
def samples(tmp_path_factory) -> Path:
    return sample_warehouse(tmp_path_factory)


@pytest.fixture
def con(warehouse: Path):
    connection = store.connect(warehouse)
    store.migrate(connection)
    yield connection
    connection.close()


@pytest.mark.parametrize("rows", [1, MANY], ids=["one-row", "many-rows"])
def test_decimals_round_trip_exactly(con, rows: int):
    records = [_money(i, AMOUNTS[i % len(AMOUNTS)]) for i in range(rows)]
    store.append_records(con, records)
    got = con.execute("SELECT id, amount, typeof(amount) FROM money_mentions ORDER BY char_start").fetchall()
    assert [(r.id, r.amount) for r in records] == [(i, a) for i, a, _ in got]
    assert {t for _, _, t in got} == {"DECIMAL(18,2)"}


@pytest.mark.parametrize("rows", [1, MANY + 1], ids=["one-row", "many-rows"])
def test_json_columns_round_trip(con, rows: int):
    pages = [_page(i, TABLES[i % len(TABLES)]) for i in range(rows)]
    reports = [_report(i) for i in range(rows)]
    store.append_records(con, pages)
    store.append_records(con, reports)
    got = con.execute("SELECT tables, printed_number, has_text, text FROM pages ORDER BY page_index").fetchall()
    assert [(p.tables, p.printed_number, p.has_text, p.text) for p in pages] == [
        (store.json.loads(t), n, h, x) for t, n, h, x in got
    ]
    authors = con.execute("SELECT authors, meeting_date FROM reports ORDER BY paper_index").fetchall()
    assert [(store.json.loads(a), d) for a, d in authors] == [(r.authors, r.meeting_date) for r in reports]


def test_rows_repeating_a_key_keep_the_last_row_and_replace_the_stored_one(con):
    store.insert_records(con, [_document(0, size=100)])
    store.insert_records(con, [_document(i % 3, size=i) for i in range(7)])
    got = con.execute("SELECT id, size_bytes FROM documents ORDER BY id").fetchall()
    assert got == [("doc0", 6), ("doc1", 4), ("doc2", 5)]


def test_a_many_row_insert_is_part_of_the_surrounding_transaction(con):
    documents = [_document(i) for i in range(MANY)]
    with pytest.raises(RuntimeError):
        with store.transaction(con):
            store.insert_records(con, documents)
            raise RuntimeError("the load failed midway")
    assert con.execute("SELECT count(*) FROM documents").fetchall() == [(0,)]
    store.insert_records(con, documents)
    assert con.execute("SELECT min(ingested_at), any_value(warnings) FROM documents").fetchall() == [
        (dt.datetime(2026, 1, 1, 12, 0, 0, 123456), '["w"]')
    ]


def test_append_records_refuses_a_stored_or_repeated_key_where_declared_and_leaves_the_rows(con):
    store.append_records(con, [_document(0, size=1), _document(1, size=2)])
    with pytest.raises(store.duckdb.ConstraintException):
        store.append_records(con, [_document(2, size=3), _document(1, size=9)])
    with pytest.raises(store.duckdb.ConstraintException):
        store.append_records(con, [_document(3, size=4), _document(3, size=5)])
    got = con.execute("SELECT id, size_bytes FROM documents ORDER BY id").fetchall()
    assert got == [("doc0", 1), ("doc1", 2)]


def test_a_writer_checkpoints_at_the_raised_threshold_within_its_memory_and_a_reader_opens_as_before(tmp_path: Path):
    """Regression (bench, 2,000 packs): at DuckDB's 16 MB default every few documents' commit
    rewrote the last row group of the page and term tables: 19 GB written for a 0.5 GB warehouse.
    Without a memory limit the writer's cache grew with the warehouse."""
    path = tmp_path / "w.duckdb"
    writer = store.connect(path)
    try:
        settings = writer.execute(
            "SELECT current_setting('checkpoint_threshold'), current_setting('memory_limit'), "
            "current_setting('max_vacuum_tasks')"
        ).fetchall()
        writer.execute("CREATE TABLE t (x INTEGER)")
    finally:
        writer.close()
    assert settings == [("128.0 MiB", "256.0 MiB", 0)]
    reader = store.connect(path, read_only=True)
    try:
        assert reader.execute("SELECT count(*) FROM t").fetchall() == [(0,)]
    finally:
        reader.close()


def test_a_writer_checkpoint_writes_what_was_appended_and_drops_deleted_row_groups(tmp_path: Path):
    """Regression (bench, 2,000 packs): DuckDB merged the small row groups earlier checkpoints
    wrote, reading back and recompressing up to a row group of page texts, so checkpoints took
    +100 to +330 MB more as the warehouse grew. A writer leaves them; rows all deleted (a document
    replaced, derived tables rebuilt) still free their row groups."""
    writer = store.connect(tmp_path / "w.duckdb")
    try:
        writer.execute("CREATE TABLE t (doc INTEGER, text VARCHAR)")
        for doc in range(3):
            writer.execute("INSERT INTO t SELECT ?, repeat('page text ', 50) || range FROM range(5000)", [doc])
            writer.execute("CHECKPOINT")
        row_groups = "SELECT count(DISTINCT row_group_id) FROM pragma_storage_info('t')"
        assert writer.execute(row_groups).fetchall() == [(3,)]
        writer.execute("DELETE FROM t WHERE doc = 1")
        writer.execute("CHECKPOINT")
        assert writer.execute(row_groups).fetchall() == [(2,)]
        assert writer.execute("SELECT doc, count(*) FROM t GROUP BY doc ORDER BY doc").fetchall() == [(0, 5000), (2, 5000)]
    finally:
        writer.close()


def test_whole_warehouse_reads_start_from_a_checkpoint_under_a_lower_limit_and_restore_it(tmp_path: Path):
    """Regression (bench, 2,000 packs): the rebuild and the checks ran beside up to 128 MiB of
    appended rows DuckDB held in memory and cached up to the writer's limit; the ingest process
    peaked there."""
    writer = store.connect(tmp_path / "w.duckdb")
    limit = "SELECT current_setting('memory_limit')"
    wal = "SELECT wal_size FROM pragma_database_size()"
    try:
        writer.execute("CREATE TABLE t AS SELECT range AS x FROM range(100000)")
        assert writer.execute(wal).fetchone()[0] != "0 bytes"
        with pytest.raises(RuntimeError):
            with store.whole_warehouse_reads(writer):
                assert writer.execute(wal).fetchone()[0] == "0 bytes"
                assert writer.execute(limit).fetchone()[0] == "128.0 MiB"
                raise RuntimeError("a check failed to run")
        assert writer.execute(limit).fetchone()[0] == "256.0 MiB"
    finally:
        writer.close()


def test_a_check_out_of_memory_under_the_lowered_limit_runs_again_under_the_writers(samples: Path, tmp_path: Path):
    """Regression (bench, 2,000 packs, 2 workers): a data check ran out of memory under
    ``whole_warehouse_reads``' 128 MiB and the ingest failed after loading every document."""
    copy = tmp_path / "w.duckdb"
    shutil.copy(samples, copy)
    writer = store.connect(copy)
    try:
        writer.execute("SET memory_limit = '1MiB'")
        with pytest.raises(store.duckdb.OutOfMemoryException):
            store.run_checks(writer)
        assert store.run_checks(writer, retry_limit="256MiB") == {}
        assert writer.execute("SELECT current_setting('memory_limit')").fetchone()[0] == "256.0 MiB"
    finally:
        writer.close()


def test_a_writer_shares_a_connection_this_process_opened_with_other_settings(tmp_path: Path):
    """Review: a notebook's plain duckdb.connect() and then run_ingest in the same process failed:
    DuckDB refuses a second connection to one file with a different configuration."""
    import duckdb

    path = tmp_path / "w.duckdb"
    own = duckdb.connect(str(path))
    try:
        writer = store.connect(path)
        writer.execute("CREATE TABLE t (x INTEGER)")
        writer.close()
        assert own.execute("SELECT count(*) FROM t").fetchall() == [(0,)]
    finally:
        own.close()


def test_insert_records_refuses_a_table_whose_key_is_not_declared(con):
    """INSERT OR REPLACE needs a declared key: pages, facts and search units are appended after
    the document's old rows are deleted (``append_records``)."""
    with pytest.raises(TypeError, match="pages declares no key"):
        store.insert_records(con, [_page(0, TABLES[0])])
    with pytest.raises(TypeError, match="money_mentions declares no key"):
        store.insert_records(con, [_money(0, Decimal("1.00"))])
