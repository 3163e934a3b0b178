"""Group commit: the processed documents gathered into batches for the writer.

A batch closes when it holds ``Budget.documents`` documents or ``Budget.pages`` pages, when no
result has come for ``Budget.pause`` seconds (a slow trickle still commits promptly), or when
its first document has waited ``Budget.wait`` seconds. The results are read in a thread (with
the caller's context: a Prefect flow's run), so the writer sees the pause while it waits.
"""

from __future__ import annotations

import contextvars
import queue
import threading
import time
from dataclasses import dataclass
from typing import Iterable, Iterator

from pipeline.ingest.outcomes import DocumentResult


@dataclass(frozen=True)
class Budget:
    """A batch costs ~50 ms of the writer's CPU besides its rows (~22 statements and a commit),
    so it should hold hundreds of pages; its results are held in memory until it is written.
    Readers see a run's documents when it publishes its snapshot at the end (``pipeline.snapshot``),
    so the times only bound what a killed run parses again. ``pause`` is above a document's parse
    on one busy worker (a 64-page paper took 1-2 s on 2 shared cores), else one worker's batches
    held one document each."""

    documents: int = 256
    pages: int = 4_000
    pause: float = 3.0
    wait: float = 15.0
    # Results read ahead while the writer writes a batch; the reading waits beyond it.
    ahead: int = 64


_END = object()


class _Failed:
    def __init__(self, error: BaseException):
        self.error = error


def batches(results: Iterable[DocumentResult], budget: Budget = Budget()) -> Iterator[list[DocumentResult]]:
    """The results in order, in batches within ``budget``."""
    arrived: queue.Queue = queue.Queue(maxsize=budget.ahead)
    stop = threading.Event()

    def put(item: object) -> bool:
        while not stop.is_set():
            try:
                arrived.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def read() -> None:
        try:
            for result in results:
                if not put(result):
                    return
        except BaseException as error:  # raised again in the writer's thread
            put(_Failed(error))
            return
        put(_END)

    reader = threading.Thread(target=contextvars.copy_context().run, args=(read,), name="ingest-results", daemon=True)
    reader.start()
    batch: list[DocumentResult] = []
    pages = 0
    opened = 0.0
    try:
        while True:
            timeout = None if not batch else max(0.0, min(budget.pause, opened + budget.wait - time.monotonic()))
            try:
                item = arrived.get(timeout=timeout)
            except queue.Empty:
                yield batch
                batch, pages = [], 0
                continue
            if item is _END:
                break
            if isinstance(item, _Failed):
                if batch:
                    yield batch  # what came before the error is loaded, as it came
                raise item.error
            if not batch:
                opened = time.monotonic()
            batch.append(item)
            pages += len(item.parsed.pages) if item.parsed else 0
            if len(batch) >= budget.documents or pages >= budget.pages or time.monotonic() >= opened + budget.wait:
                yield batch
                batch, pages = [], 0
        if batch:
            yield batch
    finally:
        stop.set()
