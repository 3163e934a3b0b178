"""Canonical projects: project mentions linked across papers into one project per financial
year, and projects linked across years into series. Pure functions over plain data; the
warehouse side is ``pipeline.derive``.

Linking works on *units*: a project as one document gives it (``projects`` rows, already merged
by the extractor across that document's papers; two units of one document are never joined).
Projects link within one body (``pipeline.bodies``) unless an override joins them; projects
without a body link only within their document (nothing says two documents' unattributed
'Harbour Line' are one funder's project). Within a body and a year a unit joins the existing
project whose normalised names score best with rapidfuzz ``token_sort_ratio``:

- 100 (same normalised name): linked, whatever the amounts (a changed amount is history);
- >= ``SIMILAR``: linked only when the amounts agree (within £1 or 1%);
- >= ``NEAR``: not linked, but the near miss is stored for review.

Across years, projects join a series (at most one project per year) on the same rules, with the
amount guard a factor of ``SERIES_AMOUNT_RATIO``. Every decision is kept with its score and rule;
an override file (``warehouse/link_overrides.csv``) forces or forbids links.

Name matching lives in ``pipeline.canonical_names``, the mentions, units and clusters in
``pipeline.canonical_units``; both are re-exported here.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Callable, Sequence, TypeVar

from pipeline.canonical_names import acronyms, amounts_agree, name_key, name_score
from pipeline.canonical_units import Cluster, Mention, Observation, Unit, group_units
from pipeline.ids import DisjointSets, content_id
from schemas.records import CanonicalProjectRow, ProjectLinkRow, ProjectObservationRow

__all__ = [
    "Cluster", "Mention", "Observation", "Override", "Unit", "acronyms", "amounts_agree", "build",
    "group_units", "link_projects", "link_series", "name_key", "name_score", "read_overrides",
]

SIMILAR = 88.0
NEAR = 70.0
SERIES_SIMILAR = 90.0
SERIES_AMOUNT_RATIO = Decimal(2)
OVERRIDE_ACTIONS = ("same_project", "different_project", "same_series", "different_series")

_HEX_ID = re.compile(r"[0-9a-f]{24}")
_YEAR_NAME = re.compile(r"(\d{4}/\d{2})\s*:\s*(.+)")
_Linkable = TypeVar("_Linkable", Unit, Cluster)


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
    decisions: list[ProjectLinkRow] = field(default_factory=list)


def _decision(level, left_id, right_id, left, right, score, rule, decision, detail) -> ProjectLinkRow:
    def side(x):
        if isinstance(x, Unit):
            return x.observations[0].name, x.financial_year, x.amount
        if isinstance(x, Cluster):
            return x.name, x.year, x.amount
        return None, None, None

    left_name, left_year, left_amount = side(left)
    right_name, right_year, right_amount = side(right)
    return ProjectLinkRow(
        id=content_id(level, left_id, right_id, rule), level=level, left_id=left_id, right_id=right_id,
        left_name=left_name, right_name=right_name, left_year=left_year, right_year=right_year,
        left_amount=left_amount, right_amount=right_amount,
        score=None if score is None else round(float(score), 1), rule=rule, decision=decision, detail=detail,
    )


def _resolve(ref: str, items: list[_Linkable], ids: Callable[[_Linkable], set[str]], year: Callable[[_Linkable], str | None],
             expansions: dict[str, str]) -> list[_Linkable]:
    """The units or projects an override's ``left``/``right`` names: by id (one of ``ids``), or
    ``YYYY/YY:name`` (that ``year``, a matching name key)."""
    if _HEX_ID.fullmatch(ref):
        return [item for item in items if ref in ids(item)]
    match = _YEAR_NAME.fullmatch(ref)
    if not match:
        return []
    key = name_key(match.group(2), expansions)
    return [item for item in items if year(item) == match.group(1) and key in item.keys]


def _apply_overrides(
    level: str,
    overrides: Sequence[Override],
    sets: DisjointSets[str],
    resolve: Callable[[str], list[_Linkable]],
    key: Callable[[_Linkable], str],
    refuse: Callable[[list[_Linkable], list[_Linkable]], str | None] = lambda left, right: None,
    refuse_pair: Callable[[_Linkable, _Linkable], str | None] = lambda a, b: None,
) -> tuple[set[frozenset[str]], list[ProjectLinkRow]]:
    """Apply the ``same_<level>`` and ``different_<level>`` override rows: join their pairs in
    ``sets`` or keep them apart (the pairs returned), with a decision for each. A ``same_`` row
    is refused whole when ``refuse`` gives a reason, or pair by pair when ``refuse_pair`` does."""
    decisions: list[ProjectLinkRow] = []
    apart: set[frozenset[str]] = set()
    for override in (o for o in overrides if o.action in (f"same_{level}", f"different_{level}")):
        same = override.action == f"same_{level}"
        row = f"override row {override.line}"
        left, right = resolve(override.left), resolve(override.right)
        if not left or not right:
            missing = override.left if not left else override.right
            decisions.append(_decision(level, override.left, override.right or None, None, None, None, "override",
                                       "override_unmatched", f"{row}: {missing!r} matches no project"))
            continue
        reason = refuse(left, right) if same else None
        if reason:
            decisions.append(_decision(level, override.left, override.right, left[0], right[0], None, "override",
                                       "override_rejected", f"{row}: {reason}"))
            continue
        for a in left:
            for b in right:
                reason = refuse_pair(a, b) if same else None
                if reason:
                    decisions.append(_decision(level, key(a), key(b), a, b, None, "override", "override_rejected", f"{row}: {reason}"))
                    continue
                if same:
                    sets.join(key(a), key(b))
                else:
                    apart.add(frozenset((key(a), key(b))))
                decisions.append(_decision(level, key(a), key(b), a, b, None, "override",
                                           "linked" if same else "not_linked", override.note or row))
    return apart, decisions


def link_projects(units: list[Unit], overrides: Sequence[Override], expansions: dict[str, str]) -> Linked:
    """Units into canonical projects, one financial year each (see the module docstring)."""
    sets = DisjointSets(u.source_project_id for u in units)
    apart, decisions = _apply_overrides(
        "project", overrides, sets,
        resolve=lambda ref: _resolve(ref, units, lambda u: {u.source_project_id}, lambda u: u.financial_year, expansions),
        key=lambda u: u.source_project_id,
        refuse=lambda left, right: None if {u.financial_year for u in left + right} == {left[0].financial_year}
        else "a project has one financial year; use same_series",
    )
    groups = sets.groups(units, key=lambda u: u.source_project_id)
    clusters: list[Cluster] = []
    # The clusters of each body and year, in creation order, with their keys, documents and sources kept up
    # to date (recomputing them for every comparison made linking quadratic in a large warehouse).
    by_year: dict[tuple, list[tuple[Cluster, set[str], set[str], set[str]]]] = {}

    def add(cluster: Cluster) -> None:
        clusters.append(cluster)
        by_year.setdefault((cluster.body_id, cluster.year), []).append((cluster, cluster.keys, cluster.documents, cluster.sources))

    for members in sorted(groups, key=lambda g: (g[0].financial_year or "", min(u.order for u in g))):
        group = Cluster(list(members), members[0].financial_year, body_id=members[0].body_id)
        group_keys, group_documents, group_sources = group.keys, group.documents, group.sources
        best: tuple[float, tuple[Cluster, set[str], set[str], set[str]], Unit] | None = None
        for entry in by_year.get((group.body_id, group.year), ()) if group.body_id is not None else ():
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


def link_series(projects: list[Cluster], overrides: Sequence[Override], expansions: dict[str, str]) -> list[ProjectLinkRow]:
    """Set ``series_id`` on every project: recurring initiatives across years share one."""
    sets = DisjointSets(p.id for p in projects)
    apart, decisions = _apply_overrides(
        "series", overrides, sets,
        resolve=lambda ref: _resolve(ref, projects, lambda p: p.sources | {p.id}, lambda p: p.year, expansions),
        key=lambda p: p.id,
        refuse_pair=lambda a, b: "a series has one project per year; use same_project" if a.year == b.year else None,
    )
    # Each series with its years and keys, kept up to date as it grows; series stay within a body,
    # so each body's are listed apart (scanning every body's made linking quadratic in the warehouse).
    series: list[tuple[list[Cluster], set[str | None], set[str]]] = []
    by_body: dict[str | None, list[tuple[list[Cluster], set[str | None], set[str]]]] = {}

    def add(entry: tuple[list[Cluster], set[str | None], set[str]]) -> None:
        series.append(entry)
        by_body.setdefault(entry[0][0].body_id, []).append(entry)

    for members in sorted(sets.groups(projects, key=lambda p: p.id), key=lambda g: (g[0].year or "", g[0].id)):
        years = {p.year for p in members}
        keys = {k for p in members for k in p.keys}
        documents = {d for p in members for d in p.documents}
        best: tuple[float, tuple[list[Cluster], set[str | None], set[str]]] | None = None
        if None not in years:
            for entry in by_body.get(members[0].body_id, ()):
                existing, existing_years, existing_keys = entry
                if years & existing_years or None in existing_years:
                    continue
                if members[0].body_id is None and not documents & {d for p in existing for d in p.documents}:
                    continue  # no body: a series across documents is not evidenced
                if apart and any(frozenset((a.id, b.id)) in apart for a in existing for b in members):
                    continue
                score = name_score(keys, existing_keys)
                if best is None or score > best[0]:
                    best = (score, entry)
        if best is None or best[0] < NEAR:
            add((list(members), years, keys))
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
            add((list(members), years, keys))
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
    list[CanonicalProjectRow], list[ProjectObservationRow], list[ProjectLinkRow], list[Cluster]
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
            CanonicalProjectRow(
                id=cluster.id, series_id=cluster.series_id, financial_year=cluster.year, name=cluster.name,
                name_key=name_key(cluster.name, expansions), description=max(descriptions, key=len, default=None),
                n_papers=len({o.first.paper_id for o in history}), body_id=cluster.body_id,
            )
        )
        for sequence, observation in enumerate(history, start=1):
            chosen = observation.chosen
            observations.append(
                ProjectObservationRow(
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
