"""Rows of the fetcher's tables (``pipeline.fetch``)."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from schemas.fetch import FetchedKind, FileOutcomeKind, FileVersionFields, FileVersionKey, ListingSource
from schemas.traced import TableRow


# Fetching from ModernGov sites (pipeline.fetch): what each poll did, every version of
# every file downloaded, and the meetings as the site lists them.


class FetchRunRow(TableRow):
    table = "fetch_runs"
    primary_key = ("run_id",)

    run_id: str = Field(description="Unique id of the poll.")
    site_url: str = Field(description="Base URL of the ModernGov site.")
    site: str = Field(description="Site folder name under raw/ (host, and port when not the default).")
    committee_id: int = Field(description="Committee id (CId).")
    source: ListingSource = Field(description="webservice, or html when the web service did not answer.")
    window_from: dt.date = Field(description="First meeting date polled.")
    window_to: dt.date = Field(description="Last meeting date polled.")
    started_at: dt.datetime = Field(description="When the poll started (UTC).")
    finished_at: dt.datetime = Field(description="When the poll finished (UTC).")
    n_meetings: int = Field(description="Meetings in the window, read in full.")
    n_new: int = Field(description="Files downloaded for the first time.")
    n_changed: int = Field(description="Files re-published with different bytes (new versions).")
    n_unchanged: int = Field(description="Files not modified (304) or with the same bytes.")
    n_skipped: int = Field(description="Restricted papers, not fetched.")
    n_refused: int = Field(description="Links or responses refused by a safety rule.")
    n_failed: int = Field(description="HTTP or network failures.")


class FetchOutcomeRow(TableRow):
    """What one poll did with one linked document: the answer to 'why is this paper missing?'."""

    table = "fetch_outcomes"
    primary_key = ("run_id", "url")

    run_id: str = Field(description="The poll.")
    url: str = Field(description="Document URL as normalised.")
    title: str = Field(description="Document title.")
    meeting_id: int = Field(description="Meeting id (MId).")
    meeting_date: dt.date = Field(description="Meeting date.")
    item_number: str | None = Field(description="Agenda item number.")
    kind: FetchedKind = Field(description="What the document is (see schemas.fetch.FetchedKind).")
    outcome: FileOutcomeKind = Field(description="new, changed, unchanged, skipped, refused or failed.")
    reason: str | None = Field(description="Why it was skipped, refused or failed, one line.")
    http_status: int | None = Field(description="Last HTTP status received.")
    sha256: str | None = Field(description="SHA-256 of the current bytes, when known.")
    version: int | None = Field(description="Version current after the poll, when known.")


class _IsCurrent(BaseModel):
    is_current: bool = Field(description="This is the newest version of the URL.")


class FetchedFileRow(TableRow, FileVersionFields, _IsCurrent, FileVersionKey):
    """One version of one downloaded URL (a manifest row, ``schemas.fetch``); the newest version of
    a URL is current. Pydantic orders fields from the last base to the first, so the columns are
    url, version, is_current, then the manifest's other fields."""

    table = "fetched_files"
    primary_key = ("url", "version")


class SourceMeetingRow(TableRow):
    """A meeting as the ModernGov site lists it (latest poll wins): also meetings without papers."""

    table = "source_meetings"
    primary_key = ("site", "meeting_id")

    site: str = Field(description="Site folder name.")
    meeting_id: int = Field(description="Meeting id (MId).")
    committee_id: int = Field(description="Committee id (CId).")
    committee_title: str | None = Field(description="Committee name, when the site gives it.")
    date: dt.date = Field(description="Meeting date.")
    time: str | None = Field(description="Start time, HH:MM.")
    venue: str | None = Field(description="Venue as published.")
    status: str | None = Field(description="Status as published.")
    cancelled: bool = Field(description="The site marks the meeting cancelled.")
    agenda_published: bool | None = Field(description="Agenda-published flag.")
    minutes_published: bool | None = Field(description="Minutes-published flag.")
    items: list[dict] = Field(description="Agenda items: number, title, restricted, documents (title, url, kind, restricted).")
    page_url: str = Field(description="The meeting's page on the site.")
    run_id: str = Field(description="Poll that last saw the meeting.")
    last_seen_at: dt.datetime = Field(description="When a poll last saw it (UTC).")


FETCH_TABLES: tuple[type[TableRow], ...] = (FetchRunRow, FetchOutcomeRow, FetchedFileRow, SourceMeetingRow)
