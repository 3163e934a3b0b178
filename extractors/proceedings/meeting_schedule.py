"""A council-meetings site's meeting page: a lone 'Meeting' line over the title ('<body> - <council>'), then
'Meeting Times' / 'Scheduled Time' over a 'Start:' label with the date and the time each on a line below it, and a
'Location:' label over the venue. The page's own council, printed near its top ('Westby County Council'), names the
suffix after the title's last ' - ' ('Westby'), which is no part of the body.

Rules of ``extractors.proceedings.meetings``, under its VERSION.
"""

from __future__ import annotations

import re

from extractors.proceedings.meeting_dates import PrintedMeeting
from extractors.readers.dates import find_dates, find_times
from extractors.readers.spans import lines

_HEAD_LINES = 60
_LONE = re.compile(r"^meeting$", re.I)
_TIMES = re.compile(r"^(?:meeting\s+times|scheduled\s+time)$", re.I)
_START = re.compile(r"^start\s*:$", re.I)
_LOCATION = re.compile(r"^location\s*:$", re.I)
_COUNCIL = re.compile(r"^(?P<place>[A-Z][\w'’&. -]{1,60}?)\s+(?:County|City|Borough|District|Metropolitan|Town|Parish)?\s*Council$")


def schedule_meeting(text: str, start: int, end: int) -> PrintedMeeting | None:
    """The meeting of a page printing a 'Start:' schedule under a lone 'Meeting' line and its title, or None."""
    region = [line for line in lines(text, start, end) if not line.is_blank][:_HEAD_LINES]
    texts = [line.text for line in region]
    heading = next((i for i, t in enumerate(texts) if _LONE.match(t)), None)
    begins = next((i for i, t in enumerate(texts) if _START.match(t)), None)
    if heading is None or begins is None or heading + 2 >= len(region) or not any(_TIMES.match(t) for t in texts[heading:begins]):
        return None
    dates = [d for d in find_dates(texts[begins + 1] if begins + 1 < len(texts) else "") if d.date and not d.year_inferred]
    if len(dates) != 1:
        return None
    times = find_times(texts[begins + 2]) if begins + 2 < len(texts) else []
    title = region[heading + 1]
    body, dash, suffix = title.text.rpartition(" - ")
    places = {m["place"] for t in texts[:heading] if (m := _COUNCIL.match(t))}
    body = body if dash and any(place.startswith(suffix) for place in places) else title.text
    located = next((i for i, t in enumerate(texts) if _LOCATION.match(t)), None)
    venue = texts[located + 1] if located is not None and located + 1 < len(texts) else None
    return PrintedMeeting(body, dates[0].date, times[0].time if times else None, venue, title.start, title.end)
