"""Extraction time of a page whose one line lists N entries, against the same entries a line each, measured in the same run.

``python benchmarks/long_lines.py [--entries 500] [--shape awards_dash ...] [--json FILE]`` builds each shape at N
and 4N entries twice: run on in one line (a pasted list, a text layer that flattened a slide) and one entry a line (the
baseline: the same words, each entry its own short line). It prints the CPU seconds of ``extract_document`` for each
(best of ``--runs``, the garbage collector paused) and the ratio of 4N to N: near 4 is linear, near 16 quadratic. A
benchmark, not a test: nothing is asserted (``tests/test_linear_time.py`` bounds the growth of the awards shapes).
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors.extraction import extract_document  # noqa: E402
from extractors.parsing.parse_text import parse_text  # noqa: E402

_FUND = "Police and Crime Commissioner Community Safety Fund 2024/25\n\n"
_MINUTES = "Eastby Parish Council\n\nMinutes of the meeting of Eastby Parish Council held on Monday 3 March 2025 at 7pm\n\n"

_GIVEN = ("Ann", "Bob", "Cara", "Dev", "Eve", "Fay", "Guy", "Hal", "Ivy", "Jon")

# Each shape: (the page's lines above the list and the list's lead, one entry, the joiner on one line).
SHAPES: dict[str, tuple[str, Callable[[int], str], str]] = {
    # Numbered names end on no body's word: no project rule claims the figures, every other rule reads each one's sentence.
    "awards_numbered": (_FUND + "Examples of funded projects: ", lambda i: f"Eastby Tennis Club {i} – £{300 + i:,} to buy new nets", " "),
    "awards_dash": (_FUND + "Examples of funded projects: ", lambda i: f"{_surname(i)} Tennis Club – £{300 + i:,} to purchase new nets", " "),
    "awards_to": (_FUND + "Projects benefitting include: ", lambda i: f"£{1000 + 7 * i:,} to {_surname(i)} Youth Club", ", "),
    "awards_comma": (_FUND + "Examples of funded projects: ", lambda i: f"{_surname(i)} Cricket Club £{1000 + 7 * i:,}", ", "),
    "awards_named": (_FUND + "Grants were awarded to ", lambda i: f"{_surname(i)} Youth Club (£{1000 + 7 * i:,})", ", "),
    "attendance": (_MINUTES + "Present: Councillors ", lambda i: f"{'ABCDEFGHJK'[i % 10]} {_surname(i)}", ", "),
    "minute_items": (_MINUTES, lambda i: f"{i % 900 + 1}/25 Report on the {_surname(i)} ward. Noted.", " "),
    # Titled names with no separator at all ('Councillor Ann Arkwright Councillor Bob Brookwright ...'): a PDF's list run on.
    "attendance_titled": (_MINUTES + "Present: ", lambda i: f"Councillor {_GIVEN[i % 10]} {_surname(i)}", " "),
}


def _surname(i: int) -> str:
    """A distinct capitalised surname per entry ('Arkwright', 'Brookbank', ... then numbered)."""
    stems = ("Ark", "Brook", "Cobb", "Dacre", "Eames", "Fenn", "Gill", "Hurst", "Ince", "Jowett")
    return f"{stems[i % 10]}{'abcdefghij'[i // 10 % 10]}{'wright' if i < 100 else 'ley' * (1 + i // 100 % 3)}"


def page(shape: str, entries: int, one_line: bool = True) -> str:
    """The page of ``shape`` with ``entries`` entries, run on in one line or one a line."""
    lead, entry, joiner = SHAPES[shape]
    items = [entry(i) for i in range(entries)]
    return lead + joiner.join(items) + ".\n" if one_line else lead.rstrip() + "\n" + "\n".join(items) + "\n"


def cpu_seconds(text: str, runs: int = 1) -> float:
    """CPU seconds of extracting ``text`` (a text file), best of ``runs``, the cyclic collector paused."""
    document = parse_text(Path("page.txt"), text.encode(), "0" * 64)
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            extract_document(document)
            best = min(best, time.process_time() - start)
        finally:
            gc.enable()
    return best


def measure(shape: str, entries: int, runs: int) -> dict:
    """Seconds for N and 4N entries, on one line and a line each, and each layout's ratio of 4N to N."""
    result: dict = {"shape": shape, "entries": entries}
    for layout, one_line in (("one_line", True), ("line_each", False)):
        small, large = (cpu_seconds(page(shape, n, one_line), runs) for n in (entries, 4 * entries))
        result[layout] = {"seconds_n": round(small, 3), "seconds_4n": round(large, 3), "ratio": round(large / max(small, 1e-3), 2)}
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--entries", type=int, default=500, help="N (the larger page has 4N)")
    parser.add_argument("--shape", nargs="*", choices=sorted(SHAPES), default=sorted(SHAPES))
    parser.add_argument("--runs", type=int, default=1, help="best of this many runs each")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    cpu_seconds(page("awards_to", 20))  # spaCy and the pattern caches load outside the measure
    results = [measure(shape, args.entries, args.runs) for shape in args.shape]
    print(f"{'shape':<14}{'N':>6}  {'one line N':>11}{'4N':>9}{'ratio':>7}  {'a line each N':>14}{'4N':>9}{'ratio':>7}")
    for row in results:
        one, each = row["one_line"], row["line_each"]
        print(
            f"{row['shape']:<14}{row['entries']:>6}  {one['seconds_n']:>11.2f}{one['seconds_4n']:>9.2f}{one['ratio']:>7.1f}"
            f"  {each['seconds_n']:>14.2f}{each['seconds_4n']:>9.2f}{each['ratio']:>7.1f}"
        )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
