"""Word files made at test time: hand-zipped WordprocessingML, or text rendered with python-docx."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

_ITEM = re.compile(r"^(\d+)\.\s+(\S.*)$")
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/numbering.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>'
)
_DOCUMENT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'numbering" Target="numbering.xml"/></Relationships>'
)


def p(text: str = "", props: str = "", runs: str | None = None) -> str:
    """One paragraph: ``text`` in one run (or raw ``runs``), with raw paragraph properties."""
    inner = runs if runs is not None else (f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>' if text else "")
    return f"<w:p>{f'<w:pPr>{props}</w:pPr>' if props else ''}{inner}</w:p>"


def numbered(text: str, num_id: int = 1, level: int = 0) -> str:
    return p(text, f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')


def table(rows: list[list[str]]) -> str:
    cells = "".join("<w:tr>" + "".join(f"<w:tc>{p(c)}</w:tc>" for c in row) + "</w:tr>" for row in rows)
    return f"<w:tbl>{cells}</w:tbl>"


def numbering(levels: list[tuple[str, str, int]], overrides: dict[int, dict[int, int]] | None = None) -> str:
    """Abstract list 0 with levels (numFmt, lvlText, start); w:num 1 uses it, and each key of
    ``overrides`` is another w:num of the same list restarting levels at the given values."""
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text, start) in enumerate(levels)
    )
    nums = '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    for num_id, starts in (overrides or {}).items():
        restart = "".join(f'<w:lvlOverride w:ilvl="{lvl}"><w:startOverride w:val="{v}"/></w:lvlOverride>' for lvl, v in starts.items())
        nums += f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="0"/>{restart}</w:num>'
    return f'<w:numbering xmlns:w="{W_NS}"><w:abstractNum w:abstractNumId="0">{lvls}</w:abstractNum>{nums}</w:numbering>'


def zip_parts(parts: dict[str, str | bytes]) -> bytes:
    """The parts zipped (deflated) in the order given."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return buffer.getvalue()


def docx_bytes(body: str, numbering_xml: str | None = None, extra: dict[str, bytes] | None = None) -> bytes:
    """A minimal .docx whose body is ``body`` (WordprocessingML), zipped by hand."""
    parts: dict[str, str | bytes] = {
        "[Content_Types].xml": _CONTENT_TYPES,
        "_rels/.rels": _RELS,
        "word/document.xml": f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>',
    }
    if numbering_xml:
        parts.update({"word/_rels/document.xml.rels": _DOCUMENT_RELS, "word/numbering.xml": numbering_xml})
    return zip_parts({**parts, **(extra or {})})


def text_to_docx(text: str, path: Path, word_structure: bool = False) -> Path:
    """A text rendering as a Word file made by python-docx: each line a paragraph, each form feed
    a page break. With ``word_structure``, as Word users write it: lines 'N. title' numbered by
    Word's 'List Number' list (the number not typed; each run of consecutive numbers a list
    instance restarting at its first number), and runs of lines holding " | " as tables."""
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.oxml import parse_xml

    document = Document()
    numbering_xml = document.part.numbering_part.element
    abstract = numbering_xml.xpath('w:num[@w:numId="5"]/w:abstractNumId/@w:val')[0]
    rows: list[list[str]] = []
    last = [None, 100]  # the last number written, the last list instance made

    def flush() -> None:
        if rows:
            table = document.add_table(rows=len(rows), cols=max(map(len, rows)))
            for row, cells in zip(table.rows, rows):
                for cell, value in zip(row.cells, cells):
                    cell.text = value
            rows.clear()

    def list_item(number: int, title: str):
        if last[0] is None or number != last[0] + 1:
            last[1] += 1
            numbering_xml.append(parse_xml(
                f'<w:num xmlns:w="{W_NS}" w:numId="{last[1]}"><w:abstractNumId w:val="{abstract}"/>'
                f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{number}"/></w:lvlOverride></w:num>'
            ))
        last[0] = number
        paragraph = document.add_paragraph(style="List Number")
        paragraph._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="0"/><w:numId w:val="{last[1]}"/></w:numPr>'
        ))
        return paragraph, title

    for number, page in enumerate(text.split("\f")):
        for index, line in enumerate(page.split("\n")):
            breaks = number and index == 0
            if word_structure and " | " in line:
                if breaks:
                    flush()
                    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
                rows.append(line.split(" | "))
                continue
            flush()
            item = _ITEM.match(line) if word_structure else None
            paragraph, line = list_item(int(item.group(1)), item.group(2)) if item else (document.add_paragraph(), line)
            if breaks:
                paragraph.add_run().add_break(WD_BREAK.PAGE)
            paragraph.add_run(line)
    flush()
    document.save(str(path))
    return path
