"""``papers export``: the public views as CSV or Parquet files, or the awarded grants as a
360Giving Data Standard JSON package (https://standard.threesixtygiving.org).

360Giving mapping, one grant per canonical project whose current status is approved, in progress
or completed (proposed, recommended and withdrawn projects were not awarded):

- ``id``: ``<prefix>-<project id>``; ``title``: the project name; ``description``: the paragraph the
  papers print for it, else a sentence naming the financial year and pot;
- ``amountAwarded``/``currency``: the current amount, GBP; ``awardDate``: the date of the first paper
  that gives it an approved (or later) status;
- ``fundingOrganization``: the body whose meeting the papers are for (the partnership);
- ``recipientOrganization``: the recipient the papers name; when they name none, the partnership, and
  the description says so;
- ``grantProgramme``: the body's funding for the financial year and pot; ``classifications``: the
  primary theme; ``dataSource``: the file the current value was read from (a file: URI);
  ``relatedActivity``: the grants of other years in the same series.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Literal

import duckdb
from rapidfuzz import fuzz

from pipeline import analytics

Format = Literal["csv", "parquet", "360giving"]
FORMATS: tuple[str, ...] = ("csv", "parquet", "360giving")
DEFAULT_PREFIX = "360G-committee-papers"
AWARDED = ("approved", "in_progress", "completed")
# Tables exported with the public views: the link decisions and every theme match.
EXTRA_TABLES = ("project_links", "project_themes")

_AWARDS = """
WITH awarded AS (
    SELECT project_id, min(paper_date) AS award_date
    FROM project_history
    WHERE status IN ('approved', 'in_progress', 'completed')
    GROUP BY project_id
), bodies AS (
    SELECT o.project_id, mode(dp.body) AS body
    FROM project_observations o
    JOIN dated_papers dp ON dp.paper_id = o.paper_id
    WHERE dp.body IS NOT NULL
    GROUP BY o.project_id
)
SELECT c.project_id, c.series_id, c.financial_year, c.name, c.description, c.amount, c.status, c.pot,
       c.recipient, c.theme, c.theme_label, c.path, c.last_paper_date, a.award_date, b.body
FROM projects_current c
JOIN awarded a USING (project_id)
LEFT JOIN bodies b USING (project_id)
WHERE c.status IN ('approved', 'in_progress', 'completed') AND c.amount IS NOT NULL
ORDER BY c.financial_year, c.name
"""


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _named_recipient(recipient: str | None, name: str) -> str | None:
    """The recipient the papers name, unless it reads as a phrase rather than an organisation
    (starts lower case, or repeats the project's name)."""
    if not recipient or not recipient[:1].isupper():
        return None
    if fuzz.token_set_ratio(recipient.lower(), name.lower()) >= 80:
        return None
    return recipient


def grants(con: duckdb.DuckDBPyConnection, prefix: str = DEFAULT_PREFIX) -> list[dict]:
    """The awarded projects as 360Giving grant objects."""
    cursor = con.execute(_AWARDS)
    names = [column[0] for column in cursor.description]
    rows = [dict(zip(names, row)) for row in cursor.fetchall()]
    by_series: dict[str, list[str]] = {}
    for row in rows:
        by_series.setdefault(row["series_id"], []).append(row["project_id"])
    out = []
    for row in rows:
        body = row["body"] or "Community Safety Partnership"
        funder = {"id": f"{prefix}-org-{_slug(body)}", "name": body}
        named = _named_recipient(row["recipient"], row["name"])
        recipient = {"id": f"{prefix}-org-{_slug(named)}", "name": named} if named else dict(funder)
        pot = f", {row['pot']} pot" if row["pot"] else ""
        description = row["description"] or f"Project funded by {body} in {row['financial_year']}{pot}."
        description = description[:1].upper() + description[1:]
        if not named:
            description += f" Recipient not named in the papers: {body} (the partnership) is given as the recipient."
        grant = {
            "id": f"{prefix}-{row['project_id']}",
            "title": row["name"][:140],
            "description": description,
            "currency": "GBP",
            "amountAwarded": float(row["amount"]),
            "awardDate": (row["award_date"] or row["last_paper_date"]).isoformat(),
            "recipientOrganization": [recipient],
            "fundingOrganization": [funder],
            "grantProgramme": [
                {
                    "code": f"{_slug(body)}-{_slug(row['financial_year'] or 'unknown-year')}{'-' + row['pot'] if row['pot'] else ''}",
                    "title": f"{body} funding {row['financial_year'] or ''}{pot}".strip(),
                }
            ],
            "classifications": [{"vocabulary": "committee-papers:theme", "code": row["theme"], "title": row["theme_label"]}],
            "dataSource": Path(row["path"]).resolve().as_uri(),
        }
        related = [f"{prefix}-{other}" for other in by_series[row["series_id"]] if other != row["project_id"]]
        if related:
            grant["relatedActivity"] = related
        out.append(grant)
    return out


# OWASP's rule against CSV injection: a spreadsheet runs a cell starting with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: str) -> str:
    """A text cell for CSV: prefixed with ``'`` when a spreadsheet would run it as a formula
    (a project named '=HYPERLINK(...)'). Numbers are not text and are written as they are."""
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


def _csv_safe_sql(con: duckdb.DuckDBPyConnection, name: str) -> str:
    """``SELECT`` of a view with ``csv_safe`` applied in SQL to its text columns."""
    columns = con.execute(f"DESCRIBE SELECT * FROM {name}").fetchall()
    starts = ", ".join("'" + start.replace("'", "''") + "'" for start in FORMULA_STARTS)
    picked = [
        f'CASE WHEN left("{column}", 1) IN ({starts}) THEN \'\'\'\' || "{column}" ELSE "{column}" END AS "{column}"'
        if kind == "VARCHAR" else f'"{column}"'
        for column, kind, *_ in columns
    ]
    return f"SELECT {', '.join(picked)} FROM {name}"


def export(warehouse: str | Path, fmt: Format, out: str | Path, prefix: str = DEFAULT_PREFIX) -> list[Path]:
    """Write the export into the folder ``out``; returns the files written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: use {', '.join(FORMATS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    con = analytics.connect(warehouse)
    try:
        if fmt == "360giving":
            path = out / "grants.json"
            package = {"grants": grants(con, prefix)}
            path.write_text(json.dumps(package, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            return [path]
        written = []
        for name in analytics.PUBLIC_VIEWS + EXTRA_TABLES:
            path = out / f"{name}.{fmt}"
            if fmt == "csv":
                con.sql(_csv_safe_sql(con, name)).write_csv(str(path))
            else:
                con.sql(f"SELECT * FROM {name}").write_parquet(str(path))
            written.append(path)
        return written
    finally:
        con.close()
