"""Where a fact came from: enough to reopen the page and highlight the span."""

from __future__ import annotations

from pydantic import BaseModel, Field


class Provenance(BaseModel):
    """A span of one document's text and the extractor that read it."""

    document_sha256: str = Field(description="SHA-256 of the source file's bytes.")
    page_index: int = Field(description="0-based page index in the file.")
    printed_page: int | None = Field(default=None, description="Page number printed on that page, if any.")
    start: int = Field(description="Start offset of the span in the document text (pages joined by \\f).")
    end: int = Field(description="End offset (exclusive) of the span in the document text.")
    text: str = Field(description="The span's text as printed.")
    extractor: str = Field(description="Name of the extractor that produced the fact.")
    extractor_version: str = Field(description="Version of that extractor's rules.")
