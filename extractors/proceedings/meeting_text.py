"""The printed lines around a meeting's date (for ``meetings``): the line holding a position and the line above it, the
venue after the date and the time printed before it. Versioned by ``extractors.proceedings.meetings.VERSION``.
"""

from __future__ import annotations

import re

from extractors.readers.dates import find_times
from extractors.proceedings.meeting_dates import first_date as _first_date
from extractors.proceedings.meeting_lines import AFTER_DATE_VENUE as _AFTER_DATE_VENUE
from extractors.readers.spans import squash


def venue_after_date(text: str, position: int) -> str:
    """'... on DATE at the Village Hall, Long Lane' to the line's end, or 'At the Village Hall' on the next line."""
    line_end = text.find("\n", position)
    rest = text[position : len(text) if line_end < 0 else line_end]
    if not rest.strip() and line_end >= 0:
        below = re.match(r"\s*([^\n]*)", text[line_end:])
        rest = below.group(1) if below else ""
    venue = _AFTER_DATE_VENUE.match(rest)
    return squash(venue["venue"]) if venue else ""


def line_above(text: str, position: int) -> str:
    """The last printed line above the line holding ``position`` (blank lines between), or ''."""
    above = text[: text.rfind("\n", 0, position) + 1].rstrip().rsplit("\n", 1)
    return above[-1] if above else ""


def line_of(text: str, position: int) -> str:
    line_end = text.find("\n", position)
    return text[text.rfind("\n", 0, position) + 1 : len(text) if line_end < 0 else line_end]


def time_before_date(text: str, start: int, end: int) -> str | None:
    """The time printed just before the date on the date line ('4.00pm 8 September 2022')."""
    line_start = text.rfind("\n", start, end) + 1 or start
    date = _first_date(text[line_start:end], line_start)
    times = [t for t in find_times(text[line_start:end], base=line_start) if date and t.end <= date.start]
    return times[0].time if times else None
