"""Check rebuilt scratch sets against the manifest: the same page text, and gold with the same number of facts.

After a machine is rebuilt the real pages and their gold are lost (they stay outside the repository); a session
fetches the pages again by their addresses and annotates them again. This lists, per page of the manifest, whether
the rebuilt text has the recorded SHA-256, and each field whose gold count differs from the recorded one, so a
second annotator's reading is compared with the first before any score is read.

    python scripts/real_pages_check.py SETS_DIR benchmarks/real_pages/manifest.tsv [--sets s27,s28]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
from pathlib import Path


def check(sets_dir: Path, manifest: Path, only: set[str]) -> list[str]:
    """One line per manifest page: 'missing', 'same', or what differs (the text, each field's gold count)."""
    out: list[str] = []
    with manifest.open(encoding="utf-8", newline="") as handle:
        table = csv.DictReader(handle, delimiter="\t")
        fields = table.fieldnames[table.fieldnames.index("chars") + 1:]  # the per-field gold counts
        for row in table:
            if only and row["set"] not in only:
                continue
            where = f"{row['set']}/{row['stem']}"
            doc = sets_dir / row["set"] / "docs" / f"{row['stem']}.txt"
            if not doc.is_file():
                out.append(f"{where}: missing")
                continue
            notes = [] if hashlib.sha256(doc.read_bytes()).hexdigest() == row["sha256"] else ["text differs from the recorded page"]
            gold_path = doc.parent.parent / "gold" / f"{row['stem']}.json"
            gold = json.loads(gold_path.read_text(encoding="utf-8")) if gold_path.is_file() else {}
            diffs = [f"{f} {len(gold.get(f) or [])} (was {row[f]})" for f in fields if len(gold.get(f) or []) != int(row[f])]
            out.append(f"{where}: " + ("; ".join(notes + diffs) or "same"))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets_dir", type=Path)
    parser.add_argument("manifest", type=Path)
    parser.add_argument("--sets", default="", help="comma-separated set names (default: all)")
    args = parser.parse_args()
    lines = check(args.sets_dir, args.manifest, {s for s in args.sets.split(",") if s})
    print("\n".join(lines))
    rebuilt = sum(not line.endswith("missing") for line in lines)
    same = sum(line.endswith(": same") for line in lines)
    print(f"{rebuilt} of {len(lines)} pages rebuilt; {same} with the same text and gold counts")


if __name__ == "__main__":
    main()
