"""OCR is opt-in: an image-only page is needs_ocr without it, and read by tesseract with it."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from badinputs import text_pdf
from extractors.errors import NoTextLayer
from pipeline.read import parse_file

pytestmark = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="tesseract is not installed: `make deps-system` installs tesseract-ocr"
)


def scanned_pdf(path: Path, lines: list[str]) -> Path:
    """A 'scan': a text page rendered to an image, and only the image placed on a new page."""
    source = text_pdf(path.with_suffix(".src.pdf"), ["\n".join(lines)])
    page = pdfium.PdfDocument(source)[0]
    image = page.render(scale=200 / 72).to_pil()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 0, 0, width=A4[0], height=A4[1])
    pdf.showPage()
    pdf.save()
    return path


def test_image_only_page_is_read_by_ocr_only_when_asked(tmp_path: Path):
    scan = scanned_pdf(tmp_path / "scan.pdf", ["NOTES of a meeting of the Licensing Committee", "Apologies were received"])
    with pytest.raises(NoTextLayer):
        parse_file(scan)
    document = parse_file(scan, ocr=True)
    assert "Licensing Committee" in document.text and "Apologies" in document.text
    assert document.parser.startswith("tesseract") and "OCR" in document.parser
    assert document.warnings and "figures may be misread" in document.warnings[0]
    assert [p.printed_number for p in document.pages] == [1]


def test_a_blank_scan_stays_needs_ocr(tmp_path: Path):
    blank = tmp_path / "blank.pdf"
    pdf = canvas.Canvas(str(blank), pagesize=A4, invariant=1)
    pdf.rect(100, 100, 50, 50, fill=1)
    pdf.showPage()
    pdf.save()
    with pytest.raises(NoTextLayer, match="OCR found no text"):
        parse_file(blank, ocr=True)


def test_ingest_with_ocr_reads_a_document_that_needed_it(tmp_path: Path):
    from pipeline.ingest import run_ingest

    raw = tmp_path / "raw"
    raw.mkdir()
    scanned_pdf(raw / "scan.pdf", ["MINUTES of a meeting of the Cabinet", "Present: Councillor A Bee (Chairman)"])
    (raw / "scan.src.pdf").unlink()
    warehouse = tmp_path / "w.duckdb"
    assert [o.outcome for o in run_ingest([raw], warehouse).outcomes] == ["needs_ocr"]
    assert [o.outcome for o in run_ingest([raw], warehouse).outcomes] == ["skipped"]
    assert [o.outcome for o in run_ingest([raw], warehouse, ocr=True).outcomes] == ["loaded"]
