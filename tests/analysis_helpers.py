"""The samples loaded once per test session, for the tests of the analyst interface."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import SAMPLES
from pipeline.ingest import run_ingest
from pipeline.workers import IsolatedProcessor

_BUILT: dict[str, Path] = {}


def sample_warehouse(factory: pytest.TempPathFactory) -> Path:
    """A warehouse of the four sample PDFs, built on first use and shared by every module; tests
    that write copy it first (``writable_copy``)."""
    if "samples" not in _BUILT:
        warehouse = factory.mktemp("samples-warehouse") / "papers.duckdb"
        with IsolatedProcessor(workers=2) as processor:
            summary = run_ingest([SAMPLES], warehouse, process=processor)
        assert summary.ok, (summary.outcomes, summary.check_failures)
        _BUILT["samples"] = warehouse
    return _BUILT["samples"]


def writable_copy(factory: pytest.TempPathFactory, name: str) -> Path:
    source = _BUILT.get("samples") or sample_warehouse(factory)
    copy = factory.mktemp(name) / "papers.duckdb"
    shutil.copy(source, copy)
    return copy


def bodies_warehouse(factory: pytest.TempPathFactory) -> Path:
    """A warehouse of the papers of five bodies with overlapping years (tests/fixtures/bodies),
    with that folder's bodies.csv (an alias and a parent) applied; built once, shared."""
    if "bodies" not in _BUILT:
        from conftest import FIXTURES
        from pipeline import derive, store

        folder = factory.mktemp("five-bodies")
        warehouse = folder / "papers.duckdb"
        summary = run_ingest(sorted((FIXTURES / "bodies").glob("*.txt")), warehouse)
        assert summary.ok, summary.outcomes
        shutil.copy(derive.default_overrides_path(), folder / "link_overrides.csv")
        shutil.copy(FIXTURES / "bodies" / "bodies.csv", folder / "bodies.csv")
        con = store.connect(warehouse)
        try:
            derive.refresh(con, overrides_path=folder / "link_overrides.csv")
            assert store.run_checks(con) == {}
        finally:
            con.close()
        _BUILT["bodies"] = warehouse
    return _BUILT["bodies"]
