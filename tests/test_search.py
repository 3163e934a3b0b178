"""Full-text search: ranking on the samples, phrases, filters, snippets, and an index that follows re-ingests."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shutil
from pathlib import Path

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SAMPLES
from pipeline import search_index, store
from pipeline.errors import KeyConflict
from pipeline.ingest import run_ingest
from pipeline.search import Query, load_fts, search, snippet
from test_cli import papers


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("raw")
    for pdf in SAMPLES.glob("*.pdf"):
        shutil.copy(pdf, folder)
    path = folder / "w.duckdb"
    assert run_ingest([folder], path).ok
    return path


def _search(warehouse: Path, text: str, **filters):
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return search(con, text, **filters)
    finally:
        con.close()


def _page_text(warehouse: Path, path: str, page_index: int) -> str:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(
            "SELECT p.text FROM pages p JOIN documents d ON d.id = p.document_id WHERE d.path = ? AND p.page_index = ?",
            [path, page_index],
        ).fetchall()[0][0]
    finally:
        con.close()


def test_vape_ranks_the_retailer_pack_pages_first_with_page_numbers(warehouse: Path):
    hits = _search(warehouse, "vape")
    top = hits[:2]
    assert all("Local Vape Action Retailer Packs" in hit.snippet for hit in top)
    assert all(hit.printed_page is not None for hit in top)
    assert {Path(hit.path).stem[:3] for hit in top} == {"000", "004"}


def test_a_hit_points_at_the_page_that_holds_its_snippet(warehouse: Path):
    for hit in _search(warehouse, "vape") + _search(warehouse, "domestic homicide review"):
        page = " ".join(_page_text(warehouse, hit.path, hit.page_index).split())
        assert hit.snippet.strip("…") in page
        for begin, end in hit.highlights:
            assert hit.snippet[begin:end].lower()[:3] in {"vap", "dom", "hom", "rev"}


def test_a_phrase_query_needs_the_words_together(warehouse: Path):
    loose = _search(warehouse, "safer streets", limit=50)
    phrase = _search(warehouse, '"safer streets"', limit=50)
    assert phrase and len(phrase) < len(loose)
    for hit in phrase:
        page = _page_text(warehouse, hit.path, hit.page_index)
        assert re.search(r"safer\s+streets", page, re.I)


def test_stemming_finds_other_forms(warehouse: Path):
    assert any("Vapes" in hit.snippet for hit in _search(warehouse, "vapes", limit=20))
    assert _search(warehouse, "funded") and _search(warehouse, "funding")


def test_date_and_body_filters_narrow_the_hits(warehouse: Path):
    everything = _search(warehouse, "vape", limit=50)
    before_2026 = _search(warehouse, "vape", date_to=dt.date(2025, 12, 31), limit=50)
    assert before_2026 and len(before_2026) < len(everything)
    assert all(hit.meeting_date <= dt.date(2025, 12, 31) for hit in before_2026)
    assert _search(warehouse, "vape", body="no such committee") == []
    assert len(_search(warehouse, "vape", body="community safety", limit=50)) == len(everything)


def test_agenda_items_are_searchable(warehouse: Path):
    hits = _search(warehouse, "declarations of interest", limit=5)
    assert any(hit.unit == "agenda_item" and "Declarations of Interest" in hit.snippet for hit in hits)


def test_the_index_follows_a_reingest(tmp_path: Path):
    raw = tmp_path / "raw"
    raw.mkdir()
    paper = raw / "report.txt"
    paper.write_text("By: A Writer\nTo: The Board - 4 June 2025\nSubject: Update\n\nThe zebracrossing scheme starts soon.\n")
    warehouse = tmp_path / "w.duckdb"
    run_ingest([raw], warehouse)
    assert len(_search(warehouse, "zebracrossing")) == 1
    paper.write_text("By: A Writer\nTo: The Board - 4 June 2025\nSubject: Update\n\nThe pelican scheme starts soon.\n")
    run_ingest([raw], warehouse)
    assert _search(warehouse, "zebracrossing") == []
    assert len(_search(warehouse, "pelican")) == 1


def test_sql_macro_for_notebooks(warehouse: Path):
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        load_fts(con)
        rows = con.execute("SELECT printed_number, text FROM search_pages('vape') LIMIT 3").fetchall()
    finally:
        con.close()
    assert rows and all("vape" in text.lower() for _, text in rows)


def test_snippet_highlights_words_with_their_suffixes():
    shown, spans = snippet("Nothing here. Local vaping and vapes were discussed at length.", Query.parse("vape"))
    assert [shown[a:b] for a, b in spans] == ["vaping", "vapes"]


def test_cli_search_prints_ranked_hits_and_json(warehouse: Path):
    listed = papers("search", "vape", "--warehouse", str(warehouse), "--limit", "2")
    assert listed.returncode == 0, listed.stderr
    assert "1. " in listed.stdout and "page " in listed.stdout and "Vape" in listed.stdout
    as_json = papers("search", '"retailer packs"', "--warehouse", str(warehouse), "--json", "--to", "2025-12-31")
    hits = json.loads(as_json.stdout)
    assert hits and all(hit["meeting_date"] <= "2025-12-31" for hit in hits)
    bad = papers("search", "vape", "--warehouse", str(warehouse), "--from", "31/12/2025")
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr


QUERIES = ("vape", "domestic homicide review", "safer streets", "funding", "community safety partnership", "the 2025")


def test_scores_equal_those_of_duckdbs_fts_index_over_the_same_units(warehouse: Path):
    """Our index is written per document and ranked at query time; DuckDB's fts extension builds
    one index over every unit. Same tokens, same BM25: the same units with the same scores."""
    from pipeline.search_index import CURRENT_UNITS, ranked_sql

    con = duckdb.connect()
    try:
        load_fts(con)
        con.execute(f"ATTACH '{warehouse}' AS w (READ_ONLY)")
        con.execute("USE w")
        con.execute(f"CREATE TABLE memory.main.units AS SELECT id, unit_key, title, text FROM ({CURRENT_UNITS})")
        con.execute(
            "PRAGMA create_fts_index('memory.main.units', 'id', 'title', 'text', stemmer = 'english', "
            "stopwords = 'english', ignore = '(\\.|[^a-z0-9])+', strip_accents = 1, lower = 1)"
        )
        for query in QUERIES:
            expected = con.execute(
                "SELECT id, score FROM (SELECT id, memory.fts_main_units.match_bm25(id, ?, conjunctive := 1) AS score "
                "FROM memory.main.units) WHERE score IS NOT NULL ORDER BY id",
                [" ".join(w for w in query.split() if w != "the")],
            ).fetchall()
            ours = con.execute(
                f"SELECT u.id, r.score FROM ({ranked_sql('$query')}) r JOIN memory.main.units u USING (unit_key) ORDER BY u.id",
                {"query": query},
            ).fetchall()
            assert expected, query
            assert [i for i, _ in ours] == [i for i, _ in expected], query
            # Same formula and bracketing; a multi-word score is a sum, in whatever order each engine adds.
            assert [s for _, s in ours] == pytest.approx([s for _, s in expected], rel=1e-12), query
    finally:
        con.close()


def test_stop_words_are_those_of_duckdbs_fts_extension(warehouse: Path):
    con = duckdb.connect()
    try:
        load_fts(con)
        con.execute("CREATE TABLE t (id VARCHAR, text VARCHAR)")
        con.execute("PRAGMA create_fts_index('t', 'id', 'text', stopwords = 'english')")
        theirs = {row[0] for row in con.execute("SELECT sw FROM fts_main_t.stopwords").fetchall()}
        con.execute(f"ATTACH '{warehouse}' AS w (READ_ONLY)")
        table = {row[0] for row in con.execute("SELECT word FROM w.search_stopwords").fetchall()}
    finally:
        con.close()
    assert table == set(search_index.stopwords()) == theirs and len(theirs) > 500


def _duckdb_words(con, texts: list[str]) -> list[list[str]]:
    rows = con.execute(
        f"SELECT list_transform(?::VARCHAR[], t -> list_filter({search_index.tokens_sql('t')}, w -> w <> ''))", [texts]
    ).fetchall()
    return rows[0][0]


def test_python_words_are_duckdbs_words_on_every_code_point():
    """Words are split in the worker, in Python; the query side splits in SQL. Every character
    (alone, and between two letters) must fold the same way, except those this Python's Unicode
    database does not know: ``words`` hands those texts to DuckDB."""
    characters = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    con = duckdb.connect()
    try:
        alone = _duckdb_words(con, characters)
        between = _duckdb_words(con, [f"ab{c}cd" for c in characters])
    finally:
        con.close()
    differ = [
        c for c, one, two in zip(characters, alone, between)
        if search_index.words(c) not in (one, None) or search_index.words(f"ab{c}cd") not in (two, None)
    ]
    assert differ == []
    handed_over = [c for c in characters if search_index.words(c) is None]
    assert len(handed_over) < 0.8 * len(characters)  # unassigned code points, and newer marks


# Without NUL: DuckDB ends a bound string there, so the two sides would read different texts.
@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=60) | st.text("Aa É é-.,’'1 \n\tß", max_size=60))
def test_python_words_are_duckdbs_words_on_any_text(text: str):
    con = duckdb.connect()
    try:
        expected = _duckdb_words(con, [text])[0]
    finally:
        con.close()
    assert search_index.words(text) in (expected, None)


def test_a_text_python_cannot_split_is_split_by_duckdb_in_the_writer(tmp_path: Path):
    """U+0CF3 (Kannada, Unicode 15) is a mark to DuckDB, unknown to Python 3.11: the writer asks DuckDB."""
    text = "Safer streets\u0cf3fund for the parks and Parks"
    assert search_index.words(text) is None
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    try:
        store.migrate(con)
        load_fts(con)
        unit = dict(
            unit_key=1, id="d:0:-1", unit="page", document_id="d", page_index=0, printed_number=None,
            paper_index=None, paper_title=None, paper_kind=None, meeting_key=None, char_start=0, title="", text=text,
            words=None,
        )
        with store.transaction(con):
            search_index.index_document(con, [unit])
        terms = dict(con.execute("SELECT term, tf FROM search_terms").fetchall())
        length = con.execute("SELECT n_terms FROM search_units").fetchall()
    finally:
        con.close()
    assert terms == {"safer": 1, "streetsfund": 1, "park": 2} and length == [(4,)]


def test_a_unit_is_indexed_with_its_paper_title_and_document(warehouse: Path):
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        units, documents, empty = con.execute(
            "SELECT count(*), count(DISTINCT document_id), count(*) FILTER (WHERE n_terms = 0) FROM search_units"
        ).fetchall()[0]
        loaded = con.execute("SELECT count(*) FROM documents WHERE status = 'loaded'").fetchall()[0][0]
        lengths_agree = con.execute(
            "SELECT bool_and(u.n_terms = t.n) FROM search_units u "
            "JOIN (SELECT unit_key, sum(tf) AS n FROM search_terms GROUP BY unit_key) t USING (unit_key)"
        ).fetchall()[0][0]
    finally:
        con.close()
    assert documents == loaded and units > 60 and lengths_agree
    assert empty < units / 10


def test_a_typed_stop_word_is_dropped_whole(warehouse: Path):
    """Review: "don't" was split into "don" and "t" before the stop words were dropped, so "don"
    had to match and "don't vape" found nothing; a stop word is dropped as typed, as before."""
    vape = [(h.path, h.page_index, h.unit) for h in _search(warehouse, "vape", limit=50)]
    for query in ("don't vape", "isn’t vape", "vape the"):
        assert [(h.path, h.page_index, h.unit) for h in _search(warehouse, query, limit=50)] == vape, query
    assert _search(warehouse, "the and") == []


def test_search_asks_for_an_ingest_until_the_index_is_written(tmp_path: Path):
    """Review: a warehouse migrated by `papers fetch` (or upgraded) but not ingested since has empty
    search tables; search said nothing was found instead of asking for an ingest."""
    from pipeline.errors import WarehouseError

    path = tmp_path / "w.duckdb"
    con = store.connect(path)
    try:
        store.migrate(con)
        with pytest.raises(WarehouseError, match="run `papers ingest`"):
            search(con, "vape")
    finally:
        con.close()


def _unit(document_id: str, key: int) -> dict:
    return dict(
        unit_key=key, id=f"{document_id}:0:-1", unit="page", document_id=document_id, page_index=0, printed_number=None,
        paper_index=None, paper_title=None, paper_kind=None, meeting_key=None, char_start=0, title="", text="parks",
        words={"parks": 1},
    )


def test_a_unit_key_repeated_within_a_document_is_refused(tmp_path: Path):
    """search_units declares no key to DuckDB (checkpoint memory): index_document refuses a repeat."""
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    try:
        store.migrate(con)
        load_fts(con)
        with store.transaction(con):
            search_index.index_document(con, [_unit("a", 7)])
        with pytest.raises(KeyConflict, match="have one key"):
            with store.transaction(con):
                search_index.index_document(con, [_unit("c", 9), _unit("c", 9)])
        units = con.execute("SELECT unit_key, document_id FROM search_units").fetchall()
        terms = con.execute("SELECT DISTINCT document_id FROM search_terms").fetchall()
    finally:
        con.close()
    assert units == [(7, "a")] and terms == [("a",)]


def _two_page_papers(raw: Path) -> None:
    raw.mkdir()
    for name in ("a", "b"):
        (raw / f"{name}.txt").write_text(
            f"By: A Writer\nTo: The Board - 4 June 2025\nSubject: Update {name}\n\nThe parks.\n\fThe ponds.\n"
        )


def _same_key_in_both_documents(unit_id: str) -> int:
    """Unit keys without the document id: page N of both documents collides, never two units of one."""
    return int.from_bytes(hashlib.sha256(unit_id.split(":", 1)[1].encode()).digest()[:7], "big")


def test_a_unit_key_another_document_holds_loads_and_is_named_by_its_check(tmp_path: Path, monkeypatch):
    """Two documents' unit ids never repeat; a collision of their 63-bit hashes is reported by the
    key check after the load (looking each key up in the writer scanned the column per document)."""
    _two_page_papers(tmp_path / "raw")
    monkeypatch.setattr(search_index, "unit_key", _same_key_in_both_documents)
    summary = run_ingest([tmp_path / "raw"], tmp_path / "w.duckdb")
    assert [o.outcome for o in summary.outcomes] == ["loaded", "loaded"]
    clashes = summary.check_failures.pop("search_units_keys_are_unique")
    assert [n for _, n in clashes] == [2] * len(clashes) and clashes
    assert summary.check_failures == {}


def test_a_unit_key_repeated_within_a_document_fails_that_document_only(tmp_path: Path, monkeypatch):
    _two_page_papers(tmp_path / "raw")
    b = hashlib.sha256((tmp_path / "raw" / "b.txt").read_bytes()).hexdigest()
    real_units = search_index.units

    def units_repeating_a_key_in_b(document_id, *rest):
        found = real_units(document_id, *rest)
        for unit in found if document_id == b else ():
            unit["unit_key"] = 42
        return found

    monkeypatch.setattr(search_index, "units", units_repeating_a_key_in_b)
    summary = run_ingest([tmp_path / "raw"], tmp_path / "w.duckdb")
    outcomes = sorted((Path(o.path).name, o.outcome) for o in summary.outcomes)
    assert outcomes == [("a.txt", "loaded"), ("b.txt", "failed")]
    failed = next(o for o in summary.outcomes if o.outcome == "failed")
    assert failed.reason.startswith(f"internal error: the warehouse refused its rows: two search units of document {b}")
    assert not summary.check_failures


def test_a_document_whose_units_repeat_a_key_when_reindexed_is_left_out_of_search_and_named(tmp_path: Path, monkeypatch):
    _two_page_papers(tmp_path / "raw")
    warehouse = tmp_path / "w.duckdb"
    run_ingest([tmp_path / "raw"], warehouse)
    con = store.connect(warehouse)
    try:
        first = con.execute("SELECT min(id) FROM documents").fetchall()[0][0]
        monkeypatch.setattr(search_index, "unit_key", lambda unit_id: 42 if unit_id.startswith(first) else hash(unit_id))
        search_index.reindex(con)
        indexed = con.execute(
            "SELECT d.id, count(u.unit_key) FROM documents d LEFT JOIN search_units u ON u.document_id = d.id "
            "GROUP BY d.id ORDER BY d.id"
        ).fetchall()
        failures = store.run_checks(con)
    finally:
        con.close()
    assert [(d, n > 0) for d, n in indexed] == [(first, False), (indexed[1][0], True)]
    assert [row[0] for row in failures.pop("loaded_documents_are_searchable")] == [first]
    assert failures == {}
