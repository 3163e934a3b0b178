"""Warehouse rows from one document's extraction: ids, meeting keys, paper fingerprints.

Ids are deterministic (a hash of the table, document, span and natural key), so
loading the same document twice writes the same rows. Every row is filled by ``to_row``
from its output record; what is computed here is only what links a fact to the others
(meeting keys, paper indexes, the project a mention belongs to, paper fingerprints).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass

from pydantic import BaseModel

from extractors import registry
from extractors.readers.spans import lines
from pipeline.ids import content_id
from schemas.extraction import DocumentExtraction
from schemas.parsed import ParsedDocument
from schemas.provenance import Provenance
from schemas.records import (
    AgendaItemRow,
    AllocationRow,
    AttendanceRow,
    DataQualityRow,
    DatedEventRow,
    FutureMeetingRow,
    MeetingMentionRow,
    MoneyMentionRow,
    PaperRow,
    PersonMentionRow,
    ProjectMentionRow,
    ProjectRow,
    ReportRow,
    TracedRow,
)
from schemas.structure import Paper
from schemas.traced import source_values

_NOT_WORD = re.compile(r"[^0-9a-z]+")



def meeting_key(body: str | None, date) -> str | None:
    """Key of a meeting across documents: the normalised body name and the date."""
    if not body or date is None:
        return None
    return content_id(_NOT_WORD.sub(" ", body.lower().replace("&", " and ")).strip(), date.isoformat())


def fingerprint(text: str, start: int, end: int) -> str:
    """Hash of a paper's words: footers, blank-page markers, case, layout and punctuation dropped,
    so a paper printed in a pack (footer 'Page 29') and alone (footer '1') fingerprints the same."""
    kept = [line.text for line in lines(text, start, end) if not (line.is_page_footer or line.is_blank_page_marker)]
    return hashlib.sha256(_NOT_WORD.sub("", " ".join(kept).lower()).encode()).hexdigest()


def to_row(model: type[TracedRow], document_id: str, record: BaseModel, natural: tuple = (), **derived):
    """The row of ``model`` for one output ``record``: its provenance columns, the columns read off
    the record (``model.sources``) and the ``derived`` ones; the id hashes the table, the
    document, the span and the ``natural`` key."""
    provenance: Provenance = record.provenance
    return model(
        id=content_id(model.table, document_id, provenance.start, provenance.end, *natural),
        document_id=document_id,
        page_index=provenance.page_index,
        printed_page=provenance.printed_page,
        char_start=provenance.start,
        char_end=provenance.end,
        span_text=provenance.text,
        extractor=provenance.extractor,
        extractor_version=provenance.extractor_version,
        **source_values(model, record),
        **derived,
    )


def _paper_of(papers: list[Paper], offset: int) -> int | None:
    for index, paper in enumerate(papers):
        if paper.start <= offset < paper.end:
            return index
    return None


@dataclass(frozen=True)
class RowContext:
    """What a registered fact's ``derive`` hook may read: the document, its extraction, and the
    meeting each offset belongs to (its paper's meeting, else the document's)."""

    document: ParsedDocument
    extraction: DocumentExtraction
    meeting_key_at: Callable[[int], str | None]

    def paper_index_at(self, offset: int) -> int | None:
        return _paper_of(self.extraction.structure.papers, offset)


def fact_rows(document: ParsedDocument, extraction: DocumentExtraction) -> list[TracedRow]:
    """Every fact row of one document, for every registered fact (``extractors.registry``)."""
    doc = document.sha256
    found = extraction.structure
    papers = found.papers
    text = document.text

    def body_on(date) -> str | None:
        return next((m.body for m in found.meetings if m.date == date), None)

    paper_keys = [meeting_key(body_on(date), date) for date in extraction.paper_meeting_dates]
    document_key = next((meeting_key(m.body, m.date) for m in found.meetings if m.date), None)

    def key_at(offset: int) -> str | None:
        index = _paper_of(papers, offset)
        return paper_keys[index] if index is not None else document_key

    rows: list[TracedRow] = [
        to_row(
            PaperRow, doc, paper, (index,), paper_index=index, meeting_key=paper_keys[index],
            fingerprint=fingerprint(text, paper.start, paper.end),
        )
        for index, paper in enumerate(papers)
    ]
    rows += [
        to_row(MeetingMentionRow, doc, meeting, (meeting.source,), meeting_key=meeting_key(meeting.body, meeting.date))
        for meeting in found.meetings
    ]
    for future in found.future_meetings:
        listing = key_at(future.provenance.start)
        body = next((m.body for m in found.meetings if meeting_key(m.body, m.date) == listing), None)
        rows.append(to_row(FutureMeetingRow, doc, future, (future.date,), listed_by=listing, body=body))
    rows += [
        to_row(
            AgendaItemRow, doc, item, (item.number,), meeting_key=key_at(item.provenance.start),
            first_page=item.pages[0] if item.pages else None, last_page=item.pages[-1] if item.pages else None,
        )
        for item in found.agenda_items
    ]
    rows += [
        to_row(
            ReportRow, doc, header, (header.title,), paper_index=_paper_of(papers, header.provenance.start),
            meeting_key=meeting_key(header.to, header.meeting_date),
        )
        for header in found.report_headers
    ]
    rows += [
        to_row(AttendanceRow, doc, person, (person.person_key, person.attendance), meeting_key=key_at(person.provenance.start))
        for person in found.attendees
    ]
    rows += [
        to_row(PersonMentionRow, doc, person, (person.person_key,), meeting_key=key_at(person.provenance.start))
        for person in found.named_people
    ]
    rows += [to_row(DatedEventRow, doc, event, (event.kind,)) for event in extraction.dated_events]
    rows += _funding_rows(doc, extraction)
    context = RowContext(document, extraction, key_at)
    for entry in registry.facts():
        if entry.standalone:
            rows += [
                to_row(
                    entry.row, doc, record, tuple(getattr(record, name) for name in entry.key),
                    **(entry.derive(record, context) if entry.derive else {}),
                )
                for record in extraction.facts.get(entry.name, [])
            ]
    return rows


def _funding_rows(doc: str, extraction: DocumentExtraction) -> list[TracedRow]:
    money = extraction.funding
    rows: list[TracedRow] = [to_row(MoneyMentionRow, doc, mention) for mention in money.money]
    rows += [
        to_row(AllocationRow, doc, allocation, (allocation.kind, allocation.financial_year))
        for allocation in money.allocations
    ]
    for project in money.projects:
        project_row = to_row(
            ProjectRow, doc, project, (project.name, project.financial_year), n_mentions=len(project.mentions)
        )
        rows.append(project_row)
        rows += [
            to_row(ProjectMentionRow, doc, mention, (mention.name,), project_id=project_row.id)
            for mention in project.mentions
        ]
    rows += [
        to_row(DataQualityRow, doc, check, (check.check, check.result, check.stated, check.computed))
        for check in money.data_quality
    ]
    return rows
