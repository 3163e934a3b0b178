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


def _fail(message: str, code: int = 1) -> None:
    errors.print(f"[bold red]error:[/] {message}", highlight=False)
    raise typer.Exit(code)


@app.command()
def ingest(
    paths: Annotated[Optional[list[Path]], typer.Argument(help="Files or folders [default: raw/].")] = None,
    warehouse: WarehouseOption = None,
    runner: Annotated[str, typer.Option(help="prefect (the flow) or local (plain Python).")] = "prefect",
    retry_failed: Annotated[bool, typer.Option(help="Parse again documents that failed before.")] = False,
    workers: Annotated[Optional[int], typer.Option(help="Worker processes for parsing [default: number of cores].", min=1)] = None,
    timeout: Annotated[float, typer.Option(help="Seconds one document may take before it is skipped as hung.", min=1)] = 120.0,
    memory_mb: Annotated[int, typer.Option(help="Memory limit (MB) of each worker process.", min=256)] = 4096,
) -> None:
    """Load papers into the warehouse; unchanged documents are skipped without parsing.

    Each document is parsed in a worker process under a time and memory limit, so a
    hostile PDF costs only itself.
    """
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from pipeline.ingest import count_pending, on_outcome, run_ingest
    from pipeline.workers import IsolatedProcessor, default_workers

    if runner not in ("prefect", "local"):
        _fail(f"unknown runner {runner!r}: use prefect or local", 2)
    targets = [str(p) for p in (paths or [Path("raw")])]
    db = str(_warehouse(warehouse))
    counts: dict[str, int] = {}
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=errors, transient=True) as progress:
        bar = progress.add_task("starting", total=None)

        def follow(outcome) -> None:
            counts[outcome.outcome] = counts.get(outcome.outcome, 0) + 1
            done = ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))
            progress.update(bar, description=f"{done} (last: {Path(outcome.path).name})")

        token = on_outcome.set(follow)
        try:
            if runner == "prefect" and count_pending(db, targets, retry_failed) == 0:
                errors.print("no new or changed documents: running without starting Prefect", highlight=False)
                runner = "local"
            if runner == "prefect":
                os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
                from pipeline.flows import ingest as ingest_flow

                summary = ingest_flow(
                    targets, db, retry_failed=retry_failed, workers=workers or default_workers(),
                    timeout=timeout, memory_mb=memory_mb,
                )
            else:
                with IsolatedProcessor(workers, timeout, memory_mb) as processor:
                    summary = run_ingest(targets, db, runner="local", process=processor, retry_failed=retry_failed)
        except PapersError as error:
            _fail(str(error))
        finally:
            on_outcome.reset(token)
    _print_summary(summary, db)
    if not summary.ok:
        raise typer.Exit(1)


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
            f"nothing to parse: every document is unchanged since it was loaded "
            f"(same SHA-256 and pipeline version {summary.pipeline_version})",
            highlight=False,
        )
    for outcome in summary.outcomes:
        if outcome.outcome in ("failed", "needs_ocr", "unsupported"):
            console.print(f"  {outcome.outcome:11} {outcome.path}: {outcome.reason}", highlight=False)
    for check, rows in summary.check_failures.items():
        console.print(f"  [red]data check failed[/] {check}: {len(rows)} rows, e.g. {rows[0]}", highlight=False)


@app.command()
def extract(file: Annotated[Path, typer.Argument(help="A PDF, HTML or text file.", exists=True, dir_okay=False)]) -> None:
    """Print the facts of one document as JSON (../shared/gold/SCHEMA.md); no warehouse involved."""
    from extractors.facts import extract_facts
    from extractors.parse import parse_file

    try:
        facts = extract_facts(parse_file(file))
    except DocumentError as error:
        _fail(f"{file}: {error.reason}")
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
            console.print(f"  [red]not extracted[/] {stem}: {reason}", highlight=False)
        console.print(f"micro-F1 {result.micro.f1:.3f}", highlight=False)
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

    from pipeline import store
    from pipeline.search import search as run_search

    try:
        start = dt.date.fromisoformat(date_from) if date_from else None
        end = dt.date.fromisoformat(date_to) if date_to else None
    except ValueError as error:
        _fail(f"bad date: {error}; use YYYY-MM-DD", 2)
    try:
        con = store.connect(_warehouse(warehouse), read_only=True)
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
        report = warehouse_status(_warehouse(warehouse))
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


if __name__ == "__main__":
    app()
