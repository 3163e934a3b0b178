"""Commands that read papers: ``ingest`` into the warehouse, ``extract`` one document, ``evaluate`` against gold."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape
from rich.table import Table

from extractors.errors import DocumentError, PapersError
from pipeline.cli_base import (
    WarehouseOption,
    _fail,
    _warehouse,
    app,
    console,
    errors,
)
from pipeline.workers import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT, default_workers


@app.command()
def ingest(
    paths: Annotated[Optional[list[Path]], typer.Argument(help="Files or folders [default: raw/].")] = None,
    warehouse: WarehouseOption = None,
    runner: Annotated[Optional[str], typer.Option(
        help="prefect (the flow), local (plain Python) or dask (the flow on Dask). Default: prefect, but up to "
        "16 documents to parse run in plain Python and are recorded as a Prefect flow run in the background.",
        show_default=False,
    )] = None,
    dask_address: Annotated[Optional[str], typer.Option(help="Dask scheduler tcp://HOST:PORT for --runner dask [default: a local cluster].")] = None,
    retry_failed: Annotated[bool, typer.Option(help="Parse again documents that failed before.")] = False,
    verify: Annotated[bool, typer.Option(help="Hash every file, even those whose size and modification time are unchanged.")] = False,
    workers: Annotated[Optional[int], typer.Option(help="Worker processes for parsing (Dask workers with --runner dask) [default: number of cores].", min=1)] = None,
    timeout: Annotated[float, typer.Option(help="Seconds one document may take before it is skipped as hung.", min=1)] = DEFAULT_TIMEOUT,
    memory_mb: Annotated[int, typer.Option(help="Memory limit (MB) of each worker process.", min=256)] = DEFAULT_MEMORY_MB,
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
    from pipeline.workers import IsolatedProcessor

    if runner not in (None, "prefect", "local", "dask"):
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
        record, timings, pending = False, {"parse_wait_seconds": 0.0}, 0
        try:
            if runner != "local":
                pending = count_pending(db, targets, retry_failed or ocr, wait, verify)
                if pending == 0:
                    errors.print("no new or changed documents: running without starting Prefect", highlight=False)
                    runner = "local"
                elif runner is None:
                    from pipeline.prefect_record import FAST_PATH_DOCUMENTS

                    record = pending <= FAST_PATH_DOCUMENTS
                    runner = "local" if record else "prefect"
            if runner == "dask":
                os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
                os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")
                from pipeline.prefect_server import use_server

                progress.stage("starting Prefect and Dask")
                use_server()
                from pipeline.flows import ingest_on_dask

                summary = ingest_on_dask(
                    targets, db, address=dask_address, workers=workers, retry_failed=retry_failed,
                    timeout=timeout, memory_mb=memory_mb, lock_wait=wait, verify=verify, ocr=ocr,
                )
            elif runner == "prefect":
                os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
                from pipeline.prefect_server import use_server

                progress.stage("starting Prefect")
                use_server()
                from pipeline.flows import ingest as ingest_flow

                summary = ingest_flow(
                    targets, db, retry_failed=retry_failed, workers=workers or default_workers(),
                    timeout=timeout, memory_mb=memory_mb, lock_wait=wait, verify=verify, ocr=ocr,
                )
            else:
                with IsolatedProcessor(workers, timeout, memory_mb) as processor:
                    if pending:
                        processor.start()  # its imports overlap run_ingest's set-up
                    summary = run_ingest(
                        targets, db, runner="local", retry_failed=retry_failed, lock_wait=wait, verify=verify,
                        stream=_timed(processor.results, timings), ocr=ocr,
                    )
                if record:
                    _record_in_prefect(summary, targets, db)
        except PapersError as error:
            _fail(str(error))
        finally:
            on_outcome.reset(token)
            on_lock_wait.reset(wait_token)
    if as_json:
        sys.stdout.write(json.dumps({**_summary_json(summary, db), **timings}, indent=2, default=str) + "\n")
    else:
        _print_summary(summary, db)
    if not summary.ok:
        raise typer.Exit(1)


def _record_in_prefect(summary, targets: list[str], db: str) -> None:
    """Start the background recorder of a fast-path run; the run is loaded whatever happens here."""
    from pipeline.prefect_record import spawn

    try:
        spawn(summary, targets, db)
    except OSError as error:
        errors.print(f"[yellow]warning:[/] the run was not recorded in Prefect: {escape(str(error))}", highlight=False)
        return
    errors.print(f"recording the run in Prefect in the background (flow run 'recorded {summary.run_id}')", highlight=False)


def _timed(results, timings: dict):
    """``results`` (a worker stream) adding the time spent waiting for each result (the parse,
    with --runner local) to ``timings["parse_wait_seconds"]``: what benchmarks/bench.py subtracts."""

    def stream(candidates):
        iterator = iter(results(candidates))
        while True:
            start = time.perf_counter()
            try:
                result = next(iterator)
            except StopIteration:
                return
            finally:
                timings["parse_wait_seconds"] += time.perf_counter() - start
            yield result

    return stream


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
    from pipeline.read import parse_file

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
