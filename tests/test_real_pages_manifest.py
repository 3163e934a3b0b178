"""The committed manifest of the scratch sets of real pages: addresses and counts, never page text."""

from __future__ import annotations

import csv
import importlib.util
import json
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = ROOT / "benchmarks" / "real_pages" / "manifest.tsv"
# Issue 17: sources kept for the independent evaluation, never read, never listed.
RESERVED = (
    "democracy.kent.gov.uk", "kent-pcc.gov.uk", "surrey-pcc.gov.uk", "essex.pfcc.police.uk",
    "westmercia-pcc.gov.uk", "fhld.uk", "opencouncil.network", "governance.enfield.gov.uk",
    "moderngov.cheshireeast.gov.uk", "minutes.haringey.gov.uk", "mycouncil.surreycc.gov.uk",
    "midsussex.moderngov.co.uk", "moderngov.southkesteven.gov.uk", "democracy.tunbridgewells.gov.uk",
    "arun.gov.uk", "doncaster.moderngov.co.uk", "democracy.blackpool.gov.uk",
    "councillors.herefordshire.gov.uk", "democracy.greatermanchester-ca.gov.uk",
    "warwickshire-pcc.gov.uk", "london.gov.uk", "humberside-pcc.gov.uk", "dorset.pcc.police.uk",
)


def _load_script():
    spec = importlib.util.spec_from_file_location("real_pages_manifest", ROOT / "scripts" / "real_pages_manifest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _manifest() -> list[dict[str, str]]:
    with MANIFEST.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def test_manifest_names_no_reserved_host():
    for row in _manifest():
        host = urlsplit(row["url"]).hostname or ""
        host = host.removeprefix("www.")
        assert not any(host == r or host.endswith("." + r) for r in RESERVED), row["url"]


def test_manifest_rows_are_complete_and_unique():
    rows = _manifest()
    assert len({(r["set"], r["stem"]) for r in rows}) == len(rows)
    for row in rows:
        assert row["url"].startswith("http") and row["body"], row["stem"]
        assert row["role"] in {"development", "blind"}
        assert len(row["sha256"]) == 64 and int(row["chars"]) > 0
        assert all(int(row[f]) >= 0 for f in _load_script().FIELDS)


def test_manifest_holds_no_page_text():
    allowed = set(_load_script().COLUMNS)
    assert set(_manifest()[0]) == allowed


def test_manifest_script_reads_table_and_pipe_sources(tmp_path):
    script = _load_script()
    for name, line in (("a", "x_01 | https://example.org/p | Example Council | minutes | studied: no"),
                       ("b", "| x_01 | https://example.net/q | Other Board | page | no |")):
        (tmp_path / name / "docs").mkdir(parents=True)
        (tmp_path / name / "gold").mkdir()
        (tmp_path / name / "SOURCES.md").write_text("| stem | url | body |\n|---|---|---|\n" + line + "\n")
        (tmp_path / name / "docs" / "x_01.txt").write_text("Présent: Cllr Example\n", encoding="utf-8")
        (tmp_path / name / "gold" / "x_01.json").write_text(json.dumps({"attendees": [{"name": "Cllr Example"}]}))
    rows = script.rows(tmp_path, {"b"})
    assert [(r["set"], r["role"], r["url"], r["body"], r["attendees"], r["meetings"], r["chars"]) for r in rows] == [
        ("a", "development", "https://example.org/p", "Example Council", 1, 0, 22),
        ("b", "blind", "https://example.net/q", "Other Board", 1, 0, 22),
    ]
