"""Text for image-only PDFs, from Debian's tesseract (opt-in: `papers ingest --ocr`).

Each page image (``extractors.parsing.ocr.page_images``) is written to a temporary file and read by the
``tesseract`` program, run with an argument list (no shell) and one thread (2-3.5 s a page here,
against 4-9.5 s with its default threading).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from contextlib import closing
from pathlib import Path

from extractors.errors import DocumentError
from extractors.parsing.ocr import ocr_document, page_images, page_text
from schemas.parsed import ParsedDocument

PAGE_TIMEOUT = 120


class OcrUnavailable(DocumentError):
    """--ocr was asked for but the tesseract program is not installed."""

    status = "needs_ocr"


def tesseract_version() -> str:
    program = shutil.which("tesseract")
    if program is None:
        raise OcrUnavailable("needs OCR, but tesseract is not installed (apt-get install tesseract-ocr)")
    first = subprocess.run([program, "--version"], capture_output=True, text=True, timeout=30).stdout.splitlines()
    return first[0].strip() if first else "tesseract"


def _read(image: Path, program: str) -> str:
    environment = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run(
            [program, str(image), "stdout", "-l", "eng"],
            capture_output=True, text=True, timeout=PAGE_TIMEOUT, env=environment,
        )
    except subprocess.TimeoutExpired:
        raise DocumentError(f"OCR of a page took over {PAGE_TIMEOUT} s") from None
    if done.returncode != 0:
        raise DocumentError(f"tesseract failed: {done.stderr.strip().splitlines()[-1] if done.stderr.strip() else done.returncode}")
    return page_text(done.stdout)


def ocr_pdf(path: Path, data: bytes, sha256: str) -> ParsedDocument:
    """The PDF's pages read by OCR; raises ``NoTextLayer`` when even OCR finds no text."""
    version = tesseract_version()
    program = shutil.which("tesseract") or "tesseract"
    texts = []
    with tempfile.TemporaryDirectory(prefix="papers-ocr-") as folder, closing(page_images(data)) as images:
        for index, pixels in enumerate(images):
            image = Path(folder) / f"page-{index}.pgm"
            image.write_bytes(pixels)
            texts.append(_read(image, program))
            image.unlink()
    return ocr_document(path, texts, sha256, version)
