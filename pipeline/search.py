"""Full-text search over every loaded paper, with DuckDB's fts extension (BM25, English stemming).

The index is a table of search units, one per (page, paper) overlap plus one per
agenda item, so a hit knows its printed page, its paper's title and its
meeting. Only current documents are indexed: those some input file still holds. DuckDB's FTS index does not follow its table: ``refresh_index`` rebuilds
it after every ingest that changed anything (``needs_refresh``). The extension is the signed build
shipped on PyPI as ``duckdb-extension-fts``, loaded from its file: nothing is
downloaded at run time.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass
from pathlib import Path

import duckdb

import duckdb_extension_fts
from pipeline import store
from pipeline.errors import WarehouseError

FTS_EXTENSION = (
    Path(duckdb_extension_fts.__file__).parent / "extensions" / f"v{duckdb.__version__}" / "fts.duckdb_extension"
)
SNIPPET_CHARS = 220
STEP = "search_index"
_PHRASE = re.compile(r'"([^"]+)"')
_WORD = re.compile(r"[\w'’-]+")

BUILD_CORPUS = """
CREATE OR REPLACE TABLE search_corpus AS
WITH units AS (
    SELECT
        p.id AS page_id, p.document_id, p.page_index, p.printed_number, p.text AS page_text,
        p.char_start AS page_start, pp.paper_index, pp.title AS paper_title, pp.kind AS paper_kind,
        pp.meeting_key,
        greatest(coalesce(pp.text_start, p.char_start), p.char_start) AS unit_start,
        least(coalesce(pp.text_end, p.char_end), p.char_end) AS unit_end
    FROM pages p
    JOIN documents d ON d.id = p.document_id AND d.status = 'loaded'
    LEFT JOIN papers pp
        ON pp.document_id = p.document_id AND pp.text_start < p.char_end AND pp.text_end > p.char_start
    -- current versions only: a file whose bytes changed no longer points to its old document
    WHERE p.document_id IN (SELECT document_id FROM files)
)
SELECT
    page_id || ':' || coalesce(paper_index, -1) AS id, 'page' AS unit, u.document_id, page_index, printed_number,
    paper_index, paper_title, paper_kind, m.body, m.date AS meeting_date, unit_start AS char_start,
    substr(page_text, unit_start - page_start + 1, unit_end - unit_start) AS text,
    coalesce(paper_title, d.title, '') AS title, d.path
FROM units u
JOIN documents d ON d.id = u.document_id
LEFT JOIN meetings m ON m.meeting_key = u.meeting_key
WHERE unit_end > unit_start
UNION ALL
SELECT
    'agenda:' || a.id, 'agenda_item', a.document_id, a.page_index, a.printed_page, NULL, 'Agenda', 'agenda',
    m.body, m.date, a.char_start, a.number || ' ' || a.title, a.number || ' ' || a.title, d.path
FROM agenda_items a
JOIN documents d ON d.id = a.document_id
LEFT JOIN meetings m ON m.meeting_key = a.meeting_key
WHERE a.document_id IN (SELECT document_id FROM files)
"""

SEARCH = """
SELECT id, unit, document_id, page_index, printed_number, paper_title, body, meeting_date, char_start, text, path, score
FROM (
    SELECT *, fts_main_search_corpus.match_bm25(id, ?, conjunctive := 1) AS score FROM search_corpus
)
WHERE score IS NOT NULL
  AND (? IS NULL OR lower(body) LIKE '%' || lower(?) || '%')
  AND (? IS NULL OR meeting_date >= ?)
  AND (? IS NULL OR meeting_date <= ?)
  AND coalesce(list_bool_and(list_transform(?::VARCHAR[], phrase -> regexp_matches(text, phrase, 'i'))), true)
ORDER BY score DESC, meeting_date DESC NULLS LAST, id
LIMIT ?
"""

# A table macro for notebooks: SELECT * FROM search_pages('vape') (after load_fts).
SEARCH_MACRO = """
CREATE OR REPLACE MACRO search_pages(q) AS TABLE
SELECT * FROM (
    SELECT id, unit, path, printed_number, paper_title, body, meeting_date, text,
           fts_main_search_corpus.match_bm25(id, q) AS score
    FROM search_corpus
) WHERE score IS NOT NULL ORDER BY score DESC
"""


def _inputs() -> dict[str, str]:
    """The index's own code (corpus SQL, tokenizer settings, macro) is what it reads besides the warehouse."""
    return {"code": store.code_sha256(__name__)}


def load_fts(con: duckdb.DuckDBPyConnection) -> None:
    """Load the fts extension from the installed wheel; never from the network."""
    if not FTS_EXTENSION.exists():
        raise WarehouseError(f"the DuckDB fts extension is missing at {FTS_EXTENSION}; reinstall committee-papers")
    con.execute("SET autoinstall_known_extensions = false")
    con.execute(f"LOAD '{FTS_EXTENSION}'")


def has_index(con: duckdb.DuckDBPyConnection) -> bool:
    return bool(
        con.execute(
            "SELECT count(*) FROM information_schema.schemata WHERE schema_name = 'fts_main_search_corpus'"
        ).fetchall()[0][0]
    )


def needs_refresh(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the index is missing or was built before documents were loaded, replaced or
    pointed to by new paths."""
    return not has_index(con) or not store.is_current(con, STEP, _inputs())


def refresh_index(con: duckdb.DuckDBPyConnection, run_id: str | None = None) -> int:
    """Rebuild the search units and their BM25 index in one transaction (a killed run leaves
    the previous index whole), recording the warehouse state it read; returns the number of units."""
    load_fts(con)
    with store.transaction(con):
        con.execute(BUILD_CORPUS)
        con.execute(
            "PRAGMA create_fts_index('search_corpus', 'id', 'title', 'text', stemmer = 'english', "
            "stopwords = 'english', ignore = '(\\.|[^a-z0-9])+', strip_accents = 1, lower = 1, overwrite = 1)"
        )
        con.execute(SEARCH_MACRO)
        store.record_refresh(con, STEP, _inputs(), run_id)
    return con.execute("SELECT count(*) FROM search_corpus").fetchall()[0][0]


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
    load_fts(con)
    if not has_index(con):
        raise WarehouseError("the warehouse has no search index yet: run `papers ingest`")
    # Every word must match (conjunctive), so the index's own stopwords are dropped first.
    stopwords = {row[0] for row in con.execute("SELECT sw FROM fts_main_search_corpus.stopwords").fetchall()}
    terms = " ".join(word for word in query.terms.split() if word.lower() not in stopwords)
    if not terms:
        return []
    rows = con.execute(
        SEARCH,
        [terms, body, body, date_from, date_from, date_to, date_to, query.phrase_patterns(), limit],
    ).fetchall()
    hits = []
    for _, unit, _, page_index, printed, title, found_body, meeting_date, char_start, unit_text, path, score in rows:
        shown, spans = snippet(unit_text, query)
        hits.append(
            Hit(title, meeting_date, found_body, printed, page_index, path, score, shown, spans, char_start, unit)
        )
    return hits
