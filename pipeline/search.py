"""Full-text search over every loaded paper: BM25 with English stemming, over the index that
``pipeline.search_index`` writes with each document.

A hit is a search unit (the part of one page inside one paper, or one agenda item), so it knows
its printed page, its paper's title and its meeting; the meeting's body and date are joined when
the query runs, so a meeting named by a later document shows up on earlier hits too. Only
current documents are searched: those some input file still holds.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass

import duckdb

from pipeline.errors import WarehouseError
from pipeline import search_index
from pipeline.search_index import load_fts
from schemas.records import SearchUnitRow

__all__ = ["Hit", "Query", "load_fts", "search", "snippet"]

SNIPPET_CHARS = 220
_PHRASE = re.compile(r'"([^"]+)"')
_WORD = re.compile(r"[\w'’-]+")

# The search runs in steps so that units' texts are read for the hits shown
# only: the query's stems (STEMS); the ranked hits with their meeting's body and date, filtered
# and ordered, in narrow rows (``_hits_sql``: BM25 as ``search_index.bm25_sql``, the stems
# written as constants in the filter of ``search_terms``); the shown hits' texts
# and paths (``_shown``). Phrases need texts: the ordered hits are tested in growing chunks until
# ``limit`` pass. tests/test_search_fast.py holds the hits equal to one straightforward query's.
STEMS = f"""
SELECT DISTINCT stem(word, 'english') AS term FROM (SELECT unnest({search_index.tokens_sql("$query")}) AS word)
WHERE word <> '' AND word NOT IN (SELECT word FROM search_stopwords) ORDER BY term
"""
_STEM = re.compile(r"[a-z0-9]+")


def _ranked(stems: list[str]) -> str:
    """``search_index.bm25_sql`` for these stems (a-z and 0-9 only: written as SQL constants)."""
    if not all(_STEM.fullmatch(stem) for stem in stems):
        raise ValueError(f"unexpected stems {stems!r}")
    # Constants, not a join to the query's terms: the scan then skips row groups by their terms'
    # range and filters before the join (one scan for all: one scan a stem cost more CPU).
    listed = ", ".join(f"'{stem}'" for stem in stems)
    return search_index.bm25_sql(f"t.term IN ({listed})", str(len(stems)))


def _hits_sql(stems: list[str]) -> str:
    """(unit_key, row id, score, body, date) of the hits, in the order shown; ``$limit`` rows or
    all (NULL)."""
    return f"""
SELECT r.unit_key, u.rowid, r.score, m.body, m.date
FROM ({_ranked(stems)}) r
JOIN {SearchUnitRow.table} u USING (unit_key)
JOIN documents d ON d.id = u.document_id
LEFT JOIN meetings m ON m.meeting_key = u.meeting_key
WHERE ($body IS NULL OR lower(m.body) LIKE '%' || lower($body) || '%')
  AND ($date_from IS NULL OR m.date >= $date_from)
  AND ($date_to IS NULL OR m.date <= $date_to)
ORDER BY r.score DESC, m.date DESC NULLS LAST, u.id
LIMIT $limit
"""


# Units are read by row id (the hit's, checked against its unit_key: a unit that moved since, in a
# warehouse written meanwhile, is read by key), one scan a row: a filter on unit_key, or a join,
# decompressed every unit's text; a row id decompresses its own vector's only.
_SHOWN_COLUMNS = "unit_key, unit, page_index, printed_number, paper_title, char_start, text, document_id"
_PHRASES = """
SELECT key FROM (SELECT unnest($keys::BIGINT[]) AS key, unnest($texts::VARCHAR[]) AS text)
WHERE list_bool_and(list_transform($phrases::VARCHAR[], phrase -> regexp_matches(text, phrase, 'i')))
"""
_PATHS = "SELECT id, path FROM documents WHERE id IN (SELECT unnest($ids::VARCHAR[]))"


def _by_row(con: duckdb.DuckDBPyConnection, found: list[tuple], columns: str) -> list[tuple]:
    """``columns`` (unit_key first) of the units of these hits (unit_key, row id, ...), read by row
    id (integers: written as SQL constants)."""
    if not found:
        return []
    rows = con.execute(" UNION ALL ".join(
        f"SELECT {columns} FROM {SearchUnitRow.table} WHERE rowid = {int(row)} AND unit_key = {int(key)}"
        for key, row in sorted({(hit[0], hit[1]) for hit in found})
    )).fetchall()
    moved = list({hit[0] for hit in found} - {row[0] for row in rows})
    if moved:
        rows += con.execute(
            f"SELECT {columns} FROM {SearchUnitRow.table} WHERE unit_key IN (SELECT unnest($keys::BIGINT[]))",
            dict(keys=moved),
        ).fetchall()
    return rows


def _shown(con: duckdb.DuckDBPyConnection, found: list[tuple]) -> dict[int, tuple]:
    """The columns shown of each hit's unit, its document's path last, by unit_key."""
    units = _by_row(con, found, _SHOWN_COLUMNS)
    paths = dict(con.execute(_PATHS, dict(ids=list({unit[-1] for unit in units}))).fetchall()) if units else {}
    return {unit[0]: (*unit[1:-1], paths[unit[-1]]) for unit in units}


_FIRST_CHUNK = 16


def _with_phrases(con: duckdb.DuckDBPyConnection, hits: list[tuple], phrases: list[str], limit: int) -> list[tuple]:
    """The first ``limit`` of ``hits`` whose text matches every phrase, testing them in chunks
    (16, then doubling): a rare phrase reads more texts, a common one few."""
    kept: list[tuple] = []
    start, size = 0, _FIRST_CHUNK
    while start < len(hits) and len(kept) < limit:
        chunk = hits[start : start + size]
        keys, texts = zip(*_by_row(con, chunk, "unit_key, text"))
        matching = {row[0] for row in con.execute(_PHRASES, dict(keys=keys, texts=texts, phrases=phrases)).fetchall()}
        kept += [hit for hit in chunk if hit[0] in matching]
        start, size = start + size, size * 2
    return kept[:limit]


def has_index(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the warehouse has a search index written by this code: the tables exist (a warehouse
    from before them has not been migrated) and an ingest recorded writing them."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [SearchUnitRow.table]
    ).fetchall()[0][0]
    return bool(exists) and search_index.is_current(con)


@dataclass(frozen=True)
class Query:
    terms: str
    phrases: tuple[str, ...]

    @classmethod
    def parse(cls, text: str) -> "Query":
        """Quoted parts are phrases (matched as words in order); every word is also a BM25 term."""
        phrases = tuple(" ".join(p.split()) for p in _PHRASE.findall(text) if p.strip())
        return cls(terms=" ".join(_WORD.findall(text)), phrases=phrases)

    def phrase_patterns(self) -> list[str]:
        return [r"\b" + r"[\s\-–]+".join(re.escape(word) for word in phrase.split()) + r"\b" for phrase in self.phrases]

    def highlight_patterns(self) -> list[re.Pattern]:
        """Words as typed, or with an English suffix ('vape' finds 'vapes', 'vaping'), and whole phrases."""
        stems = {re.sub(r"(ing|ed|es|s|e)$", "", word.lower()) or word.lower() for word in _WORD.findall(self.terms)}
        patterns = [re.compile(p, re.I) for p in self.phrase_patterns()]
        patterns += [re.compile(rf"\b{re.escape(stem)}\w*", re.I) for stem in sorted(stems, key=len, reverse=True)]
        return patterns


@dataclass(frozen=True)
class Hit:
    paper_title: str | None
    meeting_date: dt.date | None
    body: str | None
    printed_page: int | None
    page_index: int
    path: str
    score: float
    snippet: str
    highlights: list[tuple[int, int]]
    char_start: int
    unit: str

    def as_dict(self) -> dict:
        data = asdict(self)
        data["meeting_date"] = self.meeting_date.isoformat() if self.meeting_date else None
        return data


def snippet(text: str, query: Query, width: int = SNIPPET_CHARS) -> tuple[str, list[tuple[int, int]]]:
    """A window of ``text`` around the first match, white space collapsed, with the matched spans."""
    flat = " ".join(text.split())
    patterns = query.highlight_patterns()
    anchors = patterns[: len(query.phrases)] or patterns
    first = min((m.start() for p in anchors for m in [p.search(flat)] if m), default=0)
    start = max(0, first - width // 3)
    window = flat[start : start + width]
    prefix = "…" if start > 0 else ""
    suffix = "…" if start + width < len(flat) else ""
    shown = prefix + window + suffix
    spans = sorted({(m.start(), m.end()) for p in patterns for m in p.finditer(shown)})
    merged: list[tuple[int, int]] = []
    for begin, end in spans:
        if merged and begin <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((begin, end))
    return shown, merged


def search(
    con: duckdb.DuckDBPyConnection,
    text: str,
    body: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    limit: int = 10,
) -> list[Hit]:
    """Ranked hits for ``text``; phrases in double quotes must appear as written."""
    query = Query.parse(text)
    if not query.terms:
        return []
    if not has_index(con):
        raise WarehouseError("the warehouse has no search index written by this version yet: run `papers ingest`")
    load_fts(con)
    # A typed word that is a stop word is dropped whole ("don't" would leave "don" to match).
    stop_words = search_index.stopwords()
    terms = " ".join(word for word in query.terms.split() if word.lower().replace("’", "'") not in stop_words)
    stems = [row[0] for row in con.execute(STEMS, dict(query=terms)).fetchall()]
    if not stems:
        return []
    phrases = query.phrase_patterns()
    filters = dict(body=body, date_from=date_from, date_to=date_to, limit=None if phrases else limit)
    found = con.execute(_hits_sql(stems), filters).fetchall()
    if phrases:
        found = _with_phrases(con, found, phrases, limit)
    shown = _shown(con, found)
    hits = []
    for unit_key, _, score, found_body, meeting_date in found:
        unit, page_index, printed, title, char_start, unit_text, path = shown[unit_key]
        snippet_text, spans = snippet(unit_text, query)
        hits.append(
            Hit(title, meeting_date, found_body, printed, page_index, path, score, snippet_text, spans, char_start, unit)
        )
    return hits
