"""Fixtures that copy the layouts of real published papers (tests/fixtures/real_layouts/<kind>/).

Each ``<name>.<ext>`` has a ``<name>.gold.json`` written before the extractors were changed for it.
Their words, names and amounts are our own; the line breaks, labels, numbering, noise lines, tables
and HTML structure are those of real pages (the layouts and the bodies they came from are listed
in tests/fixtures/real_layouts/README.md). Scored together, per kind and as a whole, as text or
HTML and again rendered as a PDF (text fixtures only).
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from badinputs import text_pdf
from conftest import FIXTURES
from extractors.facts import extract_facts
from gold_sets import document_for, gold_name
from pipeline.evaluate import FIELDS, HEADLINE, Counts, score_document
from pipeline.read import parse_file

REAL = FIXTURES / "real_layouts"
GOLD = sorted(REAL.glob("*/*.gold.json"))
KINDS = sorted({gold.parent.name for gold in GOLD})
MIN_F1 = 0.95
MIN_PRECISION = 0.95


def _rendered(document: Path, out: Path) -> Path:
    """The text fixture as a PDF: lines wrapped at 95 characters, 44 lines a page."""
    text = document.read_text(encoding="utf-8")
    lines = [wrapped for line in text.splitlines() for wrapped in (textwrap.wrap(line, 95) or [""])]
    pages = ["\n".join(lines[i : i + 44]) for i in range(0, len(lines), 44)] or [""]
    return text_pdf(out / f"{document.stem}.pdf", pages)


def _scores(golds: list[Path], pdf_dir: Path | None = None) -> tuple[dict[str, Counts], list[str]]:
    totals = {name: Counts() for name in FIELDS}
    lines = []
    for gold_path in golds:
        document = document_for(gold_path)
        if pdf_dir is not None:
            if document.suffix != ".txt":
                continue
            document = _rendered(document, pdf_dir)
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        predicted = json.loads(extract_facts(parse_file(document)).model_dump_json())
        found = score_document(gold, predicted)
        for name, counts in found.items():
            totals[name].add(counts)
        misses = [f"{n} {c.tp}/{c.fp}/{c.fn}" for n, c in found.items() if c.fp or c.fn]
        lines.append(f"{gold_path.parent.name}/{gold_name(gold_path)}: {', '.join(misses) or 'all right'}")
    return totals, lines


def _micro(totals: dict[str, Counts]) -> Counts:
    micro = Counts()
    for name in HEADLINE:
        micro.add(totals[name])
    return micro


def _assert_meets(totals: dict[str, Counts], lines: list[str]) -> None:
    micro = _micro(totals)
    table = "\n".join(
        [f"{n}: P {c.precision:.3f} R {c.recall:.3f} F1 {c.f1:.3f} ({c.tp}/{c.fp}/{c.fn})" for n, c in totals.items()]
        + lines
    )
    assert micro.f1 >= MIN_F1 and micro.precision >= MIN_PRECISION, (
        f"micro P {micro.precision:.3f} R {micro.recall:.3f} F1 {micro.f1:.3f}\n{table}"
    )


def test_at_least_forty_fixtures_with_their_documents():
    assert len(GOLD) >= 40, len(GOLD)
    for gold_path in GOLD:
        assert document_for(gold_path).exists()
        assert json.loads(gold_path.read_text(encoding="utf-8"))["document"] == document_for(gold_path).name


@pytest.mark.parametrize("kind", KINDS)
def test_kind_scores(kind: str):
    _assert_meets(*_scores([g for g in GOLD if g.parent.name == kind]))


def test_all_fixtures_score():
    _assert_meets(*_scores(GOLD))


def test_all_text_fixtures_rendered_as_pdf_score(tmp_path: Path):
    _assert_meets(*_scores(GOLD, pdf_dir=tmp_path))
