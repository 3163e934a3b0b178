"""A plain-Python ingest recorded as a Prefect flow run afterwards, by a detached process.

``papers ingest`` (default runner) parses a small batch of new documents without Prefect,
which would cost more than the batch (the temporary server starts in ~16 s, a flow run adds
~1.2 s), and then ``spawn``s ``python -m pipeline.prefect_record`` in its own session: it
records a run of the flow ``ingest`` (named ``recorded <run id>``, tagged ``recorded``) whose
parameters are the run's targets, warehouse, run id and counts, and exits. The user does not
wait for it; its output goes to ``PREFECT_HOME/papers-recorder.log``. It talks to the server
``prefect_server.use_server`` picks: the configured one, the kept one, or a temporary one that
dies with the recorder.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from pipeline.prefect_server import prefect_home

# Up to this many documents to parse, the default runner parses without Prefect and records the
# run afterwards: below it the flow's fixed cost (a temporary server ~16 s, a flow run ~1.2 s,
# importing prefect ~1.5 s) is more than the parsing (a 50-page pack ~1.2 s a worker).
FAST_PATH_DOCUMENTS = 16


def spawn(summary, paths: list[str], warehouse: str) -> subprocess.Popen:
    """Start the recorder for ``summary`` detached from this process; return it (tests wait on it)."""
    record = {
        "paths": paths,
        "warehouse": warehouse,
        "run_id": summary.run_id,
        "pipeline_version": summary.pipeline_version,
        "counts": {k: summary.count(k) for k in ("loaded", "skipped", "failed", "needs_ocr", "unsupported")},
    }
    env = dict(os.environ)
    if "prefect.settings" in sys.modules:  # a server set in this process (a test harness) is passed on
        from prefect.settings import PREFECT_API_URL

        if PREFECT_API_URL.value():
            env["PREFECT_API_URL"] = PREFECT_API_URL.value()
    home = prefect_home()
    home.mkdir(parents=True, exist_ok=True)
    with open(home / "papers-recorder.log", "ab") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "pipeline.prefect_record", json.dumps(record)],
            env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True,
        )


def record(entry: dict) -> None:
    """Record ``entry`` (what ``spawn`` passes) as a completed run of the flow ``ingest``."""
    from pipeline.prefect_server import use_server

    use_server()
    from prefect import flow, get_run_logger, tags

    @flow(name="ingest", flow_run_name="recorded {run_id}", log_prints=False)
    def recorded_ingest(paths: list[str], warehouse: str, run_id: str, pipeline_version: str, counts: dict) -> dict:
        """An ingest that ran in plain Python (``papers ingest``'s fast path), recorded afterwards."""
        get_run_logger().info("ingest %s into %s: %s", run_id, warehouse, counts)
        return counts

    with tags("recorded"):
        recorded_ingest(**entry)


if __name__ == "__main__":
    record(json.loads(sys.argv[1]))
