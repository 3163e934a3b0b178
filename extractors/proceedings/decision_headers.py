"""The office a decision record names in its header: 'OFFICE OF THE ... COMMISSIONER' above 'DECISION NOTICE'.

A commissioner's or combined authority's decision record prints no meeting and no ``To:`` line: the
body whose decision it is is the office its first lines name. A paper's header is read in its first
ten lines (blank lines counted) within 600 characters of its start, on the page it starts on: one of
them is 'DECISION' with an optional 'executive'/'key' before it and 'notice', 'record', 'report', 'sheet'
or 'form' after it, and the office is the first other line (under 120 characters) naming a commissioner,
combined authority, mayor or council. Read from the document as parsed (neither recased nor reflowed:
a header's lines are the lines the page prints), one record per paper at most, keyed by the paper's start;
``pipeline/bodies.py`` gives a fact in that paper the office as its body when nothing stronger does.
"""

from __future__ import annotations

import re

from extractors.readers.spans import provenance
from extractors.registry import fact
from schemas.parsed import ParsedDocument
from schemas.records import DecisionHeaderRow
from schemas.structure import DecisionHeader, Paper

VERSION = "1"

_DECISION = re.compile(r"^\s*(?:executive\s+|key\s+)?decision(?:\s+(?:notice|record|report|sheet|form))?\s*$", re.I)
_OFFICE = re.compile(r"commissioner|combined authority|mayor|\bpcc\b|council", re.I)
_LINE = re.compile(r"[^\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]*")
_WINDOW = 600
_LINES = 10
_WIDTH = 120


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the first ``_LINES`` lines of ``text[start:end]`` as ``str.splitlines`` splits them."""
    found: list[tuple[int, int]] = []
    at = start
    while at < end and len(found) < _LINES:
        line = _LINE.match(text, at, end)
        found.append((line.start(), line.end()))
        at = line.end()
        if at < end:
            at += 2 if text.startswith("\r\n", at) else 1
    return found


def header_office(document: ParsedDocument, start: int) -> DecisionHeader | None:
    """The office named in the header of the paper starting at ``start``, or None when its first lines hold
    no 'DECISION ...' line or no office."""
    page = next((p for p in document.pages if p.char_start <= start < p.char_end), None)
    if page is None:
        return None
    text = page.text
    lines = []
    for line_start, line_end in _lines(text, start - page.char_start, min(start - page.char_start + _WINDOW, len(text))):
        stripped = text[line_start:line_end].strip()
        if stripped:
            lead = line_start + len(text[line_start:line_end]) - len(text[line_start:line_end].lstrip())
            lines.append((stripped, lead))
    if not any(_DECISION.match(line) for line, _ in lines):
        return None
    for line, lead in lines:
        if _OFFICE.search(line) and not _DECISION.match(line) and len(line) < _WIDTH:
            at = page.char_start + lead
            return DecisionHeader(
                office=line, paper_start=start,
                provenance=provenance(document, document.text, at, at + len(line), "decision_headers", VERSION),
            )
    return None


@fact("decision_headers", output=DecisionHeader, row=DecisionHeaderRow, key=("paper_start",), papers=True)
def find_decision_headers(document: ParsedDocument, papers: list[Paper]) -> list[DecisionHeader]:
    """The decision-record header of every paper that prints one."""
    return [header for paper in papers if (header := header_office(document, paper.start))]
