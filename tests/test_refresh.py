"""The steps after a load (derived tables, data checks) run only when something changed, the search
index is written again for every document only when its code changed, and a run that skips the
checks still reports the ones that failed."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import duckdb
import pytest

from conftest import CORPUS
from pipeline import derive, search_index, store
from pipeline.ingest import run_ingest

UNMATCHED_OVERRIDE = "action,left,right,note\nsame_project,2024/25:Nothing,2025/26:Nothing,\n"


@pytest.fixture
def papers(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    shutil.copy(CORPUS / "000_3640f8d8de4eb426.txt", folder)
    shutil.copy(CORPUS / "004_45c56f7fc4c775e0.txt", folder)
    return folder


@pytest.fixture
def steps(monkeypatch) -> Counter:
    """How many times each step after a load ran."""
    calls: Counter = Counter()
    for module, name in ((search_index, "reindex"), (derive, "refresh"), (store, "run_checks")):
        original = getattr(module, name)

        def counting(*args, _original=original, _name=name, **kwargs):
            calls[_name] += 1
            return _original(*args, **kwargs)

        monkeypatch.setattr(module, name, counting)
    return calls


@pytest.fixture
def inputs(tmp_path: Path, monkeypatch) -> tuple[Path, Path]:
    """Editable copies of the shipped override file and theme rules, used by every run."""
    overrides = tmp_path / "link_overrides.csv"
    themes = tmp_path / "themes.toml"
    shutil.copy(derive.default_overrides_path(), overrides)
    shutil.copy(derive.default_themes_path(), themes)
    monkeypatch.setattr(derive, "default_overrides_path", lambda: overrides)
    monkeypatch.setattr(derive, "default_themes_path", lambda: themes)
    return overrides, themes


def _refreshes(warehouse: Path) -> dict[str, str]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return dict(con.execute("SELECT step, run_id FROM refreshes").fetchall())
    finally:
        con.close()


def test_a_rerun_that_changed_nothing_skips_the_index_the_derived_tables_and_the_checks(
    papers: Path, warehouse: Path, steps: Counter
):
    first = run_ingest([papers], warehouse)
    assert first.count("loaded") == 2 and first.ok
    assert steps == {"reindex": 1, "refresh": 1, "run_checks": 1}
    assert _refreshes(warehouse) == dict.fromkeys(("search_index", "derived_tables", "data_checks"), first.run_id)

    second = run_ingest([papers], warehouse)
    assert second.count("skipped") == 2 and second.ok
    assert steps == {"reindex": 1, "refresh": 1, "run_checks": 1}
    assert _refreshes(warehouse) == dict.fromkeys(("search_index", "derived_tables", "data_checks"), first.run_id)
    assert second.checks_from is not None


def test_a_new_document_runs_every_step_again_but_indexes_only_itself(papers: Path, warehouse: Path, steps: Counter):
    first = run_ingest([papers], warehouse)
    shutil.copy(CORPUS / "001_fd20779843a3d887.txt", papers)
    third = run_ingest([papers], warehouse)
    assert third.count("loaded") == 1
    assert steps == {"reindex": 1, "refresh": 2, "run_checks": 2}
    assert _refreshes(warehouse) == {
        "search_index": first.run_id, "derived_tables": third.run_id, "data_checks": third.run_id
    }
    assert third.checks_from is None


@pytest.mark.parametrize("edited", ["overrides", "themes"])
def test_an_edited_override_or_theme_file_rebuilds_the_derived_tables(
    papers: Path, warehouse: Path, steps: Counter, inputs: tuple[Path, Path], edited: str
):
    run_ingest([papers], warehouse)
    overrides, themes = inputs
    if edited == "overrides":
        overrides.write_text(overrides.read_text() + "# reviewed: nothing to force\n")
    else:
        themes.write_text(themes.read_text().replace('version = "1"', 'version = "2"'))

    rerun = run_ingest([papers], warehouse)
    assert rerun.count("skipped") == 2
    assert steps == {"reindex": 1, "refresh": 2, "run_checks": 2}  # the index reads no rule file
    assert _refreshes(warehouse)["derived_tables"] == rerun.run_id
    if edited == "themes":
        con = duckdb.connect(str(warehouse), read_only=True)
        try:
            assert con.execute("SELECT DISTINCT rules_version FROM project_themes").fetchall() == [("2",)]
        finally:
            con.close()

    run_ingest([papers], warehouse)
    assert steps == {"reindex": 1, "refresh": 2, "run_checks": 2}


def test_a_rerun_still_reports_the_checks_that_failed(papers: Path, warehouse: Path, steps: Counter, inputs):
    overrides, _ = inputs
    overrides.write_text(UNMATCHED_OVERRIDE)
    first = run_ingest([papers], warehouse)
    assert list(first.check_failures) == ["link_overrides_all_apply"] and not first.ok
    assert first.checks_from is None

    second = run_ingest([papers], warehouse)
    assert steps["run_checks"] == 1
    assert second.check_failures == first.check_failures and not second.ok
    assert second.checks_from is not None

    overrides.write_text("action,left,right,note\n")
    fixed = run_ingest([papers], warehouse)
    assert steps["run_checks"] == 2
    assert fixed.ok and fixed.check_failures == {} and fixed.checks_from is None


def test_derived_tables_emptied_by_a_failed_rebuild_are_rebuilt(papers: Path, warehouse: Path, steps: Counter):
    run_ingest([papers], warehouse)
    con = duckdb.connect(str(warehouse))
    try:
        projects = con.execute("SELECT count(*) FROM canonical_projects").fetchall()[0][0]
        assert projects > 0
        con.execute("DELETE FROM project_observations")
        con.execute("DELETE FROM canonical_projects")
    finally:
        con.close()
    run_ingest([papers], warehouse)
    assert steps["refresh"] == 2
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM canonical_projects").fetchall()[0][0] == projects
    finally:
        con.close()


def test_loads_of_a_run_killed_before_its_rebuilds_are_rebuilt_next_run(papers: Path, warehouse: Path, monkeypatch):
    run_ingest([papers], warehouse)
    shutil.copy(CORPUS / "001_fd20779843a3d887.txt", papers)

    def killed(*args, **kwargs):
        raise KeyboardInterrupt("killed")

    monkeypatch.setattr(derive, "refresh", killed)
    with pytest.raises(KeyboardInterrupt):
        run_ingest([papers], warehouse)
    monkeypatch.undo()

    after = run_ingest([papers], warehouse)
    assert after.count("skipped") == 3 and after.ok
    refreshed = _refreshes(warehouse)
    assert refreshed["derived_tables"] == refreshed["data_checks"] == after.run_id
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        assert con.execute("SELECT count(DISTINCT document_id) FROM search_units").fetchall() == [(3,)]
    finally:
        con.close()


def test_papers_ingest_prints_the_failed_checks_again_when_nothing_changed(papers: Path, warehouse: Path, inputs):
    from typer.testing import CliRunner

    from pipeline.cli import app

    overrides, _ = inputs
    overrides.write_text(UNMATCHED_OVERRIDE)
    command = ["ingest", str(papers), "--warehouse", str(warehouse), "--runner", "local", "--workers", "1"]
    first = CliRunner().invoke(app, command)
    second = CliRunner().invoke(app, command)
    assert (first.exit_code, second.exit_code) == (1, 1)
    failed = "data check failed link_overrides_all_apply: 1 rows"
    assert failed in first.stdout and "did not run again" not in first.stdout
    assert failed in second.stdout and "did not run again" in second.stdout


@pytest.mark.parametrize("module", ["search_index", "derive"])
def test_an_edit_to_a_steps_own_code_rebuilds_it(
    papers: Path, warehouse: Path, steps: Counter, inputs: tuple[Path, Path], monkeypatch, module: str
):
    """Regression (review): the index and the derived tables recorded only their rule files, so
    an edit to the corpus SQL or the linking code left them stale until a document changed."""
    run_ingest([papers], warehouse)
    real = store.code_sha256
    monkeypatch.setattr(store, "code_sha256", lambda *names: real(*names) + ("+edited" if f"pipeline.{module}" in names else ""))
    run_ingest([papers], warehouse)
    rebuilt = {"search_index": "reindex", "derive": "refresh"}[module]
    assert steps[rebuilt] == 2
    assert steps[{"search_index": "refresh", "derive": "reindex"}[module]] == 1


def test_code_sha256_reads_a_modules_source_without_importing_it(tmp_path: Path, monkeypatch):
    import sys

    source = tmp_path / "step_code_probe.py"
    source.write_text("VALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    before = store.code_sha256("step_code_probe")
    source.write_text("VALUE = 2\n")
    assert store.code_sha256("step_code_probe") != before
    assert "step_code_probe" not in sys.modules
