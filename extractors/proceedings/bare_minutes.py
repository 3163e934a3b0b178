"""The meeting of lone minutes whose heading prints only the date: a local council's minutes page
('THURSDAY 31st MARCH 2022 at 7.30 p.m. at the VILLAGE HALL', 'Monday 13 May 2024',
'PC Meeting Minutes 18th May 2021 (via Zoom)', 'Minutes of the Meeting held on the 9th March 2022')
over its attendance ('Present: ...'), the body's name being the site's and not printed.

Read only when nothing else names the meeting (see ``meetings.extract_meetings``). The date line sits
in the few short lines above the first attendance line and is not about another meeting ('the last
meeting', 'the next meeting'). The body is the kind of local council the minutes name most ('the Parish
Council', 'Town Council'), or whose clerk they name ('the Parish Clerk', 'Town Clerk'); minutes naming
neither give none. Rules of ``extractors.proceedings.meetings``, under its VERSION.
"""

from __future__ import annotations

import re
from collections import Counter

from extractors.proceedings.meeting_dates import PrintedMeeting
from extractors.readers.dates import find_dates, find_times
from extractors.readers.spans import lines, squash

_ATTENDANCE = re.compile(
    r"^\W*(?:(?:councillors?|cllrs?|members?)\s+)?(?:present|in\s+attendance|attendees|attendance)\b", re.I
)
_HEAD_LINES = 4
_HEAD_LENGTH = 100
_OTHER_MEETING = re.compile(r"\b(?:next|last|previous|following|future|approved|published|uploaded|posted)\b", re.I)
_COUNCIL_KIND = re.compile(r"\b(?P<kind>parish|town|community|village)\s+(?:council|councillors?|clerk)\b", re.I)
_ONLINE = re.compile(r"\b(?:via\s+|on\s+)?(?P<where>zoom|(?:microsoft\s+)?teams)\b", re.I)
_VENUE = re.compile(r"(?:\b(?:at|in)\s+)+(?P<venue>(?:the\s+)?[A-Za-z][^,.;()\n]{2,80}?)\s*(?:[,.;()]|$)", re.I)
_KIND_SCAN = 8000



def _body(text: str) -> str | None:
    """'Parish Council', 'Town Council' ...: the kind of local council the text names most."""
    kinds = Counter(m["kind"].lower() for m in _COUNCIL_KIND.finditer(text, 0, min(len(text), _KIND_SCAN)))
    if not kinds:
        return None
    (kind, count), *rest = kinds.most_common()
    if rest and rest[0][1] == count:
        return None
    return f"{kind.title()} Council"


def _location(line: str, date_end: int) -> str | None:
    online = _ONLINE.search(line)
    if online:
        return "Zoom" if online["where"].lower() == "zoom" else "Microsoft Teams"
    rest = line[date_end:]
    for found in reversed(find_times(rest)):
        rest = rest[: found.start] + rest[found.end :]
    venue = _VENUE.search(rest)
    return squash(venue["venue"]) if venue else None


def bare_minutes_meeting(text: str, start: int, end: int) -> PrintedMeeting | None:
    """The meeting dated by a line at the top of the minutes at ``text[start:end]``, or None."""
    head = [line for line in lines(text, start, min(end, start + 1500)) if not line.is_blank]
    attendance = next((i for i, line in enumerate(head[: _HEAD_LINES + 1]) if _ATTENDANCE.match(line.text)), None)
    if attendance is None:
        return None
    for line in head[:attendance]:
        if len(line.text) > _HEAD_LENGTH or _OTHER_MEETING.search(line.text):
            continue
        dated = [d for d in find_dates(line.raw, base=line.start) if d.date and not d.year_inferred]
        if len(dated) != 1:
            continue
        body = _body(text)
        if body is None:
            return None
        date = dated[0]
        after = line.raw[date.end - line.start :]
        times = find_times(after)
        return PrintedMeeting(
            body, date.date, times[0].time if times else None, _location(line.raw, date.end - line.start), line.start, line.end
        )
    return None
