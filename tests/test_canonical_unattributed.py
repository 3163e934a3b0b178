"""Projects without a body linked across documents (bug found running 440 real pages): two papers
that name no body each gave a project under one place's name, a small grant in one and a
transport budget in the other, and they became one project whose amount 'changed'. Without a
body, projects and series link only within their document."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pipeline.canonical import Mention, build


def _mention(name: str, doc: str, year: str, amount: str, body: str | None = None) -> Mention:
    return Mention(
        id=f"{doc}:{year}", document_id=doc, source_project_id=f"{doc}:{name}:{year}", paper_id=f"{doc}:p",
        paper_date=dt.date(2024, 6, 1), paper_kind="report", financial_year=year, name=name, amount=Decimal(amount),
        amount_text=f"£{amount}", status="approved", pot=None, recipient=None, description=None, page_index=0,
        printed_page=1, char_start=0, char_end=5, span_text="x", extractor="projects", extractor_version="2", body_id=body,
    )


def test_two_documents_without_a_body_keep_two_projects_of_the_same_name():
    projects, _, decisions, _ = build([_mention("Harbour Line", "d1", "2024/25", "2400000"),
                                       _mention("Harbour Line", "d2", "2024/25", "1070000000")])
    assert len(projects) == 2 and not [d for d in decisions if d.decision == "linked"]
    # With a body, the same pair is one project whose amount changed.
    projects, _, _, _ = build([_mention("Harbour Line", "d1", "2024/25", "2400000", "body-a"),
                               _mention("Harbour Line", "d2", "2024/25", "1070000000", "body-a")])
    assert len(projects) == 1


def test_a_series_without_a_body_stays_within_its_document():
    apart, _, _, _ = build([_mention("Harbour Line", "d1", "2023/24", "5000"), _mention("Harbour Line", "d2", "2024/25", "5000")])
    assert len({p.series_id for p in apart}) == 2
    together, _, _, _ = build([_mention("Harbour Line", "d3", "2023/24", "5000"), _mention("Harbour Line", "d3", "2024/25", "5000")])
    assert len({p.series_id for p in together}) == 1
