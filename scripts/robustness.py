"""Layout robustness: score text papers again after transforms that change only how a site renders
white space (blank lines added or removed, runs of spaces squashed, lines indented, long lines
hard-wrapped, ...), or print the page in capitals.

A rule that needs a blank line before a heading, or splits blocks on blank lines only, loses facts
under ``blank`` or ``noblank`` although the words are the same. ``measure`` takes gold/document pairs
and named transforms and returns the counts per transform and field, and each document's micro
counts so a caller can name the documents whose score moved. Only ``.txt`` documents are transformed
(HTML and PDF keep their own structure); others are skipped.

    python scripts/robustness.py GOLD_DIR DOCS_DIR [TRANSFORM ...]
    python scripts/robustness.py --fixtures [TRANSFORM ...]     (tests/fixtures/real_layouts)
    python scripts/robustness.py --sets SET_DIR ... [-- TRANSFORM ...]   (each SET_DIR holds gold/ and docs/; pooled)
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
import textwrap
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from extractors.facts import extract_facts  # noqa: E402
from pipeline.evaluate import FIELDS, Counts, score_document  # noqa: E402
from pipeline.read import parse_file  # noqa: E402

Transform = Callable[[str], str]


def _blank(text: str) -> str:
    return "\n\n".join(text.split("\n"))


def _noblank(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if line.strip())


def _squash(text: str) -> str:
    return "\n".join(re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.split("\n"))


def _indent(text: str) -> str:
    return "\n".join(("    " + line) if line.strip() else line for line in text.split("\n"))


def _tabs(text: str) -> str:
    return re.sub(r" {2,}", "\t", text)


def _wrap80(text: str) -> str:
    """Lines over 80 characters hard-wrapped at word boundaries, as PDF text and plain-text renderings print them."""
    return "\n".join(
        "\n".join(textwrap.wrap(line, 80, break_long_words=False, break_on_hyphens=False)) if len(line) > 80 else line
        for line in text.split("\n")
    )


def _flat(text: str) -> str:
    """Every page one line, as document mirrors (docslib, fdokumen) and some PDF text extractions print a pack."""
    return "\f".join(" ".join(page.split()) for page in text.split("\f"))


TRANSFORMS: dict[str, Transform] = {
    "base": lambda text: text,
    "blank": _blank,
    "noblank": _noblank,
    "squash": _squash,
    "indent": _indent,
    "nbsp": lambda text: text.replace(" ", "\u00a0"),
    "tabs": _tabs,
    "wrap80": _wrap80,
    "flat": _flat,
    # Not white space: the page in capitals, as some councils print whole minutes.
    "upper": str.upper,
}
# The micro-F1 leaves out the project fields scored on the same facts twice (amounts, status).
_MICRO_SKIP = ("project_amounts", "project_status")


@dataclass
class Result:
    """Counts per transform and field; and per transform, each document's micro counts."""

    fields: dict[str, dict[str, Counts]] = field(default_factory=dict)
    documents: dict[str, dict[str, Counts]] = field(default_factory=dict)

    def micro(self, transform: str) -> Counts:
        return _sum(c for name, c in self.fields[transform].items() if name not in _MICRO_SKIP)

    def moved(self, transform: str, against: str = "base") -> list[str]:
        """Documents whose micro counts differ from ``against``: 'name tp/fp/fn -> tp/fp/fn'."""
        before, after = self.documents[against], self.documents[transform]
        return [
            f"{name} {_triple(before[name])} -> {_triple(after[name])}"
            for name in before
            if _triple(before[name]) != _triple(after[name])
        ]


def _triple(c: Counts) -> str:
    return f"{c.tp}/{c.fp}/{c.fn}"


def _sum(counts: Iterable[Counts]) -> Counts:
    total = Counts()
    for c in counts:
        total.add(c)
    return total


def folder_pairs(gold_dir: Path, docs_dir: Path) -> list[tuple[str, Path, Path]]:
    """(name, gold, document) for each ``<stem>.json`` in ``gold_dir`` with a ``<stem>.txt`` in ``docs_dir``."""
    pairs = []
    for gold in sorted(gold_dir.glob("*.json")):
        document = docs_dir / f"{gold.stem}.txt"
        if document.exists():
            pairs.append((gold.stem, gold, document))
    return pairs


def set_pairs(set_dirs: Iterable[Path]) -> list[tuple[str, Path, Path]]:
    """(set/name, gold, document) over several folders each holding ``gold/`` and ``docs/``, scored pooled."""
    return [
        (f"{folder.name}/{name}", gold, document)
        for folder in set_dirs
        for name, gold, document in folder_pairs(folder / "gold", folder / "docs")
    ]


def fixture_pairs(root: Path) -> list[tuple[str, Path, Path]]:
    """(kind/name, gold, document) for each text fixture ``<kind>/<name>.txt`` with ``<name>.gold.json``."""
    pairs = []
    for gold in sorted(root.glob("*/*.gold.json")):
        name = gold.name.removesuffix(".gold.json")
        document = gold.with_name(f"{name}.txt")
        if document.exists():
            pairs.append((f"{gold.parent.name}/{name}", gold, document))
    return pairs


def measure(pairs: list[tuple[str, Path, Path]], transforms: Iterable[str]) -> Result:
    """Extract every document under every named transform (from ``TRANSFORMS``) and score it."""
    result = Result()
    with tempfile.TemporaryDirectory() as folder:
        for transform in transforms:
            change = TRANSFORMS[transform]
            totals = {name: Counts() for name in FIELDS}
            per_document = {}
            for name, gold_path, document in pairs:
                gold = json.loads(gold_path.read_text(encoding="utf-8"))
                copy = Path(folder) / document.name
                copy.write_text(change(document.read_text(encoding="utf-8")), encoding="utf-8")
                predicted = json.loads(extract_facts(parse_file(copy)).model_dump_json())
                found = score_document(gold, predicted)
                for field_name, counts in found.items():
                    totals[field_name].add(counts)
                per_document[name] = _sum(c for f, c in found.items() if f not in _MICRO_SKIP)
            result.fields[transform] = totals
            result.documents[transform] = per_document
    return result


def table(result: Result) -> str:
    """One line per transform: micro F1/P/R, then each field's F1."""
    lines = []
    for transform, totals in result.fields.items():
        micro = result.micro(transform)
        cells = " ".join(f"{name[:8]} {c.f1:.3f}" for name, c in sorted(totals.items()) if name not in _MICRO_SKIP)
        lines.append(f"{transform:8} micro {micro.f1:.3f} P {micro.precision:.3f} R {micro.recall:.3f} | {cells}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--fixtures"]:
        pairs, names = fixture_pairs(ROOT / "tests" / "fixtures" / "real_layouts"), argv[1:]
    elif argv[:1] == ["--sets"]:
        cut = argv.index("--") if "--" in argv else len(argv)
        pairs, names = set_pairs(Path(folder) for folder in argv[1:cut]), argv[cut + 1 :]
    elif len(argv) >= 2:
        pairs, names = folder_pairs(Path(argv[0]), Path(argv[1])), argv[2:]
    else:
        print(__doc__)
        return 2
    names = names or ["base", "blank", "noblank"]
    if "base" not in names:
        names = ["base", *names]
    result = measure(pairs, names)
    print(table(result))
    for transform in names[1:]:
        for line in result.moved(transform):
            print(f"  {transform}: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
