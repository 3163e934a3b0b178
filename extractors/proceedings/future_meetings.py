"""The dates of future meetings: those listed under a 'Dates of Future Meetings' or 'Date of next
meeting' heading (an item table row '28. | Date of Next Meeting' included), later than the meeting
itself; lines naming another group are left out unless the group is the meeting's own body ('The
next meeting of the Panel' at a panel). Rules of ``extractors.proceedings.meetings``, under its VERSION.
"""

from __future__ import annotations

import datetime as dt
import re

from extractors.proceedings.agenda import find_items
from extractors.readers.dates import find_dates
from extractors.proceedings.meeting_lines import time_after as _time_after
from extractors.proceedings.meetings import NAME, VERSION
from extractors.readers.spans import lines, provenance
from schemas.parsed import ParsedDocument
from schemas.structure import FutureMeeting

_FUTURE_HEADING = re.compile(
    r"^\W*(?:(?:item\s+)?(?:[A-Z]{0,2}\d{0,3}|\d{1,3}/\d{1,4})[.)]?(?:\s+|\s*\|\s*))?(?:dates?\s+of\s+(?:future|next|forthcoming)\s+meetings?|"
    r"future\s+meeting\s+dates|(?:date|dates)\s+of\s+the\s+next\s+meetings?|next\s+meeting)\b\W*",
    re.I,
)
_OTHER_GROUP = re.compile(r"\b(?:group|sub-?committee|board|forum|workshop|event|conference|webinar|panel|training)\b", re.I)


def extract_future_meetings(
    document: ParsedDocument, start: int, end: int, reference: dt.date | None, body: str | None = None
) -> list[FutureMeeting]:
    """Dates listed under a future-meetings heading in ``document.text[start:end]``, after ``reference``.

    ``body`` is the meeting's own body: a line naming its kind of group ('the Panel') is kept.
    """
    text = document.text
    found: list[FutureMeeting] = []
    region = lines(text, start, end)
    for index, line in enumerate(region):
        heading = _FUTURE_HEADING.match(line.text)
        if not heading:
            continue
        candidates = [line]
        misses = 0
        for following in region[index + 1 : index + 40]:
            if following.is_blank or following.is_page_footer:
                continue
            has_date = any(d.date for d in find_dates(following.raw, reference))
            if not has_date:
                misses += 1
                if misses > 2 or len(candidates) > 1 or find_items(text, following.start, following.end):
                    break
                continue
            if len(following.text) > 120:
                break
            candidates.append(following)
        for candidate in candidates:
            group = _OTHER_GROUP.search(candidate.text)
            if candidate is not line and group and not (body and group.group(0).lower() in body.lower()):
                continue
            for date in find_dates(candidate.raw, reference, base=candidate.start):
                if date.date is None or (reference and date.date <= reference):
                    continue
                if any(f.date == date.date for f in found):
                    continue
                time = _time_after(candidate.raw, date.end - candidate.start, 0)
                found.append(
                    FutureMeeting(
                        date=date.date,
                        time=time,
                        provenance=provenance(document, text, date.start, date.end, NAME, VERSION),
                    )
                )
    return found
