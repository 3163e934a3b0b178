"""The search index, written document by document: units (a page's text within one paper, or one
agenda item) and the stemmed terms of each, in the transaction that loads the document.

Nothing here reads the warehouse on a load: the units are made from the document's own rows and
their words counted where the document is parsed (``units``, in the worker process); the writer
stems each distinct word in SQL and appends the terms. BM25's statistics
(number of units, average length, document frequencies) are computed when a query runs
(``pipeline.search``), over the current documents only. Tokens are those of DuckDB's fts
extension (lower case, accents stripped, split on anything but a-z and 0-9, English stop words
dropped, Snowball English stemmer), so the extension is loaded for its ``stem`` function; it is
the signed build shipped on PyPI as ``duckdb-extension-fts``, loaded from its file: nothing is
downloaded at run time.

``reindex`` indexes every loaded document again, one at a time, when this module changed since
the index was written (``needs_reindex``): the tokens or the units would no longer agree.
"""

from __future__ import annotations

import hashlib
import string
import threading
import unicodedata
from collections import Counter
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Sequence

import duckdb
import duckdb_extension_fts
from pipeline import store
from pipeline.errors import KeyConflict, WarehouseError
from schemas.records import AgendaItemRow, PageRow, PaperRow, SearchTermRow, SearchUnitRow

FTS_EXTENSION = (
    Path(duckdb_extension_fts.__file__).parent / "extensions" / f"v{duckdb.__version__}" / "fts.duckdb_extension"
)
STEP = "search_index"
# BM25 parameters: those of the fts extension.
K1 = 1.2
B = 0.75


def tokens_sql(text: str) -> str:
    """SQL for the words of ``text`` (an SQL expression), as fts's ``tokenize`` macro splits them."""
    return f"string_split_regex(regexp_replace(lower(strip_accents(CAST({text} AS VARCHAR))), '(\\.|[^a-z0-9])+', ' ', 'g'), '\\s+')"


_ALNUM = frozenset(string.ascii_lowercase + string.digits)


class _FoldTable(dict):
    """``str.translate`` table doing what ``tokens_sql`` does to each character: lower case and
    accents stripped (every mark removed), then a-z and 0-9 kept and anything else a separator.
    Filled on first sight of each character. A test holds it equal to DuckDB on every code point."""

    def __missing__(self, code: int) -> str:
        kept = "".join(c for c in unicodedata.normalize("NFD", chr(code)) if not unicodedata.category(c).startswith("M"))
        folded = "".join(c if c in _ALNUM else " " for c in kept.lower())
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def _unknown_to_python(char: str) -> bool:
    return not char.isascii() and unicodedata.category(char) == "Cn"


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """The English stop words of DuckDB's fts extension (``warehouse/search_stopwords.txt``)."""
    text = (files("warehouse") / "search_stopwords.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def words(text: str) -> list[str] | None:
    """The words of ``text`` as ``tokens_sql`` splits them; None when the text holds a character
    this Python's Unicode database does not know (DuckDB's may know it as a mark): the writer
    then asks DuckDB (``index_document``)."""
    if not text.isascii() and any(_unknown_to_python(c) for c in set(text)):
        return None
    return text.translate(_FOLD).split()


def count_words(tokens: Sequence[str]) -> dict[str, int]:
    """How often each word occurs, stop words left out."""
    excluded = stopwords()
    return dict(Counter(word for word in tokens if word not in excluded))


_UNIT_KEY_BYTES = 8


def unit_key(unit_id: str) -> int:
    """63 bits of the SHA-256 of a unit id: a BIGINT key, the same on every machine and version."""
    return int.from_bytes(hashlib.sha256(unit_id.encode("utf-8")).digest()[:_UNIT_KEY_BYTES], "big") >> 1


def _first_not_none(*values):
    """SQL's coalesce: an empty title is a title."""
    return next(value for value in values if value is not None)


def units(
    document_id: str,
    document_title: str | None,
    pages: Sequence[PageRow],
    papers: Sequence[PaperRow],
    agenda_items: Sequence[AgendaItemRow],
    count: bool = True,
) -> list[dict]:
    """A document's search units (``SearchUnitRow`` fields, and ``words``: ``count_words`` of
    title and text, or None for ``words``'s exception): for each page, its text within each paper
    it overlaps (the whole page when none does), then each agenda item. A worker then calls
    ``add_terms``, so the writer has nothing to stem. ``count=False``: no ``words`` (``count_unit``
    adds them)."""
    found = []
    for page in pages:
        overlapping = [p for p in papers if p.text_start < page.char_end and p.text_end > page.char_start] or [None]
        for paper in overlapping:
            start = max(paper.text_start, page.char_start) if paper else page.char_start
            end = min(paper.text_end, page.char_end) if paper else page.char_end
            if end <= start:
                continue
            unit_id = f"{page.id}:{paper.paper_index if paper else -1}"
            found.append(dict(
                unit_key=unit_key(unit_id), id=unit_id, unit="page", document_id=document_id,
                page_index=page.page_index, printed_number=page.printed_number,
                paper_index=paper.paper_index if paper else None, paper_title=paper.title if paper else None,
                paper_kind=paper.kind if paper else None, meeting_key=paper.meeting_key if paper else None,
                char_start=start, title=_first_not_none(paper.title if paper else None, document_title, ""),
                text=page.text[start - page.char_start : end - page.char_start],
            ))
    for item in agenda_items:
        unit_id = f"agenda:{item.id}"
        heading = f"{item.number} {item.title}"
        found.append(dict(
            unit_key=unit_key(unit_id), id=unit_id, unit="agenda_item", document_id=document_id,
            page_index=item.page_index, printed_number=item.printed_page, paper_index=None, paper_title="Agenda",
            paper_kind="agenda", meeting_key=item.meeting_key, char_start=item.char_start, title=heading, text=heading,
        ))
    if count:
        for unit in found:
            count_unit(unit)
    return found


def count_unit(unit: dict) -> dict:
    """Add ``words`` to ``unit``: ``count_words`` of its title and text, or None (see ``words``)."""
    tokens = words(f"{unit['title']} {unit['text']}")
    unit["words"] = None if tokens is None else count_words(tokens)
    return unit


# Stems of the words seen by this process (a writer, or a worker, sees the same words in every
# document); cleared when full, so memory stays bounded.
_STEMS: dict[str, str] = {}
_STEMS_MAX = 400_000
# A unit's terms and their counts travel as text, each joined by one space (stems hold only a-z
# and 0-9), and DuckDB splits them back: one row a unit to bind instead of one a term.
_INSERT_TERMS = f"""
INSERT INTO {SearchTermRow.table} (document_id, unit_key, term, tf)
SELECT document_id, unit_key, unnest(string_split(terms, ' ')), unnest(string_split(tfs, ' ')::BIGINT[])
FROM (SELECT unnest(?::VARCHAR[]) AS document_id, unnest(?::BIGINT[]) AS unit_key,
             unnest(?::VARCHAR[]) AS terms, unnest(?::VARCHAR[]) AS tfs)
"""


def _stems(con: duckdb.DuckDBPyConnection, words: set[str]) -> dict[str, str]:
    """The Snowball English stem of each word, from DuckDB (fts's ``stem``), remembered. The words
    are SQL literals, not bound: binding any value makes DuckDB import pandas (~0.4 s), which a
    worker otherwise never needs."""
    with _STEMS_LOCK:  # a daemonic Dask worker may parse in several threads
        new = [word for word in words if word not in _STEMS]
        if new:
            if len(_STEMS) + len(new) > _STEMS_MAX:
                _STEMS.clear()
                new = list(words)
            literals = ", ".join("'" + word.replace("'", "''") + "'" for word in new)
            stemmed = con.execute(f"SELECT list_transform([{literals}]::VARCHAR[], word -> stem(word, 'english'))")
            _STEMS.update(zip(new, stemmed.fetchall()[0][0]))
        return {word: _STEMS[word] for word in words}


_STEMS_LOCK = threading.Lock()
_THREAD = threading.local()


def _stemmer() -> duckdb.DuckDBPyConnection:
    """This thread's in-memory DuckDB with fts loaded: a worker stems with the writer's own function."""
    if getattr(_THREAD, "con", None) is None:
        _THREAD.con = duckdb.connect(":memory:")
        load_fts(_THREAD.con)
    return _THREAD.con


def add_terms(found: Sequence[dict], con: duckdb.DuckDBPyConnection | None = None) -> list[dict]:
    """Replace each unit's ``words`` by its stemmed terms, merged: ``terms`` and ``tfs`` (text, one
    space between, in the order each stem first occurs) and ``n_terms``. ``con``: a connection
    with fts loaded (the writer's); by default this process's own (in a worker)."""
    con = con or _stemmer()
    counted = []
    for unit in found:
        unit_words = unit.pop("words", None)
        if unit_words is None:
            tokens = con.execute(_TOKENS, [f"{unit['title']} {unit['text']}"]).fetchall()[0][0]
            unit_words = count_words([t for t in tokens if t])
        counted.append(unit_words)
    stems = _stems(con, {word for unit_words in counted for word in unit_words})
    for unit, unit_words in zip(found, counted):
        by_term: dict[str, int] = {}
        for word, tf in unit_words.items():
            term = stems[word]
            by_term[term] = by_term.get(term, 0) + tf
        unit["terms"] = " ".join(by_term)
        unit["tfs"] = " ".join(map(str, by_term.values()))
        unit["n_terms"] = sum(unit_words.values())
    return list(found)


_TOKENS = f"SELECT {tokens_sql('?')}"

# The units of current documents: loaded, and held by some input file now (a file whose bytes
# changed no longer points to its old document).
CURRENT_UNITS = f"""
SELECT u.* FROM {SearchUnitRow.table} u
JOIN documents d ON d.id = u.document_id AND d.status = 'loaded'
WHERE u.document_id IN (SELECT document_id FROM files)
"""

def bm25_sql(term_filter: str, n_query_terms: str, query_ctes: str = "") -> str:
    """SQL for (unit_key, score) of the current units holding every term of a query, with BM25
    scores as the fts extension computes them (log base 10, k1 1.2, b 0.75, title and text counted
    together), over the current units: ``term_filter`` a condition on ``t.term`` that keeps the
    query's terms, ``n_query_terms`` their number (SQL), ``query_ctes`` CTEs these read."""
    return f"""
WITH {query_ctes}current AS ({CURRENT_UNITS}),
stats AS (SELECT count(*) AS n, avg(n_terms) AS avgdl FROM current),
found AS (
    SELECT t.unit_key, t.term, t.tf, c.n_terms AS len
    FROM {SearchTermRow.table} t JOIN current c ON c.unit_key = t.unit_key
    WHERE {term_filter}
),
df AS (SELECT term, count(*) AS df FROM found GROUP BY term),
scores AS (
    SELECT unit_key, count(*) AS n_matched,
           sum(log(((SELECT n FROM stats) - df + 0.5) / (df + 0.5) + 1)
               * ((tf * ({K1} + 1)) / (tf + {K1} * (1 - {B} + {B} * (len / (SELECT avgdl FROM stats)))))) AS score
    FROM found JOIN df USING (term)
    GROUP BY unit_key
)
SELECT unit_key, score FROM scores WHERE n_matched = {n_query_terms}
"""


def ranked_sql(query: str) -> str:
    """``bm25_sql`` for the words of ``query`` (an SQL expression), stop words aside."""
    terms = f"""query AS (
    SELECT DISTINCT stem(word, 'english') AS term FROM (SELECT unnest({tokens_sql(query)}) AS word)
    WHERE word <> '' AND word NOT IN (SELECT word FROM search_stopwords)
),
"""
    return bm25_sql("t.term IN (SELECT term FROM query)", "(SELECT count(*) FROM query)", terms)


# A table macro for notebooks: SELECT * FROM search_pages('vape') (after load_fts). Like
# ``papers search``, a unit must hold every word (fts's macro, before, took any word).
SEARCH_MACRO = f"""
CREATE OR REPLACE MACRO search_pages(q) AS TABLE
SELECT u.id, u.unit, d.path, u.printed_number, u.paper_title, m.body, m.date AS meeting_date, u.text, r.score
FROM ({ranked_sql("q")}) r
JOIN {SearchUnitRow.table} u USING (unit_key)
JOIN documents d ON d.id = u.document_id
LEFT JOIN meetings m ON m.meeting_key = u.meeting_key
ORDER BY r.score DESC, u.id
"""


def load_fts(con: duckdb.DuckDBPyConnection) -> None:
    """Load the fts extension from the installed wheel (for ``stem``); never from the network."""
    if not FTS_EXTENSION.exists():
        raise WarehouseError(f"the DuckDB fts extension is missing at {FTS_EXTENSION}; reinstall committee-papers")
    con.execute("SET autoinstall_known_extensions = false")
    con.execute(f"LOAD '{FTS_EXTENSION}'")


def check_units(found: Sequence[dict]) -> None:
    """Refuse a unit key repeated within one document (a repeated unit id: a bug). search_units
    declares no key (``TableRow.key_enforced``); a key another document holds (63 bits of
    SHA-256 of ids that differ) is left to the check search_units_keys_are_unique: looking it up
    here scanned the column for every document (3-5 ms at 2,000 packs, growing with the warehouse)."""
    keys = [unit["unit_key"] for unit in found]
    if len(set(keys)) < len(keys):
        raise KeyConflict(f"two search units of document {found[0]['document_id']} have one key (a repeated unit id)")


def index_document(con: duckdb.DuckDBPyConnection, found: Sequence[dict]) -> None:
    """Write a document's search units (``units``) and their terms (call inside the transaction that
    loads it, after ``store.delete_documents_rows``, with fts loaded)."""
    index_documents(con, [found])


def index_documents(con: duckdb.DuckDBPyConnection, documents: Sequence[Sequence[dict]]) -> None:
    """``index_document`` for many documents at once: one statement for their terms and one for
    their units. Units whose terms the worker added (``add_terms``) are written as they are; the
    others are stemmed here, each word once."""
    for found in documents:
        if found:
            check_units(found)
    found = [unit for units_of_one in documents for unit in units_of_one]
    if not found:
        return
    add_terms([unit for unit in found if "terms" not in unit], con)
    with_terms = [unit for unit in found if unit["tfs"]]  # a count is never empty text
    con.execute(_INSERT_TERMS, [
        [unit["document_id"] for unit in with_terms], [unit["unit_key"] for unit in with_terms],
        [unit["terms"] for unit in with_terms], [unit["tfs"] for unit in with_terms],
    ])
    store.append_columns(con, SearchUnitRow, {name: [unit[name] for unit in found] for name in SearchUnitRow.model_fields})


def _delete_units(con: duckdb.DuckDBPyConnection, document_id: str) -> None:
    con.execute(f"DELETE FROM {SearchTermRow.table} WHERE document_id = ?", [document_id])
    con.execute(f"DELETE FROM {SearchUnitRow.table} WHERE document_id = ?", [document_id])


def _stored_units(con: duckdb.DuckDBPyConnection, document_id: str, title: str | None) -> list[dict]:
    """``units`` of a loaded document, from its rows in the warehouse."""
    def rows(model, order: str) -> list:
        fields = list(model.model_fields)
        result = con.execute(
            f"SELECT {', '.join(fields)} FROM {model.table} WHERE document_id = ? ORDER BY {order}", [document_id]
        ).fetchall()
        return [model.model_construct(**dict(zip(fields, row))) for row in result]

    return units(
        document_id, title, rows(PageRow, "page_index"), rows(PaperRow, "paper_index"),
        rows(AgendaItemRow, "char_start, id"),
    )


def _inputs() -> dict[str, str]:
    """What the index's rows depend on besides the documents: this module's code and the stop words."""
    stop_words = (files("warehouse") / "search_stopwords.txt").read_bytes()
    return {"code": store.code_sha256(__name__), "stopwords": hashlib.sha256(stop_words).hexdigest()}


def is_current(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the index was written by this code (a warehouse migrated by ``papers fetch`` but not
    ingested since has empty search tables: not current)."""
    return not needs_reindex(con)


def needs_reindex(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the index was written by other code (or never recorded: a warehouse from before it)."""
    return store.recorded_inputs(con, STEP) != _inputs()


def reindex(con: duckdb.DuckDBPyConnection, run_id: str | None = None) -> int:
    """Index every loaded document again, one transaction each (memory stays that of one document),
    create the notebook macro, and record the code that did it; returns the number of documents.
    A run killed part way leaves every document indexed by either code, and the next run redoes it.
    A document whose units repeat a key (``KeyConflict``: a bug) is left out of search; the check
    ``loaded_documents_are_searchable`` names it."""
    load_fts(con)
    documents = con.execute("SELECT id, title FROM documents WHERE status = 'loaded' ORDER BY id").fetchall()
    for document_id, title in documents:
        try:
            with store.transaction(con):
                _delete_units(con, document_id)
                index_document(con, _stored_units(con, document_id, title))
        except KeyConflict:
            with store.transaction(con):
                _delete_units(con, document_id)
    with store.transaction(con):
        con.execute(SEARCH_MACRO)
        store.record_refresh(con, STEP, _inputs(), run_id)
    if _term_rows(con) >= ORDER_MIN_ROWS:  # every row was written again, in document order
        order_terms(con, run_id)
    return len(documents)


# Term order: ``search_terms`` rewritten sorted by term, so that a query's scan reads the row groups
# of its stems only (their min/max statistics skip the others; at 31.6 million rows, two stems' scan
# took 24 ms CPU instead of 330). Rows appended since stay in load order at the end, which costs a
# search little while they are a quarter of the table; then it is rewritten (``needs_ordering``).
ORDER_STEP = "search_order"
ORDER_MIN_ROWS = 1_000_000
ORDER_GROWTH = 1.25
ORDER_CHUNK_ROWS = 2_000_000
_ORDERED = f"{SearchTermRow.table}_ordered"


def _term_rows(con: duckdb.DuckDBPyConnection) -> int:
    return con.execute(f"SELECT count(*) FROM {SearchTermRow.table}").fetchall()[0][0]


def needs_ordering(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether ``search_terms`` holds ``ORDER_MIN_ROWS`` rows or more and has grown by
    ``ORDER_GROWTH`` since it was last ordered (or never was)."""
    rows = _term_rows(con)
    ordered = (store.recorded_inputs(con, ORDER_STEP) or {}).get("rows")
    return rows >= ORDER_MIN_ROWS and (ordered is None or rows >= int(ordered) * ORDER_GROWTH)


def term_ranges(counts: Sequence[tuple[str, int]], size: int) -> list[tuple[str, str]]:
    """(first, last) of runs of consecutive terms (``counts``: term and rows, in term order) of at
    most ``size`` rows each, or of one term holding more."""
    ranges: list[tuple[str, str]] = []
    first, last, rows = None, None, 0
    for term, n in counts:
        if first is not None and rows + n > size:
            ranges.append((first, last))
            first, rows = None, 0
        first, last, rows = first or term, term, rows + n
    if first is not None:
        ranges.append((first, last))
    return ranges


def order_terms(con: duckdb.DuckDBPyConnection, run_id: str | None = None) -> int:
    """Rewrite ``search_terms`` in term order (then unit_key) into a new table, a range of terms of
    at most ``ORDER_CHUNK_ROWS`` rows a transaction (one sort of the whole table ran out of the
    writer's memory), which replaces the old one in a last transaction that records its row count:
    a kill leaves the old table whole, and the next run drops the part written. Returns the rows."""
    table = SearchTermRow.table
    counts = con.execute(f"SELECT term, count(*) FROM {table} GROUP BY term ORDER BY term").fetchall()
    ddl = con.execute("SELECT sql FROM duckdb_tables() WHERE table_name = ?", [table]).fetchall()[0][0]
    con.execute(f"DROP TABLE IF EXISTS {_ORDERED}")
    con.execute(ddl.replace(f"CREATE TABLE {table}(", f"CREATE TABLE {_ORDERED}(", 1))
    for first, last in term_ranges(counts, ORDER_CHUNK_ROWS):
        with store.transaction(con):
            con.execute(
                f"INSERT INTO {_ORDERED} SELECT * FROM {table} WHERE term BETWEEN ? AND ? ORDER BY term, unit_key",
                [first, last],
            )
    with store.transaction(con):
        rows, copied = _term_rows(con), con.execute(f"SELECT count(*) FROM {_ORDERED}").fetchall()[0][0]
        if copied != rows:
            raise WarehouseError(f"{table} in term order has {copied} rows, not {rows}")
        con.execute(f"DROP TABLE {table}")
        con.execute(f"ALTER TABLE {_ORDERED} RENAME TO {table}")
        store.record_refresh(con, ORDER_STEP, {"rows": str(rows)}, run_id)
    store.checkpoint(con)
    return rows
