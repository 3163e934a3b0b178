"""A body named with its meeting's date in brackets right after it, read when nothing else names the meeting.

- A webcast player's page title, its first printed line: 'Planning Committee (Tue, 4th March 2025 - 7:00 pm)', the
  weekday and date, a dash and the start time in the brackets, the page speaking of the webcast within its first lines.
- A news page's sentence in which the body, so dated, decides: '... the Grants and Resources Committee (12 May 2024)
  agreed funding for ...' (also 'approved', 'decided', 'endorsed', 'resolved', 'voted'). The date must print its year,
  and the page must mark itself news ('Release Date:', 'Published:', 'Press release') before the sentence: a report's
  background citing an earlier decision ('The Finance Committee (5 March 2024) approved ...') names no meeting of its own.

Rules of ``extractors.proceedings.meetings``, under its VERSION.
"""

from __future__ import annotations

import re

from extractors.proceedings.meeting_dates import PrintedMeeting, first_date
from extractors.proceedings.meeting_titles import is_body
from extractors.readers.dates import WEEKDAY, find_times
from extractors.readers.spans import lines, squash

_WEBCAST_TITLE = re.compile(
    r"^[ \t]*(?P<body>[A-Z][^()\n]{1,80}?)[ \t]*\((?P<date>(?i:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:[a-z]*day)?)\.?,?[ \t]+[^()\n]{6,30}?)[ \t]+[-–—][ \t]+"
    r"(?P<time>\d{1,2}[:.]\d\d[ \t]*[ap]\.?m\.?)[ \t]*\)[ \t]*$"
)
_WEBCAST = re.compile(r"\bwebcast", re.I)
_TITLE_LINES = 5
_NEWS_NOUN = r"(?:Committee|Sub-Committee|Cabinet|Board|Panel|Council|Forum|Authority)"
_NEWS_DECIDED = re.compile(
    r"\b[Tt]he[ \t]+(?P<body>[A-Z][\w'’&-]*(?:,?[ \t]+(?:[A-Z][\w'’&-]*|of|and|for|&)){0,8}?[ \t]+" + _NEWS_NOUN + r")"
    r"[ \t]*\((?P<date>[^()\n]{6,40})\)[ \t]*,?[ \t]+(?:has[ \t]+|have[ \t]+)?(?:agreed|approved|decided|endorsed|resolved|voted)\b"
)
_NEWS_REACH = 4000
_NEWS_MARK = re.compile(r"(?im)^[ \t]*(?:(?:news[ \t]+)?release[ \t]+date|date[ \t]+(?:published|of[ \t]+release)|published(?:[ \t]+on)?|posted(?:[ \t]+on)?|press[ \t]+release|news[ \t]+release)\b")


def webcast_title_meeting(text: str, start: int, end: int) -> PrintedMeeting | None:
    """The meeting of a webcast page titled 'Body (Tue, 4th March 2025 - 7:00 pm)', or None."""
    printed = [line for line in lines(text, start, min(end, start + 2000)) if not line.is_blank][:_TITLE_LINES]
    title = _WEBCAST_TITLE.match(printed[0].raw) if printed else None
    if title is None or not is_body(squash(title["body"])) or not any(_WEBCAST.search(line.raw) for line in printed):
        return None
    date = first_date(title["date"], printed[0].start + title.start("date"))
    times = find_times(title["time"])
    if date is None or not times:
        return None
    return PrintedMeeting(squash(title["body"]), date.date, times[0].time, None, printed[0].start, printed[0].end)


def news_decided_meeting(text: str, start: int, end: int) -> PrintedMeeting | None:
    """The meeting of the first '... the X Committee (DATE) agreed ...' sentence, or None."""
    for match in _NEWS_DECIDED.finditer(text, start, min(end, start + _NEWS_REACH)):
        if not _NEWS_MARK.search(text, start, match.start()):
            return None
        date = first_date(match["date"], match.start("date"))
        body = squash(match["body"])
        if date is None or not is_body(body):
            continue
        before, after = text[match.start("date") : date.start], text[date.end : match.end("date")]
        if not re.fullmatch(rf"[ \t]*(?:(?i:{WEEKDAY}),?[ \t]+)?", before) or after.strip():
            continue
        return PrintedMeeting(body, date.date, None, None, match.start("body"), match.end("date") + 1)
    return None
