"""Everything extracted from one document: the input of the warehouse loader."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from schemas.events import DatedEvent
from schemas.facts import DocumentKind
from schemas.funding import FundingResult
from schemas.structure import StructureResult


class DocumentExtraction(BaseModel):
    """Structure, dates and money of one document, each record with its provenance."""

    model_config = ConfigDict(extra="forbid")

    kind: DocumentKind | None = Field(description="What the document is; null when it cannot be told.")
    structure: StructureResult = Field(description="Papers, meetings, agenda, report headers, attendance.")
    paper_meeting_dates: list[dt.date | None] = Field(
        description="For each paper (same order as structure.papers), the date of the meeting it belongs to."
    )
    dated_events: list[DatedEvent] = Field(description="Every date printed in the document's papers.")
    funding: FundingResult = Field(description="Money, allocations, projects and data-quality checks.")
    facts: dict[str, list[Any]] = Field(
        default_factory=dict, description="Records of each fact registered on its own (extractors.registry.fact), by name."
    )
