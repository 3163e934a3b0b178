"""Refresh: the derived tables and the data checks, after a run's loads."""

from __future__ import annotations

import duckdb

from pipeline import derive, search_index, store
from pipeline.ingest.outcomes import IngestSummary


def refresh(con: duckdb.DuckDBPyConnection, summary: IngestSummary, changed: bool) -> None:
    """After the loads (which wrote the search index with each document): rebuild the derived
    tables and run the data checks, each only when this run ``changed`` documents or the step is
    not current (``needs_refresh``: documents loaded since it last ran, by a run killed before it,
    or one of its input files edited). Skipped checks report the failures recorded when they last ran.
    Last, the search terms are rewritten in term order when they have grown enough since
    (``search_index.needs_ordering``): a failure there leaves the rest done."""
    rebuilt = changed or derive.needs_refresh(con)
    checked = rebuilt or not store.is_current(con, "data_checks", store.check_inputs())
    if checked:
        store.checkpoint(con)  # the loads' rows, held in memory until then, leave room for the rebuild
        if rebuilt:
            derive.refresh(con, run_id=summary.run_id)
        with store.whole_warehouse_reads(con) as writer_limit:
            store.record_checks(con, store.run_checks(con, retry_limit=writer_limit), summary.run_id)
    summary.check_failures, checked_at = store.recorded_check_failures(con)
    summary.checks_from = None if checked else checked_at
    if search_index.needs_ordering(con):
        store.checkpoint(con)
        search_index.order_terms(con, summary.run_id)
