"""A meeting heading stated over a few lines at the top of a page, read when nothing else names the meeting.

The body's name on a line of its own ('NORTHSHIRE POLICE FORUM'), and within the next three printed lines one that
states the meeting's day with its clock time right after it, whatever words open that line: '(Purpose: to hold the
Chief Constable to account) Thursday 1st August 2019 at 2:00pm - 4:00pm Committee Room 2, County Hall'. A date
followed by its time is how a heading states when the body meets; a date in a sentence seldom carries one. The
place must follow the time (or its range) on that line, opening in capitals: a body over its date and time alone is
not enough (``meeting_lines`` asks a 'Venue:' line of it too), unless the date stands alone on its line and the next
printed line gives only the sitting's start and end in brackets ('(7:30 pm - 10:05 pm)'): printed minutes stating
when the meeting sat.

The body line is one of the page's first four printed lines, names a body (a committee, council, forum, panel ...)
with no sentence words, digits or colon; neither line speaks of another meeting ('next', 'previous', 'minutes').
Rules of ``extractors.proceedings.meetings``, under its VERSION.
"""

from __future__ import annotations

import re

from extractors.proceedings.meeting_dates import PrintedMeeting, first_date
from extractors.proceedings.meeting_titles import NOT_THIS_MEETING, is_body
from extractors.readers.dates import WEEKDAY, find_times
from extractors.readers.spans import Line, lines, squash
from schemas.structure import DateSpan

_TOP_LINES = 4
_DATE_LINES = 3
# Between the date and its time: a comma, 'at', 'from', 'commencing at'.
_TO_TIME = re.compile(r"^[ \t,]*(?:(?:at|from|commencing(?:\s+at)?|starting(?:\s+at)?)[ \t]+)?$", re.I)
# After the time: its range's end ('- 4:00pm', 'to 4pm'), then the place.
_RANGE_END = re.compile(r"^[ \t]*(?:[-–—]|to|until)[ \t]*", re.I)
# '(7:30 pm - 10:05 pm)': the hours a meeting sat, alone on the line under its date.
_SAT = re.compile(r"^[ \t]*\([ \t]*(?P<start>[^()\n]{3,12}?)[ \t]*(?:[-–—]|to|until)[ \t]*(?P<end>[^()\n]{3,12}?)[ \t]*\)[ \t]*$", re.I)
_PLACE = re.compile(r"^[ \t,]*(?:(?:at|in)[ \t]+(?:the[ \t]+)?)?(?P<place>[A-Z][^\n]{2,150}?)[ \t.]*$")


def _is_heading_body(words: str) -> bool:
    return len(words) <= 80 and not re.search(r"[\d:]", words) and not NOT_THIS_MEETING.search(words) and is_body(squash(words))


def _sitting(below: Line, date: DateSpan, next_lines: list[Line]) -> str | None:
    """The start time of a '(7:30 pm - 10:05 pm)' line right under a line printing the date alone, or None."""
    before, after = below.raw[: date.start - below.start], below.raw[date.end - below.start :]
    if not re.fullmatch(rf"[ \t]*(?:{WEEKDAY})?[ \t,]*", before, re.I) or after.strip(" \t.,"):
        return None
    sat = _SAT.match(next_lines[0].raw) if next_lines else None
    if sat is None:
        return None
    start, end = find_times(sat["start"]), find_times(sat["end"])
    return start[0].time if len(start) == 1 and len(end) == 1 and start[0].end == len(sat["start"]) else None


def heading_block_meeting(text: str, start: int, end: int) -> PrintedMeeting | None:
    """The meeting of a body line over a line stating its date and time, at the top of ``text[start:end]``, or None."""
    printed = [line for line in lines(text, start, min(end, start + 2000)) if not line.is_blank]
    for index, line in enumerate(printed[:_TOP_LINES]):
        if not _is_heading_body(line.text):
            continue
        for at, below in enumerate(printed[index + 1 : index + 1 + _DATE_LINES], index + 1):
            if NOT_THIS_MEETING.search(below.text):
                break
            date = first_date(below.raw, below.start)
            if date is None:
                continue
            after = below.raw[date.end - below.start :]
            if (sat := _sitting(below, date, printed[at + 1 : at + 2])) is not None:
                return PrintedMeeting(squash(line.text), date.date, sat, None, line.start, below.end)
            times = find_times(after)
            if not times or not _TO_TIME.match(after[: times[0].start]):
                continue
            rest = after[times[0].end :]
            ranged = _RANGE_END.match(rest)
            if ranged and (more := find_times(rest)) and more[0].start == ranged.end():
                rest = rest[more[0].end :]
            place = _PLACE.match(rest)
            if place is None:
                return None  # a body over its date and time alone is not enough ('Licensing Panel' / 'DATE 2.00 pm')
            return PrintedMeeting(squash(line.text), date.date, times[0].time, place["place"], line.start, below.end)
        return None
    return None
