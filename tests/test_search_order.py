"""``search_index.order_terms`` rewrites search_terms in term order, chunk by chunk: the same rows,
the same hits and scores; an ingest's refresh does it when the table has grown enough."""

from __future__ import annotations

import shutil

import duckdb
import pytest

from conftest import SAMPLES
from pipeline import search_index, store
from pipeline.ingest import run_ingest
from pipeline.search import search
from test_search import warehouse  # noqa: F401  (the samples' warehouse)
from test_search_fast import CASES

ROWS = "SELECT document_id, unit_key, term, tf FROM search_terms"


def _hits(con) -> tuple[list, list]:
    """The hits of every case, and their scores apart (a sum's last bit follows the order DuckDB adds in)."""
    found = [search(con, text, **filters) for text, filters in CASES]
    return (
        [[(h.unit, h.page_index, h.paper_title, h.body, h.meeting_date, h.char_start, h.path, h.snippet) for h in hits]
         for hits in found],
        [h.score for hits in found for h in hits],
    )


def test_terms_are_cut_into_ranges_of_at_most_the_chunks_rows():
    counts = [("a", 3), ("b", 2), ("c", 9), ("d", 1), ("e", 1), ("f", 3)]
    assert search_index.term_ranges(counts, 5) == [("a", "b"), ("c", "c"), ("d", "f")]
    assert search_index.term_ranges([], 5) == []


def test_ordered_terms_hold_the_same_rows_and_give_the_same_hits(warehouse, tmp_path, monkeypatch):
    path = tmp_path / "ordered.duckdb"
    shutil.copy(warehouse, path)
    con = store.connect(path)
    search_index.load_fts(con)
    rows, hits = sorted(con.execute(ROWS).fetchall()), _hits(con)
    assert con.execute(f"{ROWS} ORDER BY rowid").fetchall() != sorted(rows, key=lambda r: (r[2], r[1]))
    monkeypatch.setattr(search_index, "ORDER_CHUNK_ROWS", 500)
    monkeypatch.setattr(search_index, "ORDER_MIN_ROWS", 1)
    con.execute("CREATE TABLE search_terms_ordered (x INTEGER)")  # left by a killed run
    con.execute("INSERT INTO search_terms_ordered VALUES (1)")
    assert search_index.needs_ordering(con)
    assert search_index.order_terms(con, "run-1") == len(rows)
    in_order = con.execute(f"{ROWS} ORDER BY rowid").fetchall()
    assert in_order == sorted(rows, key=lambda r: (r[2], r[1]))
    assert sorted(in_order) == rows
    ordered_hits, ordered_scores = _hits(con)
    assert ordered_hits == hits[0]
    assert ordered_scores == pytest.approx(hits[1], rel=1e-12)
    assert con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'search_terms_ordered'").fetchall() == [(0,)]
    assert con.execute("SELECT sql FROM duckdb_tables() WHERE table_name = 'search_terms'").fetchall()[0][0].count("NOT NULL") == 4
    assert store.recorded_inputs(con, search_index.ORDER_STEP) == {"rows": str(len(rows))}
    assert not search_index.needs_ordering(con)
    monkeypatch.setattr(search_index, "ORDER_GROWTH", 1.0)
    assert search_index.needs_ordering(con)
    con.close()


def test_a_small_index_is_left_in_load_order(warehouse):
    con = duckdb.connect(str(warehouse), read_only=True)
    assert not search_index.needs_ordering(con)
    assert store.recorded_inputs(con, search_index.ORDER_STEP) is None
    con.close()


def test_an_ingest_orders_the_terms_once_they_are_many(tmp_path, monkeypatch):
    monkeypatch.setattr(search_index, "ORDER_MIN_ROWS", 1)
    for pdf in sorted(SAMPLES.glob("*.pdf"))[:2]:
        shutil.copy(pdf, tmp_path)
    path = tmp_path / "w.duckdb"
    assert run_ingest([tmp_path], path).ok
    con = duckdb.connect(str(path), read_only=True)
    in_order = con.execute(f"{ROWS} ORDER BY rowid").fetchall()
    assert in_order == sorted(in_order, key=lambda r: (r[2], r[1]))
    assert store.recorded_inputs(con, search_index.ORDER_STEP) == {"rows": str(len(in_order))}
    con.close()


def test_a_reindex_orders_the_terms_it_wrote_again(warehouse, tmp_path, monkeypatch):
    monkeypatch.setattr(search_index, "ORDER_MIN_ROWS", 1)
    path = tmp_path / "reindexed.duckdb"
    shutil.copy(warehouse, path)
    con = store.connect(path)
    search_index.reindex(con)
    in_order = con.execute(f"{ROWS} ORDER BY rowid").fetchall()
    assert in_order == sorted(in_order, key=lambda r: (r[2], r[1]))
    assert store.recorded_inputs(con, search_index.ORDER_STEP) == {"rows": str(len(in_order))}
    con.close()
