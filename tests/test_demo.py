"""What `make demo` does, end to end on the committed samples: the real CLI and the real flow."""

from __future__ import annotations

import json

import pytest

from conftest import SAMPLE_STEMS, SAMPLES
from test_cli import papers

pytestmark = pytest.mark.prefect


def test_demo_ingests_the_samples_through_prefect_and_a_rerun_parses_nothing(tmp_path):
    env = {
        "PAPERS_WAREHOUSE": str(tmp_path / "papers.duckdb"),
        "PREFECT_HOME": str(tmp_path / "prefect"),
        "PREFECT_LOGGING_LEVEL": "WARNING",
    }
    first = papers("ingest", str(SAMPLES.parent), env=env)
    assert first.returncode == 0, first.stdout + first.stderr
    assert f"{len(SAMPLE_STEMS)} loaded" in first.stdout

    second = papers("ingest", str(SAMPLES.parent), env=env)
    assert second.returncode == 0, second.stdout + second.stderr
    assert "0 loaded" in second.stdout and f"{len(SAMPLE_STEMS)} skipped" in second.stdout
    assert "nothing to parse" in second.stdout
    assert "without starting Prefect" in second.stderr

    report = json.loads(papers("status", "--json", env=env).stdout)
    assert report["documents_by_status"] == [
        {"status": "loaded", "documents": len(SAMPLE_STEMS), "pages": report["documents_by_status"][0]["pages"]}
    ]
    assert report["documents_by_status"][0]["pages"] > 62
    assert report["last_run"]["runner"] == "local" and report["last_run"]["n_skipped"] == len(SAMPLE_STEMS)
