"""Rows of the warehouse tables, one pydantic model per table.

The DuckDB DDL is generated from these models (``schemas.ddl``); a test holds the
committed migrations equal to them, so a column is declared in one place only. The fact tables
are generated from their extractors' output models (``schemas.traced.traced_row``).
"""

from __future__ import annotations

import datetime as dt
import typing
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, Field

from schemas.events import DatedEvent
from schemas.facts import DocumentKind, Pot, ProjectStatus
from schemas.fetch import FetchedKind, FileOutcomeKind, FileVersionFields, FileVersionKey, ListingSource
from schemas.funding import (
    AllocationRecord,
    CheckName,
    CheckResult,
    DataQualityRecord,
    MoneyMention,
    ProjectMention,
    ProjectRecord,
)
from schemas.parsed import InputFormat
from schemas.structure import (
    AgendaItemRecord,
    AttendeeRecord,
    FutureMeeting,
    MeetingRecord,
    NamedPerson,
    Paper,
    PaperKind,
    ReportHeader,
)
from schemas.traced import Derived, TableRow, TracedRow, traced_row


def storable_text(text: str) -> str:
    """``text`` as a UTF-8 string DuckDB can store. A Linux file name need not be UTF-8: Python
    carries its undecodable bytes as lone surrogates, which are shown as ``\\xNN`` escapes of
    the bytes (any other lone surrogate as ``\\udNNN``). Valid text is returned as it is."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


# Paths, titles and reasons that may carry a file name's undecodable bytes.
StorableText = Annotated[str, AfterValidator(storable_text)]

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
TABLES: tuple[type[TableRow], ...] = DOCUMENT_TABLES + FACT_TABLES + FETCH_TABLES


# Derived tables: rebuilt whole after every load from the fact tables above (pipeline/canonical.py).
# A canonical project is one project in one financial year, linked across papers; a series links
# the projects of a recurring initiative across years.

Theme = Literal[
    "violence_against_women_and_girls",
    "domestic_abuse",
    "extremism_and_hate",
    "asb_and_neighbourhood_crime",
    "fraud_and_scams",
    "safeguarding",
    "substance_misuse",
    "road_safety",
    "serious_violence",
    "other",
]
LinkLevel = Literal["project", "series"]
LinkDecision = Literal["linked", "not_linked", "override_unmatched", "override_rejected"]
LinkRule = Literal[
    "same_document",
    "same_name",
    "similar_name_same_amount",
    "similar_name_amount_differs",
    "similar_name_across_years",
    "similar_name_amount_out_of_range",
    "name_below_threshold",
    "override",
]


class ProjectObservationRow(TracedRow):
    """What one paper says about one canonical project; the provenance columns are those of the
    mention that gave the amount (else the first mention in the paper)."""

    table = "project_observations"
    key_enforced = True  # rewritten whole by each rebuild: the declared key guards the linking

    project_id: str = Field(description="Canonical project (canonical_projects.id).")
    source_project_id: str = Field(description="Document-level project (projects.id) the mentions belong to.")
    paper_id: str = Field(description="Paper (papers.id) holding the mentions; one copy of a paper counts.")
    paper_date: dt.date | None = Field(description="Date of the meeting the paper is for (minutes: the meeting they record).")
    paper_kind: PaperKind = Field(description="Kind of that paper: report, minutes, appendix...")
    sequence: int = Field(description="1-based position in the project's history: by paper date, then status stage.")
    is_latest: bool = Field(description="The last observation: the project's current values come from it.")
    financial_year: str | None = Field(description="Grant year 'YYYY/YY'.")
    name: str = Field(description="Project name as this paper prints it.")
    amount: Decimal | None = Field(description="Amount this paper gives (the most precise of its mentions).")
    amount_text: str | None = Field(description="That amount as printed.")
    status: ProjectStatus | None = Field(description="Most advanced status this paper gives.")
    pot: Pot | None = Field(description="upfront or tactical, when this paper says.")
    recipient: str | None = Field(description="Recipient named in this paper.")
    description: str | None = Field(description="Paragraph printed under the project's bullet or heading, if any.")
    n_mentions: int = Field(description="Mentions of the project in this paper.")
    body_id: str | None = Field(description="Body (bodies.id) the project's papers belong to; null when unresolved.")


class CanonicalProjectRow(TableRow):
    """One project in one financial year, however many papers mention it."""

    table = "canonical_projects"
    primary_key = ("id",)

    id: str = Field(description="Deterministic id from the financial year and the normalised name first seen.")
    series_id: str = Field(description="Series (recurring initiative) the project belongs to; a one-year series when it does not recur.")
    financial_year: str | None = Field(description="Grant year 'YYYY/YY'; null when no paper gives one.")
    name: str = Field(description="Name as the latest paper prints it.")
    name_key: str = Field(description="Normalised name the links compare (lower case, acronyms expanded, articles dropped).")
    description: str | None = Field(description="Longest description printed for it.")
    n_papers: int = Field(description="Distinct papers that mention it.")
    body_id: str | None = Field(description="Body (bodies.id) whose papers give it; projects link within one body.")


class ProjectLinkRow(TableRow):
    """One link decision: two mentions joined into a project, two projects into a series, or a
    near miss kept for review, with the score and the rule that decided."""

    table = "project_links"
    primary_key = ("id",)

    id: str = Field(description="Deterministic id from the level and the two sides.")
    level: LinkLevel = Field(description="project (papers of one year) or series (projects across years).")
    left_id: str = Field(description="Project level: projects.id joined; series level: canonical_projects.id.")
    right_id: str | None = Field(description="The side it was compared with; null for an override that matched nothing.")
    left_name: str | None = Field(description="Name of the left side.")
    right_name: str | None = Field(description="Name of the right side.")
    left_year: str | None = Field(description="Financial year of the left side.")
    right_year: str | None = Field(description="Financial year of the right side.")
    left_amount: Decimal | None = Field(description="Amount of the left side.")
    right_amount: Decimal | None = Field(description="Amount of the right side.")
    score: float | None = Field(description="rapidfuzz token_sort_ratio of the normalised names, 0-100; null for overrides.")
    rule: LinkRule = Field(description="Rule that decided.")
    decision: LinkDecision = Field(description="linked, not_linked, override_unmatched or override_rejected.")
    detail: str = Field(description="Why, in words (for overrides: the note from the override file).")


class ProjectThemeRow(TableRow):
    """A theme a canonical project matched, with the terms of the rule file that matched."""

    table = "project_themes"
    primary_key = ("project_id", "theme")

    project_id: str = Field(description="Canonical project.")
    theme: Theme = Field(description="Community Safety Agreement-style priority; 'other' when no term matched.")
    label: str = Field(description="Theme name for display.")
    is_primary: bool = Field(description="The theme the project counts under in totals (most matches, name counting twice).")
    terms: list[str] = Field(description="Rule terms that matched, as written in the rule file.")
    score: int = Field(description="Matches in the name (x2) plus matches in the descriptions.")
    rules_version: str = Field(description="Version of the theme rule file.")


BodyKind = Literal[
    "council_committee", "community_safety_partnership", "pcc", "combined_authority", "panel", "council", "other"
]
BodyEvidence = Literal[
    "meeting_heading", "report_to", "decision_header", "funding_sentence", "pack_meeting", "fetched_committee"
]
FundingFactTable = Literal["allocations", "projects"]


class BodyRow(TableRow):
    """A body whose papers the warehouse holds: a committee, partnership, commissioner, panel..."""

    table = "bodies"
    primary_key = ("id",)

    id: str = Field(description="Stable id: hash of the normalised name (warehouse/bodies.csv maps aliases onto one name).")
    name: str = Field(description="Name as printed (the most frequent printing, or the name bodies.csv gives).")
    name_key: str = Field(description="Normalised name: lower case, '&' as 'and', punctuation and a leading 'the' dropped.")
    kind: BodyKind = Field(description="council_committee, community_safety_partnership, pcc, combined_authority, panel, council or other.")
    parent_id: str | None = Field(description="Parent body (bodies.id), e.g. the commissioner funding a partnership; from bodies.csv.")
    site: str | None = Field(description="ModernGov site folder its papers were fetched from, if any.")
    aliases: list[str] = Field(description="Other printings and the aliases of bodies.csv that resolve to it.")
    n_facts: int = Field(description="Funding facts (allocations, document-level projects) resolved to it.")


class FactBodyRow(TableRow):
    """The body a funding fact belongs to, with the evidence, and the funder and recipient the text names."""

    table = "fact_bodies"
    primary_key = ("fact_id",)

    fact_id: str = Field(description="allocations.id or projects.id.")
    fact_table: FundingFactTable = Field(description="allocations or projects.")
    document_id: str = Field(description="Document the fact was read from.")
    body_id: str | None = Field(description="Resolved body (bodies.id); null when no evidence names one (see data_quality).")
    evidence: BodyEvidence | None = Field(
        description="What named the body, strongest first: meeting_heading, report_to, decision_header, funding_sentence "
        "(the paper itself), pack_meeting (the pack or meeting it came in), fetched_committee (the fetched committee)."
    )
    evidence_text: str | None = Field(description="The name as the evidence printed it.")
    funder: str | None = Field(description="Funder the text names (e.g. the commissioner giving a grant); null when not stated.")
    recipient: str | None = Field(description="Recipient the text names; null when not stated.")


DERIVED_TABLES: tuple[type[TableRow], ...] = (
    BodyRow,
    FactBodyRow,
    ProjectObservationRow,
    CanonicalProjectRow,
    ProjectLinkRow,
    ProjectThemeRow,
)
TABLES = TABLES + DERIVED_TABLES


# What the steps after a load (search index, derived tables, data checks) last read, so that a
# run that changed nothing skips them, and the results of the data checks, so that it can still
# report the checks that failed.

RefreshStep = Literal["search_index", "derived_tables", "data_checks"]


class RefreshRow(TableRow):
    """The last run of one step that follows a load, and what it read."""

    table = "refreshes"
    primary_key = ("step",)

    step: RefreshStep = Field(description="search_index, derived_tables or data_checks.")
    warehouse_state: str = Field(
        description="Count and hash of the documents and files rows it read (ids, statuses, pipeline versions, "
        "load times, paths): a load, a replacement or a new path changes it."
    )
    inputs: dict[str, str] = Field(
        description="SHA-256 of each file it read besides the warehouse: the link overrides and theme rules, "
        "or the SQL of the checks and views."
    )
    run_id: str | None = Field(description="Ingest run that ran it; null when run on its own.")
    finished_at: dt.datetime = Field(description="When it finished (UTC).")


class CheckResultRow(TableRow):
    """A data check as it last ran: passed (no rows) or failed, with the rows that broke its rule."""

    table = "check_results"
    primary_key = ("name",)

    name: str = Field(description="Check: a file in warehouse/checks without .sql, or <fact table>_are_traceable.")
    n_rows: int = Field(description="Rows that broke the rule; 0 when the check passed.")
    rows: list[list] = Field(description="Those rows, each a list of values (dates and decimals as text).")
    run_id: str | None = Field(description="Ingest run that ran the check; null when run on its own.")
    checked_at: dt.datetime = Field(description="When it ran (UTC).")


REFRESH_TABLES: tuple[type[TableRow], ...] = (RefreshRow, CheckResultRow)
TABLES = TABLES + REFRESH_TABLES


# The search index, written with each document's rows (``pipeline.search_index``) and ranked at
# query time (``pipeline.search``): nothing in it is rebuilt for the whole warehouse.

SearchUnitKind = Literal["page", "agenda_item"]


class SearchUnitRow(TableRow):
    """A piece of a document that search returns: the part of one page inside one paper, or one agenda item."""

    table = "search_units"
    primary_key = ("unit_key",)
    key_enforced = False  # unit ids are unique; their 63-bit hashes are checked after the load

    unit_key: int = Field(description="Hash of id (63 bits): the key search_terms refer to.")
    id: str = Field(description="Page id and paper index ('<page id>:<paper index>', -1 outside papers), or 'agenda:<agenda item id>'.")
    unit: SearchUnitKind = Field(description="page (a page's text within one paper) or agenda_item.")
    document_id: str = Field(description="The document the unit belongs to.")
    page_index: int = Field(description="0-based page index of the unit.")
    printed_number: int | None = Field(description="Page number printed on that page, if any.")
    paper_index: int | None = Field(description="The paper the text belongs to; null outside papers and for agenda items.")
    paper_title: str | None = Field(description="That paper's title, or 'Agenda' for an agenda item.")
    paper_kind: PaperKind | None = Field(description="That paper's kind.")
    meeting_key: str | None = Field(description="The paper's (or agenda item's) meeting, for the body and date filters.")
    char_start: int = Field(description="Offset of the unit's text in the document text.")
    title: str = Field(description="Indexed with the text: the paper's title, else the document's title.")
    text: str = Field(description="The unit's text.")
    n_terms: int = Field(description="Terms indexed from title and text (stop words left out): BM25's document length.")


class SearchTermRow(TableRow):
    """How often a stemmed term occurs in one search unit (title and text together)."""

    table = "search_terms"
    primary_key = ()  # ~150 rows a page: an index on them would grow with the warehouse, in memory

    document_id: str = Field(description="The unit's document: its terms are deleted with its other rows.")
    unit_key: int = Field(description="The search unit (search_units.unit_key).")
    term: str = Field(description="Lower-cased, accent-free, stemmed (Snowball English) word.")
    tf: int = Field(description="Occurrences of the term in the unit.")


class SearchStopwordRow(TableRow):
    """Words never indexed: the English list of DuckDB's fts extension."""

    table = "search_stopwords"
    primary_key = ("word",)

    word: str = Field(description="A stop word, lower case, as tokenized (apostrophes kept).")


SEARCH_TABLES: tuple[type[TableRow], ...] = (SearchUnitRow, SearchTermRow, SearchStopwordRow)
TABLES = TABLES + SEARCH_TABLES
