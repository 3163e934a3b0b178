"""From a file on disk to a ``ParsedDocument``: the reading and hashing around the pure parsers of
``extractors.parsing.parse``, and the OCR fallback (``pipeline.ocr``) for a PDF without a text layer."""

from __future__ import annotations

import hashlib
from pathlib import Path

from extractors.errors import NoTextLayer, UnreadableFile
from extractors.parsing.parse import parse_bytes, parser_for
from schemas.parsed import ParsedDocument


def sha256_file(path: Path, chunk_size: int = 1 << 20) -> str:
    """SHA-256 of a file, read in chunks so a large pack never sits in memory twice."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(chunk_size):
            digest.update(chunk)
    return digest.hexdigest()


def parse_file(path: str | Path, ocr: bool = False) -> ParsedDocument:
    """Read and parse one file; raises a ``DocumentError`` subclass with a one-line reason.

    An unsupported extension fails before the file is read. With ``ocr``, a PDF without a text
    layer is read by OCR instead of failing as needs_ocr.
    """
    path = Path(path)
    parser_for(path)
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
        from pipeline.ocr import ocr_pdf

        return ocr_pdf(path, data, hashlib.sha256(data).hexdigest())
