"""Which agenda item each paper of a pack belongs to (for ``split``, whose VERSION covers these rules): the pages printed
with an item's first page number start papers, and without printed numbers reports and minutes are aligned with the
paged items in order, by title likeness when the counts differ (appendices follow the paper before them).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from extractors.proceedings.agenda import FoundItem
from schemas.parsed import ParsedDocument


def page_boundaries(document: ParsedDocument, items: list[FoundItem], after: int) -> list[int]:
    """Starts of the pages printed with an agenda item's first page number, in page order."""
    firsts = {item.pages[0] for item in items if item.pages}
    found, last_number = [], None
    for page in document.pages:
        if page.char_start < after or page.printed_number is None:
            continue
        if page.printed_number in firsts and (last_number is None or page.printed_number > last_number):
            found.append(page.char_start)
            last_number = page.printed_number
    return found


def _similar(a: str | None, b: str) -> float:
    return SequenceMatcher(None, (a or "").lower(), b.lower()).ratio()


def link_by_order(papers: list[dict], items: list[FoundItem]) -> None:
    """Align reports and minutes with paged agenda items in order, by title likeness when counts differ."""
    paged = [item for item in items if item.pages]
    primary = [paper for paper in papers if paper["kind"] in ("report", "minutes")]
    if len(primary) == len(paged):
        pairs = list(zip(primary, paged))
    else:
        pairs, next_item = [], 0
        for paper in primary:
            scored = [
                (_similar(paper["title"], item.title) + (0.3 if paper["kind"] == "minutes" and re.search(r"minutes|notes", item.title, re.I) else 0), index)
                for index, item in enumerate(paged[next_item:], start=next_item)
            ]
            best = max(scored, default=(0.0, -1))
            if best[0] >= 0.5:
                pairs.append((paper, paged[best[1]]))
                next_item = best[1] + 1
    for paper, item in pairs:
        paper["agenda_item"] = item.number
    current = None
    for paper in papers:
        if paper["kind"] in ("report", "minutes"):
            current = paper.get("agenda_item")
        elif paper["kind"] == "appendix":
            paper["agenda_item"] = current
