"""What the ingest steps pass each other: the files to parse, what parsing gave, and what a run
did with each file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from schemas.extraction import DocumentExtraction
from schemas.parsed import ParsedDocument
from schemas.records import DocumentStatus, RunOutcome, TracedRow, storable_text


@dataclass(frozen=True)
class Candidate:
    """A file registered by hash, to be parsed."""

    path: str
    sha256: str
    size_bytes: int
    mtime_ns: int
    ocr: bool = False


@dataclass
class DocumentResult:
    """What processing one candidate gave: parsed pages and fact rows, or the reason it failed."""

    candidate: Candidate
    parsed: ParsedDocument | None = None
    extraction: DocumentExtraction | None = None
    rows: list[TracedRow] = field(default_factory=list)
    status: DocumentStatus = "loaded"
    error: str | None = None
    # Made where the document is parsed, so the single writer only stems and appends them.
    search_units: list[dict] | None = None


@dataclass(frozen=True)
class Outcome:
    """What a run did with one file. ``path`` is shown as stored: undecodable bytes of a file
    name as ``\\xNN`` (``storable_text``), so it can be printed and written."""

    path: str
    document_id: str | None
    outcome: RunOutcome
    reason: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "path", storable_text(self.path))
        if self.reason is not None:
            object.__setattr__(self, "reason", storable_text(self.reason))


@dataclass
class IngestSummary:
    """What a run did with each file, and the data checks that failed.

    ``checks_from``: when nothing changed the checks are not run again; the failures are then
    those recorded when they last ran, at that time.
    """

    run_id: str
    pipeline_version: str
    outcomes: list[Outcome] = field(default_factory=list)
    check_failures: dict[str, list[tuple]] = field(default_factory=dict)
    checks_from: dt.datetime | None = None

    def count(self, outcome: RunOutcome) -> int:
        return sum(1 for o in self.outcomes if o.outcome == outcome)

    @property
    def problems(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.outcome in ("failed", "needs_ocr")]

    @property
    def ok(self) -> bool:
        return not self.problems and not self.check_failures
