"""Score ``papers extract`` output against gold files in the contract format.

Works on any folder: for each ``<stem>.json`` in the gold folder it extracts the
document ``<stem>.<ext>`` from the documents folder and matches facts one to one
(names by normalised similarity, amounts to the penny, dates exactly).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Callable

from extractors.errors import DocumentError
from extractors.facts import extract_facts
from pipeline.read import parse_file

Fact = dict
Matcher = Callable[[Fact, Fact], bool]
TEXT_EXTENSIONS = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")
PDF_FIRST = (".pdf", ".txt", ".md", ".html", ".htm", ".docx")


def normalise(text: str | None) -> str:
    text = (text or "").lower().replace("&", "and")
    text = re.sub(r"[\u2013\u2014\-:()'’\"“”,.]", " ", text)
    return " ".join(text.split())


def similar(a: str | None, b: str | None, threshold: float) -> bool:
    a, b = normalise(a), normalise(b)
    if not a or not b:
        return False
    return a == b or a in b or b in a or SequenceMatcher(None, a, b).ratio() >= threshold


def same_amount(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) < 0.006


def _same_project(g: Fact, p: Fact) -> bool:
    return similar(g.get("name"), p.get("name"), 0.8) and g.get("financial_year") == p.get("financial_year")


FIELDS: dict[str, tuple[str, Matcher]] = {
    "projects": ("projects", _same_project),
    "project_amounts": ("projects", lambda g, p: _same_project(g, p) and same_amount(g.get("amount"), p.get("amount"))),
    "project_status": ("projects", lambda g, p: _same_project(g, p) and g.get("status") == p.get("status")),
    "allocations": (
        "allocations",
        lambda g, p: g.get("financial_year") == p.get("financial_year")
        and g.get("kind") == p.get("kind")
        and same_amount(g.get("amount"), p.get("amount")),
    ),
    "meetings": ("meetings", lambda g, p: g.get("date") == p.get("date") and similar(g.get("body"), p.get("body"), 0.7)),
    "reports": (
        "reports",
        lambda g, p: similar(g.get("title"), p.get("title"), 0.8) and g.get("meeting_date") == p.get("meeting_date"),
    ),
    "agenda_items": (
        "agenda_items",
        lambda g, p: normalise(g.get("number")) == normalise(p.get("number"))
        and similar(g.get("title"), p.get("title"), 0.7),
    ),
    "attendees": (
        "attendees",
        lambda g, p: similar(g.get("name"), p.get("name"), 0.9) and g.get("attendance") == p.get("attendance"),
    ),
    "future_meetings": ("future_meetings", lambda g, p: g == p),
}
# The headline counts each project once, matched on name, year and amount.
HEADLINE = ("project_amounts", "allocations", "meetings", "reports", "agenda_items", "attendees", "future_meetings")


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else (0.0 if self.fn else 1.0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def match(gold: list[Fact], predicted: list[Fact], same: Matcher) -> Counts:
    """Greedy one-to-one matching in gold order."""
    used: set[int] = set()
    for g in gold:
        for j, p in enumerate(predicted):
            if j not in used and same(g, p):
                used.add(j)
                break
    return Counts(tp=len(used), fp=len(predicted) - len(used), fn=len(gold) - len(used))


@dataclass
class Evaluation:
    fields: dict[str, Counts] = field(default_factory=lambda: {name: Counts() for name in FIELDS})
    documents: dict[str, dict[str, Counts]] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)

    @property
    def matched(self) -> int:
        """Gold files whose document was found and extracted."""
        return len(self.documents) - len(self.errors)

    @property
    def micro(self) -> Counts:
        total = Counts()
        for name in HEADLINE:
            total.add(self.fields[name])
        return total

    @property
    def status_accuracy(self) -> float:
        """Share of projects found (name and year) whose status is also right."""
        found = self.fields["projects"].tp
        return self.fields["project_status"].tp / found if found else 0.0

    def as_dict(self) -> dict:
        def row(c: Counts) -> dict:
            return {"precision": c.precision, "recall": c.recall, "f1": c.f1, "tp": c.tp, "fp": c.fp, "fn": c.fn}

        return {
            "fields": {name: row(c) for name, c in self.fields.items()},
            "micro": row(self.micro),
            "status_accuracy": self.status_accuracy,
            "documents": {doc: {name: row(c) for name, c in counts.items()} for doc, counts in self.documents.items()},
            "errors": self.errors,
            "skipped": self.skipped,
        }


def find_document(docs: Path, stem: str, prefer_pdf: bool) -> Path | None:
    for extension in PDF_FIRST if prefer_pdf else TEXT_EXTENSIONS:
        candidate = docs / f"{stem}{extension}"
        if candidate.exists():
            return candidate
    return None


def score_document(gold: Fact, predicted: Fact) -> dict[str, Counts]:
    scores = {}
    for name, (source, same) in FIELDS.items():
        got = predicted.get(source) or []
        scores[name] = match(gold.get(source) or [], got if isinstance(got, list) else [], same)
    return scores


def gold_problem(gold: object) -> str | None:
    """Why a JSON file is not a gold file of the contract, or None when it is one."""
    if not isinstance(gold, dict) or not isinstance(gold.get("document"), str):
        return "not a gold file: no \"document\" name"
    sources = {source for source, _ in FIELDS.values()}
    if not any(isinstance(gold.get(source), list) for source in sources):
        return "not a gold file: none of the fact lists (" + ", ".join(sorted(sources)) + ")"
    return None


def evaluate(gold_dir: Path, docs_dir: Path, prefer_pdf: bool = False) -> Evaluation:
    """Extract each gold file's document and score it; a document that fails scores as nothing found.

    JSON files that are not gold files are skipped and named in ``skipped``, never scored as zero.
    """
    result = Evaluation()
    for gold_file in sorted(Path(gold_dir).glob("*.json")):
        stem = gold_file.stem
        try:
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            result.skipped[stem] = f"not JSON: {error}"
            continue
        problem = gold_problem(gold)
        if problem:
            result.skipped[stem] = problem
            continue
        document = find_document(Path(docs_dir), stem, prefer_pdf)
        predicted: Fact = {}
        if document is None:
            result.errors[stem] = "no document with this stem in the documents folder"
        else:
            try:
                predicted = json.loads(extract_facts(parse_file(document)).model_dump_json())
            except DocumentError as error:
                result.errors[stem] = error.reason
        scores = score_document(gold, predicted)
        result.documents[stem] = scores
        for name, counts in scores.items():
            result.fields[name].add(counts)
    return result
