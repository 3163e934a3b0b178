"""``papers search`` reads units' texts for the hits shown only (pipeline.search): its hits must be
those of one straightforward query (the ranking joined to every unit, its text and meeting, then
filtered, ordered and cut), on the samples' warehouse, for words, phrases, filters and limits."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import duckdb
import pytest

from conftest import SAMPLES
from pipeline.ingest import run_ingest
from pipeline.search import Query, load_fts, search
from pipeline.search_index import ranked_sql, stopwords

REFERENCE = f"""
SELECT u.unit, u.page_index, u.printed_number, u.paper_title, m.body, m.date, u.char_start, d.path, r.score
FROM ({ranked_sql("$query")}) r
JOIN search_units u USING (unit_key)
JOIN documents d ON d.id = u.document_id
LEFT JOIN meetings m ON m.meeting_key = u.meeting_key
WHERE ($body IS NULL OR lower(m.body) LIKE '%' || lower($body) || '%')
  AND ($date_from IS NULL OR m.date >= $date_from)
  AND ($date_to IS NULL OR m.date <= $date_to)
  AND coalesce(list_bool_and(list_transform($phrases::VARCHAR[], phrase -> regexp_matches(u.text, phrase, 'i'))), true)
ORDER BY r.score DESC, m.date DESC NULLS LAST, u.id
LIMIT $limit
"""


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    folder = tmp_path_factory.mktemp("raw")
    for pdf in SAMPLES.glob("*.pdf"):
        shutil.copy(pdf, folder)
    path = folder / "w.duckdb"
    assert run_ingest([folder], path).ok
    connection = duckdb.connect(str(path), read_only=True)
    load_fts(connection)
    yield connection
    connection.close()


def reference(con, text: str, body=None, date_from=None, date_to=None, limit=10) -> list[tuple]:
    query = Query.parse(text)
    terms = " ".join(w for w in query.terms.split() if w.lower().replace("’", "'") not in stopwords())
    return con.execute(REFERENCE, dict(
        query=terms, body=body, date_from=date_from, date_to=date_to, phrases=query.phrase_patterns(), limit=limit,
    )).fetchall()


CASES = [
    ("vape", {}),
    ("funding", {"limit": 50}),
    ("funding", {"limit": 1000}),
    ("community safety partnership", {}),
    ("domestic homicide review", {"limit": 3}),
    ('"safer streets"', {}),
    ('"retailer packs" vape', {"limit": 100}),
    ('"community safety" funding', {"limit": 40}),
    ('"no such phrase anywhere" funding', {}),
    ("funding", {"body": "safety partnership", "limit": 100}),
    ("police", {"date_from": dt.date(2025, 1, 1), "limit": 100}),
    ("police", {"date_to": dt.date(2024, 12, 31), "limit": 100}),
    ('"community safety" partnership', {"body": "partnership", "date_from": dt.date(2024, 1, 1), "limit": 100}),
    ("the", {}),
    ("xyzzy", {}),
]


@pytest.mark.parametrize(("text", "filters"), CASES)
def test_fast_search_returns_the_hits_of_the_straightforward_query(con, text, filters):
    expected = reference(con, text, **filters)
    hits = search(con, text, **filters)
    ours = [(h.unit, h.page_index, h.printed_page, h.paper_title, h.body, h.meeting_date, h.char_start, h.path) for h in hits]
    assert ours == [row[:-1] for row in expected]
    assert [h.score for h in hits] == pytest.approx([row[-1] for row in expected], rel=1e-12)


def test_phrase_hits_beyond_the_first_chunk_are_found(con, monkeypatch):
    """Phrases are tested on the ordered hits chunk by chunk: a chunk of one still finds them all."""
    from pipeline import search as search_module

    monkeypatch.setattr(search_module, "_FIRST_CHUNK", 1)
    text, filters = '"community safety" funding', {"limit": 40}
    expected = reference(con, text, **filters)
    assert len(expected) > 2
    assert [(h.path, h.page_index, h.char_start) for h in search(con, text, **filters)] == [
        (row[7], row[1], row[6]) for row in expected
    ]


def test_search_inside_the_callers_transaction_reads_the_same_hits(con):
    """search() reads its steps in one transaction of its own, or in the caller's when one is open."""
    alone = search(con, "funding", limit=5)
    con.execute("BEGIN TRANSACTION")
    try:
        inside = search(con, "funding", limit=5)
    finally:
        con.execute("ROLLBACK")
    assert inside == alone and len(alone) == 5


def test_a_unit_whose_row_id_moved_is_read_by_its_key(con):
    """Texts are read by the hits' row ids; one that no longer holds the hit's unit is read by key."""
    from pipeline import search as search_module

    found = con.execute(search_module._hits_sql(["fund"]), dict(body=None, date_from=None, date_to=None, limit=3)).fetchall()
    wrong = [(key, (row + 1) % 3, *rest) for key, row, *rest in found]
    shown = search_module._shown(con, wrong)
    assert set(shown) == {hit[0] for hit in found} and shown == search_module._shown(con, found)
