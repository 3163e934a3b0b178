"""Repeated content reuses its extraction (``pipeline.ingest.reuse``), and what it gives is exactly
what extracting again gives: same extraction, fact rows, search units and warehouse rows."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import ClassVar

import pytest

from conftest import CORPUS, FIXTURES, ROOT
from docx_helpers import text_to_docx
from pipeline.ingest import process_document, reuse, run_ingest
from pipeline.ingest.outcomes import Candidate, DocumentResult
from pipeline.ingest.processing import extract_document
from pipeline.read import parse_file
from pipeline.workers import IsolatedProcessor
from schemas.parsed import ParsedDocument
from test_dask_four_workers import _tables

# A few documents of every kind of layout, and the sample papers (text and rendered PDF).
DOCUMENTS = [
    *sorted(CORPUS.glob("*.txt")),
    *sorted((ROOT / "raw" / "samples").glob("*.pdf")),
    FIXTURES / "html" / "moderngov_meeting.html",
    *[path for kind in sorted((FIXTURES / "real_layouts").iterdir()) if kind.is_dir()
      for path in sorted(p for p in kind.iterdir() if p.suffix in (".txt", ".html", ".docx", ".pdf"))[:3]],
]


def _candidate(path: Path) -> Candidate:
    data = path.read_bytes()
    stat = path.stat()
    return Candidate(str(path), hashlib.sha256(data).hexdigest(), stat.st_size, stat.st_mtime_ns)


def _result(result: DocumentResult) -> tuple:
    """Everything a result carries, field order of the search units included."""
    return (
        result.status, result.error, result.parsed, result.extraction,
        [(type(row), row.model_dump()) for row in result.rows],
        [list(unit.items()) for unit in result.search_units or []],
    )


class _Watched(ParsedDocument):
    """A parsed document that records which of its fields are read."""

    read: ClassVar[set[str]] = set()

    def __getattribute__(self, name: str):
        if name in ParsedDocument.model_fields:
            _Watched.read.add(name)
        return super().__getattribute__(name)


def test_no_extractor_reads_the_path_of_the_document_so_the_key_leaves_it_out(tmp_path: Path):
    """The cache key leaves out ``path``: extracting every kind of layout (a Word file with its
    line sources too) never reads it; ``sha256`` is read only for provenance, rebound on reuse."""
    word = text_to_docx((CORPUS / "000_3640f8d8de4eb426.txt").read_text(), tmp_path / "paper.docx", word_structure=True)
    _Watched.read = set()
    for path in [*DOCUMENTS, word]:
        parsed = parse_file(path)
        extract_document(_Watched(**dict(parsed)))
    assert "pages" in _Watched.read and "format" in _Watched.read
    assert "path" not in _Watched.read
    assert reuse.NOT_IN_KEY == {"sha256", "path"}


@pytest.mark.parametrize("path", DOCUMENTS[:8], ids=lambda p: p.name)
def test_a_rebound_extraction_equals_the_extraction_of_the_other_document(path: Path):
    parsed = parse_file(path)
    other = parsed.model_copy(update={"sha256": "f" * 64, "path": "elsewhere/copy.txt"})
    assert reuse.content_key(other) == reuse.content_key(parsed)
    assert reuse.rebind(extract_document(parsed), parsed.sha256, other.sha256) == extract_document(other)


def test_a_different_title_format_or_page_is_a_different_key():
    parsed = parse_file(CORPUS / "000_3640f8d8de4eb426.txt")
    key = reuse.content_key(parsed)
    retitled = parsed.model_copy(update={"title": "Another title"})
    as_html = parsed.model_copy(update={"format": "html"})
    page = parsed.pages[0].model_copy(update={"printed_number": 7})
    renumbered = parsed.model_copy(update={"pages": [page, *parsed.pages[1:]]})
    assert len({key, *map(reuse.content_key, (retitled, as_html, renumbered))}) == 4


def test_the_same_text_under_another_title_is_extracted_again(monkeypatch):
    cache = reuse.ExtractionCache()
    parsed = parse_file(CORPUS / "000_3640f8d8de4eb426.txt")
    retitled = parsed.model_copy(update={"title": "Another title", "sha256": "e" * 64})
    calls = []

    def extract(document: ParsedDocument):
        calls.append(document)
        return extract_document(document)

    for document in (parsed, retitled):
        extraction, entry, key = cache.extract(document, extract)
        cache.put(key, document, extraction, [])
    assert calls == [parsed, retitled] and cache.hits == 0


def _copies(tmp_path: Path) -> list[Path]:
    """Two sample papers, each also as a copy of other bytes and the same content (CRLF line
    ends for the text, a trailing comment for the PDF)."""
    folder = tmp_path / "raw"
    folder.mkdir()
    text = CORPUS / "001_fd20779843a3d887.txt"
    pdf = ROOT / "raw" / "samples" / "002_be77506d490d4968.pdf"
    written = {
        "a.txt": text.read_bytes(), "b_copy.txt": text.read_bytes().replace(b"\n", b"\r\n"),
        "c.pdf": pdf.read_bytes(), "d_copy.pdf": pdf.read_bytes() + b"\n% another copy\n",
    }
    for name, data in written.items():
        (folder / name).write_bytes(data)
    return [folder / name for name in written]


def test_a_copy_is_served_from_the_cache_with_the_results_of_extracting_it(tmp_path: Path, monkeypatch):
    files = _copies(tmp_path)
    monkeypatch.setattr(reuse, "CACHE", reuse.ExtractionCache(0))
    fresh = [_result(process_document(_candidate(path))) for path in files]
    monkeypatch.setattr(reuse, "CACHE", reuse.ExtractionCache())
    cached = [_result(process_document(_candidate(path))) for path in files]
    assert (reuse.CACHE.hits, reuse.CACHE.misses) == (2, 2)
    assert cached == fresh
    assert fresh[0][3] != fresh[1][3]  # the copy's facts name its own document


def _with_hits(candidate: Candidate) -> tuple[DocumentResult, int]:
    """``process_document``, and how often this process has reused an extraction so far."""
    return process_document(candidate), reuse.CACHE.hits


def test_a_worker_process_reuses_and_a_process_extracting_in_place_does_not(tmp_path: Path):
    files = _copies(tmp_path)
    assert reuse.CACHE.max_documents == 0
    fresh = [_result(process_document(_candidate(path))) for path in files]
    assert reuse.CACHE.hits == 0
    with IsolatedProcessor(workers=1, target=_with_hits) as processor:
        found = {result.candidate.path: (result, hits) for result, hits in processor([_candidate(p) for p in files])}
    assert [found[str(path)][1] for path in files] == [0, 1, 1, 2]
    assert [_result(found[str(path)][0]) for path in files] == fresh


def test_the_warehouse_holds_the_same_rows_with_and_without_reuse(tmp_path: Path, monkeypatch):
    files = _copies(tmp_path)
    monkeypatch.setattr(reuse, "CACHE", reuse.ExtractionCache(0))
    off = run_ingest([files[0].parent], tmp_path / "off.duckdb")
    monkeypatch.setattr(reuse, "CACHE", reuse.ExtractionCache())
    on = run_ingest([files[0].parent], tmp_path / "on.duckdb")
    assert off.ok and on.ok and on.count("loaded") == off.count("loaded") == 4
    assert reuse.CACHE.hits == 2
    off_rows, on_rows = _tables(tmp_path / "off.duckdb"), _tables(tmp_path / "on.duckdb")
    assert all(on_rows[name] for name in ("documents", "pages", "search_units", "search_terms", "money_mentions"))
    assert on_rows == off_rows


def test_the_cache_drops_the_least_recently_used_past_its_bounds():
    cache = reuse.ExtractionCache(max_documents=2, max_chars=10**9)
    documents = [parse_file(path) for path in sorted(CORPUS.glob("*.txt"))[:3]]
    for document in documents:
        extraction, _, key = cache.extract(document, extract_document)
        cache.put(key, document, extraction, [])
    assert len(cache) == 2 and cache.extract(documents[0], extract_document)[1] is None
    small = reuse.ExtractionCache(max_documents=10, max_chars=len(documents[0].text) - 1)
    extraction, _, key = small.extract(documents[0], extract_document)
    small.put(key, documents[0], extraction, [])
    assert len(small) == 0
