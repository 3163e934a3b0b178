"""The document-level run of every extractor, in dependency order.

Structure comes first: it splits a pack into papers and tells each paper's
meeting date, which resolves year-less dates and 'this financial year' in that
paper. Minutes printed in a pack therefore resolve against the meeting they
record, not the pack's meeting. Facts registered on their own (``registry.fact``) read the
whole document after these. A document printed wholly in capitals is read from a copy in mixed case
(``readers.capitals``; attendance reads the capitals itself), its span texts given back as printed. Run-on lines
(a pack flattened by a document mirror) are read as the lines they were flattened from (``readers.runon``).
"""

from __future__ import annotations

import datetime as dt

from extractors import registry
from extractors.grants import descriptions, funding
from extractors.proceedings import dated_events, kind, structure
from extractors.readers import capitals
from extractors.readers.money import as_printed_figures, lost_pound_signs
from extractors.readers.runon import reflowed_document
from extractors.readers.spacing import rewrapped, single_spaced
from schemas.extraction import DocumentExtraction
from schemas.parsed import ParsedDocument
from schemas.structure import Paper, StructureResult

# Papers whose own heading names the meeting they belong to.
_MEETING_SOURCES = {"agenda": "agenda_header", "minutes": "minutes_heading", "meeting_page": "meeting_page"}


def _inside(paper: Paper, offset: int) -> bool:
    return paper.start <= offset < paper.end


def paper_meeting_dates(found: StructureResult) -> list[dt.date | None]:
    """The meeting date of each paper: its own heading's, else its report header's, else the
    previous paper's (an appendix follows its report), else the document's first meeting."""
    first = next((m.date for m in found.meetings if m.date), None)
    result: list[dt.date | None] = []
    for paper in found.papers:
        date = None
        source = _MEETING_SOURCES.get(paper.kind)
        if source:
            date = next(
                (m.date for m in found.meetings if m.source == source and m.date and _inside(paper, m.provenance.start)),
                None,
            )
        if date is None:
            date = next(
                (h.meeting_date for h in found.report_headers if h.meeting_date and _inside(paper, h.provenance.start)),
                None,
            )
        if date is None and paper.kind == "appendix" and result:
            date = result[-1]
        result.append(date or first)
    return result


def _reading(document: ParsedDocument) -> ParsedDocument:
    """``document`` as the rules read it, one character for one: pound signs the text layer lost read back
    (``readers.money.lost_pound_signs``), double-spaced pages single-spaced (``spacing``), lines hard-wrapped at a fixed width
    joined (``spacing``; not a PDF's), run-on lines split (``runon``); its pages, so every span's quoted text, unchanged."""
    text = single_spaced(lost_pound_signs(document.text))
    # A PDF's lines follow its layout in a proportional font: the fixed width test reads none of them right.
    text = text if document.format == "pdf" else rewrapped(text)
    if text is not document.text:
        document = document.model_copy()
        document.__dict__["text"] = text
    return reflowed_document(document)


def extract_document(printed: ParsedDocument) -> DocumentExtraction:
    """Every fact of ``printed``, read from its mixed-case copy (``capitals``) with its run-on lines split (``runon.reflowed``:
    same offsets, spans quoted from the pages)."""
    recased = capitals.recased(printed)
    document = _reading(recased)
    found = structure.extract_structure(document, document if recased is printed else _reading(printed))
    meeting_dates = paper_meeting_dates(found)
    events = []
    money = []
    for index, (paper, meeting_date) in enumerate(zip(found.papers, meeting_dates)):
        events.extend(dated_events.extract_dated_events(document, paper.start, paper.end, meeting_date, index))
        if paper.kind != "agenda":
            money.append(funding.extract_funding(document, meeting_date, paper.start, paper.end))
        else:
            money.append(funding.extract_agenda_funding(document, meeting_date, paper.start, paper.end))
    if not found.papers:
        money.append(funding.extract_funding(document))
    money_found = descriptions.with_descriptions(document, funding.combine(money))

    def standalone(entry: registry.Fact) -> list:
        if entry.papers:
            return entry.extractor(printed, found.papers)
        if entry.allocations:
            return entry.extractor(printed, money_found.allocations)
        return entry.extractor(document)

    extraction = DocumentExtraction(
        kind=kind.classify(document),
        structure=found,
        paper_meeting_dates=meeting_dates,
        dated_events=events,
        funding=money_found,
        facts={entry.name: standalone(entry) for entry in registry.facts() if entry.standalone},
    )
    if lost_pound_signs(printed.text) is not printed.text:
        extraction = as_printed_figures(extraction, printed.text)
    return extraction if recased is printed else capitals.as_printed(extraction, printed.text)
