"""The flow ``ingest`` on Dask (a LocalCluster of 2 workers): the same rows as plain Python."""

from __future__ import annotations

import faulthandler
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from conftest import ROOT, SAMPLES
from pipeline.ingest import run_ingest
from schemas.records import FACT_TABLES

pytestmark = pytest.mark.prefect

# A hung cluster must fail the run, not hold CI: tracebacks are dumped and pytest exits.
DASK_TEST_SECONDS = 600


def _tables(warehouse: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        tables = {
            "documents": con.execute("SELECT * EXCLUDE (ingested_at) FROM documents ORDER BY id").fetchall(),
            "pages": con.execute("SELECT * FROM pages ORDER BY id").fetchall(),
            "files": con.execute("SELECT path, document_id, size_bytes, mtime_ns FROM files ORDER BY path").fetchall(),
        }
        for model in FACT_TABLES:
            tables[model.table] = con.execute(f"SELECT * FROM {model.table} ORDER BY id").fetchall()
        tables["runners"] = con.execute("SELECT runner, n_loaded, n_failed FROM ingest_runs").fetchall()
        return tables
    finally:
        con.close()


def test_the_dask_runner_loads_the_same_rows_as_the_local_runner(prefect_home, tmp_path: Path):
    from pipeline.flows import ingest_on_dask

    faulthandler.dump_traceback_later(DASK_TEST_SECONDS, exit=True)
    try:
        on_dask = ingest_on_dask([str(SAMPLES)], str(tmp_path / "dask.duckdb"), workers=2, batch_size=1)
    finally:
        faulthandler.cancel_dump_traceback_later()
    local = run_ingest([SAMPLES], tmp_path / "local.duckdb")

    assert on_dask.ok and local.ok
    assert on_dask.count("loaded") == local.count("loaded") == 4
    dask_rows, local_rows = _tables(tmp_path / "dask.duckdb"), _tables(tmp_path / "local.duckdb")
    assert dask_rows.pop("runners") == [("dask", 4, 0)]
    assert local_rows.pop("runners") == [("local", 4, 0)]
    assert all(local_rows[name] for name in ("documents", "pages", "papers", "projects"))
    assert dask_rows == local_rows


def test_read_only_commands_import_neither_prefect_nor_dask(tmp_path: Path):
    warehouse = tmp_path / "w.duckdb"
    assert run_ingest([SAMPLES / "000_3640f8d8de4eb426.pdf"], warehouse).ok
    code = (
        "import sys; from typer.testing import CliRunner; from pipeline.cli import app; "
        f"w = {str(warehouse)!r}; "
        f"commands = [['status', '-w', w], ['search', 'vape', '-w', w], ['extract', {str(SAMPLES / '000_3640f8d8de4eb426.pdf')!r}]]; "
        "codes = [CliRunner().invoke(app, c).exit_code for c in commands]; "
        "print(codes, sorted(m for m in ('prefect', 'prefect_dask', 'dask', 'distributed') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[0, 0, 0] []"
