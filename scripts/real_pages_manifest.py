"""Write the manifest of the scratch sets of real pages: where each page came from, no page text.

The real pages and their gold stay outside the repository (third-party text). The manifest keeps
what lets a later session rebuild a lost set and know it has the same page: the set, the stem, the
address, the body, the excerpt's SHA-256 and length, and how many gold facts each field holds.

    python scripts/real_pages_manifest.py SETS_DIR OUT.tsv --blind s8,s9
    python scripts/real_pages_manifest.py SETS_DIR OUT.tsv --add s29,s30 --blind s8,s9,s31

With `--add`, only the named sets are read from SETS_DIR and written over their rows in OUT.tsv; every
other row is kept as recorded (a set not rebuilt, a page the store no longer returns), and each row's role
is set again from `--blind`.
SETS_DIR holds one folder per set with `docs/<stem>.txt`, `gold/<stem>.json` and `SOURCES.md`
lines `stem | url | body | ...`.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
from pathlib import Path

FIELDS = ("meetings", "reports", "agenda_items", "allocations", "projects", "attendees", "future_meetings")
COLUMNS = ("set", "stem", "role", "url", "body", "sha256", "chars", *FIELDS)


def sources(path: Path) -> dict[str, tuple[str, str]]:
    """stem -> (url, body) from a set's SOURCES.md; table rules and header rows are skipped."""
    found: dict[str, tuple[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 3 and cells[1].startswith("http"):
            found[cells[0].strip("`")] = (cells[1], cells[2])
    return found


def rows(sets_dir: Path, blind: set[str]) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for set_dir in sorted(p for p in sets_dir.iterdir() if (p / "SOURCES.md").is_file()):
        where = sources(set_dir / "SOURCES.md")
        for doc in sorted((set_dir / "docs").glob("*.txt")):
            gold_path = set_dir / "gold" / f"{doc.stem}.json"
            gold = json.loads(gold_path.read_text(encoding="utf-8")) if gold_path.is_file() else {}
            url, body = where.get(doc.stem, ("", ""))
            data = doc.read_bytes()
            out.append({
                "set": set_dir.name, "stem": doc.stem,
                "role": "blind" if set_dir.name in blind else "development",
                "url": url, "body": body, "sha256": hashlib.sha256(data).hexdigest(),
                "chars": len(data.decode("utf-8")),
                **{f: len(gold.get(f) or []) for f in FIELDS},
            })
    return out


def merged(old: list[dict[str, str]], new: list[dict[str, object]], blind: set[str]) -> list[dict[str, object]]:
    """Old rows of sets not in `new`, then `new`, sorted by set number and stem; roles set from `blind`."""
    fresh = {str(r["set"]) for r in new}
    table: list[dict[str, object]] = [dict(r) for r in old if r["set"] not in fresh] + list(new)
    for row in table:
        row["role"] = "blind" if row["set"] in blind else "development"
    return sorted(table, key=lambda r: (int(str(r["set"]).lstrip("s") or 0), str(r["stem"])))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets_dir", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--blind", default="", help="comma-separated names of sets nobody studied")
    parser.add_argument("--add", default="", help="comma-separated sets to read; keep every other row of OUT")
    args = parser.parse_args()
    blind = {s for s in args.blind.split(",") if s}
    table = rows(args.sets_dir, blind)
    if args.add:
        adding = {s for s in args.add.split(",") if s}
        with args.out.open(encoding="utf-8", newline="") as handle:
            old = list(csv.DictReader(handle, delimiter="\t"))
        table = merged(old, [r for r in table if r["set"] in adding], blind)
    with args.out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(table)
    print(f"{len(table)} pages from {len({r['set'] for r in table})} sets -> {args.out}")


if __name__ == "__main__":
    main()
