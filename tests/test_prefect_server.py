"""Prefect's temporary server dies with the ingest that started it (issue 16 case 12)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from conftest import CORPUS, ROOT

pytestmark = pytest.mark.prefect


def _wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


def test_kill_9_of_the_ingest_leaves_no_child_running(tmp_path: Path):
    """kill -9 skipped Prefect's atexit stop, and its uvicorn server ran on, orphaned."""
    papers = tmp_path / "raw"
    papers.mkdir()
    for paper in sorted(CORPUS.glob("*.txt")):
        (papers / paper.name).write_bytes(paper.read_bytes())
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "PREFECT_LOGGING_LEVEL": "WARNING"}
    env.pop("PREFECT_API_URL", None)
    ingest = subprocess.Popen(
        [sys.executable, "-m", "pipeline.cli", "ingest", str(papers), "--warehouse", str(tmp_path / "w.duckdb"),
         "--runner", "prefect", "--workers", "1"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    parent = psutil.Process(ingest.pid)

    def server() -> list[psutil.Process]:
        try:
            return [c for c in parent.children(recursive=True) if "uvicorn" in " ".join(c.cmdline())]
        except psutil.Error:
            return []

    children: list[psutil.Process] = []
    try:
        assert _wait_for(lambda: bool(server()), 120), "the ingest never started Prefect's server"
        children = parent.children(recursive=True)
        os.kill(ingest.pid, signal.SIGKILL)
        ingest.wait(timeout=30)

        def alive() -> list[psutil.Process]:
            return [c for c in children if c.is_running() and c.status() != psutil.STATUS_ZOMBIE]

        assert _wait_for(lambda: not alive(), 30), [c.cmdline() for c in alive()]
    finally:
        for process in [*children, parent]:
            try:
                process.kill()
            except psutil.Error:
                pass
