"""Group commit: many documents to a transaction, and a bad one still fails alone."""

from __future__ import annotations

import time
from pathlib import Path

from conftest import CORPUS, query_rows
from pipeline import search_index, store
from pipeline.ingest import plan, process_document
from pipeline.ingest.batches import Budget, batches
from pipeline.ingest.loading import load_batch
from pipeline.ingest.outcomes import Candidate, DocumentResult

NAMES = ("000_3640f8d8de4eb426.txt", "001_fd20779843a3d887.txt", "004_45c56f7fc4c775e0.txt")


def _results(warehouse: Path, names: tuple[str, ...] = NAMES) -> list[DocumentResult]:
    con = store.connect(warehouse)
    try:
        store.migrate(con)
        candidates = plan(con, [CORPUS / name for name in names], "v")[0]
    finally:
        con.close()
    return [process_document(candidate) for candidate in candidates]


def _load(warehouse: Path, results: list[DocumentResult]):
    con = store.connect(warehouse)
    try:
        search_index.load_fts(con)
        return load_batch(con, results, "v")
    finally:
        con.close()


def test_a_row_the_warehouse_refuses_in_a_batch_fails_its_document_only(warehouse: Path):
    """The batch's statement fails on one document's row (a paper kind outside the vocabulary):
    the batch rolls back and each document loads alone, so only that one fails, with its reason."""
    results = _results(warehouse)
    broken = results[1]
    first = next(i for i, row in enumerate(broken.rows) if row.table == "papers")
    broken.rows[first] = broken.rows[first].model_copy(update={"kind": "not-a-kind"})
    outcomes = _load(warehouse, results)
    assert [o.outcome for o in outcomes] == ["loaded", "failed", "loaded"]
    assert [o.document_id for o in outcomes] == [r.candidate.sha256 for r in results]
    assert outcomes[1].reason.startswith("internal error: the warehouse refused its rows: ")
    assert query_rows(warehouse, "SELECT id, status FROM documents ORDER BY id") == sorted(
        (r.candidate.sha256, "failed" if r is broken else "loaded") for r in results
    )
    assert query_rows(warehouse, "SELECT count(*) FROM papers WHERE document_id = ?", [broken.candidate.sha256]) == [(0,)]
    for good in (results[0], results[2]):
        pages = query_rows(warehouse, "SELECT count(*) FROM pages WHERE document_id = ?", [good.candidate.sha256])
        units = query_rows(warehouse, "SELECT count(*) FROM search_units WHERE document_id = ?", [good.candidate.sha256])
        assert pages == [(len(good.parsed.pages),)] and units[0][0] > 0


def test_a_batch_writes_what_documents_loaded_one_by_one_write(tmp_path: Path):
    """The same rows, table by table, as loading each document in its own transaction."""
    together, alone = tmp_path / "together.duckdb", tmp_path / "alone.duckdb"
    results = _results(together)
    _load(together, results)
    _results(alone)
    for result in results:
        _load(alone, [result])
    for table in ("pages", "papers", "attendance", "money_mentions", "search_units", "search_terms", "files"):
        columns = "* EXCLUDE (last_seen_at)" if table == "files" else "*"
        sql = f"SELECT {columns} FROM {table} ORDER BY ALL"
        assert query_rows(together, sql) == query_rows(alone, sql), table


def test_the_same_document_twice_in_a_batch_is_written_once(warehouse: Path):
    results = _results(warehouse)
    outcomes = _load(warehouse, [results[0], results[1], results[0]])
    assert [o.outcome for o in outcomes] == ["loaded"] * 3
    assert query_rows(warehouse, "SELECT count(*) FROM pages WHERE document_id = ?", [results[0].candidate.sha256]) == [
        (len(results[0].parsed.pages),)
    ]


def _result(name: str) -> DocumentResult:
    return DocumentResult(Candidate(name, name, 1, 1), status="failed", error="x")


def test_batches_close_at_their_budget_and_keep_the_order():
    found = list(batches((_result(str(i)) for i in range(7)), Budget(documents=3, pause=5.0)))
    assert [[r.candidate.path for r in batch] for batch in found] == [["0", "1", "2"], ["3", "4", "5"], ["6"]]


def test_a_pause_in_the_results_commits_what_came_before_it():
    """A slow trickle: the batch closes when no result comes for ``pause`` seconds, before the next."""
    def trickle():
        yield _result("a")
        yield _result("b")
        time.sleep(0.5)
        yield _result("c")

    found = list(batches(trickle(), Budget(documents=100, pause=0.1, wait=60)))
    assert [[r.candidate.path for r in batch] for batch in found] == [["a", "b"], ["c"]]


def test_an_error_reading_the_results_loads_what_came_before_it_then_is_raised():
    def broken():
        yield _result("a")
        raise RuntimeError("the pool broke")

    found = batches(broken(), Budget(documents=100, pause=5.0))
    assert [r.candidate.path for r in next(found)] == ["a"]
    try:
        next(found)
    except RuntimeError as error:
        assert str(error) == "the pool broke"
    else:
        raise AssertionError("the error was not raised")


def test_rows_written_from_a_frame_are_those_written_from_lists(tmp_path: Path, monkeypatch):
    """``frames`` (a batch's larger tables) stores the same values as list parameters: nullable
    integers and booleans, 63-bit unit keys, dates, Decimals and JSON, in every table written."""
    from pipeline import frames
    from schemas.records import TABLES

    names = tuple(sorted(path.name for path in CORPUS.iterdir() if path.suffix == ".txt"))
    stored = {}
    for rows_from, threshold in (("frames", 1), ("lists", 10**9)):
        monkeypatch.setattr(frames, "FRAME_ROWS", threshold)
        warehouse = tmp_path / f"{rows_from}.duckdb"
        assert [o.outcome for o in _load(warehouse, _results(warehouse, names))] == ["loaded"] * len(names)
        when = {"documents": " EXCLUDE (ingested_at)", "files": " EXCLUDE (last_seen_at)"}
        stored[rows_from] = {
            model.table: query_rows(warehouse, f"SELECT *{when.get(model.table, '')} FROM {model.table} ORDER BY ALL")
            for model in TABLES
        }
    assert stored["frames"] == stored["lists"]
    assert stored["frames"]["pages"] and stored["frames"]["search_units"]
