"""The registry's record (extractors/registered.json), which the ingest process reads instead of
importing every extractor, says what the live registry says: it cannot drift."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT
from extractors import registry
from pipeline import registered


def _in_a_fresh_interpreter(code: str) -> dict:
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_the_record_equals_the_live_registry():
    recorded = json.loads(registered.RECORD.read_text(encoding="utf-8"))
    assert recorded == registry.recorded(), "run `python scripts/update_rule_hashes.py`"
    assert recorded["versions"] == dict(registry.EXTRACTORS.items())


def test_the_ingest_process_stamps_and_loads_without_importing_the_extractors():
    found = _in_a_fresh_interpreter(
        "import json, sys; import pipeline.ingest, pipeline.ingest.loading; from pipeline import registered\n"
        "print(json.dumps({'version': registered.pipeline_version(), 'imported': 'extractors.registry' in sys.modules,\n"
        " 'facts': [m.table for m in registered.fact_tables()], 'all': [m.table for m in registered.all_tables()],\n"
        " 'after': 'extractors.registry' in sys.modules}))"
    )
    assert not found["imported"] and not found["after"]
    assert found["version"] == registry.pipeline_version()
    assert found["facts"] == [model.table for model in registry.fact_tables()]
    assert found["all"] == [model.table for model in registry.all_tables()]


def test_migrating_and_planning_bind_no_parameter():
    """Binding any value makes DuckDB import pandas: the internal constants are literals."""
    found = _in_a_fresh_interpreter(
        "import json, sys, duckdb; from pipeline import store; from pipeline.ingest.planning import seen_files\n"
        "con = duckdb.connect(); store.migrate(con); seen_files(con, \"0.1+it's\")\n"
        "print(json.dumps({'pandas': 'pandas' in sys.modules, 'versions': len(store.applied_versions(con))}))"
    )
    assert found == {"pandas": False, "versions": len(list((ROOT / "warehouse" / "migrations").glob("*.sql")))}
