"""From a file's name and bytes to a ``ParsedDocument``, the parser chosen by extension.

Reading the file (and OCR, which runs a program) is ``pipeline.read``'s job: nothing here does I/O.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Callable

from extractors.errors import EmptyFile, UnsupportedFormat
from schemas.parsed import ParsedDocument

Parser = Callable[[Path, bytes, str], ParsedDocument]
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
PDF_SUFFIXES = frozenset({".pdf"})
DOCX_SUFFIXES = frozenset({".docx"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES | DOCX_SUFFIXES


def parser_for(path: Path) -> Parser:
    """The parser for the name's extension; ``UnsupportedFormat`` for any other."""
    suffix = path.suffix.lower()
    if suffix in PDF_SUFFIXES:
        from extractors.parsing.parse_pdf import parse_pdf

        return parse_pdf
    if suffix in HTML_SUFFIXES:
        from extractors.parsing.parse_html import parse_html

        return parse_html
    if suffix in TEXT_SUFFIXES:
        from extractors.parsing.parse_text import parse_text

        return parse_text
    if suffix in DOCX_SUFFIXES:
        from extractors.parsing.parse_docx import parse_docx

        return parse_docx
    raise UnsupportedFormat(f"unsupported file type {suffix or '(no extension)'!r}")


def parse_bytes(path: Path, data: bytes) -> ParsedDocument:
    """Parse ``data`` as the file at ``path``: the name picks the parser, except that bytes
    starting with a PDF header are read as a PDF whatever the name (with a warning)."""
    parser = parser_for(path)
    if not data:
        raise EmptyFile("empty file (0 bytes)")
    sha256 = hashlib.sha256(data).hexdigest()
    if path.suffix.lower() not in PDF_SUFFIXES and data.lstrip()[:5] == b"%PDF-":
        from extractors.parsing.parse_pdf import parse_pdf

        document = parse_pdf(path, data, sha256)
        document.warnings.append(f"named {path.suffix or '(no extension)'} but the bytes are a PDF; read as a PDF")
        return document
    return parser(path, data, sha256)
