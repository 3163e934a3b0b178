"""The Prefect flow really runs: ephemeral API, no server, no network."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from badinputs import text_pdf
from conftest import CORPUS

pytestmark = pytest.mark.prefect


def _task_runs_of(flow_run_id) -> list:
    import asyncio

    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    async def read():
        async with get_client() as client:
            return await client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id])))

    return asyncio.run(read())


def test_ingest_flow_loads_and_a_rerun_creates_no_task(prefect_home, tmp_path: Path):
    from pipeline.flows import ingest

    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(CORPUS / "002_be77506d490d4968.txt", raw)
    text_pdf(raw / "pack.pdf", ["AGENDA", "Minutes"])
    (raw / "broken.pdf").write_bytes(b"%PDF-1.5 truncated")
    warehouse = tmp_path / "w.duckdb"

    first_state = ingest([str(raw)], str(warehouse), return_state=True)
    assert first_state.is_completed()
    first = first_state.result()
    assert first.count("loaded") == 2 and first.count("failed") == 1
    task_runs = _task_runs_of(first_state.state_details.flow_run_id)
    assert [run.name for run in task_runs] == ["batch of 3"]
    assert all(run.state.is_completed() for run in task_runs)

    second_state = ingest([str(raw)], str(warehouse), return_state=True)
    assert second_state.result().count("skipped") == 3
    assert _task_runs_of(second_state.state_details.flow_run_id) == []

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        runners = con.execute("SELECT runner, n_loaded, n_skipped FROM ingest_runs ORDER BY started_at").fetchall()
    finally:
        con.close()
    assert runners == [("prefect", 2, 0), ("prefect", 0, 3)]


def test_the_flow_and_plain_python_give_the_same_rows(prefect_home, tmp_path: Path):
    from pipeline.flows import ingest
    from pipeline.ingest import run_ingest

    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(CORPUS / "001_fd20779843a3d887.txt", raw)
    text_pdf(raw / "pack.pdf", ["AGENDA", "Minutes"])
    ingest([str(raw)], str(tmp_path / "flow.duckdb"))
    run_ingest([raw], tmp_path / "plain.duckdb")

    def rows(path: Path):
        con = duckdb.connect(str(path), read_only=True)
        try:
            return (
                con.execute("SELECT id, path, format, kind, n_pages, n_chars, status FROM documents ORDER BY id").fetchall(),
                con.execute("SELECT id, printed_number, char_start, char_end, text FROM pages ORDER BY id").fetchall(),
            )
        finally:
            con.close()

    assert rows(tmp_path / "flow.duckdb") == rows(tmp_path / "plain.duckdb")
