"""Ingest as plain Python: discover, register by hash, parse and extract, load per document.

The Prefect flow (``pipeline.flows``) runs exactly this code with its batch
step wrapped in a task; ``--runner local`` runs it without Prefect.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

import duckdb

from pydantic import ValidationError

from extractors.errors import DocumentError
from extractors.parse import DOCX_SUFFIXES, HTML_SUFFIXES, PDF_SUFFIXES, SUPPORTED_SUFFIXES, TEXT_SUFFIXES
from extractors.registry import pipeline_version
from pipeline import derive, search_index, snapshot, store
from pipeline.errors import KeyConflict
from pipeline.read import parse_file, sha256_file
from pipeline.rows import fact_rows
from schemas.extraction import DocumentExtraction
from schemas.parsed import ParsedDocument
from schemas.records import (
    FACT_TABLES,
    AgendaItemRow,
    DocumentRecord,
    FileRecord,
    IngestRunRecord,
    PageRecord,
    PaperRecord,
    RunDocumentRecord,
    TracedRecord,
    storable_text,
)

# Files in an input folder that document the folder rather than being papers.
IGNORED_NAMES = frozenset({"readme", "readme.md", "readme.txt", "license", "licence", "manifest.csv"})
DEFAULT_BATCH_SIZE = 8

# Set by the CLI to follow a run (a progress bar) and to say why it waits; flows cannot
# take a callable parameter.
on_outcome: ContextVar[Callable[["Outcome"], None] | None] = ContextVar("on_outcome", default=None)
on_lock_wait: ContextVar[Callable[[str], None] | None] = ContextVar("on_lock_wait", default=None)


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
    rows: list[TracedRecord] = field(default_factory=list)
    status: str = "loaded"
    error: str | None = None
    # Made where the document is parsed, so the single writer only stems and appends them.
    search_units: list[dict] | None = None


@dataclass(frozen=True)
class Outcome:
    """What a run did with one file. ``path`` is shown as stored: undecodable bytes of a file
    name as ``\\xNN`` (``storable_text``), so it can be printed and written."""

    path: str
    document_id: str | None
    outcome: str
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

    def count(self, outcome: str) -> int:
        return sum(1 for o in self.outcomes if o.outcome == outcome)

    @property
    def problems(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.outcome in ("failed", "needs_ocr")]

    @property
    def ok(self) -> bool:
        return not self.problems and not self.check_failures


def discover(paths: Iterable[str | Path]) -> tuple[list[Path], list[Outcome]]:
    """Files under ``paths`` in a stable order, and outcomes for paths that do not exist.

    Hidden files and folder documentation (README, LICENCE) are passed over.
    """
    found: set[Path] = set()
    missing = []
    for raw in paths:
        path = Path(raw)
        if path.is_file():
            found.add(path.resolve())
        elif path.is_dir():
            for child in path.rglob("*"):
                relative = child.relative_to(path).parts
                if child.is_file() and not any(part.startswith(".") for part in relative):
                    if child.name.lower() not in IGNORED_NAMES:
                        found.add(child.resolve())
        else:
            missing.append(Outcome(str(path), None, "failed", "no such file or folder"))
    return sorted(found), missing


@dataclass(frozen=True)
class SeenFile:
    """A path's ``files`` row, with the status of its document at the current pipeline version."""

    document_id: str
    size_bytes: int
    mtime_ns: int
    status: str

    def unchanged(self, stat: os.stat_result, retry_failed: bool) -> bool:
        """Same size and mtime as when last seen, and its document need not be parsed again."""
        return (self.size_bytes, self.mtime_ns) == (stat.st_size, stat.st_mtime_ns) and not (
            retry_failed and self.status != "loaded"
        )


def seen_files(con: duckdb.DuckDBPyConnection, version: str) -> dict[str, SeenFile]:
    """Every path whose document is recorded at ``version`` (one query, not one per file)."""
    rows = con.execute(
        "SELECT f.path, f.document_id, f.size_bytes, f.mtime_ns, d.status FROM files f "
        "JOIN documents d ON d.id = f.document_id WHERE d.pipeline_version = ?",
        [version],
    ).fetchall()
    return {path: SeenFile(*rest) for path, *rest in rows}


def plan(
    con: duckdb.DuckDBPyConnection,
    files: Sequence[Path],
    version: str,
    retry_failed: bool = False,
    verify: bool = False,
) -> tuple[list[Candidate], list[Outcome], list[Outcome]]:
    """Decide what to parse; (to parse, skipped as unchanged, not parsed: unsupported types and
    files that could not be read, e.g. deleted or made unreadable since they were listed).

    A file with the path, size and mtime recorded in ``files`` for a document at this
    pipeline version is skipped from a stat alone, without reading it; ``verify`` hashes
    it anyway (a file rewritten in place with its size and mtime kept is seen only so).
    Other files are hashed: a document already recorded with the same bytes and pipeline
    version is not parsed again, whatever its status (failed ones only with
    ``retry_failed``). Two files with the same bytes are one document, parsed once.
    """
    todo: list[Candidate] = []
    skipped: list[Outcome] = []
    not_parsed: list[Outcome] = []
    queued: set[str] = set()
    seen = {} if verify else seen_files(con, version)
    touched: list[Candidate] = []
    for path in files:
        try:
            stat = path.stat()
        except OSError as error:
            not_parsed.append(Outcome(str(path), None, "failed", f"could not be read: {_os_reason(error)}"))
            continue
        known = seen.get(storable_text(str(path)))
        if known and known.unchanged(stat, retry_failed) and path.suffix.lower() in SUPPORTED_SUFFIXES:
            skipped.append(Outcome(str(path), known.document_id, "skipped", f"unchanged since last ingest ({known.status})"))
            touched.append(Candidate(str(path), known.document_id, stat.st_size, stat.st_mtime_ns))
            continue
        try:
            digest = sha256_file(path)
        except OSError as error:
            not_parsed.append(Outcome(str(path), None, "failed", f"could not be read: {_os_reason(error)}"))
            continue
        candidate = Candidate(str(path), digest, stat.st_size, stat.st_mtime_ns)
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            not_parsed.append(Outcome(str(path), digest, "unsupported", f"unsupported file type {path.suffix or '(none)'!r}"))
            _register_unsupported(con, candidate, version)
            continue
        rows = con.execute(
            "SELECT status FROM documents WHERE id = ? AND pipeline_version = ?", [digest, version]
        ).fetchall()
        if rows and not (retry_failed and rows[0][0] != "loaded"):
            skipped.append(Outcome(str(path), digest, "skipped", f"unchanged since last ingest ({rows[0][0]})"))
            touched.append(candidate)
        elif digest in queued:
            skipped.append(Outcome(str(path), digest, "skipped", "same bytes as another file in this run"))
            touched.append(candidate)
        else:
            queued.add(digest)
            todo.append(candidate)
    store.insert_records(con, [_file_record(c) for c in touched])
    return todo, skipped, not_parsed


def _os_reason(error: OSError) -> str:
    """'No such file or directory' and the like, without the path (the outcome names it)."""
    return error.strerror or type(error).__name__


def count_pending(
    warehouse: str | Path,
    paths: Sequence[str | Path],
    retry_failed: bool = False,
    lock_wait: float = 0.0,
    verify: bool = False,
) -> int:
    """How many documents an ingest of ``paths`` would parse (decided as ``plan`` does), read
    without taking the write lock."""
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
            con.execute("SELECT id, status FROM documents WHERE pipeline_version = ?", [version]).fetchall()
        )
        seen = {} if verify else seen_files(con, version)
    finally:
        con.close()
    pending = set()
    for path in supported:
        try:
            file = seen.get(storable_text(str(path)))
            if file and file.unchanged(path.stat(), retry_failed):
                continue
            sha = sha256_file(path)
        except OSError:
            sha = f"unreadable:{path}"  # the ingest records why
        if sha not in known or (retry_failed and known[sha] != "loaded"):
            pending.add(sha)
    return len(pending)


def _file_record(candidate: Candidate) -> FileRecord:
    return FileRecord(
        path=candidate.path,
        document_id=candidate.sha256,
        size_bytes=candidate.size_bytes,
        mtime_ns=candidate.mtime_ns,
        last_seen_at=store.utcnow(),
    )


def _register_unsupported(con: duckdb.DuckDBPyConnection, candidate: Candidate, version: str) -> None:
    suffix = Path(candidate.path).suffix or "(none)"
    record = _document_record(
        candidate, version, status="unsupported", error=f"unsupported file type {suffix!r}"
    )
    with store.transaction(con):
        store.delete_document_rows(con, candidate.sha256)
        store.insert_records(con, [record])
        store.insert_records(con, [_file_record(candidate)])


def extract_document(parsed: ParsedDocument) -> DocumentExtraction:
    """``extractors.extraction.extract_document``, imported on first use: it loads spaCy, which a
    run with nothing to parse never needs (the workers' forkserver imports it up front)."""
    from extractors.extraction import extract_document as extract

    return extract(parsed)


def process_document(candidate: Candidate) -> DocumentResult:
    """Parse and extract one file. A ``DocumentError`` or an unexpected bug becomes a failed result.

    Records that fail validation quarantine the whole document (status failed, the
    first error as reason): a paper is loaded whole or not at all.
    """
    try:
        parsed = parse_file(candidate.path, ocr=candidate.ocr)
        if parsed.sha256 != candidate.sha256:
            raise DocumentError("the file changed while it was being ingested; run again")
        extraction = extract_document(parsed)
        rows = fact_rows(parsed, extraction)
        return DocumentResult(
            candidate, parsed=parsed, extraction=extraction, rows=rows,
            search_units=_search_units(parsed.sha256, parsed.title, page_records(parsed), rows),
        )
    except DocumentError as error:
        return DocumentResult(candidate, status=error.status, error=error.reason)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        return DocumentResult(
            candidate, status="failed",
            error=f"quarantined: an extracted {error.title} failed validation at {where}: {first['msg']}",
        )
    except Exception as error:  # a bug must cost one document, never the run
        return DocumentResult(candidate, status="failed", error=f"internal error: {type(error).__name__}: {error}")


def _search_units(document_id: str, title: str | None, pages: list[PageRecord], rows: Sequence[TracedRecord]) -> list[dict]:
    """``search_index.units`` of a document, from its page records and its fact rows (the ones kept)."""
    papers = store.last_per_key([row for row in rows if isinstance(row, PaperRecord)])
    agenda_items = store.last_per_key([row for row in rows if isinstance(row, AgendaItemRow)])
    return search_index.units(document_id, title, pages, papers, agenda_items)


def process_batch(candidates: Sequence[Candidate]) -> list[DocumentResult]:
    return [process_document(candidate) for candidate in candidates]


def _document_record(
    candidate: Candidate,
    version: str,
    status: str,
    error: str | None = None,
    parsed: ParsedDocument | None = None,
    extraction: DocumentExtraction | None = None,
) -> DocumentRecord:
    return DocumentRecord(
        id=candidate.sha256,
        sha256=candidate.sha256,
        path=candidate.path,
        format=parsed.format if parsed else _format_of(candidate.path),
        kind=extraction.kind if extraction else None,
        title=parsed.title if parsed else None,
        size_bytes=candidate.size_bytes,
        n_pages=len(parsed.pages) if parsed else None,
        n_chars=len(parsed.text) if parsed else None,
        status=status,
        error=error,
        warnings=parsed.warnings if parsed else [],
        parser=parsed.parser if parsed else None,
        pipeline_version=version,
        ingested_at=store.utcnow(),
    )


def _format_of(path: str) -> str | None:
    suffix = Path(path).suffix.lower()
    for name, suffixes in (("pdf", PDF_SUFFIXES), ("html", HTML_SUFFIXES), ("text", TEXT_SUFFIXES), ("docx", DOCX_SUFFIXES)):
        if suffix in suffixes:
            return name
    return None


def page_records(parsed: ParsedDocument) -> list[PageRecord]:
    return [
        PageRecord(
            id=f"{parsed.sha256}:{page.index}",
            document_id=parsed.sha256,
            page_index=page.index,
            printed_number=page.printed_number,
            char_start=page.char_start,
            char_end=page.char_end,
            has_text=page.has_text,
            text=page.text,
            tables=page.tables,
        )
        for page in parsed.pages
    ]


def load_result(con: duckdb.DuckDBPyConnection, result: DocumentResult, version: str) -> Outcome:
    """Replace the document's rows in one transaction: all of it lands, or none.

    Whatever fails between the parse and the commit (building a row, converting a value, a row
    the warehouse refuses: a broken constraint, a declared key another document holds) fails
    this document only, recorded with a one-line reason, and the run goes on. An id clash in a
    table without a declared key is named by the key checks after the load."""
    try:
        _replace_rows(con, result, version)
    except Exception as error:  # the per-document guard: never the run
        refused = isinstance(error, (duckdb.ConstraintException, KeyConflict))
        what = "the warehouse refused its rows" if refused else f"its rows could not be written ({type(error).__name__})"
        reason = f"internal error: {what}: {' '.join(str(error).split())[:500]}"
        result = DocumentResult(result.candidate, status="failed", error=reason)
        try:
            _replace_rows(con, result, version)
        except Exception as again:  # e.g. a full disk: its earlier rows stay as they were
            result.error = f"{reason}; recording the failure failed too: {' '.join(str(again).split())[:200]}"
    candidate = result.candidate
    return Outcome(candidate.path, candidate.sha256, result.status, result.error)


def _replace_rows(con: duckdb.DuckDBPyConnection, result: DocumentResult, version: str) -> None:
    """Delete the document's pages and facts and write its rows, in one transaction. Its pages and
    facts are appended, not upserted: none of its rows is left and their ids carry its id."""
    candidate = result.candidate
    document = _document_record(candidate, version, result.status, result.error, result.parsed, result.extraction)
    pages = page_records(result.parsed) if result.parsed else []
    if len({page.id for page in pages}) < len(pages):  # pages declares no key: see TableRecord.key_enforced
        raise KeyConflict(f"document {candidate.sha256} repeats a page index")
    grouped: dict[type[TracedRecord], list[TracedRecord]] = {}
    for row in result.rows:
        grouped.setdefault(type(row), []).append(row)
    facts = {model: store.last_per_key(rows) for model, rows in grouped.items()}
    found = []
    if document.status == "loaded":
        found = result.search_units
        if found is None:
            found = _search_units(candidate.sha256, document.title, pages, result.rows)
    with store.transaction(con):
        store.delete_document_rows(con, candidate.sha256)
        store.insert_records(con, [document])
        store.append_records(con, pages)
        for model in FACT_TABLES:
            store.append_records(con, facts.get(model, []))
        store.insert_records(con, [_file_record(candidate)])
        search_index.index_document(con, found)


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
        run = IngestRunRecord(
            run_id=summary.run_id, started_at=store.utcnow(), finished_at=None, runner=runner,
            pipeline_version=version, n_loaded=0, n_skipped=0, n_failed=0, n_unsupported=0,
        )
        store.insert_records(con, [run])
        files, missing = discover(paths)
        own = Path(warehouse).resolve()
        # The warehouse itself, its log and its snapshot files, when they sit under an ingested folder.
        files = [f for f in files if not str(f).startswith(str(own))]
        todo, skipped, not_parsed = plan(con, files, version, retry_failed or ocr, verify)
        if ocr:
            todo = [replace(candidate, ocr=True) for candidate in todo]
        for outcome in missing + skipped + not_parsed:
            summary.outcomes.append(outcome)
            notify(outcome)
        if stream is not None:
            results = stream(todo)
        else:
            results = (result for batch in batched(todo, batch_size) for result in process(batch))
        for result in results:
            outcome = load_result(con, result, version)
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
        _refresh(con, summary, changed=bool(todo))
        snapshot.copy_for_readers(con, warehouse)
    finally:
        con.close()
    snapshot.record_published(warehouse)
    return summary


def _refresh(con: duckdb.DuckDBPyConnection, summary: IngestSummary, changed: bool) -> None:
    """After the loads (which wrote the search index with each document): rebuild the derived
    tables and run the data checks, each only when this run ``changed`` documents or the step is
    not current (``needs_refresh``: documents loaded since it last ran, by a run killed before it,
    or one of its input files edited). Skipped checks report the failures recorded when they last ran."""
    rebuilt = changed or derive.needs_refresh(con)
    checked = rebuilt or not store.is_current(con, "data_checks", store.check_inputs())
    if checked:
        store.checkpoint(con)  # the loads' rows, held in memory until then, leave room for the rebuild
        if rebuilt:
            derive.refresh(con, run_id=summary.run_id)
        with store.whole_warehouse_reads(con) as writer_limit:
            store.record_checks(con, store.run_checks(con, retry_limit=writer_limit), summary.run_id)
    summary.check_failures, checked_at = store.recorded_check_failures(con)
    summary.checks_from = None if checked else checked_at


def _run_document(run_id: str, outcome: Outcome) -> RunDocumentRecord:
    return RunDocumentRecord(
        run_id=run_id, path=outcome.path, document_id=outcome.document_id,
        outcome=outcome.outcome, reason=outcome.reason,
    )
