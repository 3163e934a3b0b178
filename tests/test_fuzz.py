"""Property tests over the parsers and the whole extraction: arbitrary input never crashes them,
and every span they report indexes into the text they were given.

`FUZZ_EXAMPLES=5000 pytest tests/test_fuzz.py -s` runs the long campaign documented in the README;
the cheap properties (bytes, mutated PDFs, names, amounts) run twenty times as many examples, and the count of inputs
each property was given is printed at the end (and appended to $FUZZ_REPORT when set).
"""

from __future__ import annotations

import html
import os
from collections import Counter
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.errors import DocumentError
from extractors.extraction import extract_document
from extractors.parsing.parse import parse_bytes
from extractors.readers.money import PLAUSIBLE_MAX, find_amounts
from pipeline.rows import fact_rows
from schemas.ddl import create_table_sql
from schemas.parsed import ParsedDocument
from schemas.records import DocumentRow, FileRow, storable_text

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FUZZ_CHEAP = settings(FUZZ, max_examples=EXAMPLES * 20)
INPUTS: Counter[str] = Counter()


@pytest.fixture(scope="module", autouse=True)
def _count_inputs():
    yield
    line = ", ".join(f"{name} {n:,}" for name, n in sorted(INPUTS.items())) + f"; total {sum(INPUTS.values()):,}"
    print(f"\nfuzz inputs: {line}")
    if os.environ.get("FUZZ_REPORT"):
        with open(os.environ["FUZZ_REPORT"], "a", encoding="utf-8") as report:
            report.write(line + "\n")

# Fragments of the house style, so random documents reach deep into the rules.
FRAGMENTS = [
    "AGENDA", "NOTES of a meeting of the Board held on Thursday, 20 November 2025, 10am.", "PRESENT: Mr A Bee (Chair), ",
    "Ms C Dee", " and ", "Apologies were received from Cllr E Eff.", "IN ATTENDANCE: ", "By: A Writer – Lead",
    "To: The Board – 4th July 2024", "Subject: Update", "Classification: For Information", "(Pages 1 - 8)",
    "B2 Item title (Pages 29 - 34)", "Crime Reduction Grant 2025/26", "- Project name (£4,000)", "(£6,00)",
    "£24,108.20", "approx. £7.80", "just over £24K", "WITHDRAWN: ", "**", "Appendix 1:", "This page is intentionally left blank",
    "Page 3", "\n", "\n\n", "\f", " | ", "\t", "1.0 ", "2.3 ", "• ", "Thursday 23 July 2026 at 10am", "Dates of Future Meetings",
    "To award Some Council £4,800 to deliver", "tactical pot", "upfront", "remaining", "underspend", "€", "\u00a0", "\u2028",
]
house_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=30)), max_size=60).map("".join)


def _document(pages: list[str]) -> ParsedDocument:
    return ParsedDocument.from_page_texts(pages, sha256="f" * 64, path="fuzz.txt", format="text", parser="fuzz")


@FUZZ_CHEAP
@given(st.binary(max_size=4000), st.sampled_from(["a.txt", "a.html", "a.pdf", "a.md"]))
def test_parsers_raise_only_document_errors(data: bytes, name: str):
    INPUTS["parser bytes"] += 1
    try:
        document = parse_bytes(Path(name), data)
    except DocumentError as error:
        assert error.reason and "\n" not in error.reason
        return
    text = document.text
    for page in document.pages:
        assert text[page.char_start : page.char_end] == page.text


@FUZZ
@given(st.lists(house_text, min_size=1, max_size=3))
def test_extraction_never_raises_and_every_span_is_the_printed_text(pages: list[str]):
    INPUTS["house-style documents"] += 1
    document = _document(pages)
    extraction = extract_document(document)
    text = document.text
    for row in fact_rows(document, extraction):
        assert 0 <= row.char_start <= row.char_end <= len(text)
        assert text[row.char_start : row.char_end] == row.span_text
        assert document.pages[row.page_index].char_start <= row.char_start <= document.pages[row.page_index].char_end


_SEED_PDF = (
    b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\n"
    b"endobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
    b"/Contents 5 0 R >>\nendobj\n4 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\n5 0 obj\n"
    b"<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 720 Td (Grant \\243500) Tj ET\nendstream\nendobj\ntrailer\n"
    b"<< /Root 1 0 R >>\n%%EOF\n"
)


@FUZZ_CHEAP
@given(st.lists(st.tuples(st.integers(0, len(_SEED_PDF)), st.binary(max_size=12)), max_size=6), st.integers(8, len(_SEED_PDF)))
def test_a_mutated_pdf_raises_only_document_errors(edits: list[tuple[int, bytes]], keep: int):
    INPUTS["mutated PDFs"] += 1
    data = bytearray(_SEED_PDF)
    for position, replacement in edits:
        data[position : position + len(replacement)] = replacement
    try:
        document = parse_bytes(Path("mutated.pdf"), bytes(data[:keep]))
    except DocumentError as error:
        assert error.reason and "\n" not in error.reason
        return
    assert document.pages


@pytest.fixture(scope="module")
def records_db():
    """An in-memory DuckDB with the generated documents table."""
    con = duckdb.connect()
    con.execute(create_table_sql(DocumentRow))
    yield con
    con.close()


def _insert(con: duckdb.DuckDBPyConnection, record) -> None:
    data = record.model_dump(mode="json")
    columns = ", ".join(data)
    values = [str(v) if isinstance(v, list) else v for v in data.values()]
    con.execute(f"INSERT OR REPLACE INTO {record.table} ({columns}) VALUES ({', '.join('?' * len(data))})", values)


@FUZZ_CHEAP
@given(st.binary(min_size=1, max_size=255).filter(lambda b: b"/" not in b and b"\x00" not in b))
def test_any_file_name_bytes_are_stored_and_shown(records_db, name: bytes):
    """Issue 16 case 1: a name that is not UTF-8 could not be bound as a DuckDB string."""
    INPUTS["file names"] += 1
    path = "/raw/" + os.fsdecode(name)
    shown = storable_text(path)
    shown.encode("utf-8")
    assert storable_text(shown) == shown
    if _is_utf8(name):
        assert shown == path
    record = FileRow(path=path, document_id="f" * 64, size_bytes=1, mtime_ns=1, last_seen_at="2026-01-01T00:00:00")
    assert records_db.execute("SELECT ?", [record.path]).fetchall() == [(shown,)]  # the bind that raised


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


@FUZZ_CHEAP
@given(
    st.text(alphabet="0123456789,.", min_size=1, max_size=400),
    st.sampled_from(["", "k", "m", " million", "bn", " billion"]),
)
def test_an_amount_of_any_length_is_read_exactly_or_flagged(records_db, figure: str, scale: str):
    """Issue 16 case 2: every amount read fits DECIMAL(18,2), or it is flagged and not a figure."""
    INPUTS["amounts"] += 1
    for amount in find_amounts(f"a grant of £{figure}{scale} was agreed"):
        if amount.amount is None:
            assert amount.malformed
            continue
        assert 0 <= amount.amount <= PLAUSIBLE_MAX and amount.amount == amount.amount.quantize(Decimal("0.01"))
        stored = records_db.execute("SELECT CAST(? AS DECIMAL(18, 2))", [amount.amount]).fetchall()[0][0]
        assert stored == amount.amount


def _pdf_with_title(title: bytes) -> bytes:
    """The seed PDF with an Info dictionary whose Title is the given bytes as a hex string."""
    body = _SEED_PDF.split(b"trailer")[0] + b"6 0 obj\n<< /Title <" + title.hex().encode() + b"> >>\nendobj\n"
    return body + b"trailer\n<< /Root 1 0 R /Info 6 0 R >>\n%%EOF\n"


@FUZZ
@given(st.one_of(st.binary(max_size=64), st.binary(max_size=64).map(lambda b: b"\xfe\xff" + b)))
def test_any_title_metadata_keeps_the_document_and_is_storable(records_db, title: bytes):
    """Issue 16 case 8: a lone surrogate in the Title (UTF-16 with a BOM) failed the document."""
    INPUTS["PDF titles"] += 1
    document = parse_bytes(Path("titled.pdf"), _pdf_with_title(title))
    record = DocumentRow(
        id="e" * 64, sha256="e" * 64, path="titled.pdf", format="pdf", kind=None, title=document.title,
        size_bytes=1, n_pages=1, n_chars=1, status="loaded", error=None, warnings=document.warnings,
        parser="fuzz", pipeline_version="fuzz", ingested_at="2026-01-01T00:00:00",
    )
    _insert(records_db, record)


_TAGS = ["div", "span", "p", "section", "b", ("ul", "li"), ("ol", "li"), ("table", "tr", "td"), "blockquote"]


@FUZZ
@given(st.lists(st.sampled_from(_TAGS), min_size=0, max_size=40), st.integers(1, 6000), st.text(max_size=20))
def test_html_of_any_depth_parses_or_fails_with_a_document_error(pattern: list, depth: int, text: str):
    """Issue 16 case 9: 100,000 nested divs raised RecursionError."""
    INPUTS["HTML nestings"] += 1
    pattern = pattern or ["div"]
    opens, closes = [], []
    for level in range(depth):
        tags = pattern[level % len(pattern)]
        tags = tags if isinstance(tags, tuple) else (tags,)
        opens.append("".join(f"<{t}>" for t in tags))
        closes.append("".join(f"</{t}>" for t in reversed(tags)))
    markup = f"<html><body>{''.join(opens)}{html.escape(text)}Agenda{''.join(reversed(closes))}</body></html>"
    try:
        document = parse_bytes(Path("deep.html"), markup.encode("utf-8", "surrogatepass"))
    except DocumentError as error:
        assert error.reason and "\n" not in error.reason
        return
    assert "Agenda" in document.text
