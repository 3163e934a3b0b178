"""Throughput of the Dask runner against its number of workers: ``bench.py --runner dask --workers 1,2,4``.

For each worker count, a fresh interpreter runs the flow ``ingest`` on a LocalCluster of that many
single-threaded workers (``pipeline.flows.ingest_on_dask``) over the corpus, into a fresh
warehouse, with a temporary Prefect home. The time reported is that of ``run_ingest`` inside the
flow (discovery to the data checks): Prefect's server and the cluster start before it and are
reported apart, as the whole child's wall time. Rows are every table's rows after the run. A
benchmark, not a test: nothing is asserted; the machine's cores bound what more workers can give.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def child(corpus: str, warehouse: str, workers: int) -> dict:
    """One ingest on a LocalCluster of ``workers``, timed inside the flow."""
    import duckdb

    from pipeline import flows

    timed: dict[str, float] = {}
    original = flows.run_ingest

    def run_ingest(*args, **kwargs):
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            timed["run_ingest"] = time.perf_counter() - start

    flows.run_ingest = run_ingest
    summary = flows.ingest_on_dask([corpus], warehouse, workers=workers)
    con = duckdb.connect(warehouse, read_only=True)
    try:
        tables = [name for (name,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()]
        rows = {name: con.execute(f'SELECT count(*) FROM "{name}"').fetchall()[0][0] for name in tables}
    finally:
        con.close()
    return dict(workers=workers, seconds=timed["run_ingest"], loaded=summary.count("loaded"),
                failed=summary.count("failed"), pages=rows.get("pages", 0), rows=sum(rows.values()))


def run(corpus: Path, out: Path, counts: list[int]) -> list[dict]:
    """``child`` for each worker count, each in a fresh interpreter and warehouse."""
    results = []
    with tempfile.TemporaryDirectory(dir=out) as scratch:
        for workers in counts:
            env = dict(os.environ, DO_NOT_TRACK="1", PREFECT_HOME=str(Path(scratch) / f"prefect{workers}"),
                       PREFECT_LOGGING_LEVEL="WARNING", DASK_LOGGING__DISTRIBUTED="warning",
                       PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="300")  # a busy machine
            env.pop("PREFECT_API_URL", None)
            warehouse = Path(scratch) / f"dask{workers}.duckdb"
            command = [sys.executable, __file__, str(corpus), str(warehouse), str(workers)]
            started = time.perf_counter()
            done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
            if done.returncode != 0:
                raise SystemExit(f"the Dask ingest with {workers} workers failed: {done.stderr[-2000:]}")
            result = json.loads(done.stdout.strip().splitlines()[-1])
            result["child_seconds"] = time.perf_counter() - started
            result["pages_per_s"] = result["pages"] / result["seconds"]
            result["rows_per_s"] = result["rows"] / result["seconds"]
            result["load_average"] = os.getloadavg()[0]
            print(f"{workers} workers: {result['seconds']:.1f} s", file=sys.stderr)
            results.append(result)
    return results


def table(results: list[dict], cores: int) -> str:
    first = results[0]["seconds"]
    lines = [f"Dask runner, LocalCluster ({cores} cores on this machine: more workers than cores share them)",
             f"{'workers':>7}  {'seconds':>8}  {'pages/s':>8}  {'rows/s':>9}  {'speed-up':>8}  load avg"]
    lines += [
        f"{r['workers']:>7}  {r['seconds']:>8.1f}  {r['pages_per_s']:>8.1f}  {r['rows_per_s']:>9,.0f}  "
        f"{first / r['seconds']:>7.2f}×  {r['load_average']:.1f}"
        for r in results
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    corpus_arg, warehouse_arg, workers_arg = sys.argv[1:4]
    print(json.dumps(child(corpus_arg, warehouse_arg, int(workers_arg))))
