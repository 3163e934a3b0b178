"""Typed errors raised while reading a document.

Each carries the document status it leads to and a one-line reason for the
``documents.error`` column. Only the CLI and the flow catch them.
"""

from __future__ import annotations


class PapersError(Exception):
    """Base of every error this project raises on purpose."""


class DocumentError(PapersError):
    """A document could not be turned into pages; the run records it and goes on."""

    status = "failed"

    def __init__(self, reason: str):
        super().__init__(" ".join(reason.split()))

    @property
    def reason(self) -> str:
        return str(self)


class UnreadableFile(DocumentError):
    """The file vanished or cannot be read (permissions, I/O error)."""


class EmptyFile(DocumentError):
    """The file has no bytes."""


class NotAPdf(DocumentError):
    """A ``.pdf`` whose bytes are something else (often an HTML error page)."""


class CorruptPdf(DocumentError):
    """PDFium cannot open the file: truncated, broken xref, not really a PDF."""


class EncryptedPdf(DocumentError):
    """The PDF needs a password to open."""


class NoTextLayer(DocumentError):
    """The PDF opened but no page has text: a scan that needs OCR."""

    status = "needs_ocr"


class UndecodableText(DocumentError):
    """A text or HTML file that is neither UTF-8 nor Windows-1252."""


class UnsupportedFormat(DocumentError):
    """A file type the pipeline does not read; reported and skipped."""

    status = "unsupported"


class EmptyDocument(DocumentError):
    """The file parsed but holds no text at all (e.g. an empty HTML page)."""


class CorruptDocx(DocumentError):
    """A .docx that is not a Word file, or whose ZIP or XML is damaged or truncated."""


class RefusedDocx(DocumentError):
    """A .docx refused before reading: its declared sizes, compression or DTD are those of a bomb."""
