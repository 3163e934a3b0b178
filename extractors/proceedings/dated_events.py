"""Every date in a paper, normalised to ISO, with its sentence.

Year-less dates ("25th February") are resolved against the paper's own meeting
date, so minutes printed in a later pack resolve against the meeting they record.
Sentences come from spaCy's sentencizer run on a small window around each date,
not over the whole pack.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from extractors.readers import dates
from extractors.readers.nlp import nlp, span_doc
from extractors.readers.spans import provenance
from schemas.events import DatedEvent
from schemas.parsed import ParsedDocument

VERSION = "2"
_WINDOW = 400
# A "sentence" longer than this ran through headings with no full stop: the date's line is better.
_LONGEST_SENTENCE = 300
# A sentence never runs over a blank line, into the next bullet or numbered paragraph, or out
# of a heading: a short line with no closing punctuation followed by a capitalised line.
_BREAK = re.compile(
    r"\n\s*\n|\n(?=\s*(?:[-•*]\s|\d+(?:\.\d+)*\.?\s))|\f"
    r"|(?:^|(?<=\n))[^\n]{1,60}(?<![.,;:\-–(&])\n(?=\s*[A-Z])"
)


@lru_cache(maxsize=1)
def _sentence_ends() -> re.Pattern:
    """Any of the characters spaCy's sentencizer may end a sentence on."""
    return re.compile("[" + "".join(re.escape(char) for char in sorted(nlp().get_pipe("sentencizer").punct_chars)) + "]")


def _sentence(text: str, start: int, end: int, lower: int, upper: int) -> str:
    window_start, window_end = max(lower, start - _WINDOW), min(upper, end + _WINDOW)
    # endpos start + 1 lets a heading's lookahead see the date's first character.
    before = [m.end() for m in _BREAK.finditer(text, window_start, start + 1) if m.end() <= start]
    after = _BREAK.search(text, end, window_end)
    window_start = before[-1] if before else window_start
    window_end = after.start() if after else window_end
    if window_end - window_start != _LONGEST_SENTENCE + 1 and not _sentence_ends().search(text, window_start, window_end):
        # No character the sentencizer ends a sentence on: the window is one sentence (less at
        # most a trailing space, which only the length test at exactly one over could see).
        found = text[window_start:window_end]
    else:
        doc, offset = span_doc(text, window_start, window_end)
        found = next(
            (s.text for s in doc.sents if s.start_char + offset <= start < s.end_char + offset),
            text[window_start:window_end],
        )
    if len(found) > _LONGEST_SENTENCE:
        line_start = text.rfind("\n", lower, start) + 1
        line_end = text.find("\n", end, upper)
        found = text[line_start : line_end if line_end != -1 else upper]
    return " ".join(found.split())


def extract_dated_events(
    document: ParsedDocument, start: int, end: int, reference: dt.date | None, paper_index: int | None = None
) -> list[DatedEvent]:
    """Dates and day ranges in ``document.text[start:end]``, resolved against ``reference``."""
    text = document.text
    region = text[start:end]
    events: list[DatedEvent] = []
    ranges = dates.find_date_ranges(region, reference, base=start)
    for found in ranges:
        events.append(
            DatedEvent(
                kind="range", date=found.first, last_date=found.last, date_text=found.text,
                year_inferred=found.year_inferred,
                sentence=_sentence(text, found.start, found.end, start, end), paper_index=paper_index,
                provenance=provenance(document, text, found.start, found.end, "dated_events", VERSION),
            )
        )
    for found in dates.find_dates(region, reference, base=start, ranges=ranges):
        events.append(
            DatedEvent(
                kind="date", date=found.date, last_date=None, date_text=found.text,
                year_inferred=found.year_inferred,
                sentence=_sentence(text, found.start, found.end, start, end), paper_index=paper_index,
                provenance=provenance(document, text, found.start, found.end, "dated_events", VERSION),
            )
        )
    return sorted(events, key=lambda event: event.provenance.start)
