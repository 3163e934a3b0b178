"""The Prefect flow ``ingest``: the plain ``run_ingest`` with its batch step as a task.

Prefect costs ~1.2 s per flow run and 20-85 ms per task run here, so a task
handles a batch of documents, never a page, and unchanged documents are
filtered out before any task is created. Retries are for I/O only: parsing a
broken PDF again gives the same answer, so the batch task has none. Results are
loaded by the flow's process only: workers return records, one writer loads them.
"""

from __future__ import annotations

import os

os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

from prefect import flow, task  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402

from pipeline.ingest import Candidate, DocumentResult, IngestSummary, run_ingest  # noqa: E402
from pipeline.workers import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT, IsolatedProcessor, default_workers  # noqa: E402

# A task run costs 20-85 ms and a worker pool a few more: a batch holds many documents.
FLOW_BATCH_SIZE = 64


@task(name="parse-and-extract-batch", task_run_name="batch of {n_documents}", cache_policy=NO_CACHE)
def parse_and_extract_batch(
    candidates: list[Candidate], n_documents: int, workers: int, timeout: float, memory_mb: int
) -> list[DocumentResult]:
    """Parse a batch in isolated worker processes (a pool inside one task: Prefect's own process
    runner was slower than serial code here)."""
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
) -> IngestSummary:
    """Discover, register by SHA-256, parse, extract and load committee papers."""
    workers = workers or default_workers()

    def as_task(batch: list[Candidate]) -> list[DocumentResult]:
        return parse_and_extract_batch(batch, len(batch), workers, timeout, memory_mb)

    return run_ingest(
        paths, warehouse, runner="prefect", process=as_task, retry_failed=retry_failed, batch_size=batch_size
    )
