"""benchmarks/summary.py: the README's table of issue 22's targets, read from the benchmarks' JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import summary  # noqa: E402


def bench_report(kind: str, pdfium: float, one_worker: float, writer_ms: float, startup_median: float) -> dict:
    run = {"pages_per_s": one_worker, "peak_tree_rss_bytes": 300 * 1024 * 1024, "seconds": 10.0}
    return {
        "machine": {"cores": 2, "cpu": "test cpu", "memory_gb": 8.0, "python": "3.11", "date": "2026-12-05T00:00:00+00:00"},
        "corpus": {"kind": kind, "docs": 4, "pages": 120},
        "baselines": {"pdfium_pages_per_s": pdfium},
        "ingest": {"one_worker": run, "two_workers": run, "rerun": {"seconds": 0.2}},
        "speedup_two_workers": 1.4,
        "writer_ms_a_page": writer_ms,
        "fixed_startup": {"fixed_seconds": startup_median - 0.3, "fixed_median_seconds": startup_median},
    }


def test_each_corpus_gets_a_column_and_each_target_a_verdict_per_corpus(tmp_path: Path, capsys):
    (tmp_path / "bench-generated-4.json").write_text(json.dumps(bench_report("generated", 600, 320, 0.15, 2.8)))
    (tmp_path / "bench-samples-4.json").write_text(json.dumps(bench_report("samples", 600, 200, 0.25, 3.4)))
    assert summary.main(["--out", str(tmp_path), "--docs", "generated=4", "samples=4"]) == 0
    lines = capsys.readouterr().out.splitlines()
    row = {line.split(" | ")[0].lstrip("| "): line for line in lines if line.startswith("| ")}
    assert row["measure"].startswith("| measure | generated | samples |")
    assert "320 (0.53×)" in row["end to end, 1 worker: pages/s (× PDFium)"]
    assert row["end to end, 1 worker: pages/s (× PDFium)"].endswith("| yes / no |")
    assert row["writer, ms a page: CPU (wall)"].endswith("| yes / no |")
    assert row["fixed start-up, best / median"].endswith("| yes / no |")


def test_the_writer_target_is_judged_on_its_cpu_and_its_wall_time_printed_beside(tmp_path: Path, capsys):
    loaded = dict(bench_report("samples", 600, 200, 0.31, 2.8), writer_cpu_ms_a_page=0.18)
    (tmp_path / "bench-samples-4.json").write_text(json.dumps(loaded))
    assert summary.main(["--out", str(tmp_path), "--docs", "samples=4"]) == 0
    line = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("| writer"))
    assert line == "| writer, ms a page: CPU (wall) | 0.180 (0.310) | ≤ 0.2 CPU | yes |"


def test_query_latencies_are_judged_against_their_own_target(tmp_path: Path, capsys):
    (tmp_path / "scale").mkdir()
    scale = {"machine": "x86_64", "date": "2026-12-05", "runs": 5, "derived": "copy",
             "rows": {"documents": 10, "projects": 600_000, "allocations": 400_000, "search_terms": 9, "dated_papers_rows": 7},
             "queries": {"funding_by_year (all)": 49.0, "project_history (one project)": 51.0, "search: youth": 150.0}}
    (tmp_path / "scale" / "scale_1000000_copy.json").write_text(json.dumps(scale))
    assert summary.main(["--out", str(tmp_path), "--docs"]) == 0
    out = capsys.readouterr().out
    assert "| query, 1,000,000 facts, median of 5 warm runs |" in out
    assert "| funding_by_year (all) | 49 | < 50 ms | yes |" in out
    assert "| project_history (one project) | 51 | < 50 ms | no |" in out
    assert "| search: youth | 150 | < 200 ms | yes |" in out


def test_nothing_to_summarise_is_an_error_not_an_empty_table(tmp_path: Path, capsys):
    assert summary.main(["--out", str(tmp_path)]) == 1
    assert "nothing to summarise" in capsys.readouterr().err
