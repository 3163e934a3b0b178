"""Load: the single writer. Records what planning decided, then each processed document in
its own transaction."""

from __future__ import annotations

from pathlib import Path

import duckdb

from extractors.registry import fact_tables
from pipeline import search_index, store
from pipeline.errors import KeyConflict
from pipeline.ingest.outcomes import DocumentResult, Outcome
from pipeline.ingest.planning import Plan
from pipeline.ingest.records import document_record, file_record, page_records, search_units
from schemas.records import TracedRecord


def register(con: duckdb.DuckDBPyConnection, plan: Plan, version: str) -> None:
    """Record the plan before anything is parsed: each unsupported file as a document of that
    status (in its own transaction, replacing what its bytes had), then the ``files`` rows of the
    skipped files (their size, mtime and when they were last seen)."""
    for candidate in plan.unsupported:
        suffix = Path(candidate.path).suffix or "(none)"
        record = document_record(candidate, version, status="unsupported", error=f"unsupported file type {suffix!r}")
        with store.transaction(con):
            store.delete_document_rows(con, candidate.sha256)
            store.insert_records(con, [record])
            store.insert_records(con, [file_record(candidate)])
    store.insert_records(con, [file_record(c) for c in plan.touched])


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
    document = document_record(candidate, version, result.status, result.error, result.parsed, result.extraction)
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
            found = search_units(candidate.sha256, document.title, pages, result.rows)
    with store.transaction(con):
        store.delete_document_rows(con, candidate.sha256)
        store.insert_records(con, [document])
        store.append_records(con, pages)
        for model in fact_tables():
            store.append_records(con, facts.get(model, []))
        store.insert_records(con, [file_record(candidate)])
        search_index.index_document(con, found)
