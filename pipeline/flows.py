"""The Prefect flow ``ingest``: the plain ``run_ingest`` with its batch step as a task.

Prefect costs ~1.2 s per flow run and 20-85 ms per task run here, so a task
handles a batch of documents, never a page, and unchanged documents are
filtered out before any task is created. Retries are for I/O only: parsing a
broken PDF again gives the same answer, so the batch task has none.
"""

from __future__ import annotations

import os

os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

from prefect import flow, task  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402

from pipeline.ingest import (  # noqa: E402
    DEFAULT_BATCH_SIZE,
    Candidate,
    DocumentResult,
    IngestSummary,
    process_batch,
    run_ingest,
)


@task(name="parse-and-extract-batch", task_run_name="batch of {n_documents}", cache_policy=NO_CACHE)
def parse_and_extract_batch(candidates: list[Candidate], n_documents: int) -> list[DocumentResult]:
    return process_batch(candidates)


def _as_task(batch: list[Candidate]) -> list[DocumentResult]:
    return parse_and_extract_batch(batch, n_documents=len(batch))


@flow(name="ingest", log_prints=True)
def ingest(
    paths: list[str],
    warehouse: str,
    retry_failed: bool = False,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> IngestSummary:
    """Discover, register by SHA-256, parse, extract and load committee papers."""
    return run_ingest(
        paths, warehouse, runner="prefect", process=_as_task, retry_failed=retry_failed, batch_size=batch_size
    )
