"""Queries at national scale: a warehouse of ``--facts`` extracted facts, and the public views and
``papers search`` timed on it (README, Performance: "Queries at scale").

Rendering and parsing a million facts' worth of PDFs would take hours, so the warehouse is grown
from a real one: ``--seed-docs`` generated packs (benchmarks/corpus.py) are ingested by
``papers ingest``, then every stored row of theirs (documents, pages, every fact table, the search
index) is copied as many times as it takes, each copy a new document of another body
(``BODIES`` place names before the printed body) and shifted by 0 to ``YEARS - 1`` years (dates
and financial years), with new ids. The copies are written through the writer's own insert path
(``store.append_columns``, one transaction per ``BATCH`` copies) into a migrated warehouse, and the
derived tables and the view tables (the public views' rows) are rebuilt by ``derive.refresh``, as
an ingest does.

``python benchmarks/scale.py --facts 1000000 [--out DIR] [--runs 5]`` prints a table of rows per
table, the refresh's time and each query's median of ``--runs`` warm runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from pipeline import analytics, derive, search, search_index, store, store_insert  # noqa: E402
from pipeline.ids import content_id  # noqa: E402
from pipeline.bodies import body_key  # noqa: E402
from schemas.records import DERIVED_TABLES, FACT_TABLES, VIEW_TABLES, BodyRow, DocumentRow, FileRow, PageRow, SearchTermRow, SearchUnitRow  # noqa: E402

BODIES = 330  # English councils: each copy's bodies are prefixed by one of as many place names
YEARS = 5  # each copy is shifted by 0..YEARS-1 years
BATCH = 200  # copies a transaction
_SYLLABLES = ("ash", "brook", "dun", "fen", "hol", "kirk", "mar", "nor", "ock", "pen", "ros", "wick", "thorn", "wel", "ley")
_ENDINGS = ("ford", "ham", "by", "ton", "field", "mouth", "stead", "wood", "bridge", "bury", "worth", "mere", "dale", "cester", "port")
COPIED = (DocumentRow, PageRow, FileRow, *FACT_TABLES, SearchUnitRow, SearchTermRow)
FACT_TABLE_NAMES = tuple(model.table for model in FACT_TABLES)
# With ``--derived copy`` the seed's derived tables are copied too (renamed as its facts), instead
# of ``derive.refresh`` over the whole warehouse: a body's projects then form series across its
# years, but copies of one body and year are not linked to each other.
KEYED_IDS = (*FACT_TABLE_NAMES, "project_observations", "canonical_projects", "project_links")
PLACE_KEYED = ("body_id", "parent_id", "series_id")


def place(index: int) -> str:
    """An invented place name, distinct for each index below BODIES."""
    first = _SYLLABLES[index % len(_SYLLABLES)] + _SYLLABLES[(index // len(_SYLLABLES)) % len(_SYLLABLES)]
    return (first + _ENDINGS[(index // len(_SYLLABLES) ** 2 + index) % len(_ENDINGS)]).capitalize()


def shift_date(value, years: int):
    if value is None or not years:
        return value
    try:
        return value.replace(year=value.year + years)
    except ValueError:  # 29 February
        return value.replace(year=value.year + years, day=28)


def shift_year(value: str | None, years: int) -> str | None:
    """'2023/24' shifted by ``years``; anything else as it is."""
    if not value or not years or len(value) != 7 or value[4] != "/":
        return value
    start = int(value[:4]) + years
    return f"{start}/{(start + 1) % 100:02d}"


class Copy:
    """How one copy renames a seed row's values: new document ids, fact ids, meeting and person
    keys, unit keys, bodies, dates and financial years."""

    def __init__(self, number: int) -> None:
        self.number = number
        self.place = place(number % BODIES)
        self.years = (number // BODIES) % YEARS
        self.documents: dict[str, str] = {}
        self.units: dict[int, int] = {}

    def document(self, old: str) -> str:
        if old not in self.documents:
            self.documents[old] = hashlib.sha256(f"{old}|scale|{self.number}".encode()).hexdigest()
        return self.documents[old]

    def keyed(self, old: str | None) -> str | None:
        return None if old is None else content_id(old, self.number)

    def column(self, table: str, name: str, sql_type: str, values: list) -> list:
        if table == "documents" and name in ("id", "sha256") or name == "document_id":
            return [None if v is None else self.document(v) for v in values]
        if table in ("pages", "search_units") and name == "id":
            return [self.document(v[:64]) + v[64:] for v in values]
        if table == "bodies" and name == "id" or name in PLACE_KEYED:
            return [None if v is None else content_id(v, self.place) for v in values]
        if table in KEYED_IDS and name == "id" or name in (
            "project_id", "meeting_key", "listed_by", "fingerprint", "fact_id", "paper_id", "source_project_id",
            "left_id", "right_id",
        ):
            return [self.keyed(v) for v in values]
        if name == "person_key":
            return [None if v is None else content_id(v, self.place) for v in values]
        if name in ("body", "to_body") or table == "bodies" and name == "name":
            return [None if v is None else f"{self.place} {v}" for v in values]
        if name == "path":
            return [f"/scale/{self.number:06d}/{Path(v).name}" for v in values]
        if name == "financial_year":
            return [shift_year(v, self.years) for v in values]
        if sql_type == "DATE":
            return [shift_date(v, self.years) for v in values]
        return values

    def rows(self, model, seed: dict[str, list]) -> dict[str, list]:
        spec = store_insert._columns(model)
        values = {name: self.column(model.table, name, sql_type, list(seed[name])) for name, sql_type, _ in spec}
        if model is SearchUnitRow:
            values["unit_key"] = [search_index.unit_key(unit) for unit in values["id"]]
            self.units = dict(zip(seed["unit_key"], values["unit_key"]))
        elif model is BodyRow:
            values["name_key"] = [body_key(name) for name in values["name"]]
        elif model is SearchTermRow:
            values["unit_key"] = [self.units[key] for key in seed["unit_key"]]
        return values


def read_seed(path: Path, derived: bool) -> dict[type, dict[str, list]]:
    con = store.connect(path, read_only=True)
    try:
        seed = {}
        for model in COPIED + (DERIVED_TABLES if derived else ()):
            names = [name for name, _, _ in store_insert._columns(model)]
            rows = con.execute(f"SELECT {', '.join(names)} FROM {model.table} ORDER BY ALL").fetchall()
            seed[model] = {name: [row[i] for row in rows] for i, name in enumerate(names)}
        return seed
    finally:
        con.close()


def make_seed(out: Path, docs: int) -> Path:
    """``docs`` generated packs, ingested by ``papers ingest --runner local``."""
    from corpus import write_corpus

    warehouse = out / "seed.duckdb"
    if not warehouse.exists():
        write_corpus(out / "packs", docs)
        subprocess.run(
            [sys.executable, "-m", "pipeline.cli", "ingest", str(out / "packs"), "--warehouse", str(warehouse),
             "--runner", "local", "--workers", "1", "--json"],
            cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
        )
    return warehouse


def build(seed: dict[type, dict[str, list]], path: Path, facts: int) -> dict:
    """Write copies of the seed until ``facts`` fact rows are stored; the derived tables rebuilt
    (or copied: see ``KEYED_IDS``)."""
    seed_facts = sum(len(seed[model]["id"]) for model in FACT_TABLES)
    copies = -(-facts // seed_facts)
    con = store.connect(path)
    timings = {"copies": copies}
    try:
        store.migrate(con)
        started = time.perf_counter()
        for first in range(0, copies, BATCH):
            with store.transaction(con):
                for number in range(first, min(copies, first + BATCH)):
                    copy = Copy(number)
                    for model in seed:
                        if model is BodyRow and number >= BODIES:
                            continue  # one row a body: copies of one place share it
                        if next(iter(seed[model].values())):
                            store.append_columns(con, model, copy.rows(model, seed[model]))
            print(f"  {min(copies, first + BATCH)} of {copies} copies", file=sys.stderr)
        with store.transaction(con):
            store.record_refresh(con, search_index.STEP, search_index._inputs())
        store.checkpoint(con)
        timings["write_s"] = time.perf_counter() - started
        started = time.perf_counter()
        if search_index.needs_ordering(con):  # as an ingest's refresh does
            search_index.order_terms(con)
            timings["order_terms_s"] = time.perf_counter() - started
            started = time.perf_counter()
        if BodyRow not in seed:
            derive.refresh(con)
        else:  # the view tables are computed from the copied derived tables, as the refresh does
            with store.transaction(con):
                derive.fill_view_tables(con)
        store.checkpoint(con)
        timings["refresh_s" if BodyRow not in seed else "view_tables_s"] = time.perf_counter() - started
    finally:
        con.close()
    return timings


def queries(con) -> dict[str, object]:
    """The timed queries: SQL text, or a callable for ``papers search``."""
    body, body_id = con.execute("SELECT body, body_id FROM funding_by_body_year ORDER BY n_projects DESC, body LIMIT 1").fetchone()
    project = con.execute("SELECT project_id FROM projects_current ORDER BY project_id LIMIT 1").fetchone()[0]
    return {
        "funding_by_year (all)": "SELECT * FROM funding_by_year",
        "funding_by_year (one body)": f"SELECT * FROM funding_by_year WHERE body = '{body}'",
        "funding_by_body_year (one body)": f"SELECT * FROM funding_by_body_year WHERE body_id = '{body_id}'",
        "funding_by_theme_year (all)": "SELECT * FROM funding_by_theme_year",
        "funding_by_theme_year (all, analytics.frame)": lambda: analytics.frame(con, "funding_by_theme_year"),
        "funding_by_theme_year (one body)": f"SELECT * FROM funding_by_theme_year WHERE body_id = '{body_id}'",
        "projects_current (one body)": f"SELECT * FROM projects_current WHERE body_id = '{body_id}'",
        "projects_current (all, count)": "SELECT count(*), sum(amount) FROM projects_current",
        "project_history (one project)": f"SELECT * FROM project_history WHERE project_id = '{project}'",
        "search: youth diversion": lambda: search.search(con, "youth diversion"),
        "search: \"safer streets\" --body": lambda: search.search(con, '"safer streets" fund', body=body.split()[0]),
        "search: knife crime --from 2024": lambda: search.search(con, "knife crime", date_from=dt.date(2024, 1, 1)),
    }


def time_queries(path: Path, runs: int) -> dict[str, float]:
    con = store.connect(path, read_only=True)
    try:
        medians = {}
        for name, query in queries(con).items():
            run = query if callable(query) else (lambda sql=query: con.execute(sql).fetchall())
            run()  # warm
            times = []
            for _ in range(runs):
                started = time.perf_counter()
                run()
                times.append((time.perf_counter() - started) * 1000)
            medians[name] = statistics.median(times)
        return medians
    finally:
        con.close()


def counts(path: Path) -> dict[str, int]:
    con = store.connect(path, read_only=True)
    try:
        tables = ["documents", "pages", *FACT_TABLE_NAMES, "search_units", "search_terms", "fact_bodies",
                  "canonical_projects", "project_observations", "project_themes", "bodies",
                  *(model.table for model in VIEW_TABLES)]
        return {table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in tables}
    finally:
        con.close()


def table(report: dict) -> str:
    rows = report["rows"]
    facts = sum(rows[t] for t in FACT_TABLE_NAMES)
    lines = [
        f"Machine: {report['machine']}; {report['date']}; {facts:,} facts in {rows['documents']:,} documents "
        f"({report['copies']:,} copies of {report['seed_docs']} generated packs); write {report['write_s']:.0f} s; "
        + (f"derive.refresh {report['refresh_s']:.0f} s" if "refresh_s" in report
           else f"derived tables copied, view tables computed in {report.get('view_tables_s', 0):.1f} s"),
        "",
        "| table | rows |",
        "|---|---:|",
        *(f"| `{name}` | {count:,} |" for name, count in rows.items()),
        "",
        f"| query (median of {report['runs']} warm runs) | ms |",
        "|---|---:|",
        *(f"| {name} | {ms:.1f} |" for name, ms in report["queries"].items()),
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--seed-docs", type=int, default=12)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out" / "scale")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--derived", choices=("refresh", "copy"), default="refresh",
                        help="rebuild the derived tables with derive.refresh, or copy the seed's (KEYED_IDS)")
    parser.add_argument("--queries-only", action="store_true", help="time the queries on the warehouse already built")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    stem = f"scale_{args.facts}_{args.derived}"
    path, report_path = args.out / f"{stem}.duckdb", args.out / f"{stem}.json"
    if args.queries_only:
        report = json.loads(report_path.read_text())
    else:
        for stale in (path, path.with_name(path.name + ".wal")):
            stale.unlink(missing_ok=True)
        seed = read_seed(make_seed(args.out, args.seed_docs), args.derived == "copy")
        report = {"seed_docs": args.seed_docs, "derived": args.derived, **build(seed, path, args.facts)}
        report["rows"] = counts(path)
    report.update(
        runs=args.runs, queries=time_queries(path, args.runs), date=dt.date.today().isoformat(),
        machine=f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
    )
    report_path.write_text(json.dumps(report, indent=2))
    print(table(report))


if __name__ == "__main__":
    main()
