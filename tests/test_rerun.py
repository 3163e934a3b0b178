"""Re-runs skip unchanged files from a stat (path, size, mtime) before hashing; --verify hashes."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from badinputs import text_pdf
from conftest import CORPUS
from pipeline import ingest
from pipeline.ingest import count_pending, run_ingest


@pytest.fixture
def papers(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    shutil.copy(CORPUS / "002_be77506d490d4968.txt", folder)
    text_pdf(folder / "pack.pdf", ["AGENDA", "NOTES of a meeting"])
    (folder / "broken.pdf").write_bytes(b"%PDF-1.5 truncated")
    return folder


@pytest.fixture
def hashed(monkeypatch) -> list[Path]:
    """The files ingest hashes, in order."""
    calls: list[Path] = []
    original = ingest.planning.sha256_file

    def counting(path, *args, **kwargs):
        calls.append(Path(path))
        return original(path, *args, **kwargs)

    monkeypatch.setattr(ingest.planning, "sha256_file", counting)
    return calls


def _rewrite_keeping_size_and_mtime(path: Path, old: bytes, new: bytes) -> None:
    stat = path.stat()
    data = path.read_bytes()
    assert len(old) == len(new) and old in data
    path.write_bytes(data.replace(old, new, 1))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))


def test_a_rerun_hashes_nothing_and_skips_every_file(papers: Path, warehouse: Path, hashed: list[Path]):
    first = run_ingest([papers], warehouse)
    assert (first.count("loaded"), first.count("failed")) == (2, 1)
    hashed.clear()
    assert count_pending(warehouse, [papers]) == 0
    second = run_ingest([papers], warehouse)
    assert hashed == []
    assert second.count("skipped") == 3
    reasons = sorted(o.reason for o in second.outcomes)
    assert reasons == ["unchanged since last ingest (failed)"] + ["unchanged since last ingest (loaded)"] * 2


def test_verify_hashes_every_file_and_finds_bytes_changed_under_the_same_stat(papers: Path, warehouse: Path, hashed):
    run_ingest([papers], warehouse)
    text = papers / "002_be77506d490d4968.txt"
    _rewrite_keeping_size_and_mtime(text, b"Kent", b"Tenk")

    assert count_pending(warehouse, [papers]) == 0
    assert run_ingest([papers], warehouse).count("skipped") == 3  # a stat cannot see it

    hashed.clear()
    assert count_pending(warehouse, [papers], verify=True) == 1
    verified = run_ingest([papers], warehouse, verify=True)
    assert sorted(hashed) == sorted([p.resolve() for p in papers.iterdir()] * 2)  # count_pending, then plan
    assert [o.path for o in verified.outcomes if o.outcome == "loaded"] == [str(text.resolve())]


def test_a_new_mtime_with_the_same_bytes_is_hashed_once_then_skipped_by_stat(papers: Path, warehouse: Path, hashed):
    run_ingest([papers], warehouse)
    pack = papers / "pack.pdf"
    os.utime(pack, ns=(pack.stat().st_atime_ns, pack.stat().st_mtime_ns + 10**9))
    hashed.clear()
    assert count_pending(warehouse, [papers]) == 0
    second = run_ingest([papers], warehouse)
    assert second.count("skipped") == 3
    assert hashed == [pack.resolve()] * 2
    hashed.clear()
    run_ingest([papers], warehouse)
    assert hashed == []


def test_a_changed_size_is_parsed_again(papers: Path, warehouse: Path):
    run_ingest([papers], warehouse)
    text = papers / "002_be77506d490d4968.txt"
    text.write_text(text.read_text() + "\nA new paragraph.\n")
    assert count_pending(warehouse, [papers]) == 1
    assert run_ingest([papers], warehouse).count("loaded") == 1


def test_retry_failed_parses_a_failed_file_whose_stat_is_unchanged(papers: Path, warehouse: Path):
    run_ingest([papers], warehouse)
    assert count_pending(warehouse, [papers], retry_failed=True) == 1
    again = run_ingest([papers], warehouse, retry_failed=True)
    assert [(Path(o.path).name, o.outcome) for o in again.outcomes if o.outcome != "skipped"] == [("broken.pdf", "failed")]


def test_a_new_pipeline_version_is_not_skipped_by_stat(papers: Path, warehouse: Path, monkeypatch):
    run_ingest([papers], warehouse)
    monkeypatch.setattr(ingest, "pipeline_version", lambda: "next-version")
    assert count_pending(warehouse, [papers]) == 3
    assert run_ingest([papers], warehouse).count("skipped") == 0
