"""Property tests over the parsers and the whole extraction: arbitrary input never crashes them,
and every span they report indexes into the text they were given.

`FUZZ_EXAMPLES=5000 pytest tests/test_fuzz.py` runs the long campaign documented in the README.
"""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.errors import DocumentError
from extractors.extraction import extract_document
from extractors.parse import parse_bytes
from pipeline.rows import fact_rows
from schemas.parsed import ParsedDocument

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

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


@FUZZ
@given(st.binary(max_size=4000), st.sampled_from(["a.txt", "a.html", "a.pdf", "a.md"]))
def test_parsers_raise_only_document_errors(data: bytes, name: str):
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


@FUZZ
@given(st.lists(st.tuples(st.integers(0, len(_SEED_PDF)), st.binary(max_size=12)), max_size=6), st.integers(8, len(_SEED_PDF)))
def test_a_mutated_pdf_raises_only_document_errors(edits: list[tuple[int, bytes]], keep: int):
    data = bytearray(_SEED_PDF)
    for position, replacement in edits:
        data[position : position + len(replacement)] = replacement
    try:
        document = parse_bytes(Path("mutated.pdf"), bytes(data[:keep]))
    except DocumentError as error:
        assert error.reason and "\n" not in error.reason
        return
    assert document.pages
