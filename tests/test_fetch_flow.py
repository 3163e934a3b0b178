"""The Prefect side of fetching: the flow scheduled_ingest really runs, and `papers serve` registers its schedule."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT
from fakesite import FakeModernGov
from pipeline.fetch.config import FetchSettings, Source

pytestmark = pytest.mark.prefect

SETTINGS = FetchSettings(min_interval_seconds=0, backoff_seconds=0.01, max_bytes=2_000_000, timeout_seconds=5)


def _runs_under(flow_run_id, expected_tasks: int) -> tuple[list[str], list[str]]:
    """Names of the task runs and subflow runs of a flow run; task runs reach the API as events, so wait for them."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId, FlowRunFilterParentFlowRunId

    async def read():
        async with get_client() as client:
            tasks = await client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id])))
            children = await client.read_flow_runs(
                flow_run_filter=FlowRunFilter(parent_flow_run_id=FlowRunFilterParentFlowRunId(any_=[flow_run_id]))
            )
            return sorted(t.name for t in tasks), sorted(c.name for c in children)

    deadline = time.monotonic() + 15
    tasks, children = asyncio.run(read())
    while len(tasks) < expected_tasks and time.monotonic() < deadline:
        time.sleep(0.2)
        tasks, children = asyncio.run(read())
    return tasks, children


def test_scheduled_ingest_fetches_then_ingests_and_a_second_run_ingests_nothing(prefect_home, tmp_path: Path):
    from pipeline.fetch.flows import scheduled_ingest

    site = FakeModernGov(tmp_path / "site").start()
    sources = [Source(site_url=site.base, committee_id=519)]
    window = dict(since=dt.date(2026, 1, 1), until=dt.date(2026, 2, 28))
    try:
        first_state = scheduled_ingest(sources, str(tmp_path / "w.duckdb"), str(tmp_path / "raw"), SETTINGS,
                                       return_state=True, **window)
        second_state = scheduled_ingest(sources, str(tmp_path / "w.duckdb"), str(tmp_path / "raw"), SETTINGS,
                                        return_state=True, **window)
    finally:
        site.stop()
    assert first_state.is_completed() and second_state.is_completed()
    first, second = first_state.result(), second_state.result()
    assert first.reports[0].count("new") == 6 and first.ingest.count("loaded") == 6  # with minutes, decisions, page
    assert second.reports[0].count("new") == 0 and second.ingest is None
    tasks, subflows = _runs_under(first_state.state_details.flow_run_id, expected_tasks=3)
    # the two tasks, and the ingest flow as a subflow (with its own batch task), which the parent lists as a task run too
    assert [t.split("-")[0] for t in tasks] == ["fetch committee 519", "ingest", "record"] and len(subflows) == 1
    tasks, subflows = _runs_under(second_state.state_details.flow_run_id, expected_tasks=2)
    assert [t.split("-")[0] for t in tasks] == ["fetch committee 519", "record"] and subflows == []


def test_papers_serve_registers_a_deployment_with_its_cron_schedule(prefect_home, tmp_path: Path):
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL

    config = tmp_path / "papers.toml"
    config.write_text(
        'warehouse = "w.duckdb"\nraw = "raw"\n'
        '[schedule]\ncron = "0 6 * * *"\ntimezone = "Europe/London"\ndeployment = "test-daily"\n'
        '[[sites]]\nurl = "https://democracy.kent.gov.uk"\ncommittees = [519]\n'
    )
    env = {
        **os.environ, "PREFECT_API_URL": PREFECT_API_URL.value(), "PREFECT_HOME": str(tmp_path / "prefect"),
        "PREFECT_LOGGING_LEVEL": "WARNING",
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "pipeline.cli", "serve", "--config", str(config)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True,
    )

    async def registered():
        async with get_client() as client:
            try:
                return await client.read_deployment_by_name("scheduled_ingest/test-daily")
            except Exception:  # not registered yet
                return None

    deployment = None
    try:
        deadline = time.monotonic() + 60
        while deployment is None and time.monotonic() < deadline and server.poll() is None:
            time.sleep(0.5)
            deployment = asyncio.run(registered())
    finally:
        server.send_signal(signal.SIGINT)
        try:
            output, _ = server.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            output, _ = server.communicate()
    assert deployment is not None, output
    [schedule] = deployment.schedules
    assert (schedule.schedule.cron, schedule.schedule.timezone, schedule.active) == ("0 6 * * *", "Europe/London", True)
    assert deployment.parameters["sources"] == [{"site_url": "https://democracy.kent.gov.uk/", "committee_id": 519}]
    assert deployment.parameters["warehouse"] == str(tmp_path / "w.duckdb")
    assert deployment.parameters["settings"]["min_interval_seconds"] == 1.0


def test_serving_without_a_prefect_server_says_how_to_start_one():
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from pipeline.fetch.config import PapersConfig, SiteConfig
    from pipeline.fetch.errors import ConfigError
    from pipeline.fetch.flows import serve

    config = PapersConfig(sites=[SiteConfig(url="https://democracy.kent.gov.uk", committees=[519])])
    with temporary_settings(updates={PREFECT_API_URL: None}), pytest.raises(ConfigError, match="prefect server start"):
        serve(config)
