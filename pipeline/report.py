"""``papers report``: one self-contained HTML file with the funding charts.

The charts are SVG drawn here, server-side: no script or font is fetched when the file is opened,
and a browser without JavaScript shows them too. A few lines of inline script only record, on
``<body data-charts-rendered="drawn/total">``, how many charts the browser laid out (the test reads it).
"""

from __future__ import annotations

import datetime as dt
import html
from decimal import Decimal
from pathlib import Path

import duckdb

from pipeline import analytics, store

# Colour-blind-safe categorical palette (Okabe-Ito, then Tol's muted), one colour per theme.
THEME_COLOURS = {
    "violence_against_women_and_girls": "#CC79A7",
    "domestic_abuse": "#882255",
    "extremism_and_hate": "#D55E00",
    "asb_and_neighbourhood_crime": "#0072B2",
    "fraud_and_scams": "#E69F00",
    "safeguarding": "#009E73",
    "substance_misuse": "#56B4E9",
    "road_safety": "#F0E442",
    "serious_violence": "#332288",
    "other": "#999999",
}
# One colour per body in the comparison chart (Okabe-Ito, then Tol's muted; repeated past ten bodies).
BODY_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#332288", "#882255", "#F0E442", "#44AA99")
CHANGE_COLOURS = {"amount_changed": "#E69F00", "amount_and_status_changed": "#E69F00", "withdrawn": "#C00000"}


def money(value) -> str:
    if value is None:
        return "–"
    value = Decimal(str(value))
    return f"£{value:,.2f}" if value != value.to_integral_value() else f"£{value:,.0f}"


def _e(text) -> str:
    return html.escape("" if text is None else str(text))


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: dict | None = None) -> list[dict]:
    cursor = con.execute(sql, params) if params else con.execute(sql)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def _nice_max(value: float) -> tuple[float, float]:
    """(axis maximum, tick step) with 4-6 round ticks."""
    if value <= 0:
        return 1.0, 0.25
    step = 10 ** (len(str(int(value))) - 1)
    for factor in (1, 2, 2.5, 5, 10):
        if value / (step * factor) <= 6:
            step *= factor
            break
    return step * (int(value // step) + 1), step


def _money_grid(y_of, top_value: float, step: float, left: float, plot_w: float) -> list[str]:
    """Horizontal grid lines with their pound labels, from 0 to ``top_value`` by ``step``."""
    lines, tick = [], 0.0
    while tick <= top_value + 1e-9:
        y = y_of(tick)
        lines.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e5e5e5"/>')
        lines.append(f'<text x="{left - 8}" y="{y + 4:.1f}" text-anchor="end" class="axis">{_e(money(round(tick)))}</text>')
        tick += step
    return lines


def theme_chart(years: list[dict], themes: list[dict]) -> str:
    """Stacked bars: each year's current project amounts by primary theme (withdrawn projects
    left out), with the year's grant as a dashed line."""
    several = len({row.get("body_id") for row in years}) > 1
    width, height, left, right, top, bottom = 880, 390 + 16 * several, 80, 290, 20, 60 + 16 * several
    plot_w, plot_h = width - left - right, height - top - bottom
    keys = [(row.get("body_id"), row["financial_year"]) for row in years]
    totals = {k: sum(float(r["total_amount"]) for r in themes if (r.get("body_id"), r["financial_year"]) == k) for k in keys}
    peak = max([*totals.values(), *(float(r["grant_total"] or 0) for r in years), 1.0])
    top_value, step = _nice_max(peak * 1.05)
    y_of = lambda v: top + plot_h - plot_h * float(v) / top_value  # noqa: E731
    band = plot_w / max(len(keys), 1)
    bar = band * 0.55
    parts = [f'<svg class="chart" role="img" aria-label="Funding per year by theme" viewBox="0 0 {width} {height}" width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">']
    parts += _money_grid(y_of, top_value, step, left, plot_w)
    order = list(THEME_COLOURS)
    totals_labels = {r["financial_year"] for r in themes}
    for index, year in enumerate(years):
        label = year["financial_year"]
        x = left + band * index + (band - bar) / 2
        base = 0.0
        rows = sorted((r for r in themes if (r.get("body_id"), r["financial_year"]) == keys[index] and r["total_amount"]),
                      key=lambda r: order.index(r["theme"]))
        for row in rows:
            amount = float(row["total_amount"])
            y1, y0 = y_of(base + amount), y_of(base)
            tip = f"{label} – {row['theme_label']}: {money(row['total_amount'])} ({row['n_projects']} project{'s' * (row['n_projects'] != 1)})"
            parts.append(
                f'<rect data-mark="bar" x="{x:.1f}" y="{y1:.1f}" width="{bar:.1f}" height="{max(y0 - y1, 0.5):.1f}" '
                f'fill="{THEME_COLOURS[row["theme"]]}" stroke="#fff" stroke-width="0.5"><title>{_e(tip)}</title></rect>'
            )
            base += amount
        if year["grant_total"] is not None:
            y = y_of(year["grant_total"])
            parts.append(
                f'<line data-mark="grant" x1="{x - 6:.1f}" x2="{x + bar + 6:.1f}" y1="{y:.1f}" y2="{y:.1f}" stroke="#222" '
                f'stroke-width="2" stroke-dasharray="5 3"><title>{_e(label)} grant {_e(money(year["grant_total"]))}</title></line>'
            )
            parts.append(f'<text x="{x + bar / 2:.1f}" y="{y - 6:.1f}" text-anchor="middle" class="note">grant {_e(money(year["grant_total"]))}</text>')
        parts.append(f'<text x="{x + bar / 2:.1f}" y="{top + plot_h + 20}" text-anchor="middle" class="axis">{_e(label)}</text>')
        parts.append(f'<text x="{x + bar / 2:.1f}" y="{top + plot_h + 36}" text-anchor="middle" class="note">{_e(money(base)) if base else ("no projects" if year["grant_total"] is not None or label in totals_labels else "no figures")}</text>')
        if several:
            short = year["body"] if len(year["body"]) <= 18 else year["body"][:17] + "…"
            parts.append(f'<text x="{x + bar / 2:.1f}" y="{top + plot_h + 52}" text-anchor="middle" class="note"><title>{_e(year["body"])}</title>{_e(short)}</text>')
    parts.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{top + plot_h}" y2="{top + plot_h}" stroke="#444"/>')
    present = [t for t in order if any(r["theme"] == t and r["total_amount"] for r in themes)]
    labels_of = {r["theme"]: r["theme_label"] for r in themes}
    for index, theme in enumerate(present):
        y = top + 10 + index * 22
        parts.append(f'<rect x="{left + plot_w + 24}" y="{y - 10}" width="14" height="14" fill="{THEME_COLOURS[theme]}"/>')
        parts.append(f'<text x="{left + plot_w + 44}" y="{y + 2}" class="legend">{_e(labels_of[theme])}</text>')
    y = top + 10 + len(present) * 22 + 8
    parts.append(f'<line x1="{left + plot_w + 22}" x2="{left + plot_w + 40}" y1="{y - 3}" y2="{y - 3}" stroke="#222" stroke-width="2" stroke-dasharray="5 3"/>')
    parts.append(f'<text x="{left + plot_w + 44}" y="{y + 2}" class="legend">Grant for the year</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def bodies_chart(rows: list[dict]) -> str:
    """Grouped bars: each body's grant per financial year (where no grant is stated, its projects'
    total, hatched lighter), one colour per body, so that places are compared side by side."""
    bodies = list(dict.fromkeys(r["body"] for r in rows))
    years = sorted({r["financial_year"] for r in rows})
    colour = {b: BODY_COLOURS[i % len(BODY_COLOURS)] for i, b in enumerate(bodies)}
    width, top, bottom, left, right = 880, 20, 50, 80, 290
    height = max(330, top + bottom + 22 * len(bodies) + 20)
    plot_w, plot_h = width - left - right, height - top - bottom
    value = lambda r: r["grant_total"] if r["grant_total"] is not None else r["projects_total"]  # noqa: E731
    peak = max([float(value(r) or 0) for r in rows] + [1.0])
    top_value, step = _nice_max(peak * 1.05)
    y_of = lambda v: top + plot_h - plot_h * float(v) / top_value  # noqa: E731
    band = plot_w / max(len(years), 1)
    bar = band * 0.8 / max(len(bodies), 1)
    parts = [f'<svg class="chart" role="img" aria-label="Funding per year, bodies compared" viewBox="0 0 {width} {height}" width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">']
    parts += _money_grid(y_of, top_value, step, left, plot_w)
    for index, year in enumerate(years):
        start = left + band * index + band * 0.1
        for slot, body in enumerate(bodies):
            row = next((r for r in rows if r["body"] == body and r["financial_year"] == year), None)
            if row is None or value(row) is None:
                continue
            x, y = start + bar * slot, y_of(value(row))
            stated = row["grant_total"] is not None
            tip = f"{body} {year}: " + (f"grant {money(row['grant_total'])}" if stated else f"projects {money(row['projects_total'])} (no grant stated)")
            parts.append(
                f'<rect data-mark="body-bar" x="{x:.1f}" y="{y:.1f}" width="{max(bar - 2, 1):.1f}" height="{max(top + plot_h - y, 0.5):.1f}" '
                f'fill="{colour[body]}" fill-opacity="{1 if stated else 0.45}"><title>{_e(tip)}</title></rect>'
            )
        parts.append(f'<text x="{left + band * index + band / 2:.1f}" y="{top + plot_h + 20}" text-anchor="middle" class="axis">{_e(year)}</text>')
    parts.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{top + plot_h}" y2="{top + plot_h}" stroke="#444"/>')
    for index, body in enumerate(bodies):
        y = top + 10 + index * 22
        short = body if len(body) <= 40 else body[:39] + "…"
        parts.append(f'<rect x="{left + plot_w + 24}" y="{y - 10}" width="14" height="14" fill="{colour[body]}"/>')
        parts.append(f'<text x="{left + plot_w + 44}" y="{y + 2}" class="legend"><title>{_e(body)}</title>{_e(short)}</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def _fy_start(date: dt.date) -> dt.date:
    return dt.date(date.year if date.month >= 4 else date.year - 1, 4, 1)


def _year_start(label: str) -> dt.date | None:
    """1 April of a 'YYYY/YY' financial year."""
    return dt.date(int(label[:4]), 4, 1) if label and label[:4].isdigit() else None


def timeline_chart(history: list[dict], grant_years: list[str] = ()) -> str:
    """One lane per project: a dot per paper that mentions it, amount changes (orange, with
    the old and new amounts) and withdrawals (red cross) marked.

    The axis is the date of the papers, in financial-year bands; it spans the grant years of the
    chart above it too, so a year never shows in one chart and not in the other (a year with
    figures but no dated paper is an empty band, a year of papers without figures an empty slot)."""
    dated = [row for row in history if row["paper_date"] is not None]
    lanes: dict[str, list[dict]] = {}
    for row in sorted(dated, key=lambda r: (r["financial_year"] or "", r["paper_date"], r["project_name"], r["sequence"])):
        lanes.setdefault(row["project_id"], []).append(row)
    lane_h, left, right, top, bottom, width = 24, 340, 150, 30, 30, 1100
    height = top + bottom + lane_h * max(len(lanes), 1)
    years = [start for start in map(_year_start, grant_years) if start]
    firsts = [_fy_start(r["paper_date"]) for r in dated] + years
    start = min(firsts, default=_fy_start(dt.date.today()))
    end = dt.date(max(firsts, default=start).year + 1, 4, 1)
    span = (end - start).days or 1
    plot_w = width - left - right
    x_of = lambda d: left + plot_w * (d - start).days / span  # noqa: E731
    parts = [f'<svg class="chart" role="img" aria-label="Project timeline" viewBox="0 0 {width} {height}" width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">']
    year = start
    while year <= end:
        x = x_of(year)
        parts.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{top - 10}" y2="{height - bottom}" stroke="#ddd"/>')
        if year < end:
            middle = x_of(min(dt.date(year.year + 1, 4, 1), end)) / 2 + x / 2
            parts.append(f'<text x="{middle:.1f}" y="{top - 14}" text-anchor="middle" class="axis">{year.year}/{str(year.year + 1)[2:]}</text>')
        year = dt.date(year.year + 1, 4, 1)
    for index, rows in enumerate(lanes.values()):
        y = top + lane_h * index + lane_h / 2
        name = rows[-1]["project_name"]
        short = name if len(name) <= 46 else name[:45] + "…"
        parts.append(f'<text x="{left - 10}" y="{y + 4:.1f}" text-anchor="end" class="lane"><title>{_e(name)} ({_e(rows[-1]["financial_year"])})</title>{_e(short)}</text>')
        if len(rows) > 1:
            parts.append(f'<line x1="{x_of(rows[0]["paper_date"]):.1f}" x2="{x_of(rows[-1]["paper_date"]):.1f}" y1="{y:.1f}" y2="{y:.1f}" stroke="#888" stroke-width="2"/>')
        for row in rows:
            x = x_of(row["paper_date"])
            page = f", p.{row['printed_page']}" if row["printed_page"] is not None else ""
            tip = (f"{row['paper_date']:%d %b %Y} {row['paper_kind']} ({Path(row['path']).name}{page}): "
                   f"{money(row['amount'])}, {row['status'] or 'no status'} – {row['change'].replace('_', ' ')}")
            if row["change"] == "withdrawn":
                parts.append(
                    f'<path data-mark="withdrawn" d="M{x - 6:.1f},{y - 6:.1f} L{x + 6:.1f},{y + 6:.1f} M{x - 6:.1f},{y + 6:.1f} L{x + 6:.1f},{y - 6:.1f}" '
                    f'stroke="{CHANGE_COLOURS["withdrawn"]}" stroke-width="3"><title>{_e(tip)}</title></path>'
                )
                parts.append(f'<text x="{x + 10:.1f}" y="{y + 4:.1f}" class="change" fill="{CHANGE_COLOURS["withdrawn"]}">withdrawn ({_e(money(row["amount"]))})</text>')
                continue
            colour = CHANGE_COLOURS.get(row["change"], "#4a4a4a")
            radius = 6 if row["change"] in CHANGE_COLOURS else 4.5
            parts.append(f'<circle data-mark="paper" cx="{x:.1f}" cy="{y:.1f}" r="{radius}" fill="{colour}"><title>{_e(tip)}</title></circle>')
            if row["change"] in ("amount_changed", "amount_and_status_changed"):
                parts.append(f'<text x="{x + 10:.1f}" y="{y + 4:.1f}" class="change" fill="#9a5b00">{_e(money(row["previous_amount"]))} → {_e(money(row["amount"]))}</text>')
            elif row is rows[-1] and all(r["change"] not in CHANGE_COLOURS for r in rows):
                parts.append(f'<text x="{x + 10:.1f}" y="{y + 4:.1f}" class="amount">{_e(money(row["amount"]))}</text>')
    parts.append("</svg>")
    return "\n".join(parts)


_STYLE = """
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1d; margin: 24px 32px; max-width: 1140px; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 28px 0 8px; }
.meta { color: #666; margin: 0 0 16px; }
table { border-collapse: collapse; margin: 8px 0 16px; } th, td { padding: 4px 10px; border-bottom: 1px solid #e3e3e3; text-align: right; }
th { background: #f4f4f4; } td.text, th.text { text-align: left; }
svg .axis { font-size: 12px; fill: #444; } svg .legend { font-size: 12.5px; fill: #222; }
svg .note { font-size: 11px; fill: #222; }
svg .lane { font-size: 12px; fill: #222; } svg .change, svg .amount { font-size: 11.5px; font-weight: 600; } svg .amount { fill: #555; font-weight: 400; }
"""

_CHECK = """
(function () {
  var charts = document.querySelectorAll('svg.chart'), drawn = 0;
  for (var i = 0; i < charts.length; i++) {
    var box = charts[i].getBBox();
    if (box.width > 0 && box.height > 0 && charts[i].querySelectorAll('[data-mark]').length > 0) drawn++;
  }
  document.body.setAttribute('data-charts-rendered', drawn + '/' + charts.length);
})();
"""


def _table(headers: list[str], rows: list[list], text_columns: int = 1) -> str:
    head = "".join(f'<th class="{"text" if i < text_columns else ""}">{_e(h)}</th>' for i, h in enumerate(headers))
    body = "".join(
        "<tr>" + "".join(f'<td class="{"text" if i < text_columns else ""}">{_e(v)}</td>' for i, v in enumerate(row)) + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _fy_label(start: dt.date) -> str:
    return f"{start.year}/{str(start.year + 1)[2:]}"


def chart_years(years: list[dict], history: list[dict]) -> list[dict]:
    """For one body, its year rows with an empty slot for every other financial year between the
    first and the last that its figures or dated papers cover, so the theme chart and the timeline
    show the same years (several bodies: the rows as they are)."""
    if len({row.get("body_id") for row in years}) > 1:
        return years
    starts = [start for start in (_year_start(row["financial_year"]) for row in years) if start]
    starts += [_fy_start(row["paper_date"]) for row in history if row["paper_date"] is not None]
    if not starts:
        return years
    have = {row["financial_year"]: row for row in years}
    template = {"body_id": years[0].get("body_id"), "body": years[0].get("body")} if years else {}
    filled, start = [], min(starts)
    while start <= max(starts):
        label = _fy_label(start)
        filled.append(have.get(label) or {**template, "financial_year": label, "grant_total": None})
        start = dt.date(start.year + 1, 4, 1)
    return filled + [row for label, row in have.items() if _year_start(label) is None]


def render_report(con: duckdb.DuckDBPyConnection, source: str = "", body: dict | None = None) -> str:
    """The whole report as one HTML string: every body's, or one ``body``'s (a ``bodies`` row),
    with the chart comparing all bodies either way."""
    body_id = body["id"] if body else None
    where = " WHERE body_id = $body" if body_id else ""
    params = {"body": body_id} if body_id else None
    years = analytics.funding_by_year(con, body_id)
    compared = _rows(con, "SELECT * FROM funding_by_body_year ORDER BY body, financial_year")
    themes = _rows(con, "SELECT * FROM funding_by_theme_year" + where, params)
    history = _rows(con, "SELECT * FROM project_history" + where, params)
    changes = [r for r in history if r["change"] in ("amount_changed", "amount_and_status_changed", "withdrawn")]
    slots = chart_years(years, history)
    year_table = _table(
        ["Body", "Financial year", "Grant", "Upfront pot", "Tactical pot", "Approved", "Underspend", "Projects", "Withdrawn", "As of"],
        [[y["body"], y["financial_year"], money(y["grant_total"]), money(y["upfront_pot"]) + (" *" if y["pots_derived"] else ""),
          money(y["tactical_pot"]) + (" *" if y["pots_derived"] else ""),
          money(y["approved_total"]) + (" †" if y["approved_total_source"] == "projects" else ""), money(y["underspend"]),
          y["n_projects"], y["n_withdrawn"], y["as_of_date"] or "–"] for y in years],
        text_columns=2,
    )
    change_table = _table(
        ["Project", "Year", "Paper date", "Change", "Before", "After", "Status", "Source"],
        [[r["project_name"], r["financial_year"], r["paper_date"] or "undated", r["change"].replace("_", " "),
          money(r["previous_amount"]), money(r["amount"]), r["status"] or "–",
          f"{Path(r['path']).name}" + (f" p.{r['printed_page']}" if r["printed_page"] is not None else "")] for r in changes],
        text_columns=4,
    )
    generated = store.utcnow().strftime("%Y-%m-%d %H:%M UTC")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Funding trends</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>{_STYLE}</style></head>
<body>
<h1>Community safety funding: trends across years{_e(' – ' + body['name']) if body else ''}</h1>
<p class="meta">{len({y['body_id'] for y in years})} bodies, {len({y['financial_year'] for y in years})} financial years, {len({r['project_id'] for r in history})} projects from the committee papers in {_e(source or 'the warehouse')}; generated {generated}.</p>
<h2>Bodies compared</h2>
<p class="meta">Each body's grant per financial year as its own latest paper states it (lighter: no grant stated, the total of its projects). Figures of different bodies are never added together.</p>
{bodies_chart(compared)}
<h2>Funding per body and year</h2>
{year_table}
<p class="meta">* pot derived as grant minus the other pot (the papers state one pot). † sum of the year's approved, in-progress and completed projects (no total stated).</p>
<h2>Funding per year, stacked by theme</h2>
<p class="meta">Current amounts of each year's projects under their primary theme; withdrawn projects are left out. The dashed line is the year's grant.</p>
{theme_chart(slots, themes)}
<h2>Project timeline</h2>
<p class="meta">Each dot is a paper mentioning the project, placed at the paper's date (hover for the paper, page, amount and status); the bands are financial years. Orange: the amount changed; red cross: withdrawn.</p>
{timeline_chart(history, [y["financial_year"] for y in slots])}
<h2>Amount changes and withdrawals</h2>
{change_table if changes else '<p class="meta">None recorded.</p>'}
<script>{_CHECK}</script>
</body></html>
"""


def write_report(warehouse: str | Path, out: str | Path, body: str | None = None) -> Path:
    """Write the report; ``body`` (a name or an alias) keeps one body's tables and charts."""
    con = analytics.connect(warehouse)
    try:
        page = render_report(con, str(warehouse), analytics.resolve_body(con, body) if body else None)
    finally:
        con.close()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return out
