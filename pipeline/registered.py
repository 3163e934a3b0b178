"""The registry's versions and fact tables as recorded in ``extractors/registered.json``, so that
the ingest process stamps and loads documents without importing every extractor (~0.4 s of its
start-up; the workers import them to extract).

``scripts/update_rule_hashes.py`` writes the record from ``extractors.registry``, and
``tests/test_registered.py`` holds it equal to the live registry, so it cannot drift. Once the
registry is imported (facts registered at run time, tests), its live answers are used instead.
"""

from __future__ import annotations

import importlib
import json
import sys
from functools import lru_cache
from pathlib import Path

import extractors
from extractors.version_stamp import stamp

RECORD = Path(extractors.__file__).with_name("registered.json")


@lru_cache(maxsize=1)
def record() -> dict:
    """{"versions": {module: VERSION}, "fact_tables": ["module:RowModel", ...] in load order}."""
    return json.loads(RECORD.read_text(encoding="utf-8"))


def _live():
    return sys.modules.get("extractors.registry")


def pipeline_version() -> str:
    """``extractors.registry.pipeline_version()``, from the record unless the registry is imported."""
    live = _live()
    return live.pipeline_version() if live is not None else stamp(record()["versions"])


def _model(path: str) -> type:
    module, name = path.split(":")
    return getattr(importlib.import_module(module), name)


def fact_tables() -> tuple:
    """``extractors.registry.fact_tables()``: the row models of every fact, in load order."""
    live = _live()
    return live.fact_tables() if live is not None else tuple(_model(path) for path in record()["fact_tables"])


def all_tables() -> tuple:
    """``extractors.registry.all_tables()``: ``schemas.records.TABLES`` and the other facts' tables."""
    live = _live()
    if live is not None:
        return live.all_tables()
    from schemas import records

    return records.TABLES + tuple(row for row in fact_tables() if row not in records.TABLES)
