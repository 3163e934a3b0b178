"""Issue 17, continued (s18body2): a decision record's header is read at load by the registered fact
``decision_headers``; ``pipeline/bodies.py`` reads no text for it, and every body read from a stored row
keeps that row's span in ``fact_bodies``."""

from __future__ import annotations

from pathlib import Path

from extractors import registry
from extractors.parsing.parse_text import parse_text
from extractors.proceedings.decision_headers import find_decision_headers, header_office
from pipeline import store
from pipeline.ingest import run_ingest
from schemas.structure import Paper

_NOTICE = (
    "OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR NORTHMERE\n\nDECISION NOTICE\n\n"
    "Title: Small grants round\nThe Commissioner has decided to award £2,500 to Millbrook Youth Theatre for 2025/26.\n"
)


def _document(text: str, name: str = "page.txt"):
    return parse_text(Path(name), text.encode(), "0" * 64)


def _paper(start: int, end: int) -> Paper:
    return Paper.model_construct(kind="other", start=start, end=end)  # the fact reads a paper's start only


def test_the_office_line_is_recorded_with_its_span_and_the_paper_it_heads():
    document = _document("   " + _NOTICE)
    header = header_office(document, 0)
    assert header is not None
    assert header.office == "OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR NORTHMERE"
    assert header.paper_start == 0
    assert (header.provenance.start, header.provenance.end) == (3, 3 + len(header.office))
    assert document.text[header.provenance.start : header.provenance.end] == header.office


def test_a_header_needs_a_decision_line_within_its_first_ten_lines():
    assert header_office(_document("Anyshire Council\nGrant report\n"), 0) is None
    late = "Anyshire Council\n" + "\n" * 9 + "DECISION RECORD\n"  # the decision line is the eleventh
    assert header_office(_document(late), 0) is None
    assert header_office(_document("Anyshire Council\n" + "\n" * 8 + "DECISION RECORD\n"), 0).office == "Anyshire Council"


def test_a_header_is_read_within_six_hundred_characters_of_the_paper_start():
    padded = "x" * 590 + "\nDECISION NOTICE\nNorthmere Council\n"
    assert header_office(_document(padded), 0) is None


def test_the_fact_reads_every_paper_and_is_registered_with_the_papers():
    # The first paper is over ten lines long: its header window does not reach the notice (a shorter paper's
    # window would, as it did when pipeline/bodies.py read it: the window is bounded by the page, not the paper).
    text = "Minutes of the panel\n" + "Nothing decided.\n" * 10 + _NOTICE
    document = _document(text)
    second = text.index("OFFICE")
    found = find_decision_headers(document, [_paper(0, second), _paper(second, len(text))])
    assert [h.paper_start for h in found] == [second]
    entry = registry.FACTS["decision_headers"]
    assert entry.papers and entry.standalone and entry.table == "decision_headers"


def test_the_registry_orders_standalone_facts_by_name():
    names = [entry.name for entry in registry.facts() if entry.standalone]
    assert names == sorted(names)


def test_a_decision_notice_body_keeps_the_office_line_span(tmp_path: Path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "notice.txt").write_text(_NOTICE)
    warehouse = tmp_path / "w.duckdb"
    assert run_ingest([folder / "notice.txt"], warehouse).ok
    con = store.connect(warehouse)
    try:
        rows = con.execute(
            "SELECT evidence, evidence_text, evidence_page_index, evidence_char_start, evidence_char_end, evidence_span_text "
            "FROM fact_bodies"
        ).fetchall()
        headers = con.execute("SELECT office, paper_start, char_start FROM decision_headers").fetchall()
    finally:
        con.close()
    office = "OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR NORTHMERE"
    assert headers == [(office, 0, 0)]
    assert rows and all(row == ("decision_header", office, 0, 0, len(office), office) for row in rows)
