"""Isolation: a hung, memory-hungry or crashing parse costs one document, never the run."""

from __future__ import annotations

import ctypes
import os
import time
from pathlib import Path

import pytest

from conftest import CORPUS, SAMPLES
from pipeline.ingest import Candidate, DocumentResult, process_document, run_ingest
from pipeline.read import sha256_file
from pipeline.workers import IsolatedProcessor


def candidate(path: Path) -> Candidate:
    stat = path.stat()
    return Candidate(str(path), sha256_file(path), stat.st_size, stat.st_mtime_ns)


def misbehave_by_name(item: Candidate):
    """A parser stand-in that hangs, hoards memory or crashes its process for files so named."""
    name = Path(item.path).name
    if name.startswith("hang"):
        time.sleep(600)
    if name.startswith("hog"):
        hoard = []
        while True:
            hoard.append(bytearray(64 * 1024 * 1024))
    if name.startswith("crash"):
        ctypes.string_at(0)
    if name.startswith("exit"):
        os._exit(3)
    return process_document(item)


@pytest.fixture
def papers(tmp_path: Path) -> list[Path]:
    good = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for path in good:
        path.write_text((CORPUS / "000_3640f8d8de4eb426.txt").read_text() + f"\n{path.name}\n")
    return good


# The good documents must finish within it: a worker's first document loads spaCy, and the memory
# hog thrashes beside it (3 s failed a good document on a busy 2-core machine).
TIMEOUT = 10


@pytest.mark.parametrize(
    "bad_name, reason",
    [
        ("hang.txt", f"no result within {TIMEOUT} s"),
        ("crash.txt", f"no result within {TIMEOUT} s"),
        ("exit.txt", f"no result within {TIMEOUT} s"),
        ("hog.txt", "ran out of memory (limit 1024 MB per document)"),
    ],
)
def test_one_bad_document_costs_only_itself(tmp_path: Path, papers: list[Path], bad_name: str, reason: str):
    bad = tmp_path / bad_name
    bad.write_text("Subject: anything\n")
    started = time.monotonic()
    with IsolatedProcessor(workers=2, timeout=TIMEOUT, memory_mb=1024, target=misbehave_by_name) as processor:
        results = {Path(r.candidate.path).name: r for r in processor([candidate(p) for p in (papers[0], bad, papers[1])])}
    assert time.monotonic() - started < 90
    assert results[bad_name].status == "failed" and reason in results[bad_name].error
    assert results["a.txt"].status == "loaded" and results["b.txt"].status == "loaded"
    assert results["a.txt"].rows and results["b.txt"].parsed.pages


def test_results_match_in_process_parsing():
    paths = sorted(SAMPLES.glob("*.pdf"))
    with IsolatedProcessor(workers=2) as processor:
        isolated = {r.candidate.path: r for r in processor([candidate(p) for p in paths])}
    for path in paths:
        direct = process_document(candidate(path))
        assert isolated[str(path)].rows == direct.rows
        assert isolated[str(path)].parsed == direct.parsed


def test_ingest_through_workers_loads_and_records_the_hung_document(tmp_path: Path, papers: list[Path]):
    (tmp_path / "hang.txt").write_text("Subject: anything\n")
    warehouse = tmp_path / "w.duckdb"
    # A worker's first document loads spaCy: 8 s failed a good document at load 8-12 on 2 cores.
    with IsolatedProcessor(workers=2, timeout=2 * TIMEOUT, target=misbehave_by_name) as processor:
        summary = run_ingest([tmp_path], warehouse, process=processor)
    outcomes = {Path(o.path).name: o.outcome for o in summary.outcomes}
    assert outcomes == {"a.txt": "loaded", "b.txt": "loaded", "hang.txt": "failed"}
    assert not summary.check_failures


def stamp_start(item: Candidate) -> DocumentResult:
    """A parser stand-in that records when it started (a file beside the input) and does nothing."""
    Path(item.path + ".started").write_text(repr(time.time()))
    return DocumentResult(item, status="failed", error="not parsed")


def test_the_worker_starts_the_next_document_while_the_caller_loads_a_result(tmp_path: Path):
    """Regression: the next document was submitted only when the caller asked for the next result,
    so with one worker parsing and loading took turns instead of overlapping."""
    paths = [tmp_path / f"{name}.txt" for name in "abc"]
    for path in paths:
        path.write_text("Subject: anything\n")
    handed_over = []
    with IsolatedProcessor(workers=1, timeout=30, target=stamp_start) as processor:
        for result in processor.results([candidate(p) for p in paths]):
            handed_over.append(time.time())
            time.sleep(LOADING)  # the caller loading the result
    started = sorted(float(Path(str(p) + ".started").read_text()) for p in paths)
    assert len(handed_over) == 3
    assert started[1] < handed_over[0] + LOADING and started[2] < handed_over[1] + LOADING


LOADING = 2.0


def unpicklable(item: Candidate) -> DocumentResult:
    """A parser stand-in whose result cannot travel back from the worker."""
    return DocumentResult(item, status="failed", error="x", parsed=lambda: None)


def test_a_result_that_cannot_reach_the_caller_fails_its_document_only(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text("Subject: anything\n")
    with IsolatedProcessor(workers=1, timeout=30, target=unpicklable) as processor:
        results = processor([candidate(path)])
    assert [r.status for r in results] == ["failed"]
    assert results[0].error.startswith("internal error: MaybeEncodingError")


def test_the_cli_worker_limits_default_to_the_workers_module():
    import inspect

    from pipeline import workers
    from pipeline.cli_load import ingest

    defaults = {name: p.default for name, p in inspect.signature(ingest).parameters.items()}
    assert (defaults["timeout"], defaults["memory_mb"]) == (workers.DEFAULT_TIMEOUT, workers.DEFAULT_MEMORY_MB)
