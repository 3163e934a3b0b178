"""Every fact field on held-out funding papers written before the round-three money fixes, scored against gold.

``tests/fixtures/holdout/<name>.txt`` are papers modelled on real ones (PCC decision notices, CSP
minutes with progress notes, space-aligned monitoring tables, outturn reports, cabinet member
decisions, Welsh CSP board minutes), each with a hand-made ``<name>.gold.json`` in the full gold
format. Each field must score F1 1.0 except the gaps in KNOWN_GAPS, which must not fall below their floor.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import FIXTURES
from gold_sets import assert_scores, gold_name

HOLDOUT = FIXTURES / "holdout"
GOLD = sorted(HOLDOUT.glob("*.gold.json"))
# (document, field) -> (lowest F1 accepted, why it is not 1.0).
KNOWN_GAPS: dict[tuple[str, str], tuple[float, str]] = {}


@pytest.mark.parametrize("gold_path", GOLD, ids=gold_name)
def test_holdout_scores(gold_path: Path):
    assert_scores(gold_path, KNOWN_GAPS)


def test_there_are_six_holdout_papers_and_gaps_name_them():
    names = {gold_name(p) for p in GOLD}
    assert len(names) >= 6
    assert all(name in names for name, _ in KNOWN_GAPS)
