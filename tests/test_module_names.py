"""Each module-level name in extractors/ is bound once.

A helper once named a new pattern `_IN_GRANTS_AFTER` in stated_totals.py, which already had one: Python kept the later
binding, so the older rule read through the new pattern and 'To award a total of £N in capital grants' lost its
approved total. Rule modules hold hundreds of module-level patterns; a second binding of a name is always a slip.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

EXTRACTORS = Path(__file__).resolve().parents[1] / "extractors"


def rebound_names(source: str) -> list[str]:
    """Module-level names assigned, or defined as a function or class, more than once."""
    seen: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            seen.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            seen[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            seen[node.name] += 1
    return sorted(name for name, count in seen.items() if count > 1)


def test_rebound_names_finds_a_pattern_named_twice():
    source = 'import re\n_A = re.compile("a")\n_B = 1\n_A = re.compile("b")\ndef f():\n    _B = 2\n'
    assert rebound_names(source) == ["_A"]


def test_no_extractor_module_binds_a_name_twice():
    found = {
        str(path.relative_to(EXTRACTORS)): names
        for path in sorted(EXTRACTORS.rglob("*.py"))
        if (names := rebound_names(path.read_text(encoding="utf-8")))
    }
    assert found == {}
