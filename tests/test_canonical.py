"""Canonical projects: linking rules on made-up mentions, then the samples' projects, history and series."""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from analysis_helpers import sample_warehouse, writable_copy
from conftest import CORPUS, query_rows
from pipeline import derive, store
from extractors.grants.descriptions import describe
from pipeline.canonical import Mention, acronyms, build, name_key, read_overrides
from pipeline.errors import WarehouseError
from pipeline.ingest import run_ingest


def mention(name, amount, year="2025/26", doc="d1", project=None, paper=None, date=dt.date(2025, 11, 20), status="approved", start=0,
            body="body-a"):
    """A mention of one body's paper (without a body, projects link only within their document)."""
    return Mention(
        id=f"{doc}:{start}", document_id=doc, source_project_id=project or f"{doc}:{name}", paper_id=paper or f"{doc}:p",
        paper_date=date, paper_kind="report", financial_year=year, name=name,
        amount=None if amount is None else Decimal(amount), amount_text=None if amount is None else f"£{amount}",
        status=status, pot=None, recipient=None, description=None, page_index=0, printed_page=1, char_start=start,
        char_end=start + 5, span_text="x", extractor="projects", extractor_version="2", body_id=body,
    )


def test_names_normalise_articles_flags_ampersands_and_acronyms():
    expansions = acronyms(["Violence Against Women and Girls (VAWG) training sessions"])
    assert expansions == {"vawg": "violence against women and girls"}
    assert name_key("VAWG Training Sessions", expansions) == name_key("Violence Against Women and Girls (VAWG) training sessions", expansions)
    assert name_key("A Hateful Extremism Learning Event") == name_key("Hateful Extremism Learning Event")
    assert name_key("WITHDRAWN: Workshop – Men & Boys") == "workshop men and boys"


def test_description_is_the_paragraph_under_a_bullet_or_a_wrapped_heading():
    page = "• Best Bar None (£622.50) – an accreditation\nscheme for pubs.\n• Next Project (£5)\n"
    start = page.index("•")
    assert describe(page, start, page.index(")"), ["Best Bar None"], "bullet") == "an accreditation scheme for pubs."
    page = "• WITHDRAWN: Workshop – Involving men and boys in tackling\nViolence Against Women\nAppendix 2\n"
    names = ["Workshop – Involving men and boys in tackling", "Workshop – Involving men and boys in tackling Violence Against Women"]
    assert describe(page, 0, 20, names, "heading") is None
    page = "• Countering Training\nProject to deliver training\nto adults.\n\n2.1 Next"
    assert describe(page, 0, 30, ["Countering Training"], "heading") == "Project to deliver training to adults."


def test_same_name_links_across_papers_even_when_the_amount_changes():
    projects, observations, decisions, _ = build([
        mention("Support Champions", "6095", doc="a", date=dt.date(2025, 11, 20), status="recommended"),
        mention("Support Champions", "5595", doc="b", date=dt.date(2026, 3, 31), status="in_progress"),
    ])
    assert len(projects) == 1
    history = sorted(observations, key=lambda o: o.sequence)
    assert [(o.amount, o.status, o.is_latest) for o in history] == [
        (Decimal("6095"), "recommended", False), (Decimal("5595"), "in_progress", True)]
    assert [(d.rule, d.decision, d.score) for d in decisions] == [("same_name", "linked", 100.0)]


def test_a_similar_name_needs_the_amount_to_agree():
    agree, _, decisions, _ = build([mention("Anti-Racist Schools Project", "1950", doc="a"), mention("The Anti Racist School Project", "1950.40", doc="b")])
    assert len(agree) == 1 and decisions[0].rule == "similar_name_same_amount"
    differ, _, decisions, _ = build([mention("Anti-Racist Schools Project", "1950", doc="a"), mention("The Anti Racist School Project", "4000", doc="b")])
    assert len(differ) == 2
    assert (decisions[0].rule, decisions[0].decision) == ("similar_name_amount_differs", "not_linked")
    assert 88 <= decisions[0].score < 100


def test_one_documents_projects_are_never_merged_and_years_never_mix():
    projects, *_ = build([mention("Champions", "100", doc="a", project="p1", start=0),
                          mention("Champions", "100", doc="a", project="p2", start=50)])
    assert len(projects) == 2
    projects, _, decisions, _ = build([mention("Hateful Extremism CPD Event", "3000", year="2022/23", doc="a"),
                                       mention("Hateful Extremism CPD Event", "3500", year="2024/25", doc="b")])
    assert sorted(p.financial_year for p in projects) == ["2022/23", "2024/25"]
    assert len({p.series_id for p in projects}) == 1
    assert [(d.level, d.rule, d.decision) for d in decisions] == [("series", "same_name", "linked")]


def test_overrides_force_and_forbid_links_and_report_what_they_cannot_apply():
    mentions = [mention("Hateful Extremism CPD Event", "3000", year="2024/25", doc="a"),
                mention("Hateful Extremism Learning Event", "4000", year="2025/26", doc="b")]
    projects, _, decisions, _ = build(mentions)
    assert len({p.series_id for p in projects}) == 2
    assert any(d.rule == "name_below_threshold" and d.decision == "not_linked" for d in decisions)
    overrides = read_overrides(
        "# comment\naction,left,right,note\n"
        "same_series,2024/25:Hateful Extremism CPD Event,2025/26:hateful extremism learning event,renamed\n"
        "different_project,2025/26:No Such Project,b:Hateful Extremism Learning Event,\n"
    )
    projects, _, decisions, _ = build(mentions, overrides)
    assert len({p.series_id for p in projects}) == 1
    assert any(d.rule == "override" and d.decision == "linked" and d.detail == "renamed" for d in decisions)
    assert any(d.decision == "override_unmatched" for d in decisions)
    with pytest.raises(ValueError, match="action"):
        read_overrides("action,left,right,note\nmerge,a,b,\n")


@pytest.fixture(scope="module")
def samples(tmp_path_factory) -> Path:
    return sample_warehouse(tmp_path_factory)


def test_history_shows_the_amount_change_and_the_withdrawal(samples: Path):
    changed = query_rows(samples, "SELECT paper_date, amount, status, change FROM project_history "
                                  "WHERE project_name = 'Violence Against Women & Girls Support Champions' ORDER BY sequence")
    assert [(r[1], r[3]) for r in changed] == [(Decimal("6095.00"), "first_seen"), (Decimal("5595.00"), "amount_and_status_changed")]
    assert changed[0][0] < changed[1][0]
    workshop = query_rows(samples, "SELECT status, change, is_latest FROM project_history WHERE project_name LIKE 'Workshop – Involving men and boys%' ORDER BY sequence")
    assert workshop[-1] == ("withdrawn", "withdrawn", True)
    current = query_rows(samples, "SELECT status, amount FROM projects_current WHERE name LIKE 'Workshop – Involving men and boys%'")
    assert current == [("withdrawn", Decimal("2000.00"))]


def test_the_same_project_in_two_papers_is_one_project_with_the_precise_amount(samples: Path):
    rows = query_rows(samples, "SELECT amount, n_papers, first_amount FROM projects_current "
                               "WHERE name = 'Kent Community Domestic Abuse Champions – Branding & Resources'")
    assert rows == [(Decimal("3703.20"), 3, Decimal("3703.00"))]
    decision = query_rows(samples, "SELECT score, rule, decision FROM project_links WHERE level = 'project' "
                                   "AND left_name LIKE 'Kent Community Domestic Abuse Champions%'")
    assert decision == [(100.0, "same_name", "linked")]


def test_recurring_initiatives_are_one_series_with_a_project_per_year(samples: Path):
    series = query_rows(samples, "SELECT name, list(financial_year ORDER BY financial_year) FROM projects_current "
                                 "WHERE series_n_years > 1 GROUP BY series_id, name ORDER BY name")
    assert ("Hateful Extremism CPD Event", ["2022/23", "2024/25"]) in series
    assert ("Countering the Extreme Right-Wing Training", ["2024/25", "2025/26"]) in series
    near_misses = query_rows(samples, "SELECT left_name, right_name, score FROM project_links WHERE decision = 'not_linked'")
    assert all(70 <= score < 90 for _, _, score in near_misses)


def test_every_load_applies_the_override_file_and_checks_pass(tmp_path_factory, tmp_path: Path):
    warehouse = writable_copy(tmp_path_factory, "overrides")
    overrides = tmp_path / "link_overrides.csv"
    overrides.write_text("action,left,right,note\nsame_series,2024/25:Hateful Extremism CPD Event,"
                         "2025/26:Hateful Extremism Learning Event,same Prevent CPD event\n")
    con = duckdb.connect(str(warehouse))
    try:
        derive.refresh(con, overrides_path=overrides)
        years = con.execute("SELECT list(financial_year ORDER BY financial_year) FROM canonical_projects "
                            "WHERE series_id = (SELECT series_id FROM canonical_projects WHERE name = 'Hateful Extremism Learning Event')").fetchall()
        assert years == [(["2022/23", "2024/25", "2025/26"],)]
        assert store.run_checks(con) == {}
        overrides.write_text("action,left,right,note\nsame_project,2024/25:Nothing,2025/26:Nothing,\n")
        derive.refresh(con, overrides_path=overrides)
        assert set(store.run_checks(con)) == {"link_overrides_all_apply"}
        overrides.write_text("action,left,right,note\nglue,a,b,\n")
        with pytest.raises(WarehouseError, match="fix the file"):
            derive.refresh(con, overrides_path=overrides)
    finally:
        con.close()


def test_a_paper_loaded_twice_counts_once(tmp_path_factory):
    warehouse = writable_copy(tmp_path_factory, "duplicate")
    before = query_rows(warehouse, "SELECT * FROM funding_by_year")
    history = query_rows(warehouse, "SELECT count(*) FROM project_history")
    folder = warehouse.parent / "extra"
    folder.mkdir()
    shutil.copy(CORPUS / "000_3640f8d8de4eb426.txt", folder)
    summary = run_ingest([folder], warehouse)
    assert summary.ok, summary.check_failures
    assert query_rows(warehouse, "SELECT count(DISTINCT document_id) FROM projects") == [(5,)]
    assert query_rows(warehouse, "SELECT * FROM funding_by_year") == before
    assert query_rows(warehouse, "SELECT count(*) FROM project_history") == history


@pytest.mark.parametrize("fetch_rows", [3, 10_000])
def test_mentions_carry_the_paragraph_read_under_them_from_their_own_page(samples: Path, monkeypatch, fetch_rows: int):
    """The description stored at load time is describe() of the mention's page as the warehouse
    holds it (names: those the same document-level project goes by), and read_mentions carries it
    across fetch batches."""
    monkeypatch.setattr(derive, "_FETCH_ROWS", fetch_rows)
    con = duckdb.connect(str(samples), read_only=True)
    try:
        mentions = derive.read_mentions(con)
        rows = con.execute(
            "SELECT m.id, m.project_id, m.name, m.layout, m.char_start - pg.char_start, m.char_end - pg.char_start, "
            "pg.text, m.description "
            "FROM project_mentions m JOIN pages pg ON pg.document_id = m.document_id AND pg.page_index = m.page_index"
        ).fetchall()
    finally:
        con.close()
    names: dict[str, list[str]] = {}
    for _, project, name, *_ in rows:
        names.setdefault(project, []).append(name)
    expected = {mid: describe(text, start, end, names[project], layout) for mid, project, _, layout, start, end, text, _ in rows}
    assert {mid: stored for mid, *_, stored in rows} == expected
    assert {m.id: m.description for m in mentions} == {m.id: expected[m.id] for m in mentions}
    assert len({m.document_id for m in mentions}) >= 3
    assert sum(1 for m in mentions if m.description) >= 10
