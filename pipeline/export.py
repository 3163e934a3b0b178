"""``papers export``: the public views as CSV or Parquet files, or the awarded grants as a
360Giving Data Standard JSON package (https://standard.threesixtygiving.org).

360Giving mapping, one grant per canonical project whose current status is approved, in progress
or completed (proposed, recommended and withdrawn projects were not awarded):

- ``id``: ``<prefix>-<project id>``; ``title``: the project name; ``description``: the paragraph the
  papers print for it, else a sentence naming the financial year and pot;
- ``amountAwarded``/``currency``: the current amount, GBP; ``awardDate``: the date of the first paper
  that gives it an approved (or later) status;
- ``fundingOrganization``: the funder the papers name (``fact_bodies.funder``: for a project, the body
  whose papers approve it, e.g. a partnership or a commissioner's decision record);
- ``recipientOrganization``: the recipient the papers name (``fact_bodies.recipient``);
- a grant whose funder or recipient the papers do not name is left out, never given a placeholder:
  ``grants_left_out.json`` lists it with the reason;
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
# Tables exported with the public views: the link decisions and every theme match.
EXTRA_TABLES = ("project_links", "project_themes")

_AWARDS = """
WITH awarded AS (
    SELECT project_id, min(paper_date) AS award_date
    FROM project_history
    WHERE status IN ('approved', 'in_progress', 'completed')
    GROUP BY project_id
), parties AS (
    SELECT o.project_id,
           arg_max(fb.funder, o.sequence) FILTER (WHERE fb.funder IS NOT NULL) AS funder,
           arg_max(fb.recipient, o.sequence) FILTER (WHERE fb.recipient IS NOT NULL) AS recipient
    FROM project_observations o
    JOIN fact_bodies fb ON fb.fact_id = o.source_project_id
    GROUP BY o.project_id
)
SELECT c.project_id, c.series_id, c.financial_year, c.name, c.description, c.amount, c.status, c.pot,
       p.recipient, p.funder, c.theme, c.theme_label, c.path, c.last_paper_date, a.award_date, c.body, c.body_id
FROM projects_current c
JOIN awarded a USING (project_id)
LEFT JOIN parties p USING (project_id)
WHERE c.status IN ('approved', 'in_progress', 'completed') AND c.amount IS NOT NULL
  AND (CAST(? AS VARCHAR) IS NULL OR c.body_id = ?)
ORDER BY c.body, c.financial_year, c.name
"""


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _named_recipient(recipient: str | None, name: str) -> str | None:
    """The recipient the papers name, unless it reads as a phrase rather than an organisation
    (starts lower case, or repeats the project's name). A name printed as "Recipient – purpose"
    (extractors.grants) names its recipient."""
    if not recipient or not recipient[:1].isupper():
        return None
    if name.startswith(f"{recipient} – "):
        return recipient
    if fuzz.token_set_ratio(recipient.lower(), name.lower()) >= 80:
        return None
    return recipient


def grants(con: duckdb.DuckDBPyConnection, prefix: str = DEFAULT_PREFIX, body_id: str | None = None) -> tuple[list[dict], list[dict]]:
    """The awarded projects (of one body when ``body_id`` is given) as 360Giving grant objects,
    and the awarded projects left out because the papers name no funder or no recipient."""
    cursor = con.execute(_AWARDS, [body_id, body_id])
    names = [column[0] for column in cursor.description]
    rows = [dict(zip(names, row)) for row in cursor.fetchall()]
    by_series: dict[str, list[str]] = {}
    for row in rows:
        by_series.setdefault(row["series_id"], []).append(row["project_id"])
    out, left_out = [], []
    for row in rows:
        named = _named_recipient(row["recipient"], row["name"])
        if not named or not row["funder"]:
            left_out.append({
                "project_id": row["project_id"], "title": row["name"], "body": row["body"],
                "financial_year": row["financial_year"], "amount": float(row["amount"]),
                "reason": "the papers name no recipient" if not named else "the papers name no funder",
            })
            continue
        body = row["body"] or row["funder"]
        funder = {"id": f"{prefix}-org-{_slug(row['funder'])}", "name": row["funder"]}
        recipient = {"id": f"{prefix}-org-{_slug(named)}", "name": named}
        pot = f", {row['pot']} pot" if row["pot"] else ""
        description = row["description"] or f"Project funded by {row['funder']} in {row['financial_year']}{pot}."
        description = description[:1].upper() + description[1:]
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
    kept = {g["id"] for g in out}
    for grant in out:
        if "relatedActivity" in grant:
            grant["relatedActivity"] = [r for r in grant["relatedActivity"] if r in kept] or grant.pop("relatedActivity")
    return out, left_out


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


def export(
    warehouse: str | Path, fmt: Format, out: str | Path, prefix: str = DEFAULT_PREFIX, body: str | None = None
) -> list[Path]:
    """Write the export into the folder ``out``; returns the files written. ``body`` (a name or an
    alias) keeps one body's rows: the views that carry a body (``analytics.BODY_VIEWS``) and its grants."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: use {', '.join(FORMATS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    con = analytics.connect(warehouse)
    try:
        body_id = analytics.resolve_body(con, body)["id"] if body else None
        if fmt == "360giving":
            awarded, left_out = grants(con, prefix, body_id)
            written = []
            if awarded:  # the standard's package holds at least one grant
                path = out / "grants.json"
                path.write_text(json.dumps({"grants": awarded}, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
                written.append(path)
            if left_out:
                path = out / "grants_left_out.json"
                path.write_text(json.dumps(left_out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
                written.append(path)
            return written
        written = []
        for name in (analytics.BODY_VIEWS if body_id else analytics.PUBLIC_VIEWS + EXTRA_TABLES):
            path = out / f"{name}.{fmt}"
            select = _csv_safe_sql(con, name) if fmt == "csv" else f"SELECT * FROM {name}"
            relation = con.sql(select + (" WHERE body_id = $body" if body_id else ""), params={"body": body_id} if body_id else None)
            if fmt == "csv":
                relation.write_csv(str(path))
            else:
                relation.write_parquet(str(path))
            written.append(path)
        return written
    finally:
        con.close()
