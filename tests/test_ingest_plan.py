"""Planning decides and writes nothing; the load step records what it decided (issue 20)."""

from __future__ import annotations

from pathlib import Path

from conftest import query_rows
from extractors.registry import pipeline_version
from pipeline import store
from pipeline.ingest import count_pending, discover, plan, run_ingest
from pipeline.ingest.loading import register

NOTE = "To: The Example Board\nSubject: A small grant for the village hall\n"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "notes.xyz").write_text("not a paper we read\n")
    (folder / "paper.txt").write_text(NOTE)
    return folder


def test_plan_writes_nothing_and_register_records_the_unsupported_file(tmp_path: Path):
    folder, warehouse = _folder(tmp_path), tmp_path / "w.duckdb"
    con = store.connect(warehouse)
    try:
        store.migrate(con)
        files, _ = discover([folder])
        decided = plan(con, files, "v1")
        assert con.execute("SELECT count(*) FROM documents").fetchall() == [(0,)]
        assert con.execute("SELECT count(*) FROM files").fetchall() == [(0,)]
        assert [Path(c.path).name for c in decided.todo] == ["paper.txt"]
        assert [Path(c.path).name for c in decided.unsupported] == ["notes.xyz"]
        register(con, decided, "v1")
        assert con.execute("SELECT status, error FROM documents").fetchall() == [("unsupported", "unsupported file type '.xyz'")]
        assert [Path(p).name for (p,) in con.execute("SELECT path FROM files").fetchall()] == ["notes.xyz"]
    finally:
        con.close()


def test_a_second_plan_records_the_skipped_files_only_through_register(tmp_path: Path):
    folder, warehouse = _folder(tmp_path), tmp_path / "w.duckdb"
    run_ingest([folder], warehouse)
    seen_before = query_rows(warehouse, "SELECT path, last_seen_at FROM files ORDER BY path")
    con = store.connect(warehouse)
    try:
        files, _ = discover([folder])
        decided = plan(con, files, pipeline_version())
        assert decided.todo == [] and [Path(c.path).name for c in decided.touched] == ["paper.txt"]
        assert con.execute("SELECT path, last_seen_at FROM files ORDER BY path").fetchall() == seen_before
    finally:
        con.close()


def test_count_pending_and_the_ingest_agree_on_same_bytes_and_unreadable_files(tmp_path: Path):
    folder, warehouse = _folder(tmp_path), tmp_path / "w.duckdb"
    run_ingest([folder], warehouse)
    (folder / "copy.txt").write_text(NOTE + "An amended line.\n")
    (folder / "copy2.txt").write_text(NOTE + "An amended line.\n")
    assert count_pending(warehouse, [folder]) == 1
    summary = run_ingest([folder], warehouse)
    assert summary.count("loaded") == 1 and summary.count("skipped") == 2


def test_a_supported_file_with_the_bytes_of_an_unsupported_one_listed_before_it_is_parsed(tmp_path: Path):
    """Regression: b.txt was skipped as 'unchanged since last ingest (unsupported)' because a.xyz,
    listed first, carried the same bytes; the file type, not the bytes, was what could not be read."""
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "a.xyz").write_text(NOTE)
    (folder / "b.txt").write_text(NOTE)
    warehouse = tmp_path / "w.duckdb"
    summary = run_ingest([folder], warehouse)
    outcomes = {Path(o.path).name: o.outcome for o in summary.outcomes}
    assert outcomes == {"a.xyz": "unsupported", "b.txt": "loaded"}
    assert query_rows(warehouse, "SELECT status FROM documents") == [("loaded",)]
    assert query_rows(warehouse, "SELECT count(*) FROM files") == [(2,)]


def test_an_unsupported_copy_of_a_loaded_document_never_wipes_its_facts(tmp_path: Path):
    """Regression: a renamed copy (notes.txt.bak) of a loaded document replaced its rows by an
    'unsupported' document row, deleting every fact of notes.txt."""
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "notes.txt").write_text(NOTE)
    warehouse = tmp_path / "w.duckdb"
    run_ingest([folder], warehouse)
    before = query_rows(warehouse, "SELECT count(*) FROM pages")
    (folder / "notes.txt.bak").write_text(NOTE)
    summary = run_ingest([folder], warehouse)
    assert {Path(o.path).name: o.outcome for o in summary.outcomes} == {"notes.txt": "skipped", "notes.txt.bak": "unsupported"}
    assert query_rows(warehouse, "SELECT status FROM documents") == [("loaded",)]
    assert query_rows(warehouse, "SELECT count(*) FROM pages") == before != [(0,)]
