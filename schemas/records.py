"""Rows of the warehouse tables, one pydantic model per table.

The DuckDB DDL is generated from these models (``schemas.ddl``); a test holds the
committed migrations equal to them, so a column is declared in one place only.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

from schemas.facts import DocumentKind
from schemas.parsed import InputFormat

DocumentStatus = Literal["loaded", "failed", "needs_ocr", "unsupported"]
RunOutcome = Literal["loaded", "skipped", "failed", "needs_ocr", "unsupported"]


class TableRecord(BaseModel):
    """A row of a warehouse table; subclasses name the table and its key."""

    model_config = ConfigDict(extra="forbid")
    table: ClassVar[str]
    primary_key: ClassVar[tuple[str, ...]]


class DocumentRecord(TableRecord):
    table = "documents"
    primary_key = ("id",)

    id: str = Field(description="Document id: the SHA-256 of its bytes (same bytes, same document).")
    sha256: str = Field(description="SHA-256 of the file's bytes, hex.")
    path: str = Field(description="Path the document was last ingested from.")
    format: InputFormat | None = Field(description="Parser family: pdf, html or text; null when unsupported.")
    kind: DocumentKind | None = Field(description="What the document is; null when unknown or not parsed.")
    title: str | None = Field(description="Title from the file's metadata, if any.")
    size_bytes: int = Field(description="File size in bytes.")
    n_pages: int | None = Field(description="Number of pages parsed; null when parsing failed.")
    n_chars: int | None = Field(description="Length of the document text.")
    status: DocumentStatus = Field(description="loaded, failed, needs_ocr (no text layer) or unsupported.")
    error: str | None = Field(description="One-line reason when status is not loaded.")
    warnings: list[str] = Field(description="What the parser noticed and did not hide.")
    parser: str | None = Field(description="Parser name and version.")
    pipeline_version: str = Field(description="Pipeline version that produced these rows.")
    ingested_at: dt.datetime = Field(description="When these rows were written (UTC).")


class PageRecord(TableRecord):
    table = "pages"
    primary_key = ("id",)

    id: str = Field(description="Page id: document id and page index.")
    document_id: str = Field(description="The document the page belongs to.")
    page_index: int = Field(description="0-based page index in the file.")
    printed_number: int | None = Field(description="Page number printed in the footer, if any.")
    char_start: int = Field(description="Offset of the page in the document text.")
    char_end: int = Field(description="End offset of the page in the document text.")
    has_text: bool = Field(description="Whether the page has any text layer.")
    text: str = Field(description="Page text, line ends normalised to \\n.")
    tables: list[list[list[str | None]]] = Field(description="Ruled tables on the page (rows of cells).")


class FileRecord(TableRecord):
    """A path seen in an input folder; several paths may hold the same document."""

    table = "files"
    primary_key = ("path",)

    path: str = Field(description="Absolute path of the file.")
    document_id: str = Field(description="Document whose bytes the file held when last seen.")
    size_bytes: int = Field(description="File size when last seen.")
    mtime_ns: int = Field(description="Modification time (ns) when last seen.")
    last_seen_at: dt.datetime = Field(description="When an ingest last saw the file (UTC).")


class IngestRunRecord(TableRecord):
    table = "ingest_runs"
    primary_key = ("run_id",)

    run_id: str = Field(description="Unique id of the run.")
    started_at: dt.datetime = Field(description="When the run started (UTC).")
    finished_at: dt.datetime | None = Field(description="When it finished; null while running or if killed.")
    runner: str = Field(description="How documents were processed: prefect or local.")
    pipeline_version: str = Field(description="Pipeline version of the run.")
    n_loaded: int = Field(description="Documents parsed and loaded.")
    n_skipped: int = Field(description="Documents skipped as unchanged.")
    n_failed: int = Field(description="Documents that failed (including needs_ocr).")
    n_unsupported: int = Field(description="Files of an unsupported type.")


class RunDocumentRecord(TableRecord):
    """What one run did with one file: the answer to 'what happened to my PDF?'."""

    table = "run_documents"
    primary_key = ("run_id", "path")

    run_id: str = Field(description="The run.")
    path: str = Field(description="Absolute path of the file.")
    document_id: str | None = Field(description="Document id (SHA-256); null when the file could not be read.")
    outcome: RunOutcome = Field(description="loaded, skipped, failed, needs_ocr or unsupported.")
    reason: str | None = Field(description="Why it was skipped or failed, one line.")


TABLES: tuple[type[TableRecord], ...] = (
    DocumentRecord,
    PageRecord,
    FileRecord,
    IngestRunRecord,
    RunDocumentRecord,
)
