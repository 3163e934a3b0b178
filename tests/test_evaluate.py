"""`papers evaluate` scores any folder of documents against gold files in the contract format."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, shared_path
from pipeline.evaluate import Counts, evaluate, match, score_document, similar


def test_similar_names_tolerate_dashes_ampersands_and_containment():
    assert similar("Violence Against Women & Girls Support Champions", "Violence Against Women and Girls Support Champions", 0.9)
    assert similar("Kent Community Domestic Abuse Champions Branding & Resources",
                   "Kent Community Domestic Abuse Champions – Branding & Resources", 0.8)
    assert not similar("Best Bar None", "Trauma Awareness Programme", 0.8)
    assert not similar("", "anything", 0.5)


def test_matching_is_one_to_one():
    gold = [{"name": "A"}, {"name": "A"}]
    predicted = [{"name": "A"}]
    counts = match(gold, predicted, lambda g, p: g["name"] == p["name"])
    assert (counts.tp, counts.fp, counts.fn) == (1, 0, 1)


def test_amounts_match_to_the_penny_and_null_only_with_null():
    gold = {"projects": [
        {"name": "Workshop", "financial_year": "2024/25", "amount": None, "status": "recommended"},
        {"name": "Event", "financial_year": "2024/25", "amount": 3703.2, "status": "approved"},
    ]}
    predicted = {"projects": [
        {"name": "Workshop", "financial_year": "2024/25", "amount": 600.0, "status": "recommended"},
        {"name": "Event", "financial_year": "2024/25", "amount": 3703.0, "status": "in_progress"},
    ]}
    scores = score_document(gold, predicted)
    assert scores["projects"].tp == 2
    assert scores["project_amounts"].tp == 0
    assert scores["project_status"].tp == 1


def test_counts_define_precision_for_empty_predictions():
    assert Counts(0, 0, 3).precision == 0.0 and Counts(0, 0, 0).f1 == 1.0


def _folder_pair(tmp_path: Path) -> tuple[Path, Path]:
    gold, docs = tmp_path / "gold", tmp_path / "docs"
    gold.mkdir()
    docs.mkdir()
    (docs / "a.txt").write_text("By: A Writer\nTo: A Committee\nSubject: An update\n", encoding="utf-8")
    (gold / "a.json").write_text(json.dumps({
        "document": "a.txt", "kind": "report", "meetings": [], "reports": [], "agenda_items": [],
        "allocations": [{"financial_year": "2024/25", "kind": "grant_total", "amount": 100.0}],
        "projects": [], "attendees": [], "future_meetings": [],
    }))
    (gold / "missing.json").write_text(json.dumps({"document": "missing.pdf", "allocations": []}))
    (gold / "notes.json").write_text("[]")
    return gold, docs


def test_evaluate_any_folder_and_report_missing_documents(tmp_path: Path):
    gold, docs = _folder_pair(tmp_path)
    result = evaluate(gold, docs)
    assert set(result.documents) == {"a", "missing"}
    assert result.fields["allocations"].fn == 1
    assert result.errors == {"missing": "no document with this stem in the documents folder"}


def test_cli_evaluate_json_and_threshold(tmp_path: Path):
    gold, docs = _folder_pair(tmp_path)
    run = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "evaluate", "--gold", str(gold), "--docs", str(docs), "--json", "--min", "0.5"],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )
    assert run.returncode == 1
    report = json.loads(run.stdout)
    assert report["fields"]["allocations"]["recall"] == 0.0


def test_our_scorer_agrees_with_the_shared_one(tmp_path: Path):
    """Both scorers read the same predictions; the micro-F1 they print must be equal."""
    gold = shared_path("gold")
    corpus = shared_path("corpus")
    predictions = tmp_path / "pred"
    predictions.mkdir()
    ours = evaluate(gold, corpus)
    for stem in ours.documents:
        out = subprocess.run(
            [sys.executable, "-m", "pipeline.cli", "extract", str(corpus / f"{stem}.txt")],
            capture_output=True, text=True, cwd=ROOT, timeout=120,
        )
        (predictions / f"{stem}.json").write_text(out.stdout)
    shared = subprocess.run(
        [sys.executable, str(shared_path("tools", "score.py")), str(gold), str(predictions)],
        capture_output=True, text=True, timeout=120,
    )
    theirs = float(re.search(r"micro-F1 ([0-9.]+)", shared.stdout).group(1))
    assert round(ours.micro.f1, 3) == theirs


def test_stray_json_in_the_gold_folder_is_skipped_and_named_not_scored(tmp_path: Path):
    """Issue 21: a stray JSON file was scored as a document with F1 0.000."""
    gold, docs = _folder_pair(tmp_path)
    (gold / "settings.json").write_text('{"document": "x.txt", "theme": "dark"}')
    (gold / "broken.json").write_text("{not json")
    result = evaluate(gold, docs)
    assert set(result.documents) == {"a", "missing"}
    assert result.skipped["notes"].startswith("not a gold file")
    assert "none of the fact lists" in result.skipped["settings"]
    assert result.skipped["broken"].startswith("not JSON")


def test_cli_evaluate_exits_nonzero_when_no_gold_file_matched_a_document(tmp_path: Path):
    """Issue 21: a folder of stray JSON reported F1 0.000 and exited 0."""
    gold, docs = tmp_path / "gold", tmp_path / "docs"
    gold.mkdir()
    docs.mkdir()
    (gold / "package.json").write_text('{"name": "x", "version": "1"}')
    (docs / "package.txt").write_text("Present: Councillor A Smith")
    run = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "evaluate", "--gold", str(gold), "--docs", str(docs)],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )
    assert run.returncode == 1
    assert "skipped" in run.stdout and "package.json" in run.stdout
    assert "nothing was scored" in run.stderr
