"""Rewrite tests/golden/ from the current `papers extract` output of every sample.

Golden files are the project's own expected outputs (../shared is not on a
user's machine). Review `git diff tests/golden` before committing: every change
there is a change in what analysts get.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from extractors.facts import extract_facts
from pipeline.read import parse_file

ROOT = Path(__file__).resolve().parents[1]


def golden_name(path: Path) -> str:
    """'<stem>.txt.json' for the text form, '<stem>.pdf.json' for the rendered PDF."""
    return f"{path.stem}{path.suffix}.json"


def sample_paths(root: Path = ROOT) -> list[Path]:
    return sorted((root / "tests" / "fixtures" / "corpus").glob("*.txt")) + sorted((root / "raw" / "samples").glob("*.pdf"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "golden")
    out = parser.parse_args().out
    out.mkdir(parents=True, exist_ok=True)
    for path in sample_paths():
        target = out / golden_name(path)
        target.write_text(extract_facts(parse_file(path)).model_dump_json(indent=2) + "\n", encoding="utf-8")
        print(f"wrote {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
