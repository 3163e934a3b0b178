"""The facts of one document in the published JSON contract (../shared/gold/SCHEMA.md).

``papers extract FILE`` prints an ``ExtractedFacts``; every evaluation reads this
format, so field names and vocabularies here change only with the contract.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer

from schemas.structure import Attendance

DocumentKind = Literal["report", "agenda_pack", "minutes", "summary_page"]
AllocationKind = Literal[
    "grant_total",
    "upfront_pot",
    "tactical_pot",
    "upfront_approved",
    "approved_total",
    "remaining",
    "underspend",
    "moved_to_tactical",
]
ProjectStatus = Literal["proposed", "recommended", "approved", "withdrawn", "in_progress", "completed"]
Pot = Literal["upfront", "tactical"]

# Amounts are exact Decimals inside; the contract prints them as JSON numbers.
Pounds = Annotated[Decimal, PlainSerializer(float, return_type=float, when_used="json")]
FinancialYear = Annotated[str, Field(pattern=r"^\d{4}/\d{2}$", description="UK financial year, YYYY/YY.")]


class _Fact(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Meeting(_Fact):
    body: str = Field(description="The committee or partnership that met.")
    date: dt.date | None = Field(description="Date of the meeting.")
    time: str | None = Field(default=None, pattern=r"^\d{2}:\d{2}$", description="Start time, 24-hour HH:MM.")
    location: str | None = Field(default=None, description="Venue as printed, e.g. 'Online'.")


class Report(_Fact):
    title: str = Field(description="Report title (the Subject: or Title: line).")
    authors: list[str] = Field(default_factory=list, description="Author names, without roles.")
    to: str | None = Field(default=None, description="Body the report is addressed to.")
    meeting_date: dt.date | None = Field(default=None, description="Date of the meeting it is addressed to.")
    classification: str | None = Field(default=None, description="Classification line, e.g. 'For Information'.")


class AgendaItem(_Fact):
    number: str = Field(description="Item number as printed, e.g. 'B2'.")
    title: str = Field(description="Item title without the page range.")
    pages: list[int] = Field(
        default_factory=list, description="[first, last] printed pages of the item's papers; [] when not given."
    )


class Allocation(_Fact):
    financial_year: FinancialYear | None = Field(description="Grant year; null when the text prints none.")
    kind: AllocationKind = Field(description="What the figure is, in the contract's vocabulary.")
    amount: Pounds | None = Field(description="Amount in pounds; null when the printed figure is malformed.")


class Project(_Fact):
    name: str = Field(description="Project name as printed.")
    amount: Pounds | None = Field(description="Amount in pounds; null when the printed amount is malformed.")
    amount_text: str | None = Field(description="The amount exactly as printed, e.g. '£6,00'.")
    financial_year: FinancialYear | None = Field(description="Grant year the project is funded from.")
    pot: Pot | None = Field(description="Upfront or tactical pot; null when the paper does not say.")
    status: ProjectStatus = Field(description="The most specific status this document gives.")


class Attendee(_Fact):
    name: str = Field(description="Name as printed, e.g. 'Mr P Webb'.")
    role: str | None = Field(default=None, description="Role printed with the name, e.g. 'Chair'.")
    attendance: Attendance = Field(description="Present, sent apologies, or in attendance.")


class ExtractedFacts(_Fact):
    """All facts of one document, as printed by ``papers extract``."""

    document: str = Field(description="File name of the document.")
    kind: DocumentKind | None = Field(description="What the document is; null when it cannot be told.")
    meetings: list[Meeting] = Field(default_factory=list)
    reports: list[Report] = Field(default_factory=list)
    agenda_items: list[AgendaItem] = Field(default_factory=list)
    allocations: list[Allocation] = Field(default_factory=list)
    projects: list[Project] = Field(default_factory=list)
    attendees: list[Attendee] = Field(default_factory=list)
    future_meetings: list[dt.date] = Field(default_factory=list)
