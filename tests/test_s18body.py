"""Where a page names a fact's body is kept with the evidence: the funder a page's prose names and the body
its heading is of are read by a registered, versioned reader (extractors/grants/funder_mentions.py) into
records with spans, and fact_bodies keeps the page, offsets and printed text of the span chosen. Small
texts in our own words."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from extractors import registry
from extractors.grants import funder_mentions
from extractors.grants.funder_mentions import find_funder_mentions
from extractors.parsing.parse_text import parse_text
from pipeline import store
from pipeline.ingest import run_ingest
from pipeline.new_migration import table_columns
from warehouse import sql_files

# The project is printed on page 1; only page 2 says whose money it is.
_TWO_PAGES = (
    "Spring grants round\n"
    "The Upton Bowls Club has been awarded £1,500 towards new mats.\n"
    "\f"
    "About the grants\n"
    "The grants were funded by Upton Town Council from its community budget.\n"
)
_HEADED = "Upton Town Council\nNews\nThe Upton Bowls Club has been awarded £1,500 towards new mats.\n"
_SPAN = """
SELECT f.evidence, f.evidence_text, f.evidence_page_index, f.evidence_char_start, f.evidence_char_end, f.evidence_span_text,
       substr(p.text, f.evidence_char_start - p.char_start + 1, f.evidence_char_end - f.evidence_char_start)
FROM fact_bodies f
LEFT JOIN pages p ON p.document_id = f.document_id AND p.page_index = f.evidence_page_index
"""


def _document(text: str):
    return parse_text(Path("page.txt"), text.encode(), "0" * 64)


def _ingest(tmp_path: Path, text: str) -> Path:
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "page.txt").write_text(text, encoding="utf-8")
    warehouse = tmp_path / "w.duckdb"
    assert run_ingest([tmp_path / "raw" / "page.txt"], warehouse).ok
    return warehouse


def _rows(warehouse: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_the_reader_gives_each_printing_its_role_and_its_span_on_its_own_page():
    document = _document(_TWO_PAGES)
    [mention] = find_funder_mentions(document)
    assert (mention.body, mention.role, mention.commissioner) == ("Upton Town Council", "by_or_from", False)
    assert mention.provenance.page_index == 1
    assert mention.provenance.text == document.text[mention.provenance.start : mention.provenance.end] == "Upton Town Council"
    assert mention.provenance.extractor == "funder_mentions"


def test_a_printing_wrapped_over_two_lines_keeps_its_span_as_printed_and_its_name_on_one_line():
    document = _document("Clubs were given £900 by Dunmere's Police\nand Crime Commissioner.\n")
    [mention] = find_funder_mentions(document)
    assert mention.body == "Dunmere's Police and Crime Commissioner"
    assert mention.provenance.text == "Dunmere's Police\nand Crime Commissioner"
    assert mention.commissioner


def test_a_heading_line_is_read_with_its_span():
    [mention] = find_funder_mentions(_document("Decisions of the Eastmoor Combined Authority (ECA)\nRef | Subject\n"))
    assert (mention.body, mention.role) == ("Eastmoor Combined Authority", "heading")
    assert (mention.provenance.start, mention.provenance.end) == (17, 44)


def test_the_reader_is_a_registered_versioned_fact_whose_version_reparses_stored_documents(monkeypatch):
    entry = registry.FACTS["funder_mentions"]
    assert entry.standalone and entry.table == "funder_mentions" and entry.module == "funder_mentions"
    assert "funder_mentions" in registry.registered_modules()
    before = registry.pipeline_version()
    monkeypatch.setattr(funder_mentions, "VERSION", "999")
    assert registry.pipeline_version() != before


def test_a_funder_named_on_page_two_records_page_two_and_the_exact_span(tmp_path: Path):
    rows = _rows(_ingest(tmp_path, _TWO_PAGES), _SPAN)
    assert rows
    assert set(rows) == {("page_funder", "Upton Town Council", 1, rows[0][3], rows[0][4], "Upton Town Council", "Upton Town Council")}


def test_a_heading_evidence_records_its_line_span(tmp_path: Path):
    rows = _rows(_ingest(tmp_path, _HEADED), _SPAN)
    assert rows
    assert set(rows) == {("page_heading", "Upton Town Council", 0, 0, 18, "Upton Town Council", "Upton Town Council")}


def test_a_meeting_heading_keeps_the_span_of_the_heading_that_named_it(tmp_path: Path):
    # Since s18body2 evidence read from a stored row keeps that row's span: here the meeting mention's (its
    # heading line; the body printed above it is the mention's body, not in its span).
    minutes = (
        "Westby Parish Council\nMinutes of the meeting held on 4 March 2026\n\n"
        "1. Grants\nThe council agreed to award £400 to the Westby Scouts for a tent.\n"
    )
    rows = _rows(_ingest(tmp_path, minutes), (
        "SELECT fb.evidence, fb.evidence_text, fb.evidence_char_start, fb.evidence_span_text, m.span_text FROM fact_bodies fb "
        "JOIN meeting_mentions m ON m.document_id = fb.document_id AND m.char_start = fb.evidence_char_start"
    ))
    assert rows
    assert all(kind == "meeting_heading" and text == "Westby Parish Council" and span == mention for kind, text, _, span, mention in rows)


def test_a_version_16_warehouse_keeps_its_rows_and_gains_the_spans_when_its_documents_are_parsed_again(tmp_path: Path):
    warehouse = _ingest(tmp_path, _TWO_PAGES)
    con = store.connect(warehouse)
    try:
        # Back to version 16: no funder_mentions, fact_bodies without the span columns, the rows kept.
        for view, in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall():
            con.execute(f"DROP VIEW {view}")
        con.execute("DROP TABLE funder_mentions; DROP TABLE decision_headers; DROP TABLE allocation_parties; "
                    "DELETE FROM schema_version WHERE version IN (17, 18, 19, 20)")
        con.execute("CREATE TABLE old AS SELECT fact_id, fact_table, document_id, body_id, evidence, evidence_text, funder, recipient "
                    "FROM fact_bodies; DROP TABLE fact_bodies")
        version_16 = duckdb.connect()
        for _, sql in sql_files("migrations")[:16]:
            version_16.execute(sql)
        con.execute(version_16.execute(
            "SELECT sql FROM duckdb_tables() WHERE table_name = 'fact_bodies'").fetchall()[0][0])
        con.execute("INSERT INTO fact_bodies SELECT * FROM old; DROP TABLE old")
        assert table_columns(con)["fact_bodies"] == table_columns(version_16)["fact_bodies"]
        version_16.close()
        before = con.execute("SELECT fact_id, body_id, evidence, evidence_text FROM fact_bodies ORDER BY 1").fetchall()
        assert store.migrate(con) == [
            "0017_funder_mentions.sql", "0018_fact_body_spans.sql", "0019_decision_headers.sql", "0020_allocation_parties.sql"
        ]
        assert con.execute("SELECT fact_id, body_id, evidence, evidence_text FROM fact_bodies ORDER BY 1").fetchall() == before
        assert con.execute("SELECT count(*) FROM fact_bodies WHERE evidence_span_text IS NOT NULL").fetchall() == [(0,)]
        con.execute("UPDATE documents SET pipeline_version = 'the code before'")
    finally:
        con.close()
    assert run_ingest([tmp_path / "raw" / "page.txt"], warehouse).ok
    assert {row[:3] + row[5:] for row in _rows(warehouse, _SPAN)} == {
        ("page_funder", "Upton Town Council", 1, "Upton Town Council", "Upton Town Council")
    }


@pytest.mark.parametrize("text", ["Westby Town Council has approved its new standing orders.", "News\nEvents\nContact\nUpton Town Council"])
def test_no_mention_is_read_where_no_body_is_named_as_funder_or_heading(text: str):
    assert find_funder_mentions(_document(text)) == []


def _read(text: str) -> list[tuple[str, str]]:
    return [(mention.body, mention.role) for mention in find_funder_mentions(_document(text))]


def test_a_sentence_cut_by_a_heading_shaped_line_is_read_as_one_sentence():
    text = "Funding news\n\nSection 9 of the Local Safety Act allows the Commissioner to\naward grants to clubs.\n"
    assert _read(text) == [("Commissioner", "awards")]


def test_a_title_without_a_full_stop_does_not_swallow_the_sentence_below_it():
    text = (
        "Commissioner awards £9,000 to 12 clubs\n\n"
        "The Police and Crime Commissioner for Dunmere has awarded £9,000 to twelve clubs in the county.\n"
    )
    assert _read(text) == [("Commissioner", "awards"), ("Police and Crime Commissioner for Dunmere", "awards")]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Westby Council has approved\nfunding of £5,000 for the hall.", [("Westby Council", "awards")]),  # the line carries on
        ("Westby Council has approved\n£5,000 for the hall.", []),  # a new line: approving, and no money in its own line
    ],
)
def test_an_approval_needs_money_in_its_own_line_or_the_line_it_carries_on_into(text: str, read: list):
    assert _read(text) == read
