"""The bad-input corpus (issues 8, 16 and 21): 50 good papers and 40 hostile files in one folder,
ingested by the real `papers ingest` through its isolated workers.

Every good paper loads, every hostile file ends recorded with its status and a one-line
reason (or loads, where nothing is wrong with its content), the run finishes and exits 1.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from badinputs import ATTACK, CORPUS, WORD, BadInput
from conftest import FIXTURES, ROOT, SAMPLES
from pipeline import store
from schemas.records import storable_text

HOSTILE = CORPUS + ATTACK + WORD
GOOD_FOLDERS = ("corpus", "blind", "holdout", "variants", "funding_variants", "html")
NOT_PAPERS = {"empty_page.html"}  # an HTML fixture with no visible text, on purpose


def _good_papers() -> list[Path]:
    papers = [
        p for name in GOOD_FOLDERS for p in sorted((FIXTURES / name).iterdir())
        if not p.name.endswith(".json") and p.name not in NOT_PAPERS
    ]
    return papers + sorted(SAMPLES.glob("*.pdf"))


@pytest.fixture(scope="module")
def ingested(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("bad")
    made = {}
    for entry in HOSTILE:
        entry_folder = folder / "hostile" / entry.name
        entry_folder.mkdir(parents=True)
        made[entry.name] = entry.make(entry_folder)
    good = []
    for number, paper in enumerate(_good_papers()):
        target = folder / "good" / f"{number:02d}_{paper.name}"
        target.parent.mkdir(exist_ok=True)
        good.append(shutil.copy(paper, target))
    duplicate = folder / "renamed"  # sorts after good/: the copy in good/ is the one parsed
    duplicate.mkdir()
    shutil.copy(good[0], duplicate / "same-report-another-name.txt")
    warehouse = folder / "w.duckdb"
    run = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "ingest", str(folder), "--warehouse", str(warehouse),
         "--runner", "local", "--workers", "2", "--timeout", "90", "--memory-mb", "3072"],
        cwd=ROOT, env={**os.environ, "COLUMNS": "200"}, capture_output=True, text=True, timeout=1200,
    )
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        outcomes = {path: (outcome, reason) for path, outcome, reason in
                    con.execute("SELECT path, outcome, reason FROM run_documents").fetchall()}
        finished = con.execute("SELECT finished_at IS NOT NULL FROM ingest_runs").fetchall()
        checks = store.run_checks(con)
    finally:
        con.close()
    return dict(run=run, outcomes=outcomes, finished=finished, checks=checks, made=made, good=good, warehouse=warehouse)


def _outcome(ingested: dict, path: Path) -> tuple[str, str | None]:
    return ingested["outcomes"][storable_text(str(Path(path).resolve()))]


def test_at_least_50_good_papers_and_40_hostile_files():
    assert len(_good_papers()) >= 50 and len(HOSTILE) >= 40


def test_the_run_finishes_exits_1_and_passes_its_checks(ingested):
    run = ingested["run"]
    assert run.returncode == 1, run.stdout + run.stderr
    assert "Traceback" not in run.stderr, run.stderr
    assert ingested["finished"] == [(True,)]
    assert ingested["checks"] == {}


def test_every_good_paper_loads(ingested):
    outcomes = [_outcome(ingested, path) for path in ingested["good"]]
    assert all(outcome == "loaded" for outcome, _ in outcomes), outcomes


@pytest.mark.parametrize("entry", HOSTILE, ids=lambda entry: entry.name)
def test_each_hostile_file_ends_with_its_status_and_a_clear_reason(ingested, entry: BadInput):
    outcome, reason = _outcome(ingested, ingested["made"][entry.name])
    assert outcome == entry.status, reason
    if entry.status != "loaded":
        assert entry.reason in reason and "\n" not in reason


def test_the_good_paper_and_its_duplicate_are_one_document(ingested):
    twin = _outcome(ingested, ingested["warehouse"].parent / "renamed" / "same-report-another-name.txt")
    assert twin == ("skipped", "same bytes as another file in this run")


def test_non_utf8_file_name_is_stored_escaped_and_skipped_from_its_stat_next_time(ingested):
    """Issue 16 case 1: the name's undecodable byte crashed every ingest of its folder."""
    path = ingested["made"]["non-utf8-file-name"]
    assert storable_text(str(path.resolve())).endswith("0-\\xff.txt")
    again = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "ingest", str(path.parent), "--warehouse", str(ingested["warehouse"]),
         "--runner", "local"], cwd=ROOT, env={**os.environ, "COLUMNS": "200"}, capture_output=True, text=True, timeout=300,
    )
    assert again.returncode == 0, again.stdout + again.stderr
    assert "0 loaded, 1 skipped" in again.stdout


def test_implausible_amounts_are_flagged_not_stored(ingested):
    """Issue 16 case 2: a figure too large for DECIMAL(18,2) stopped the ingest."""
    con = duckdb.connect(str(ingested["warehouse"]), read_only=True)
    try:
        flagged = con.execute(
            "SELECT d.path, q.result, q.stated FROM data_quality q JOIN documents d ON d.id = q.document_id "
            "WHERE q.check_name = 'implausible_amount'"
        ).fetchall()
        stored = con.execute("SELECT max(amount) FROM money_mentions").fetchall()[0][0]
    finally:
        con.close()
    assert {Path(path).name for path, _, _ in flagged} == {"huge.txt", "billions.txt"}
    assert all(result == "implausible_amount" and stated is None for _, result, stated in flagged)
    assert stored <= 10_000_000_000


def test_warnings_say_what_was_not_clean(ingested):
    con = duckdb.connect(str(ingested["warehouse"]), read_only=True)
    try:
        warnings = dict(con.execute("SELECT path, warnings FROM documents").fetchall())
    finally:
        con.close()

    def of(name: str) -> str:
        return warnings[storable_text(str(ingested["made"][name].resolve()))]

    assert "mixed encodings" in of("mixed-encoding-text")
    assert "Windows-1252" in of("windows-1252-text")
    assert "read as a PDF" in of("pdf-named-txt")
    assert "2 NUL byte(s) removed" in of("nul-bytes-after-8-kb")
    assert "UTF-16" in of("utf-16-text-with-bom")
