"""A fallback for agenda items, read only when no other reader finds any item in a document: the order of its readings
and the records they give.

First the longest run of item lines numbered in order (``agenda_numbered_runs``); else unnumbered headings alone on
their lines, in capitals, then in mixed case (``agenda_headings``); last, on a meeting page or an unclassified page where
still nothing is found, the titles a page kept because they link a document, or a document list whose papers name their
items (``agenda_linked_titles``). ``bridged`` fills the gaps in another reader's numbers from the numbered run.

Part of the agenda extractor: its records carry ``agenda.NAME`` and ``agenda.VERSION``, which a change here must bump.
"""

from __future__ import annotations

import re

from extractors.proceedings.agenda_headings import capital_headings, mixed_headings
from extractors.proceedings.agenda_linked_titles import document_items, sized_titles
from extractors.proceedings.agenda_numbered_runs import MIN_PAIR, MIN_RUN, RunItem, _segments, fallback_items, in_shape
from extractors.readers.spans import provenance
from schemas.parsed import ParsedDocument
from schemas.structure import AgendaItemRecord, Paper

# The readers live in their own modules; these names stay importable from here.
__all__ = [
    "MIN_PAIR", "MIN_RUN", "RunItem", "_segments", "bridged", "capital_headings", "document_items", "fallback_items",
    "fallback_readings", "in_shape", "mixed_headings", "sized_records", "sized_titles",
]


def bridged(items: list[AgendaItemRecord], run: list[AgendaItemRecord]) -> list[AgendaItemRecord]:
    """``items`` (another reader's, numbered 1, 3, 4) with each gap in their numbers filled from the fallback's ``run``
    when the run holds the numbers on both sides of the gap and the missing item's title keeps the title shape
    ('2  Minutes' printed where the other reader saw no item line)."""
    numbers = {item.number for item in items}
    whole = sorted(int(number) for number in numbers if number.isdigit())
    held = {item.number for item in run}
    missing = [
        item
        for item in run
        if item.number.isdigit() and item.number not in numbers and in_shape(item.title)
        and any(low < int(item.number) < high and {str(low), str(high)} <= held for low, high in zip(whole, whole[1:]))
    ]
    return sorted([*items, *missing], key=lambda item: item.provenance.start) if missing else items


# The header of a minutes page's item table, its cells run together: 'Item Number Item/Resolution', 'Item Item/Description'.
_ITEM_TABLE_HEAD = re.compile(r"^[ \t]*item(?:[ \t]+(?:number|no\.?))?[ \t]+item[ \t]*/[ \t]*(?:resolution|description|decision)s?[ \t]*$", re.I | re.M)


def _items_start(text: str, paper: Paper) -> int:
    """Where ``paper``'s items may start: under its item table's header when it prints one (the attendance details
    above it, 'Apologies for absence:' over a sentence, are no items), else at its start."""
    header = _ITEM_TABLE_HEAD.search(text, paper.start, paper.end)
    return header.end() if header else paper.start


def fallback_readings(document: ParsedDocument, papers: list[Paper]) -> list[list[AgendaItemRecord]]:
    """The fallback's readings of the document's papers other than reports, best first: the longest numbered run of
    them all (two items or more: a page cut off after its second item; the caller asks more of a pair), then the
    longest run of headings in capitals (else run into their paragraphs: ``agenda_runin_heads``)."""
    from extractors.proceedings.agenda_runin_heads import runin_headings

    text = document.text
    kept = [(_items_start(text, paper), paper.end) for paper in papers if paper.kind != "report"]
    numbered = max((fallback_items(text, start, end, MIN_PAIR) for start, end in kept), key=len, default=[])
    capitals = max((capital_headings(text, start, end) or runin_headings(text, start, end) for start, end in kept), key=len, default=[])
    mixed = max((mixed_headings(text, start, end) for start, end in kept), key=len, default=[])
    return [_records(document, run) for run in (numbered, capitals, mixed)]


def sized_records(document: ParsedDocument, paper: Paper) -> list[AgendaItemRecord]:
    """The items of ``sized_titles`` (else ``document_items``) in ``paper``, a meeting page's or an unclassified one."""
    text = document.text
    return _records(document, sized_titles(text, paper.start, paper.end) or document_items(text, paper.start, paper.end))


def _records(document: ParsedDocument, run: list[RunItem]) -> list[AgendaItemRecord]:
    from extractors.proceedings import agenda

    return [
        AgendaItemRecord(
            number=item.number,
            title=item.title,
            pages=[],
            access="unrestricted",
            provenance=provenance(document, document.text, item.line.start, item.line.end, agenda.NAME, agenda.VERSION),
        )
        for item in run
    ]
