"""Shared fixtures: sample paths, a fresh warehouse, generated bad inputs, one Prefect harness."""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
CORPUS = FIXTURES / "corpus"
SAMPLES = ROOT / "raw" / "samples"
SHARED = ROOT.parent / "shared"

SAMPLE_STEMS = (
    "000_3640f8d8de4eb426",
    "001_fd20779843a3d887",
    "002_be77506d490d4968",
    "004_45c56f7fc4c775e0",
)
THIRD_PARTY_STEM = "003_436c49444788f30e"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test when ../shared is absent (a user's machine)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: ../shared exists only on the team's machines and CI")
    return path


def query_rows(warehouse: Path, sql: str, params=()) -> list[tuple]:
    """The rows ``sql`` gives on ``warehouse``, read on a read-only connection closed at once."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql, list(params)).fetchall()
    finally:
        con.close()


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    return tmp_path / "warehouse" / "papers.duckdb"


@pytest.fixture(scope="session")
def prefect_home(tmp_path_factory: pytest.TempPathFactory):
    """One ephemeral Prefect (no server, no network) for the session: it takes ~16 s to start, and over the
    harness's default 30 s wait on a loaded machine (the session-28 CI under load errored every flow test)."""
    home = tmp_path_factory.mktemp("prefect-home")
    os.environ.update(
        PREFECT_HOME=str(home),
        DO_NOT_TRACK="1",
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        PREFECT_LOGGING_LEVEL="WARNING",
    )
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        yield home


@pytest.fixture
def site(tmp_path: Path):
    """The fetcher's fake ModernGov site on loopback, serving from ``tmp_path/site``."""
    from fakesite import FakeModernGov

    fake = FakeModernGov(tmp_path / "site").start()
    yield fake
    fake.stop()
