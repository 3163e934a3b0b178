"""Every hand-written gold file under tests/fixtures is in the contract of `papers extract`
(schemas.facts.ExtractedFacts, ../shared/gold/SCHEMA.md): a gold value the contract cannot hold
(a future meeting as an object, a kind outside the vocabulary) can never be matched and would
count as a miss for ever."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from schemas.facts import ExtractedFacts

FIXTURES = Path(__file__).parent / "fixtures"
GOLD = sorted(FIXTURES.rglob("*.gold.json"))


def test_there_are_gold_files_to_check():
    assert len(GOLD) > 100


@pytest.mark.parametrize("path", GOLD, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_regression_fixture_gold_is_in_the_contract(path: Path):
    ExtractedFacts.model_validate(json.loads(path.read_text()))
