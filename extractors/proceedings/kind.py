"""What a document is: a report, minutes, an agenda pack, or a web summary page.

Read from house-style markers near the top of the text, never from names, in this order:
a saved web page (HTML) is a summary page; an AGENDA heading followed by numbered items is an
agenda pack; two report-header labels (By:/To:/Subject:, Title:/Author:, Report to:/Report of:,
Report title:/Date of meeting:/Lead officer:, Decision number:/Protective Marking:) make a report; a minutes heading opening a line ('NOTES/MINUTES of a meeting',
'Minutes of the Cabinet meeting held on', or a lone 'Minutes' line over a 'Date:' line) makes
minutes; a 'Body - Thursday, 4 July 2024' title makes a summary page.
"""

from __future__ import annotations

import re

from extractors.proceedings.split import find_agenda, minutes_heading_at
from schemas.facts import DocumentKind
from schemas.parsed import ParsedDocument

VERSION = "3"
_HEAD_CHARS = 4000
_REPORT_FIELDS = re.compile(
    r"^\W*(By|To|From|Subject|Classification|Title|Author|Report\s+of|Report\s+to|Title\s+of\s+report|"
    r"Report\s+(?:title|author|by)|Date\s+of\s+meeting|Meeting\s+date|Lead\s+officer|Author\s+and\s+job\s+role|"
    r"Protective\s+marking|Decision\s+(?:number|no\.?))\W*:",
    re.IGNORECASE | re.MULTILINE,
)
_MEETING_TITLE = re.compile(
    r"^.+\s[-–]\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+\d{1,2}",
    re.MULTILINE,
)


def classify(document: ParsedDocument) -> DocumentKind | None:
    head = document.text[:_HEAD_CHARS]
    if document.format == "html":
        return "summary_page"
    if find_agenda(document.text) is not None:
        return "agenda_pack"
    report_fields = {re.sub(r"\s+", " ", m.group(1).lower()) for m in _REPORT_FIELDS.finditer(head[:1500])}
    if len(report_fields) >= 2:
        return "report"
    if minutes_heading_at(head, 0, 1500) is not None:
        return "minutes"
    if _MEETING_TITLE.search(head):
        return "summary_page"
    return None
