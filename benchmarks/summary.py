"""One table of issue 22's targets from the benchmarks' JSON: each corpus of ``bench.py`` and the
1M-fact warehouse of ``scale.py`` (README, Performance).

``python benchmarks/summary.py [--out DIR] [--docs generated=200 samples=40 mixed=200]`` reads
``DIR/bench-<corpus>-<docs>.json`` and ``DIR/scale/scale_1000000_refresh.json`` (or ``_copy``),
whatever of them exists, and prints Markdown: a column per corpus, each target and whether it is
met. ``make bench`` runs the three corpora and the scale benchmark, then this.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DOCS = {"generated": 200, "samples": 40, "mixed": 200}
PDFIUM_RATIO = 0.5  # end to end on one worker, at least this share of PDFium's text-only rate
WRITER_MS = 0.2  # writer milliseconds a page, at most
STARTUP_S = 3.0  # fixed start-up of `papers ingest`, at most
FUNDING_MS = 50.0
SEARCH_MS = 200.0


def _met(ok: bool) -> str:
    return "yes" if ok else "no"


def _mb(value: float) -> str:
    return f"{value / 1024 / 1024:,.0f} MB"


def _writer_ms(report: dict) -> float:
    """The writer's ms a page the target is judged on: its thread's CPU (on a shared machine its wall
    time swings with the load); the wall time in a report from before the CPU was measured."""
    return report.get("writer_cpu_ms_a_page", report["writer_ms_a_page"])


def corpus_rows(reports: dict[str, dict]) -> list[str]:
    """Markdown rows, a column per corpus, for the ingest targets."""
    names = list(reports)

    def row(label: str, cell, target: str = "", check=None) -> str:
        cells = [cell(reports[name]) for name in names]
        verdict = " / ".join(_met(check(reports[name])) for name in names) if check else ""
        return f"| {label} | " + " | ".join(cells) + f" | {target} | {verdict} |"

    def ratio(report: dict) -> float:
        return report["ingest"]["one_worker"]["pages_per_s"] / report["baselines"]["pdfium_pages_per_s"]

    def startup(report: dict) -> dict:
        return report.get("fixed_startup") or {}

    return [
        "| measure | " + " | ".join(names) + " | target | met |",
        "|---|" + "---:|" * len(names) + "---|---|",
        row("documents, pages", lambda r: f"{r['corpus']['docs']:,}, {r['corpus']['pages']:,}"),
        row("PDFium text, pages/s", lambda r: f"{r['baselines']['pdfium_pages_per_s']:,.0f}"),
        row("end to end, 1 worker: pages/s (× PDFium)",
            lambda r: f"{r['ingest']['one_worker']['pages_per_s']:,.0f} ({ratio(r):.2f}×)",
            f"≥ {PDFIUM_RATIO}× PDFium", lambda r: ratio(r) >= PDFIUM_RATIO),
        row("end to end, 2 workers (× 1 worker)", lambda r: f"{r['speedup_two_workers']:.2f}×"),
        row("writer, ms a page: CPU (wall)", lambda r: (
            f"{r['writer_cpu_ms_a_page']:.3f} ({r['writer_ms_a_page']:.3f})" if "writer_cpu_ms_a_page" in r
            else f"- ({r['writer_ms_a_page']:.3f})"),
            f"≤ {WRITER_MS} CPU", lambda r: _writer_ms(r) <= WRITER_MS),
        row("fixed start-up, best / median", lambda r: (
            f"{startup(r)['fixed_seconds']:.2f} / {startup(r)['fixed_median_seconds']:.2f} s" if startup(r) else "-"),
            f"≤ {STARTUP_S} s", lambda r: bool(startup(r)) and startup(r)["fixed_median_seconds"] <= STARTUP_S),
        row("re-run, unchanged corpus", lambda r: f"{r['ingest']['rerun']['seconds']:.2f} s"),
        row("peak RSS, process tree, 1 worker", lambda r: _mb(r["ingest"]["one_worker"]["peak_tree_rss_bytes"])),
    ]


def query_rows(scale: dict) -> list[str]:
    """Markdown rows for the query latencies on the scale warehouse."""
    facts = sum(count for table, count in scale["rows"].items() if table in _fact_tables())
    lines = [
        f"| query, {facts:,} facts, median of {scale['runs']} warm runs | ms | target | met |",
        "|---|---:|---|---|",
    ]
    for name, ms in scale["queries"].items():
        target = SEARCH_MS if name.startswith("search") else FUNDING_MS
        lines.append(f"| {name} | {ms:,.0f} | < {target:.0f} ms | {_met(ms < target)} |")
    return lines


def _fact_tables() -> set[str]:
    """The extracted facts' tables (not pages, the search index, derived or view tables)."""
    sys.path.insert(0, str(ROOT))
    from schemas.records import FACT_TABLES

    return {model.table for model in FACT_TABLES}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out")
    parser.add_argument("--docs", nargs="*", default=[f"{k}={v}" for k, v in DEFAULT_DOCS.items()],
                        help="corpus=docs pairs, as bench.py was run")
    args = parser.parse_args(argv)
    reports = {}
    for pair in args.docs:
        corpus, docs = pair.split("=")
        path = args.out / f"bench-{corpus}-{docs}.json"
        if path.exists():
            reports[corpus] = json.loads(path.read_text())
        else:
            print(f"no {path}: run benchmarks/bench.py --corpus {corpus} --docs {docs}", file=sys.stderr)
    scales = [args.out / "scale" / f"scale_1000000_{kind}.json" for kind in ("refresh", "copy")]
    scale = next((json.loads(p.read_text()) for p in scales if p.exists()), None)
    if not reports and scale is None:
        print("nothing to summarise", file=sys.stderr)
        return 1
    if reports:
        first = next(iter(reports.values()))["machine"]
        print(f"{first['cores']} cores ({first['cpu']}), {first['memory_gb']} GB, Python {first['python']}; "
              f"{first['date']}\n")
        print("\n".join(corpus_rows(reports)))
    if scale is not None:
        print(f"\n{scale['machine']}; {scale['date']}; derived tables: {scale.get('derived', 'refresh')}"
              + (f", derive.refresh {scale['refresh_s']:.0f} s" if "refresh_s" in scale else "") + "\n")
        print("\n".join(query_rows(scale)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
