"""Text for image-only PDFs, from Debian's tesseract (opt-in: `papers ingest --ocr`).

Each page is rendered by PDFium to a greyscale image and read by the
``tesseract`` program, run with an argument list (no shell) and one thread
(2-3.5 s a page here, against 4-9.5 s with its default threading). OCR text can
misread figures, so the document carries a warning saying so.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pypdfium2 as pdfium

from extractors.errors import DocumentError, NoTextLayer
from extractors.page_numbers import printed_page_number
from extractors.parse_text import normalise_newlines
from schemas.parsed import ParsedDocument

VERSION = "1"
DPI = 300
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


def _write_pgm(page: pdfium.PdfPage, target: Path) -> None:
    bitmap = page.render(scale=DPI / 72, grayscale=True)
    try:
        pixels = bitmap.to_numpy()
        height, width = pixels.shape[:2]
        target.write_bytes(f"P5\n{width} {height}\n255\n".encode() + pixels.reshape(height, width).tobytes())
    finally:
        bitmap.close()


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
    return normalise_newlines(done.stdout).replace("\f", "").rstrip() + "\n"


def ocr_pdf(path: Path, data: bytes, sha256: str) -> ParsedDocument:
    """The PDF's pages read by OCR; raises ``NoTextLayer`` when even OCR finds no text."""
    version = tesseract_version()
    program = shutil.which("tesseract") or "tesseract"
    pdf = pdfium.PdfDocument(data)
    texts = []
    try:
        with tempfile.TemporaryDirectory(prefix="papers-ocr-") as folder:
            for index in range(len(pdf)):
                page = pdf[index]
                try:
                    image = Path(folder) / f"page-{index}.pgm"
                    _write_pgm(page, image)
                finally:
                    page.close()
                texts.append(_read(image, program))
                image.unlink()
    finally:
        pdf.close()
    if not any(text.strip() for text in texts):
        raise NoTextLayer(f"no text layer, and OCR found no text on its {len(texts)} pages")
    return ParsedDocument.from_page_texts(
        texts,
        printed_numbers=[printed_page_number(t) for t in texts],
        sha256=sha256,
        path=str(path),
        format="pdf",
        parser=f"{version} (OCR, {DPI} dpi)",
        warnings=[f"text from OCR ({version}, {DPI} dpi): figures may be misread; check them against the page"],
    )
