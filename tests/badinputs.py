"""Generators of the bad inputs every ingest must survive, each with the outcome expected.

They are made at test time (reportlab is a dev dependency) so the repository
holds no binary junk, and each test names exactly what it feeds the pipeline.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


def text_pdf(path: Path, pages: list[str], encrypt: str | None = None) -> Path:
    """A PDF with one text line per given page and a "Page N" footer."""
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1, encrypt=encrypt)
    for number, text in enumerate(pages, start=1):
        pdf.setFont("Helvetica", 11)
        for line_no, line in enumerate(text.splitlines()):
            pdf.drawString(72, 760 - 16 * line_no, line)
        pdf.drawCentredString(A4[0] / 2, 30, f"Page {number}")
        pdf.showPage()
    pdf.save()
    return path


def image_only_pdf(path: Path) -> Path:
    """A 'scan': drawn shapes and no text layer at all."""
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for _ in range(2):
        pdf.rect(72, 400, 300, 200, fill=1)
        pdf.showPage()
    pdf.save()
    return path


@dataclass(frozen=True)
class BadInput:
    name: str
    make: Callable[[Path], Path]
    status: str  # the documents.status it must end with
    reason: str  # a fragment of the one-line reason


def _write(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return make


def _truncated(folder: Path) -> Path:
    whole = text_pdf(folder / "whole.tmp", ["Kent Community Safety Partnership", "Second page"])
    path = folder / "truncated.pdf"
    data = whole.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    whole.unlink()
    return path


BAD_INPUTS = (
    BadInput("zero-byte", _write("empty.pdf", b""), "failed", "empty file"),
    BadInput(
        "html-named-pdf",
        _write("agenda.pdf", b"<!DOCTYPE html><html><body><h1>404 Not Found</h1></body></html>"),
        "failed",
        "not a PDF: the file is an HTML page",
    ),
    BadInput("truncated-pdf", _truncated, "failed", "damaged or truncated PDF"),
    BadInput(
        "encrypted-pdf",
        lambda folder: text_pdf(folder / "locked.pdf", ["Restricted item"], encrypt="s3cret"),
        "failed",
        "encrypted PDF",
    ),
    BadInput("image-only-pdf", lambda folder: image_only_pdf(folder / "scan.pdf"), "needs_ocr", "needs OCR"),
    BadInput(
        "non-utf8-text",
        _write("minutes.txt", b"Grant \xa339,661 \x81\xff end"),
        "failed",
        "not valid UTF-8",
    ),
    BadInput("unsupported-extension", _write("budget.xlsx", b"PK\x03\x04 not really"), "unsupported", "unsupported file type '.xlsx'"),
)
