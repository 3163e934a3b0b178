"""Bodies: which committee, partnership, commissioner or panel each funding fact belongs to.

A fact's body is read from evidence, strongest first, and the evidence is kept with it
(``fact_bodies``), with the span of the stored row that printed it (``page_bodies.evidence_columns``):

1. the paper itself: its meeting heading (agenda header, minutes heading, meeting page), its
   report ``To:`` line, a decision record's header (``OFFICE OF THE ... COMMISSIONER`` above
   ``DECISION NOTICE``, the stored ``decision_headers``), else the one known body named in the funding sentence;
2. the pack or meeting it came in (the other papers of its document);
3. the one funder the page's prose names (``page_funder``: a press page's 'Anyshire Council has
   awarded', 'the Commissioner's Community Fund'), else the body its first lines are a heading of
   (``page_heading``: 'Decisions of the Anyshire Combined Authority'); both read from the stored
   ``funder_mentions`` (``pipeline/page_bodies.py``), the naming span kept with the evidence;
4. the committee it was fetched from (``fetched_files`` and ``source_meetings``).

A fact no evidence names is never given another body: its body is null and ``data_quality``
lists it (``unresolved_body``). A name every council uses ('Cabinet', 'Parish Council') says no
more than that: it is qualified by the site a paper was fetched from, else by the document that
prints it (two councils' cabinets loaded from files stay two bodies), unless ``bodies.csv`` names it. Names are compared normalised (``body_key``);
``warehouse/bodies.csv`` maps aliases ('KCSP') onto a name and sets a body's kind and parent.
The funder and recipient of an allocation are those its sentence names (the stored ``allocation_parties``).
"""

from __future__ import annotations

import bisect
import csv
import io
import re
import typing
from collections import Counter
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

import duckdb

from pipeline import page_bodies
from pipeline.ids import content_id
from schemas.facts import ProjectStatus
from schemas.records import BodyEvidence, BodyKind, BodyRow, DataQualityRow, FactBodyRow

_SMALL = frozenset({"of", "and", "for", "the", "in", "on", "to", "a", "an", "at"})
_BRACKETED = re.compile(r"\s*\(([A-Z][A-Za-z]{1,7})\)")
_WORD = re.compile(r"[a-z0-9]+")


def default_path() -> Path:
    return Path(str(files("warehouse") / "bodies.csv"))



def body_key(name: str) -> str:
    """Comparable form of a body's name: lower case, '&' as 'and', a bracketed acronym and
    punctuation dropped, a leading 'the' or 'office of the' dropped, a trailing 'meeting'
    dropped, and a partnership's 'board' (the board is how the partnership meets)."""
    words = _WORD.findall(_BRACKETED.sub("", name).lower().replace("&", " and "))
    while words and words[0] == "the":
        words = words[1:]
    if words[:2] == ["office", "of"]:
        words = words[3:] if words[2:3] == ["the"] else words[2:]
    while words and words[-1] in ("meeting", "meetings"):
        words = words[:-1]
    if len(words) > 1 and words[-1] == "board" and words[-2] == "partnership":
        words = words[:-1]
    return " ".join(words)


def display_name(printed: str) -> str:
    """A printing fit to show: an all-capitals heading in title case, small words lower case."""
    printed = " ".join(printed.split()).strip(" .,:;–-")
    if printed.isupper() and len(printed) > 6:
        words = printed.lower().split()
        printed = " ".join(w if (i and w in _SMALL) else w[:1].upper() + w[1:] for i, w in enumerate(words))
    return printed


# Words of the names every council uses ('Cabinet', 'Community Safety Partnership', 'Police and
# Crime Panel'): a name made of them alone does not say which council's body it is.
_VOCABULARY = frozenset(
    "police crime commissioner commissioners community communities safety safer partnership partnerships board "
    "committee subcommittee sub council cabinet panel office of the and for fire combined authority executive "
    "full overview scrutiny joint strategic parish town county district borough city".split()
)


def is_generic(key: str) -> bool:
    """The normalised name is made of shared vocabulary only: it names no place."""
    return bool(key) and set(key.split()) <= _VOCABULARY


def classify(key: str) -> str:
    """The kind of body a normalised name reads as (the vocabulary recurs across councils)."""
    words = set(key.split())
    if "panel" in words:
        return "panel"
    if "combined authority" in key:
        return "combined_authority"
    if "commissioner" in words or words & {"pcc", "opcc", "pfcc", "opfcc"}:
        return "pcc"
    if "partnership" in words and ("safety" in words or "safer" in words or "crime" in words) or key.endswith("csp"):
        return "community_safety_partnership"
    if words & {"committee", "subcommittee", "cabinet", "board", "executive", "forum", "scrutiny"}:
        return "council_committee"
    if "council" in words:
        return "council"
    return "other"


@dataclass(frozen=True)
class Directory:
    """warehouse/bodies.csv: aliases onto names, kinds and parents, by normalised name."""

    canonical: dict[str, str] = field(default_factory=dict)  # alias key -> name key
    printed: dict[str, str] = field(default_factory=dict)  # alias key -> the alias as the file writes it
    names: dict[str, str] = field(default_factory=dict)  # name key -> the name as the file writes it
    kinds: dict[str, BodyKind] = field(default_factory=dict)
    parents: dict[str, str] = field(default_factory=dict)  # name key -> parent name key

    def key(self, printed: str) -> str:
        key = body_key(printed)
        return self.canonical.get(key, key)


KINDS: tuple[BodyKind, ...] = typing.get_args(BodyKind)


def read_directory(text: str) -> Directory:
    """Rows ``name,alias,kind,parent`` (lines starting '#' are comments); every column but name may be empty."""
    lines = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    directory = Directory()
    for number, row in enumerate(csv.DictReader(io.StringIO("\n".join(lines))), start=1):
        name = (row.get("name") or "").strip()
        if not name:
            raise ValueError(f"bodies.csv row {number}: a name is needed")
        key = body_key(name)
        directory.names.setdefault(key, name)
        alias = (row.get("alias") or "").strip()
        if alias:
            directory.canonical[body_key(alias)] = key
            directory.printed[body_key(alias)] = alias
        kind = (row.get("kind") or "").strip()
        if kind:
            if kind not in KINDS:
                raise ValueError(f"bodies.csv row {number}: kind {kind!r} is not one of {', '.join(KINDS)}")
            directory.kinds[key] = kind
        parent = (row.get("parent") or "").strip()
        if parent:
            directory.parents[key] = body_key(parent)
    for alias, key in list(directory.canonical.items()):
        directory.canonical[alias] = directory.canonical.get(key, key)
    directory.parents.update({k: directory.canonical.get(v, v) for k, v in directory.parents.items()})
    return directory


# Funder and recipient, when the allocation's sentence names them (``allocation_parties``, read at load).

_PARTIES = """
SELECT a.document_id, a.amount_start, a.reading, a.name, a.own_body, a.page_index, a.printed_page, a.char_start, a.char_end,
       a.span_text FROM allocation_parties a
JOIN documents d ON d.id = a.document_id AND d.status = 'loaded'
"""
_READINGS = (("funder", "funder_by_or_from"), ("recipient", "recipient_awarded"))


Party = tuple[str | None, page_bodies.Span | None]  # a name and the span that printed it


def parties(named: dict[str, tuple[str, bool, page_bodies.Span | None]], body_name: str | None = None) -> tuple[Party, Party]:
    """(funder, recipient) from an allocation's stored readings (reading -> (name, own_body, span)), each (None, None)
    when its sentence names none: the first reading of each, a name of the paper's own body ('the Partnership')
    being ``body_name`` (the next reading when there is none); neither when both are one body."""
    chosen: list[Party] = []
    for readings in _READINGS:
        names = ((named[r][0] if not named[r][1] else body_name, named[r][2]) for r in readings if r in named)
        chosen.append(next((party for party in names if party[0]), (None, None)))
    funder, recipient = chosen
    if funder[0] and recipient[0] and body_key(funder[0]) == body_key(recipient[0]):
        return (None, None), (None, None)
    return funder, recipient


# Resolution


@dataclass
class Fact:
    table: str
    id: str
    document_id: str
    char_start: int
    sentence: str
    recipient: str | None
    status: ProjectStatus | None
    trace: tuple  # page_index, printed_page, char_start, char_end, span_text, extractor, extractor_version
    financial_year: str | None


_FACTS = """
SELECT 'allocations', a.id, a.document_id, a.char_start, a.sentence, NULL, NULL, a.page_index, a.printed_page,
       a.char_start, a.char_end, a.span_text, a.extractor, a.extractor_version, a.financial_year
FROM allocations a JOIN documents d ON d.id = a.document_id AND d.status = 'loaded'
UNION ALL
SELECT 'projects', p.id, p.document_id, p.char_start, p.span_text, p.recipient, p.status, p.page_index, p.printed_page,
       p.char_start, p.char_end, p.span_text, p.extractor, p.extractor_version, p.financial_year
FROM projects p JOIN documents d ON d.id = p.document_id AND d.status = 'loaded'
ORDER BY 3, 4, 2
"""
_SPAN = "{0}.page_index, {0}.printed_page, {0}.char_start, {0}.char_end, {0}.span_text"
_PAPERS = f"""
SELECT p.document_id, p.text_start, p.text_end, p.paper_index, p.meeting_key, h.office, {_SPAN.format("h")}
FROM papers p
JOIN documents d ON d.id = p.document_id AND d.status = 'loaded'
LEFT JOIN decision_headers h ON h.document_id = p.document_id AND h.paper_start = p.text_start
ORDER BY 1, 2
"""
_MEETINGS = f"""
SELECT m.document_id, m.meeting_key, m.body, m.source, {_SPAN.format("m")} FROM meeting_mentions m
JOIN documents d ON d.id = m.document_id AND d.status = 'loaded' ORDER BY m.document_id, m.char_start
"""
_REPORTS = f"""
SELECT r.document_id, r.paper_index, r.to_body, {_SPAN.format("r")} FROM reports r
JOIN documents d ON d.id = r.document_id AND d.status = 'loaded' WHERE r.to_body IS NOT NULL ORDER BY r.char_start
"""
_FETCHED = """
SELECT f.sha256, f.site, coalesce(s.committee_title, m.committee_title) FROM fetched_files f
LEFT JOIN source_meetings s ON s.site = f.site AND s.meeting_id = f.meeting_id
LEFT JOIN (SELECT site, committee_id, any_value(committee_title) AS committee_title FROM source_meetings
           WHERE committee_title IS NOT NULL GROUP BY ALL) m ON m.site = f.site AND m.committee_id = f.committee_id
ORDER BY f.is_current, f.fetched_at
"""
_FILES = "SELECT id, path FROM documents WHERE status = 'loaded'"


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[tuple]:
    return con.execute(sql).fetchall()


class Evidence(typing.NamedTuple):
    """What named a fact's body: the evidence kind, the name as printed, and the span of the row that printed it
    (``page_bodies.Span``: the meeting mention, report, decision header or funder mention) when there is one."""

    kind: BodyEvidence
    text: str
    span: page_bodies.Span | page_bodies.Naming | None = None


@dataclass
class Resolved:
    bodies: list[BodyRow]
    facts: list[FactBodyRow]
    unresolved: list[DataQualityRow]
    body_of: dict[str, str | None]  # fact id -> body id


def resolve(con: duckdb.DuckDBPyConnection, directory: Directory | None = None) -> Resolved:
    """Resolve the body of every funding fact of the loaded documents (see the module docstring)."""
    directory = directory or Directory()
    span = page_bodies.Span
    papers: dict[str, list[tuple]] = {}
    for doc, start, end, index, meeting_key, office, *where in _rows(con, _PAPERS):
        papers.setdefault(doc, []).append((start, end, index, meeting_key, Evidence("decision_header", office, span(*where)) if office else None))
    meetings: dict[str, list[tuple[str | None, str, str, page_bodies.Span]]] = {}
    for doc, meeting_key, body, source, *where in _rows(con, _MEETINGS):
        meetings.setdefault(doc, []).append((meeting_key, body, source, span(*where)))
    reports: dict[tuple[str, int], tuple[str, page_bodies.Span]] = {}
    to_lines: dict[str, list[tuple[str, page_bodies.Span]]] = {}
    for doc, index, to_body, *where in _rows(con, _REPORTS):
        if index is not None:
            reports.setdefault((doc, index), (to_body, span(*where)))
        to_lines.setdefault(doc, []).append((to_body, span(*where)))
    fetched: dict[str, tuple[str, str | None]] = {sha: (site, title) for sha, site, title in _rows(con, _FETCHED)}
    named_parties: dict[tuple[str, int], dict[str, tuple[str, bool, page_bodies.Span]]] = {}
    for doc, amount_start, reading, name, own_body, *where in _rows(con, _PARTIES):
        named_parties.setdefault((doc, amount_start), {}).setdefault(reading, (name, own_body, page_bodies.Span(*where)))
    file_names = {doc: Path(path).name for doc, path in _rows(con, _FILES)}
    facts = [Fact(t, i, d, c, s or "", r, st, tuple(tr), fy) for t, i, d, c, s, r, st, *tr, fy in _rows(con, _FACTS)]

    printings: dict[str, Counter] = {}
    sites: dict[str, Counter] = {}

    def qualifier(printed: str, document_id: str | None) -> tuple[str, str] | None:
        """(key suffix, shown suffix) of a generic name ('Cabinet'): the site a paper was fetched
        from, else its document (the key by its SHA-256, shown by its file name), so that two
        councils' cabinets stay two bodies; None for a name that says which body it is."""
        key = directory.key(printed)
        if not is_generic(key) or key in directory.names or document_id is None:
            return None
        if document_id in fetched:
            return fetched[document_id][0], fetched[document_id][0]
        return f"document {document_id[:12]}", file_names.get(document_id, document_id[:12])

    def key_of(printed: str, document_id: str | None) -> str:
        key, qualified = directory.key(printed), qualifier(printed, document_id)
        return f"{key} ({qualified[0]})" if qualified else key

    def note(printed: str, document_id: str | None) -> str:
        key, qualified = key_of(printed, document_id), qualifier(printed, document_id)
        shown = display_name(printed)
        printings.setdefault(key, Counter())[f"{shown} ({qualified[1]})" if qualified else shown] += 1
        if document_id in fetched:
            sites.setdefault(key, Counter())[fetched[document_id][0]] += 1
        return key

    starts = {doc: [r[0] for r in rows] for doc, rows in papers.items()}

    def paper_evidence(fact: Fact) -> Evidence | None:
        rows = papers.get(fact.document_id, [])
        at = bisect.bisect_right(starts.get(fact.document_id, []), fact.char_start) - 1
        if at < 0 or fact.char_start >= rows[at][1]:
            return None
        _, _, index, meeting_key, decision = rows[at]
        headings = [(b, s, w) for k, b, s, w in meetings.get(fact.document_id, []) if meeting_key and k == meeting_key]
        heading = next(((b, w) for b, s, w in headings if s != "report_header"), None)
        if heading:
            return Evidence("meeting_heading", *heading)
        to_body = reports.get((fact.document_id, index)) or next(((b, w) for b, s, w in headings if s == "report_header"), None)
        if to_body:
            return Evidence("report_to", *to_body)
        return decision  # the office a decision record's header names (``decision_headers``)

    def pack_evidence(fact: Fact) -> Evidence | None:
        named = [(b, w) for _, b, _, w in meetings.get(fact.document_id, [])] + to_lines.get(fact.document_id, [])
        if not named:
            return None
        counts = Counter(directory.key(b) for b, _ in named)
        best, n = counts.most_common(1)[0]
        if list(counts.values()).count(n) > 1:
            return None  # a pack of two bodies, evenly: the pack does not say which
        return Evidence("pack_meeting", *next((b, w) for b, w in named if directory.key(b) == best))

    evidence: dict[str, Evidence | None] = {}
    for fact in facts:
        found = paper_evidence(fact)
        evidence[fact.id] = found
        if found:
            note(found.text, fact.document_id)
    prose: dict[str, Evidence | None] = {}  # document -> the funder its prose or heading names
    namings = page_bodies.load(con)
    known = {k for k in set(printings) | set(directory.names) | set(directory.canonical) if not is_generic(k)}
    for fact in facts:
        if evidence[fact.id]:
            continue
        words = " " + " ".join(_WORD.findall(_BRACKETED.sub(lambda m: " " + m.group(1), fact.sentence).lower())) + " "
        named = {directory.canonical.get(k, k) for k in known if k and f" {k} " in words}
        if len(named) == 1:
            printed = directory.names.get(next(iter(named))) or next(iter(printings.get(next(iter(named)), {"": 0})))
            if printed:
                evidence[fact.id] = Evidence("funding_sentence", printed)
                note(printed, fact.document_id)
                continue
        found = pack_evidence(fact)
        if not found:
            if fact.document_id not in prose:
                on_page = namings.get(fact.document_id, [])
                funder = page_bodies.page_funder(on_page, directory.key)
                heading = None if funder else page_bodies.page_heading(on_page)
                prose[fact.document_id] = (
                    Evidence("page_funder", funder.body, funder) if funder
                    else Evidence("page_heading", heading.body, heading) if heading else None
                )
            found = prose[fact.document_id]
        if not found and fact.document_id in fetched and fetched[fact.document_id][1]:
            found = Evidence("fetched_committee", fetched[fact.document_id][1])
        evidence[fact.id] = found
        if found:
            note(found.text, fact.document_id)

    for key in list(directory.parents.values()):
        if key not in printings and key in directory.names:
            note(directory.names[key], None)
    ids = {key: content_id("body", key) for key in printings}
    names = {key: directory.names.get(key) or printings[key].most_common(1)[0][0] for key in printings}

    fact_rows, unresolved, body_of = [], [], {}
    counts: Counter = Counter()
    for fact in facts:
        found = evidence[fact.id]
        key = key_of(found.text, fact.document_id) if found else None
        body_id = ids.get(key) if key else None
        body_of[fact.id] = body_id
        counts[key] += 1
        name = names.get(key) if key else None
        own: Party = (name, found.span if found else None)  # the body itself, where its evidence printed it
        if fact.table == "allocations":
            funder, recipient = parties(named_parties.get((fact.document_id, fact.char_start), {}), name)
            if funder[0] is None and found and (found.kind == "page_funder" or found.kind == "decision_header" and recipient[0]):
                funder = own  # a decision record's office awards; the page's prose names its funder
        else:
            awarded = fact.status in ("approved", "in_progress", "completed")
            funder = own if awarded and found and found.kind != "funding_sentence" else (None, None)
            named = fact.recipient if fact.recipient and fact.recipient[:1].isupper() else None
            recipient = (named, page_bodies.Span(*fact.trace[:5])) if named else (None, None)
        fact_rows.append(FactBodyRow(
            fact_id=fact.id, fact_table=fact.table, document_id=fact.document_id, body_id=body_id,
            evidence=found.kind if found else None, evidence_text=found.text if found else None,
            **page_bodies.evidence_columns(found.span if found else None), funder=funder[0], recipient=recipient[0],
            **page_bodies.party_columns("funder", funder[1] if funder[0] else None),
            **page_bodies.party_columns("recipient", recipient[1] if recipient[0] else None),
        ))
        if body_id is None:
            page_index, printed_page, start, end, span, extractor, version = fact.trace
            unresolved.append(DataQualityRow(
                id=content_id("unresolved_body", fact.id), document_id=fact.document_id, page_index=page_index,
                printed_page=printed_page, char_start=start, char_end=end, span_text=span, extractor=extractor,
                extractor_version=version, check_name="unresolved_body", result="unresolved",
                financial_year=fact.financial_year, stated=None, stated_text=None, computed=None, difference=None,
                detail=f"{fact.table} {fact.id}: no meeting heading, report To:, decision header, body named in the "
                "sentence, meeting of its pack, funder in the page's prose or fetched committee names a body; left out of the funding views",
            ))
    bodies = []
    for key, printed in printings.items():
        parent = directory.parents.get(key)
        aliases = sorted({p for p in printed if p != names[key]} | {directory.printed[a] for a, k in directory.canonical.items() if k == key and a != key})
        bodies.append(BodyRow(
            id=ids[key], name=names[key], name_key=key, kind=directory.kinds.get(key) or classify(key),
            parent_id=ids.get(parent) if parent else None,
            site=sites[key].most_common(1)[0][0] if key in sites else None, aliases=aliases, n_facts=counts[key],
        ))
    return Resolved(sorted(bodies, key=lambda b: b.name), fact_rows, unresolved, body_of)
