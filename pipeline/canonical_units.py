"""What ``pipeline.canonical`` links: project mentions placed in their papers, grouped into one
unit per document-level project, and the clusters (canonical projects) units are linked into."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Sequence

from extractors.grants.projects import STATUS_RANK
from pipeline.canonical_names import name_key


@dataclass(frozen=True)
class Mention:
    """A project mention placed in its paper (one copy of each paper counts)."""

    id: str
    document_id: str
    source_project_id: str
    paper_id: str
    paper_date: dt.date | None
    paper_kind: str
    financial_year: str | None
    name: str
    amount: Decimal | None
    amount_text: str | None
    status: str | None
    pot: str | None
    recipient: str | None
    description: str | None
    page_index: int
    printed_page: int | None
    char_start: int
    char_end: int
    span_text: str
    extractor: str
    extractor_version: str
    body_id: str | None = None


def _decimals(printed: str | None) -> int:
    """Digits printed after the decimal point: '£3,703.20' is more precise than '£3,703'."""
    match = re.search(r"\.(\d+)", printed or "")
    return len(match.group(1)) if match else 0


@dataclass
class Observation:
    """What one paper says about one document-level project."""

    mentions: list[Mention]

    @property
    def first(self) -> Mention:
        return self.mentions[0]

    @property
    def chosen(self) -> Mention:
        """The mention giving the amount: the last readable one, or a more precise one within £1 of it."""
        readable = [m for m in self.mentions if m.amount is not None]
        if not readable:
            return next((m for m in self.mentions if m.amount_text), self.first)
        latest = readable[-1]
        close = [m for m in readable if abs(m.amount - latest.amount) < 1]
        return max(close, key=lambda m: (_decimals(m.amount_text), m.char_start))

    @property
    def name(self) -> str:
        """The name printed with an amount (as the extractor names a project), else the first."""
        return next((m.name for m in self.mentions if m.amount_text), self.first.name)

    @property
    def status(self) -> str | None:
        statuses = [m.status for m in self.mentions if m.status]
        return max(statuses, key=STATUS_RANK.__getitem__) if statuses else None

    @property
    def order(self) -> tuple:
        """History order: paper date (undated first), then status stage (papers of one date report
        the later stage last), then the document and offset."""
        date = self.first.paper_date
        return (date is not None, date or dt.date.min, STATUS_RANK.get(self.status or "", -1), self.first.document_id, self.first.char_start)


@dataclass
class Unit:
    """A project as one document gives it: its observations, one per paper."""

    source_project_id: str
    document_id: str
    financial_year: str | None
    observations: list[Observation]
    keys: frozenset[str] = frozenset()
    body_id: str | None = None

    @property
    def names(self) -> list[str]:
        return [m.name for o in self.observations for m in o.mentions]

    @property
    def amount(self) -> Decimal | None:
        amounts = [o.chosen.amount for o in sorted(self.observations, key=lambda o: o.order) if o.chosen.amount is not None]
        return amounts[-1] if amounts else None

    @property
    def order(self) -> tuple:
        return min(o.order for o in self.observations)


@dataclass
class Cluster:
    """A canonical project: units of one financial year linked together."""

    units: list[Unit]
    year: str | None = None
    id: str = ""
    series_id: str = ""
    body_id: str | None = None

    @property
    def keys(self) -> set[str]:
        return {key for unit in self.units for key in unit.keys}

    @property
    def documents(self) -> set[str]:
        return {unit.document_id for unit in self.units}

    @property
    def history(self) -> list[Observation]:
        return sorted((o for u in self.units for o in u.observations), key=lambda o: o.order)

    @property
    def amount(self) -> Decimal | None:
        amounts = [o.chosen.amount for o in self.history if o.chosen.amount is not None]
        return amounts[-1] if amounts else None

    @property
    def name(self) -> str:
        return self.history[-1].name

    @property
    def sources(self) -> set[str]:
        return {unit.source_project_id for unit in self.units}


def group_units(mentions: Sequence[Mention], expansions: dict[str, str]) -> list[Unit]:
    """Mentions as units (one per document-level project, one observation per paper), in linking
    order: body, financial year, then history order."""
    by_project: dict[str, dict[str, list[Mention]]] = {}
    for mention in sorted(mentions, key=lambda m: (m.document_id, m.char_start)):
        by_project.setdefault(mention.source_project_id, {}).setdefault(mention.paper_id, []).append(mention)
    units = []
    for source, papers in by_project.items():
        observations = sorted((Observation(ms) for ms in papers.values()), key=lambda o: o.order)
        first = observations[0].first
        year = next((m.financial_year for o in observations for m in o.mentions if m.financial_year), None)
        unit = Unit(source, first.document_id, year, observations, body_id=first.body_id)
        unit.keys = frozenset(name_key(n, expansions) for n in unit.names) - {""}
        units.append(unit)
    return sorted(units, key=lambda u: (u.body_id or "", u.financial_year or "", u.order))
