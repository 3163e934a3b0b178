"""Scoring a folder of papers annotated in the gold format (`<stem>.gold.json` beside each paper)."""

from __future__ import annotations

import json
from pathlib import Path

from extractors.facts import extract_facts
from pipeline.evaluate import score_document
from pipeline.read import parse_file

KnownGaps = dict[tuple[str, str], tuple[float, str]]


def gold_name(gold: Path) -> str:
    return gold.name.removesuffix(".gold.json")


def document_for(gold: Path) -> Path:
    """The paper a gold file annotates: same stem, in the same folder, not a JSON file."""
    return next(p for p in gold.parent.iterdir() if p.stem == gold_name(gold) and not p.name.endswith(".json"))


def assert_scores(gold_path: Path, known_gaps: KnownGaps) -> str:
    """Every field scores F1 1.0 unless ``known_gaps`` gives a floor; returns the score line."""
    name = gold_name(gold_path)
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    predicted = json.loads(extract_facts(parse_file(document_for(gold_path))).model_dump_json())
    assert predicted["kind"] == gold["kind"]
    scores = score_document(gold, predicted)
    table = ", ".join(f"{field} F1 {c.f1:.2f} ({c.tp}/{c.fp}/{c.fn})" for field, c in scores.items())
    for field, counts in scores.items():
        floor, _ = known_gaps.get((name, field), (1.0, ""))
        assert counts.f1 >= floor, f"{name} {field}: {table}"
    return f"{name}: {table}"
