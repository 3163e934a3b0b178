"""What the warehouse holds and what the last run did, read over a read-only connection."""

from __future__ import annotations

from pathlib import Path

from pipeline import store


def _dicts(cursor) -> list[dict]:
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def warehouse_status(path: Path) -> dict:
    con = store.connect(path, read_only=True)
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
        }
    finally:
        con.close()
