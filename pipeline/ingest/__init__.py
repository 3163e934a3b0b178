"""Ingest as plain Python, in steps named after their modules: ``discovery`` lists the files,
``planning`` decides what to parse (writing nothing), ``processing`` parses and extracts (in the
workers), ``loading`` writes (the plan's records, then the documents in ``batches``, many to a
transaction) and ``refreshing`` rebuilds the derived tables and runs the checks. ``run_ingest`` runs them in order.

The Prefect flow (``pipeline.flows``) runs exactly this code with its batch
step wrapped in a task; ``--runner local`` runs it without Prefect.
"""

from __future__ import annotations

import uuid
from contextvars import ContextVar
from dataclasses import replace
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from extractors.parsing.parse import SUPPORTED_SUFFIXES
from pipeline.registered import pipeline_version
from pipeline import search_index, snapshot, store
from pipeline.ingest.discovery import IGNORED_NAMES, discover
from pipeline.ingest.loading import load_result, load_results, register
from pipeline.ingest.outcomes import Candidate, DocumentResult, IngestSummary, Outcome
from pipeline.ingest.planning import Plan, SeenFile, decide, plan, seen_files
from pipeline.ingest.processing import extract_document, process_batch, process_document
from pipeline.ingest.records import page_records
from pipeline.ingest.refreshing import refresh
from schemas.records import IngestRunRow, RunDocumentRow

__all__ = [
    "IGNORED_NAMES", "Candidate", "DocumentResult", "IngestSummary", "Outcome", "Plan", "SeenFile",
    "batched", "count_pending", "discover", "extract_document", "load_result", "on_lock_wait",
    "on_outcome", "page_records", "plan", "process_batch", "process_document", "run_ingest", "seen_files",
]

DEFAULT_BATCH_SIZE = 8

# Set by the CLI to follow a run (a progress bar) and to say why it waits; flows cannot
# take a callable parameter.
on_outcome: ContextVar[Callable[[Outcome], None] | None] = ContextVar("on_outcome", default=None)
on_lock_wait: ContextVar[Callable[[str], None] | None] = ContextVar("on_lock_wait", default=None)


def count_pending(
    warehouse: str | Path,
    paths: Sequence[str | Path],
    retry_failed: bool = False,
    lock_wait: float = 0.0,
    verify: bool = False,
) -> int:
    """How many documents an ingest of ``paths`` would parse, by ``planning.decide`` itself, read
    without taking the write lock (the warehouse is closed before any file is hashed). A
    supported file that cannot be read counts (the ingest records why); unsupported ones do not."""
    files, _ = discover(paths)
    supported = [f for f in files if f.suffix.lower() in SUPPORTED_SUFFIXES]
    if not Path(warehouse).exists():
        return len(supported)
    con = store.connect(warehouse, read_only=True, wait=lock_wait, on_wait=on_lock_wait.get())
    try:
        if not store.applied_versions(con):
            return len(supported)
        version = pipeline_version()
        known = dict(
            con.execute(f"SELECT id, status FROM documents WHERE pipeline_version = {store.constant(version)}").fetchall()
        )
        seen = {} if verify else seen_files(con, version)
    finally:
        con.close()
    decided = decide(supported, seen, known.get, retry_failed)
    return len(decided.todo) + len(decided.not_parsed)


def batched(items: Sequence[Candidate], size: int) -> Iterator[list[Candidate]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


BatchProcessor = Callable[[list[Candidate]], list[DocumentResult]]
# All candidates in, one result per candidate out as each document finishes: parsing
# goes on while the results already out are loaded.
ResultStream = Callable[[list[Candidate]], Iterable[DocumentResult]]


def run_ingest(
    paths: Sequence[str | Path],
    warehouse: str | Path,
    runner: str = "local",
    process: BatchProcessor = process_batch,
    retry_failed: bool = False,
    batch_size: int = DEFAULT_BATCH_SIZE,
    lock_wait: float = 0.0,
    verify: bool = False,
    stream: ResultStream | None = None,
    ocr: bool = False,
) -> IngestSummary:
    """Ingest ``paths`` into ``warehouse``; one bad document never stops the run.

    ``ocr``: read PDFs without a text layer by OCR; documents that needed OCR or failed
    before are parsed again.

    ``lock_wait``: seconds to wait for another process's write lock before giving up.
    ``verify``: hash every file, even those a stat says are unchanged (see ``plan``).
    ``stream``, when given, replaces ``process`` and ``batch_size``.
    """
    version = pipeline_version()
    summary = IngestSummary(run_id=uuid.uuid4().hex, pipeline_version=version)
    notify = on_outcome.get() or (lambda outcome: None)
    con = store.connect(warehouse, wait=lock_wait, on_wait=on_lock_wait.get())
    try:
        store.migrate(con)
        search_index.load_fts(con)
        if search_index.needs_reindex(con):
            search_index.reindex(con, summary.run_id)
        run = IngestRunRow(
            run_id=summary.run_id, started_at=store.utcnow(), finished_at=None, runner=runner,
            pipeline_version=version, n_loaded=0, n_skipped=0, n_failed=0, n_unsupported=0,
        )
        store.insert_records(con, [run])
        files, missing = discover(paths)
        own = Path(warehouse).resolve()
        # The warehouse itself, its log and its snapshot files, when they sit under an ingested folder.
        files = [f for f in files if not str(f).startswith(str(own))]
        decided = plan(con, files, version, retry_failed or ocr, verify)
        register(con, decided, version)
        todo = decided.todo
        if ocr:
            todo = [replace(candidate, ocr=True) for candidate in todo]
        for outcome in missing + decided.skipped + decided.not_parsed:
            summary.outcomes.append(outcome)
            notify(outcome)
        if stream is not None:
            results = stream(todo)
        else:
            results = (result for batch in batched(todo, batch_size) for result in process(batch))
        for outcome in load_results(con, results, version):
            summary.outcomes.append(outcome)
            notify(outcome)
        store.insert_records(con, [_run_document(summary.run_id, o) for o in summary.outcomes])
        finished = run.model_copy(
            update=dict(
                finished_at=store.utcnow(),
                n_loaded=summary.count("loaded"),
                n_skipped=summary.count("skipped"),
                n_failed=summary.count("failed") + summary.count("needs_ocr"),
                n_unsupported=summary.count("unsupported"),
            )
        )
        store.insert_records(con, [finished])
        refresh(con, summary, changed=bool(todo))
        snapshot.copy_for_readers(con, warehouse)
    finally:
        con.close()
    snapshot.record_published(warehouse)
    return summary


def _run_document(run_id: str, outcome: Outcome) -> RunDocumentRow:
    return RunDocumentRow(
        run_id=run_id, path=outcome.path, document_id=outcome.document_id,
        outcome=outcome.outcome, reason=outcome.reason,
    )
