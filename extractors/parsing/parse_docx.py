"""Word papers (.docx): the body's paragraphs and tables in reading order, as lines of text.

The layout is that of our text renderings: one line per paragraph (a line break inside one starts
a new line), a numbered or bulleted paragraph led by its printed number ('3.', '2.1', '(a)') or '-'
where Word's numbering definitions can be read, and a table as one line per row with its cells
joined by " | " (also kept in the page's ``tables``). Explicit page breaks (``w:br type="page"``,
``pageBreakBefore``, a next-page section break) and the breaks Word recorded when it last laid
the file out (``w:lastRenderedPageBreak``) are page boundaries; a file without them is one page.
Each page's ``line_sources`` says where each of its lines came from: 'paragraph N' (the N-th body
paragraph in reading order, from 0, content controls included, table cells not) or
'table N row R'. Headers, footers, footnotes, comments, text boxes, hidden and deleted text are
not read.

Before python-docx opens the package, the ZIP's directory is checked: a file that is not a ZIP,
a truncated one, one without ``word/document.xml``, one whose declared sizes or compression ratio
are those of a bomb, or whose XML declares a DTD is refused with a one-line reason. python-docx's
lxml parser resolves no entities and refuses XML nested deeper than 256 levels.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from importlib.metadata import version
from pathlib import Path

from extractors.errors import CorruptDocx, EmptyDocument, RefusedDocx
from extractors.parsing.page_numbers import printed_page_number
from extractors.readers.numerals import roman_text
from schemas.parsed import PAGE_SEPARATOR, ParsedDocument

VERSION = "2"
PARSER = f"python-docx {version('python-docx')}"
MAIN_PART = "word/document.xml"
MAX_MEMBERS = 5_000
MAX_TOTAL_BYTES = 200 * 2**20  # declared uncompressed size of every member together
MAX_XML_BYTES = 64 * 2**20  # declared uncompressed size of one XML part
MAX_RATIO = 100  # uncompressed : compressed, for members of more than RATIO_FLOOR bytes
RATIO_FLOOR = 2**20
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# Subtrees whose text is not the paragraph's: deleted or moved-away text, properties, drawings
# and text boxes (their alternate content repeats itself), field instructions.
_SKIPPED = {f"{_W}{n}" for n in ("del", "moveFrom", "pPr", "rPr", "drawing", "pict", "object", "instrText",
                                 "delText", "delInstrText", "footnoteReference", "endnoteReference")}
_SKIPPED.add(f"{_MC}AlternateContent")
_NOT_IN_LINE = str.maketrans({"\n": " ", "\r": " ", "\f": " ", "\v": " ", PAGE_SEPARATOR: " "})
_PAGE = object()
_NEWLINE = object()


def _attr(element, name: str) -> str | None:
    return None if element is None else element.get(f"{_W}{name}")


def _child(element, name: str):
    return None if element is None else element.find(f"{_W}{name}")


def check_package(data: bytes) -> zipfile.ZipFile:
    """The open ZIP, once its directory says it is a Word file of a sane size; else a DocumentError."""
    if data[:4] != b"PK\x03\x04":
        if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
            raise CorruptDocx("not a .docx: a Word 97-2003 (.doc) file, which is not read")
        if b"<html" in data[:512].lower():
            raise CorruptDocx("not a .docx: the file is an HTML page (often an error or login page)")
        raise CorruptDocx("not a .docx: the file is not a ZIP container")
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        members = package.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as error:
        raise CorruptDocx(f"damaged or truncated .docx: its ZIP directory cannot be read ({error})") from None
    names = {member.filename for member in members}
    if MAIN_PART not in names:
        raise CorruptDocx(f"not a Word document: a ZIP without {MAIN_PART}")
    if len(members) > MAX_MEMBERS:
        raise RefusedDocx(f"refused: the .docx holds {len(members):,} parts (limit {MAX_MEMBERS:,})")
    total = sum(member.file_size for member in members)
    if total > MAX_TOTAL_BYTES:
        raise RefusedDocx(f"refused: the .docx would expand to {total / 2**20:,.0f} MB (limit {MAX_TOTAL_BYTES // 2**20} MB)")
    for member in members:
        xml = member.filename.endswith((".xml", ".rels"))
        if xml and member.file_size > MAX_XML_BYTES:
            raise RefusedDocx(f"refused: {member.filename} would expand to {member.file_size / 2**20:,.0f} MB "
                              f"(limit {MAX_XML_BYTES // 2**20} MB)")
        if member.file_size > RATIO_FLOOR and member.file_size > MAX_RATIO * max(member.compress_size, 1):
            raise RefusedDocx(f"refused: {member.filename} is compressed {member.file_size // max(member.compress_size, 1):,}:1 "
                              f"(a ZIP bomb; limit {MAX_RATIO}:1)")
        if xml:
            try:
                with package.open(member) as handle:
                    head = handle.read(4096)
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError) as error:
                raise CorruptDocx(f"damaged .docx: {member.filename} cannot be read ({error})") from None
            if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                raise RefusedDocx(f"refused: {member.filename} declares a DTD (entities), which Word never writes")
    return package


def _formatted(number: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter") and number > 0:
        letter = chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman") and 0 < number < 4000:
        return roman_text(number) if fmt == "upperRoman" else roman_text(number).lower()
    if fmt == "decimalZero":
        return f"{number:02d}"
    return str(number)


class _Numbering:
    """Word's list numbering (numbering.xml): the printed marker of each numbered paragraph, counted
    per abstract list as Word does (list instances sharing one continue it, unless restarted)."""

    def __init__(self, numbering, styles):
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}
        self.styles: dict[str, tuple[str | None, int, str | None]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.started: set[str] = set()
        for abstract in numbering.iterfind(f"{_W}abstractNum") if numbering is not None else ():
            levels = self.levels.setdefault(_attr(abstract, "abstractNumId") or "", {})
            for lvl in abstract.iterfind(f"{_W}lvl"):
                start = _attr(_child(lvl, "start"), "val") or "0"
                levels[self._int(_attr(lvl, "ilvl"))] = (
                    _attr(_child(lvl, "numFmt"), "val") or "decimal",
                    _attr(_child(lvl, "lvlText"), "val") or "",
                    self._int(start),
                )
        for num in numbering.iterfind(f"{_W}num") if numbering is not None else ():
            overrides = {
                self._int(_attr(o, "ilvl")): self._int(_attr(_child(o, "startOverride"), "val"))
                for o in num.iterfind(f"{_W}lvlOverride") if _child(o, "startOverride") is not None
            }
            self.nums[_attr(num, "numId") or ""] = (_attr(_child(num, "abstractNumId"), "val") or "", overrides)
        for style in styles.iterfind(f"{_W}style") if styles is not None else ():
            num_pr = _child(_child(style, "pPr"), "numPr")
            self.styles[_attr(style, "styleId") or ""] = (
                _attr(_child(num_pr, "numId"), "val"),
                self._int(_attr(_child(num_pr, "ilvl"), "val")),
                _attr(_child(style, "basedOn"), "val"),
            )

    @staticmethod
    def _int(text: str | None) -> int:
        return int(text) if text and text.lstrip("-").isdecimal() and len(text) < 6 else 0

    def _num_pr(self, p_pr) -> tuple[str | None, int]:
        num_pr = _child(p_pr, "numPr")
        if num_pr is not None and _child(num_pr, "numId") is not None:
            return _attr(_child(num_pr, "numId"), "val"), self._int(_attr(_child(num_pr, "ilvl"), "val"))
        style, seen = _attr(_child(p_pr, "pStyle"), "val"), set()
        while style and style not in seen and style in self.styles:
            seen.add(style)
            num_id, level, style_parent = self.styles[style]
            if num_id:
                return num_id, level
            style = style_parent
        return None, 0

    def marker(self, p_pr) -> str | None:
        """'3.', '2.1', '(a)' or '-' for a numbered paragraph; None for one outside a list."""
        num_id, level = self._num_pr(p_pr)
        if not num_id or num_id not in self.nums:
            return None
        abstract, overrides = self.nums[num_id]
        levels = self.levels.get(abstract, {})
        if level not in levels:
            return None
        counters = self.counters.setdefault(abstract, {})
        if num_id not in self.started:
            self.started.add(num_id)
            for over_level, start in overrides.items():
                counters[over_level] = start - 1
        fmt, text, start = levels[level]
        counters[level] = counters.get(level, start - 1) + 1
        for deeper in [n for n in counters if n > level]:
            del counters[deeper]
        if fmt == "bullet":
            return "-"
        if fmt == "none" or not text:
            return None

        def number(match: re.Match) -> str:
            shown = int(match.group(1)) - 1
            shown_fmt, _, shown_start = levels.get(shown, ("decimal", "", 1))
            return _formatted(counters.get(shown, shown_start), shown_fmt)

        return re.sub(r"%([1-9])", number, text).strip() or None


def _hidden(run) -> bool:
    """A run formatted as hidden text (w:vanish), which Word neither shows nor prints."""
    vanish = _child(_child(run, "rPr"), "vanish")
    return vanish is not None and _attr(vanish, "val") not in ("0", "false", "off")


def _pieces(paragraph) -> list:
    """The paragraph's text as strings, _NEWLINE and _PAGE marks, in document order."""
    pieces, stack = [], list(reversed(paragraph))
    while stack:
        node = stack.pop()
        tag = node.tag
        if not isinstance(tag, str) or tag in _SKIPPED or (tag == f"{_W}r" and _hidden(node)):
            continue
        if tag == f"{_W}t":
            pieces.append((node.text or "").translate(_NOT_IN_LINE))
        elif tag in (f"{_W}tab", f"{_W}ptab"):
            pieces.append("\t")
        elif tag == f"{_W}br":
            pieces.append(_PAGE if _attr(node, "type") == "page" else _NEWLINE)
        elif tag == f"{_W}cr":
            pieces.append(_NEWLINE)
        elif tag == f"{_W}lastRenderedPageBreak":
            pieces.append(_PAGE)
        elif tag == f"{_W}noBreakHyphen":
            pieces.append("-")
        elif tag == f"{_W}p":  # a paragraph nested in run content (rare): its own line
            pieces.append(_NEWLINE)
            stack.extend(reversed(node))
        else:
            stack.extend(reversed(node))
    return pieces


class _Writer:
    """Lines grouped into pages, each with its source; a page break waits for the next text."""

    def __init__(self):
        self.pages: list[list[tuple[str, str]]] = [[]]
        self.pending = False

    def line(self, text: str, source: str) -> None:
        if self.pending and text.strip() and any(t.strip() for t, _ in self.pages[-1]):
            self.pages.append([])
        if text.strip():
            self.pending = False
        self.pages[-1].append((text, source))

    def page_break(self) -> None:
        self.pending = True


class _Reader:
    def __init__(self, numbering: _Numbering):
        self.numbering = numbering
        self.writer = _Writer()
        self.tables: dict[int, list[list[list[str | None]]]] = {}
        self.paragraphs = 0
        self.table_count = 0

    def paragraph(self, p) -> None:
        source = f"paragraph {self.paragraphs}"
        self.paragraphs += 1
        p_pr = _child(p, "pPr")
        if _child(p_pr, "pageBreakBefore") is not None and _attr(_child(p_pr, "pageBreakBefore"), "val") not in ("0", "false"):
            self.writer.page_break()
        marker = self.numbering.marker(p_pr)
        current: list[str] = []
        wrote = broke = False

        def emit() -> None:
            nonlocal wrote
            text = "".join(current)
            self.writer.line(f"{marker} {text}".rstrip() if marker and not wrote else text, source)
            wrote = True
            current.clear()

        for piece in _pieces(p):
            if piece is _NEWLINE or (piece is _PAGE and "".join(current).strip()):
                emit()
            if piece is _PAGE:
                self.writer.page_break()
                broke = True
            elif piece is not _NEWLINE:
                current.append(piece)
        if "".join(current).strip() or not (wrote or broke):
            emit()
        section = _child(p_pr, "sectPr")
        if section is not None and _attr(_child(section, "type"), "val") != "continuous":
            self.writer.page_break()

    def _cell_text(self, cell) -> str:
        texts = []
        for p in _cell_paragraphs(cell):
            marker = self.numbering.marker(_child(p, "pPr"))
            pieces = _pieces(p)
            if _PAGE in pieces:
                self.writer.page_break()
            text = " ".join("".join(x if isinstance(x, str) else " " for x in pieces).split())
            texts.append(f"{marker} {text}".strip() if marker else text)
        return " ".join(t for t in texts if t)

    def table(self, table) -> None:
        index = self.table_count
        self.table_count += 1
        rows = []
        for number, row in enumerate(_content(table, f"{_W}tr")):
            cells = [self._cell_text(cell) for cell in _content(row, f"{_W}tc")]
            if any(cells):
                self.writer.line(" | ".join(cells), f"table {index} row {number}")
                rows.append(cells)
        if len(rows) >= 2 and max(map(len, rows)) >= 2:
            self.tables.setdefault(len(self.writer.pages) - 1, []).append(rows)

    def body(self, body) -> None:
        for element in _content(body, f"{_W}p", f"{_W}tbl"):
            if element.tag == f"{_W}p":
                self.paragraph(element)
            else:
                self.table(element)


def _content(parent, *tags: str):
    """Children of ``parent`` with one of ``tags``, looking through content controls (w:sdt) and
    custom XML wrappers, in document order."""
    stack = list(reversed(parent))
    while stack:
        node = stack.pop()
        if node.tag in tags:
            yield node
        elif node.tag == f"{_W}sdt":
            stack.extend(reversed(_child(node, "sdtContent") if _child(node, "sdtContent") is not None else []))
        elif node.tag == f"{_W}customXml":
            stack.extend(reversed(node))


def _cell_paragraphs(cell):
    """A table cell's paragraphs in order, those of tables nested in it included (not those of
    text boxes, which Word stores twice)."""
    for element in _content(cell, f"{_W}p", f"{_W}tbl"):
        if element.tag == f"{_W}p":
            yield element
        else:
            for row in _content(element, f"{_W}tr"):
                for inner in _content(row, f"{_W}tc"):
                    yield from _cell_paragraphs(inner)


def _open(data: bytes):
    from docx import Document

    check_package(data).close()
    try:
        return Document(io.BytesIO(data))
    except MemoryError:
        raise
    except Exception as error:  # python-docx and lxml raise many types for a damaged package
        if "Excessive depth" in str(error):
            raise RefusedDocx("refused: XML nested deeper than 256 levels (an XML bomb?)") from None
        detail = " ".join(str(error).split())[:160]
        raise CorruptDocx(f"damaged .docx: {type(error).__name__}: {detail}") from None


def parse_docx(path: Path, data: bytes, sha256: str) -> ParsedDocument:
    document = _open(data)
    try:
        numbering_element = document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        numbering_element = None
    reader = _Reader(_Numbering(numbering_element, document.styles.element))
    reader.body(document.element.body)
    pages = [page for page in reader.writer.pages if page]
    texts = ["\n".join(text for text, _ in page) for page in pages]
    if not any(text.strip() for text in texts):
        raise EmptyDocument("the Word document has no text in its body")
    title = (document.core_properties.title or "").strip()
    return ParsedDocument.from_page_texts(
        texts,
        printed_numbers=[printed_page_number(text) for text in texts],
        tables=reader.tables,
        line_sources=[[source for _, source in page] for page in pages],
        sha256=sha256,
        path=str(path),
        format="docx",
        parser=PARSER,
        title=title or None,
    )
