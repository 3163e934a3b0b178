"""Rows of the warehouse tables, one pydantic model per table.

The DuckDB DDL is generated from these models (``schemas.ddl``); a test holds the
committed migrations equal to them, so a column is declared in one place only. The fact tables
are generated from their extractors' output models (``schemas.traced.traced_row``).
"""

from __future__ import annotations

import datetime as dt
import typing
from typing import Literal

from pydantic import Field

from schemas.events import DatedEvent
from schemas.facts import DocumentKind
from schemas.funding import (
    AllocationRecord,
    CheckName,
    CheckResult,
    DataQualityRecord,
    AllocationParty,
    FunderMention,
    MoneyMention,
    ProjectMention,
    ProjectRecord,
)
from schemas.parsed import InputFormat
from schemas.structure import (
    AgendaItemRecord,
    AttendeeRecord,
    DecisionHeader,
    FutureMeeting,
    MeetingRecord,
    NamedPerson,
    Paper,
    ReportHeader,
)
from schemas.traced import Derived, TableRow, TracedRow, traced_row

# The other tables live in their own modules; their names are imported from here too.
from schemas.derived_rows import (  # noqa: F401
    DERIVED_TABLES,
    BodyEvidence,
    BodyKind,
    BodyRow,
    CanonicalProjectRow,
    FactBodyRow,
    FundingFactTable,
    LinkDecision,
    LinkLevel,
    LinkRule,
    ProjectLinkRow,
    ProjectObservationRow,
    ProjectThemeRow,
    Theme,
)
from schemas.view_rows import VIEW_TABLES, BodyYearFundingRow, CurrentProjectRow, DatedPaperRow, ThemeYearFundingRow  # noqa: F401
from schemas.fetch_rows import FETCH_TABLES, FetchedFileRow, FetchOutcomeRow, FetchRunRow, SourceMeetingRow  # noqa: F401
from schemas.state_rows import (  # noqa: F401
    REFRESH_TABLES,
    SEARCH_TABLES,
    CheckResultRow,
    RefreshRow,
    RefreshStep,
    SearchStopwordRow,
    SearchTermRow,
    SearchUnitKind,
    SearchUnitRow,
)
from schemas.storable import StorableText, storable_text  # noqa: F401



DocumentStatus = Literal["loaded", "failed", "needs_ocr", "unsupported"]
RunOutcome = Literal["loaded", "skipped", "failed", "needs_ocr", "unsupported"]


class DocumentRow(TableRow):
    table = "documents"
    primary_key = ("id",)

    id: str = Field(description="Document id: the SHA-256 of its bytes (same bytes, same document).")
    sha256: str = Field(description="SHA-256 of the file's bytes, hex.")
    path: StorableText = Field(description="Path the document was last ingested from (undecodable bytes as \\xNN).")
    format: InputFormat | None = Field(description="Parser family: pdf, html, text or docx; null when unsupported.")
    kind: DocumentKind | None = Field(description="What the document is; null when unknown or not parsed.")
    title: StorableText | None = Field(description="Title from the file's metadata, if any.")
    size_bytes: int = Field(description="File size in bytes.")
    n_pages: int | None = Field(description="Number of pages parsed; null when parsing failed.")
    n_chars: int | None = Field(description="Length of the document text.")
    status: DocumentStatus = Field(description="loaded, failed, needs_ocr (no text layer) or unsupported.")
    error: StorableText | None = Field(description="One-line reason when status is not loaded.")
    warnings: list[StorableText] = Field(description="What the parser noticed and did not hide.")
    parser: str | None = Field(description="Parser name and version.")
    pipeline_version: str = Field(description="Pipeline version that produced these rows.")
    ingested_at: dt.datetime = Field(description="When these rows were written (UTC).")


class PageRow(TableRow):
    table = "pages"
    primary_key = ("id",)
    key_enforced = False  # the id is the document id and the page index

    id: str = Field(description="Page id: document id and page index.")
    document_id: str = Field(description="The document the page belongs to.")
    page_index: int = Field(description="0-based page index in the file.")
    printed_number: int | None = Field(description="Page number printed in the footer, if any.")
    char_start: int = Field(description="Offset of the page in the document text.")
    char_end: int = Field(description="End offset of the page in the document text.")
    has_text: bool = Field(description="Whether the page has any text layer.")
    text: str = Field(description="Page text, line ends normalised to \\n.")
    tables: list[list[list[str | None]]] = Field(description="Ruled tables on the page (rows of cells).")


class FileRow(TableRow):
    """A path seen in an input folder; several paths may hold the same document."""

    table = "files"
    primary_key = ("path",)

    path: StorableText = Field(description="Absolute path of the file (undecodable bytes as \\xNN).")
    document_id: str = Field(description="Document whose bytes the file held when last seen.")
    size_bytes: int = Field(description="File size when last seen.")
    mtime_ns: int = Field(description="Modification time (ns) when last seen.")
    last_seen_at: dt.datetime = Field(description="When an ingest last saw the file (UTC).")


class IngestRunRow(TableRow):
    table = "ingest_runs"
    primary_key = ("run_id",)

    run_id: str = Field(description="Unique id of the run.")
    started_at: dt.datetime = Field(description="When the run started (UTC).")
    finished_at: dt.datetime | None = Field(description="When it finished; null while running or if killed.")
    runner: str = Field(description="How documents were processed: prefect or local.")
    pipeline_version: str = Field(description="Pipeline version of the run.")
    n_loaded: int = Field(description="Documents parsed and loaded.")
    n_skipped: int = Field(description="Documents skipped as unchanged.")
    n_failed: int = Field(description="Documents that failed (including needs_ocr).")
    n_unsupported: int = Field(description="Files of an unsupported type.")


class RunDocumentRow(TableRow):
    """What one run did with one file: the answer to 'what happened to my PDF?'."""

    table = "run_documents"
    primary_key = ("run_id", "path")

    run_id: str = Field(description="The run.")
    path: StorableText = Field(description="Absolute path of the file (undecodable bytes as \\xNN).")
    document_id: str | None = Field(description="Document id (SHA-256); null when the file could not be read.")
    outcome: RunOutcome = Field(description="loaded, skipped, failed, needs_ocr or unsupported.")
    reason: StorableText | None = Field(description="Why it was skipped or failed, one line.")


DOCUMENT_TABLES: tuple[type[TableRow], ...] = (
    DocumentRow,
    PageRow,
    FileRow,
    IngestRunRow,
    RunDocumentRow,
)


# Extracted facts. Every row is traced: the document, the page and the span of the document text
# it was read from, and the extractor (with its version). Each table is generated from its
# extractor's output model (``schemas.traced.traced_row``); ``extractors.registry`` registers them.

_MEETING_KEY = Derived(str | None, "Meeting the fact belongs to: hash of the normalised body and the date.")
_PAPER_INDEX = Derived(int | None, "Paper of the document holding the fact (0 = first).")

PaperRow = traced_row(
    "PaperRow", "papers", Paper,
    columns=("paper_index", "kind", "title", "agenda_item", "first_page", "last_page", "text_start", "text_end",
             "meeting_key", "fingerprint"),
    sources={"text_start": "start", "text_end": "end"},
    derived={
        "paper_index": Derived(int, "Position of the paper in its document (0 = first)."),
        "meeting_key": _MEETING_KEY,
        "fingerprint": Derived(
            str,
            "SHA-256 of the paper's normalised text (letters and digits only, footers dropped): the "
            "same paper inside a pack and published alone share it.",
        ),
    },
)
MeetingMentionRow = traced_row(
    "MeetingMentionRow", "meeting_mentions", MeetingRecord,
    columns=("meeting_key", "body", "date", "date_text", "time", "location", "source"),
    derived={"meeting_key": _MEETING_KEY},
)
FutureMeetingRow = traced_row(
    "FutureMeetingRow", "future_meetings", FutureMeeting,
    columns=("listed_by", "body", "date", "time"),
    derived={
        "listed_by": Derived(str | None, "meeting_key of the meeting whose agenda lists the date."),
        "body": Derived(str | None, "Body of the listing meeting."),
    },
)
AgendaItemRow = traced_row(
    "AgendaItemRow", "agenda_items", AgendaItemRecord,
    columns=("meeting_key", "number", "title", "first_page", "last_page", "access"),
    derived={
        "meeting_key": _MEETING_KEY,
        "first_page": Derived(int | None, "First printed page of the item's papers."),
        "last_page": Derived(int | None, "Last printed page of the item's papers."),
    },
)
ReportRow = traced_row(
    "ReportRow", "reports", ReportHeader,
    columns=("paper_index", "title", "authors", "to_body", "meeting_date", "meeting_key", "classification", "summary"),
    sources={"to_body": "to"},
    derived={"paper_index": _PAPER_INDEX, "meeting_key": _MEETING_KEY},
)
AttendanceRow = traced_row(
    "AttendanceRow", "attendance", AttendeeRecord,
    columns=("meeting_key", "name", "person_key", "role", "chair", "attendance"),
    derived={"meeting_key": _MEETING_KEY},
)
PersonMentionRow = traced_row(
    "PersonMentionRow", "person_mentions", NamedPerson,
    columns=("meeting_key", "name", "person_key", "role"),
    derived={"meeting_key": _MEETING_KEY},
)
DatedEventRow = traced_row(
    "DatedEventRow", "dated_events", DatedEvent,
    columns=("paper_index", "kind", "date", "last_date", "date_text", "year_inferred", "sentence"),
)
MoneyMentionRow = traced_row(
    "MoneyMentionRow", "money_mentions", MoneyMention,
    columns=("amount", "amount_text", "qualifier", "scale", "malformed"),
    sources={
        "amount": "money.amount", "amount_text": "money.text", "qualifier": "money.qualifier",
        "scale": "money.scale", "malformed": "money.malformed",
    },
)
AllocationRow = traced_row(
    "AllocationRow", "allocations", AllocationRecord,
    columns=("kind", "financial_year", "year_source", "amount", "amount_text", "qualifier", "sentence"),
)
ProjectRow = traced_row(
    "ProjectRow", "projects", ProjectRecord,
    columns=("name", "amount", "amount_text", "financial_year", "pot", "status", "recipient", "n_mentions"),
    derived={"n_mentions": Derived(int, "How many mentions were merged into it.")},
    doc="A project as one document gives it, merged from its mentions in that document.",
)
ProjectMentionRow = traced_row(
    "ProjectMentionRow", "project_mentions", ProjectMention,
    columns=("project_id", "name", "amount", "amount_text", "malformed", "financial_year", "pot", "status",
             "status_evidence", "recipient", "layout", "description"),
    derived={"project_id": Derived(str, "The document-level project (projects.id) the mention was merged into.")},
)

# data_quality also lists the funding facts whose body could not be resolved (pipeline.bodies).
DataQualityCheck = Literal[(*typing.get_args(CheckName), "unresolved_body")]
DataQualityResult = Literal[(*typing.get_args(CheckResult), "unresolved")]

DataQualityRow = traced_row(
    "DataQualityRow", "data_quality", DataQualityRecord,
    columns=("check_name", "result", "financial_year", "stated", "stated_text", "computed", "difference", "detail"),
    sources={"check_name": "check"},
    types={"check_name": DataQualityCheck, "result": DataQualityResult},
)

# The row of a fact registered on its own (``extractors/grants/funder_mentions.py``), declared here so that the
# ingest process loads it without importing the extractors (``pipeline.registered``).
FunderMentionRow = traced_row("FunderMentionRow", "funder_mentions", FunderMention)
DecisionHeaderRow = traced_row("DecisionHeaderRow", "decision_headers", DecisionHeader)
AllocationPartyRow = traced_row("AllocationPartyRow", "allocation_parties", AllocationParty)

FACT_TABLES: tuple[type[TracedRow], ...] = (
    PaperRow,
    MeetingMentionRow,
    FutureMeetingRow,
    AgendaItemRow,
    ReportRow,
    AttendanceRow,
    PersonMentionRow,
    DatedEventRow,
    MoneyMentionRow,
    AllocationRow,
    ProjectRow,
    ProjectMentionRow,
    DataQualityRow,
)


TABLES: tuple[type[TableRow], ...] = (
    DOCUMENT_TABLES + FACT_TABLES + FETCH_TABLES + DERIVED_TABLES + REFRESH_TABLES + SEARCH_TABLES + VIEW_TABLES
)
