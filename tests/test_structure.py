import json
from pathlib import Path

import pytest

from conftest import CORPUS, SAMPLES, SAMPLE_STEMS, THIRD_PARTY_STEM, shared_path
from extractors.proceedings import agenda, attendance, kind, meetings, report_header, split
from extractors.proceedings.structure import extract_structure, to_contract
from pipeline.evaluate import Counts, score_document
from pipeline.read import parse_file
from schemas.facts import ExtractedFacts
from structure_helpers import document

FIELDS = ("meetings", "reports", "agenda_items", "attendees", "future_meetings")


def predicted(path: Path) -> dict:
    doc = parse_file(path)
    facts = ExtractedFacts(document=path.name, kind=kind.classify(doc), **to_contract(extract_structure(doc)))
    return json.loads(facts.model_dump_json())


def f1_per_field(paths: list[Path]) -> dict[str, float]:
    totals = {name: Counts() for name in FIELDS}
    for path in paths:
        gold = json.loads(shared_path("gold", f"{path.stem}.json").read_text(encoding="utf-8"))
        scores = score_document(gold, predicted(path))
        for name in FIELDS:
            totals[name].add(scores[name])
    return {name: totals[name].f1 for name in FIELDS}


@pytest.mark.shared
def test_f1_on_the_text_samples():
    paths = [CORPUS / f"{stem}.txt" for stem in SAMPLE_STEMS] + [shared_path("corpus", f"{THIRD_PARTY_STEM}.txt")]
    assert all(f1 >= 0.95 for f1 in f1_per_field(paths).values()), f1_per_field(paths)


@pytest.mark.shared
def test_f1_on_the_rendered_pdfs():
    scores = f1_per_field([SAMPLES / f"{stem}.pdf" for stem in SAMPLE_STEMS])
    assert all(f1 >= 0.95 for f1 in scores.values()), scores


def test_contract_lists_from_a_small_pack():
    doc = document(
        """
        AGENDA
        AUDIT COMMITTEE
        Monday, 2nd June, 2025, at 7.00 pm
        Venue: Committee Room 1, Civic Centre
        1. Apologies
        2. Minutes (Pages 1 - 3)
        3. Dates of future meetings
         - 15 September 2025
        """,
        """
        MINUTES of a meeting of the Audit Committee held at the Civic Centre on 3 March 2025 at 7pm.
        PRESENT: Cllr A Khan (Chair) and Cllr B Jones.
        Apologies were received from Cllr C Patel.
        """,
        printed=[None, 1],
    )
    contract = to_contract(extract_structure(doc))
    assert [(m.body, str(m.date), m.time, m.location) for m in contract["meetings"]] == [
        ("Audit Committee", "2025-06-02", "19:00", "Committee Room 1, Civic Centre"),
        ("Audit Committee", "2025-03-03", "19:00", "Civic Centre"),
    ]
    assert [(i.number, i.pages) for i in contract["agenda_items"]] == [("1", []), ("2", [1, 3]), ("3", [])]
    assert [(a.name, a.role, a.attendance) for a in contract["attendees"]] == [
        ("Cllr A Khan", "Chair", "present"), ("Cllr B Jones", None, "present"), ("Cllr C Patel", None, "apologies")
    ]
    assert [str(d) for d in contract["future_meetings"]] == ["2025-09-15"]
    assert contract["reports"] == []


def test_every_record_traces_back_to_its_span():
    doc = parse_file(CORPUS / "004_45c56f7fc4c775e0.txt")
    result = extract_structure(doc)
    records = [*result.papers, *result.meetings, *result.agenda_items, *result.report_headers, *result.attendees,
               *result.named_people, *result.future_meetings]
    assert len(records) > 60
    for record in records:
        span = record.provenance
        assert doc.text[span.start : span.end] == span.text and span.text.strip()
        module = {"split": split, "meetings": meetings, "agenda": agenda, "report_header": report_header,
                  "attendance": attendance}[span.extractor]
        assert span.document_sha256 == doc.sha256 and span.extractor_version == module.VERSION


@pytest.mark.parametrize("text", ["", "\f\f", "PRESENT:\nApologies were received from", "AGENDA\n(Pages 1 - 2)\n", "By:\nTo:\nSubject:\n"])
def test_odd_text_gives_nothing_rather_than_raising(text):
    result = extract_structure(document(text or " "))
    assert result.meetings == [] and result.attendees == [] and result.agenda_items == []
