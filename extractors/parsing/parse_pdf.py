"""PDF text per page with PDFium; ruled tables by pdfplumber's table code, fed from PDFium.

PDFium (pypdfium2) reads text at ~650 pages/s here against ~8 for pdfplumber. Only pages whose
drawing suggests a grid are searched for tables, and those read pdfplumber's inputs from the
open PDFium page (``extractors.parsing.pdf_tables``, ~5x faster than pdfplumber's own parse); a page
that reader cannot promise to read as pdfplumber would is opened with pdfplumber itself.
"""

from __future__ import annotations

import ctypes
import io
import logging
import re
from importlib.metadata import version
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from extractors.errors import CorruptPdf, EncryptedPdf, NoTextLayer, NotAPdf
from extractors.parsing.page_numbers import is_footer_line, printed_page_number
from extractors.parsing.pdf_cells import Unsupported
from extractors.parsing.pdf_gaps import gap_lines, page_lines
from extractors.parsing.pdf_paths import Handle, bare
from extractors.parsing.pdf_tables import page_tables
from extractors.parsing.parse_text import normalise_newlines
from schemas.parsed import ParsedDocument

VERSION = "9"
PARSER = f"pypdfium2 {version('pypdfium2')}"
PDF_MAGIC = b"%PDF-"
# A ruled table draws several rules (a 3x2 grid from reportlab: 7 paths, Word: a rectangle
# per cell border; some writers one path for the whole grid); prose pages a rule or two.
TABLE_RULES = 4

log = logging.getLogger(__name__)


def describe_non_pdf(head: bytes) -> str:
    """What a file that should be a PDF looks like instead, for the error line."""
    sample = head.lstrip()[:200].lower()
    if sample.startswith((b"<!doctype html", b"<html")) or b"<html" in sample:
        return "not a PDF: the file is an HTML page (often an error or login page saved as .pdf)"
    if head.startswith(b"PK\x03\x04"):
        return "not a PDF: the file is a ZIP container (e.g. .docx or .xlsx)"
    shown = head[:16].decode("ascii", "replace").encode("unicode_escape").decode()
    return f"not a PDF: no %PDF- header (starts with {shown!r})"


def _open(data: bytes) -> pdfium.PdfDocument:
    """PDFium's document, for bytes with a ``%PDF-`` header in their first KB that do not start as
    markup (an HTML login page can hold the header in a comment; PDFium would then fail later)."""
    head = data[:1024]
    if PDF_MAGIC not in head or head.lstrip()[:1] == b"<":
        raise NotAPdf(describe_non_pdf(head))
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        # PDFium's last-error code is process-wide and is not reset by a failure without an
        # error (an empty page tree): a password error left by an encrypted file parsed before, in
        # the same worker, is trusted only when this file declares an /Encrypt dictionary itself.
        if "password" in str(error).lower() and b"/Encrypt" in data:
            raise EncryptedPdf("encrypted PDF: a password is needed to open it") from None
        raise CorruptPdf("damaged or truncated PDF (or one without pages): PDFium cannot open it") from None


def _page_text_and_tables(page: pdfium.PdfPage, index: int) -> tuple[str, list | None]:
    """The page's text, and its ruled tables (``_pdfium_tables``; [] on a page without rules),
    read from one text page: loading it is most of PDFium's cost of a page."""
    textpage = page.get_textpage()
    try:
        raw = textpage.get_text_range()
        text = page_text(gap_lines(raw, page_lines(textpage, raw)))
        return text, (_pdfium_tables(page, index, textpage.raw) if _looks_tabular(page) else [])
    finally:
        textpage.close()


# PDFium's stand-in for a hyphen printed at a line end when the next line starts with a letter: it
# drops the line break and writes U+FFFE where the hyphen was ('well\ufffeknown', 'Ashton\ufffeWicket').
_LINE_END_HYPHEN = re.compile("\ufffe(?=([^\n]*))")


def page_text(pdfium_text: str) -> str:
    """PDFium's page text with its newlines made '\n' and each line-end hyphen it rewrote printed again.

    The one place that decides what a hyphen ending a PDF line is: the hyphen the page prints,
    kept where PDFium put its stand-in (so every later offset is unchanged), with the word it
    splits read on as one ('Ashton-Wicket', 'well-known'), as PDFium joined the lines. A hyphen
    that only splits a word for the line width ('imple-mentation') cannot be told from a real
    one without a dictionary; council papers come from word processors that rarely split words,
    so it keeps its hyphen too. The line break comes back (one more character) only where the
    rest of the line is a page-number footer ('... last-' over 'Page 3'): a footer carries on
    nothing.
    """
    text = normalise_newlines(pdfium_text)
    if "\ufffe" not in text:
        return text
    return _LINE_END_HYPHEN.sub(lambda m: "-\n" if is_footer_line(m.group(1)) else "-", text)


# A running line is one of a page's first or last lines that at least this share of the pages print,
# digits aside ('Page 3', 'Agenda Item 4 | Page 12'); only in a file of at least RUNNING_PAGES pages.
RUNNING_SHARE = 0.5
RUNNING_PAGES = 3
_DIGITS = re.compile(r"\d+")


def _edge_key(line: str) -> str:
    return _DIGITS.sub("#", " ".join(line.split()).lower())


def set_apart_running_lines(texts: list[str]) -> list[str]:
    """Page texts with their running header and footer lines set apart as the printed page does:
    a blank line between a header and the text below it and between a footer and the text above
    it, and each page but the last ending in a line end, so a page break starts a line of its own.

    PDFium prints no gap as a blank line, so a footer read as the next line of the sentence it
    interrupts ('... and Mr T' over 'Page 1' read as 'Mr T Page'), and a page's first line as
    the same line as the footer above the page break. A footer is a page-number or running page line
    ending the page ('Page 4', '- 4 -', 'Page 3 of 9 Agenda Item 2'; ``page_numbers``) or a last line most pages print; a header a first line most pages
    print. Only line ends are added: every printed character is kept, in order.
    """
    split = [text.split("\n") for text in texts]
    printed = [[i for i, line in enumerate(lines) if line.strip()] for lines in split]
    counted = len(texts) >= RUNNING_PAGES

    def running(edge: int) -> set[str]:
        keys = [_edge_key(split[p][rows[edge]]) for p, rows in enumerate(printed) if rows]
        return {k for k in set(keys) if counted and keys.count(k) >= RUNNING_SHARE * len(texts)}

    headers, footers = running(0), running(-1)
    result = []
    for page, (lines, rows) in enumerate(zip(split, printed)):
        lines = list(lines)
        if len(rows) >= 2:
            last = rows[-1]
            if is_footer_line(lines[last]) or _edge_key(lines[last]) in footers:
                if lines[last - 1].strip():
                    lines.insert(last, "")
            first = rows[0]
            if _edge_key(lines[first]) in headers and lines[first + 1].strip():
                lines.insert(first + 1, "")
        text = "\n".join(lines)
        last_page = page == len(texts) - 1
        result.append(text if last_page or text.endswith("\n") else text + "\n")
    return result


def _title(pdf: pdfium.PdfDocument) -> str | None:
    """The Info dictionary's Title. pypdfium2 decodes it strictly, so one lone surrogate (seen in
    real metadata) failed the whole document: undecodable units become U+FFFD instead."""
    key = b"Title\x00"
    size = pdfium_c.FPDF_GetMetaText(pdf, key, None, 0)
    if size <= 2:
        return None
    buffer = ctypes.create_string_buffer(size)
    pdfium_c.FPDF_GetMetaText(pdf, key, buffer, size)
    return buffer.raw[: size - 2].decode("utf-16-le", errors="replace").strip() or None


_get_object = bare(pdfium_c.FPDFPage_GetObject, Handle)
_form_object = bare(pdfium_c.FPDFFormObj_GetObject, Handle)
_count_form = bare(pdfium_c.FPDFFormObj_CountObjects, ctypes.c_int)
_object_type = bare(pdfium_c.FPDFPageObj_GetType, ctypes.c_int)
_count_segments = bare(pdfium_c.FPDFPath_CountSegments, ctypes.c_int)
_PATH, _FORM = pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM


def _rules(path: Handle) -> int:
    """Rules a path object may draw: one, or one per two segments when it draws several
    subpaths (a whole grid, or a row of cell rectangles, can be a single path)."""
    return max(1, _count_segments(path) // 2)


def _looks_tabular(page: pdfium.PdfPage) -> bool:
    """At least TABLE_RULES rules drawn on the page or in its form XObjects (one level).

    Counted through PDFium's C API, calls without ctypes' argument conversion
    (``pdf_tables.bare``): pypdfium2's object wrappers cost ~3x more per page. A false
    positive costs a look at the page's edges (~0.5 ms).
    """
    rules = 0
    handle = Handle.of(page.raw)
    for index in range(pdfium_c.FPDFPage_CountObjects(page.raw)):
        found = _get_object(handle, index)
        kind = _object_type(found)
        if kind == _PATH:
            rules += _rules(found)
        elif kind == _FORM:
            for child in range(_count_form(found)):
                inner = _form_object(found, child)
                if _object_type(inner) == _PATH:
                    rules += _rules(inner)
        if rules >= TABLE_RULES:
            return True
    return False


def _kept(tables: list[list[list[str | None]]]) -> list[list[list[str | None]]]:
    """Tables of at least two rows, one of them at least two cells wide."""
    return [t for t in tables if len(t) >= 2 and max(map(len, t)) >= 2]


def _pdfium_tables(page: pdfium.PdfPage, index: int, textpage=None) -> list[list[list[str | None]]] | None:
    """The page's ruled tables read from PDFium's objects, or None where pdfplumber has to
    read them (the reason is logged at debug level)."""
    try:
        return _kept(page_tables(page, textpage))
    except Unsupported as reason:
        log.debug("page %d: tables read by pdfplumber: %s", index + 1, reason)
    except Exception as error:  # a page PDFium or the table code trips on is pdfplumber's
        log.debug("page %d: tables read by pdfplumber after %s", index + 1, type(error).__name__)
    return None


def extract_tables(
    data: bytes, page_indexes: list[int], warnings: list[str]
) -> dict[int, list[list[list[str | None]]]]:
    """Ruled tables of the given pages, read by pdfplumber (closing each page to bound memory);
    a page whose tables cannot be read adds a warning instead."""
    import pdfplumber

    tables: dict[int, list[list[list[str | None]]]] = {}
    try:
        pdf = pdfplumber.open(io.BytesIO(data), pages=[index + 1 for index in page_indexes])
        loaded = {page.page_number - 1: page for page in pdf.pages}
    except Exception as error:  # pdfminer may refuse a file PDFium reads
        warnings.append(f"tables could not be read: pdfplumber cannot open the file ({type(error).__name__})")
        return tables
    with pdf:
        for index in page_indexes:
            page = loaded.get(index)
            if page is None:
                warnings.append(f"page {index + 1}: tables could not be read (pdfplumber cannot load the page)")
                continue
            try:
                found = _kept(page.extract_tables())
            except Exception as error:  # pdfminer raises many untyped errors on damaged pages
                warnings.append(f"page {index + 1}: tables could not be read ({type(error).__name__})")
                continue
            finally:
                page.close()
            if found:
                tables[index] = found
    return tables


def parse_pdf(path: Path, data: bytes, sha256: str) -> ParsedDocument:
    pdf = _open(data)
    try:
        texts, warnings, tabular = [], [], []
        tables: dict[int, list[list[list[str | None]]]] = {}
        for index in range(len(pdf)):
            try:
                page = pdf[index]
            except pdfium.PdfiumError as error:
                texts.append("")
                warnings.append(f"page {index + 1}: could not be loaded ({error})")
                continue
            try:
                text, found = _page_text_and_tables(page, index)
                texts.append(text)
                if found is None:
                    tabular.append(index)
                elif found:
                    tables[index] = found
            except pdfium.PdfiumError as error:
                texts.append("")
                warnings.append(f"page {index + 1}: text could not be read ({error})")
            finally:
                page.close()
        title = _title(pdf)
    finally:
        pdf.close()
    if not texts:
        raise CorruptPdf("the PDF has no pages")
    empty = [i + 1 for i, text in enumerate(texts) if not text.strip()]
    if len(empty) == len(texts):
        raise NoTextLayer(f"no text layer on any of its {len(texts)} pages (scanned images?); needs OCR")
    if empty:
        warnings.append(f"{len(empty)} of {len(texts)} pages have no text layer: {_ranges(empty)}")
    if tabular:
        tables.update(extract_tables(data, tabular, warnings))
    texts = set_apart_running_lines(texts)
    return ParsedDocument.from_page_texts(
        texts,
        printed_numbers=[printed_page_number(t) for t in texts],
        tables=tables,
        sha256=sha256,
        path=str(path),
        format="pdf",
        parser=PARSER,
        title=title,
        warnings=warnings,
    )


def _ranges(numbers: list[int]) -> str:
    """'1-3, 7' for [1, 2, 3, 7]."""
    spans: list[list[int]] = []
    for number in numbers:
        if spans and number == spans[-1][1] + 1:
            spans[-1][1] = number
        else:
            spans.append([number, number])
    return ", ".join(str(first) if first == last else f"{first}-{last}" for first, last in spans)
