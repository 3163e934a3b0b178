"""Canonical projects: project mentions linked across papers into one project per financial
year, and projects linked across years into series. Pure functions over plain data; the
warehouse side is ``pipeline.derive``.

Linking works on *units*: a project as one document gives it (``projects`` rows, already merged
by the extractor across that document's papers; two units of one document are never joined).
Projects link within one body (``pipeline.bodies``) unless an override joins them: within a
body and a year a unit joins the existing project whose normalised names score best with rapidfuzz
``token_sort_ratio``:

- 100 (same normalised name): linked, whatever the amounts (a changed amount is history);
- >= ``SIMILAR``: linked only when the amounts agree (within £1 or 1%);
- >= ``NEAR``: not linked, but the near miss is stored for review.

Across years, projects join a series (at most one project per year) on the same rules, with the
amount guard a factor of ``SERIES_AMOUNT_RATIO``. Every decision is kept with its score and rule;
an override file (``warehouse/link_overrides.csv``) forces or forbids links.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Iterable, Sequence

from rapidfuzz import fuzz

from extractors.projects import STATUS_RANK
from pipeline.ids import DisjointSets, content_id
from schemas.records import CanonicalProjectRecord, ProjectLinkRecord, ProjectObservationRecord

SIMILAR = 88.0
NEAR = 70.0
SERIES_SIMILAR = 90.0
SERIES_AMOUNT_RATIO = Decimal(2)
OVERRIDE_ACTIONS = ("same_project", "different_project", "same_series", "different_series")

_WORD = re.compile(r"[a-z0-9]+")
_ACRONYM_AFTER = re.compile(r"\(([A-Z]{2,6})\)")
_ARTICLES = frozenset({"a", "an", "the"})
_SMALL = frozenset({"and", "of", "the", "in", "for", "to", "on", "a", "an", "with"})
_HEX_ID = re.compile(r"[0-9a-f]{24}")
_YEAR_NAME = re.compile(r"(\d{4}/\d{2})\s*:\s*(.+)")



# Names


def acronyms(names: Iterable[str]) -> dict[str, str]:
    """'Violence Against Women and Girls (VAWG)' -> {'vawg': 'violence against women and girls'}:
    an acronym in brackets whose letters are the initials of the words before it."""
    found: dict[str, str] = {}
    for name in names:
        for match in _ACRONYM_AFTER.finditer(name):
            letters = match.group(1).lower()
            words = _WORD.findall(name[: match.start()].lower().replace("&", " and "))
            kept = [w for w in words if w not in _SMALL]
            if len(kept) >= len(letters) and "".join(w[0] for w in kept[-len(letters) :]) == letters:
                first = kept[-len(letters)]
                start = len(words) - 1 - words[::-1].index(first)
                found.setdefault(letters, " ".join(words[start:]))
    return found


def name_key(name: str, expansions: dict[str, str] | None = None) -> str:
    """Comparable form of a name: lower case, '&' as 'and', punctuation and a leading article
    dropped, a status flag ('WITHDRAWN:') dropped, acronyms expanded (a bracketed acronym that
    repeats the words before it is dropped)."""
    expansions = expansions or {}
    text = re.sub(r"^\W*[A-Z][A-Z ]{3,}:\s*", "", name)
    text = _ACRONYM_AFTER.sub(lambda m: "" if m.group(1).lower() in expansions else m.group(0), text)
    words = _WORD.findall(text.lower().replace("&", " and "))
    while words and words[0] in _ARTICLES:
        words = words[1:]
    return " ".join(expansions.get(word, word) for word in words)


def name_score(left: Iterable[str], right: Iterable[str]) -> float:
    """Best rapidfuzz token_sort_ratio between two sets of normalised names."""
    return max((fuzz.token_sort_ratio(a, b) for a in left for b in right), default=0.0)


def amounts_agree(a: Decimal | None, b: Decimal | None) -> bool:
    if a is None or b is None:
        return False
    return abs(a - b) <= max(Decimal(1), max(abs(a), abs(b)) / 100)


# Inputs


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


@dataclass(frozen=True)
class Override:
    action: str
    left: str
    right: str
    note: str
    line: int


def read_overrides(text: str) -> list[Override]:
    """Rows of the override CSV (header ``action,left,right,note``; lines starting '#' are comments).
    ``left``/``right`` are a ``projects.id`` or ``YYYY/YY:project name``."""
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("#") and line.strip()]
    rows = []
    for number, row in enumerate(csv.DictReader(io.StringIO("\n".join(lines))), start=1):
        action = (row.get("action") or "").strip()
        if action not in OVERRIDE_ACTIONS:
            raise ValueError(f"link override row {number}: action {action!r} is not one of {', '.join(OVERRIDE_ACTIONS)}")
        rows.append(Override(action, (row.get("left") or "").strip(), (row.get("right") or "").strip(), (row.get("note") or "").strip(), number))
    return rows


# Linking


@dataclass
class Linked:
    projects: list[Cluster]
    decisions: list[ProjectLinkRecord] = field(default_factory=list)


def _decision(level, left_id, right_id, left, right, score, rule, decision, detail) -> ProjectLinkRecord:
    def side(x):
        if isinstance(x, Unit):
            return x.observations[0].name, x.financial_year, x.amount
        if isinstance(x, Cluster):
            return x.name, x.year, x.amount
        return None, None, None

    left_name, left_year, left_amount = side(left)
    right_name, right_year, right_amount = side(right)
    return ProjectLinkRecord(
        id=content_id(level, left_id, right_id, rule), level=level, left_id=left_id, right_id=right_id,
        left_name=left_name, right_name=right_name, left_year=left_year, right_year=right_year,
        left_amount=left_amount, right_amount=right_amount,
        score=None if score is None else round(float(score), 1), rule=rule, decision=decision, detail=detail,
    )


def _resolve_units(ref: str, units: list[Unit], expansions: dict[str, str]) -> list[Unit]:
    if _HEX_ID.fullmatch(ref):
        return [u for u in units if u.source_project_id == ref]
    match = _YEAR_NAME.fullmatch(ref)
    if not match:
        return []
    key = name_key(match.group(2), expansions)
    return [u for u in units if u.financial_year == match.group(1) and key in u.keys]


def group_units(mentions: Sequence[Mention], expansions: dict[str, str]) -> list[Unit]:
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


def link_projects(units: list[Unit], overrides: Sequence[Override], expansions: dict[str, str]) -> Linked:
    """Units into canonical projects, one financial year each (see the module docstring)."""
    decisions: list[ProjectLinkRecord] = []
    sets = DisjointSets(u.source_project_id for u in units)

    apart: set[frozenset[str]] = set()
    for override in (o for o in overrides if o.action in ("same_project", "different_project")):
        left, right = (_resolve_units(ref, units, expansions) for ref in (override.left, override.right))
        if not left or not right:
            missing = override.left if not left else override.right
            decisions.append(_decision("project", override.left, override.right or None, None, None, None, "override",
                                       "override_unmatched", f"override row {override.line}: {missing!r} matches no project"))
            continue
        if override.action == "same_project" and {u.financial_year for u in left + right} != {left[0].financial_year}:
            decisions.append(_decision("project", override.left, override.right, left[0], right[0], None, "override",
                                       "override_rejected", f"override row {override.line}: a project has one financial year; use same_series"))
            continue
        for a in left:
            for b in right:
                if override.action == "same_project":
                    sets.join(a.source_project_id, b.source_project_id)
                else:
                    apart.add(frozenset((a.source_project_id, b.source_project_id)))
                decisions.append(_decision("project", a.source_project_id, b.source_project_id, a, b, None, "override",
                                           "linked" if override.action == "same_project" else "not_linked",
                                           override.note or f"override row {override.line}"))

    groups: dict[str, list[Unit]] = {}
    for unit in units:
        groups.setdefault(sets.root(unit.source_project_id), []).append(unit)
    clusters: list[Cluster] = []
    # The clusters of each body and year, in creation order, with their keys, documents and sources kept up
    # to date (recomputing them for every comparison made linking quadratic in a large warehouse).
    by_year: dict[tuple, list[tuple[Cluster, set[str], set[str], set[str]]]] = {}

    def add(cluster: Cluster) -> None:
        clusters.append(cluster)
        by_year.setdefault((cluster.body_id, cluster.year), []).append((cluster, cluster.keys, cluster.documents, cluster.sources))

    for members in sorted(groups.values(), key=lambda g: (g[0].financial_year or "", min(u.order for u in g))):
        group = Cluster(list(members), members[0].financial_year, body_id=members[0].body_id)
        group_keys, group_documents, group_sources = group.keys, group.documents, group.sources
        best: tuple[float, tuple[Cluster, set[str], set[str], set[str]], Unit] | None = None
        for entry in by_year.get((group.body_id, group.year), ()):
            cluster, keys, documents, sources = entry
            if documents & group_documents:
                continue
            if apart and any(frozenset((a, b)) in apart for a in sources for b in group_sources):
                continue
            score = name_score(group_keys, keys)
            if best is None or score > best[0]:
                closest = max(cluster.units, key=lambda unit: name_score(group_keys, unit.keys))
                best = (score, entry, closest)
        lead = group.units[0]
        if best is None or best[0] < NEAR:
            add(group)
            continue
        score, (cluster, keys, documents, sources), other = best
        agree = amounts_agree(group.amount, cluster.amount)
        if score >= 100:
            rule, linked, detail = "same_name", True, "same normalised name in the same financial year"
        elif score >= SIMILAR and agree:
            rule, linked, detail = "similar_name_same_amount", True, f"name score >= {SIMILAR:g} and amounts agree"
        elif score >= SIMILAR:
            rule, linked, detail = "similar_name_amount_differs", False, f"name score >= {SIMILAR:g} but the amounts do not confirm it"
        else:
            rule, linked, detail = "name_below_threshold", False, f"closest name, below {SIMILAR:g}"
        decisions.append(_decision("project", lead.source_project_id, other.source_project_id, lead, other, score, rule,
                                   "linked" if linked else "not_linked", detail))
        if linked:
            cluster.units.extend(group.units)
            keys |= group_keys
            documents |= group_documents
            sources |= group_sources
        else:
            add(group)
    return Linked(clusters, decisions)


def _resolve_projects(ref: str, projects: list[Cluster], expansions: dict[str, str]) -> list[Cluster]:
    if _HEX_ID.fullmatch(ref):
        return [p for p in projects if ref in p.sources or p.id == ref]
    match = _YEAR_NAME.fullmatch(ref)
    if not match:
        return []
    key = name_key(match.group(2), expansions)
    return [p for p in projects if p.year == match.group(1) and key in p.keys]


def link_series(projects: list[Cluster], overrides: Sequence[Override], expansions: dict[str, str]) -> list[ProjectLinkRecord]:
    """Set ``series_id`` on every project: recurring initiatives across years share one."""
    decisions: list[ProjectLinkRecord] = []
    sets = DisjointSets(p.id for p in projects)

    apart: set[frozenset[str]] = set()
    for override in (o for o in overrides if o.action in ("same_series", "different_series")):
        left, right = (_resolve_projects(ref, projects, expansions) for ref in (override.left, override.right))
        if not left or not right:
            missing = override.left if not left else override.right
            decisions.append(_decision("series", override.left, override.right or None, None, None, None, "override",
                                       "override_unmatched", f"override row {override.line}: {missing!r} matches no project"))
            continue
        for a in left:
            for b in right:
                if override.action == "same_series" and a.year == b.year:
                    decisions.append(_decision("series", a.id, b.id, a, b, None, "override", "override_rejected",
                                               f"override row {override.line}: a series has one project per year; use same_project"))
                    continue
                if override.action == "same_series":
                    sets.join(a.id, b.id)
                else:
                    apart.add(frozenset((a.id, b.id)))
                decisions.append(_decision("series", a.id, b.id, a, b, None, "override",
                                           "linked" if override.action == "same_series" else "not_linked",
                                           override.note or f"override row {override.line}"))

    pre: dict[str, list[Cluster]] = {}
    for project in projects:
        pre.setdefault(sets.root(project.id), []).append(project)
    # Each series with its years and keys, kept up to date as it grows; series stay within a body.
    series: list[tuple[list[Cluster], set[str | None], set[str]]] = []
    for members in sorted(pre.values(), key=lambda g: (g[0].year or "", g[0].id)):
        years = {p.year for p in members}
        keys = {k for p in members for k in p.keys}
        best: tuple[float, tuple[list[Cluster], set[str | None], set[str]]] | None = None
        if None not in years:
            for entry in series:
                existing, existing_years, existing_keys = entry
                if years & existing_years or None in existing_years or existing[0].body_id != members[0].body_id:
                    continue
                if apart and any(frozenset((a.id, b.id)) in apart for a in existing for b in members):
                    continue
                score = name_score(keys, existing_keys)
                if best is None or score > best[0]:
                    best = (score, entry)
        if best is None or best[0] < NEAR:
            series.append((list(members), years, keys))
            continue
        score, (existing, existing_years, existing_keys) = best
        lead, other = members[0], max(existing, key=lambda p: p.year or "")
        ratio = _ratio(lead.amount, other.amount)
        if score >= 100:
            rule, linked, detail = "same_name", True, "same normalised name in another financial year"
        elif score >= SERIES_SIMILAR and (ratio is None or ratio <= SERIES_AMOUNT_RATIO):
            rule, linked, detail = "similar_name_across_years", True, f"name score >= {SERIES_SIMILAR:g}, amounts within x{SERIES_AMOUNT_RATIO}"
        elif score >= SERIES_SIMILAR:
            rule, linked, detail = "similar_name_amount_out_of_range", False, f"amounts differ by more than x{SERIES_AMOUNT_RATIO}"
        else:
            rule, linked, detail = "name_below_threshold", False, f"closest name in another year, below {SERIES_SIMILAR:g}"
        decisions.append(_decision("series", lead.id, other.id, lead, other, score, rule, "linked" if linked else "not_linked", detail))
        if linked:
            existing.extend(members)
            existing_years |= years
            existing_keys |= keys
        else:
            series.append((list(members), years, keys))
    for members, _, _ in series:
        first = min(members, key=lambda p: (p.year or "", p.id))
        for project in members:
            project.series_id = content_id("series", first.id)
    return decisions


def _ratio(a: Decimal | None, b: Decimal | None) -> Decimal | None:
    if not a or not b:
        return None
    return max(a, b) / min(a, b)


# Records


def build(mentions: Sequence[Mention], overrides: Sequence[Override] = ()) -> tuple[
    list[CanonicalProjectRecord], list[ProjectObservationRecord], list[ProjectLinkRecord], list[Cluster]
]:
    """Link ``mentions`` and return the rows of canonical_projects, project_observations and
    project_links, with the clusters (for themes)."""
    expansions = acronyms(m.name for m in mentions)
    units = group_units(mentions, expansions)
    linked = link_projects(units, overrides, expansions)
    taken: set[str] = set()
    for cluster in linked.projects:
        first = cluster.history[0]
        cluster.id = content_id("project", cluster.body_id, cluster.year, name_key(first.name, expansions))
        if cluster.id in taken:
            cluster.id = content_id("project", cluster.body_id, cluster.year, name_key(first.name, expansions), first.first.id)
        taken.add(cluster.id)
    decisions = linked.decisions + link_series(linked.projects, overrides, expansions)
    projects, observations = [], []
    for cluster in linked.projects:
        history = cluster.history
        descriptions = [m.description for o in history for m in o.mentions if m.description]
        projects.append(
            CanonicalProjectRecord(
                id=cluster.id, series_id=cluster.series_id, financial_year=cluster.year, name=cluster.name,
                name_key=name_key(cluster.name, expansions), description=max(descriptions, key=len, default=None),
                n_papers=len({o.first.paper_id for o in history}), body_id=cluster.body_id,
            )
        )
        for sequence, observation in enumerate(history, start=1):
            chosen = observation.chosen
            observations.append(
                ProjectObservationRecord(
                    id=content_id("project_observations", observation.first.source_project_id, observation.first.paper_id),
                    document_id=chosen.document_id, page_index=chosen.page_index, printed_page=chosen.printed_page,
                    char_start=chosen.char_start, char_end=chosen.char_end, span_text=chosen.span_text,
                    extractor=chosen.extractor, extractor_version=chosen.extractor_version,
                    project_id=cluster.id, source_project_id=chosen.source_project_id, paper_id=chosen.paper_id,
                    paper_date=chosen.paper_date, paper_kind=chosen.paper_kind, sequence=sequence,
                    is_latest=sequence == len(history), financial_year=cluster.year, name=observation.name,
                    amount=chosen.amount, amount_text=chosen.amount_text, status=observation.status,
                    pot=next((m.pot for m in observation.mentions if m.pot), None),
                    recipient=next((m.recipient for m in observation.mentions if m.recipient), None),
                    description=max((m.description for m in observation.mentions if m.description), key=len, default=None),
                    n_mentions=len(observation.mentions), body_id=cluster.body_id,
                )
            )
    return projects, observations, decisions, linked.projects
