"""The ``papers`` command: a thin typer layer over the library.

Read-only commands (extract, status) never import prefect, so they start in
about a second; ``ingest`` imports it only when it runs the flow.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from extractors.errors import DocumentError, PapersError

app = typer.Typer(
    help="Turn council committee papers into a queryable DuckDB warehouse.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console(soft_wrap=True)
errors = Console(stderr=True, soft_wrap=True)

WarehouseOption = Annotated[
    Optional[Path],
    typer.Option(
        "--warehouse",
        "-w",
        envvar="PAPERS_WAREHOUSE",
        help="DuckDB warehouse file [default: warehouse/papers.duckdb].",
        show_default=False,
    ),
]


def _warehouse(path: Path | None) -> Path:
    from pipeline.store import DEFAULT_WAREHOUSE

    return path or DEFAULT_WAREHOUSE


# Read-only commands wait this long for a running ingest to release the warehouse.
READER_WAIT = 10.0


def _say(message: str) -> None:
    errors.print(message, highlight=False)


def _show_version(value: bool) -> None:
    if value:
        from extractors.registry import pipeline_version

        console.print(f"papers {pipeline_version()} (package + hash of the extractor versions)", highlight=False)
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_show_version, is_eager=True, help="Print the version and exit.")] = False,
) -> None:
    """Turn council committee papers into a queryable DuckDB warehouse."""


def _fail(message: str, code: int = 1) -> None:
    errors.print(f"[bold red]error:[/] {escape(message)}", highlight=False)
    raise typer.Exit(code)


@app.command()
def ingest(
    paths: Annotated[Optional[list[Path]], typer.Argument(help="Files or folders [default: raw/].")] = None,
    warehouse: WarehouseOption = None,
    runner: Annotated[str, typer.Option(help="prefect (the flow), local (plain Python) or dask (the flow on Dask).")] = "prefect",
    dask_address: Annotated[Optional[str], typer.Option(help="Dask scheduler tcp://HOST:PORT for --runner dask [default: a local cluster].")] = None,
    retry_failed: Annotated[bool, typer.Option(help="Parse again documents that failed before.")] = False,
    verify: Annotated[bool, typer.Option(help="Hash every file, even those whose size and modification time are unchanged.")] = False,
    workers: Annotated[Optional[int], typer.Option(help="Worker processes for parsing (Dask workers with --runner dask) [default: number of cores].", min=1)] = None,
    timeout: Annotated[float, typer.Option(help="Seconds one document may take before it is skipped as hung.", min=1)] = 120.0,
    memory_mb: Annotated[int, typer.Option(help="Memory limit (MB) of each worker process.", min=256)] = 4096,
    wait: Annotated[float, typer.Option(help="Seconds to wait while another process holds the warehouse.", min=0)] = 30.0,
    ocr: Annotated[bool, typer.Option(help="Read PDFs without a text layer by OCR (needs tesseract); retries failed ones.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the run's summary as JSON.")] = False,
) -> None:
    """Load papers into the warehouse; unchanged documents are skipped without parsing.

    Each document is parsed in a worker process under a time and memory limit, so a
    hostile PDF costs only itself.
    """
    from pipeline.ingest import count_pending, discover, on_lock_wait, on_outcome, run_ingest
    from pipeline.progress import IngestProgress
    from pipeline.workers import IsolatedProcessor, default_workers

    if runner not in ("prefect", "local", "dask"):
        _fail(f"unknown runner {runner!r}: use prefect, local or dask", 2)
    if dask_address and runner != "dask":
        _fail("--dask-address needs --runner dask", 2)
    targets = [str(p) for p in (paths or [Path("raw")])]
    db = str(_warehouse(warehouse))
    with IngestProgress(errors, total=_expected_documents(discover, targets)) as progress:
        progress.stage("planning")

        def follow(outcome) -> None:
            progress.update(outcome.outcome, Path(outcome.path).name)

        token = on_outcome.set(follow)
        wait_token = on_lock_wait.set(lambda message: errors.print(message, highlight=False))
        try:
            if runner in ("prefect", "dask") and count_pending(db, targets, retry_failed or ocr, wait, verify) == 0:
                errors.print("no new or changed documents: running without starting Prefect", highlight=False)
                runner = "local"
            if runner == "dask":
                os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
                os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")
                from pipeline.flows import ingest_on_dask
                from pipeline.prefect_server import start_ephemeral_server

                progress.stage("starting Prefect and Dask")
                start_ephemeral_server()
                summary = ingest_on_dask(
                    targets, db, address=dask_address, workers=workers, retry_failed=retry_failed,
                    timeout=timeout, memory_mb=memory_mb, lock_wait=wait, verify=verify, ocr=ocr,
                )
            elif runner == "prefect":
                os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
                from pipeline.flows import ingest as ingest_flow
                from pipeline.prefect_server import start_ephemeral_server

                progress.stage("starting Prefect")
                start_ephemeral_server()
                summary = ingest_flow(
                    targets, db, retry_failed=retry_failed, workers=workers or default_workers(),
                    timeout=timeout, memory_mb=memory_mb, lock_wait=wait, verify=verify, ocr=ocr,
                )
            else:
                with IsolatedProcessor(workers, timeout, memory_mb) as processor:
                    summary = run_ingest(
                        targets, db, runner="local", retry_failed=retry_failed, lock_wait=wait, verify=verify,
                        stream=processor.results, ocr=ocr,
                    )
        except PapersError as error:
            _fail(str(error))
        finally:
            on_outcome.reset(token)
            on_lock_wait.reset(wait_token)
    if as_json:
        sys.stdout.write(json.dumps(_summary_json(summary, db), indent=2, default=str) + "\n")
    else:
        _print_summary(summary, db)
    if not summary.ok:
        raise typer.Exit(1)


def _expected_documents(discover, targets: list[str]) -> int:
    """Files the run will report on, for the progress total; 0 (unknown) if a folder cannot be listed."""
    try:
        files, missing = discover(targets)
    except OSError:
        return 0
    return len(files) + len(missing)


def _summary_json(summary, db: str) -> dict:
    kinds = ("loaded", "skipped", "failed", "needs_ocr", "unsupported")
    return {
        "warehouse": db,
        "run_id": summary.run_id,
        "pipeline_version": summary.pipeline_version,
        "ok": summary.ok,
        "counts": {kind: summary.count(kind) for kind in kinds},
        "documents": [
            {"path": o.path, "document_id": o.document_id, "outcome": o.outcome, "reason": o.reason} for o in summary.outcomes
        ],
        "check_failures": {check: len(rows) for check, rows in summary.check_failures.items()},
        "checks_from": summary.checks_from,
    }


def _print_summary(summary, db: str) -> None:
    parsed = sum(summary.count(k) for k in ("loaded", "failed", "needs_ocr"))
    console.print(
        f"ingest into {db}: {summary.count('loaded')} loaded, {summary.count('skipped')} skipped (unchanged), "
        f"{summary.count('failed')} failed, {summary.count('needs_ocr')} need OCR, "
        f"{summary.count('unsupported')} unsupported",
        highlight=False,
    )
    if parsed == 0:
        console.print(
            f"nothing to parse: every document is unchanged since it was loaded (same size and "
            f"modification time, or same SHA-256, and pipeline version {summary.pipeline_version})",
            highlight=False,
        )
    for outcome in summary.outcomes:
        if outcome.outcome in ("failed", "needs_ocr", "unsupported"):
            console.print(f"  {outcome.outcome:11} {outcome.path}: {outcome.reason}", highlight=False, markup=False)
    for check, rows in summary.check_failures.items():
        console.print(f"  [red]data check failed[/] {check}: {len(rows)} rows, e.g. {rows[0]}", highlight=False)
    if summary.check_failures and summary.checks_from:
        console.print(
            f"  (nothing changed, so the checks did not run again: these failed when they last ran, "
            f"{summary.checks_from:%Y-%m-%d %H:%M:%S} UTC)",
            highlight=False,
        )


@app.command()
def extract(file: Annotated[Path, typer.Argument(help="A PDF, HTML or text file.", exists=True, dir_okay=False)]) -> None:
    """Print the facts of one document as JSON (the contract: schemas/facts.py); no warehouse involved."""
    from extractors.facts import extract_facts
    from extractors.parse import parse_file

    try:
        facts = extract_facts(parse_file(file))
    except DocumentError as error:
        _fail(f"{file}: {error.reason}")
    except Exception as error:  # a bug: one line, never a traceback
        _fail(f"{file}: internal error: {type(error).__name__}: {' '.join(str(error).split())[:300]}")
    sys.stdout.write(facts.model_dump_json(indent=2) + "\n")


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Option(help="Folder of gold <stem>.json files.", exists=True, file_okay=False)],
    docs: Annotated[Path, typer.Option(help="Folder holding the documents <stem>.<ext>.", exists=True, file_okay=False)],
    pdf: Annotated[bool, typer.Option("--pdf", help="Prefer <stem>.pdf over text forms.")] = False,
    minimum: Annotated[Optional[float], typer.Option("--min", help="Exit 1 when micro-F1 is below this.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Precision, recall and F1 per field of `papers extract` against gold files."""
    from pipeline.evaluate import evaluate as run_evaluation

    result = run_evaluation(gold, docs, prefer_pdf=pdf)
    if as_json:
        sys.stdout.write(json.dumps(result.as_dict(), indent=2) + "\n")
    else:
        table = Table("field", "P", "R", "F1", "tp/fp/fn", title=f"{len(result.documents)} documents")
        for name, counts in [*result.fields.items(), ("micro (headline)", result.micro)]:
            table.add_row(name, f"{counts.precision:.3f}", f"{counts.recall:.3f}", f"{counts.f1:.3f}", f"{counts.tp}/{counts.fp}/{counts.fn}")
        console.print(table)
        console.print(f"project status accuracy {result.status_accuracy:.3f}", highlight=False)
        for stem, reason in result.errors.items():
            console.print(f"  [red]not extracted[/] {stem}: {escape(reason)}", highlight=False)
        for stem, reason in result.skipped.items():
            console.print(f"  [yellow]skipped[/] {escape(stem)}.json: {escape(reason)}", highlight=False)
        console.print(f"micro-F1 {result.micro.f1:.3f}", highlight=False)
    if not result.matched:
        _fail(f"no gold file in {gold} matched a document in {docs}: nothing was scored", 1)
    if minimum is not None and result.micro.f1 < minimum:
        raise typer.Exit(1)


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
        page = f"page {hit.printed_page}" if hit.printed_page is not None else f"PDF page {hit.page_index + 1}"
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
def fetch(
    site: Annotated[Optional[str], typer.Option(help="ModernGov site, e.g. https://democracy.kent.gov.uk.")] = None,
    committee: Annotated[Optional[list[int]], typer.Option(help="Committee id (CId); repeat for several.")] = None,
    since: Annotated[Optional[str], typer.Option(help="First meeting date, YYYY-MM-DD (default: 90 days ago).")] = None,
    until: Annotated[Optional[str], typer.Option(help="Last meeting date, YYYY-MM-DD (default: 60 days ahead).")] = None,
    raw: Annotated[Optional[Path], typer.Option(help="Download folder (default: raw/, or the config's).")] = None,
    warehouse: WarehouseOption = None,
    config: Annotated[Optional[Path], typer.Option(help="TOML file: sites, limits, User-Agent (see papers.example.toml).")] = None,
    delay: Annotated[Optional[float], typer.Option(help="Seconds between two requests to a site (default: 1).", min=0)] = None,
    runner: Annotated[str, typer.Option(help="prefect (the flow scheduled_ingest) or local (plain Python).")] = "prefect",
) -> None:
    """Poll ModernGov committees once: download new and re-published papers, then ingest them."""
    import datetime as dt

    from pydantic import ValidationError

    from pipeline.fetch.config import PapersConfig, Source, load_config
    from pipeline.fetch.poll import run_poll

    if runner not in ("prefect", "local"):
        _fail(f"unknown runner {runner!r}: use prefect or local", 2)
    try:
        start = dt.date.fromisoformat(since) if since else None
        end = dt.date.fromisoformat(until) if until else None
        settings_file = load_config(config) if config else PapersConfig()
        if site:
            sources = [Source(site_url=site, committee_id=c) for c in committee or []]
        elif committee:
            _fail("--committee needs --site", 2)
        else:
            sources = settings_file.sources()
    except ValidationError as error:
        _fail(f"bad option: {error.errors()[0]['msg']}", 2)
    except ValueError as error:
        _fail(f"bad option: {error}", 2)
    except PapersError as error:
        _fail(str(error), 2)
    if not sources:
        _fail("nothing to fetch: give --site URL --committee ID, or --config FILE with [[sites]]", 2)
    if start and end and end < start:
        _fail(f"--until {end} is before --since {start}", 2)
    settings = settings_file.fetch
    if delay is not None:
        settings = settings.model_copy(update=dict(min_interval_seconds=delay))
    raw_dir = str(raw or (Path(settings_file.raw) if config else Path("raw")))
    db = str(warehouse or (Path(settings_file.warehouse) if config else _warehouse(None)))
    try:
        if runner == "prefect":
            os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
            # A first run in a fresh PREFECT_HOME migrates SQLite: on a busy machine that outlasts the 20 s default.
            os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
            from pipeline.fetch.flows import scheduled_ingest
            from pipeline.prefect_server import start_ephemeral_server

            start_ephemeral_server()
            summary = scheduled_ingest(sources, db, raw_dir, settings, start, end)
        else:
            summary = run_poll(sources, settings, raw_dir, db, start, end)
    except PapersError as error:
        _fail(str(error))
    for report in summary.reports:
        cancelled = sum(1 for m in report.meetings if m.cancelled)
        console.print(
            f"{report.site} committee {report.committee_id} ({'web service' if report.source == 'webservice' else 'HTML pages'}), "
            f"meetings {report.window_from} to {report.window_to}: {len(report.meetings)} meetings ({cancelled} cancelled); "
            f"files {report.count('new')} new, {report.count('changed')} changed, {report.count('unchanged')} unchanged, "
            f"{report.count('skipped')} skipped, {report.count('refused')} refused, {report.count('failed')} failed "
            f"-> {report.committee_dir}",
            highlight=False,
        )
        for outcome in report.outcomes:
            if outcome.outcome in ("new", "changed", "skipped", "refused", "failed"):
                detail = f"v{outcome.version}" if outcome.outcome in ("new", "changed") else outcome.reason
                console.print(f"  {outcome.outcome:9} {outcome.meeting_date} {outcome.title}: {detail}", highlight=False)
    for source, reason in summary.unavailable:
        console.print(f"  [red]not polled[/] {source.site_url} committee {source.committee_id}: {reason}", highlight=False)
    if summary.ingest is None:
        console.print("nothing new to ingest", highlight=False)
    else:
        _print_summary(summary.ingest, db)
    if not summary.ok:
        raise typer.Exit(1)


@app.command()
def serve(
    config: Annotated[Path, typer.Option(help="TOML file with sites, committees and schedule.")] = Path("papers.toml"),
) -> None:
    """Serve the flow scheduled_ingest as a Prefect deployment on the configured cron schedule (needs `prefect server start`)."""
    from pipeline.fetch.config import load_config

    try:
        settings = load_config(config)
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO")
        from pipeline.fetch.flows import serve as serve_flow

        errors.print(
            f"serving deployment scheduled_ingest/{settings.schedule.deployment}: cron {settings.schedule.cron!r} "
            f"({settings.schedule.timezone}), {len(settings.sources())} committees; Ctrl-C to stop",
            highlight=False,
        )
        serve_flow(settings)
    except PapersError as error:
        _fail(str(error), 2)


# Analyst commands: read-only answers from the public views (see warehouse/README.md).


def _cell(value) -> str:
    """A value as CSV or table text: empty for NULL, ISO dates, JSON for lists."""
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, default=str, ensure_ascii=False)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


BodyOption = Annotated[Optional[str], typer.Option("--body", help="One body: its name or an alias (warehouse/bodies.csv).")]


@app.command()
def trends(warehouse: WarehouseOption = None, body: BodyOption = None) -> None:
    """Funding per body and financial year: grant, pots, approved total, underspend, projects (the view funding_by_year)."""
    import duckdb

    from pipeline import analytics
    from pipeline.report import money

    try:
        con = analytics.connect(_warehouse(warehouse))
        try:
            body_id = analytics.resolve_body(con, body)["id"] if body else None
            years = analytics.funding_by_year(con, body_id)
        finally:
            con.close()
    except ValueError as error:
        _fail(str(error), 2)
    except PapersError as error:
        _fail(str(error))
    except duckdb.Error as error:
        _fail(f"{error}; run `papers ingest` to bring the warehouse up to date")
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
) -> None:
    """Write one self-contained HTML file: bodies compared, the year table, funding per year by theme, the project timeline."""
    import duckdb

    from pipeline.report import write_report

    try:
        path = write_report(_warehouse(warehouse), out, body)
    except ValueError as error:
        _fail(str(error), 2)
    except PapersError as error:
        _fail(str(error))
    except duckdb.Error as error:
        _fail(f"{error}; run `papers ingest` to bring the warehouse up to date")
    console.print(f"wrote {path}", highlight=False)


@app.command()
def export(
    warehouse: WarehouseOption = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="csv, parquet (one file per public view) or 360giving (grants.json).")] = "csv",
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write into.")] = Path("export"),
    prefix: Annotated[str, typer.Option(help="360Giving identifier prefix of grants and organisations.")] = "360G-committee-papers",
    body: BodyOption = None,
) -> None:
    """Export the public views (CSV or Parquet) or the awarded grants (360Giving JSON)."""
    import duckdb

    from pipeline.export import FORMATS
    from pipeline.export import export as run_export

    if fmt not in FORMATS:
        _fail(f"unknown format {fmt!r}: use {', '.join(FORMATS)}", 2)
    try:
        written = run_export(_warehouse(warehouse), fmt, out, prefix, body)
    except ValueError as error:
        _fail(str(error), 2)
    except PapersError as error:
        _fail(str(error))
    except duckdb.Error as error:
        _fail(f"{error}; run `papers ingest` to bring the warehouse up to date")
    for path in written:
        console.print(f"wrote {path}", highlight=False)


if __name__ == "__main__":
    app()
