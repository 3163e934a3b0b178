"""Generators of the bad inputs every ingest must survive, each with the outcome expected.

They are made at test time (reportlab is a dev dependency) so the repository
holds no binary junk, and each test names exactly what it feeds the pipeline.
"""

from __future__ import annotations

import io
import os
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from docx_helpers import W_NS, docx_bytes, numbered, numbering, p, table, zip_parts


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


def raw_pdf(objects: list[bytes], xref_shift: int = 0) -> bytes:
    """A hand-built PDF of numbered objects (1 is the catalog); ``xref_shift`` breaks the xref."""
    parts, offsets, size = [b"%PDF-1.7\n"], [], 9
    for number, body in enumerate(objects, start=1):
        chunk = f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
        offsets.append(size)
        parts.append(chunk)
        size += len(chunk)
    table = "".join(f"{offset + xref_shift:010d} 00000 n \n" for offset in offsets)
    parts.append(
        f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n{table}"
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{size}\n%%EOF\n".encode()
    )
    return b"".join(parts)


def _stream(data: bytes, compress: bool = False) -> bytes:
    if compress:
        data = zlib.compress(data, 9)
        return f"<< /Length {len(data)} /Filter /FlateDecode >>\nstream\n".encode() + data + b"\nendstream"
    return f"<< /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream"


HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def pages_pdf(pages: int, content: bytes, compress: bool = False, font: bytes = HELVETICA, xref_shift: int = 0) -> bytes:
    """``pages`` pages all drawing one shared content stream (so 10,000 pages stay small)."""
    kids = " ".join(f"{5 + i} 0 R" for i in range(pages))
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode(),
        font,
        _stream(content, compress),
    ] + [page] * pages
    return raw_pdf(objects, xref_shift)


def _text(line: bytes) -> bytes:
    return b"BT /F1 12 Tf 72 720 Td (" + line + b") Tj ET"


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

_DEEP = b"[" * 100_000 + b"]" * 100_000
_SAMPLE_TEXT = "By: A Writer\nTo: The Board - 4 June 2025\nSubject: Update\n\nThe grant of £5,000 was approved.\n"

# The full corpus of issue 8: every entry must end with its status and never stop the run.
CORPUS = BAD_INPUTS + (
    BadInput("docx-named-pdf", _write("report.pdf", b"PK\x03\x04\x14\x00\x06\x00word/document.xml"), "failed", "ZIP container"),
    BadInput("pdf-named-txt", lambda f: text_pdf(f / "minutes.txt", ["NOTES of a meeting", "Page two"]), "loaded", ""),
    BadInput("zero-page-pdf", _write("nopages.pdf", raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"])), "failed", "or one without pages"),
    BadInput("malformed-xref", _write("xref.pdf", pages_pdf(2, _text(b"Minutes of the meeting"), xref_shift=7)), "loaded", ""),
    BadInput("broken-font", _write("font.pdf", pages_pdf(1, _text(b"Report text"), font=b"<< /Type /Font /Subtype /TrueType /BaseFont /Broken /FontDescriptor << /FontFile2 99 0 R >> >>")), "loaded", ""),
    BadInput("deeply-nested-objects", _write("nested.pdf", raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R /Deep " + _DEEP + b" >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        HELVETICA,
        _stream(_text(b"Deep text")),
    ])), "loaded", ""),
    BadInput("decompression-bomb", lambda f: _bomb(f / "bomb.pdf"), "loaded", ""),
    BadInput("ten-thousand-pages", _write("long.pdf", pages_pdf(10_000, _text(b"Agenda item text"))), "loaded", ""),
    BadInput("million-character-page", _write("dense.pdf", pages_pdf(1, b"BT /F1 4 Tf 10 720 Td (" + b"word " * 200_000 + b") Tj ET")), "loaded", ""),
    BadInput("mixed-encoding-text", _write("mixed.txt", "Grant £5,000\n".encode() + b"Cost \xa3200\n"), "loaded", ""),
    BadInput("windows-1252-text", _write("cp1252.txt", b"Grant of \xa339,661 \x96 approved\n"), "loaded", ""),
    BadInput("binary-named-txt", _write("blob.txt", b"\x00\x01\x02binary"), "failed", "binary content"),
    BadInput("white-space-text", _write("blank.md", b"  \n\t\n"), "failed", "only white space"),
    BadInput("empty-html", _write("empty.html", b"<html><head><script>x=1</script></head><body> </body></html>"), "failed", "no visible text"),
    BadInput("giant-line-text", _write("oneline.txt", ("Grant of £12 agreed. " + "words without an end " * 70_000).encode()), "loaded", ""),
    BadInput("control-characters", _write("control.txt", ("Subject: Bell\x07 and\x1b escape\x0b\x0c" + _SAMPLE_TEXT).encode()), "loaded", ""),
    BadInput("html-in-cp1252", _write("page.htm", b"<html><body><main><p>Grant \xa35,000 agreed</p></main></body></html>"), "loaded", ""),
    BadInput("unicode-file-name", _write("café – minutes ✓.txt", _SAMPLE_TEXT.encode()), "loaded", ""),
)


def _bomb(path: Path) -> Path:
    """300 MB of white space in a content stream that compresses to ~300 KB."""
    path.write_bytes(pages_pdf(1, b" " * 300_000_000 + _text(b"bomb"), compress=True))
    return path


def _surrogate_title_pdf(path: Path) -> Path:
    """A PDF whose Info Title is UTF-16 holding a lone surrogate (U+D800), as seen in real files."""
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.setTitle("TITLEPLACEHOLDER")
    pdf.drawString(72, 760, "Minutes of the meeting held on 4 June 2025")
    pdf.showPage()
    pdf.save()
    data = path.read_bytes().replace(b"(TITLEPLACEHOLDER)", b"<FEFFD800004100420043>")
    path.write_bytes(data)
    return path


def pound_lines(size: int) -> bytes:
    """``size`` bytes of listed projects, one '£' amount a line (extraction must stay linear)."""
    lines, total, number = [], 0, 0
    while total < size:
        number += 1
        line = f"- Community project {number} (£{1000 + number * 7 % 90000:,})"
        lines.append(line)
        total += len(line) + 1
    return ("\n".join(lines) + "\n").encode()


def one_amount_pages(count: int) -> bytes:
    """``count`` pages of one '£' amount each (extraction must stay linear)."""
    return "\f".join(f"Update {i}\n\nThe grant of £{1000 + i:,} was agreed for 2024/25.\n" for i in range(count)).encode()


# Issue 16 case 7: 400 KB of listed amounts took 45 s and 5,000 one-amount pages hit the 120 s limit. Their speed is
# asserted as growth (tests/test_linear_time.py doubles each) and measured at these sizes (benchmarks/big_inputs.py);
# the ingest corpus holds a tenth of each, so its 90 s worker timeout, a wall clock, asserts no speed under load.
FULL_AMOUNT_LINES = 400_000
FULL_ONE_AMOUNT_PAGES = 5_000

def _docx_bomb(path: Path) -> Path:
    """A .docx whose word/document.xml is 300 MB of white space in one paragraph (~300 KB zipped)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in _DOCX_PARTS.items():
            package.writestr(name, data)
        with package.open("word/document.xml", "w", force_zip64=True) as handle:
            handle.write(f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>'.encode())
            for _ in range(300):
                handle.write(b" " * 1_000_000)
            handle.write(b"bomb</w:t></w:r></w:p></w:body></w:document>")
    return path


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return {name: package.read(name) for name in package.namelist()}


_WORD_PAPER = docx_bytes(
    p("NOTES of a meeting of the Safer Streets Board held on 4 June 2025")
    + numbered("Apologies") + numbered("Grants") + table([["Project", "Amount"], ["Youth club", "£5,000"]]),
    numbering([("decimal", "%1.", 1)]),
)
_DOCX_PARTS = {name: data for name, data in _parts(_WORD_PAPER).items() if name != "word/document.xml"}
_LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
           b'<w:document xmlns:w="' + W_NS.encode() + b'"><w:body>&b;</w:body></w:document>')

# Issue 21: Word papers, good and hostile.
WORD = (
    BadInput("word-paper", _write("paper.docx", _WORD_PAPER), "loaded", ""),
    BadInput("docx-not-a-zip", _write("notzip.docx", b"Agenda typed as plain words"), "failed", "not a .docx: the file is not a ZIP container"),
    BadInput("truncated-docx", _write("truncated.docx", _WORD_PAPER[: len(_WORD_PAPER) // 2]), "failed", "damaged or truncated .docx"),
    BadInput("docx-without-document-xml", _write("nodoc.docx", zip_parts(_DOCX_PARTS)), "failed", "a ZIP without word/document.xml"),
    BadInput("docx-bomb", lambda f: _docx_bomb(f / "bomb.docx"), "failed", "refused: the .docx would expand to"),
    BadInput("docx-billion-laughs", _write("laughs.docx", zip_parts({**_DOCX_PARTS, "word/document.xml": _LAUGHS})), "failed", "declares a DTD"),
    BadInput("docx-deep-xml", _write("deep.docx", docx_bytes("<w:sdt><w:sdtContent>" * 2_000 + p("deep") + "</w:sdtContent></w:sdt>" * 2_000)), "failed", "nested deeper than 256"),
)

# Issue 16: inputs an independent attack found to stop a whole run, or to lose good content.
ATTACK = (
    BadInput("non-utf8-file-name", _write(os.fsdecode(b"0-\xff.txt"), (_SAMPLE_TEXT + "Named in Latin-1.\n").encode()), "loaded", ""),
    BadInput("amount-of-150000-digits", _write("huge.txt", ("Project Alpha (£" + "999," * 50_000 + "999)\n").encode()), "loaded", ""),
    BadInput("amount-over-ten-billion", _write("billions.txt", b"The grant of \xc2\xa312,000,000,000 was agreed.\n"), "loaded", ""),
    BadInput("lone-surrogate-in-pdf-title", lambda f: _surrogate_title_pdf(f / "title.pdf"), "loaded", ""),
    BadInput("100000-nested-divs", _write("deep.html", b"<html><body>" + b"<div>" * 100_000 + b"Agenda text" + b"</div>" * 100_000 + b"</body></html>"), "loaded", ""),
    BadInput("30000-nested-lists", _write("lists.html", b"<html><body>" + b"<ul><li>Item" * 30_000 + b"</li></ul>" * 30_000 + b"</body></html>"), "loaded", ""),
    BadInput("ordered-list-start-superscript", _write("ol.html", '<html><body><ol start="²"><li>Apologies</li></ol></body></html>'.encode()), "loaded", ""),
    BadInput("nul-bytes-after-8-kb", _write("late-nul.txt", _SAMPLE_TEXT.encode() * 100 + b"\x00\x00 tail\n"), "loaded", ""),
    BadInput("utf-16-text-with-bom", _write("unicode.txt", _SAMPLE_TEXT.encode("utf-16")), "loaded", ""),
    BadInput("utf-16-bom-then-garbage", _write("bad16.txt", b"\xff\xfe\x00\xd8"), "failed", "not valid UTF-16"),
    BadInput("40-kb-of-amount-lines", _write("pounds.txt", pound_lines(FULL_AMOUNT_LINES // 10)), "loaded", ""),
    BadInput("500-one-amount-pages", _write("pages.txt", one_amount_pages(FULL_ONE_AMOUNT_PAGES // 10)), "loaded", ""),
    BadInput("html-login-page-holding-pdf-header", _write("login.pdf", b"<html><body><p>Sign in</p><!-- %PDF-1.7 --></body></html>"), "failed", "not a PDF: the file is an HTML page"),
    BadInput("markup-in-file-name", _write("[bold]agenda[red] v2.txt", (_SAMPLE_TEXT + "Named in markup.\n").encode()), "loaded", ""),
    BadInput("crlf-and-cr-line-ends", _write("crlf.txt", _SAMPLE_TEXT.replace("\n", "\r\n").encode() + b"Old Mac\rline\r"), "loaded", ""),
)
