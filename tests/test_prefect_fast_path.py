"""The default ``papers ingest`` of a few documents: plain Python now, a Prefect flow run recorded
afterwards; and the Prefect server kept by ``papers prefect-server`` (issue 22)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import CORPUS, ROOT

pytestmark = pytest.mark.prefect


def _flow_runs(api_url: str | None = None, name: str | None = None) -> list[dict]:
    """Flow runs of the server at ``api_url`` (a kept server), or of the test harness."""
    if api_url:
        request = urllib.request.Request(f"{api_url}/flow_runs/filter", data=b"{}", headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=30) as response:
            runs = json.loads(response.read())
        return [run for run in runs if name is None or run["name"] == name]
    import asyncio

    from prefect.client.orchestration import get_client

    async def read():
        async with get_client() as client:
            return await client.read_flow_runs()

    return [
        {"name": run.name, "tags": run.tags, "state_type": run.state.type.value, "parameters": run.parameters}
        for run in asyncio.run(read()) if name is None or run.name == name
    ]


def test_default_ingest_of_a_small_batch_records_a_prefect_flow_run(prefect_home, tmp_path: Path, monkeypatch):
    from typer.testing import CliRunner

    from pipeline import prefect_record
    from pipeline.cli import app

    recorders: list[subprocess.Popen] = []
    spawn = prefect_record.spawn
    monkeypatch.setattr(prefect_record, "spawn", lambda *args: recorders.append(spawn(*args)) or recorders[-1])
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(CORPUS / "002_be77506d490d4968.txt", raw)
    result = CliRunner().invoke(app, ["ingest", str(raw), "--warehouse", str(tmp_path / "w.duckdb"), "--workers", "1", "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout[result.stdout.index("{"):])
    assert summary["counts"]["loaded"] == 1
    assert len(recorders) == 1 and recorders[0].wait(timeout=240) == 0, (prefect_home / "papers-recorder.log").read_text()
    [run] = _flow_runs(name=f"recorded {summary['run_id']}")
    assert run["state_type"] == "COMPLETED" and "recorded" in run["tags"]
    assert run["parameters"]["counts"]["loaded"] == 1 and run["parameters"]["paths"] == [str(raw)]


def test_runner_prefect_forces_the_flow_for_a_small_batch(prefect_home, tmp_path: Path, monkeypatch):
    from typer.testing import CliRunner

    from pipeline import prefect_record
    from pipeline.cli import app

    monkeypatch.setattr(prefect_record, "spawn", lambda *args: pytest.fail("--runner prefect recorded instead of running the flow"))
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(CORPUS / "001_fd20779843a3d887.txt", raw)
    result = CliRunner().invoke(app, ["ingest", str(raw), "--warehouse", str(tmp_path / "w.duckdb"), "--runner", "prefect", "--json"])
    assert result.exit_code == 0, result.output
    run_id = json.loads(result.stdout[result.stdout.index("{"):])["run_id"]
    import duckdb

    con = duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True)
    try:
        assert con.execute("SELECT runner FROM ingest_runs WHERE run_id = ?", [run_id]).fetchall() == [("prefect",)]
    finally:
        con.close()


def _papers(*args: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


def test_a_kept_server_is_reused_by_ingest_and_stopped_by_a_command(tmp_path: Path):
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "PREFECT_LOGGING_LEVEL": "WARNING", "COLUMNS": "200"}
    env.pop("PREFECT_API_URL", None)
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(CORPUS / "001_fd20779843a3d887.txt", raw)
    try:
        started = _papers("prefect-server", "start", env=env)
        assert started.returncode == 0, started.stderr
        url = _papers("prefect-server", "status", env=env).stdout.strip()
        assert url.startswith("http://127.0.0.1:") and url.endswith("/api")
        pid = json.loads((tmp_path / "prefect" / "papers-server.json").read_text())["pid"]

        ingest = subprocess.Popen(
            [sys.executable, "-m", "pipeline.cli", "ingest", str(raw), "--warehouse", str(tmp_path / "w.duckdb"),
             "--runner", "prefect", "--workers", "1", "--json"],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        import psutil

        own_servers = []
        while ingest.poll() is None:
            try:
                own_servers += [c for c in psutil.Process(ingest.pid).children(recursive=True) if "uvicorn" in " ".join(c.cmdline())]
            except psutil.Error:
                pass
            time.sleep(0.2)
        out, err = ingest.communicate()
        assert ingest.returncode == 0, err
        assert own_servers == [], "the ingest started its own server instead of using the kept one"
        run_id = json.loads(out)["run_id"]
        assert [r["state_type"] for r in _flow_runs(url) if r["parameters"].get("warehouse") == str(tmp_path / "w.duckdb")] == ["COMPLETED"]
        assert run_id

        stopped = _papers("prefect-server", "stop", env=env)
        assert stopped.returncode == 0 and "stopped" in stopped.stdout
        assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
        assert _papers("prefect-server", "status", env=env).returncode == 1
    finally:
        _papers("prefect-server", "stop", env=env)


def test_stop_leaves_alone_a_process_that_reused_the_servers_pid(tmp_path: Path, monkeypatch):
    from pipeline import prefect_server

    monkeypatch.setenv("PREFECT_HOME", str(tmp_path))
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        (tmp_path / "papers-server.json").write_text(json.dumps({"pid": other.pid, "url": "http://127.0.0.1:9/api"}))
        assert prefect_server.kept_server_url() is None
        assert prefect_server.stop_kept_server() is True
        assert other.poll() is None and not (tmp_path / "papers-server.json").exists()
    finally:
        other.kill()
        other.wait()


def test_a_recorder_that_cannot_start_leaves_the_ingest_loaded(tmp_path: Path, monkeypatch):
    from typer.testing import CliRunner

    from pipeline import prefect_record
    from pipeline.cli import app

    def unstartable(*args):
        raise PermissionError("PREFECT_HOME is read-only")

    monkeypatch.setattr(prefect_record, "spawn", unstartable)
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(CORPUS / "001_fd20779843a3d887.txt", raw)
    result = CliRunner().invoke(app, ["ingest", str(raw), "--warehouse", str(tmp_path / "w.duckdb"), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "1 loaded" in result.stdout and "not recorded in Prefect: PREFECT_HOME is read-only" in result.output
