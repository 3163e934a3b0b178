"""A content fallback for unnumbered minutes whose items are short topic headings in title case, each alone on its line
over the paragraph it heads ('Village Hall' over 'It was agreed to ...'): a small council's minutes typed as a web
page, where ``agenda_fallback.mixed_headings`` keeps only headings naming standard business or joined by a small word.

The run opens at a heading naming standard business ('Minutes of the Last Meeting', 'Matters Arising') in the page's
first lines, after a lead naming a meeting or minutes; each later heading is in title case (every word of four letters
or more opens with a capital; a year may open it: '2024 Precept'), stands over a line of prose (``agenda_fallback``'s
eight words or a closed sentence) and under one, so that headings and paragraphs alternate; no attendance label, name
or decision word (``_mixed_head``). Three headings or more, read only where no other reader finds an item.

Part of the agenda extractor: its records carry ``agenda.NAME`` and ``agenda.VERSION``, which a change here must bump.
"""

from __future__ import annotations

import re

from extractors.proceedings.agenda_fallback import _BUSINESS_HEAD, _MAX_HEAD_GAP, _PROSE, MIN_RUN, RunItem, _headings_kept, _mixed_head, _records, _segments
from extractors.readers.spans import lines
from schemas.parsed import ParsedDocument
from schemas.structure import AgendaItemRecord, Paper

# A meeting's minutes named in the page's lead, above its first heading.
_LEAD = re.compile(r"\b(?:minutes?|meeting)\b", re.I)
_LEAD_LINES = 12
_YEAR_FIRST = re.compile(r"^(?:19|20)\d\d\s+(?=[A-Z])")
# A paper's own heading naming its kind after its body ('Cabinet Minutes', 'Board Agenda'): no item of business.
_PAPER_TITLE = re.compile(r"\S\s+(?:minutes|agenda)$", re.I)
# A paragraph's line is prose in lower case, not a list of names ('Councillor A Lowe, Councillor B Ray, ...').
_LOWER_WORDS = 3
_SMALL = frozenset({"of", "and", "for", "the", "on", "in", "to", "from", "with", "at", "by", "a", "an", "or"})


def _topic(text: str) -> str | None:
    """The heading a short line in title case prints alone (a year may open it), or None."""
    year = _YEAR_FIRST.match(text.strip())
    head = _mixed_head(text[year.end() :] if year else text)
    if head is None:
        return None
    words = re.findall(r"[A-Za-z][\w'’-]*", head)
    if not words or any(word[0].islower() and word.lower() not in _SMALL and len(word) >= 4 for word in words):
        return None
    return f"{year.group()}{head}" if year else head


def _prose(text: str) -> bool:
    """``text`` is a line of a paragraph: eight words or a closed sentence (``agenda_fallback``), three in lower case."""
    return bool(_PROSE.match(text)) and len(re.findall(r"(?<![\w'’-])[a-z]+\b", text)) >= _LOWER_WORDS


def topic_headings(text: str, start: int = 0, end: int | None = None) -> list[RunItem]:
    """The run of topic headings of ``text[start:end]`` (see the module docstring), three or more, else []."""
    segments = _segments(lines(text, start, end))
    found: list[RunItem] = []
    for index, line in enumerate(segments):
        if not found and (index > _LEAD_LINES or not any(_LEAD.search(s.text) for s in segments[:index])):
            continue
        head = _topic(line.text)
        if head is None:
            continue
        if not found:
            if _BUSINESS_HEAD.search(head.upper()) and not _PAPER_TITLE.search(head):
                found.append(RunItem("", head, line, index))
            continue
        below = segments[index + 1].text.strip() if index + 1 < len(segments) else ""
        above = segments[index - 1].text.strip()
        if not _prose(below) or _topic(below) is not None or index - 1 != found[-1].index and not _prose(above):
            continue
        if index - found[-1].index > _MAX_HEAD_GAP:
            break
        found.append(RunItem("", head, line, index))
    return _headings_kept(found) if len(found) >= MIN_RUN else []


def topic_records(document: ParsedDocument, papers: list[Paper]) -> list[AgendaItemRecord]:
    """The items of the longest run of topic headings among the document's papers other than reports."""
    runs = (topic_headings(document.text, paper.start, paper.end) for paper in papers if paper.kind != "report")
    return _records(document, max(runs, key=len, default=[]))
