"""The flow ``ingest`` on a LocalCluster of 4 workers writes exactly the rows plain Python writes:
every table, search index included (correctness only; throughput is ``bench.py --runner dask``)."""

from __future__ import annotations

import faulthandler
import shutil
from pathlib import Path

import duckdb
import pytest

from conftest import ROOT
from pipeline.ingest import run_ingest

pytestmark = pytest.mark.prefect

DASK_TEST_SECONDS = 600
# Small text documents of several layouts: 12 batches of 1 spread over the 4 workers.
SMALL = sorted((ROOT / "tests" / "fixtures" / "real_layouts").glob("*/*.txt"))[:12]
# Columns a run stamps with its own time or id (a warehouse_state hashes the documents' ingested_at).
VOLATILE = {"ingested_at", "last_seen_at", "started_at", "finished_at", "run_id", "runner", "refreshed_at",
            "applied_at", "checked_at", "loaded_at", "created_at", "warehouse_state"}


def _tables(warehouse: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        tables = [name for (name,) in con.execute("SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall()]
        found = {}
        for table in tables:
            columns = [
                name for (name, kind) in con.execute(
                    "SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = ? ORDER BY column_index", [table]
                ).fetchall()
                if name not in VOLATILE and not kind.startswith("TIMESTAMP")
            ]
            found[table] = con.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY ALL").fetchall()
        return found
    finally:
        con.close()


@pytest.fixture
def watchdog():
    """A hung cluster fails the run (tracebacks dumped, pytest exits) instead of holding CI."""
    faulthandler.dump_traceback_later(DASK_TEST_SECONDS, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


def test_four_dask_workers_write_the_rows_plain_python_writes(prefect_home, watchdog, tmp_path: Path):
    from pipeline.flows import ingest_on_dask

    raw = tmp_path / "raw"
    raw.mkdir()
    for index, path in enumerate(SMALL):
        shutil.copy(path, raw / f"{index:02d}_{path.name}")
    on_dask = ingest_on_dask([str(raw)], str(tmp_path / "dask.duckdb"), workers=4, batch_size=1)
    local = run_ingest([raw], tmp_path / "local.duckdb")

    assert on_dask.ok and local.ok
    assert on_dask.count("loaded") == local.count("loaded") == len(SMALL) == 12
    dask_rows, local_rows = _tables(tmp_path / "dask.duckdb"), _tables(tmp_path / "local.duckdb")
    assert all(local_rows[name] for name in ("documents", "pages", "search_units", "search_terms", "attendance"))
    assert dask_rows == local_rows
