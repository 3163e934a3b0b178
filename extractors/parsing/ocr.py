"""OCR's pure half: a PDF's pages as greyscale images, and the document made of the text that
``tesseract`` read from them (``pipeline.ocr`` runs the program). OCR text can misread figures, so
the document carries a warning saying so.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium

from extractors.errors import NoTextLayer
from extractors.parsing.page_numbers import printed_page_number
from extractors.parsing.parse_text import normalise_newlines
from schemas.parsed import ParsedDocument

VERSION = "2"
DPI = 300


def _pgm(page: pdfium.PdfPage) -> bytes:
    bitmap = page.render(scale=DPI / 72, grayscale=True)
    try:
        pixels = bitmap.to_numpy()
        height, width = pixels.shape[:2]
        return f"P5\n{width} {height}\n255\n".encode() + pixels.reshape(height, width).tobytes()
    finally:
        bitmap.close()


def page_images(data: bytes) -> Iterator[bytes]:
    """Each page rendered by PDFium at ``DPI`` as a PGM image, one at a time (~9 MB an A4 page)."""
    pdf = pdfium.PdfDocument(data)
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                image = _pgm(page)
            finally:
                page.close()
            yield image
    finally:
        pdf.close()


def page_text(output: str) -> str:
    """One page's text from tesseract's output (its form feeds and trailing blank lines dropped)."""
    return normalise_newlines(output).replace("\f", "").rstrip() + "\n"


def ocr_document(path: Path, texts: list[str], sha256: str, version: str) -> ParsedDocument:
    """The document of the pages' OCR texts; raises ``NoTextLayer`` when even OCR found no text."""
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
