"""Extraction time of the bad-input corpus's big text files at their issue-16 sizes, against half of each.

``python benchmarks/big_inputs.py [--runs 1] [--json FILE]`` builds 400 KB of listed '£' amounts and 5,000 one-amount
pages (``tests/badinputs.py``; the ingest test loads smaller copies, so its worker timeout asserts no speed) and half of
each, and prints the CPU seconds of ``extract_document`` for both (best of ``--runs``, the garbage collector paused) and
their ratio: near 2 is linear, near 4 quadratic. A benchmark, not a test: nothing is asserted
(``tests/test_linear_time.py`` bounds the growth of both shapes).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "benchmarks"), str(ROOT / "tests")]

from badinputs import FULL_AMOUNT_LINES, FULL_ONE_AMOUNT_PAGES, one_amount_pages, pound_lines  # noqa: E402
from long_lines import cpu_seconds  # noqa: E402

SHAPES = {
    "listed_amounts": (pound_lines, FULL_AMOUNT_LINES),
    "one_amount_pages": (one_amount_pages, FULL_ONE_AMOUNT_PAGES),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=1, help="best of this many runs each")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    cpu_seconds(pound_lines(2_000).decode())  # spaCy and the pattern caches load outside the measure
    results = []
    print(f"{'shape':<18}{'size':>8}  {'half':>8}{'full':>8}{'ratio':>7}")
    for shape, (make, full) in SHAPES.items():
        half_s, full_s = (cpu_seconds(make(size).decode(), args.runs) for size in (full // 2, full))
        results.append({"shape": shape, "size": full, "seconds_half": round(half_s, 3), "seconds_full": round(full_s, 3)})
        print(f"{shape:<18}{full:>8}  {half_s:>8.2f}{full_s:>8.2f}{full_s / max(half_s, 1e-3):>7.1f}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
