"""What the warehouse holds and what the last run did, read over a read-only connection."""

from __future__ import annotations

from pathlib import Path

from pipeline import snapshot, store


def _dicts(cursor) -> list[dict]:
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def warehouse_status(path: Path, wait: float = 0.0, on_wait=None) -> dict:
    con = snapshot.connect_reader(path, wait=wait, on_wait=on_wait)
    try:
        by_status = _dicts(
            con.execute(
                "SELECT d.status, count(DISTINCT d.id) AS documents, count(p.id) AS pages "
                "FROM documents d LEFT JOIN pages p ON p.document_id = d.id "
                "GROUP BY d.status ORDER BY d.status"
            )
        )
        problems = _dicts(
            con.execute(
                "SELECT status, path, error, sha256 FROM documents WHERE status <> 'loaded' ORDER BY status, path"
            )
        )
        runs = _dicts(con.execute("SELECT * FROM ingest_runs ORDER BY started_at DESC LIMIT 1"))
        last_run = runs[0] if runs else None
        skipped = []
        if last_run:
            skipped = _dicts(
                con.execute(
                    "SELECT path, reason FROM run_documents WHERE run_id = ? AND outcome = 'skipped' ORDER BY path",
                    [last_run["run_id"]],
                )
            )
        counts = _dicts(
            con.execute(
                "SELECT (SELECT count(*) FROM papers) AS papers, "
                "(SELECT count(DISTINCT fingerprint) FROM papers) AS distinct_papers, "
                "(SELECT count(*) FROM meetings) AS meetings, "
                "(SELECT count(*) FROM agenda_items) AS agenda_items, "
                "(SELECT count(*) FROM reports) AS reports, "
                "(SELECT count(*) FROM attendance) AS attendance, "
                "(SELECT count(*) FROM people) AS people, "
                "(SELECT count(*) FROM allocations) AS allocations, "
                "(SELECT count(*) FROM projects) AS projects, "
                "(SELECT count(*) FROM dated_events) AS dated_events"
            )
        )[0]
        quality = _dicts(
            con.execute(
                "SELECT q.result, q.check_name, q.financial_year, q.stated_text, q.stated, q.computed, q.difference, "
                "q.detail, q.printed_page, d.path "
                "FROM data_quality q JOIN documents d ON d.id = q.document_id "
                "WHERE q.result NOT IN ('ok', 'within_approximation') "
                "ORDER BY q.result, d.path, q.char_start"
            )
        )
        return {
            "warehouse": str(path),
            "facts": counts,
            "data_quality": quality,
            "schema_version": store.schema_version(con),
            "documents_by_status": by_status,
            "problems": problems,
            "last_run": last_run,
            "last_run_skipped": skipped,
            "fetched": fetch_status(con),
        }
    finally:
        con.close()


def fetch_status(con) -> dict | None:
    """The last poll of each committee, its failures, and the papers re-published with new bytes;
    None when the warehouse predates the fetch tables (schema version 3)."""
    if "fetch_runs" not in {row[0] for row in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}:
        return None
    last_polls = _dicts(
        con.execute(
            "SELECT * EXCLUDE (rank) FROM (SELECT *, row_number() OVER (PARTITION BY site, committee_id "
            "ORDER BY started_at DESC) AS rank FROM fetch_runs) WHERE rank = 1 ORDER BY site, committee_id"
        )
    )
    problems = _dicts(
        con.execute(
            "SELECT o.outcome, o.meeting_date, o.title, o.url, o.reason FROM fetch_outcomes o "
            "WHERE o.run_id IN (SELECT unnest(?::VARCHAR[])) AND o.outcome IN ('failed', 'refused') "
            "ORDER BY o.meeting_date, o.url",
            [[poll["run_id"] for poll in last_polls]],
        )
    )
    files = _dicts(
        con.execute(
            "SELECT count(*) AS versions, count(*) FILTER (WHERE is_current) AS current, "
            "count(*) FILTER (WHERE is_current AND version > 1) AS republished, "
            "count(*) FILTER (WHERE is_current AND sha256 NOT IN (SELECT id FROM documents)) AS not_ingested "
            "FROM fetched_files"
        )
    )[0]
    changed = _dicts(
        con.execute(
            "SELECT f.meeting_date, f.title, f.url, f.version, f.fetched_at, f.sha256, p.sha256 AS previous_sha256, "
            "p.fetched_at AS previous_fetched_at, d.status AS document_status, d.n_pages, pd.n_pages AS previous_n_pages "
            "FROM fetched_files f JOIN fetched_files p ON p.url = f.url AND p.version = f.version - 1 "
            "LEFT JOIN documents d ON d.id = f.sha256 LEFT JOIN documents pd ON pd.id = p.sha256 "
            "ORDER BY f.fetched_at DESC, f.url LIMIT 50"
        )
    )
    meetings = _dicts(
        con.execute(
            "SELECT count(*) AS meetings, count(*) FILTER (WHERE cancelled) AS cancelled, "
            "min(date) AS first_date, max(date) AS last_date FROM source_meetings"
        )
    )[0]
    return {"last_polls": last_polls, "problems": problems, "files": files, "changed": changed, "meetings": meetings}
