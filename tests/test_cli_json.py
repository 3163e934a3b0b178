"""One convention across commands (issue 21): every command that prints data takes --json, and
what it prints then is JSON (on stdout, nothing else)."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
import typer.main

from analysis_helpers import sample_warehouse
from conftest import CORPUS
from fakesite import FakeModernGov
from pipeline.cli import app
from test_cli import papers

# Commands that print no data of their own, and why.
EXEMPT = {
    "extract": "its output is the JSON contract itself",
    "serve": "serves a Prefect deployment until stopped; it prints no data",
}


def _commands() -> dict[str, click.Command]:
    return typer.main.get_command(app).commands


def test_every_command_that_prints_data_has_a_json_option():
    missing = [
        name for name, command in _commands().items()
        if name not in EXEMPT and not any("--json" in getattr(p, "opts", []) for p in command.params)
    ]
    assert missing == []
    assert set(EXEMPT) <= set(_commands()), "an exempt command was renamed or removed"


def test_every_command_shows_its_defaults_in_help():
    for name, command in _commands().items():
        for param in command.params:
            if isinstance(param, click.Option) and param.default not in (None, False) and not param.is_flag:
                assert param.show_default or "[default:" in (param.help or ""), f"{name} {param.opts}"


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> Path:
    return sample_warehouse(tmp_path_factory)


@pytest.mark.parametrize(
    "args",
    [
        ("status",),
        ("search", "grant"),
        ("trends",),
        ("query", "SELECT 1 AS one"),
        ("report", "--out", "{tmp}/r.html"),
        ("export", "--format", "csv", "--out", "{tmp}/export"),
    ],
    ids=lambda args: args[0],
)
def test_read_commands_print_json_and_only_json(warehouse: Path, tmp_path: Path, args: tuple[str, ...]):
    run = papers(*(a.replace("{tmp}", str(tmp_path)) for a in args), "--warehouse", str(warehouse), "--json")
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) not in (None, [], {})


def test_ingest_prints_its_summary_as_json(tmp_path: Path):
    ingest = papers("ingest", str(CORPUS / "001_fd20779843a3d887.txt"), "--warehouse", str(tmp_path / "w.duckdb"),
                    "--runner", "local", "--workers", "1", "--json")
    assert json.loads(ingest.stdout)["counts"]["loaded"] == 1


def test_fetch_prints_the_poll_as_json(tmp_path: Path):
    site = FakeModernGov(tmp_path / "site").start()
    config = tmp_path / "papers.toml"
    config.write_text("[fetch]\nmin_interval_seconds = 0\nbackoff_seconds = 0.01\nmax_bytes = 2_000_000\n")
    try:
        run = papers("fetch", "--site", site.base, "--committee", "519", "--since", "2026-01-01", "--until", "2026-02-28",
                     "--raw", str(tmp_path / "raw"), "--warehouse", str(tmp_path / "w.duckdb"), "--config", str(config),
                     "--runner", "local", "--json")
    finally:
        site.stop()
    polled = json.loads(run.stdout)
    assert polled["ok"] is False and run.returncode == 1  # the fake site refuses and fails some files, as in test_fetch_cli
    assert polled["committees"][0]["committee_id"] == 519 and polled["ingest"]["counts"]["loaded"] >= 1
