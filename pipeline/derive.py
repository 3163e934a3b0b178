"""Rebuild the derived tables (canonical projects, their history, link decisions, themes) from the
fact tables, and the view tables (``schemas.view_rows``: the public views' rows, from the SQL in
warehouse/derived), in one transaction. ``pipeline.ingest`` calls ``refresh`` after every run that loaded
something, or when the override file or the theme rules changed since the last rebuild
(``needs_refresh``: the rebuild records the SHA-256 of both files in ``refreshes``).

The linking (rapidfuzz) and the theme matcher (spaCy) are imported only when a rebuild runs.
"""

from __future__ import annotations

import hashlib
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

import warehouse as warehouse_sql
from pipeline import store
from pipeline.errors import WarehouseError
from schemas.records import DERIVED_TABLES, VIEW_TABLES, DataQualityRow, DatedPaperRow, FactBodyRow, ProjectObservationRow, ProjectThemeRow

if TYPE_CHECKING:
    from extractors.grants.themes import ThemeRules

STEP = "derived_tables"


def default_overrides_path() -> Path:
    return Path(str(files("warehouse") / "link_overrides.csv"))


def default_themes_path() -> Path:
    """The shipped theme rules."""
    return Path(str(files("warehouse") / "themes.toml"))


def load_theme_rules(path: str | Path | None = None) -> ThemeRules:
    """Read and validate a theme rule file (the shipped one by default); ValueError when malformed."""
    from extractors.grants.themes import read_rules

    path = Path(path or default_themes_path())
    return read_rules(path.read_text(encoding="utf-8"), str(path))


def _paths(overrides_path: str | Path | None, themes_path: str | Path | None) -> tuple[Path, Path]:
    return Path(overrides_path or default_overrides_path()), Path(themes_path or default_themes_path())


def _bodies_path(overrides: Path) -> Path:
    """bodies.csv beside the link overrides (the shipped one, or a test's folder)."""
    return overrides.with_name("bodies.csv")


def inputs(overrides_path: str | Path | None = None, themes_path: str | Path | None = None) -> dict[str, str] | None:
    """SHA-256 of the override file and of the theme rules; None when one cannot be read."""
    overrides, themes = _paths(overrides_path, themes_path)
    try:
        return {
            "link_overrides": hashlib.sha256(overrides.read_bytes()).hexdigest(),
            "themes": hashlib.sha256(themes.read_bytes()).hexdigest(),
            "bodies": hashlib.sha256(_bodies_path(overrides).read_bytes()).hexdigest() if _bodies_path(overrides).exists() else "",
            "code": store.code_sha256(__name__, "pipeline.canonical", "pipeline.bodies", "pipeline.page_bodies", "extractors.grants.themes"),
            "views": hashlib.sha256("".join(sql for _, sql in warehouse_sql.sql_files("derived")).encode()).hexdigest(),
        }
    except OSError:
        return None


def needs_refresh(
    con: duckdb.DuckDBPyConnection, overrides_path: str | Path | None = None, themes_path: str | Path | None = None
) -> bool:
    """Whether the derived tables may be stale: never rebuilt on this warehouse state (documents
    loaded or replaced since, or a previous rebuild failed), an input file changed since, or no
    project history while loaded documents hold project mentions."""
    if not store.is_current(con, STEP, inputs(overrides_path, themes_path)):
        return True
    return bool(
        con.execute(
            f"SELECT (NOT EXISTS (SELECT 1 FROM {ProjectObservationRow.table}) AND EXISTS ("
            "SELECT 1 FROM project_mentions m JOIN documents d ON d.id = m.document_id AND d.status = 'loaded')) "
            f"OR (NOT EXISTS (SELECT 1 FROM {FactBodyRow.table}) AND EXISTS ("
            "SELECT 1 FROM allocations a JOIN documents d ON d.id = a.document_id AND d.status = 'loaded'))"
        ).fetchall()[0][0]
    )


def view_sql(model) -> str:
    """The SELECT computing a view table's rows (warehouse/derived/<view>.sql)."""
    return dict(warehouse_sql.sql_files("derived"))[model.table.removesuffix("_rows") + ".sql"]


def fill_view_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Replace the rows of every view table (call inside the refresh's transaction: each view's SQL
    reads the derived tables, and the view tables filled before it)."""
    for model in VIEW_TABLES:
        con.execute(f"DELETE FROM {model.table}")
        con.execute(f"INSERT INTO {model.table} BY NAME ({view_sql(model)})")


# Mentions with the paper they are printed in (one copy of each paper counts), dated from the
# papers themselves (dated_papers_rows is rewritten after); the paragraph under each was read
# from its page when the document was loaded (``extractors.grants.descriptions``).
_MENTIONS = """
WITH dated_papers AS ({dated_papers})
SELECT m.id, m.document_id, m.project_id, coalesce(dp.paper_id, m.document_id) AS paper_id,
       coalesce(dp.paper_date, (SELECT max(date) FROM meeting_mentions mm WHERE mm.document_id = m.document_id)),
       coalesce(dp.kind, 'other'), coalesce(m.financial_year, p.financial_year), m.name, m.amount, m.amount_text,
       m.status, m.pot, m.recipient, m.description, m.page_index, m.printed_page, m.char_start, m.char_end,
       m.span_text, m.extractor, m.extractor_version
FROM project_mentions m
JOIN projects p ON p.id = m.project_id
JOIN documents d ON d.id = m.document_id AND d.status = 'loaded'
LEFT JOIN dated_papers dp
       ON dp.document_id = m.document_id AND m.char_start >= dp.text_start AND m.char_start < dp.text_end
WHERE dp.paper_id IS NULL OR dp.is_first_copy
ORDER BY m.document_id, m.char_start, m.id
"""
_FETCH_ROWS = 10_000
# Rows a statement appends: binding 25,000 observations at once took ~100 MB while converted.
_APPEND_ROWS = 2_000


def read_mentions(con: duckdb.DuckDBPyConnection, body_of: dict[str, str | None] | None = None) -> list:
    """Every project mention of a loaded document, as ``pipeline.canonical.Mention``, with the
    body its document-level project was resolved to (``body_of``: projects.id -> bodies.id)."""
    body_of = body_of or {}
    from pipeline.canonical import Mention

    cursor = con.cursor()
    try:
        cursor.execute(_MENTIONS.format(dated_papers=view_sql(DatedPaperRow)))
        mentions: list = []
        while batch := cursor.fetchmany(_FETCH_ROWS):
            mentions += [
                Mention(
                    id=mid, document_id=doc, source_project_id=project, paper_id=paper, paper_date=date,
                    paper_kind=kind, financial_year=year, name=name, amount=amount, amount_text=amount_text,
                    status=status, pot=pot, recipient=recipient, description=description, page_index=page_index,
                    printed_page=printed_page, char_start=start, char_end=end, span_text=span, extractor=extractor,
                    extractor_version=version, body_id=body_of.get(project),
                )
                for (mid, doc, project, paper, date, kind, year, name, amount, amount_text, status, pot, recipient,
                     description, page_index, printed_page, start, end, span, extractor, version) in batch
            ]
        return mentions
    finally:
        cursor.close()


def refresh(
    con: duckdb.DuckDBPyConnection,
    overrides_path: str | Path | None = None,
    themes_path: str | Path | None = None,
    run_id: str | None = None,
) -> None:
    """Link every project mention again and replace the derived tables, recording the inputs it
    read (``needs_refresh``). The body of every funding fact is resolved first (``pipeline.bodies``):
    projects link within one body, and facts without one are listed in data_quality. A malformed
    override, bodies or theme file raises WarehouseError and leaves the previous derived tables in place."""
    from extractors.grants.themes import ThemeMatcher
    from pipeline.bodies import read_directory, resolve
    from pipeline.canonical import build, read_overrides

    overrides_path, themes_path = _paths(overrides_path, themes_path)
    used = inputs(overrides_path, themes_path)  # read first: a file edited meanwhile is read again next run
    bodies_path = _bodies_path(overrides_path)
    try:
        overrides = read_overrides(overrides_path.read_text(encoding="utf-8"))
        directory = read_directory(bodies_path.read_text(encoding="utf-8") if bodies_path.exists() else "name\n")
        rules = load_theme_rules(themes_path)
    except (OSError, ValueError) as error:
        raise _not_linked(error) from None
    resolved = resolve(con, directory)
    projects, observations, decisions, clusters = build(read_mentions(con, resolved.body_of), overrides)
    themes = []
    try:  # spaCy loads in ~0.5 s: not for a warehouse without projects
        matcher = ThemeMatcher(rules) if clusters else None
    except (OSError, ValueError) as error:
        raise _not_linked(error) from None
    for cluster in clusters:
        mentions = [m for o in cluster.history for m in o.mentions]
        names = list(dict.fromkeys(m.name for m in mentions))
        descriptions = list(dict.fromkeys(m.description for m in mentions if m.description))
        for match in matcher.match(names, descriptions):
            themes.append(
                ProjectThemeRow(
                    project_id=cluster.id, theme=match.theme, label=match.label, is_primary=match.is_primary,
                    terms=list(match.terms), score=match.score, rules_version=matcher.rules.version,
                )
            )
    with store.transaction(con):
        for model in DERIVED_TABLES:
            con.execute(f"DELETE FROM {model.table}")
        con.execute(f"DELETE FROM {DataQualityRow.table} WHERE check_name = 'unresolved_body'")
        for records in (resolved.bodies, resolved.facts, resolved.unresolved, observations, projects, decisions, themes):
            for start in range(0, len(records), _APPEND_ROWS):
                store.append_records(con, records[start : start + _APPEND_ROWS])
        fill_view_tables(con)
        if used is not None:
            store.record_refresh(con, STEP, used, run_id)


def _not_linked(error: Exception) -> WarehouseError:
    return WarehouseError(
        f"projects were not linked: {error}; the documents are loaded, fix the file and run `papers ingest` again"
    )
