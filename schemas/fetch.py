"""What a ModernGov site says about a committee's meetings, and what one poll did with each file.

The parsers in ``pipeline.fetch.moderngov`` turn the web service's XML (or the
HTML pages it falls back to) into these models; they hold no I/O.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

# A meeting's own documents, told apart by the ?T= of their documents/g{N}/ (or mgConvert2PDF.aspx?ID=N)
# URL: pack (T=10, or the pack behind mgChooseDocPack.aspx?ID=N), frontsheet (T=0), minutes (T=1),
# decisions (T=2); supplement: a supplementary pack (documents/b{N}/, T=9, or mgChooseDocPack.aspx?ID=N&SID=).
# paper: one report or appendix (documents/s{N}/... or mgConvert2PDF.aspx?ID=N); meeting_page: the
# meeting's ieListDocuments.aspx page itself; other: any other link.
FetchedKind = Literal["frontsheet", "pack", "supplement", "minutes", "decisions", "paper", "meeting_page", "other"]
MEETING_KINDS: frozenset[str] = frozenset({"frontsheet", "pack", "supplement", "minutes", "decisions"})
# new: first bytes seen at this URL; changed: different bytes, a new version;
# unchanged: 304 Not Modified or the same bytes; skipped: restricted, not fetched;
# refused: the URL or the response broke a safety rule; failed: HTTP or network error.
FileOutcomeKind = Literal["new", "changed", "unchanged", "skipped", "refused", "failed"]
ListingSource = Literal["webservice", "html"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class MeetingRef(_Model):
    """A meeting as a committee's meeting list gives it."""

    meeting_id: int = Field(description="ModernGov meeting id (MId).")
    date: dt.date = Field(description="Date of the meeting.")
    time: str | None = Field(default=None, description="Start time, HH:MM (24-hour).")
    status: str | None = Field(default=None, description="Status as published, e.g. 'Confirmed', 'Cancelled'.")
    cancelled: bool = Field(default=False, description="The site marks the meeting cancelled.")
    committee_id: int | None = Field(default=None, description="Committee id (CId) the list gives the meeting under.")
    committee_title: str | None = Field(default=None, description="Committee name the list gives, when it does.")


class LinkedDocument(_Model):
    """A document a meeting page or agenda item links to."""

    title: str = Field(description="Title as the council wrote it (double escaping undone).")
    url: str = Field(description="Absolute URL; http upgraded to https when the site is served over https.")
    kind: FetchedKind = Field(description="frontsheet, pack, supplement, minutes, decisions, paper or other, from the URL's shape.")
    restricted: bool = Field(description="Marked restricted (exempt), or linking to a login page.")
    item_number: str | None = Field(default=None, description="Agenda item number, e.g. 'B1'; null for packs.")
    item_title: str | None = Field(default=None, description="Agenda item title.")


class AgendaItemInfo(_Model):
    number: str | None = Field(description="Item number as published.")
    title: str = Field(description="Item title.")
    restricted: bool = Field(description="The item is exempt (restricted).")
    documents: list[LinkedDocument] = Field(default_factory=list, description="Papers linked to the item.")


class MeetingDetail(_Model):
    """One meeting with its metadata, items and documents."""

    meeting_id: int = Field(description="ModernGov meeting id (MId).")
    committee_id: int | None = Field(default=None, description="Committee id (CId).")
    committee_title: str | None = Field(default=None, description="Committee name.")
    date: dt.date = Field(description="Date of the meeting.")
    time: str | None = Field(default=None, description="Start time, HH:MM.")
    venue: str | None = Field(default=None, description="Venue as published.")
    status: str | None = Field(default=None, description="Status as published.")
    cancelled: bool = Field(default=False, description="The meeting is cancelled.")
    agenda_published: bool | None = Field(default=None, description="The site says the agenda is published.")
    minutes_published: bool | None = Field(default=None, description="The site says the minutes are published.")
    items: list[AgendaItemInfo] = Field(default_factory=list, description="Agenda items in order.")
    documents: list[LinkedDocument] = Field(
        default_factory=list, description="Documents of the meeting as a whole: frontsheet, packs, supplements, printed minutes and decisions."
    )

    def all_documents(self) -> list[LinkedDocument]:
        """Meeting documents then item papers, each URL once (sites repeat links across items)."""
        seen: set[str] = set()
        unique = []
        for document in [*self.documents, *(d for item in self.items for d in item.documents)]:
            if document.url not in seen:
                seen.add(document.url)
                unique.append(document)
        return unique


class FileVersionKey(_Model):
    """The key of one downloaded version of one URL."""

    url: str = Field(description="URL the bytes came from.")
    version: int = Field(description="1 for the first bytes seen at the URL, +1 each time they change.")


class FileVersionFields(_Model):
    """What is known of one downloaded version, alike in ``manifest.csv`` and the warehouse's
    ``fetched_files`` (``schemas.records.FetchedFileRow``)."""

    sha256: str = Field(description="SHA-256 of the bytes (the warehouse document id once ingested).")
    path: str = Field(
        description="File path: relative to the committee folder in manifest.csv, absolute in the warehouse "
        "(superseded versions live in .versions/)."
    )
    title: str = Field(description="Document title as published.")
    kind: FetchedKind = Field(description="What the document is (see FetchedKind).")
    site: str = Field(description="Site folder name (host, and port when not the default).")
    committee_id: int = Field(description="Committee id (CId).")
    meeting_id: int = Field(description="Meeting id (MId).")
    meeting_date: dt.date = Field(description="Date of the meeting.")
    item_number: str | None = Field(description="Agenda item number; empty (null) for packs.")
    item_title: str | None = Field(description="Agenda item title.")
    agenda_published: bool | None = Field(description="The site's agenda-published flag when fetched.")
    minutes_published: bool | None = Field(description="The site's minutes-published flag when fetched.")
    content_type: str | None = Field(description="Content-Type the server sent.")
    size_bytes: int = Field(description="Size of the bytes.")
    etag: str | None = Field(description="ETag validator, for a conditional GET next time.")
    last_modified: str | None = Field(description="Last-Modified validator, as sent.")
    fetched_at: dt.datetime = Field(description="When these bytes were downloaded (UTC).")


class ManifestEntry(FileVersionFields, FileVersionKey):
    """One downloaded version of one URL: a row of ``manifest.csv``. Pydantic puts the fields of
    the last base first: the columns are url, version, then the rest."""


class FileOutcome(_Model):
    """What one poll did with one linked document."""

    url: str = Field(description="Document URL (as normalised).")
    title: str = Field(description="Document title.")
    meeting_id: int = Field(description="Meeting id.")
    meeting_date: dt.date = Field(description="Meeting date.")
    item_number: str | None = Field(default=None, description="Agenda item number.")
    kind: FetchedKind = Field(description="What the document is (see FetchedKind).")
    outcome: FileOutcomeKind = Field(description="new, changed, unchanged, skipped, refused or failed.")
    reason: str | None = Field(default=None, description="One line: why it was skipped, refused or failed.")
    http_status: int | None = Field(default=None, description="Last HTTP status received, if any.")
    sha256: str | None = Field(default=None, description="SHA-256 of the current bytes, when known.")
    version: int | None = Field(default=None, description="Version now current, when known.")
    path: str | None = Field(default=None, description="Absolute path of the current file, when there is one.")


class FetchReport(_Model):
    """One poll of one committee: the meetings seen and an outcome per document."""

    run_id: str = Field(description="Unique id of the poll.")
    site_url: str = Field(description="Base URL of the ModernGov site.")
    site: str = Field(description="Site folder name.")
    committee_id: int = Field(description="Committee id.")
    source: ListingSource = Field(description="webservice, or html when the web service did not answer.")
    window_from: dt.date = Field(description="First meeting date asked for.")
    window_to: dt.date = Field(description="Last meeting date asked for.")
    started_at: dt.datetime = Field(description="When the poll started (UTC).")
    finished_at: dt.datetime = Field(description="When it finished (UTC).")
    committee_dir: str = Field(description="Absolute path of raw/<site>/<committee>/.")
    meetings: list[MeetingDetail] = Field(description="Meetings in the window, read in full.")
    outcomes: list[FileOutcome] = Field(description="One outcome per linked document.")

    def count(self, outcome: FileOutcomeKind) -> int:
        return sum(1 for o in self.outcomes if o.outcome == outcome)

    @property
    def problems(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.outcome in ("failed", "refused")]
