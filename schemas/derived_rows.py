"""Rows of the derived tables, rebuilt whole after every load (``pipeline.derive``)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Literal

from pydantic import Field

from schemas.facts import Pot, ProjectStatus
from schemas.structure import PaperKind
from schemas.traced import TableRow, TracedRow


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
    "meeting_heading", "report_to", "decision_header", "funding_sentence", "pack_meeting", "page_funder",
    "page_heading",
    "fetched_committee"
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
        "(the paper itself), pack_meeting (the pack or meeting it came in), page_funder (the one funder the page's prose names: "
        "'X has awarded', 'funded by X', \"X's Community Fund\"), page_heading (a heading in the page's first lines "
        "that is the body or ends 'of'/'by' it), fetched_committee (the fetched committee)."
    )
    evidence_text: str | None = Field(description="The name as the evidence printed it.")
    evidence_page_index: int | None = Field(
        description="0-based page of the span naming the body: the span of the row the evidence was read from "
        "(meeting_heading and pack_meeting: a meeting_mentions row, or a reports row for a To: line; report_to: the "
        "reports row; decision_header: the decision_headers row, the office line; page_funder and page_heading: a "
        "funder_mentions row); null for funding_sentence and fetched_committee."
    )
    evidence_printed_page: int | None = Field(description="Page number printed on that page, if any.")
    evidence_char_start: int | None = Field(description="Start offset of the naming span in the document text.")
    evidence_char_end: int | None = Field(description="End offset (exclusive) of the naming span in the document text.")
    evidence_span_text: str | None = Field(description="The naming span's text as printed.")
    funder: str | None = Field(description="Funder the text names (e.g. the commissioner giving a grant); null when not stated.")
    funder_page_index: int | None = Field(
        description="0-based page of the funder's printing: an allocation_parties row's span, or the evidence span "
        "when the funder is the fact's own body; null when no funder is named."
    )
    funder_char_start: int | None = Field(description="Start offset of the funder's printing in the document text.")
    funder_char_end: int | None = Field(description="End offset (exclusive) of the funder's printing.")
    funder_span_text: str | None = Field(description="The funder's printing as the page holds it.")
    recipient: str | None = Field(description="Recipient the text names; null when not stated.")
    recipient_page_index: int | None = Field(
        description="0-based page of the recipient's printing: an allocation_parties row's span, or the project's "
        "own span; null when no recipient is named."
    )
    recipient_char_start: int | None = Field(description="Start offset of the recipient's printing in the document text.")
    recipient_char_end: int | None = Field(description="End offset (exclusive) of the recipient's printing.")
    recipient_span_text: str | None = Field(description="The recipient's printing (or the project's span) as the page holds it.")


DERIVED_TABLES: tuple[type[TableRow], ...] = (
    BodyRow,
    FactBodyRow,
    ProjectObservationRow,
    CanonicalProjectRow,
    ProjectLinkRow,
    ProjectThemeRow,
)
