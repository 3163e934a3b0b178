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
from pipeline.search_index import load_fts, ranked_sql
from schemas.records import SearchUnitRow

__all__ = ["Hit", "Query", "load_fts", "search", "snippet"]

SNIPPET_CHARS = 220
_PHRASE = re.compile(r'"([^"]+)"')
_WORD = re.compile(r"[\w'’-]+")

SEARCH = f"""
SELECT u.unit, u.page_index, u.printed_number, u.paper_title, m.body, m.date, u.char_start, u.text, d.path, r.score
FROM ({ranked_sql("$query")}) r
JOIN {SearchUnitRow.table} u USING (unit_key)
JOIN documents d ON d.id = u.document_id
LEFT JOIN meetings m ON m.meeting_key = u.meeting_key
WHERE ($body IS NULL OR lower(m.body) LIKE '%' || lower($body) || '%')
  AND ($date_from IS NULL OR m.date >= $date_from)
  AND ($date_to IS NULL OR m.date <= $date_to)
  AND coalesce(list_bool_and(list_transform($phrases::VARCHAR[], phrase -> regexp_matches(u.text, phrase, 'i'))), true)
ORDER BY r.score DESC, m.date DESC NULLS LAST, u.id
LIMIT $limit
"""


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
    parameters = dict(
        query=terms, body=body, date_from=date_from, date_to=date_to,
        phrases=query.phrase_patterns(), limit=limit,
    )
    hits = []
    for unit, page_index, printed, title, found_body, meeting_date, char_start, unit_text, path, score in con.execute(
        SEARCH, parameters
    ).fetchall():
        shown, spans = snippet(unit_text, query)
        hits.append(
            Hit(title, meeting_date, found_body, printed, page_index, path, score, shown, spans, char_start, unit)
        )
    return hits
