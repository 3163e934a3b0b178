"""Many bodies in one warehouse (issue 18): every funding fact belongs to a body, resolved from
evidence; the funding views compare bodies instead of mixing them; old warehouses upgrade."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from analysis_helpers import bodies_warehouse
from conftest import FIXTURES
from pipeline import derive, store
from extractors.grants.allocation_parties import readings
from extractors.parsing.parse_text import parse_text
from extractors.proceedings.decision_headers import header_office
from pipeline.bodies import body_key, classify, display_name, is_generic, parties, read_directory
from pipeline.ingest import run_ingest
from pipeline.new_migration import table_columns
from warehouse import sql_files

BODIES = FIXTURES / "bodies"


# Names, kinds, parties: small strings in our own words.


def test_body_key_ignores_case_articles_office_of_and_a_partnerships_board():
    assert body_key("The Eastbrook Community Safety Partnership Board") == "eastbrook community safety partnership"
    assert body_key("OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR WESTDALE") == "police and crime commissioner for westdale"
    assert body_key("Safer Streets & Communities Cabinet Committee") == "safer streets and communities cabinet committee"
    assert body_key("Audit Board") == "audit board"


def test_kinds_are_read_from_recurring_vocabulary():
    kinds = {name: classify(body_key(name)) for name in (
        "Eastbrook Community Safety Partnership", "Office of the Police, Fire and Crime Commissioner for Northmoor",
        "Westdale Police and Crime Panel", "Northern Valleys Combined Authority", "Cabinet Committee for Growth",
        "Southfield Borough Council", "Harbour Trust",
    )}
    assert list(kinds.values()) == [
        "community_safety_partnership", "pcc", "panel", "combined_authority", "council_committee", "council", "other"]


def test_a_name_of_shared_vocabulary_alone_names_no_place():
    assert is_generic(body_key("Cabinet")) and is_generic(body_key("The Community Safety Partnership Board"))
    assert is_generic(body_key("Office of the Police and Crime Commissioner"))
    assert not is_generic(body_key("Eastbrook Community Safety Partnership"))


def test_an_all_capitals_heading_is_shown_in_title_case():
    assert display_name("OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR WESTDALE") == (
        "Office of the Police and Crime Commissioner for Westdale")


def _parties(sentence: str, body_name: str | None = None) -> tuple[str | None, str | None]:
    """The sentence read as the allocation_parties fact reads it, chosen as pipeline/bodies.py chooses."""
    named = {reading: (name, own, None) for reading, name, own in readings(sentence)}
    funder, recipient = parties(named, body_name)
    return funder[0], recipient[0]


def test_funder_and_recipient_are_read_only_when_the_sentence_names_them():
    assert _parties("The Police and Crime Commissioner has allocated £48,000 to the Eastvale Community Safety Partnership for 2024/25.") == (
        "Police and Crime Commissioner", "Eastvale Community Safety Partnership")
    assert _parties("A grant of £9,000 was awarded to the Partnership by the PCC.", "Eastvale CSP") == ("PCC", "Eastvale CSP")
    assert _parties("The grant of £12,000 from the Office of the Police and Crime Commissioner is confirmed.") == (
        "Office of the Police and Crime Commissioner", None)
    assert _parties("To award Harbour Rowing Club £4,750 for weekend sessions.") == (None, "Harbour Rowing Club")
    assert _parties("The grant for 2024/25 is £40,000.") == (None, None)
    assert _parties("Members approved £5,000 to fund the scheme.") == (None, None)


def test_a_decision_header_names_the_office_above_decision_notice():
    text = "OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR WESTDALE\n\nDECISION NOTICE\n\nTitle: An award\n"
    office = header_office(parse_text(Path("notice.txt"), text.encode(), "0" * 64), 0)
    assert office and office.office == "OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR WESTDALE"
    other = "Report to: Eastbrook Partnership\nSubject: Decision on the grant\n"
    assert header_office(parse_text(Path("report.txt"), other.encode(), "0" * 64), 0) is None


def test_the_bodies_file_maps_aliases_kinds_and_parents_and_refuses_an_unknown_kind():
    directory = read_directory("# note\nname,alias,kind,parent\nKent Community Safety Partnership,KCSP,,Kent PCC\n")
    assert directory.key("KCSP") == directory.key("The Kent Community Safety Partnership")
    assert directory.parents[body_key("Kent Community Safety Partnership")] == "kent pcc"
    with pytest.raises(ValueError, match="kind"):
        read_directory("name,alias,kind,parent\nX,,club,\n")


# Five bodies with overlapping years in one warehouse.


@pytest.fixture(scope="module")
def five_bodies(tmp_path_factory) -> Path:
    return bodies_warehouse(tmp_path_factory)


def _rows(warehouse: Path, sql: str) -> list[dict]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        cursor = con.execute(sql)
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]
    finally:
        con.close()


def test_funding_by_body_year_gives_each_body_its_own_stated_figures(five_bodies: Path):
    rows = _rows(five_bodies, "SELECT * FROM funding_by_body_year")
    got = {(r["body"], r["financial_year"]): (r["grant_total"], r["upfront_pot"], r["tactical_pot"], r["approved_total"],
                                               r["underspend"], r["n_projects"]) for r in rows}
    D = Decimal
    assert got == {
        ("Eastbrook Community Safety Partnership Board", "2024/25"): (D("62400.00"), None, None, D("11300.00"), None, 2),
        ("Northmoor Community Safety Partnership", "2024/25"): (D("34500.00"), D("24500.00"), D("10000.00"), None, None, 0),
        ("Office of the Police and Crime Commissioner for Westdale", "2024/25"): (D("150000.00"), None, None, D("6300.00"), None, 1),
        ("Riverview Community Safety Partnership", "2024/25"): (D("26500.00"), None, None, None, None, 0),
        ("Southfield Community Safety Partnership", "2023/24"): (D("41000.00"), None, None, D("9000.00"), D("1800.00"), 2),
        ("Southfield Community Safety Partnership", "2024/25"): (D("39750.00"), None, None, None, None, 0),
    }
    kinds = {r["body"]: r["body_kind"] for r in rows}
    assert kinds["Office of the Police and Crime Commissioner for Westdale"] == "pcc"
    assert kinds["Northmoor Community Safety Partnership"] == "community_safety_partnership"


def test_funding_by_year_never_combines_two_bodies_in_one_row(five_bodies: Path):
    rows = _rows(five_bodies, "SELECT * FROM funding_by_year")
    assert len([r for r in rows if r["financial_year"] == "2024/25"]) == 5
    figures = _rows(five_bodies, """
        SELECT fb.body_id, a.financial_year, a.kind, a.amount FROM allocations a JOIN fact_bodies fb ON fb.fact_id = a.id""")
    for row in rows:
        mine = {(f["kind"], f["amount"]) for f in figures if f["body_id"] == row["body_id"] and f["financial_year"] == row["financial_year"]}
        for kind, column in (("grant_total", "grant_total"), ("upfront_pot", "upfront_pot"), ("tactical_pot", "tactical_pot"),
                             ("underspend", "underspend")):
            if row[column] is not None and not row["pots_derived"]:
                assert (kind, row[column]) in mine, (row["body"], column)
    projects = _rows(five_bodies, "SELECT DISTINCT project_id, body_id FROM project_history")
    assert len(projects) == len({p["project_id"] for p in projects})


def test_latest_paper_wins_within_a_body_and_an_alias_joins_its_papers(five_bodies: Path):
    riverview = _rows(five_bodies, "SELECT * FROM bodies WHERE name = 'Riverview Community Safety Partnership'")
    assert len(riverview) == 1 and "RVCSP" in riverview[0]["aliases"]
    westdale = _rows(five_bodies, "SELECT id, kind FROM bodies WHERE name LIKE '%Westdale'")
    assert riverview[0]["parent_id"] == westdale[0]["id"]
    # Southfield's 2024/25 paper is dated after Riverview's June paper, before its December one:
    # neither body's grant replaces the other's.
    grants = {r["body"]: r["grant_total"] for r in _rows(five_bodies, "SELECT * FROM funding_by_year WHERE financial_year = '2024/25'")}
    assert grants["Riverview Community Safety Partnership"] == Decimal("26500.00")
    assert grants["Southfield Community Safety Partnership"] == Decimal("39750.00")


def test_the_evidence_is_kept_and_an_unresolved_fact_is_listed_not_attached(five_bodies: Path):
    evidence = {(r["evidence"], r["n"]) for r in _rows(five_bodies, "SELECT evidence, count(*) AS n FROM fact_bodies GROUP BY 1")}
    assert {e for e, _ in evidence} >= {"report_to", "decision_header", None}
    unresolved = _rows(five_bodies, "SELECT * FROM data_quality WHERE check_name = 'unresolved_body'")
    assert [r["span_text"] for r in unresolved] and all(r["result"] == "unresolved" for r in unresolved)
    assert not _rows(five_bodies, "SELECT * FROM project_history WHERE name ILIKE '%summer diversion%' AND body_id IS NOT NULL")
    parties_ = _rows(five_bodies, "SELECT funder, recipient FROM fact_bodies WHERE funder IS NOT NULL AND fact_table = 'allocations'")
    assert {"funder": "Police and Crime Commissioner", "recipient": "Eastbrook Community Safety Partnership"} in parties_


# Upgrading a warehouse built at schema version 10.


def test_upgrading_a_version_10_warehouse_keeps_every_row_and_lists_the_unresolved(tmp_path: Path):
    warehouse = tmp_path / "old.duckdb"
    summary = run_ingest(sorted(BODIES.glob("*.txt")), warehouse)
    assert summary.ok
    tables = ("documents", "pages", "allocations", "projects", "project_mentions", "data_quality",
              "canonical_projects", "project_observations", "meeting_mentions", "reports")
    con = store.connect(warehouse)
    try:
        # Take it back to version 10: the tables as they were, the rows kept.
        con.execute("DROP VIEW IF EXISTS funding_by_body_year")
        for view, in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall():
            con.execute(f"DROP VIEW {view}")
        con.execute("DROP TABLE bodies; DROP TABLE fact_bodies; DROP TABLE funder_mentions; DROP TABLE decision_headers; DROP TABLE allocation_parties")
        con.execute("DELETE FROM schema_version WHERE version IN (16, 17, 18, 19, 20)")
        con.execute("ALTER TABLE project_observations DROP COLUMN body_id; ALTER TABLE canonical_projects DROP COLUMN body_id")
        con.execute("DELETE FROM data_quality WHERE check_name = 'unresolved_body'")
        con.execute("DELETE FROM schema_version WHERE version = 11")
        con.execute("DROP TABLE dated_papers_rows; DROP TABLE funding_by_body_year_rows; DROP TABLE funding_by_theme_year_rows; "
                    "DROP TABLE projects_current_rows; DELETE FROM schema_version WHERE version = 14")
        for name, sql in sql_files("views"):
            if "body" not in sql and "_rows" not in sql:
                con.execute(sql)
        version_10 = duckdb.connect()
        for _, sql in sql_files("migrations")[:10]:
            version_10.execute(sql)
        assert table_columns(con) == table_columns(version_10)  # the tables are those of version 10
        version_10.close()
        before = {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in tables}
        assert store.migrate(con) == [
            "0011_bodies.sql", "0014_view_tables.sql", "0016_page_funder.sql", "0017_funder_mentions.sql", "0018_fact_body_spans.sql",
            "0019_decision_headers.sql", "0020_allocation_parties.sql",
        ]
        after = {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in tables}
        assert after == before
        assert derive.needs_refresh(con)
        derive.refresh(con)
        listed = con.execute("SELECT count(*) FROM data_quality WHERE check_name = 'unresolved_body'").fetchall()[0][0]
        assert listed >= 1
        assert con.execute("SELECT count(*) FROM data_quality").fetchall()[0][0] == before["data_quality"] + listed
        assert store.run_checks(con) == {}
    finally:
        con.close()


# Canonical projects link within one body, unless an override says so.


def _mention(name: str, doc: str, body: str | None, date):
    from pipeline.canonical import Mention

    return Mention(
        id=f"{doc}:0", document_id=doc, source_project_id=f"{doc}:{name}", paper_id=f"{doc}:p", paper_date=date,
        paper_kind="report", financial_year="2024/25", name=name, amount=Decimal("5000"), amount_text="£5,000",
        status="approved", pot=None, recipient=None, description=None, page_index=0, printed_page=1, char_start=0,
        char_end=5, span_text="x", extractor="projects", extractor_version="2", body_id=body,
    )


def test_two_bodies_funding_a_project_of_the_same_name_keep_two_projects_unless_an_override_joins_them():
    import datetime as dt

    from pipeline.canonical import build, read_overrides

    mentions = [_mention("Street Pastors", "d1", "body-a", dt.date(2024, 6, 1)),
                _mention("Street Pastors", "d2", "body-b", dt.date(2024, 9, 1)),
                _mention("Street Pastors", "d3", "body-a", dt.date(2024, 12, 1))]
    projects, observations, _, _ = build(mentions)
    assert sorted((p.body_id, p.n_papers) for p in projects) == [("body-a", 2), ("body-b", 1)]
    assert len({p.id for p in projects}) == 2 and {o.body_id for o in observations} == {"body-a", "body-b"}
    override = read_overrides("action,left,right,note\nsame_project,2024/25:Street Pastors,2024/25:Street Pastors,joint scheme\n")
    projects, _, decisions, _ = build(mentions, override)
    assert len(projects) == 1 and any(d.rule == "override" and d.decision == "linked" for d in decisions)


# Evidence levels 2 and 3: the pack's meeting, the fetched committee.


def test_a_fact_outside_any_headed_paper_takes_its_pack_then_its_fetched_committee(five_bodies: Path, tmp_path: Path):
    import datetime as dt

    from pipeline.bodies import resolve

    warehouse = tmp_path / "copy.duckdb"
    shutil.copy(five_bodies, warehouse)
    con = store.connect(warehouse)
    try:
        doc, fact = con.execute(
            "SELECT p.document_id, p.id FROM projects p JOIN fact_bodies fb ON fb.fact_id = p.id WHERE fb.body_id IS NULL"
        ).fetchall()[0]
        now = dt.datetime(2024, 7, 1)
        con.execute(
            "INSERT INTO fetched_files VALUES ('https://example.test/a.txt', 1, true, ?, '/x/a.txt', 'Note', 'paper', "
            "'example.test', 77, 900, DATE '2024-07-01', '3', 'Funding', true, false, 'text/plain', 10, NULL, NULL, ?)",
            [doc, now],
        )
        con.execute(
            "INSERT INTO source_meetings VALUES ('example.test', 900, 77, 'Harbourtown Safer Communities Partnership', "
            "DATE '2024-07-01', NULL, NULL, NULL, false, true, false, '[]', 'https://example.test/m', 'r', ?)", [now]
        )
        resolved = resolve(con)
        row = next(f for f in resolved.facts if f.fact_id == fact)
        assert (row.evidence, row.evidence_text) == ("fetched_committee", "Harbourtown Safer Communities Partnership")
        body = next(b for b in resolved.bodies if b.id == row.body_id)
        assert (body.kind, body.site) == ("community_safety_partnership", "example.test")
        assert not resolved.unresolved
        # A name every council uses ('Community Safety Partnership') is qualified by the site it came from.
        con.execute("UPDATE source_meetings SET committee_title = 'Community Safety Partnership' WHERE site = 'example.test'")
        resolved = resolve(con)
        row = next(f for f in resolved.facts if f.fact_id == fact)
        body = next(b for b in resolved.bodies if b.id == row.body_id)
        assert (body.name, body.name_key) == ("Community Safety Partnership (example.test)", "community safety partnership (example.test)")
        # A meeting heading elsewhere in the same document (its pack) is stronger than the fetched committee.
        con.execute(
            "INSERT INTO meeting_mentions SELECT 'mm-test', ?, 0, NULL, 0, 4, 'Note', 'meetings', '1', NULL, "
            "'Harbourtown Cabinet Committee', DATE '2024-07-01', NULL, NULL, NULL, 'agenda_header'", [doc]
        )
        row = next(f for f in resolve(con).facts if f.fact_id == fact)
        assert (row.evidence, row.evidence_text) == ("pack_meeting", "Harbourtown Cabinet Committee")
    finally:
        con.close()
