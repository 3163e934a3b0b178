"""A meeting's labelled details ('Date:', 'Time:', 'Venue:' lines) and its venue as printed.

A label's value may sit on the line below a bare 'Label:'. The venue loses a meeting page's
'View directions' link text and a leading 'to be held'; any online form ('virtually', 'via Teams')
reads 'Online'. Rules under the VERSION of ``extractors.proceedings.meetings``.
"""

from __future__ import annotations

import re

from extractors.proceedings.meeting_dates import first_date, time_after
from extractors.readers.spans import lines, squash

_ONLINE = re.compile(r"^(?:(?:online|virtually|remotely|virtual|remote)\b|(?:via|on|using)\s+(?:microsoft\s+)?(?:teams|zoom)\b)", re.I)
VENUE_LABEL = re.compile(r"^\W*(?:venue|location|place|where)\s*:\s*(?P<venue>.*)$", re.I)
_DATE_LABEL = re.compile(r"^\W*date(?:\s+of\s+(?:the\s+)?meeting)?(?:\s*(?:&|and)\s*time)?\s*:\s*(?P<date>.*)$", re.I)
TIME_LABEL = re.compile(r"^\W*time\s*:\s*(?P<time>.*)$", re.I)
_DIRECTIONS = re.compile(r"[.\s]*\bview\s+directions\b.*$", re.I)


def labelled_value(region, index: int, label: re.Pattern, group: str) -> str | None:
    """The value of a 'Label: value' line, or of the line under a bare 'Label:' line."""
    match = label.match(region[index].text)
    if match is None:
        return None
    if match[group].strip():
        return match[group]
    below = next((n for n in region[index + 1 : index + 3] if not n.is_blank), None)
    return below.text if below is not None else None


# A CMIS meeting summary run on into one line: 'Meeting Summary Committee: Council Date/Time: 14 Oct 2024 - 19:00 to 21:00
# Status: Occurred', its 'Venue: Main Hall Webcast: ...' next.
FLAT_SUMMARY = re.compile(r"\bcommittee\s*:\s*(?P<body>[^:]+?)\s+date\s*/\s*time\s*:\s*(?P<date>.+?)(?=\s+status\s*:|$)", re.I)
_FLAT_VENUE = re.compile(r"\bvenue\s*:\s*(?P<venue>.+?)(?=\s+(?:webcast|status|add\s+to\s+my\s+calendar)\b|$)", re.I | re.M)


def flat_venue(text: str) -> str | None:
    """The venue of a run-on summary's 'Venue: X Webcast: ...', up to the next label."""
    found = _FLAT_VENUE.search(text)
    return printed_venue(found["venue"]) if found else None


def labelled_details(text: str, start: int, end: int):
    """(date, time, venue) from 'Date:', 'Time:' and 'Venue:' lines (a value may sit on the next line)."""
    region = lines(text, start, end)
    date = time = venue = None
    for index, line in enumerate(region):
        if date is None and re.match(r"^\W*date", line.text, re.I):
            value = labelled_value(region, index, _DATE_LABEL, "date")
            found = first_date(value or "", 0)
            if found:
                date = found
                time = time or time_after(value, found.end, 0)
        if time is None and TIME_LABEL.match(line.text):
            time = time_after(labelled_value(region, index, TIME_LABEL, "time") or "", 0, 0)
        if venue is None and VENUE_LABEL.match(line.text):
            venue = labelled_value(region, index, VENUE_LABEL, "venue")
    return date, time, printed_venue(venue) if venue else None


def printed_venue(text: str) -> str | None:
    """The venue as printed, without a meeting page's 'View directions' link text."""
    text = re.sub(r"^to\s+be\s+held\s+", "", _DIRECTIONS.sub("", squash(text)), flags=re.I).strip(" ,.;")
    if not text:
        return None
    return "Online" if _ONLINE.match(text) else text
