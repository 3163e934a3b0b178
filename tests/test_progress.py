"""Ingest progress: n of N with a rate and time left in a terminal, a log line now and then when piped (issue 21)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from rich.console import Console

from conftest import ROOT
from pipeline.progress import IngestProgress


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _piped(clock: Clock, total: int) -> tuple[IngestProgress, io.StringIO]:
    out = io.StringIO()
    return IngestProgress(Console(file=out, width=200), total, terminal=False, clock=clock), out


def test_piped_progress_prints_a_line_every_ten_seconds_with_count_rate_and_time_left():
    clock = Clock()
    progress, out = _piped(clock, total=40)
    with progress:
        for n in range(1, 11):
            clock.now = n * 2.5
            progress.update("loaded" if n % 2 else "skipped", f"doc{n}.pdf")
    lines = out.getvalue().splitlines()
    assert lines == [
        "ingest: 4 of 40 documents (2 loaded, 2 skipped), 0.4 documents/s, about 0:01:30 left",
        "ingest: 8 of 40 documents (4 loaded, 4 skipped), 0.4 documents/s, about 0:01:20 left",
    ]


def test_piped_progress_prints_every_hundred_documents_however_fast():
    clock = Clock()
    progress, out = _piped(clock, total=250)
    with progress:
        for n in range(250):
            clock.now = n * 0.001
            progress.update("loaded", "x.pdf")
    assert [line.split(" documents (")[0] for line in out.getvalue().splitlines()] == ["ingest: 100 of 250", "ingest: 200 of 250"]


def test_a_total_that_was_too_small_grows_instead_of_going_past_itself():
    clock = Clock()
    progress, _ = _piped(clock, total=1)
    progress.update("loaded", "a")
    progress.update("loaded", "b")
    assert (progress.done, progress.total) == (2, 2)


def test_terminal_progress_shows_n_of_n_documents():
    out = io.StringIO()
    console = Console(file=out, width=160, force_terminal=True)
    with IngestProgress(console, total=3) as progress:
        progress.update("loaded", "a.pdf")
        progress._progress.refresh()
    assert "1/3" in out.getvalue() and "documents" in out.getvalue()


def test_ingest_json_prints_the_summary_and_piped_progress_goes_to_stderr(tmp_path: Path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("MINUTES of a meeting of the Example Panel held on 4 July 2024\n\nPresent: Councillor A Roe\n")
    (raw / "notes.xyz").write_text("not a paper")
    run = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "ingest", str(raw), "--runner", "local", "--workers", "1",
         "--warehouse", str(tmp_path / "w.duckdb"), "--json"],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )
    summary = json.loads(run.stdout)
    assert summary["counts"]["loaded"] == 1 and summary["counts"]["unsupported"] == 1
    assert {d["outcome"] for d in summary["documents"]} == {"loaded", "unsupported"}
    assert "ingest: planning" in run.stderr
