"""Discover: the files an ingest of some paths reads."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from pipeline.ingest.outcomes import Outcome

# Files in an input folder that document the folder rather than being papers.
IGNORED_NAMES = frozenset({"readme", "readme.md", "readme.txt", "license", "licence", "manifest.csv"})


def discover(paths: Iterable[str | Path]) -> tuple[list[Path], list[Outcome]]:
    """Files under ``paths`` in a stable order, and outcomes for paths that do not exist.

    Hidden files and folder documentation (README, LICENCE) are passed over.
    """
    found: set[Path] = set()
    missing = []
    for raw in paths:
        path = Path(raw)
        if path.is_file():
            found.add(path.resolve())
        elif path.is_dir():
            for child in path.rglob("*"):
                relative = child.relative_to(path).parts
                if child.is_file() and not any(part.startswith(".") for part in relative):
                    if child.name.lower() not in IGNORED_NAMES:
                        found.add(child.resolve())
        else:
            missing.append(Outcome(str(path), None, "failed", "no such file or folder"))
    return sorted(found), missing
