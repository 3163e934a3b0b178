"""Full-text search: ranking on the samples, phrases, filters, snippets, and an index that follows re-ingests."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import duckdb
import pytest

from conftest import SAMPLES
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
