"""The ``papers`` command as a user runs it: a real process, real files, exit codes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from badinputs import text_pdf
from conftest import CORPUS, ROOT, THIRD_PARTY_STEM, shared_path
from schemas.facts import ExtractedFacts
from warehouse import sql_files

PAPERS = [sys.executable, "-m", "pipeline.cli"]


def papers(*args: str, cwd: Path = ROOT, env: dict | None = None) -> subprocess.CompletedProcess:
    environment = {**os.environ, "COLUMNS": "200", **(env or {})}
    return subprocess.run([*PAPERS, *args], cwd=cwd, env=environment, capture_output=True, text=True, timeout=300)


def test_extract_prints_the_contract_json_for_a_report():
    result = papers("extract", str(CORPUS / "000_3640f8d8de4eb426.txt"))
    assert result.returncode == 0, result.stderr
    facts = ExtractedFacts.model_validate_json(result.stdout)
    assert facts.document == "000_3640f8d8de4eb426.txt"
    assert facts.kind == "report"
    assert set(json.loads(result.stdout)) == {
        "document", "kind", "meetings", "reports", "agenda_items", "allocations", "projects", "attendees", "future_meetings",
    }


def test_extract_reads_the_third_party_page_from_shared():
    page = shared_path("corpus", f"{THIRD_PARTY_STEM}.txt")
    result = papers("extract", str(page))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["kind"] == "summary_page"


def test_extract_of_a_bad_file_is_one_clear_line(tmp_path: Path):
    bad = tmp_path / "agenda.pdf"
    bad.write_bytes(b"<html><body>Session expired</body></html>")
    result = papers("extract", str(bad))
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.strip().count("\n") == 0
    assert "not a PDF: the file is an HTML page" in result.stderr


def test_extract_does_not_import_prefect_or_duckdb():
    code = (
        "import sys; from typer.testing import CliRunner; from pipeline.cli import app; "
        f"r = CliRunner().invoke(app, ['extract', {str(CORPUS / '001_fd20779843a3d887.txt')!r}]); "
        "assert r.exit_code == 0, r.output; "
        "print(sorted(m for m in ('prefect', 'duckdb') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_ingest_then_status_with_a_failure(tmp_path: Path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(CORPUS / "001_fd20779843a3d887.txt", raw)
    text_pdf(raw / "pack.pdf", ["AGENDA", "Page two"])
    (raw / "locked.pdf").write_bytes(b"")
    (raw / "budget.xlsx").write_bytes(b"PK\x03\x04")
    warehouse = tmp_path / "w.duckdb"

    first = papers("ingest", str(raw), "--warehouse", str(warehouse), "--runner", "local")
    assert first.returncode == 1
    assert "2 loaded" in first.stdout and "1 failed" in first.stdout and "1 unsupported" in first.stdout
    assert "locked.pdf: empty file (0 bytes)" in first.stdout

    (raw / "locked.pdf").unlink()
    second = papers("ingest", str(raw), "--warehouse", str(warehouse), "--runner", "local")
    assert second.returncode == 0, second.stdout + second.stderr
    assert "nothing to parse" in second.stdout

    status = papers("status", "--json", env={"PAPERS_WAREHOUSE": str(warehouse)})
    assert status.returncode == 0, status.stderr
    report = json.loads(status.stdout)
    by_status = {row["status"]: row["documents"] for row in report["documents_by_status"]}
    assert by_status == {"loaded": 2, "failed": 1, "unsupported": 1}
    assert {row["error"] for row in report["problems"]} == {"empty file (0 bytes)", "unsupported file type '.xlsx'"}
    assert report["last_run"]["n_skipped"] == 2
    assert report["schema_version"] == len(sql_files("migrations"))
    assert report["facts"]["papers"] >= 1 and report["facts"]["projects"] >= 1

    table = papers("status", "--warehouse", str(warehouse))
    assert table.returncode == 0 and "documents not loaded" in table.stdout and "empty file (0 bytes)" in table.stdout


def test_status_without_a_warehouse_says_what_to_do(tmp_path: Path):
    result = papers("status", "--warehouse", str(tmp_path / "none.duckdb"))
    assert result.returncode == 1
    assert "run `papers ingest` first" in result.stderr


def test_ingest_refuses_an_unknown_runner(tmp_path: Path):
    result = papers("ingest", str(tmp_path), "--runner", "spark", "--warehouse", str(tmp_path / "w.duckdb"))
    assert result.returncode == 2 and "unknown runner" in result.stderr


@pytest.mark.parametrize("command", ["ingest", "extract", "status"])
def test_help_for_each_command(command: str):
    result = papers(command, "--help")
    assert result.returncode == 0 and "Usage" in result.stdout


def test_version_prints_the_pipeline_version_that_stamps_every_fact():
    """Issue 21: there was no --version."""
    from extractors.registry import pipeline_version

    run = subprocess.run([sys.executable, "-m", "pipeline.cli", "--version"], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert run.returncode == 0 and run.stdout.startswith(f"papers {pipeline_version()} ")


def test_extract_help_names_the_contract_inside_the_project():
    """Issue 21: the help pointed to ../shared/gold/SCHEMA.md, which a user's clone does not have."""
    run = subprocess.run([sys.executable, "-m", "pipeline.cli", "extract", "--help"], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert "../shared" not in run.stdout and "schemas/facts.py" in run.stdout
    assert (ROOT / "schemas" / "facts.py").exists()
