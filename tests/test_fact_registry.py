"""A new fact goes in through the registry alone (CONTRIBUTING.md): an extractor registered with its
output model gets a generated row model, a generated migration, and its rows loaded by the real
ingest, each with its provenance, without touching the loader."""

from __future__ import annotations

import re
import shutil

import duckdb
import pytest
from pydantic import BaseModel, Field

from extractors import registry
from extractors.readers.spans import provenance
from pipeline import store
from pipeline.ingest import run_ingest
from pipeline.new_migration import MIGRATIONS, migration_sql, pending, write_migration
from schemas.ddl import create_table_sql
from schemas.parsed import ParsedDocument
from schemas.provenance import Provenance
from schemas.traced import Derived, traced_row

VERSION = "1"  # the toy extractor's rules: this module stands for extractors/proceedings/notices.py

_NOTICE = re.compile(r"^Notice: (?P<phrase>.+)$", re.MULTILINE)

PAPER = """To: Riverside Safety Board - 4th March 2026

Subject: Notices for the board

Notice: the river path closes for repairs
Notice: the east car park reopens in May
"""


class Notice(BaseModel):
    """A line printed as 'Notice: ...' (the toy fact)."""

    phrase: str = Field(description="What the notice says.")
    words: int = Field(description="Words in the phrase.")
    provenance: Provenance = Field(description="The notice line.")


NoticeRow = traced_row(
    "NoticeRow", "toy_notices", Notice,
    derived={"meeting_key": Derived(str | None, "Meeting of the paper printing the notice.")},
)


def find_notices(document: ParsedDocument) -> list[Notice]:
    text = document.text
    return [
        Notice(
            phrase=match["phrase"], words=len(match["phrase"].split()),
            provenance=provenance(document, text, match.start(), match.end(), "notices", VERSION),
        )
        for match in _NOTICE.finditer(text)
    ]


@pytest.fixture
def toy_fact():
    before = registry.pipeline_version()
    registry.fact(
        "toy_notices", output=Notice, row=NoticeRow, key=("phrase",),
        derive=lambda notice, context: {"meeting_key": context.meeting_key_at(notice.provenance.start)},
    )(find_notices)
    yield before
    registry.unregister("toy_notices")


def test_the_row_model_is_the_provenance_columns_then_the_output_fields_then_the_derived_ones():
    assert list(NoticeRow.model_fields)[9:] == ["phrase", "words", "meeting_key"]
    assert list(NoticeRow.model_fields)[:3] == ["id", "document_id", "page_index"]
    assert NoticeRow.sources == {"phrase": "phrase", "words": "words"}
    assert "phrase VARCHAR NOT NULL,\n    words BIGINT NOT NULL,\n    meeting_key VARCHAR\n);" in create_table_sql(NoticeRow)


def test_a_registered_fact_is_versioned_and_only_its_table_needs_a_migration(toy_fact, tmp_path):
    assert registry.EXTRACTORS[__name__] == "1" and registry.pipeline_version() != toy_fact
    assert NoticeRow in registry.fact_tables() and NoticeRow in registry.all_tables()
    assert registry.problems({}) == []
    assert pending(registry.all_tables()) == ([NoticeRow], [])
    folder = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS, folder)
    written = write_migration("toy_notices", folder=folder)
    assert written.name == f"{len(list(MIGRATIONS.glob('*.sql'))) + 1:04d}_toy_notices.sql"
    assert written.read_text(encoding="utf-8") == migration_sql("toy_notices", [NoticeRow])


def test_a_toy_fact_is_extracted_loaded_and_traced_through_the_real_ingest(toy_fact, tmp_path):
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "notices.txt").write_text(PAPER, encoding="utf-8")
    warehouse = tmp_path / "warehouse" / "papers.duckdb"
    warehouse.parent.mkdir()
    con = duckdb.connect(str(warehouse))
    store.migrate(con)
    con.execute(migration_sql("toy_notices", [NoticeRow]))
    con.close()

    summary = run_ingest([folder], warehouse)

    assert summary.ok and summary.count("loaded") == 1
    con = duckdb.connect(str(warehouse), read_only=True)
    rows = con.execute(
        "SELECT n.phrase, n.words, n.extractor, n.extractor_version, n.span_text, "
        "substr(p.text, n.char_start - p.char_start + 1, n.char_end - n.char_start), n.meeting_key "
        "FROM toy_notices n JOIN pages p ON p.document_id = n.document_id AND p.page_index = n.page_index "
        "ORDER BY n.char_start"
    ).fetchall()
    meetings = con.execute("SELECT DISTINCT meeting_key FROM meeting_mentions").fetchall()
    checked = con.execute("SELECT n_rows FROM check_results WHERE name = 'toy_notices_are_traceable'").fetchall()
    con.close()
    assert [row[:4] for row in rows] == [
        ("the river path closes for repairs", 6, "notices", "1"),
        ("the east car park reopens in May", 7, "notices", "1"),
    ]
    assert all(span == printed == f"Notice: {phrase}" for phrase, _, _, _, span, printed, _ in rows)
    assert meetings == [(rows[0][6],)] and rows[0][6] is not None
    assert checked == [(0,)]


def test_the_toy_module_is_not_left_registered():
    assert "toy_notices" not in registry.FACTS and __name__ not in registry.EXTRACTORS
