"""A fallback for agenda items, read only when no other reader finds any item in a document.

The longest run of item lines numbered in order (1, 2, 3 ... or N, N+1 ...; 'Item 4', '4.', '4)', 'A4' with one
letter throughout), three or more, each with a short title in title shape: it opens with a capital, runs to at most
``MAX_TITLE_WORDS`` words and is no sentence ('That the plan be approved.'). The lines of a run need not be adjacent
(a description or a minute may stand under each), but a gap of more than ``MAX_GAP`` lines ends it. A run whose
titles are a report's own section headings ('Purpose of the report', 'Background', 'Recommendations') is a report's
outline, not a meeting's items. A minute reference counts as a number when its year and letters stay the same
('C049/23', 'C050/23'; 'PCP 2/13', 'PCP 3/13'). One item line whose title breaks the title shape (too long, a
sentence) may carry a run on when the numbers continue in order on both sides of it; a second one ends the run, and
a run neither opens nor ends on one. One pass over the lines, each line extending at most one open run.

Part of the agenda extractor: its records carry ``agenda.NAME`` and ``agenda.VERSION``, which a change here must bump.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.readers.spans import Line, lines, provenance
from schemas.parsed import ParsedDocument
from schemas.structure import AgendaItemRecord, Paper

MIN_RUN = 3
MAX_GAP = 80
MAX_TITLE_WORDS = 12
_ITEM_LINE = re.compile(
    r"^(?:(?i:item)\s+)?(?P<letter>[A-Z]?)(?P<number>\d{1,2})(?:[.):]\s*|\s+)(?:[-–:]\s*)?(?P<title>[A-Z][^\n]*)$"
)
_MINUTE_LINE = re.compile(
    r"^(?P<letter>[A-Z]{1,4} ?)(?P<number>\d{1,3})/(?P<year>\d{2}(?:\d{2})?)(?:[.):]\s*|\s+)(?:\d{1,2}[.)]?\s+)?(?:[-–:]\s*)?(?P<title>[A-Z][^\n]*)$"
)
# A sentence, not a title: 'That ...', a finite verb, or a full stop after more than a few words.
_SENTENCE = re.compile(
    r"^That\b|\b(?:is|are|was|were|has|had|have|will|would|did|does|noted|agreed|resolved|received)\b|;\s*$"
    r"|^(?:\S+\s+){6,}.*\.\s*$",
    re.I,
)
# Where a title ends and its description or minute begins: a wide gap, a spaced dash, a colon.
_DESCRIPTION = re.compile(r"\s{2,}|\s[-–—]\s|:\s")
_REPORT_SECTION = re.compile(
    r"^(?:purpose|background|introduction|summary|recommendations?|conclusions?|appendi(?:x|ces)|"
    r"(?:financial|legal|equality|risk|resource|staffing)\b.*\bimplications?|risks?|consultation|options?|"
    r"executive\s+summary|reasons?\s+for)\b",
    re.I,
)
_PAGES = re.compile(r"\s*\(?\bpages?\s+\d{1,4}(?:\s*[-–]\s*\d{1,4})?\)?\s*$", re.I)


@dataclass(frozen=True)
class RunItem:
    """One item line of a run: its number as printed (letter kept), its title and its line."""

    number: str
    title: str
    line: Line
    index: int
    shaped: bool = True


def _candidate(line: Line, index: int) -> tuple[tuple[str, int], RunItem] | None:
    """The run key (letters and year, number) and the item of an item line; ``shaped`` False when its title breaks
    the title shape."""
    match = _ITEM_LINE.match(line.text)
    minute = None if match else _MINUTE_LINE.match(line.text)
    if minute is not None:
        match = minute
    if match is None:
        return None
    title = _PAGES.sub("", _DESCRIPTION.split(match["title"].strip(), maxsplit=1)[0]).strip(" -–:")
    words = title.split()
    if not words:
        return None
    shaped = len(words) <= MAX_TITLE_WORDS and len(title) <= 100 and not _SENTENCE.search(title)
    printed = f"{match['letter']}{match['number']}" + (f"/{minute['year']}" if minute else "")
    key = f"{match['letter'].strip()}/{minute['year']}" if minute else match["letter"]
    return (key, int(match["number"])), RunItem(printed, title, line, index, shaped)


def fallback_items(text: str, start: int = 0, end: int | None = None) -> list[RunItem]:
    """The longest run of numbered item lines in ``text[start:end]`` (see the module docstring), or []."""
    open_runs: dict[tuple[str, int], list[RunItem]] = {}
    carried: dict[tuple[str, int], bool] = {}  # an open run already carried on over a title out of shape
    best: list[RunItem] = []
    for index, line in enumerate(lines(text, start, end)):
        found = _candidate(line, index)
        if found is None:
            continue
        (letter, number), item = found
        run = open_runs.get((letter, number))
        over = carried.get((letter, number), False)
        if run is None or index - run[-1].index > MAX_GAP:
            run, over = [], False
        if not item.shaped and over:
            # A second title out of shape ends the run: a later line of the same number is no item of it.
            open_runs.pop((letter, number), None)
            continue
        if not item.shaped and not run:
            continue
        open_runs.pop((letter, number), None)
        carried.pop((letter, number), None)
        run.append(item)
        waiting = open_runs.get((letter, number + 1))
        if waiting is None or len(waiting) <= len(run):
            open_runs[(letter, number + 1)] = run
            carried[(letter, number + 1)] = over or not item.shaped
        if len(run) > len(best):
            best = run
    while best and not best[-1].shaped:
        best = best[:-1]
    if len(best) < MIN_RUN or sum(bool(_REPORT_SECTION.match(item.title)) for item in best) >= 2:
        return []
    return best


def fallback_records(document: ParsedDocument, papers: list[Paper]) -> list[AgendaItemRecord]:
    """The fallback's items in the document's papers other than reports (a report's numbered sections are its own),
    the longest run of them all."""
    from extractors.proceedings import agenda

    text = document.text
    runs = [fallback_items(text, paper.start, paper.end) for paper in papers if paper.kind != "report"]
    best = max(runs, key=len, default=[])
    return [
        AgendaItemRecord(
            number=item.number,
            title=item.title,
            pages=[],
            access="unrestricted",
            provenance=provenance(document, text, item.line.start, item.line.end, agenda.NAME, agenda.VERSION),
        )
        for item in best
    ]
