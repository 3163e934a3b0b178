"""Real-layout fixtures score the same whatever a site does with blank lines and spaces.

Runs scripts/robustness.py on the text fixtures of tests/fixtures/real_layouts/: each transform's
micro-F1 must stay within ``TOLERANCE`` of the untransformed one. A failure names the fixtures whose
counts moved (tp/fp/fn before -> after).
"""

from __future__ import annotations

import sys
from functools import lru_cache

import pytest

from conftest import FIXTURES

sys.path.insert(0, str(FIXTURES.parents[1] / "scripts"))

import robustness  # noqa: E402

TOLERANCE = 0.01
# transform -> why it is still out of tolerance (strict: the mark fails once the cause is fixed).
KNOWN_GAPS = {
    "upper": "a page in capitals is read from a copy recased by vocabulary (readers/capitals.py): 0.956 against 0.987; "
    "press prose where only case told a recipient's name from what the money is for (projects), flattened meeting-page "
    "rows whose description opens without a capital (agenda) and run-on lists closed by capitals junk (attendance) are left",
}
TRANSFORMS = ("blank", "noblank", "squash", "indent", "nbsp", "tabs", "wrap80", "upper")


@lru_cache(maxsize=1)
def _result() -> robustness.Result:
    pairs = robustness.fixture_pairs(FIXTURES / "real_layouts")
    return robustness.measure(pairs, ("base", *TRANSFORMS))


@pytest.mark.parametrize(
    "transform",
    [pytest.param(t, marks=pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[t])) if t in KNOWN_GAPS else t for t in TRANSFORMS],
)
def test_transform_keeps_micro_f1(transform):
    result = _result()
    base, changed = result.micro("base").f1, result.micro(transform).f1
    moved = "\n".join(result.moved(transform))
    assert changed >= base - TOLERANCE, f"{transform}: micro-F1 {base:.3f} -> {changed:.3f}; moved:\n{moved}"


def test_transforms_change_only_white_space_or_case():
    text = "Grants Panel\n\n  Item 1  Minutes\nItem 2\tFunding bids for the youth projects of the partnership and the "
    text += "community safety fund of the council\n"
    for name, change in robustness.TRANSFORMS.items():
        changed = change(text).split()
        assert (changed if name != "upper" else [w.lower() for w in changed]) == (
            text.replace("\u00a0", " ").split() if name != "upper" else text.lower().split()
        ), name
    wrapped = robustness.TRANSFORMS["wrap80"](text).splitlines()
    assert len(wrapped) == len(text.splitlines()) + 1 and max(map(len, wrapped)) <= 80


def test_set_folders_are_pooled_with_each_page_named_by_its_set(tmp_path):
    for name in ("s1", "s2"):
        (tmp_path / name / "gold").mkdir(parents=True)
        (tmp_path / name / "docs").mkdir()
        (tmp_path / name / "gold" / "hall.json").write_text("{}")
        (tmp_path / name / "docs" / "hall.txt").write_text("Brookford Village Hall Committee\n")
    (tmp_path / "s2" / "gold" / "unpaired.json").write_text("{}")
    pairs = robustness.set_pairs([tmp_path / "s1", tmp_path / "s2"])
    assert [name for name, _, _ in pairs] == ["s1/hall", "s2/hall"]
