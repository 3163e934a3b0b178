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


def _load_check():
    spec = importlib.util.spec_from_file_location("real_pages_check", ROOT / "scripts" / "real_pages_check.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_check_compares_rebuilt_pages_with_the_manifest(tmp_path):
    """A rebuilt page with the recorded text and counts is 'same'; a count read differently, a changed text and a
    page not rebuilt are each named."""
    import hashlib

    script = _load_script()
    sets = tmp_path / "sets"
    for stem, text in (("alpha_01", "Present: Cllr A Lowe"), ("beta_01", "Item 1 Apologies")):
        (sets / "s1" / "docs").mkdir(parents=True, exist_ok=True)
        (sets / "s1" / "gold").mkdir(parents=True, exist_ok=True)
        (sets / "s1" / "docs" / f"{stem}.txt").write_text(text, encoding="utf-8")
    (sets / "s1" / "gold" / "alpha_01.json").write_text(json.dumps({"attendees": [{"name": "Cllr A Lowe"}]}))
    (sets / "s1" / "gold" / "beta_01.json").write_text(json.dumps({"agenda_items": []}))
    manifest = tmp_path / "manifest.tsv"
    with manifest.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=script.COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        base = {f: 0 for f in script.FIELDS}
        sha = hashlib.sha256(b"Present: Cllr A Lowe").hexdigest()
        writer.writerow({**base, "set": "s1", "stem": "alpha_01", "role": "blind", "url": "https://a.example/1",
                         "body": "A", "sha256": sha, "chars": 20, "attendees": 1})
        writer.writerow({**base, "set": "s1", "stem": "beta_01", "role": "blind", "url": "https://b.example/1",
                         "body": "B", "sha256": "0" * 64, "chars": 16, "agenda_items": 1})
        writer.writerow({**base, "set": "s2", "stem": "gamma_01", "role": "blind", "url": "https://c.example/1",
                         "body": "C", "sha256": "0" * 64, "chars": 5})
    lines = _load_check().check(sets, manifest, set())
    assert lines == [
        "s1/alpha_01: same",
        "s1/beta_01: text differs from the recorded page; agenda_items 0 (was 1)",
        "s2/gamma_01: missing",
    ]
    assert _load_check().check(sets, manifest, {"s2"}) == ["s2/gamma_01: missing"]


def test_manifest_add_keeps_rows_of_sets_not_read_and_sets_roles_again():
    """`--add`: a set not rebuilt keeps its recorded rows; the added set replaces its own; roles follow --blind."""
    script = _load_script()
    old = [{"set": "s2", "stem": "b_01", "role": "blind"}, {"set": "s10", "stem": "a_01", "role": "blind"},
           {"set": "s3", "stem": "old_01", "role": "development"}]
    new = [{"set": "s3", "stem": "c_01", "role": "development"}]
    table = script.merged(old, new, {"s3"})
    assert [(r["set"], r["stem"], r["role"]) for r in table] == [
        ("s2", "b_01", "development"), ("s3", "c_01", "blind"), ("s10", "a_01", "development"),
    ]
