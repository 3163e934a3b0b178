"""One entry point from a file on disk to a ``ParsedDocument``, chosen by extension."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Callable

from extractors.errors import EmptyFile, NoTextLayer, UnreadableFile, UnsupportedFormat
from schemas.parsed import ParsedDocument

Parser = Callable[[Path, bytes, str], ParsedDocument]
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
PDF_SUFFIXES = frozenset({".pdf"})
DOCX_SUFFIXES = frozenset({".docx"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES | DOCX_SUFFIXES


def sha256_file(path: Path, chunk_size: int = 1 << 20) -> str:
    """SHA-256 of a file, read in chunks so a large pack never sits in memory twice."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(chunk_size):
            digest.update(chunk)
    return digest.hexdigest()


def _parser_for(path: Path) -> Parser:
    suffix = path.suffix.lower()
    if suffix in PDF_SUFFIXES:
        from extractors.parse_pdf import parse_pdf

        return parse_pdf
    if suffix in HTML_SUFFIXES:
        from extractors.parse_html import parse_html

        return parse_html
    if suffix in TEXT_SUFFIXES:
        from extractors.parse_text import parse_text

        return parse_text
    if suffix in DOCX_SUFFIXES:
        from extractors.parse_docx import parse_docx

        return parse_docx
    raise UnsupportedFormat(f"unsupported file type {suffix or '(no extension)'!r}")


def parse_bytes(path: Path, data: bytes) -> ParsedDocument:
    """Parse ``data`` as the file at ``path``: the name picks the parser, except that bytes
    starting with a PDF header are read as a PDF whatever the name (with a warning)."""
    parser = _parser_for(path)
    if not data:
        raise EmptyFile("empty file (0 bytes)")
    sha256 = hashlib.sha256(data).hexdigest()
    if path.suffix.lower() not in PDF_SUFFIXES and data.lstrip()[:5] == b"%PDF-":
        from extractors.parse_pdf import parse_pdf

        document = parse_pdf(path, data, sha256)
        document.warnings.append(f"named {path.suffix or '(no extension)'} but the bytes are a PDF; read as a PDF")
        return document
    return parser(path, data, sha256)


def parse_file(path: str | Path, ocr: bool = False) -> ParsedDocument:
    """Read and parse one file; raises a ``DocumentError`` subclass with a one-line reason.

    With ``ocr``, a PDF without a text layer is read by OCR instead of failing as needs_ocr.
    """
    path = Path(path)
    _parser_for(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UnreadableFile("the file disappeared before it could be read") from None
    except OSError as error:
        raise UnreadableFile(f"cannot read the file: {error.strerror or error}") from None
    try:
        return parse_bytes(path, data)
    except NoTextLayer:
        if not ocr:
            raise
        from extractors.ocr import ocr_pdf

        return ocr_pdf(path, data, hashlib.sha256(data).hexdigest())
