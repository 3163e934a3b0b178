"""Load: the single writer. Records what planning decided, then the processed documents, many
to a transaction (group commit): a batch's rows go in with one statement a table."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Iterator, Sequence

import duckdb

from pipeline.registered import fact_tables
from pipeline import search_index, store
from pipeline.errors import KeyConflict
from pipeline.ingest.batches import Budget, batches
from pipeline.ingest.outcomes import DocumentResult, Outcome
from pipeline.ingest.planning import Plan, unsupported_reason
from pipeline.ingest.records import document_record, file_record, page_records, search_units
from schemas.records import DocumentRow, PageRow, TracedRow


def register(con: duckdb.DuckDBPyConnection, plan: Plan, version: str) -> None:
    """Record the plan before anything is parsed: each unsupported file as a document of that
    status (in its own transaction), then the ``files`` rows of the skipped files (their size,
    mtime and when they were last seen). Bytes that a supported file carries (parsed before, or
    to be parsed in this run) keep their document: the unsupported file only gets its ``files``
    row, so a renamed copy (``report.pdf.bak``) never wipes the facts of ``report.pdf``."""
    parsing = {candidate.sha256 for candidate in plan.todo}
    for candidate in plan.unsupported:
        record = document_record(candidate, version, status="unsupported", error=unsupported_reason(candidate.path))
        with store.transaction(con):
            if candidate.sha256 not in parsing and not _parsed_before(con, candidate.sha256):
                store.delete_documents_rows(con, [candidate.sha256])
                store.insert_records(con, [record])
            store.insert_records(con, [file_record(candidate)])
    store.insert_records(con, [file_record(c) for c in plan.touched])


def _parsed_before(con: duckdb.DuckDBPyConnection, document_id: str) -> bool:
    found = con.execute("SELECT status FROM documents WHERE id = ?", [document_id]).fetchall()
    return bool(found) and found[0][0] != "unsupported"


def load_results(
    con: duckdb.DuckDBPyConnection, results: Iterable[DocumentResult], version: str, budget: Budget = Budget()
) -> Iterator[Outcome]:
    """Load results as they come, in batches (``batches``: a budget of documents and pages, and a
    flush whenever the results pause), each batch in one transaction (``load_batch``); the
    outcomes in the order of the results, each batch's once it is committed.

    DuckDB runs one thread meanwhile: a batch's statements are small, and a second thread cost
    more CPU than it saved (samples x40, writer CPU 0.24-0.41 -> 0.15 ms a page) while the
    workers need the cores. The setting is restored after the last batch."""
    threads = con.execute("SELECT current_setting('threads')").fetchall()[0][0]
    con.execute("SET threads = 1")
    try:
        for batch in batches(results, budget):
            yield from load_batch(con, batch, version)
    finally:
        con.execute(f"SET threads = {int(threads)}")


def load_batch(con: duckdb.DuckDBPyConnection, results: Sequence[DocumentResult], version: str) -> list[Outcome]:
    """Replace the rows of these documents in one transaction.

    Each document's rows are built and checked first (``_rows``); one that fails there is loaded
    alone (``load_result``, which fails it with its reason). When the batch's statements fail,
    the transaction rolls back and each document is loaded alone: only the bad one fails."""
    if len(results) == 1:
        return [load_result(con, results[0], version)]
    ready: dict[int, _Rows] = {}
    seen: set[str] = set()
    for position, result in enumerate(results):
        if result.candidate.sha256 in seen:
            continue  # the same document twice: the second replaces the first, alone
        try:
            ready[position] = _rows(result, version)
        except Exception:  # loaded alone below, where it fails with its reason
            continue
        seen.add(result.candidate.sha256)
    try:
        _write(con, list(ready.values()))
    except Exception:  # rolled back: every document alone, so only a bad one fails
        ready = {}
    return [
        _outcome(result) if position in ready else load_result(con, result, version)
        for position, result in enumerate(results)
    ]


def load_result(con: duckdb.DuckDBPyConnection, result: DocumentResult, version: str) -> Outcome:
    """Replace the document's rows in one transaction: all of it lands, or none.

    Whatever fails between the parse and the commit (building a row, converting a value, a row
    the warehouse refuses: a broken constraint, a declared key another document holds) fails
    this document only, recorded with a one-line reason, and the run goes on. An id clash in a
    table without a declared key is named by the key checks after the load."""
    try:
        _write(con, [_rows(result, version)])
    except Exception as error:  # the per-document guard: never the run
        refused = isinstance(error, (duckdb.ConstraintException, KeyConflict))
        what = "the warehouse refused its rows" if refused else f"its rows could not be written ({type(error).__name__})"
        reason = f"internal error: {what}: {' '.join(str(error).split())[:500]}"
        result = DocumentResult(result.candidate, status="failed", error=reason)
        try:
            _write(con, [_rows(result, version)])
        except Exception as again:  # e.g. a full disk: its earlier rows stay as they were
            result.error = f"{reason}; recording the failure failed too: {' '.join(str(again).split())[:200]}"
    return _outcome(result)


def _outcome(result: DocumentResult) -> Outcome:
    return Outcome(result.candidate.path, result.candidate.sha256, result.status, result.error)


@dataclass
class _Rows:
    """One document's rows, built and checked, ready to write."""

    result: DocumentResult
    document: DocumentRow
    pages: list[PageRow]
    facts: dict[type[TracedRow], list[TracedRow]] = field(default_factory=dict)
    found: list[dict] = field(default_factory=list)


def _rows(result: DocumentResult, version: str) -> _Rows:
    """The document's rows. Its pages and facts are appended, not upserted (``_write`` deletes its
    old ones first), so a key it repeats is refused here: pages and search units declare none."""
    candidate = result.candidate
    document = document_record(candidate, version, result.status, result.error, result.parsed, result.extraction)
    pages = page_records(result.parsed) if result.parsed else []
    if len({page.id for page in pages}) < len(pages):  # pages declares no key: see TableRow.key_enforced
        raise KeyConflict(f"document {candidate.sha256} repeats a page index")
    grouped: dict[type[TracedRow], list[TracedRow]] = {}
    for row in result.rows:
        grouped.setdefault(type(row), []).append(row)
    facts = {model: store.last_per_key(rows) for model, rows in grouped.items()}
    found = []
    if document.status == "loaded":
        found = result.search_units
        if found is None:
            found = search_units(candidate.sha256, document.title, pages, result.rows)
        if found:
            search_index.check_units(found)
    return _Rows(result, document, pages, facts, found)


def _write(con: duckdb.DuckDBPyConnection, batch: Sequence[_Rows]) -> None:
    """Delete the documents' old pages, facts and search units and write their rows, one
    statement a table, in one transaction."""
    if not batch:
        return
    with store.transaction(con):
        store.delete_documents_rows(con, [rows.document.id for rows in batch])
        store.insert_records(con, [rows.document for rows in batch])
        store.append_records(con, [page for rows in batch for page in rows.pages])
        for model in fact_tables():
            store.append_records(con, [row for rows in batch for row in rows.facts.get(model, [])])
        store.insert_records(con, [file_record(rows.result.candidate) for rows in batch])
        search_index.index_documents(con, [rows.found for rows in batch])
