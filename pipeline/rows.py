"""Warehouse rows from one document's extraction: ids, meeting keys, paper fingerprints.

Ids are deterministic (a hash of the table, document, span and natural key), so
loading the same document twice writes the same rows.
"""

from __future__ import annotations

import hashlib
import re

from extractors.descriptions import describe
from extractors.spans import lines
from pipeline.ids import content_id
from schemas.extraction import DocumentExtraction
from schemas.funding import ProjectMention
from schemas.parsed import ParsedDocument, ParsedPage
from schemas.provenance import Provenance
from schemas.records import (
    AgendaItemRow,
    AllocationRow,
    AttendanceRecord,
    DataQualityRow,
    DatedEventRecord,
    FutureMeetingRecord,
    MeetingMentionRecord,
    MoneyMentionRecord,
    PaperRecord,
    PersonMentionRecord,
    ProjectMentionRow,
    ProjectRow,
    ReportRecord,
    TracedRecord,
)
from schemas.structure import Paper

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


def _trace(model: type[TracedRecord], document_id: str, provenance: Provenance, natural: tuple, **fields):
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
        **fields,
    )


def _paper_of(papers: list[Paper], offset: int) -> int | None:
    for index, paper in enumerate(papers):
        if paper.start <= offset < paper.end:
            return index
    return None


def fact_rows(document: ParsedDocument, extraction: DocumentExtraction) -> list[TracedRecord]:
    """Every fact row of one document, for every table in ``schemas.records.FACT_TABLES``."""
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

    rows: list[TracedRecord] = []
    for index, paper in enumerate(papers):
        rows.append(
            _trace(
                PaperRecord, doc, paper.provenance, (index,),
                paper_index=index, kind=paper.kind, title=paper.title, agenda_item=paper.agenda_item,
                first_page=paper.first_page, last_page=paper.last_page, text_start=paper.start,
                text_end=paper.end, meeting_key=paper_keys[index], fingerprint=fingerprint(text, paper.start, paper.end),
            )
        )
    for meeting in found.meetings:
        rows.append(
            _trace(
                MeetingMentionRecord, doc, meeting.provenance, (meeting.source,),
                meeting_key=meeting_key(meeting.body, meeting.date), body=meeting.body, date=meeting.date,
                date_text=meeting.date_text, time=meeting.time, location=meeting.location, source=meeting.source,
            )
        )
    for future in found.future_meetings:
        listing = key_at(future.provenance.start)
        rows.append(
            _trace(
                FutureMeetingRecord, doc, future.provenance, (future.date,),
                listed_by=listing, body=next((m.body for m in found.meetings if meeting_key(m.body, m.date) == listing), None),
                date=future.date, time=future.time,
            )
        )
    for item in found.agenda_items:
        rows.append(
            _trace(
                AgendaItemRow, doc, item.provenance, (item.number,),
                meeting_key=key_at(item.provenance.start), number=item.number, title=item.title,
                first_page=item.pages[0] if item.pages else None, last_page=item.pages[-1] if item.pages else None,
                access=item.access,
            )
        )
    for header in found.report_headers:
        rows.append(
            _trace(
                ReportRecord, doc, header.provenance, (header.title,),
                paper_index=_paper_of(papers, header.provenance.start), title=header.title,
                authors=[author.model_dump() for author in header.authors], to_body=header.to,
                meeting_date=header.meeting_date, meeting_key=meeting_key(header.to, header.meeting_date),
                classification=header.classification, summary=header.summary,
            )
        )
    for person in found.attendees:
        rows.append(
            _trace(
                AttendanceRecord, doc, person.provenance, (person.person_key, person.attendance),
                meeting_key=key_at(person.provenance.start), name=person.name, person_key=person.person_key,
                role=person.role, chair=person.chair, attendance=person.attendance,
            )
        )
    for person in found.named_people:
        rows.append(
            _trace(
                PersonMentionRecord, doc, person.provenance, (person.person_key,),
                meeting_key=key_at(person.provenance.start), name=person.name, person_key=person.person_key,
                role=person.role,
            )
        )
    for event in extraction.dated_events:
        rows.append(
            _trace(
                DatedEventRecord, doc, event.provenance, (event.kind,),
                paper_index=event.paper_index, kind=event.kind, date=event.date, last_date=event.last_date,
                date_text=event.date_text, year_inferred=event.year_inferred, sentence=event.sentence,
            )
        )
    rows.extend(_funding_rows(document, extraction))
    return rows


def _funding_rows(document: ParsedDocument, extraction: DocumentExtraction) -> list[TracedRecord]:
    doc = document.sha256
    pages = {page.index: page for page in document.pages}
    money = extraction.funding
    rows: list[TracedRecord] = []
    for mention in money.money:
        amount = mention.money
        rows.append(
            _trace(
                MoneyMentionRecord, doc, mention.provenance, (),
                amount=amount.amount, amount_text=amount.text, qualifier=amount.qualifier, scale=amount.scale,
                malformed=amount.malformed,
            )
        )
    for allocation in money.allocations:
        rows.append(
            _trace(
                AllocationRow, doc, allocation.provenance, (allocation.kind, allocation.financial_year),
                kind=allocation.kind, financial_year=allocation.financial_year, year_source=allocation.year_source,
                amount=allocation.amount, amount_text=allocation.amount_text, qualifier=allocation.qualifier,
                sentence=allocation.sentence,
            )
        )
    for project in money.projects:
        project_row = _trace(
            ProjectRow, doc, project.provenance, (project.name, project.financial_year),
            name=project.name, amount=project.amount, amount_text=project.amount_text,
            financial_year=project.financial_year, pot=project.pot, status=project.status,
            recipient=project.recipient, n_mentions=len(project.mentions),
        )
        rows.append(project_row)
        names = [mention.name for mention in project.mentions]
        for mention in project.mentions:
            rows.append(
                _trace(
                    ProjectMentionRow, doc, mention.provenance, (mention.name,),
                    project_id=project_row.id, name=mention.name, amount=mention.amount,
                    amount_text=mention.amount_text, malformed=mention.malformed,
                    financial_year=mention.financial_year, pot=mention.pot, status=mention.status,
                    status_evidence=mention.status_evidence, recipient=mention.recipient, layout=mention.layout,
                    description=_description(pages, mention, names),
                )
            )
    for check in money.data_quality:
        rows.append(
            _trace(
                DataQualityRow, doc, check.provenance, (check.check, check.result, check.stated, check.computed),
                check_name=check.check, result=check.result, financial_year=check.financial_year,
                stated=check.stated, stated_text=check.stated_text, computed=check.computed,
                difference=check.difference, detail=check.detail,
            )
        )
    return rows


def _description(pages: dict[int, ParsedPage], mention: ProjectMention, names: list[str]) -> str | None:
    """``describe`` on the mention's own page (its offsets made page-relative)."""
    page = pages.get(mention.provenance.page_index)
    if page is None:
        return None
    start = mention.provenance.start - page.char_start
    return describe(page.text, start, mention.provenance.end - page.char_start, names, mention.layout)
