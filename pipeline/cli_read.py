"""Read-only commands: answers from the warehouse (see warehouse/README.md), never waiting on an ingest."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from extractors.errors import PapersError
from pipeline.cli_base import (
    READER_WAIT,
    BodyOption,
    WarehouseOption,
    _cell,
    _fail,
    _say,
    _warehouse,
    analyst_errors,
    app,
    console,
    print_json,
)


def page_label(printed_page: int | None, page_index: int, path: str) -> str:
    """Where a hit is: its printed page number, else its page in the file ('PDF page 3' only for a
    PDF: a text or HTML page has no PDF page)."""
    if printed_page is not None:
        return f"page {printed_page}"
    if Path(path).suffix.lower() == ".pdf":
        return f"PDF page {page_index + 1}"
    return f"page {page_index + 1} of the file"


@app.command()
def search(
    query: Annotated[str, typer.Argument(help='Words to find; "quoted words" must appear as a phrase.')],
    warehouse: WarehouseOption = None,
    body: Annotated[Optional[str], typer.Option(help="Only meetings of bodies whose name contains this.")] = None,
    date_from: Annotated[Optional[str], typer.Option("--from", help="Only meetings on or after this date (YYYY-MM-DD).")] = None,
    date_to: Annotated[Optional[str], typer.Option("--to", help="Only meetings on or before this date (YYYY-MM-DD).")] = None,
    limit: Annotated[int, typer.Option(help="How many hits at most.", min=1)] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a list.")] = False,
) -> None:
    """Ranked hits across every loaded paper, with title, meeting date, printed page and snippet."""
    import datetime as dt

    from rich.text import Text

    from pipeline import snapshot
    from pipeline.search import search as run_search

    try:
        start = dt.date.fromisoformat(date_from) if date_from else None
        end = dt.date.fromisoformat(date_to) if date_to else None
    except ValueError as error:
        _fail(f"bad date: {error}; use YYYY-MM-DD", 2)
    try:
        con = snapshot.connect_reader(_warehouse(warehouse), wait=READER_WAIT, on_wait=_say)
        try:
            hits = run_search(con, query, body=body, date_from=start, date_to=end, limit=limit)
        finally:
            con.close()
    except PapersError as error:
        _fail(str(error))
    if as_json:
        sys.stdout.write(json.dumps([hit.as_dict() for hit in hits], indent=2) + "\n")
        return
    if not hits:
        console.print(f"no hits for {query!r}", highlight=False)
    for number, hit in enumerate(hits, start=1):
        page = page_label(hit.printed_page, hit.page_index, hit.path)
        date = hit.meeting_date.isoformat() if hit.meeting_date else "no meeting date"
        console.print(
            f"[bold]{number}. {hit.paper_title or Path(hit.path).name}[/] — {date}, {page} ({Path(hit.path).name})",
            highlight=False,
        )
        snippet = Text("   " + hit.snippet)
        for begin, end_ in hit.highlights:
            snippet.stylize("bold yellow", begin + 3, end_ + 3)
        console.print(snippet)


@app.command()
def status(
    warehouse: WarehouseOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")] = False,
) -> None:
    """Documents loaded, skipped and failed, with the reasons."""
    from pipeline.status import warehouse_status

    try:
        report = warehouse_status(_warehouse(warehouse), wait=READER_WAIT, on_wait=_say)
    except PapersError as error:
        _fail(str(error))
    if as_json:
        sys.stdout.write(json.dumps(report, indent=2, default=str) + "\n")
        return
    _print_status(report)


def _print_status(report: dict) -> None:
    console.print(f"warehouse {report['warehouse']} (schema version {report['schema_version']})", highlight=False)
    table = Table("status", "documents", "pages")
    for row in report["documents_by_status"]:
        table.add_row(row["status"], str(row["documents"]), str(row["pages"]))
    console.print(table)
    facts = report["facts"]
    console.print(
        f"{facts['papers']} papers ({facts['distinct_papers']} distinct), {facts['meetings']} meetings, "
        f"{facts['agenda_items']} agenda items, {facts['reports']} reports, {facts['attendance']} attendance rows "
        f"({facts['people']} people), {facts['allocations']} allocations, {facts['projects']} projects, "
        f"{facts['dated_events']} dated events",
        highlight=False,
    )
    run = report["last_run"]
    if run:
        console.print(
            f"last run {run['run_id'][:8]} ({run['runner']}, {run['started_at']:%Y-%m-%d %H:%M:%S} UTC): "
            f"{run['n_loaded']} loaded, {run['n_skipped']} skipped, {run['n_failed']} failed, "
            f"{run['n_unsupported']} unsupported"
            + ("" if run["finished_at"] else " [red](did not finish)[/]"),
            highlight=False,
        )
    if report["data_quality"]:
        quality = Table("result", "check", "year", "stated", "computed", "difference", "page", "document",
                        title="data quality: mismatches, rounding gaps and flagged amounts")
        for row in report["data_quality"]:
            quality.add_row(
                row["result"], row["check_name"], row["financial_year"] or "", row["stated_text"] or "",
                "" if row["computed"] is None else f"£{row['computed']:,}",
                "" if row["difference"] is None else f"£{row['difference']:,}",
                "" if row["printed_page"] is None else str(row["printed_page"]), Path(row["path"]).name,
            )
        console.print(quality)
    if report["problems"]:
        problems = Table("status", "document", "reason", title="documents not loaded")
        for row in report["problems"]:
            problems.add_row(row["status"], row["path"], row["error"])
        console.print(problems)
    if report.get("fetched"):
        _print_fetched(report["fetched"])


def _print_fetched(fetched: dict) -> None:
    files, meetings = fetched["files"], fetched["meetings"]
    console.print(
        f"fetched from ModernGov: {files['current']} current files ({files['versions']} versions, "
        f"{files['republished']} re-published, {files['not_ingested']} not yet ingested); "
        f"{meetings['meetings']} meetings listed ({meetings['cancelled']} cancelled)",
        highlight=False,
    )
    for poll in fetched["last_polls"]:
        console.print(
            f"last poll of {poll['site']} committee {poll['committee_id']} ({poll['source']}, "
            f"{poll['finished_at']:%Y-%m-%d %H:%M:%S} UTC, meetings {poll['window_from']} to {poll['window_to']}): "
            f"{poll['n_meetings']} meetings, {poll['n_new']} new, {poll['n_changed']} changed, "
            f"{poll['n_unchanged']} unchanged, {poll['n_skipped']} skipped, {poll['n_refused']} refused, "
            f"{poll['n_failed']} failed",
            highlight=False,
        )
    if fetched["changed"]:
        changed = Table("meeting", "title", "version", "fetched", "pages", "was", title="re-published papers: new versions")
        for row in fetched["changed"]:
            pages = "" if row["n_pages"] is None else str(row["n_pages"])
            was = f"v{row['version'] - 1} {row['previous_sha256'][:12]}, {row['previous_fetched_at']:%Y-%m-%d}"
            if row["previous_n_pages"] is not None:
                was += f", {row['previous_n_pages']} pages"
            changed.add_row(
                str(row["meeting_date"]), row["title"], f"v{row['version']} {row['sha256'][:12]}",
                f"{row['fetched_at']:%Y-%m-%d %H:%M}", pages, was,
            )
        console.print(changed)
    if fetched["problems"]:
        problems = Table("outcome", "meeting", "title", "reason", "url", title="files not fetched in the last poll")
        for row in fetched["problems"]:
            problems.add_row(row["outcome"], str(row["meeting_date"]), row["title"], row["reason"] or "", row["url"])
        console.print(problems)


@app.command()
def trends(
    warehouse: WarehouseOption = None,
    body: BodyOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the rows of funding_by_year as JSON.")] = False,
) -> None:
    """Funding per body and financial year: grant, pots, approved total, underspend, projects (the view funding_by_year)."""
    from pipeline import analytics
    from pipeline.report import money

    with analyst_errors():
        con = analytics.connect(_warehouse(warehouse))
        try:
            body_id = analytics.resolve_body(con, body)["id"] if body else None
            years = analytics.funding_by_year(con, body_id)
        finally:
            con.close()
    if as_json:
        print_json(years)
        return
    from rich import box

    table = Table(title="funding by body and financial year (latest paper of the body wins)", box=box.SIMPLE_HEAD)
    table.add_column("body")
    table.add_column("year")
    for heading in ("grant", "upfront pot", "tactical pot", "approved", "underspend", "projects", "withdrawn"):
        table.add_column(heading, justify="right")
    table.add_column("as of")
    for year in years:
        mark = " *" if year["pots_derived"] else ""
        table.add_row(
            year["body"], year["financial_year"], money(year["grant_total"]), money(year["upfront_pot"]) + mark,
            money(year["tactical_pot"]) + mark,
            money(year["approved_total"]) + (" †" if year["approved_total_source"] == "projects" else ""),
            money(year["underspend"]), str(year["n_projects"]), str(year["n_withdrawn"]), _cell(year["as_of_date"]),
        )
    wide = Console(soft_wrap=True, width=max(console.width, 170))
    wide.print(table)
    wide.print("* pot derived as grant minus the other pot; † sum of the year's approved projects (no total stated)", highlight=False)


@app.command()
def query(
    sql: Annotated[str, typer.Argument(help='One SQL statement, e.g. "SELECT * FROM projects_current".')],
    warehouse: WarehouseOption = None,
    as_csv: Annotated[bool, typer.Option("--csv", help="Print CSV (with a header).")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON array of objects.")] = False,
    as_vertical: Annotated[bool, typer.Option("--vertical", help="Print one record per block (column | value).")] = False,
    max_width: Annotated[Optional[int], typer.Option(help="Widest table to print; wider results print one record per block in a terminal, CSV when piped [default: terminal width].", min=20)] = None,
) -> None:
    """Run SQL on a read-only connection without file access; print a table, records, CSV or JSON."""
    import shutil

    import duckdb

    from pipeline import analytics
    from pipeline import query_output as out
    from pipeline.export import csv_safe

    try:
        con = analytics.connect_sealed(_warehouse(warehouse))
        try:
            columns, rows = analytics.run_query(con, sql)
        finally:
            con.close()
    except PapersError as error:
        _fail(str(error))
    except duckdb.Error as error:
        _fail(str(error).splitlines()[0] if str(error) else type(error).__name__)
    if as_json:
        sys.stdout.write(out.as_json(columns, rows))
        return
    cells = [[_cell(v) for v in row] for row in rows]
    width = max_width or shutil.get_terminal_size((80, 24)).columns
    layout = "csv" if as_csv else "vertical" if as_vertical else out.choose_layout(columns, cells, width, sys.stdout.isatty())
    if layout == "csv":
        safe = [[csv_safe(c) if isinstance(v, str) else c for c, v in zip(line, row)] for line, row in zip(cells, rows)]
        sys.stdout.write(out.as_csv(columns, safe))
    elif layout == "vertical":
        sys.stdout.write(out.vertical(columns, cells))
    else:
        table = Table(*columns, caption=f"{len(rows)} row{'s' * (len(rows) != 1)}")
        for line in cells:
            table.add_row(*(escape(c) for c in line))
        Console(soft_wrap=True, width=max(width, 20)).print(table)


@app.command()
def report(
    warehouse: WarehouseOption = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write.")] = Path("report.html"),
    body: BodyOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the written file as JSON.")] = False,
) -> None:
    """Write one self-contained HTML file: bodies compared, the year table, funding per year by theme, the project timeline."""
    from pipeline.report import write_report

    with analyst_errors():
        path = write_report(_warehouse(warehouse), out, body)
    if as_json:
        print_json({"written": [str(path)]})
        return
    console.print(f"wrote {path}", highlight=False)


@app.command()
def export(
    warehouse: WarehouseOption = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="csv, parquet (one file per public view) or 360giving (grants.json).")] = "csv",
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write into.")] = Path("export"),
    prefix: Annotated[str, typer.Option(help="360Giving identifier prefix of grants and organisations.")] = "360G-committee-papers",
    body: BodyOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the written files as JSON.")] = False,
) -> None:
    """Export the public views (CSV or Parquet) or the awarded grants (360Giving JSON)."""
    from pipeline.export import FORMATS
    from pipeline.export import export as run_export

    if fmt not in FORMATS:
        _fail(f"unknown format {fmt!r}: use {', '.join(FORMATS)}", 2)
    with analyst_errors():
        written = run_export(_warehouse(warehouse), fmt, out, prefix, body)
    if as_json:
        print_json({"written": [str(path) for path in written]})
        return
    for path in written:
        console.print(f"wrote {path}", highlight=False)
