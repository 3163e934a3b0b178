"""The Prefect flow ``ingest``: the plain ``run_ingest`` with its batch step as a task.

Prefect costs ~1.2 s per flow run and 20-85 ms per task run here, so a task
handles a batch of documents, never a page, and unchanged documents are
filtered out before any task is created. Retries are for I/O only: parsing a
broken PDF again gives the same answer, so the batch task has none. Results are
loaded by the flow's process only: workers return records, one writer loads them.

On Dask (``ingest_on_dask``) the batches are submitted, a few per worker at a time
so memory stays bounded, and loaded in the order they finish.
"""

from __future__ import annotations

import multiprocessing
import sys
from typing import Iterator

from pipeline import prefect_env  # noqa: F401  (before prefect: its settings)  isort: skip

from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.futures import as_completed  # noqa: E402

from pipeline.ingest import Candidate, DocumentResult, IngestSummary, batched, process_batch, run_ingest  # noqa: E402
from pipeline.workers import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT, IsolatedProcessor, default_workers  # noqa: E402

# A task run costs 20-85 ms and a worker pool a few more: a batch holds many documents.
FLOW_BATCH_SIZE = 64
# A 50-page pack takes ~1.2 s to parse (benchmarks/bench.py); a Dask task adds its task
# run (~0.1 s) and the transfer of its records: 8 packs keep that small while batches stay
# small enough to spread over the workers. Not yet tuned on a real cluster.
DASK_BATCH_SIZE = 8
# Batches submitted ahead per Dask worker: enough to keep it busy, few enough to bound memory.
DASK_BATCHES_IN_FLIGHT = 2


@task(name="parse-and-extract-batch", task_run_name="batch of {n_documents}", cache_policy=NO_CACHE)
def parse_and_extract_batch(
    candidates: list[Candidate], n_documents: int, workers: int, timeout: float, memory_mb: int
) -> list[DocumentResult]:
    """Parse a batch in isolated worker processes (a pool inside one task: Prefect's own process
    runner was slower than serial code here). On a Dask worker, in its long-lived limited
    process (``pipeline.dask_parsing``), reused by the worker's next batches.

    A daemonic process (a Dask worker under a nanny, unless started with
    ``DASK_DISTRIBUTED__WORKER__DAEMON=False``) may not start a pool: the batch is then
    parsed in the worker itself, without the per-document time and memory limits.
    """
    if multiprocessing.current_process().daemon:
        get_run_logger().warning("daemonic worker: parsing %d documents without time or memory limits", n_documents)
        return process_batch(candidates)
    if "distributed" in sys.modules:
        from pipeline.dask_parsing import on_dask_worker, parse_on_worker

        if on_dask_worker():
            return parse_on_worker(candidates, timeout, memory_mb)
    with IsolatedProcessor(workers, timeout, memory_mb) as processor:
        return processor(candidates)


@flow(name="ingest", log_prints=True)
def ingest(
    paths: list[str],
    warehouse: str,
    retry_failed: bool = False,
    batch_size: int = FLOW_BATCH_SIZE,
    workers: int | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    memory_mb: int = DEFAULT_MEMORY_MB,
    lock_wait: float = 0.0,
    verify: bool = False,
    distributed: bool = False,
    ocr: bool = False,
) -> IngestSummary:
    """Discover, register by SHA-256, parse, extract and load committee papers.

    ``distributed``: submit the batches to the flow's task runner (Dask, see
    ``ingest_on_dask``), each parsed by one limited process on its worker, instead of
    running them here one after another with ``workers`` processes each.
    """
    workers = workers or default_workers()
    if distributed:
        in_flight = workers * DASK_BATCHES_IN_FLIGHT

        def stream(candidates: list[Candidate]) -> Iterator[DocumentResult]:
            return _submitted(candidates, batch_size, in_flight, timeout, memory_mb)

        return run_ingest(
            paths, warehouse, runner="dask", retry_failed=retry_failed, lock_wait=lock_wait, verify=verify,
            stream=stream, ocr=ocr,
        )

    def as_task(batch: list[Candidate]) -> list[DocumentResult]:
        return parse_and_extract_batch(batch, len(batch), workers, timeout, memory_mb)

    return run_ingest(
        paths, warehouse, runner="prefect", process=as_task, retry_failed=retry_failed, batch_size=batch_size,
        lock_wait=lock_wait, verify=verify, ocr=ocr,
    )


def _submitted(
    candidates: list[Candidate], batch_size: int, in_flight: int, timeout: float, memory_mb: int
) -> Iterator[DocumentResult]:
    """Results of the batch task submitted to the flow's task runner, as batches finish; at
    most ``in_flight`` batches are submitted and not yet loaded."""
    pending = set()
    for batch in batched(candidates, batch_size):
        pending.add(parse_and_extract_batch.submit(batch, len(batch), 1, timeout, memory_mb))
        while len(pending) >= in_flight:
            done = next(as_completed(list(pending)))
            pending.remove(done)
            yield from done.result()
    for done in as_completed(list(pending)):
        yield from done.result()


def dask_task_runner(address: str | None = None, workers: int | None = None):
    """A DaskTaskRunner on the cluster at ``address``, or on a LocalCluster of ``workers``
    single-threaded workers in this process (each parses in its own limited process anyway)."""
    from prefect_dask import DaskTaskRunner

    if address:
        return DaskTaskRunner(address=address)
    return DaskTaskRunner(
        cluster_class="distributed.LocalCluster",
        cluster_kwargs=dict(
            n_workers=workers or default_workers(), threads_per_worker=1, processes=False, dashboard_address=None
        ),
    )


def ingest_on_dask(
    paths: list[str], warehouse: str, address: str | None = None, workers: int | None = None, **options
) -> IngestSummary:
    """The flow ``ingest`` on Dask: on the scheduler at ``address`` (tcp://HOST:PORT), or on a
    LocalCluster of ``workers``. ``workers`` also sizes how many batches are in flight."""
    workers = workers or default_workers()
    on_dask = ingest.with_options(task_runner=dask_task_runner(address, workers))
    options.setdefault("batch_size", DASK_BATCH_SIZE)
    return on_dask(paths, warehouse, workers=workers, distributed=True, **options)
