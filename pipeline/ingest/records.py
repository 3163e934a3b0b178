"""The warehouse rows an ingest writes for a document besides its facts: its ``documents`` row,
its pages, its ``files`` row and its search units."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from extractors.parsing.parse import DOCX_SUFFIXES, HTML_SUFFIXES, PDF_SUFFIXES, TEXT_SUFFIXES
from pipeline import search_index, store
from pipeline.ingest.outcomes import Candidate
from schemas.extraction import DocumentExtraction
from schemas.parsed import ParsedDocument
from schemas.records import (
    AgendaItemRow,
    DocumentRow,
    DocumentStatus,
    FileRow,
    PageRow,
    PaperRow,
    TracedRow,
)


def file_record(candidate: Candidate) -> FileRow:
    return FileRow(
        path=candidate.path,
        document_id=candidate.sha256,
        size_bytes=candidate.size_bytes,
        mtime_ns=candidate.mtime_ns,
        last_seen_at=store.utcnow(),
    )


def document_record(
    candidate: Candidate,
    version: str,
    status: DocumentStatus,
    error: str | None = None,
    parsed: ParsedDocument | None = None,
    extraction: DocumentExtraction | None = None,
) -> DocumentRow:
    return DocumentRow(
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


def page_records(parsed: ParsedDocument) -> list[PageRow]:
    return [
        PageRow(
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


def search_units(
    document_id: str, title: str | None, pages: list[PageRow], rows: Sequence[TracedRow], count: bool = True
) -> list[dict]:
    """``search_index.units`` of a document, from its page records and its fact rows (the ones kept)."""
    papers = store.last_per_key([row for row in rows if isinstance(row, PaperRow)])
    agenda_items = store.last_per_key([row for row in rows if isinstance(row, AgendaItemRow)])
    return search_index.units(document_id, title, pages, papers, agenda_items, count)
