"""Dates as events: every date printed in a paper, with the sentence around it."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from schemas.provenance import Provenance

DateKind = Literal["date", "range"]


class DatedEvent(BaseModel):
    """A date or day range printed in a paper; ranges stay ranges, never guessed into one day."""

    model_config = ConfigDict(extra="forbid")

    kind: DateKind = Field(description="A single date, or a printed range of days.")
    date: dt.date | None = Field(description="The date (first day of a range); null when its year cannot be told.")
    last_date: dt.date | None = Field(description="Last day of a range; null for single dates.")
    date_text: str = Field(description="The date as printed.")
    year_inferred: bool = Field(description="No year was printed; it was resolved against the paper's meeting date.")
    sentence: str = Field(description="The sentence holding the date, white space collapsed.")
    paper_index: int | None = Field(description="Index of the paper (in the document's papers) holding the date.")
    provenance: Provenance = Field(description="The printed date.")
