"""Every extractor that declares a VERSION is in the registry, so a change to its rules parses
stored documents again (names.py and ocr.py were missing: a change to them re-parsed nothing);
versions are read from the modules, and no two facts describe the same table or model."""

from __future__ import annotations


from conftest import ROOT
from extractors import registry
from extractors.registry import EXTRACTORS, Fact, declared_versions, facts, pipeline_version, problems, rule_module
from schemas.records import FACT_TABLES, PaperRow
from schemas.structure import Paper


def _sources() -> dict[str, str]:
    return {path.stem: path.read_text(encoding="utf-8") for path in (ROOT / "extractors").rglob("*.py")}


def test_every_module_declaring_a_version_is_registered_with_it():
    declared = declared_versions(_sources())
    assert {"names", "ocr", "attendance", "projects", "parse_pdf", "parse_html", "parse_text"} <= set(declared)
    assert {name: EXTRACTORS.get(name) for name in declared} == declared


def test_the_registry_has_no_problems():
    assert problems(_sources()) == []


def test_a_version_left_unregistered_is_a_problem():
    sources = _sources() | {"synthetic": '"""A rule module nobody registered."""\n\nVERSION = "1"\n'}
    assert problems(sources) == ["extractors/synthetic.py declares VERSION '1' but is not registered"]


def test_a_registered_module_without_a_version_is_a_problem():
    sources = _sources() | {"money": "def parse(text):\n    return text\n"}
    assert problems(sources) == ["money is registered but declares no VERSION"]


def test_two_facts_describing_one_table_or_one_model_are_a_problem():
    papers = next(entry for entry in facts() if entry.table == "papers")
    twice = facts() + [Fact("papers_again", papers.extractor, Paper, PaperRow)]
    assert problems(_sources(), entries=twice) == [
        "facts 'papers' and 'papers_again' describe the same table papers",
        "facts 'papers' and 'papers_again' describe the same output Paper",
    ]


def test_every_fact_table_is_registered_once_with_the_version_of_its_extractors_module():
    assert tuple(entry.row for entry in facts() if not entry.standalone) == FACT_TABLES
    projects = next(entry for entry in facts() if entry.name == "projects")
    assert projects.module == "projects" and projects.version == EXTRACTORS["projects"]


def test_a_version_bump_of_any_registered_module_changes_the_pipeline_version(monkeypatch):
    before = pipeline_version()
    for name in list(EXTRACTORS):
        module = rule_module(name)
        with monkeypatch.context() as patch:
            patch.setattr(module, "VERSION", module.VERSION + ".1")
            assert EXTRACTORS[name] == module.VERSION
            assert pipeline_version() != before, name
    assert pipeline_version() == before
    assert set(registry.VERSIONED) <= set(EXTRACTORS)


def test_a_vocabulary_read_by_several_entries_has_its_own_version():
    # Own-body words are read by projects, allocation_parties and stated_totals; Roman numerals by agenda and minuted;
    # the ask, funder and limit cues by allocations and projects; body nouns and decision words (vocabulary) by split, meetings,
    # meeting_lines, report_header, projects and funding_layout.
    for name in ("own_body", "numerals", "vocabulary", "money", "item_numbers", "allocation_cues"):
        assert name in EXTRACTORS and name not in registry.COVERED_BY, name
