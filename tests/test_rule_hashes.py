"""Every change to an extractor's rules comes with a VERSION bump (issue 20): otherwise stored
documents keep facts from the old rules and a re-run parses nothing."""

from __future__ import annotations

import importlib.util
import json

from conftest import ROOT
from extractors.rule_hashes import fingerprint, problems


def _script():
    spec = importlib.util.spec_from_file_location("update_rule_hashes", ROOT / "scripts" / "update_rule_hashes.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_no_rule_changed_without_its_version_bump():
    recorded = json.loads((ROOT / "extractors" / "rule_hashes.json").read_text(encoding="utf-8"))
    assert problems(recorded, _script().current()) == []


def test_a_rule_change_without_a_bump_is_caught_and_a_docstring_change_is_not():
    source = 'VERSION = "3"\n\n\ndef f(x):\n    """Say what."""\n    return x + 1\n'
    recorded = {"m": {"entry": "m", "version": "3", "fingerprint": fingerprint(source)}}
    reworded = source.replace("Say what.", "Say it otherwise.").replace("def f(x):", "def f(x):  # a comment")
    assert problems(recorded, {"m": {"entry": "m", "version": "3", "fingerprint": fingerprint(reworded)}}) == []
    changed = source.replace("x + 1", "x + 2")
    unbumped = problems(recorded, {"m": {"entry": "m", "version": "3", "fingerprint": fingerprint(changed)}})
    assert len(unbumped) == 1 and "rules changed but the VERSION of 'm' is still '3'" in unbumped[0]
    bumped = problems(recorded, {"m": {"entry": "m", "version": "4", "fingerprint": fingerprint(changed)}})
    assert len(bumped) == 1 and "out of date" in bumped[0]
