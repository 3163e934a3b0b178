"""Extracted facts in the warehouse: traceable rows, per-document replacement, views, checks."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from conftest import CORPUS, SAMPLES, query_rows
from pipeline import store
from pipeline.ingest import run_ingest
from pipeline.rows import fingerprint, meeting_key
from schemas.records import FACT_TABLES


@pytest.fixture(scope="module")
def loaded(tmp_path_factory) -> Path:
    """The four sample PDFs and the text of 000 loaded once for the module."""
    folder = tmp_path_factory.mktemp("raw")
    for pdf in SAMPLES.glob("*.pdf"):
        shutil.copy(pdf, folder)
    shutil.copy(CORPUS / "000_3640f8d8de4eb426.txt", folder)
    warehouse = folder / "w.duckdb"
    summary = run_ingest([folder], warehouse)
    assert summary.ok, summary.outcomes
    return warehouse


def test_every_fact_table_is_filled_and_every_row_traces_to_its_page(loaded: Path):
    con = duckdb.connect(str(loaded), read_only=True)
    try:
        for model in FACT_TABLES:
            assert con.execute(f"SELECT count(*) FROM {model.table}").fetchall()[0][0] > 0, model.table
        assert store.run_checks(con) == {}
    finally:
        con.close()


def test_pack_minutes_attendance_belongs_to_the_meeting_the_minutes_record(loaded: Path):
    rows = query_rows(
        loaded,
        "SELECT m.date, count(*) FROM attendance a JOIN meetings m USING (meeting_key) "
        "WHERE a.attendance = 'present' GROUP BY m.date",
    )
    assert len(rows) == 1
    date, present = rows[0]
    pack_meeting = query_rows(loaded, "SELECT date FROM meeting_mentions WHERE source = 'agenda_header'")[0][0]
    assert date < pack_meeting and present > 10


def test_meetings_view_merges_mentions_across_documents(loaded: Path):
    merged = query_rows(loaded, "SELECT body, n_documents, sources FROM meetings WHERE n_documents > 1")
    assert merged, "the November meeting is named by 000 (report To:) and the pack's minutes"
    assert all(body for body, *_ in merged)


def test_the_same_report_as_text_and_as_pdf_has_one_fingerprint(loaded: Path):
    rows = query_rows(
        loaded,
        "SELECT fingerprint, list(DISTINCT d.format ORDER BY d.format) FROM papers p "
        "JOIN documents d ON d.id = p.document_id WHERE d.path LIKE '%000_3640f8d8de4eb426%' GROUP BY fingerprint",
    )
    assert rows == [(rows[0][0], ["pdf", "text"])]


def test_flagged_amounts_and_gaps_are_in_data_quality(loaded: Path):
    rows = query_rows(
        loaded,
        "SELECT DISTINCT result, stated_text FROM data_quality q JOIN documents d ON d.id = q.document_id "
        "WHERE d.format = 'pdf' AND result NOT IN ('ok', 'within_approximation') ORDER BY 1, 2",
    )
    results = {result for result, _ in rows}
    assert "malformed_amount" in results and "rounding" in results
    assert ("malformed_amount", "£6,00") in rows


def test_reingest_replaces_a_documents_facts_without_duplicates(loaded: Path, tmp_path: Path, monkeypatch):
    copy = tmp_path / "w.duckdb"
    shutil.copy(loaded, copy)
    before = {m.table: query_rows(copy, f"SELECT count(*) FROM {m.table}")[0][0] for m in FACT_TABLES}
    monkeypatch.setattr("pipeline.ingest.pipeline_version", lambda: "next-rules")
    summary = run_ingest([p for p in Path(loaded).parent.iterdir() if p.suffix in (".pdf", ".txt")], copy)
    assert summary.count("loaded") == 5
    after = {m.table: query_rows(copy, f"SELECT count(*) FROM {m.table}")[0][0] for m in FACT_TABLES}
    assert after == before


def test_a_paper_fingerprint_ignores_footers_layout_and_blank_pages():
    in_pack = "Subject: Update\nThe grant of £5,000 was\napproved.\nPage 29\fThis page is intentionally left blank\nPage 30"
    alone = "Subject:  Update\nThe grant of £5,000 was approved.\n1"
    assert fingerprint(in_pack, 0, len(in_pack)) == fingerprint(alone, 0, len(alone))
    assert fingerprint(alone, 0, len(alone)) != fingerprint(alone.replace("5,000", "6,000"), 0, len(alone))


def test_meeting_keys_ignore_case_punctuation_and_ampersands():
    import datetime as dt

    day = dt.date(2025, 11, 20)
    assert meeting_key("Health & Wellbeing Board", day) == meeting_key("HEALTH AND WELLBEING BOARD", day)
    assert meeting_key("Health & Wellbeing Board", day) != meeting_key("Health & Wellbeing Board", dt.date(2025, 11, 21))
    assert meeting_key(None, day) is None and meeting_key("Cabinet", None) is None
