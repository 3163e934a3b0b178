"""Every fact field on held-out funding papers written before the round-three money fixes, scored against gold.

``tests/fixtures/holdout/<name>.txt`` are papers modelled on real ones (PCC decision notices, CSP
minutes with progress notes, space-aligned monitoring tables, outturn reports, cabinet member
decisions, Welsh CSP board minutes), each with a hand-made ``<name>.gold.json`` in the full gold
format. Each field must score F1 1.0 except the gaps in KNOWN_GAPS, which must not fall below their floor.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import FIXTURES
from extractors.facts import extract_facts
from extractors.parse import parse_file
from pipeline.evaluate import score_document

HOLDOUT = FIXTURES / "holdout"
GOLD = sorted(HOLDOUT.glob("*.gold.json"))
# (document, field) -> (lowest F1 accepted, why it is not 1.0).
KNOWN_GAPS: dict[tuple[str, str], tuple[float, str]] = {}


def _document(gold: Path) -> Path:
    stem = gold.name.removesuffix(".gold.json")
    return next(p for p in HOLDOUT.iterdir() if p.stem == stem and not p.name.endswith(".json"))


@pytest.mark.parametrize("gold_path", GOLD, ids=lambda p: p.name.removesuffix(".gold.json"))
def test_holdout_scores(gold_path: Path):
    name = gold_path.name.removesuffix(".gold.json")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    predicted = json.loads(extract_facts(parse_file(_document(gold_path))).model_dump_json())
    assert predicted["kind"] == gold["kind"]
    scores = score_document(gold, predicted)
    table = ", ".join(f"{field} F1 {c.f1:.2f} ({c.tp}/{c.fp}/{c.fn})" for field, c in scores.items())
    for field, counts in scores.items():
        floor, _ = KNOWN_GAPS.get((name, field), (1.0, ""))
        assert counts.f1 >= floor, f"{name} {field}: {table}"


def test_there_are_six_holdout_papers_and_gaps_name_them():
    names = {p.name.removesuffix(".gold.json") for p in GOLD}
    assert len(names) >= 6
    assert all(name in names for name, _ in KNOWN_GAPS)
