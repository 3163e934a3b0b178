"""A poll as plain Python: fetch a committee's new files, record the poll in the warehouse, ingest what is new.

The Prefect flow ``scheduled_ingest`` (``pipeline.fetch.flows``) runs exactly
this code with the fetch and record steps as tasks and the ingest as the
``ingest`` flow; ``papers fetch --runner local`` runs it without Prefect.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from pipeline import snapshot, store
from pipeline.fetch.config import FetchSettings, Source
from pipeline.fetch.download import SafeClient, Validators, discard, move_into_place
from pipeline.fetch.errors import DownloadError, FetchError
from pipeline.fetch.manifest import Manifest, file_name, inside, site_folder
from pipeline.fetch.moderngov import ModernGovSite
from pipeline.fetch.moderngov_urls import meeting_page_url
from pipeline.ingest import IngestSummary, run_ingest
from schemas.fetch import FetchReport, FileOutcome, LinkedDocument, ManifestEntry, MeetingDetail
from schemas.records import FetchedFileRow, FetchOutcomeRow, FetchRunRow, SourceMeetingRow


@dataclass
class PollSummary:
    """Every committee polled, the ones whose site did not answer, and the ingest of the new files."""

    reports: list[FetchReport] = field(default_factory=list)
    unavailable: list[tuple[Source, str]] = field(default_factory=list)
    ingest: IngestSummary | None = None

    @property
    def ok(self) -> bool:
        return (
            not self.unavailable
            and not any(report.problems for report in self.reports)
            and (self.ingest is None or self.ingest.ok)
        )


def fetch_document(
    client: SafeClient, manifest: Manifest, site: str, meeting: MeetingDetail, document: LinkedDocument
) -> FileOutcome:
    """Download one document if it is new or changed; a DownloadError becomes the outcome, never an exception."""
    base = dict(
        url=document.url, title=document.title, meeting_id=meeting.meeting_id, meeting_date=meeting.date,
        item_number=document.item_number, kind=document.kind,
    )
    if document.restricted:
        return FileOutcome(**base, outcome="skipped", reason="restricted (exempt) paper: not published")
    latest = manifest.latest(document.url)
    held = latest is not None and manifest.file(latest).exists()
    known = dict(sha256=latest.sha256, version=latest.version) if latest else {}
    folder = manifest.committee_dir / meeting.date.isoformat()
    try:
        download = client.download_pdf(
            document.url, folder, Validators(latest.etag, latest.last_modified) if held else None
        )
    except DownloadError as error:
        return FileOutcome(**base, **known, outcome=error.outcome, reason=error.reason, http_status=error.http_status)
    if download.not_modified:
        if latest is None or not held:
            return FileOutcome(**base, **known, outcome="failed", http_status=304,
                               reason="HTTP 304 Not Modified for a file we do not hold")
        return FileOutcome(
            **base, **known, outcome="unchanged", reason="not modified (HTTP 304)", http_status=304,
            path=str(manifest.file(latest)),
        )
    if latest is not None and latest.sha256 == download.sha256:
        if held:
            discard(download)
        else:
            move_into_place(download, manifest.file(latest))
        manifest.replace(latest, latest.model_copy(update=dict(etag=download.etag, last_modified=download.last_modified)))
        return FileOutcome(
            **base, **known, outcome="unchanged", reason=f"same bytes as version {latest.version}",
            http_status=download.status, path=str(manifest.file(latest)),
        )
    same = manifest.holding(download.sha256, document.url)
    relative = same.path if same else f"{meeting.date.isoformat()}/{file_name(document.title, document.url)}"
    try:
        target = inside(manifest.committee_dir, relative)
    except DownloadError as error:
        discard(download)
        return FileOutcome(**base, **known, outcome=error.outcome, reason=error.reason)
    if latest is not None:
        manifest.retire(latest)
    if same:
        discard(download)  # identity is the content hash: the bytes are held already, under another URL
    else:
        move_into_place(download, target)
    row = ManifestEntry(
        url=document.url, version=latest.version + 1 if latest else 1, sha256=download.sha256, path=relative,
        title=document.title, kind=document.kind, site=site, committee_id=manifest.committee_id,
        meeting_id=meeting.meeting_id, meeting_date=meeting.date, item_number=document.item_number,
        item_title=document.item_title, agenda_published=meeting.agenda_published,
        minutes_published=meeting.minutes_published, content_type=download.content_type,
        size_bytes=download.size_bytes, etag=download.etag, last_modified=download.last_modified,
        fetched_at=store.utcnow(),
    )
    manifest.add(row)
    manifest.save()
    if same:
        return FileOutcome(
            **base, outcome="unchanged", reason=f"same bytes as {same.url}", http_status=download.status,
            sha256=row.sha256, version=row.version, path=str(target),
        )
    return FileOutcome(
        **base, outcome="changed" if latest else "new",
        reason=f"version {row.version}, replacing {latest.sha256[:12]}" if latest else None,
        http_status=download.status, sha256=row.sha256, version=row.version, path=str(target),
    )


def keep_page(manifest: Manifest, site: str, meeting: MeetingDetail, url: str, text: str) -> FileOutcome:
    """The meeting's page (``ieListDocuments.aspx``) as a document of kind ``meeting_page``, for ingest to read
    its items, minutes, decisions and attendance; versioned like the PDFs: a new version when its bytes change."""
    body = text.encode("utf-8")
    sha256 = hashlib.sha256(body).hexdigest()
    title = f"Meeting page {meeting.date.isoformat()}"
    base = dict(url=url, title=title, meeting_id=meeting.meeting_id, meeting_date=meeting.date, kind="meeting_page")
    latest = manifest.latest(url)
    if latest is not None and latest.sha256 == sha256 and manifest.file(latest).exists():
        return FileOutcome(**base, outcome="unchanged", reason=f"same page as version {latest.version}", http_status=200,
                           sha256=sha256, version=latest.version, path=str(manifest.file(latest)))
    target = inside(manifest.committee_dir, f"{meeting.date.isoformat()}/{file_name(title, url, '.html')}")
    if latest is not None:
        manifest.retire(latest)
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(f".part-{uuid.uuid4().hex}")
    temp.write_bytes(body)
    os.replace(temp, target)
    row = ManifestEntry(
        url=url, version=latest.version + 1 if latest else 1, sha256=sha256,
        path=str(target.relative_to(manifest.committee_dir.resolve())), title=title, kind="meeting_page", site=site,
        committee_id=manifest.committee_id, meeting_id=meeting.meeting_id, meeting_date=meeting.date,
        item_number=None, item_title=None, agenda_published=meeting.agenda_published,
        minutes_published=meeting.minutes_published, content_type="text/html; charset=utf-8", size_bytes=len(body),
        etag=None, last_modified=None, fetched_at=store.utcnow(),
    )
    manifest.add(row)
    manifest.save()
    return FileOutcome(**base, outcome="changed" if latest else "new", http_status=200, sha256=sha256,
                       version=row.version, path=str(target))


def fetch_committee(
    source: Source, settings: FetchSettings, raw: str | Path, start: dt.date, end: dt.date
) -> FetchReport:
    """Poll one committee: list its meetings in [start, end], read each, download what is new or changed.

    Raises SiteUnavailable when the site gives no meeting list; any other failure
    is recorded as the outcome of the meeting or file it concerns.
    """
    started = store.utcnow()
    if source.requests_per_minute:
        settings = settings.model_copy(update=dict(requests_per_minute=source.requests_per_minute))
    site = site_folder(source.site_url)
    manifest = Manifest(Path(raw).resolve() / site / str(source.committee_id), source.committee_id)
    meetings: list[MeetingDetail] = []
    outcomes: list[FileOutcome] = []
    seen: set[str] = set()
    with SafeClient(source.site_url, settings) as client:
        committee = ModernGovSite(client, source.committee_id)
        refs, listing = committee.meetings(start, end)
        for ref in refs:
            try:
                meeting = committee.meeting(ref, listing)
            except FetchError as error:
                outcomes.append(
                    FileOutcome(
                        url=meeting_page_url(client.site_url, source.committee_id, ref.meeting_id),
                        title=f"meeting {ref.meeting_id} ({ref.date})", meeting_id=ref.meeting_id,
                        meeting_date=ref.date, kind="other", outcome="failed",
                        reason=f"meeting details not read: {error}",
                        http_status=getattr(error, "http_status", None),
                    )
                )
                continue
            meetings.append(meeting)
            if meeting.cancelled:
                continue  # a cancelled meeting's documents (a frontsheet saying so, at most) are not fetched
            if meeting.meeting_id in committee.pages:
                outcomes.append(keep_page(manifest, site, meeting, *committee.pages[meeting.meeting_id]))
            for document in meeting.all_documents():
                if document.url not in seen:
                    seen.add(document.url)
                    outcomes.append(fetch_document(client, manifest, site, meeting, document))
    manifest.save()
    return FetchReport(
        run_id=uuid.uuid4().hex, site_url=source.site_url, site=site, committee_id=source.committee_id,
        source=listing, window_from=start, window_to=end, started_at=started, finished_at=store.utcnow(),
        committee_dir=str(manifest.committee_dir), meetings=meetings, outcomes=outcomes,
    )


def _run_record(report: FetchReport) -> FetchRunRow:
    return FetchRunRow(
        run_id=report.run_id, site_url=report.site_url, site=report.site, committee_id=report.committee_id,
        source=report.source, window_from=report.window_from, window_to=report.window_to,
        started_at=report.started_at, finished_at=report.finished_at, n_meetings=len(report.meetings),
        n_new=report.count("new"), n_changed=report.count("changed"), n_unchanged=report.count("unchanged"),
        n_skipped=report.count("skipped"), n_refused=report.count("refused"), n_failed=report.count("failed"),
    )


def _meeting_record(report: FetchReport, meeting: MeetingDetail, seen_at: dt.datetime) -> SourceMeetingRow:
    items = [
        dict(number=item.number, title=item.title, restricted=item.restricted,
             documents=[d.model_dump(include={"title", "url", "kind", "restricted"}) for d in item.documents])
        for item in meeting.items
    ]
    return SourceMeetingRow(
        site=report.site, meeting_id=meeting.meeting_id, committee_id=meeting.committee_id or report.committee_id,
        committee_title=meeting.committee_title, date=meeting.date, time=meeting.time, venue=meeting.venue,
        status=meeting.status, cancelled=meeting.cancelled, agenda_published=meeting.agenda_published,
        minutes_published=meeting.minutes_published, items=items,
        page_url=meeting_page_url(report.site_url, report.committee_id, meeting.meeting_id),
        run_id=report.run_id, last_seen_at=seen_at,
    )


def _file_records(manifest: Manifest) -> list[FetchedFileRow]:
    current = {(row.url, row.version) for row in manifest.current()}
    return [
        FetchedFileRow(
            **row.model_dump(exclude={"path"}), path=str(manifest.file(row)),
            is_current=(row.url, row.version) in current,
        )
        for row in manifest.rows
    ]


def record_fetch(warehouse: str | Path, report: FetchReport) -> list[str]:
    """Write the poll, its outcomes, the meetings and every version in the manifest, in one transaction
    with bound parameters; return the current files whose bytes the warehouse has not yet seen."""
    manifest = Manifest(Path(report.committee_dir), report.committee_id)
    con = store.connect(warehouse)
    try:
        store.migrate(con)
        with store.transaction(con):
            store.insert_records(con, [_run_record(report)])
            store.insert_records(
                con,
                [FetchOutcomeRow(run_id=report.run_id, **o.model_dump(exclude={"path"})) for o in report.outcomes],
            )
            store.insert_records(con, [_meeting_record(report, m, report.finished_at) for m in report.meetings])
            store.insert_records(con, _file_records(manifest))
        known = {row[0] for row in con.execute("SELECT id FROM documents").fetchall()}
        snapshot.copy_for_readers(con, warehouse)
    finally:
        con.close()
    snapshot.record_published(warehouse)
    return sorted(
        {str(manifest.file(row)) for row in manifest.current() if row.sha256 not in known and manifest.file(row).exists()}
    )


Fetch = Callable[[Source, FetchSettings, str, dt.date, dt.date], FetchReport]
Record = Callable[[str, FetchReport], list[str]]
Ingest = Callable[[list[str], str], IngestSummary]


def _ingest_local(paths: list[str], warehouse: str) -> IngestSummary:
    return run_ingest(paths, warehouse, runner="local")


def _one_line(error: Exception) -> str:
    return f"{type(error).__name__}: {' '.join(str(error).split())[:300]}"


def run_poll(
    sources: Sequence[Source],
    settings: FetchSettings,
    raw: str,
    warehouse: str,
    since: dt.date | None = None,
    until: dt.date | None = None,
    fetch: Fetch = fetch_committee,
    record: Record = record_fetch,
    ingest: Ingest = _ingest_local,
    today: dt.date | None = None,
) -> PollSummary:
    """Poll every source, then ingest the new files of all of them in one ingest run (none when nothing is new).

    A site that does not answer, or a committee whose poll or record fails, costs only its own
    committees: the reason is in ``unavailable`` and the others go on.
    """
    start, end = settings.window(today or dt.date.today(), since, until)
    summary = PollSummary()
    new_files: list[str] = []
    for source in sources:
        try:
            report = fetch(source, settings, raw, start, end)
        except FetchError as error:
            summary.unavailable.append((source, str(error)))
            continue
        except Exception as error:  # a bug costs its committee, never the poll
            summary.unavailable.append((source, f"internal error: {_one_line(error)}"))
            continue
        summary.reports.append(report)
        try:
            new_files.extend(record(warehouse, report))
        except Exception as error:  # e.g. the warehouse locked or full: the files stay on disk for the next poll
            summary.unavailable.append((source, f"fetched, but not recorded: {_one_line(error)}"))
    if new_files:
        summary.ingest = ingest(new_files, warehouse)
    return summary
