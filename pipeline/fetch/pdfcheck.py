"""Is a downloaded file a PDF? The header, the trailer, and PDFium when the trailer is missing.

A PDF starts with ``%PDF-`` within its first 1,024 bytes; only whitespace, a
byte-order mark or other bytes that are not markup may come before it, so an
HTML login page that merely contains ``%PDF-`` is refused. It must also end
with its trailer (``startxref`` or ``%%EOF`` in the last 1,024 bytes), or else
PDFium must open it: a stub cut from the start of a real PDF is refused.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2

from pipeline.fetch.errors import WrongContent

HEAD_BYTES = 1024
TAIL_BYTES = 1024
_MAGIC = b"%PDF-"
_HTML_STARTS = (b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body")


def check_pdf(head: bytes, tail: bytes, path: Path, status: int | None = None) -> None:
    """Raise WrongContent unless the file at ``path``, whose first and last bytes are given, is a PDF."""
    if not head:
        raise WrongContent("empty body", status)
    start = head[:HEAD_BYTES].find(_MAGIC)
    if start < 0 or start + len(_MAGIC) > HEAD_BYTES:
        if head.lstrip(b"\xef\xbb\xbf \t\r\n").lower().startswith(_HTML_STARTS):
            raise WrongContent("the server sent an HTML page in place of a PDF: an error or login page?", status)
        raise WrongContent("the bytes are not a PDF (no %PDF- header in the first 1,024 bytes)", status)
    if b"<" in head[:start]:
        raise WrongContent("markup before %PDF-: an HTML page holding a PDF signature, not a PDF", status)
    if b"startxref" in tail or b"%%EOF" in tail:
        return
    if not pdfium_opens(path):
        raise WrongContent("no startxref/%%EOF trailer and PDFium cannot open it: a cut or fake PDF", status)


def pdfium_opens(path: Path) -> bool:
    """PDFium opens the file and finds at least one page."""
    try:
        document = pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError:
        return False
    try:
        return len(document) > 0
    finally:
        document.close()
