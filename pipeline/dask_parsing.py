"""Long-lived parsing processes on a Dask worker, reused by its batch tasks.

A fresh parsing process pays ~2-3 s on its first document (spaCy and the extractors' patterns
load lazily): started per batch task, that was most of a batch's time and the Dask runner did
not scale with workers. Here a worker plugin keeps each worker's ``IsolatedProcessor`` (one
limited process) between tasks and closes it with the worker. The limits are unchanged: the
process has the memory limit for its life, a document over the time limit (or one that kills
the process) has the process replaced and fails alone.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from distributed import WorkerPlugin, get_worker
from distributed.utils import sync

from pipeline.workers import IsolatedProcessor, Target

if TYPE_CHECKING:
    from distributed import Worker

    from pipeline.ingest import Candidate, DocumentResult

PLUGIN_NAME = "papers-parsing-processes"
_REGISTERING = threading.Lock()


class ParsingProcesses(WorkerPlugin):
    """A worker's idle processors for one set of limits (one per task running at once)."""

    def __init__(self, timeout: float, memory_mb: int | None, target: Target | None = None):
        self.key = (timeout, memory_mb, target)
        self._idle: list[IsolatedProcessor] = []
        self._lock = threading.Lock()
        self.started = 0

    def acquire(self) -> IsolatedProcessor:
        with self._lock:
            if self._idle:
                return self._idle.pop()
            self.started += 1
        timeout, memory_mb, target = self.key
        return IsolatedProcessor(1, timeout, memory_mb, target=target)

    def release(self, processor: IsolatedProcessor) -> None:
        with self._lock:
            self._idle.append(processor)

    def teardown(self, worker: Worker) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for processor in idle:
            processor.close()


def on_dask_worker() -> bool:
    """Whether this code runs in a Dask worker's task."""
    try:
        get_worker()
    except ValueError:
        return False
    return True


def _processes(worker: Worker, key: tuple) -> ParsingProcesses:
    with _REGISTERING:
        plugin = worker.plugins.get(PLUGIN_NAME)
        if not isinstance(plugin, ParsingProcesses) or plugin.key != key:
            plugin = ParsingProcesses(*key)
            sync(worker.loop, worker.plugin_add, plugin, PLUGIN_NAME)  # tears down one of other limits
        return plugin


def parse_on_worker(
    candidates: list[Candidate], timeout: float, memory_mb: int | None, target: Target | None = None
) -> list[DocumentResult]:
    """Parse a batch in this Dask worker's long-lived limited process (started on first use)."""
    processes = _processes(get_worker(), (timeout, memory_mb, target))
    processor = processes.acquire()
    try:
        results = processor(candidates)
    except BaseException:
        processor.close()
        raise
    processes.release(processor)
    return results
