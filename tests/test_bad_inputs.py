"""The bad-input corpus of issue 8: one ingest over every entry, each with its expected outcome.

Runs through the isolated workers, as `papers ingest` does, so a hostile file
could at worst cost itself; the good papers beside them must still load.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from badinputs import CORPUS, BadInput
from conftest import CORPUS as SAMPLE_TEXTS
from pipeline import store
from pipeline.ingest import run_ingest
from pipeline.workers import IsolatedProcessor


@pytest.fixture(scope="module")
def ingested(tmp_path_factory) -> tuple[dict[str, tuple[str, str | None]], dict[str, Path], Path]:
    folder = tmp_path_factory.mktemp("bad")
    made = {}
    for entry in CORPUS:
        entry_folder = folder / entry.name
        entry_folder.mkdir()
        made[entry.name] = entry.make(entry_folder)
    shutil.copy(SAMPLE_TEXTS / "001_fd20779843a3d887.txt", folder)
    duplicate = folder / "duplicate"
    duplicate.mkdir()
    shutil.copy(SAMPLE_TEXTS / "001_fd20779843a3d887.txt", duplicate / "same-report-another-name.txt")
    warehouse = folder / "w.duckdb"
    with IsolatedProcessor(workers=2, timeout=90, memory_mb=3072) as processor:
        summary = run_ingest([folder], warehouse, process=processor)
    assert not summary.check_failures, summary.check_failures
    outcomes = {o.path: (o.outcome, o.reason) for o in summary.outcomes}
    return outcomes, made, warehouse


@pytest.mark.parametrize("entry", CORPUS, ids=lambda entry: entry.name)
def test_each_bad_input_ends_with_its_status_and_a_clear_reason(ingested, entry: BadInput):
    outcomes, made, _ = ingested
    outcome, reason = outcomes[str(made[entry.name].resolve())]
    assert outcome == entry.status, reason
    if entry.status != "loaded":
        assert entry.reason in reason and "\n" not in reason


def test_the_good_paper_and_its_duplicate_are_one_document(ingested):
    outcomes, _, warehouse = ingested
    good = [o for path, o in outcomes.items() if path.endswith("001_fd20779843a3d887.txt")]
    twin = [o for path, o in outcomes.items() if path.endswith("same-report-another-name.txt")]
    assert sorted([good[0][0], twin[0][0]]) == ["loaded", "skipped"]
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        assert store.run_checks(con) == {}
        assert con.execute("SELECT count(*) FROM projects p JOIN documents d ON d.id = p.document_id "
                           "WHERE d.path LIKE '%001_fd20779843a3d887%'").fetchall()[0][0] == 7
    finally:
        con.close()


def test_warnings_say_what_was_not_clean(ingested):
    _, made, warehouse = ingested
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        warnings = dict(con.execute("SELECT path, warnings FROM documents").fetchall())
    finally:
        con.close()
    assert "mixed encodings" in warnings[str(made["mixed-encoding-text"].resolve())]
    assert "Windows-1252" in warnings[str(made["windows-1252-text"].resolve())]
    assert "read as a PDF" in warnings[str(made["pdf-named-txt"].resolve())]
