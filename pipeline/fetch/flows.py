"""The Prefect flow ``scheduled_ingest``: the plain ``run_poll`` with fetch and record as tasks, ingest as a subflow.

Only the fetch task retries (a site that does not answer may answer in a few
minutes); single downloads already retry their transient errors inside it.
``serve`` registers the flow as a deployment on the configured cron schedule
and runs its scheduled runs until stopped; it needs a Prefect server
(``prefect server start``), since the ephemeral API schedules nothing.
"""

from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

from prefect import flow, task  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402

from pipeline.fetch.config import FetchSettings, PapersConfig, Source  # noqa: E402
from pipeline.fetch.errors import ConfigError  # noqa: E402
from pipeline.fetch.poll import PollSummary, fetch_committee, record_fetch, run_poll  # noqa: E402
from pipeline.flows import ingest  # noqa: E402
from schemas.fetch import FetchReport  # noqa: E402


@task(name="fetch-committee", task_run_name="fetch committee {source.committee_id}",
      retries=2, retry_delay_seconds=[60, 300], cache_policy=NO_CACHE)
def fetch_task(source: Source, settings: FetchSettings, raw: str, start: dt.date, end: dt.date) -> FetchReport:
    return fetch_committee(source, settings, raw, start, end)


@task(name="record-fetch", cache_policy=NO_CACHE)
def record_task(warehouse: str, report: FetchReport) -> list[str]:
    return record_fetch(warehouse, report)


def _ingest_subflow(paths: list[str], warehouse: str):
    return ingest(paths, warehouse)


@flow(name="scheduled_ingest", log_prints=True)
def scheduled_ingest(
    sources: list[Source],
    warehouse: str,
    raw: str,
    settings: FetchSettings | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> PollSummary:
    """Fetch the new and re-published papers of each committee, then ingest them."""
    summary = run_poll(
        sources, settings or FetchSettings(), raw, warehouse, since, until,
        fetch=fetch_task, record=record_task, ingest=_ingest_subflow,
    )
    for report in summary.reports:
        print(
            f"{report.site} committee {report.committee_id}: {len(report.meetings)} meetings, "
            f"{report.count('new')} new, {report.count('changed')} changed, {report.count('unchanged')} unchanged, "
            f"{report.count('skipped')} skipped, {report.count('refused')} refused, {report.count('failed')} failed"
        )
        for outcome in report.problems:
            print(f"  {outcome.outcome} {outcome.url}: {outcome.reason}")
    for source, reason in summary.unavailable:
        print(f"{source.site_url} committee {source.committee_id} not polled: {reason}")
    return summary


def serve(config: PapersConfig) -> None:
    """Serve ``scheduled_ingest`` as a deployment on the config's cron schedule; blocks until interrupted."""
    from prefect.schedules import Cron
    from prefect.settings import PREFECT_API_URL

    if not PREFECT_API_URL.value():
        raise ConfigError(
            "no Prefect server: start one with `prefect server start` and set "
            "PREFECT_API_URL=http://127.0.0.1:4200/api (the ephemeral API schedules nothing)"
        )
    if not config.sources():
        raise ConfigError("the configuration lists no [[sites]] with committees to poll")
    scheduled_ingest.serve(
        name=config.schedule.deployment,
        schedules=[Cron(config.schedule.cron, timezone=config.schedule.timezone)],
        parameters=dict(
            sources=[s.model_dump(exclude_none=True) for s in config.sources()],
            warehouse=config.warehouse,
            raw=config.raw,
            settings=config.fetch.model_dump(),
        ),
        description="Fetch new and re-published papers from ModernGov sites, then ingest them.",
        pause_on_shutdown=False,
    )
