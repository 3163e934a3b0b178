"""Funding papers of other bodies and house styles, scored against hand-made expectations.

Each ``tests/fixtures/funding_variants/<name>.<ext>`` has a ``<name>.expected.json`` holding the
allocations and projects a careful analyst reads in it. The figures must be exact: no variant
may gain a wrong allocation or project amount, and only the misses listed in ``KNOWN_MISSES``
are tolerated. Some variants are also rendered as PDFs (wrapped at a printed line width).
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from badinputs import text_pdf
from conftest import FIXTURES
from extractors.facts import extract_facts
from pipeline.evaluate import Counts, score_document
from pipeline.read import parse_file

VARIANTS = FIXTURES / "funding_variants"
EXPECTED = sorted(VARIANTS.glob("*.expected.json"))
RENDERED_AS_PDF = ("v02_pcc_decision_list", "v05_year_end_underspend", "v10_fy_forms")
# (variant, field) -> misses allowed; each is a known limitation, explained above its entry.
KNOWN_MISSES = {
    # 'the Partnership's community safety budget ..., which stands at £20,000': no grant wording.
    ("v11_minutes_resolved", "allocations"): 1,
}
FIELDS = ("project_amounts", "allocations", "project_status")


def stem(expected: Path) -> str:
    return expected.name.removesuffix(".expected.json")


def document_of(name: str) -> Path:
    return next(p for p in VARIANTS.glob(f"{name}.*") if not p.name.endswith(".json"))


def scores(path: Path, expected: Path) -> dict[str, Counts]:
    predicted = json.loads(extract_facts(parse_file(path)).model_dump_json())
    return score_document(json.loads(expected.read_text(encoding="utf-8")), predicted)


def check(name: str, found: dict[str, Counts]) -> None:
    for field in ("project_amounts", "allocations"):
        counts = found[field]
        assert counts.fp == 0, f"{name}: {counts.fp} wrong {field}"
        assert counts.fn <= KNOWN_MISSES.get((name, field), 0), f"{name}: {counts.fn} {field} missed"
    assert found["project_status"].tp == found["projects"].tp, f"{name}: a status is wrong"


def test_there_are_a_dozen_variants_each_with_its_document():
    assert len(EXPECTED) >= 12
    for expected in EXPECTED:
        assert document_of(stem(expected)).exists()


@pytest.mark.parametrize("expected", EXPECTED, ids=stem)
def test_variant(expected: Path):
    check(stem(expected), scores(document_of(stem(expected)), expected))


@pytest.mark.parametrize("name", RENDERED_AS_PDF)
def test_variant_rendered_as_pdf(name: str, tmp_path: Path):
    text = document_of(name).read_text(encoding="utf-8")
    lines = [wrapped for line in text.splitlines() for wrapped in (textwrap.wrap(line, 95) or [""])]
    pages = ["\n".join(lines[i : i + 44]) for i in range(0, len(lines), 44)]
    check(name, scores(text_pdf(tmp_path / f"{name}.pdf", pages), VARIANTS / f"{name}.expected.json"))


def test_all_variants_together_score_well():
    totals = {field: Counts() for field in FIELDS}
    for expected in EXPECTED:
        found = scores(document_of(stem(expected)), expected)
        for field in FIELDS:
            totals[field].add(found[field])
    assert totals["project_amounts"].f1 >= 0.95, totals
    assert totals["allocations"].f1 >= 0.9, totals
    assert totals["allocations"].precision == 1.0 and totals["project_amounts"].precision == 1.0, totals
