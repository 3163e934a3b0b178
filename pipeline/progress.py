"""Progress of an ingest: a live bar in a terminal, a log line now and then when piped.

In a terminal: "n of N documents", documents per second and the time left. Elsewhere (a log
file, CI, cron) one line every ``every_seconds`` or every ``every_documents`` documents, so a
long run is never silent until its end.
"""

from __future__ import annotations

import time
from typing import Callable

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from schemas.records import RunOutcome


def _counts_text(counts: dict[RunOutcome, int]) -> str:
    return ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))


class IngestProgress:
    """Follows outcomes (``update(kind, name)``) against an expected ``total``."""

    def __init__(
        self,
        console: Console,
        total: int,
        terminal: bool | None = None,
        every_seconds: float = 10.0,
        every_documents: int = 100,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.console = console
        self.total = total
        self.terminal = console.is_terminal if terminal is None else terminal
        self.every_seconds = every_seconds
        self.every_documents = every_documents
        self.clock = clock
        self.counts: dict[RunOutcome, int] = {}
        self.done = 0
        self._started = clock()
        self._last_line = self._started
        self._last_count = 0
        self._progress: Progress | None = None
        self._task = None

    def __enter__(self) -> "IngestProgress":
        if self.terminal:
            self._progress = Progress(
                TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("documents"),
                TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("left"), TimeRemainingColumn(),
                console=self.console, transient=True,
            )
            self._progress.__enter__()
            self._task = self._progress.add_task("ingest", total=self.total or None, rate="")
        return self

    def __exit__(self, *exc) -> None:
        if self._progress is not None:
            self._progress.__exit__(*exc)

    def stage(self, text: str) -> None:
        """A step before documents flow (planning, starting Prefect), named instead of a bare spinner."""
        if self._progress is not None:
            self._progress.update(self._task, description=escape(text))
        else:
            self.console.print(f"ingest: {text}", highlight=False, markup=False)

    def rate(self) -> float:
        elapsed = self.clock() - self._started
        return self.done / elapsed if elapsed > 0 else 0.0

    def line(self) -> str:
        """The log line: 'ingest: 200 of 1000 documents (150 loaded, 50 skipped), 3.2 documents/s, about 0:04:10 left'."""
        rate = self.rate()
        left = (self.total - self.done) / rate if rate and self.total > self.done else 0.0
        eta = f", about {int(left // 3600)}:{int(left % 3600 // 60):02d}:{int(left % 60):02d} left" if left else ""
        return f"ingest: {self.done} of {self.total} documents ({_counts_text(self.counts)}), {rate:.1f} documents/s{eta}"

    def update(self, kind: RunOutcome, name: str) -> None:
        self.counts[kind] = self.counts.get(kind, 0) + 1
        self.done += 1
        self.total = max(self.total, self.done)
        if self._progress is not None:
            self._progress.update(
                self._task, completed=self.done, total=self.total,
                description=escape(f"{_counts_text(self.counts)} (last: {name})"), rate=f"{self.rate():.1f}/s",
            )
            return
        now = self.clock()
        if now - self._last_line >= self.every_seconds or self.done - self._last_count >= self.every_documents:
            self.console.print(self.line(), highlight=False, markup=False)
            self._last_line, self._last_count = now, self.done
