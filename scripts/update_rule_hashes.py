"""Rewrite extractors/rule_hashes.json and extractors/registered.json from the modules as they are
(run after bumping a VERSION or registering a fact)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors.registry import COVERED_BY, EXTRACTORS, NOT_RULES, recorded  # noqa: E402
from extractors.rule_hashes import fingerprint  # noqa: E402

RECORD = ROOT / "extractors" / "rule_hashes.json"
REGISTERED = ROOT / "extractors" / "registered.json"


def current() -> dict[str, dict[str, str]]:
    found = {}
    for path in sorted((ROOT / "extractors").rglob("*.py")):
        name = path.stem
        if name in NOT_RULES:
            continue
        entry = name if name in EXTRACTORS else COVERED_BY.get(name)
        if entry is None:
            raise SystemExit(f"extractors/{name}.py is neither registered nor in COVERED_BY (extractors/registry.py)")
        found[name] = {"entry": entry, "version": EXTRACTORS[entry], "fingerprint": fingerprint(path.read_text(encoding="utf-8"))}
    return found


if __name__ == "__main__":
    RECORD.write_text(json.dumps(current(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    REGISTERED.write_text(json.dumps(recorded(), indent=1) + "\n", encoding="utf-8")
    print(f"wrote {RECORD.relative_to(ROOT)} and {REGISTERED.relative_to(ROOT)}")
