"""Parse and extract documents in worker processes, each under a time and memory limit.

One hostile PDF can hang PDFium or eat all memory; here it costs only its own
document. Workers come from a forkserver (started clean, without the threads
Prefect runs in the main process) that has imported the extractors once, so a
worker starts in milliseconds. At most ``workers`` documents are in flight; a
document that gives no result within ``timeout`` seconds has its pool killed and
replaced, and the other documents in flight are submitted again. A worker reuses the extraction
of content it extracted already (``pipeline.ingest.reuse``): a copy costs its parse.

``pipeline.ingest`` (and with it duckdb) is imported only when documents are processed, so the
CLI takes its option defaults from here without slowing ``papers extract``.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import resource
import time
from dataclasses import dataclass
from multiprocessing.pool import AsyncResult, Pool
from typing import TYPE_CHECKING, Callable, Iterator, Sequence

if TYPE_CHECKING:
    from pipeline.ingest import Candidate, DocumentResult

Target = Callable[["Candidate"], "DocumentResult"]

DEFAULT_TIMEOUT = 120.0
DEFAULT_MEMORY_MB = 4096


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _start_worker(memory_mb: int | None) -> None:
    """A worker process's set-up: its memory limit, and reuse of the extraction of content it
    extracted already (``pipeline.ingest.reuse``)."""
    from pipeline.ingest import reuse

    reuse.enable()
    if memory_mb:
        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _process(target: Target, candidate: Candidate, memory_mb: int | None) -> DocumentResult:
    from pipeline.ingest import DocumentResult

    try:
        return target(candidate)
    except MemoryError:
        return DocumentResult(candidate, status="failed", error=f"ran out of memory (limit {memory_mb} MB per document)")


@dataclass(eq=False)
class _InFlight:
    candidate: Candidate
    result: AsyncResult | None
    deadline: float


class IsolatedProcessor:
    """A callable batch processor (``BatchProcessor``) backed by a pool of limited worker processes.

    Use it as a context manager so the pool is shut down at the end of the run.
    """

    def __init__(
        self,
        workers: int | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        memory_mb: int | None = DEFAULT_MEMORY_MB,
        target: Target | None = None,
    ):
        from pipeline.ingest import process_document

        self.workers = max(1, workers or default_workers())
        self.timeout = timeout
        self.memory_mb = memory_mb
        self.target = target or process_document
        self._context = multiprocessing.get_context("forkserver")
        self._context.set_forkserver_preload(["pipeline.ingest", "extractors.extraction", "pipeline.rows"])
        self._pool: Pool | None = None
        self._finished: queue.SimpleQueue[_InFlight] = queue.SimpleQueue()

    def __enter__(self) -> "IsolatedProcessor":
        return self

    def start(self) -> None:
        """Start the forkserver now, without waiting for it: its imports then overlap the caller's
        work until the first document is submitted (for a caller that knows it will parse)."""
        from multiprocessing import forkserver

        forkserver.ensure_running()

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None

    def _ensure_pool(self) -> Pool:
        if self._pool is None:
            self._pool = self._context.Pool(self.workers, initializer=_start_worker, initargs=(self.memory_mb,))
        return self._pool

    def _submit(self, candidate: Candidate) -> _InFlight:
        flight = _InFlight(candidate, None, time.monotonic() + self.timeout)

        def finished(_value: object) -> None:
            self._finished.put(flight)

        flight.result = self._ensure_pool().apply_async(
            _process, (self.target, candidate, self.memory_mb), callback=finished, error_callback=finished
        )
        return flight

    @staticmethod
    def _result(flight: _InFlight) -> DocumentResult:
        """The worker's result; an exception that reached the pool (a result too big to pickle
        within the memory limit, a bug in a target) fails that document only."""
        from pipeline.ingest import DocumentResult

        try:
            return flight.result.get()
        except Exception as error:
            return DocumentResult(flight.candidate, status="failed", error=f"internal error: {type(error).__name__}: {error}")

    def __call__(self, batch: list[Candidate]) -> list[DocumentResult]:
        return list(self.results(batch))

    def results(self, candidates: Sequence[Candidate]) -> Iterator[DocumentResult]:
        """Results as documents finish (not in input order); every candidate gets exactly one."""
        from pipeline.ingest import DocumentResult

        waiting = list(reversed(candidates))
        flying: list[_InFlight] = []
        while waiting or flying:
            while waiting and len(flying) < self.workers:
                flying.append(self._submit(waiting.pop()))
            try:
                done = self._finished.get(timeout=max(0.0, min(f.deadline for f in flying) - time.monotonic()))
            except queue.Empty:
                done = None
            if done is not None:
                if done not in flying:
                    continue  # finished in a pool killed since; already submitted again
                flying.remove(done)
                if waiting:
                    # The freed worker starts the next document while the caller loads this one.
                    flying.append(self._submit(waiting.pop()))
                yield self._result(done)
                continue
            expired = next((f for f in flying if time.monotonic() > f.deadline), None)
            if expired is None:
                continue
            flying.remove(expired)
            self.close()
            yield DocumentResult(
                expired.candidate,
                status="failed",
                error=f"no result within {self.timeout:g} s: the parser hung or its worker died; isolated and skipped",
            )
            waiting.extend(reversed([f.candidate for f in flying]))
            flying.clear()
