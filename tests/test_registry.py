"""Every extractor that declares a VERSION is in the registry, so a change to its rules parses
stored documents again (names.py and ocr.py were missing: a change to them re-parsed nothing)."""

from __future__ import annotations

import ast

from conftest import ROOT
from extractors.registry import EXTRACTORS, pipeline_version


def _declared_versions() -> dict[str, str]:
    found = {}
    for path in sorted((ROOT / "extractors").glob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "VERSION" for t in node.targets):
                found[path.stem] = ast.literal_eval(node.value)
    return found


def test_every_module_declaring_a_version_is_registered_with_it():
    declared = _declared_versions()
    assert {"names", "ocr", "attendance", "projects"} <= set(declared)
    assert {name: EXTRACTORS.get(name) for name in declared} == declared


def test_a_version_bump_changes_the_pipeline_version(monkeypatch):
    before = pipeline_version()
    monkeypatch.setitem(EXTRACTORS, "names", EXTRACTORS["names"] + ".1")
    assert pipeline_version() != before
