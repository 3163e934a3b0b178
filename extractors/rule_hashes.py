"""A fingerprint of each extractor module's rules: its syntax tree without docstrings, so that a
comment, a docstring or a reformatting does not count as a change, and any code change does.

``extractors/rule_hashes.json`` records, per module, the fingerprint and the VERSION of the
registered entry that covers it; tests/test_rule_hashes.py fails when a fingerprint moved but that
VERSION did not, which is how a forgotten bump (a change that would re-parse nothing) is caught.
``python -m scripts.update_rule_hashes`` rewrites the record after a bump.
"""

from __future__ import annotations

import ast
import hashlib


def _strip_docstrings(tree: ast.AST) -> ast.AST:
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and body:
            first = body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
                node.body = body[1:] or [ast.Pass()]
    return tree


def fingerprint(source: str) -> str:
    """16 hex characters of SHA-256 over the module's syntax tree, docstrings left out."""
    tree = _strip_docstrings(ast.parse(source))
    return hashlib.sha256(ast.dump(tree, include_attributes=False).encode()).hexdigest()[:16]


def problems(recorded: dict[str, dict[str, str]], current: dict[str, dict[str, str]]) -> list[str]:
    """What the record says is wrong with the modules as they are: a rule change without a bump
    (the stored documents would never be parsed again) or a record left behind by a bump."""
    found = []
    for name, now in sorted(current.items()):
        before = recorded.get(name)
        if before is None:
            found.append(f"{name}: not in extractors/rule_hashes.json; run `python scripts/update_rule_hashes.py`")
        elif now["fingerprint"] != before["fingerprint"] and now["version"] == before["version"]:
            found.append(
                f"{name}: its rules changed but the VERSION of {now['entry']!r} is still {now['version']!r}: "
                "bump it (stored documents are parsed again only then), then run `python scripts/update_rule_hashes.py`"
            )
        elif now != before:
            found.append(f"{name}: extractors/rule_hashes.json is out of date; run `python scripts/update_rule_hashes.py`")
    found += [f"{name}: recorded but gone; run `python scripts/update_rule_hashes.py`" for name in sorted(set(recorded) - set(current))]
    return found
