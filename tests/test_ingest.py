"""The plain-Python ingest: idempotency by hash, failure isolation, transactional loads."""

from __future__ import annotations

import hashlib

import shutil
from pathlib import Path

import duckdb
import pytest

from badinputs import BAD_INPUTS, text_pdf
from conftest import CORPUS, query_rows
from pipeline import store
from pipeline.ingest import load_result, plan, process_document, run_ingest


@pytest.fixture
def papers(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    shutil.copy(CORPUS / "000_3640f8d8de4eb426.txt", folder)
    text_pdf(folder / "pack.pdf", ["AGENDA", "NOTES of a meeting", "Grant (£39,661)"])
    (folder / "README.md").write_text("# what this folder is\n")
    return folder


def test_loads_documents_and_pages_with_offsets(papers: Path, warehouse: Path):
    summary = run_ingest([papers], warehouse)
    assert summary.ok and summary.count("loaded") == 2
    documents = query_rows(warehouse, "SELECT path, format, n_pages, status FROM documents ORDER BY path")
    assert [(Path(p).name, f, n, s) for p, f, n, s in documents] == [
        ("000_3640f8d8de4eb426.txt", "text", 1, "loaded"),
        ("pack.pdf", "pdf", 3, "loaded"),
    ]
    pages = query_rows(
        warehouse,
        "SELECT page_index, printed_number, char_start, char_end, text FROM pages p "
        "JOIN documents d ON d.id = p.document_id WHERE d.format = 'pdf' ORDER BY page_index",
    )
    assert [(i, n) for i, n, *_ in pages] == [(0, 1), (1, 2), (2, 3)]
    assert pages[1][2] == pages[0][3] + 1
    assert all(end - start == len(text) for _, _, start, end, text in pages)


def test_readme_and_hidden_files_are_not_papers(papers: Path, warehouse: Path):
    (papers / ".DS_Store").write_bytes(b"\x00\x01")
    summary = run_ingest([papers], warehouse)
    assert sorted(Path(o.path).name for o in summary.outcomes) == ["000_3640f8d8de4eb426.txt", "pack.pdf"]


def test_second_run_parses_nothing(papers: Path, warehouse: Path, monkeypatch):
    run_ingest([papers], warehouse)
    before = query_rows(warehouse, "SELECT id, ingested_at FROM documents ORDER BY id")

    def must_not_parse(path):
        raise AssertionError(f"parsed {path} again")

    monkeypatch.setattr("pipeline.ingest.processing.parse_file", must_not_parse)
    summary = run_ingest([papers], warehouse)
    assert summary.count("skipped") == 2 and summary.count("loaded") == 0
    assert query_rows(warehouse, "SELECT id, ingested_at FROM documents ORDER BY id") == before
    runs = query_rows(warehouse, "SELECT n_loaded, n_skipped FROM ingest_runs ORDER BY started_at")
    assert runs == [(2, 0), (0, 2)]


def test_a_new_pipeline_version_parses_again(papers: Path, warehouse: Path, monkeypatch):
    run_ingest([papers], warehouse)
    monkeypatch.setattr("pipeline.ingest.pipeline_version", lambda: "9.9.9+rules")
    summary = run_ingest([papers], warehouse)
    assert summary.count("loaded") == 2
    assert query_rows(warehouse, "SELECT DISTINCT pipeline_version FROM documents") == [("9.9.9+rules",)]


def test_changed_bytes_are_a_new_document(papers: Path, warehouse: Path):
    run_ingest([papers], warehouse)
    report = papers / "000_3640f8d8de4eb426.txt"
    report.write_text(report.read_text() + "\nAddendum.\n")
    summary = run_ingest([papers], warehouse)
    assert [Path(o.path).name for o in summary.outcomes if o.outcome == "loaded"] == [report.name]
    assert query_rows(warehouse, "SELECT count(*) FROM files")[0][0] == 2


def test_same_bytes_under_two_names_are_one_document(papers: Path, warehouse: Path):
    shutil.copy(papers / "pack.pdf", papers / "pack-copy.pdf")
    summary = run_ingest([papers], warehouse)
    assert summary.count("loaded") == 2 and summary.count("skipped") == 1
    assert query_rows(warehouse, "SELECT count(*) FROM documents")[0][0] == 2
    assert query_rows(warehouse, "SELECT count(DISTINCT document_id), count(*) FROM files") == [(2, 3)]


@pytest.mark.parametrize("bad", BAD_INPUTS, ids=lambda b: b.name)
def test_each_bad_input_is_recorded_and_the_rest_still_loads(papers: Path, warehouse: Path, bad):
    bad_path = bad.make(papers)
    summary = run_ingest([papers], warehouse)
    by_name = {Path(o.path).name: o for o in summary.outcomes}
    assert by_name[bad_path.name].outcome == bad.status
    assert bad.reason in by_name[bad_path.name].reason
    assert by_name["pack.pdf"].outcome == "loaded"
    assert by_name["000_3640f8d8de4eb426.txt"].outcome == "loaded"
    status, error, pages = query_rows(
        warehouse,
        "SELECT status, error, (SELECT count(*) FROM pages WHERE document_id = d.id) FROM documents d WHERE path = ?",
        [str(bad_path)],
    )[0]
    assert status == bad.status and bad.reason in error and "\n" not in error and pages == 0
    assert summary.ok is (bad.status == "unsupported")
    assert not summary.check_failures


def test_failed_documents_are_not_parsed_again_unless_asked(papers: Path, warehouse: Path):
    (papers / "broken.pdf").write_bytes(b"%PDF-1.4 garbage")
    first = run_ingest([papers], warehouse)
    assert [o.outcome for o in first.outcomes if o.path.endswith("broken.pdf")] == ["failed"]
    second = run_ingest([papers], warehouse)
    assert second.ok and second.count("skipped") == 3
    retried = run_ingest([papers], warehouse, retry_failed=True)
    assert [o.outcome for o in retried.outcomes if o.path.endswith("broken.pdf")] == ["failed"]
    assert retried.count("skipped") == 2


def test_a_bug_in_an_extractor_costs_one_document_not_the_run(papers: Path, warehouse: Path, monkeypatch):
    from extractors.extraction import extract_document

    def explode(document):
        if document.format == "pdf":
            raise ZeroDivisionError("boom")
        return extract_document(document)

    monkeypatch.setattr("pipeline.ingest.processing.extract_document", explode)
    summary = run_ingest([papers], warehouse)
    failed = [o for o in summary.outcomes if o.outcome == "failed"]
    assert [Path(o.path).name for o in failed] == ["pack.pdf"]
    assert failed[0].reason == "internal error: ZeroDivisionError: boom"
    assert summary.count("loaded") == 1


def test_a_load_that_fails_midway_leaves_the_previous_rows(papers: Path, warehouse: Path, monkeypatch):
    run_ingest([papers], warehouse)
    pdf = papers / "pack.pdf"
    before = query_rows(warehouse, "SELECT count(*) FROM pages p JOIN documents d ON d.id = p.document_id WHERE d.path = ?", [str(pdf)])
    con = store.connect(warehouse)
    try:
        candidate = plan(con, [pdf], "another-version")[0][0]
        result = process_document(candidate)
        original = store.insert_records

        def fail_on_files(con_, records):
            if records and type(records[0]).table == "files":
                raise RuntimeError("disk full")
            original(con_, records)

        monkeypatch.setattr(store, "insert_records", fail_on_files)
        outcome = load_result(con, result, "another-version")
        assert outcome.outcome == "failed"
        assert outcome.reason == (
            "internal error: its rows could not be written (RuntimeError): disk full; "
            "recording the failure failed too: disk full"
        )
    finally:
        con.close()
    after = query_rows(warehouse, "SELECT count(*) FROM pages p JOIN documents d ON d.id = p.document_id WHERE d.path = ?", [str(pdf)])
    assert after == before
    versions = query_rows(warehouse, "SELECT pipeline_version FROM documents WHERE path = ?", [str(pdf)])
    assert versions and versions[0][0] != "another-version"


def test_records_that_fail_validation_quarantine_the_document(papers: Path, warehouse: Path, monkeypatch):
    from pipeline import rows

    def invalid(document, extraction):
        found = rows.fact_rows(document, extraction)
        if document.format == "pdf":
            found[0].model_validate({**found[0].model_dump(), "char_start": "not an offset"})
        return found

    monkeypatch.setattr("pipeline.ingest.processing.fact_rows", invalid)
    summary = run_ingest([papers], warehouse)
    failed = [o for o in summary.outcomes if o.outcome == "failed"]
    assert [Path(o.path).name for o in failed] == ["pack.pdf"]
    assert failed[0].reason.startswith("quarantined: an extracted ")
    assert "char_start" in failed[0].reason
    assert query_rows(warehouse, "SELECT count(*) FROM pages p JOIN documents d ON d.id = p.document_id WHERE d.format = 'pdf'") == [(0,)]
    assert not summary.check_failures


def test_a_missing_path_is_reported(tmp_path: Path, warehouse: Path):
    summary = run_ingest([tmp_path / "nowhere"], warehouse)
    assert [(o.outcome, o.reason) for o in summary.outcomes] == [("failed", "no such file or folder")]
    assert not summary.ok


def test_data_checks_pass_after_a_load(papers: Path, warehouse: Path):
    run_ingest([papers], warehouse)
    con = store.connect(warehouse, read_only=True)
    try:
        assert store.run_checks(con) == {}
    finally:
        con.close()


def test_data_checks_catch_a_page_without_its_document(papers: Path, warehouse: Path):
    run_ingest([papers], warehouse)
    con = store.connect(warehouse)
    try:
        con.execute("DELETE FROM documents WHERE format = 'pdf'")
        failures = store.run_checks(con)
    finally:
        con.close()
    assert "pages_have_a_document" in failures and "files_point_to_documents" in failures



def test_a_warehouse_inside_the_input_folder_is_not_ingested(papers: Path):
    summary = run_ingest([papers], papers / "papers.duckdb")
    assert sorted(Path(o.path).name for o in summary.outcomes) == ["000_3640f8d8de4eb426.txt", "pack.pdf"]


def test_rows_the_warehouse_refuses_fail_their_document_only(tmp_path: Path, warehouse: Path, monkeypatch):
    """A row breaking a constraint DuckDB holds (a bug: here a paper kind outside the vocabulary,
    which model_copy does not validate) fails its document with the reason; the other loads."""
    from pipeline import rows

    folder = tmp_path / "raw"
    folder.mkdir()
    for name in ("000_3640f8d8de4eb426.txt", "004_45c56f7fc4c775e0.txt"):
        shutil.copy(CORPUS / name, folder)
    broken = hashlib.sha256((folder / "004_45c56f7fc4c775e0.txt").read_bytes()).hexdigest()

    def breaking(document, extraction):
        found = rows.fact_rows(document, extraction)
        if document.sha256 == broken:
            first = next(i for i, row in enumerate(found) if row.table == "papers")
            found[first] = found[first].model_copy(update={"kind": "not-a-kind"})
        return found

    monkeypatch.setattr("pipeline.ingest.processing.fact_rows", breaking)
    summary = run_ingest([folder], warehouse)
    assert [(Path(o.path).name, o.outcome) for o in summary.outcomes] == [
        ("000_3640f8d8de4eb426.txt", "loaded"), ("004_45c56f7fc4c775e0.txt", "failed"),
    ]
    assert summary.outcomes[1].reason.startswith("internal error: the warehouse refused its rows: ")
    assert query_rows(warehouse, "SELECT status, n_pages FROM documents WHERE id = ?", [broken]) == [("failed", None)]
    assert query_rows(warehouse, "SELECT count(*) FROM papers WHERE document_id = ?", [broken]) == [(0,)]
    assert not summary.check_failures


def test_a_fact_id_another_document_holds_fails_the_key_check(tmp_path: Path, warehouse: Path, monkeypatch):
    """Fact tables declare no key to DuckDB (``TracedRow.key_enforced``): ids hash their
    document id, so a clash across documents is a bug, and the key check after the load names it."""
    from pipeline import rows

    folder = tmp_path / "raw"
    folder.mkdir()
    for name in ("000_3640f8d8de4eb426.txt", "004_45c56f7fc4c775e0.txt"):
        shutil.copy(CORPUS / name, folder)
    tables = set()

    def clashing(document, extraction):
        found = rows.fact_rows(document, extraction)
        found[0] = found[0].model_copy(update={"id": "clash"})
        tables.add(found[0].table)
        return found

    monkeypatch.setattr("pipeline.ingest.processing.fact_rows", clashing)
    summary = run_ingest([folder], warehouse)
    assert [o.outcome for o in summary.outcomes] == ["loaded", "loaded"]
    assert len(tables) == 1
    table = tables.pop()
    assert summary.check_failures[f"{table}_keys_are_unique"] == [("clash", 2)]


def test_a_document_repeating_a_page_index_fails_alone(tmp_path: Path, warehouse: Path, monkeypatch):
    """pages declares no key to DuckDB (``TableRow.key_enforced``): the writer refuses repeats."""
    from pipeline import ingest

    folder = tmp_path / "raw"
    folder.mkdir()
    shutil.copy(CORPUS / "000_3640f8d8de4eb426.txt", folder)
    real = ingest.page_records
    monkeypatch.setattr(ingest.loading, "page_records", lambda parsed: (lambda pages: pages + pages[:1])(real(parsed)))
    summary = run_ingest([folder], warehouse)
    assert [o.outcome for o in summary.outcomes] == ["failed"]
    assert summary.outcomes[0].reason.endswith("repeats a page index")
    assert query_rows(warehouse, "SELECT count(*) FROM pages") == [(0,)]


def test_any_error_while_writing_fails_its_document_only(tmp_path: Path, warehouse: Path, monkeypatch):
    """Issue 16: only constraint errors were caught between the parse and the commit, so a value
    DuckDB could not convert (a file name's undecodable byte, an amount too large for its column)
    stopped the whole run and left its ``ingest_runs`` row unfinished."""
    folder = tmp_path / "raw"
    folder.mkdir()
    for name in ("000_3640f8d8de4eb426.txt", "004_45c56f7fc4c775e0.txt"):
        shutil.copy(CORPUS / name, folder)
    broken = hashlib.sha256((folder / "000_3640f8d8de4eb426.txt").read_bytes()).hexdigest()
    original = store.append_records

    def failing(con_, records):
        if records and getattr(records[0], "document_id", None) == broken:
            raise duckdb.ConversionException("Conversion Error: Could not convert to DECIMAL(18,2)")
        original(con_, records)

    monkeypatch.setattr(store, "append_records", failing)
    summary = run_ingest([folder], warehouse)
    assert [(Path(o.path).name, o.outcome) for o in summary.outcomes] == [
        ("000_3640f8d8de4eb426.txt", "failed"), ("004_45c56f7fc4c775e0.txt", "loaded"),
    ]
    assert summary.outcomes[0].reason == (
        "internal error: its rows could not be written (ConversionException): "
        "Conversion Error: Could not convert to DECIMAL(18,2)"
    )
    assert query_rows(warehouse, "SELECT status FROM documents WHERE id = ?", [broken]) == [("failed",)]
    assert query_rows(warehouse, "SELECT count(*) FROM ingest_runs WHERE finished_at IS NOT NULL") == [(1,)]


def test_a_file_deleted_while_planning_is_recorded_and_the_run_goes_on(papers: Path, warehouse: Path, monkeypatch):
    """Issue 16 case 4: a file listed by discover and gone before plan read it raised
    FileNotFoundError from plan, and the run never finished."""
    from pipeline import ingest

    gone = papers / "gone.txt"
    gone.write_text("To: The Board\n")
    listed = ingest.discover

    def discover_then_delete(paths):
        found = listed(paths)
        gone.unlink()
        return found

    monkeypatch.setattr(ingest, "discover", discover_then_delete)
    summary = run_ingest([papers], warehouse)
    outcomes = {Path(o.path).name: (o.outcome, o.reason) for o in summary.outcomes}
    assert outcomes["gone.txt"] == ("failed", "could not be read: No such file or directory")
    assert outcomes["pack.pdf"][0] == outcomes["000_3640f8d8de4eb426.txt"][0] == "loaded"
    assert query_rows(warehouse, "SELECT outcome FROM run_documents WHERE path = ?", [str(gone.resolve())]) == [("failed",)]
