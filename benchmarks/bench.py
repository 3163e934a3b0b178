"""Ingest throughput on a corpus (generated, samples or mixed), against the raw PDF engines measured in the same run.

``python benchmarks/bench.py --corpus generated --docs 200`` writes the corpus (``benchmarks/corpora.py``) unless it
is already there, then measures, on the same files:

* PDFium (pypdfium2) text extraction alone, one process: the limit;
* pdfplumber ``extract_text``, one process, on a spread sample of pages (it runs ~8 pages/s,
  so the whole corpus would take hours): the usual baseline;
* end-to-end ``run_ingest`` (the real pipeline: worker pool, extraction, DuckDB load, search
  index, data checks) with 1 worker into a fresh warehouse, with the time per stage;
* a re-run over the unchanged corpus;
* end-to-end ingest with 2 workers into another fresh warehouse, and the speed-up.

Each ingest runs in a fresh interpreter, and its peak RSS is that of the whole process tree
(the ingest and its workers, summed, sampled every 50 ms from /proc). It prints a table and
writes JSON (``--json``). A benchmark, not a test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")

from corpora import CORPORA, build  # noqa: E402  (benchmarks/ is put on sys.path just above)


# --------------------------------------------------------------------------- memory


def _children_map() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                ppid = int(handle.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    return children


def tree_rss(pid: int) -> int:
    """Resident bytes of ``pid`` and all its descendants (shared pages counted in each)."""
    children, total, todo = _children_map(), 0, [pid]
    while todo:
        current = todo.pop()
        try:
            with open(f"/proc/{current}/statm") as handle:
                total += int(handle.read().split()[1]) * PAGE_SIZE
        except (OSError, IndexError, ValueError):
            pass
        todo.extend(children.get(current, ()))
    return total


class PeakSampler:
    """Samples ``tree_rss(pid)`` in a thread until stopped; ``peak`` is the largest sample."""

    def __init__(self, pid: int, interval: float = 0.05):
        self.pid, self.interval, self.peak = pid, interval, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, tree_rss(self.pid))
            self._stop.wait(self.interval)

    def __enter__(self) -> "PeakSampler":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


# --------------------------------------------------------------------------- baselines


def pdfium_pages_per_second(paths: list[Path]) -> tuple[int, float]:
    """(pages, seconds) for PDFium's text of every page of every file, bytes read included."""
    import pypdfium2 as pdfium

    pages, start = 0, time.perf_counter()
    for path in paths:
        pdf = pdfium.PdfDocument(path.read_bytes())
        try:
            for index in range(len(pdf)):
                page = pdf[index]
                textpage = page.get_textpage()
                textpage.get_text_range()
                textpage.close()
                page.close()
                pages += 1
        finally:
            pdf.close()
    return pages, time.perf_counter() - start


def pdfplumber_pages_per_second(paths: list[Path], limit: int) -> tuple[int, float]:
    """(pages, seconds) for pdfplumber ``extract_text`` on about ``limit`` pages from the middle of the packs."""
    import pdfplumber

    per_file = max(1, -(-limit // max(1, len(paths))))
    pages, start = 0, time.perf_counter()
    for path in paths:
        with pdfplumber.open(path) as pdf:
            middle = len(pdf.pages) // 2
            for page in pdf.pages[middle : middle + per_file]:
                page.extract_text()
                page.close()
                pages += 1
        if pages >= limit:
            break
    return pages, time.perf_counter() - start


# --------------------------------------------------------------------------- ingest (child)


def _timed(module, name: str, totals: dict[str, float], calls: dict[str, int], cpu: dict[str, float]) -> None:
    """Replace ``module.name`` by a wrapper adding its wall time to ``totals``, the CPU of the thread
    that calls it to ``cpu`` (``time.thread_time``: the other threads' and processes' work, and
    waiting for a core on a shared machine, left out) and counting its ``calls``."""
    original = getattr(module, name)
    key = f"{module.__name__.rsplit('.', 1)[-1]}.{name}"

    def wrapper(*args, **kwargs):
        start, start_cpu = time.perf_counter(), time.thread_time()
        try:
            return original(*args, **kwargs)
        finally:
            totals[key] = totals.get(key, 0.0) + time.perf_counter() - start
            cpu[key] = cpu.get(key, 0.0) + time.thread_time() - start_cpu
            calls[key] = calls.get(key, 0) + 1

    setattr(module, name, wrapper)


# Stages timed inside another one (the search index is written inside load_batch).
NESTED_STAGES = ("search_index.index_documents",)
# The writer's stage: loading the processed documents (group commit), search index included.
LOAD_STAGE = "loading.load_batch"


def writer_ms_a_page(run: dict, times: str = "stages") -> float:
    """The writer's time per page: its load stage (``LOAD_STAGE``) over the pages in the warehouse;
    ``times``: "stages" (wall) or "stages_cpu" (the writer thread's CPU, what the target is judged
    on: wall time swings with the machine's load)."""
    return 1000 * run.get(times, {}).get(LOAD_STAGE, 0.0) / max(1, run["pages_in_warehouse"])


def child_ingest(corpus: str, warehouse: str, workers: int) -> dict:
    """One ``run_ingest`` as the CLI's local runner does it, with the time of its stages."""
    import importlib.util
    import inspect

    from pipeline import ingest, search_index, store
    from pipeline.ingest import loading
    from pipeline.workers import IsolatedProcessor

    stages: dict[str, float] = {}
    stages_cpu: dict[str, float] = {}
    calls: dict[str, int] = {}
    timed = [
        (ingest, "plan"), (loading, "load_batch"), (search_index, "index_documents"), (search_index, "reindex"),
        (store, "run_checks"),
    ]
    if importlib.util.find_spec("pipeline.derive"):  # derived tables, refreshed after every ingest
        timed.append((importlib.import_module("pipeline.derive"), "refresh"))
    for module, name in timed:
        _timed(module, name, stages, calls, stages_cpu)
    start = time.perf_counter()
    with IsolatedProcessor(workers) as processor:
        streaming = "stream" in inspect.signature(ingest.run_ingest).parameters
        options = dict(stream=processor.results) if streaming else dict(process=processor)
        summary = ingest.run_ingest([corpus], warehouse, runner="local", **options)
    seconds = time.perf_counter() - start
    counts = {k: summary.count(k) for k in ("loaded", "skipped", "failed", "needs_ocr", "unsupported")}
    con = store.connect(warehouse, read_only=True)
    try:
        pages = con.execute("SELECT count(*) FROM pages").fetchall()[0][0]
        rows = {
            table: con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
            for table in ("pages", "papers", "attendance", "projects", "allocations", "money_mentions", "dated_events")
        }
    finally:
        con.close()
    run = dict(
        seconds=seconds, counts=counts, pages_in_warehouse=pages, rows=rows, stages=stages, stages_cpu=stages_cpu, calls=calls,
        checks_failed=sorted(summary.check_failures), streaming=streaming,
        self_maxrss_bytes=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
    )
    run["writer_ms_a_page"] = writer_ms_a_page(run)
    run["writer_cpu_ms_a_page"] = writer_ms_a_page(run, "stages_cpu")
    return run


def run_child(corpus: Path, warehouse: Path, workers: int) -> dict:
    """``child_ingest`` in a fresh interpreter, with the peak RSS of its process tree."""
    command = [sys.executable, __file__, "--child", str(corpus), str(warehouse), str(workers)]
    env = dict(os.environ, DO_NOT_TRACK="1", PREFECT_SERVER_ANALYTICS_ENABLED="false")
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    with PeakSampler(process.pid) as sampler:
        out, _ = process.communicate()
    if process.returncode != 0:
        raise SystemExit(f"the ingest child failed (exit {process.returncode})")
    result = json.loads(out.strip().splitlines()[-1])
    result["process_seconds"] = time.perf_counter() - started
    result["peak_tree_rss_bytes"] = sampler.peak
    return result


# --------------------------------------------------------------------------- fixed start-up

TINY_DOCUMENT = "Minutes of the Example Committee held on 3 March 2026\n\nPRESENT: Councillor A Example (Chair)\n"


def _recorders() -> list[int]:
    """Pids of running ``pipeline.prefect_record`` processes (the default runner's background record)."""
    pids = []
    for entry in filter(str.isdigit, os.listdir("/proc")):
        try:
            if b"pipeline.prefect_record" in Path(f"/proc/{entry}/cmdline").read_bytes():
                pids.append(int(entry))
        except OSError:
            pass
    return pids


def fixed_startup(out: Path, runs: int = 3, root: Path = ROOT) -> dict:
    """``papers ingest`` of 1 tiny new text document, default runner, fresh interpreter, fresh
    warehouse: wall time minus the document's parse time (parse and extract, measured in this
    process after a warm-up), best and median of ``runs``. Each run waits for the background
    recorder to finish before the next, so it does not slow it. ``root``: the checkout to run
    (another worktree, for a baseline in the same run)."""
    from extractors.facts import extract_facts
    from pipeline.read import parse_file

    walls, waits = [], []
    with tempfile.TemporaryDirectory(dir=out) as scratch:
        env = dict(os.environ, DO_NOT_TRACK="1", PREFECT_HOME=str(Path(scratch) / "prefect"), COLUMNS="200")
        env.pop("PREFECT_API_URL", None)
        for index in range(runs):
            raw = Path(scratch) / f"raw{index}"
            raw.mkdir()
            (raw / "tiny.txt").write_text(TINY_DOCUMENT + f"Run {index} {time.time_ns()}\n")
            command = [sys.executable, "-m", "pipeline.cli", "ingest", str(raw), "--workers", "1", "--json",
                       "--warehouse", str(Path(scratch) / f"w{index}.duckdb")]
            started = time.perf_counter()
            done = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True)
            walls.append(time.perf_counter() - started)
            if done.returncode != 0:
                raise SystemExit(f"papers ingest failed: {done.stderr}")
            waits.append(json.loads(done.stdout).get("parse_wait_seconds", float("nan")))
            while _recorders():
                time.sleep(0.2)
        document = raw / "tiny.txt"
        extract_facts(parse_file(document))
        started = time.perf_counter()
        extract_facts(parse_file(document))
        parse = time.perf_counter() - started
    walls.sort()
    return dict(
        wall_seconds=walls, parse_seconds=parse, fixed_seconds=walls[0] - parse,
        fixed_median_seconds=walls[len(walls) // 2] - parse, waiting_for_the_worker_seconds=sorted(waits),
    )


# --------------------------------------------------------------------------- report


def machine() -> dict:
    memory = next((line.split()[1] for line in open("/proc/meminfo") if line.startswith("MemTotal")), "0")
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "")
    return dict(
        cores=len(os.sched_getaffinity(0)), cpu=cpu, memory_gb=round(int(memory) / 1024 / 1024, 1),
        python=platform.python_version(), platform=platform.platform(), load_average=os.getloadavg(),
        date=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    )


def versions() -> dict:
    from importlib.metadata import version

    return {name: version(name) for name in ("pypdfium2", "pdfplumber", "spacy", "duckdb", "prefect")}


def _mb(value: int) -> str:
    return f"{value / 1024 / 1024:,.0f} MB"


def table(report: dict) -> str:
    corpus, base, runs = report["corpus"], report["baselines"], report["ingest"]
    pdfium, plumber = base["pdfium_pages_per_s"], base["pdfplumber_pages_per_s"]
    one, two, rerun = runs["one_worker"], runs["two_workers"], runs["rerun"]
    rows = [
        ("PDFium text, 1 process (the limit)", f"{pdfium:,.0f}", f"{base['pdfium_seconds']:.1f}", "1.00× PDFium"),
        (f"pdfplumber extract_text, 1 process ({base['pdfplumber_pages']} pages)", f"{plumber:,.1f}",
         f"{base['pdfplumber_seconds']:.1f}", f"{plumber / pdfium:.3f}× PDFium"),
        ("ingest end to end, 1 worker", f"{one['pages_per_s']:,.1f}", f"{one['seconds']:.1f}",
         f"{one['pages_per_s'] / pdfium:.3f}× PDFium, {one['pages_per_s'] / plumber:.1f}× pdfplumber"),
        ("ingest end to end, 2 workers", f"{two['pages_per_s']:,.1f}", f"{two['seconds']:.1f}",
         f"{report['speedup_two_workers']:.2f}× 1 worker"),
        ("writer (load stage), 1 worker", f"{1000 / max(one['writer_ms_a_page'], 1e-9):,.0f}",
         f"{one['stages'].get(LOAD_STAGE, 0.0):.1f}",
         f"{one['writer_ms_a_page']:.3f} ms a page wall, {one['writer_cpu_ms_a_page']:.3f} ms CPU (writer thread)"),
        (f"re-run, {corpus['docs']} unchanged documents", "", f"{rerun['seconds']:.2f}",
         f"{rerun['counts']['skipped']} skipped"),
    ]
    width = max(len(r[0]) for r in rows)
    lines = [
        f"corpus {corpus.get('kind', 'generated')}: {corpus['docs']} documents, {corpus['pages']:,} pages, {corpus['megabytes']:.0f} MB "
        f"(seed {corpus['seed']}); {report['machine']['cores']} cores, load average at start "
        f"{report['machine']['load_average'][0]:.2f}",
        f"{'measure':{width}}  {'pages/s':>9}  {'seconds':>8}  ratio",
    ]
    lines += [f"{a:{width}}  {b:>9}  {c:>8}  {d}" for a, b, c, d in rows]
    lines.append(
        f"peak RSS (process tree): 1 worker {_mb(one['peak_tree_rss_bytes'])}, 2 workers "
        f"{_mb(two['peak_tree_rss_bytes'])}, re-run {_mb(rerun['peak_tree_rss_bytes'])}; "
        f"ingest process alone {_mb(one['self_maxrss_bytes'])}"
    )
    stages = one["stages"]
    waited = one["seconds"] - sum(seconds for name, seconds in stages.items() if name not in NESTED_STAGES)
    lines.append(
        "1 worker, where the ingest process spends its time: "
        + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in stages.items())
        + f", waiting for workers (parse and extract) {waited:.1f} s"
    )
    startup = report.get("fixed_startup")
    if startup:
        lines.append(
            f"fixed start-up of `papers ingest` (1 tiny new text document, default runner, fresh interpreter, wall "
            f"minus parse {startup['parse_seconds'] * 1000:.0f} ms): {startup['fixed_seconds']:.2f} s best, "
            f"{startup['fixed_median_seconds']:.2f} s median of {len(startup['wall_seconds'])}; of which waiting for "
            f"the worker (pool start and parse) {startup['waiting_for_the_worker_seconds'][0]:.2f} s"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--corpus", choices=CORPORA, default="generated", help="which corpus (benchmarks/corpora.py)")
    parser.add_argument("--docs", type=int, default=200, help="agenda packs (generated, mixed) or copies of the samples")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out", help="corpus and warehouses")
    parser.add_argument("--plumber-pages", type=int, default=300, help="pages sampled for the pdfplumber baseline")
    parser.add_argument("--json", type=Path, help="where to write the JSON [default: OUT/bench-DOCS.json]")
    parser.add_argument("--startup-only", action="store_true", help="measure only the fixed start-up of `papers ingest`")
    parser.add_argument("--runner", choices=("local", "dask"), default="local",
                        help="dask: only the Dask runner's throughput against --workers (benchmarks/dask_scaling.py)")
    parser.add_argument("--workers", default="1,2,4", help="with --runner dask: worker counts, comma-separated")
    args = parser.parse_args()

    args.out.mkdir(parents=True, exist_ok=True)
    if args.runner == "dask":
        import dask_scaling

        corpus_dir, _ = build(args.corpus, args.out, args.docs, args.seed, processes=len(os.sched_getaffinity(0)))
        results = dask_scaling.run(corpus_dir, args.out, [int(n) for n in args.workers.split(",")])
        report = dict(machine=machine(), corpus=dict(kind=args.corpus, docs=args.docs, path=str(corpus_dir)), dask=results)
        print(dask_scaling.table(results, report["machine"]["cores"]))
        target = args.json or args.out / f"bench-dask-{args.corpus}-{args.docs}.json"
        target.write_text(json.dumps(report, indent=2) + "\n")
        print(f"JSON: {target}")
        return
    if args.startup_only:
        report = dict(machine=machine(), fixed_startup=fixed_startup(args.out))
        print(json.dumps(report, indent=2))
        return
    started = time.perf_counter()
    corpus_dir, paths = build(args.corpus, args.out, args.docs, args.seed, processes=len(os.sched_getaffinity(0)))
    print(f"corpus ready in {time.perf_counter() - started:.0f} s: {corpus_dir}", file=sys.stderr)

    report = dict(machine=machine(), versions=versions())
    report["fixed_startup"] = fixed_startup(args.out)
    print(f"fixed start-up: {report['fixed_startup']['fixed_seconds']:.2f} s", file=sys.stderr)
    pages, pdfium_seconds = pdfium_pages_per_second(paths)
    plumber_pages, plumber_seconds = pdfplumber_pages_per_second(paths, args.plumber_pages)
    report["corpus"] = dict(
        kind=args.corpus, docs=len(paths), pages=pages, seed=args.seed, path=str(corpus_dir),
        megabytes=sum(p.stat().st_size for p in paths) / 1e6,
    )
    report["baselines"] = dict(
        pdfium_pages_per_s=pages / pdfium_seconds, pdfium_seconds=pdfium_seconds,
        pdfplumber_pages=plumber_pages, pdfplumber_seconds=plumber_seconds,
        pdfplumber_pages_per_s=plumber_pages / plumber_seconds,
    )
    print(f"baselines done: PDFium {pages / pdfium_seconds:.0f} pages/s", file=sys.stderr)
    with tempfile.TemporaryDirectory(dir=args.out) as scratch:
        runs = {}
        runs["one_worker"] = run_child(corpus_dir, Path(scratch) / "one.duckdb", 1)
        print(f"1 worker: {runs['one_worker']['seconds']:.1f} s", file=sys.stderr)
        runs["rerun"] = run_child(corpus_dir, Path(scratch) / "one.duckdb", 1)
        runs["two_workers"] = run_child(corpus_dir, Path(scratch) / "two.duckdb", 2)
        print(f"2 workers: {runs['two_workers']['seconds']:.1f} s", file=sys.stderr)
    for run in runs.values():
        run["pages_per_s"] = pages / run["seconds"]
    report["ingest"] = runs
    report["speedup_two_workers"] = runs["one_worker"]["seconds"] / runs["two_workers"]["seconds"]
    report["writer_ms_a_page"] = runs["one_worker"]["writer_ms_a_page"]
    report["writer_cpu_ms_a_page"] = runs["one_worker"]["writer_cpu_ms_a_page"]
    report["machine"]["load_average_at_end"] = os.getloadavg()
    print(table(report))
    target = args.json or args.out / f"bench-{args.corpus}-{args.docs}.json"
    target.write_text(json.dumps(report, indent=2) + "\n")
    print(f"JSON: {target}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        corpus_arg, warehouse_arg, workers_arg = sys.argv[2:5]
        print(json.dumps(child_ingest(corpus_arg, warehouse_arg, int(workers_arg))))
    else:
        main()
