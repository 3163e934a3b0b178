"""Readers never wait on an ingest (issue 21): every reading command runs during a long ingest
(600 documents: with group commit, 200 loaded before the readers had all started).

The writer publishes a snapshot at the end of each write session (``pipeline.snapshot``); readers
open it while the writer holds the warehouse.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from conftest import CORPUS, ROOT
from pipeline import snapshot
from pipeline.errors import WarehouseLocked

DOCUMENTS = 600
MINUTES = """MINUTES of a meeting of the {body} held at Riverside House on {day} March 2025 at 10.00 am

Present: Councillor Ada Fenwick (Chair), Councillor Tom Harrow and Councillor Lia Moss

Apologies: Councillor Ben Stroud

1. Apologies for absence
The apologies above were noted.

2. Minutes of the last meeting
The minutes of the meeting held on {day} February 2025 were agreed.

3. Community grants {n}
The panel approved a grant of £{amount:,} to the {body} youth project for 2025/26.
"""


def _papers(*args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout)


def _write_minutes(folder: Path, count: int) -> None:
    folder.mkdir()
    for n in range(count):
        body = f"Northfield Area Panel {n}"
        (folder / f"minutes_{n:03d}.txt").write_text(
            MINUTES.format(body=body, day=1 + n % 27, n=n, amount=1000 + 37 * n), encoding="utf-8"
        )


READERS = (
    ("query", "SELECT count(*) AS n FROM documents"),
    ("trends",),
    ("search", "grant"),
    ("status",),
)


def test_every_reader_runs_during_an_ingest_of_600_documents_without_a_failure(tmp_path: Path):
    warehouse = tmp_path / "w.duckdb"
    first = _papers("ingest", str(CORPUS / "001_fd20779843a3d887.txt"), "--warehouse", str(warehouse), "--runner", "local", "--workers", "1")
    assert first.returncode == 0, first.stdout + first.stderr
    assert snapshot.is_current(warehouse)
    raw = tmp_path / "raw"
    _write_minutes(raw, DOCUMENTS)
    ingest = subprocess.Popen(
        [sys.executable, "-m", "pipeline.cli", "ingest", str(raw), "--warehouse", str(warehouse), "--runner", "local", "--workers", "1"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    runs: list[tuple[str, float, subprocess.CompletedProcess, bool]] = []
    try:
        round_ = 0
        while ingest.poll() is None or round_ == 0:
            for args in READERS + (("report", "--out", str(tmp_path / f"report{round_}.html")),
                                   ("export", "--format", "csv", "--out", str(tmp_path / f"export{round_}"))):
                started = time.monotonic()
                writing = ingest.poll() is None
                done = _papers(*args, "--warehouse", str(warehouse), timeout=300)
                runs.append((args[0], time.monotonic() - started, done, writing and ingest.poll() is None))
            round_ += 1
    finally:
        out, err = ingest.communicate(timeout=900)
    assert ingest.returncode == 0, out + err
    failures = [(name, run.stderr) for name, _, run, _ in runs if run.returncode != 0]
    assert failures == []
    during = [(name, seconds) for name, seconds, _, overlapped in runs if overlapped]
    assert {name for name, _ in during} >= {"query", "trends", "search", "status", "report", "export"}, (
        "the ingest ended before every reader had run during it: the test proved nothing"
    )
    longest = max(seconds for _, seconds in during)
    print(f"\n{len(during)} reader runs during the ingest; longest {longest:.1f} s (CLI start-up included)")
    # The snapshot is republished at the end: readers now see all 201 documents.
    counted = _papers("query", "--json", "SELECT count(*) AS n FROM documents", "--warehouse", str(warehouse))
    assert json.loads(counted.stdout) == [{"n": DOCUMENTS + 1}]


def _hold(warehouse: Path) -> subprocess.Popen:
    code = "import duckdb, sys, time; con = duckdb.connect(sys.argv[1]); print('holding', flush=True); time.sleep(60)"
    holder = subprocess.Popen([sys.executable, "-c", code, str(warehouse)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "holding"
    return holder


@pytest.fixture
def published(tmp_path: Path) -> Path:
    warehouse = tmp_path / "w.duckdb"
    con = duckdb.connect(str(warehouse))
    con.execute("CREATE TABLE t AS SELECT 1 AS v")
    snapshot.copy_for_readers(con, warehouse)
    con.close()
    snapshot.record_published(warehouse)
    return warehouse


def _value(con: duckdb.DuckDBPyConnection) -> int:
    try:
        return con.execute("SELECT max(v) FROM t").fetchall()[0][0]
    finally:
        con.close()


def test_a_current_snapshot_is_read_and_a_write_since_makes_readers_open_the_main_file(published: Path):
    assert snapshot.is_current(published) and _value(snapshot.connect_reader(published)) == 1
    con = duckdb.connect(str(published))
    con.execute("INSERT INTO t VALUES (2)")
    con.close()
    assert not snapshot.is_current(published)
    assert _value(snapshot.connect_reader(published)) == 2


def test_while_a_writer_holds_the_file_readers_get_the_last_snapshot_at_once(published: Path):
    con = duckdb.connect(str(published))
    con.execute("INSERT INTO t VALUES (2)")
    con.close()
    holder = _hold(published)
    heard: list[str] = []
    try:
        started = time.monotonic()
        value = _value(snapshot.connect_reader(published, wait=30, on_wait=heard.append))
        waited = time.monotonic() - started
    finally:
        holder.kill()
        holder.wait()
    assert value == 1 and waited < 5
    assert heard == [f"the warehouse {published} is being written: reading its last published snapshot"]


def test_without_any_snapshot_a_reader_still_waits_then_refuses_clearly(tmp_path: Path):
    warehouse = tmp_path / "w.duckdb"
    duckdb.connect(str(warehouse)).close()
    holder = _hold(warehouse)
    try:
        with pytest.raises(WarehouseLocked, match="in use by another process"):
            snapshot.connect_reader(warehouse, wait=0.5)
    finally:
        holder.kill()
        holder.wait()


def test_an_ingest_never_reads_its_own_snapshot_files_as_papers(tmp_path: Path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(MINUTES.format(body="Eastgate Panel", day=3, n=1, amount=500), encoding="utf-8")
    warehouse = raw / "w.duckdb"
    for _ in range(2):
        run = _papers("ingest", str(raw), "--warehouse", str(warehouse), "--runner", "local", "--workers", "1", "--json")
        assert run.returncode == 0, run.stdout + run.stderr
        paths = [d["path"] for d in json.loads(run.stdout)["documents"]]
        assert [Path(p).name for p in paths] == ["a.txt"]
