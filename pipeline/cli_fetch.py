"""Commands that fetch papers from ModernGov sites: one ``fetch`` now, or ``serve`` on a schedule."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Optional

import typer

from extractors.errors import PapersError
from pipeline.cli_base import (
    WarehouseOption,
    _fail,
    _warehouse,
    app,
    console,
    errors,
    print_json,
)
from pipeline.cli_load import _print_summary, _summary_json


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
    as_json: Annotated[bool, typer.Option("--json", help="Print the poll and its ingest as JSON.")] = False,
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
            from pipeline.prefect_server import use_server

            use_server()
            from pipeline.fetch.flows import scheduled_ingest

            summary = scheduled_ingest(sources, db, raw_dir, settings, start, end)
        else:
            summary = run_poll(sources, settings, raw_dir, db, start, end)
    except PapersError as error:
        _fail(str(error))
    if as_json:
        print_json({
            "ok": summary.ok,
            "committees": [report.model_dump(mode="json") for report in summary.reports],
            "not_polled": [
                {"site_url": source.site_url, "committee_id": source.committee_id, "reason": reason}
                for source, reason in summary.unavailable
            ],
            "ingest": _summary_json(summary.ingest, db) if summary.ingest is not None else None,
        })
        if not summary.ok:
            raise typer.Exit(1)
        return
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
