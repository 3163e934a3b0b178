"""A Dask worker keeps its limited parsing process between batch tasks, and a document that
kills that process still fails alone (``pipeline.dask_parsing``)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline.ingest import Candidate, DocumentResult

distributed = pytest.importorskip("distributed")

from pipeline.dask_parsing import PLUGIN_NAME, parse_on_worker  # noqa: E402

TIMEOUT = 10


def pid_or_exit(item: Candidate) -> DocumentResult:
    """A parser stand-in: files named exit* kill their process; the others report its pid."""
    if Path(item.path).name.startswith("exit"):
        os._exit(3)
    return DocumentResult(item, status="failed", error=str(os.getpid()))


def batch(tmp_path: Path, *names: str) -> list[Candidate]:
    return [Candidate(str(tmp_path / name), name * 4, 1, 0) for name in names]


@pytest.fixture
def cluster():
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as local:
        with distributed.Client(local) as client:
            yield local, client


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _parse(client, candidates: list[Candidate]) -> dict[str, DocumentResult]:
    results = client.submit(parse_on_worker, candidates, TIMEOUT, 1024, pid_or_exit, pure=False).result()
    return {Path(r.candidate.path).name: r for r in results}


def test_a_workers_second_batch_reuses_its_parsing_process(cluster, tmp_path: Path):
    local, client = cluster
    first = _parse(client, batch(tmp_path, "a", "b"))
    second = _parse(client, batch(tmp_path, "c", "d"))
    pids = {int(r.error) for r in [*first.values(), *second.values()]}
    assert len(pids) == 1 and pids != {os.getpid()}
    (worker,) = local.workers.values()
    assert worker.plugins[PLUGIN_NAME].started == 1
    client.close()
    local.close()
    assert not _alive(pids.pop())  # closed with the worker


def test_a_document_that_kills_the_reused_process_fails_alone(cluster, tmp_path: Path):
    _, client = cluster
    before = _parse(client, batch(tmp_path, "a"))
    results = _parse(client, batch(tmp_path, "b", "exit", "c"))
    after = _parse(client, batch(tmp_path, "d"))
    assert results["exit"].status == "failed" and f"no result within {TIMEOUT} s" in results["exit"].error
    assert results["b"].error.isdigit() and results["c"].error.isdigit()
    assert after["d"].error.isdigit() and after["d"].error != before["a"].error  # a new process took over
