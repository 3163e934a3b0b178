"""Extraction time grows with the size of a document, not with its square (issue 16 case 7).

A 400 KB text of listed amounts took 45 s and 5,000 one-amount pages hit the 120 s limit:
sections were scanned again for every mention, and every project name compared with every
group. The measure is CPU time of this process (the best of three), so another process on
the machine does not count; doubling the input may at most multiply it by 2.5.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Callable

import pytest

from badinputs import pound_lines
from extractors.extraction import extract_document
from extractors.parse_text import parse_text

SIZES = (100_000, 200_000, 400_000)


def _listed_amounts(size: int) -> str:
    return pound_lines(size).decode()


def _one_amount_pages(size: int) -> str:
    pages, total, number = [], 0, 0
    while total < size:
        number += 1
        page = f"Update {number}\n\nThe grant of £{1000 + number:,} was agreed for 202{number % 5}/2{number % 5 + 1}.\n"
        pages.append(page)
        total += len(page) + 1
    return "\f".join(pages)


def _tactical_sections(size: int) -> str:
    """Pot words and years before every project: what the pot and year lookups scan."""
    blocks, total, number = [], 0, 0
    while total < size:
        number += 1
        block = (
            f"Tactical pot 2024/25 round {number}\n\n"
            f"- Street safety patrol number {number} (£{500 + number:,}) from the upfront fund\n"
        )
        blocks.append(block)
        total += len(block)
    return "".join(blocks)


def _cpu_seconds(text: str) -> float:
    document = parse_text(Path("x.txt"), text.encode(), "0" * 64)
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        extract_document(document)
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize("make", [_listed_amounts, _one_amount_pages, _tactical_sections], ids=lambda f: f.__name__)
def test_doubling_the_input_at_most_doubles_the_time(make: Callable[[int], str]):
    _cpu_seconds(make(10_000))  # spaCy and the pattern caches load outside the measure
    times = [_cpu_seconds(make(size)) for size in SIZES]
    ratios = [later / max(earlier, 1e-3) for earlier, later in zip(times, times[1:])]
    assert all(ratio <= 2.5 for ratio in ratios), dict(zip(SIZES, times))
