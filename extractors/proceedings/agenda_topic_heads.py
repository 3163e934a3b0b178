"""A content fallback for unnumbered minutes whose items are short headings alone on their lines, each over the
paragraph it heads ('Village Hall' over 'It was agreed to ...', 'Election of Chairman.' over 'It was proposed ...'):
small councils' minutes typed as web pages, and meeting pages whose item numbers were lost, where
``agenda_headings.mixed_headings`` keeps only headings naming standard business or joined by a small word.

A heading (``_mixed_head``: no attendance label, name, decision word or colon, eight words at most) is in title case
(every word of four letters or more opens with a capital; a year may open it: '2024 Precept'), or closed by a full
stop with no verb ('Declarations of interest.'). It stands over a line of prose (eight words or a closed sentence,
three words in lower case: no list of names) and not directly under another heading, so that headings and
paragraphs alternate; a heading naming standard business ('Matters Arising') may stand over the next heading. The
run opens within the page's first lines, below lines naming a meeting or minutes and dating it (no press release); a
paper's own heading ('Cabinet Minutes') is none. Three headings or more, one of the first four naming standard
business (a news page's subheadings name none); read only where no other reader finds an item.

Part of the agenda extractor: its records carry ``agenda.NAME`` and ``agenda.VERSION``, which a change here must bump.
"""

from __future__ import annotations

import re

from extractors.proceedings.agenda_fallback import _records
from extractors.proceedings.agenda_headings import _BUSINESS_HEAD, _MAX_HEAD_GAP, _PROSE, _headings_kept, _mixed_head
from extractors.proceedings.agenda_numbered_runs import MIN_RUN, RunItem, _segments
from extractors.readers.spans import Line, lines
from schemas.parsed import ParsedDocument
from schemas.structure import AgendaItemRecord, Paper

# A meeting's minutes named in the page's lead, above its first heading.
_LEAD = re.compile(r"\b(?:minutes?|meeting)\b", re.I)
# The lead dates the meeting ('held on Thursday 14th March 2024', 'Meeting 07/02/24'): a guide to meetings or an
# undated round-up dates none; a press or news release reporting a meeting is no minutes.
_DATE = re.compile(
    r"\b(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:19|20)\d\d)\b"
)
_NEWS = re.compile(r"\b(?:press|news|media)\s+release\b", re.I)
_LEAD_LINES = 12
_YEAR_FIRST = re.compile(r"^(?:19|20)\d\d\s+(?=[A-Z])")
# A paper's own heading naming its kind after its body ('Cabinet Minutes', 'Board Agenda'): no item of business.
_PAPER_TITLE = re.compile(r"\S\s+(?:minutes|agenda)$", re.I)
# A paragraph's line is prose in lower case, not a list of names ('Councillor A Lowe, Councillor B Ray, ...').
_LOWER_WORDS = 3
# A closed line with a verb is a sentence ('Cllr Lowe was thanked.'), not a heading.
_VERB = re.compile(r"\b(?:is|are|was|were|has|had|have|will|would|be|been|did|does|[a-z]{3,}ed)\b", re.I)
# One of a run's first headings names standard business.
_OPENING = 4
_SMALL = frozenset({"of", "and", "for", "the", "on", "in", "to", "from", "with", "at", "by", "a", "an", "or"})


def _topic(text: str) -> str | None:
    """The heading a short line prints alone, in title case (a year may open it) or closed by a full stop with no
    verb, or None."""
    text = text.strip()
    year = _YEAR_FIRST.match(text)
    closed = text.endswith(".") and not text.endswith("..")
    head = _mixed_head((text[year.end() :] if year else text).removesuffix("." if closed else ""))
    if head is None or closed and _VERB.search(head):
        return None
    words = re.findall(r"[A-Za-z][\w'’-]*", head)
    if not words or not closed and any(word[0].islower() and word.lower() not in _SMALL and len(word) >= 4 for word in words):
        return None
    return f"{year.group() if year else ''}{head}{'.' if closed else ''}"


def _prose(text: str) -> bool:
    """``text`` is a line of a paragraph: eight words or a closed sentence (``agenda_headings``), three in lower case."""
    return bool(_PROSE.match(text)) and len(re.findall(r"(?<![\w'’-])[a-z]+\b", text)) >= _LOWER_WORDS


def _business(head: str) -> bool:
    """``head`` names standard business ('Matters Arising', 'Apologies for absence.'), not a paper ('Cabinet Minutes')."""
    return bool(_BUSINESS_HEAD.search(head.upper())) and not _PAPER_TITLE.search(head.rstrip("."))


def _lead(above: list[Line]) -> bool:
    """The lines ``above`` a run's first heading name a meeting or minutes and date it, and announce no release."""
    texts = [line.text for line in above]
    return any(map(_LEAD.search, texts)) and any(map(_DATE.search, texts)) and not any(map(_NEWS.search, texts))


def topic_headings(text: str, start: int = 0, end: int | None = None) -> list[RunItem]:
    """The run of topic headings of ``text[start:end]`` (see the module docstring), three or more, else []."""
    segments = _segments(lines(text, start, end))
    found: list[RunItem] = []
    for index, line in enumerate(segments):
        if not found and (index > _LEAD_LINES or not _lead(segments[:index])):
            continue
        head = _topic(line.text)
        if head is None:
            continue
        below = segments[index + 1].text.strip() if index + 1 < len(segments) else ""
        if not found:
            if _prose(below) or _business(head) and _topic(below) is not None:
                found.append(RunItem("", head, line, index))
            continue
        above = segments[index - 1].text.strip()
        if not _prose(below) or _topic(below) is not None or index - 1 != found[-1].index and _topic(above) is not None:
            continue
        if index - found[-1].index > _MAX_HEAD_GAP:
            break
        found.append(RunItem("", head, line, index))
    opening = any(_business(item.title) for item in found[:_OPENING])
    return _headings_kept(found) if len(found) >= MIN_RUN and opening else []


def topic_records(document: ParsedDocument, papers: list[Paper]) -> list[AgendaItemRecord]:
    """The items of the longest run of topic headings among the document's papers other than reports."""
    runs = (topic_headings(document.text, paper.start, paper.end) for paper in papers if paper.kind != "report")
    return _records(document, max(runs, key=len, default=[]))
