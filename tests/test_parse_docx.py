"""Word papers (.docx): lines, numbering, tables, page breaks, provenance, hostile files, and the
same facts as the paper's text form. Every file is made here (our own words)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from conftest import FIXTURES, ROOT, shared_path
from docx_helpers import docx_bytes, numbered, numbering, p, table, text_to_docx, zip_parts
from extractors.errors import CorruptDocx, EmptyDocument, RefusedDocx
from extractors.facts import extract_facts
from extractors.parsing.parse import parse_bytes
from extractors.parsing.parse_docx import parse_docx
from gold_sets import document_for
from pipeline.evaluate import Counts, evaluate, score_document
from pipeline.read import parse_file


def _parse(data: bytes):
    return parse_docx(Path("paper.docx"), data, "0" * 64)


def _texts(data: bytes) -> list[str]:
    return [page.text for page in _parse(data).pages]


def test_paragraphs_are_lines_and_each_line_names_its_paragraph():
    document = _parse(docx_bytes(p("Community Safety Board") + p() + p("Report of the Director")))
    assert document.format == "docx" and document.parser.startswith("python-docx")
    assert document.text == "Community Safety Board\n\nReport of the Director"
    assert document.pages[0].line_sources == ["paragraph 0", "paragraph 1", "paragraph 2"]
    assert document.source_at(document.text.index("Director")) == "paragraph 2"


def test_word_numbering_prints_its_numbers_levels_and_bullets():
    levels = numbering([("decimal", "%1.", 1), ("decimal", "%1.%2", 1), ("bullet", "\u2022", 1)])
    body = numbered("Apologies") + numbered("Minutes") + numbered("Matters arising", level=1) + numbered(
        "Actions", level=1) + numbered("A point", level=2) + numbered("Budget") + numbered("Detail", level=1)
    assert _texts(docx_bytes(body, levels)) == [
        "1. Apologies\n2. Minutes\n2.1 Matters arising\n2.2 Actions\n- A point\n3. Budget\n3.1 Detail"
    ]


def test_a_restarted_list_starts_again_and_another_instance_of_a_list_continues_it():
    levels = numbering([("lowerLetter", "(%1)", 1), ("upperRoman", "%2.", 1)], overrides={2: {0: 1}, 3: {}})
    body = numbered("First") + numbered("Second") + numbered("Again", num_id=2) + numbered("On", num_id=3) + numbered(
        "Sub", num_id=3, level=1)
    assert _texts(docx_bytes(body, levels)) == ["(a) First\n(b) Second\n(a) Again\n(b) On\nI. Sub"]


def test_numbering_from_a_paragraph_style_is_read(tmp_path):
    from docx import Document

    document = Document()
    for title in ("Welcome", "Declarations of interest", "Grant awards"):
        document.add_paragraph(title, style="List Number")
    document.add_paragraph("Bulleted note", style="List Bullet")
    document.save(str(tmp_path / "styled.docx"))
    assert parse_file(tmp_path / "styled.docx").text == "1. Welcome\n2. Declarations of interest\n3. Grant awards\n- Bulleted note"


def test_a_table_is_one_line_per_row_with_cells_joined_by_bars_and_kept_as_a_table():
    merged = (
        '<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>' + p("Fund") + "</w:tc></w:tr>"
        '<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>' + p("Parks") + "</w:tc><w:tc>" + p("£1,200") + "</w:tc></w:tr>"
        "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr>" + p() + "</w:tc><w:tc>" + p("£300") + "</w:tc></w:tr>"
    )
    document = _parse(docx_bytes(p("Awards") + table([["Project", "Amount"], ["Youth club", "£5,000"]]) + f"<w:tbl>{merged}</w:tbl>"))
    assert document.text == "Awards\nProject | Amount\nYouth club | £5,000\nFund\nParks | £1,200\n | £300"
    assert document.pages[0].tables == [[["Project", "Amount"], ["Youth club", "£5,000"]], [["Fund"], ["Parks", "£1,200"], ["", "£300"]]]
    assert document.pages[0].line_sources[1:] == ["table 0 row 0", "table 0 row 1", "table 1 row 0", "table 1 row 1", "table 1 row 2"]


def test_page_breaks_split_pages_and_repeated_breaks_make_no_empty_page():
    body = (
        p(runs='<w:r><w:t>Before the break</w:t><w:br w:type="page"/><w:t>after it</w:t></w:r>')
        + p(runs='<w:r><w:br w:type="page"/></w:r>')
        + p(runs="<w:r><w:lastRenderedPageBreak/><w:t>Third page</w:t></w:r>")
        + p("Page 3")
    )
    document = _parse(docx_bytes(body))
    assert [page.text for page in document.pages] == ["Before the break", "after it", "Third page\nPage 3"]
    assert [page.line_sources for page in document.pages] == [["paragraph 0"], ["paragraph 0"], ["paragraph 2", "paragraph 3"]]
    assert document.pages[2].printed_number == 3
    assert document.pages[1].char_start == len("Before the break") + 1


def test_page_break_before_and_a_next_page_section_start_a_page_but_a_continuous_section_does_not():
    body = (
        p("Cover")
        + p("Contents", '<w:pageBreakBefore/><w:sectPr><w:type w:val="continuous"/></w:sectPr>')
        + p("Summary", "<w:sectPr/>")
        + p("Recommendations")
    )
    assert _texts(docx_bytes(body)) == ["Cover", "Contents\nSummary", "Recommendations"]


def test_line_breaks_content_controls_and_inserted_text_are_read():
    body = (
        p(runs="<w:r><w:t>Minutes</w:t><w:br/><w:t>of the Board</w:t><w:tab/><w:t>draft</w:t></w:r>")
        + "<w:sdt><w:sdtContent>" + p("Inside a content control") + "</w:sdtContent></w:sdt>"
        + p(runs="<w:ins><w:r><w:t>Inserted words</w:t></w:r></w:ins>")
    )
    document = _parse(docx_bytes(body))
    assert document.text == "Minutes\nof the Board\tdraft\nInside a content control\nInserted words"
    assert document.pages[0].line_sources == ["paragraph 0", "paragraph 0", "paragraph 1", "paragraph 2"]


def test_deleted_text_field_codes_and_text_box_copies_are_not_read():
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    runs = (
        "<w:r><w:t>Kept</w:t></w:r><w:del><w:r><w:delText>Struck out</w:delText></w:r></w:del>"
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t> 7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
        f'<w:r><mc:AlternateContent xmlns:mc="{mc}"><mc:Choice Requires="wps">{p("Box")}</mc:Choice>'
        f"<mc:Fallback>{p('Box')}</mc:Fallback></mc:AlternateContent></w:r>"
    )
    assert _texts(docx_bytes(p(runs=runs))) == ["Kept 7"]


def test_hidden_text_is_not_read_but_text_hidden_only_on_the_web_is():
    runs = ("<w:r><w:t>Shown</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t> secret</w:t></w:r>"
            '<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t> visible</w:t></w:r>'
            "<w:r><w:rPr><w:webHidden/></w:rPr><w:t> 12</w:t></w:r>")
    assert _texts(docx_bytes(p(runs=runs))) == ["Shown visible 12"]


def test_a_cell_reads_its_nested_table_once_and_not_its_text_box_copies():
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    box = (f'<w:r><mc:AlternateContent xmlns:mc="{mc}"><mc:Choice Requires="wps"><w:drawing><w:txbxContent>{p("Logo")}'
           f"</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict>{p('Logo')}</w:pict></mc:Fallback></mc:AlternateContent></w:r>")
    cell = p(runs="<w:r><w:t>Ward</w:t></w:r>" + box) + table([["North", "£10"]])
    assert _texts(docx_bytes(f"<w:tbl><w:tr><w:tc>{cell}</w:tc><w:tc>{p('Total')}</w:tc></w:tr></w:tbl>")) == ["Ward North £10 | Total"]


def test_a_new_line_or_carriage_return_inside_text_is_not_a_line_boundary():
    assert _texts(docx_bytes(p(runs="<w:r><w:t>Grant\nof&#13;five</w:t></w:r>"))) == ["Grant of five"]


def test_a_body_without_text_is_an_empty_document():
    with pytest.raises(EmptyDocument, match="no text"):
        _parse(docx_bytes(p() + p(runs='<w:r><w:br w:type="page"/></w:r>')))


_GOOD = docx_bytes(p("A fine paper"))


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"Plain words, not a zip", "not a .docx: the file is not a ZIP container"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "Word 97-2003 (.doc)"),
        (b"<html><body>Sign in</body></html>", "an HTML page"),
        (_GOOD[: len(_GOOD) // 2], "damaged or truncated .docx"),
        (zip_parts({"word/other.xml": b"<x/>"}), "a ZIP without word/document.xml"),
        (docx_bytes("<w:p><w:r><w:t>unclosed</w:r></w:p>"), "damaged .docx: XMLSyntaxError"),
    ],
    ids=["not-a-zip", "old-doc", "html", "truncated-zip", "no-document-xml", "broken-xml"],
)
def test_a_corrupt_docx_fails_with_a_one_line_reason(data: bytes, reason: str):
    with pytest.raises(CorruptDocx) as failure:
        parse_bytes(Path("paper.docx"), data)
    assert reason in failure.value.reason and "\n" not in failure.value.reason


_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "laugh"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
)


@pytest.mark.parametrize(
    "data, reason",
    [
        (docx_bytes(p("Small"), extra={"word/media/filler.bin": b"\x00" * 3_000_000}), "compressed"),
        (docx_bytes(p("Small"), extra={"word/header1.xml": b" " * (65 * 2**20)}), "would expand to 65 MB"),
        (docx_bytes(p("Small"), extra={f"word/media/{i}.png": b"" for i in range(5_001)}), "parts"),
        (zip_parts({"word/document.xml": _LAUGHS + b'<w:document xmlns:w="x"><w:body>&c;</w:body></w:document>'}), "declares a DTD"),
        (docx_bytes("<w:sdt><w:sdtContent>" * 400 + p("deep") + "</w:sdtContent></w:sdt>" * 400), "nested deeper than 256"),
    ],
    ids=["ratio", "huge-xml-part", "too-many-parts", "billion-laughs", "deep-xml"],
)
def test_a_docx_bomb_is_refused_before_it_is_expanded(data: bytes, reason: str):
    with pytest.raises(RefusedDocx) as refused:
        parse_bytes(Path("paper.docx"), data)
    assert reason in refused.value.reason and refused.value.reason.startswith("refused")


def test_declared_sizes_are_checked_not_trusted_after_the_fact():
    """A ZIP whose directory claims 4 GB for a part is refused from the directory alone."""
    data = bytearray(docx_bytes(p("Small")))
    entry = data.rindex(b"PK\x01\x02")  # the last central directory entry: its uncompressed size at +24
    data[entry + 24 : entry + 28] = (0xFFFFFFF0).to_bytes(4, "little")
    with pytest.raises(RefusedDocx, match="would expand to"):
        parse_bytes(Path("paper.docx"), bytes(data))


def test_a_part_larger_than_its_declared_size_is_read_no_further_and_fails():
    data = bytearray(docx_bytes(p("A paper whose directory understates its size")))
    entry = data.rindex(b"PK\x01\x02")
    data[entry + 24 : entry + 28] = (10).to_bytes(4, "little")
    with pytest.raises(CorruptDocx, match="damaged .docx: word/document.xml cannot be read .Bad CRC-32"):
        parse_bytes(Path("paper.docx"), bytes(data))


def _micro(golds: list[tuple[dict, Path]]) -> Counts:
    total = Counts()
    for gold, document in golds:
        predicted = json.loads(extract_facts(parse_file(document)).model_dump_json())
        for counts in score_document(gold, predicted).values():
            total.add(counts)
    return total


@pytest.mark.parametrize("word_structure", [False, True], ids=["paragraphs", "word-lists-and-tables"])
def test_the_samples_as_word_files_score_as_their_text_form(tmp_path: Path, word_structure: bool):
    gold, corpus = shared_path("gold"), shared_path("corpus")
    (tmp_path / "text").mkdir()
    (tmp_path / "docx").mkdir()
    for text in corpus.glob("*.txt"):
        (tmp_path / "text" / text.name).symlink_to(text)
        text_to_docx(text.read_text(encoding="utf-8"), tmp_path / "docx" / f"{text.stem}.docx", word_structure)
    as_text, as_docx = evaluate(gold, tmp_path / "text"), evaluate(gold, tmp_path / "docx")
    assert not as_docx.errors and as_docx.micro.tp == as_text.micro.tp > 0
    assert round(as_docx.micro.f1, 3) == round(as_text.micro.f1, 3) == 1.0
    assert {n: c.f1 for n, c in as_docx.fields.items()} == {n: c.f1 for n, c in as_text.fields.items()}


def test_the_real_layout_text_fixtures_as_word_files_score_as_their_text_form(tmp_path: Path):
    pairs = []
    for gold_path in sorted((FIXTURES / "real_layouts").glob("*/*.gold.json")):
        document = document_for(gold_path)
        if document.suffix == ".txt":
            word = text_to_docx(document.read_text(encoding="utf-8"), tmp_path / f"{document.stem}.docx", True)
            pairs.append((json.loads(gold_path.read_text(encoding="utf-8")), document, word))
    as_text = _micro([(gold, text) for gold, text, _ in pairs])
    as_docx = _micro([(gold, word) for gold, _, word in pairs])
    assert len(pairs) >= 50 and abs(as_docx.f1 - as_text.f1) <= 0.01, (as_text, as_docx)


def _agenda_pack() -> Path:
    """The sample agenda pack (numbered items, attendees, tables)."""
    return next(t for t in sorted(shared_path("corpus").glob("*.txt")) if "AGENDA" in t.read_text(encoding="utf-8"))


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "COLUMNS": "200"}, timeout=600)


def test_papers_extract_of_a_word_paper_gives_the_facts_of_its_text_form(tmp_path: Path):
    text = _agenda_pack()
    word = text_to_docx(text.read_text(encoding="utf-8"), tmp_path / f"{text.stem}.docx", word_structure=True)
    facts = [json.loads(_cli("extract", str(path)).stdout) for path in (text, word)]
    for found in facts:
        found.pop("document")
    assert facts[0] == facts[1] and facts[0]["agenda_items"]


def test_papers_ingest_loads_a_word_paper_with_pages_and_spans(tmp_path: Path):
    lines = _agenda_pack().read_text(encoding="utf-8").split("\n")
    paged = "\f".join("\n".join(lines[i : i + 40]) for i in range(0, len(lines), 40))
    folder = tmp_path / "in"
    folder.mkdir()
    text_to_docx(paged, folder / "pack.docx", word_structure=True)
    warehouse = tmp_path / "w.duckdb"
    run = _cli("ingest", str(folder), "--warehouse", str(warehouse), "--runner", "local", "--workers", "1")
    assert run.returncode == 0, run.stdout + run.stderr
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        (format_, status, pages, parser), = con.execute("SELECT format, status, n_pages, parser FROM documents").fetchall()
        whole = con.execute("SELECT string_agg(text, chr(12) ORDER BY page_index) FROM pages").fetchone()[0]
        spans = con.execute(
            "SELECT a.page_index, a.char_start, a.char_end, a.span_text, p.char_start, p.char_end FROM agenda_items a "
            "JOIN pages p ON p.document_id = a.document_id AND p.page_index = a.page_index"
        ).fetchall()
    finally:
        con.close()
    assert (format_, status) == ("docx", "loaded") and parser.startswith("python-docx") and pages == paged.count("\f") + 1 > 1
    assert spans and all(whole[start:end] == span and page_start <= start < end <= page_end
                         for _, start, end, span, page_start, page_end in spans)
