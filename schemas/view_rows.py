"""Rows of the view tables: the public views' rows, computed by ``pipeline.derive.refresh`` from
the SQL in warehouse/derived (one file a view) and read back by the thin views in warehouse/views.

Computing a view over a national warehouse at every query took 0.2-1.4 s; the refresh computes
it once per ingest. Each table is named after its view with ``_rows``; its columns are the view's.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pydantic import Field

from schemas.traced import TableRow


class DatedPaperRow(TableRow):
    """A paper of a loaded document with the date it speaks for (the view dated_papers)."""

    table = "dated_papers_rows"
    primary_key = ("paper_id",)
    key_enforced = False

    paper_id: str | None = Field(description="papers.id.")
    document_id: str | None = Field(description="Document the paper is in.")
    path: str | None = Field(description="The document's path.")
    paper_index: int | None = Field(description="Position of the paper in its document.")
    kind: str | None = Field(description="papers.kind.")
    title: str | None = Field(description="papers.title.")
    text_start: int | None = Field(description="Start offset of the paper in the document text.")
    text_end: int | None = Field(description="End offset (exclusive).")
    first_page: int | None = Field(description="First page index of the paper.")
    meeting_key: str | None = Field(description="Meeting the paper is for, if known.")
    paper_date: dt.date | None = Field(description="The meeting's date, else the report header's meeting date.")
    body: str | None = Field(description="The meeting's body, else the report header's To: body.")
    fingerprint: str | None = Field(description="papers.fingerprint: two copies of one paper share it.")
    is_first_copy: bool | None = Field(description="The one copy of a fingerprint that counts in totals and histories.")


class BodyYearFundingRow(TableRow):
    """A body's funding in one financial year (the view funding_by_body_year)."""

    table = "funding_by_body_year_rows"
    primary_key = ("body_id", "financial_year")
    key_enforced = False

    body_id: str | None = Field(description="bodies.id.")
    body: str | None = Field(description="bodies.name.")
    body_kind: str | None = Field(description="bodies.kind.")
    financial_year: str | None = Field(description="Financial year, 'YYYY/YY'.")
    grant_total: Decimal | None = Field(description="Grant as the body's latest paper states it.")
    upfront_pot: Decimal | None = Field(description="Upfront pot, stated or derived from the grant and the tactical pot.")
    tactical_pot: Decimal | None = Field(description="Tactical pot, stated or derived from the grant and the upfront pot.")
    pots_derived: bool | None = Field(description="One pot was derived from the grant and the other pot.")
    approved_total: Decimal | None = Field(description="Approved total, stated or summed over approved projects.")
    approved_total_source: str | None = Field(description="'stated' or 'projects'.")
    underspend: Decimal | None = Field(description="Underspend as stated.")
    n_projects: int | None = Field(description="Canonical projects not withdrawn.")
    n_withdrawn: int | None = Field(description="Canonical projects withdrawn.")
    projects_total: Decimal | None = Field(description="Sum of the current amounts of the projects not withdrawn.")
    as_of_date: dt.date | None = Field(description="Date of the latest paper read.")


class ThemeYearFundingRow(TableRow):
    """A body's projects of one financial year and primary theme (the view funding_by_theme_year)."""

    table = "funding_by_theme_year_rows"
    primary_key = ("body_id", "financial_year", "theme")
    key_enforced = False

    body: str | None = Field(description="bodies.name.")
    body_id: str | None = Field(description="bodies.id.")
    financial_year: str | None = Field(description="Financial year, 'YYYY/YY'.")
    theme: str | None = Field(description="Primary theme.")
    theme_label: str | None = Field(description="The theme's label.")
    n_projects: int | None = Field(description="Projects not withdrawn.")
    total_amount: Decimal | None = Field(description="Their current amounts summed.")
    approved_amount: Decimal | None = Field(description="Amounts of the approved, in-progress or completed ones.")
    n_withdrawn: int | None = Field(description="Projects withdrawn.")
    withdrawn_amount: Decimal | None = Field(description="Their amounts summed.")
    share_of_year: float | None = Field(description="total_amount over the body's year total, 4 decimals.")


class CurrentProjectRow(TableRow):
    """A canonical project with its current values (the view projects_current)."""

    table = "projects_current_rows"
    primary_key = ("project_id",)
    key_enforced = False

    project_id: str | None = Field(description="canonical_projects.id.")
    body_id: str | None = Field(description="bodies.id.")
    body: str | None = Field(description="bodies.name.")
    series_id: str | None = Field(description="Series (recurring initiative).")
    series_n_years: int | None = Field(description="Projects in the series.")
    financial_year: str | None = Field(description="Financial year, 'YYYY/YY'.")
    name: str | None = Field(description="Canonical name.")
    amount: Decimal | None = Field(description="Amount from the latest paper that gives one.")
    amount_text: str | None = Field(description="That amount as printed.")
    status: str | None = Field(description="Status from the latest paper.")
    pot: str | None = Field(description="Pot from the latest paper that gives one.")
    recipient: str | None = Field(description="Recipient from the latest paper that gives one.")
    theme: str | None = Field(description="Primary theme.")
    theme_label: str | None = Field(description="The theme's label.")
    theme_terms: list[str] | None = Field(description="Terms that matched the theme.")
    description: str | None = Field(description="canonical_projects.description.")
    first_amount: Decimal | None = Field(description="First amount given.")
    amount_change: Decimal | None = Field(description="amount - first_amount.")
    n_amount_changes: int | None = Field(description="History rows that changed the amount.")
    n_papers: int | None = Field(description="Papers that mention the project.")
    first_paper_date: dt.date | None = Field(description="Date of the first paper.")
    last_paper_date: dt.date | None = Field(description="Date of the latest paper.")
    printed_names: list[str] | None = Field(description="Names printed for it, sorted.")
    document_id: str | None = Field(description="Document of the latest paper.")
    path: str | None = Field(description="Its path.")
    printed_page: int | None = Field(description="Printed page of the latest mention.")
    paper_id: str | None = Field(description="The latest paper.")


# In the order they are computed: a view's SQL may read the views before it.
VIEW_TABLES: tuple[type[TableRow], ...] = (DatedPaperRow, BodyYearFundingRow, ThemeYearFundingRow, CurrentProjectRow)
