"""What a document is: a report, minutes, an agenda pack, or a web summary page.

Read from house-style markers near the top of the text, never from names:
an AGENDA heading with "(Pages N - M)" items, "NOTES/MINUTES of a meeting",
report headers (By:/To:/Subject:, or Title:/Author:/To:).
"""

from __future__ import annotations

import re

from schemas.facts import DocumentKind
from schemas.parsed import ParsedDocument

VERSION = "1"
_HEAD_CHARS = 4000
_AGENDA_HEADING = re.compile(r"^\W*agenda\W*$", re.IGNORECASE | re.MULTILINE)
_PAGE_RANGE = re.compile(r"\(\s*pages?\s+\d+\s*[-–]\s*\d+\s*\)", re.IGNORECASE)
_MINUTES = re.compile(r"\b(?:NOTES|MINUTES)\s+of\s+(?:a|the)\s+meeting\b", re.IGNORECASE)
_REPORT_FIELDS = re.compile(
    r"^\W*(By|To|From|Subject|Classification|Title|Author|Report\s+of)\W*:", re.IGNORECASE | re.MULTILINE
)
_MEETING_TITLE = re.compile(
    r"^.+\s[-–]\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+\d{1,2}",
    re.MULTILINE,
)


def classify(document: ParsedDocument) -> DocumentKind | None:
    head = document.text[:_HEAD_CHARS]
    if _AGENDA_HEADING.search(head) and len(_PAGE_RANGE.findall(head)) >= 2:
        return "agenda_pack"
    report_fields = {m.group(1).lower() for m in _REPORT_FIELDS.finditer(head[:1500])}
    if len(report_fields) >= 2:
        return "report"
    if _MINUTES.search(head[:1500]):
        return "minutes"
    if document.format == "html" or _MEETING_TITLE.search(head):
        return "summary_page"
    return None
