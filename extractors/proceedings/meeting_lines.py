"""Meetings named by one line or sentence at the top of a page without a house-style heading.

Read only when nothing else names the document's meeting (see ``meetings.extract_meetings``):
- a notice sentence: 'You are summoned to attend a meeting of X, to be held at 7.30pm on DATE at
  VENUE', 'A meeting of the X will be held on DATE in VENUE', 'the meeting of X on DATE at TIME',
  'the Annual Meeting of the X ... will now take place on DATE at TIME at VENUE';
- a minutes title line: 'Minutes of the X Meeting DATE', 'Minutes of a meeting of the X' over 'On DATE' and 'At VENUE at TIME',
  'Minutes from the X meeting held at TIME on DATE at VENUE', 'Minutes of an extraordinary X Meeting
  held via VENUE on DATE at TIME', 'Minutes of X DATE', 'Meeting of the X held at TIME on DATE at VENUE';
- PDF text run together: 'X MINUTES OF THE BOARD MEETING held at VENUE on DATE at TIME PRESENT ...';
- a page title of the body, a meeting word and the date ('X Minutes 2 July 2019', 'X Meeting 12th Sept 2016 – Minutes',
  a recording's 'X audio 9 March 2022' or 'X webcast DATE',
  a decision maker's 'Deputy Leader – Minutes – 12 February 2020'), or of the body and the date either way round
  ('Cabinet, 4 March 2026', '4 March 2026 - Full Council') over a 'Venue:' line or the paper's 'Agenda' heading;
- a short title ('Extraordinary Fire Authority Meeting – DATE') gives way to the notice naming the body in full
  ('An Extraordinary Meeting of the X Fire Authority is being held in VENUE, on DATE at TIME');
- a heading naming the body ('X', 'X Meeting', 'X Agenda', 'Agenda for X') over a date line
  ('Wednesday 18 February 2015', 'Date: Monday 21 June 2021 at 9.30am', 'Meeting Date : 03/06/2020'),
  a few short lines or labelled lines ('Venue:', 'Time:') apart (a council's name over 'Cabinet Agenda': the nearer
  heading names the body), or with the date on the same line ('Date:' may run on:
  'at 12.30 pm or on the rising of the X Committee'); the body as a 'Meeting: X' label, or as 'Notice of a
  Meeting of the X' (an addressee line 'To Members of the X' above it is skipped); a bare
  body name over a bare date needs a 'Venue:' line too ('Licensing Panel' over a date is not enough), unless
  the name is printed twice, a web page's title over its heading ('Fire Authority' / 'Fire Authority' / date), or
  sits under a CMIS page's 'Meeting Summary' heading ('Meeting Summary' / 'X Council' / '31 Oct 2018 - 09:30').
- a meeting page opening on its date line, over the time and venue ('10.30am, Civic Hall, Westby'), over the body's name.
A sentence about the next meeting, or about minutes being approved ('..., as circulated, to be confirmed as a true
record'), is not read, nor a meeting page's
item linking earlier minutes ('MINUTES OF THE X MEETING HELD ON DATE pdf icon PDF 361 KB').
Page titles and headings over a date line are read by ``meeting_titles``.
"""

from __future__ import annotations

import re

from extractors.readers.dates import WEEKDAY
from extractors.proceedings.meeting_dates import first_date, time_after
from extractors.readers.spans import lines, squash
from extractors.proceedings.split import LINKED_ITEM
from extractors.readers.vocabulary import BODY_NOUN
from extractors.proceedings.meeting_titles import LineMeeting, NOT_THIS_MEETING, date_over_body, from_heading, is_body, is_date_line

VERSION = "25"
NAME = "meeting_lines"

_HEAD_CHARS = 2500
_BODY = r"(?P<body>[A-Z][\w&'’ -]{2,80}?)"
_NOTICE = re.compile(
    r"\bmeeting\s+of\s+(?:the\s+)?" + _BODY + r"\s*,?\s+(?:(?:to\s+be|which\s+will\s+be|will\s+be|is\s+to\s+be|is\s+being)\s+held\b"
    r"|(?:has|have)\s+been\s+(?:re-?scheduled|re-?arranged|moved)\b|(?:will|shall)\s+(?:now\s+)?take\s+place\b"
    r"|on\s+(?=" + WEEKDAY + r"\b))",
    re.I,
)
_MINUTES_LINE = re.compile(
    r"^\W*(?:draft\s+)?minutes\s*(?:(?:of|from)\s+|:\s*)(?:(?:an?|the)\s+)?(?:(?:annual|extraordinary|special|ordinary|monthly)\s+)?"
    r"(?P<body>[A-Za-z][\w&'’ -]{2,60}?)(?:\s+meeting\b[,\s]*|\s*[,–—-]?\s+(?=(?:" + WEEKDAY + r",?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z]))",
    re.I,
)
_MEETING_OF_LINE = re.compile(
    r"^\W*(?:an?\s+)?(?:(?:annual|extraordinary|special|ordinary|monthly)\s+)?meeting\s+of\s+(?:the\s+)?" + _BODY + r"\s+held\b",
    re.I,
)
# The minutes' heading naming the body alone on its line, the date on the line below (see _from_minutes_over_date).
_MINUTES_OF_MEETING_OF = re.compile(
    r"^\W*(?:draft\s+)?minutes\s+of\s+(?:an?|the)\s+(?:(?:annual|extraordinary|special|ordinary|monthly|full)\s+)?meeting\s+of\s+"
    r"(?:the\s+)?(?P<body>[A-Z][\w&'’ -]{2,80}?)[ \t]*$",
    re.I,
)
# '... on DATE at the Village Hall, Long Lane': the venue after the date, to the line's end.
AFTER_DATE_VENUE = re.compile(r"^\W*(?:at|in)\s+(?:the\s+)?(?P<venue>[A-Z(][^\n]{2,120}?)\s*[.,]?\s*$", re.I)
# 'At Upton Village Hall at 19:30', 'Held in the Pavilion, Long Lane': the venue line under that date line.
_AT_VENUE = re.compile(r"^\W*(?:held\s+)?(?:at|in)\s+(?:the\s+)?(?P<venue>[A-Z][^\n]{2,120}?)(?:,?\s+(?:at|from|commencing)\s+\d[^\n]*)?$", re.I)
_RUN_TOGETHER = re.compile(
    r"(?P<body>[A-Z][A-Z&'’ -]{5,80}?)\s+MINUTES\s+OF\s+(?:THE|A|AN)\s+(?:[A-Z]+\s+){0,3}?MEETING\s+(?i:held)\b"
)
_OCCASION = re.compile(r"^(?:(?:an?|the)\s+)?(?:extraordinary|special|annual|ordinary|full)\s+|\s+meeting$", re.I)
_MEETING_OF_BODY = re.compile(r"(?i:of)\s+(?:(?i:the)\s+)?(?P<body>[A-Z][\w&'’ -]{2,80}?)\s+(?i:held)\b")


def _sentence(text: str, start: int, limit: int) -> int:
    stop = re.compile(r"\.(?:\s|$)|\n[ \t]*\n").search(text, start, min(len(text), start + limit))
    return stop.start() if stop else min(len(text), start + limit)


def _venue_after(text: str) -> str | None:
    """'... at 7.30pm at Eccleshall Community Centre' / '... in the Council Chamber, Offices, Town'."""
    text = re.sub(r"^.*?\d\s*(?:[ap]\.?m\.?|hrs)\b", "", text, flags=re.I)
    venue = re.search(r"\b(?:in|at)\s+(?:the\s+)?(?P<venue>[A-Z][^.;:]{2,120}?)(?:\s+(?:starting|commencing|at|to\s+which)\b|[.;:]|$)", text)
    return squash(venue["venue"]).strip(" ,") if venue else None


def _from_notice(text: str, start: int, end: int) -> LineMeeting | None:
    for match in _NOTICE.finditer(text, start, end):
        sentence_start = max(text.rfind(".", start, match.start()), text.rfind("\n", start, match.start())) + 1
        if NOT_THIS_MEETING.search(text[sentence_start : match.start()]) or not is_body(match["body"]):
            continue
        stop = _sentence(text, match.end(), 300)
        date = first_date(text[match.end() : stop], match.end())
        if date is None:
            continue
        time = time_after(text[match.end() : stop], 0, match.end())
        location = _venue_after(text[date.end : stop])
        return LineMeeting(match["body"], date.date, time, location, "agenda_header", match.start(), stop)
    return None


def _from_minutes_over_date(region, index: int) -> LineMeeting | None:
    """'Minutes of an Extraordinary meeting of the Parish Council' alone on its line, over 'On Tuesday 4th
    March 2025' and, below it, 'At VENUE at 19:30'."""
    match = _MINUTES_OF_MEETING_OF.match(region[index].raw)
    below = [n for n in region[index + 1 : index + 4] if not n.is_blank]
    if match is None or not below or not is_body(match["body"]):
        return None
    date = is_date_line(below[0].raw)
    if date is None or not re.match(r"^\W*(?:(?:held\s+)?on\s+)?(?:" + WEEKDAY + r"\b|\d)", below[0].text, re.I):
        return None
    time, venue, stop = time_after(below[0].raw, 0, below[0].start), None, below[0].end
    placed = _AT_VENUE.match(below[1].text) if len(below) > 1 else None
    if placed is not None and first_date(below[1].raw, 0) is None:
        time, venue, stop = time or time_after(below[1].raw, 0, below[1].start), squash(placed["venue"]).strip(" ,."), below[1].end
    return LineMeeting(match["body"], date.date, time, venue, "minutes_heading", region[index].start, stop)


def _from_minutes_line(text: str, start: int, end: int) -> LineMeeting | None:
    region = lines(text, start, end)[:12]
    for index in range(len(region)):
        found = _from_minutes_over_date(region, index)
        if found is not None:
            return found
    for line in region:
        match = _MINUTES_LINE.match(line.raw) or _MEETING_OF_LINE.match(line.raw)
        # 'Minutes of the previous meeting of the X held on DATE' names an earlier meeting.
        if match is None or LINKED_ITEM.search(line.raw) or _OTHER_MEETING.search(line.raw[: match.end()]) or FOR_APPROVAL.search(line.raw):
            continue
        body = re.sub(r"\s+meeting$", "", match["body"].strip(), flags=re.I)
        # 'Minutes of the Two Hundredth Parish Council Meeting of Eastham Group Parish Council held on DATE': the body after 'of'.
        named = _MEETING_OF_BODY.match(line.raw, match.end())
        body = named["body"] if named and is_body(named["body"]) else body
        if not is_body(body):
            continue
        tail_start = line.start + match.end()
        tail_end = text.find("\n", line.end + 1) if line.raw.rstrip().endswith(",") else line.end
        tail_end = len(text) if tail_end < 0 else tail_end
        date = first_date(text[tail_start:tail_end], tail_start)
        if date is None:
            return None
        place = re.match(r"\s*held\s+(?:(?:at|in|via)\s+(?:the\s+)?)(?P<place>[^\n]+?)\s+on\b", text[tail_start : date.start])
        time = time_after(text[tail_start:tail_end], 0, tail_start)
        venue = squash(place["place"]) if place else None
        if venue is None or re.fullmatch(r"\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\.?", venue, re.I):
            # 'held at 6.30pm on DATE at VENUE': the venue after the date.
            after = AFTER_DATE_VENUE.match(text[date.end : tail_end])
            venue = squash(after["venue"]) if after and re.match(r"\s*(?:held\s+)?(?:at\s+[\d.:]+\s*[ap]\.?m\.?\s+)?on\b", text[tail_start : date.start], re.I) else None
        return LineMeeting(body, date.date, time, venue, "minutes_heading", line.start, tail_end)
    return None


def _from_run_together(text: str, start: int, end: int) -> LineMeeting | None:
    match = _RUN_TOGETHER.search(text, start, end)
    if match is None or not BODY_NOUN.search(match["body"]):
        return None
    stop = min(len(text), match.end() + 250)
    date = first_date(text[match.end() : stop], match.end())
    if date is None:
        return None
    place = re.match(r"\s*(?:at|in)\s+(?:the\s+)?(?P<place>[^\n]+?)\s+on\b", text[match.end() : date.start])
    time = time_after(text[date.end : min(stop, date.end + 25)], 0, date.end)
    return LineMeeting(match["body"], date.date, time, squash(place["place"]) if place else None, "minutes_heading", match.start(), date.end)


# A minutes opening sentence, its body named just before it: 'X held their meeting remotely at 7.30pm on DATE',
# 'X MINUTES of the proceedings of the Board at a Meeting held at VENUE on DATE', 'X A meeting of the Board was held at ...'.
_HELD = re.compile(r"\b(?:meeting|minutes|notes)\b[^.\n]{0,120}?\bheld\b|\bheld\s+(?:its|their)\s+(?:\w+\s+)?meeting\b", re.I)
_OPENER = re.compile(
    r"\b(?:minutes|notes)\s+of\b|\b(?:an?|the)\s+(?:\w+\s+)?meeting\b|\bmeeting\s+(?:minutes|notes)\b|\s+held\s+(?:its|their)\b", re.I
)
_CAPS_RUN = re.compile(r"(?:[A-Z][A-Z&'’-]+\s+)*[A-Z][A-Z&'’-]+$")
# Words before 'minutes of' ending in a lower-case article make the minutes a sentence's object, no opener's.
_OBJECT_END = re.compile(r"\s(?:the|a|an)$")
_OTHER_MEETING = re.compile(r"\b(?:next|last|previous|following|future|followed)\b", re.I)
# 'Minutes of the meeting of X held on DATE, as circulated, to be confirmed as a true record': earlier minutes put for approval.
FOR_APPROVAL = re.compile(
    r"\bas\s+circulated\b|\bto\s+be\s+(?:confirmed|approved|agreed|signed)\b[^\n]{0,40}?\bas\s+(?:a\s+)?(?:true|correct|accurate)\s+record\b", re.I
)


def _from_held_sentence(text: str, start: int, end: int) -> LineMeeting | None:
    """The first sentence saying a meeting was held on a date, its body named by the words (or the capitals) just before it."""
    for match in _HELD.finditer(text, start, end):
        line_start = text.rfind("\n", start, match.start()) + 1
        sentence_start = max(line_start, text.rfind(". ", line_start, match.start()) + 2 if ". " in text[line_start : match.start()] else line_start)
        lead = text[sentence_start : match.end()]
        opener = _OPENER.search(lead)
        if opener is None or _OTHER_MEETING.search(lead):
            continue
        before = re.sub(r"\s+meeting$", "", squash(lead[: opener.start()]).strip(" ,:-–—"), flags=re.I)
        if _OBJECT_END.search(before):
            continue  # 'Council confirmed the minutes of the meetings held on ...': a minute's sentence, no opener
        caps = _CAPS_RUN.search(before)
        body = caps.group() if caps and is_body(caps.group()) else before
        if not before or not is_body(body):
            return None
        stop = _sentence(text, match.end(), 300)
        date = first_date(text[match.end() : stop], match.end())
        if date is None:
            return None
        place = re.match(r"\s*(?:at|in)\s+(?P<place>[^\n]+?),?\s+on\b", text[match.end() : date.start])
        online = re.search(r"\b(?:remotely|virtually|online|via\s+(?:zoom|(?:microsoft\s+)?teams))\b", lead + text[match.end() : date.start], re.I)
        location = squash(place["place"]) if place else ("Online" if online else None)
        time = time_after(text[sentence_start:stop], 0, sentence_start)
        return LineMeeting(body, date.date, time, location, "minutes_heading", sentence_start, date.end)
    return None


def head_meeting(text: str, start: int) -> LineMeeting | None:
    """The meeting named at the top of ``text`` from ``start``, in the forms above, or None."""
    end = min(len(text), start + _HEAD_CHARS)
    for reader in (_from_minutes_line, _from_run_together, from_heading, _from_notice, _from_held_sentence, date_over_body):
        found = reader(text, start, end)
        if found is not None:
            return (fuller_notice(found.body, found.date, text, start) or found) if reader is from_heading else found
    return None


def fuller_notice(body: str, date, text: str, start: int) -> LineMeeting | None:
    """A title naming the meeting in short ('Extraordinary Fire Authority Meeting – DATE') gives way to the
    notice below it naming the same meeting in full ('An Extraordinary Meeting of the Northshire Fire
    Authority is being held in VENUE, on DATE at TIME')."""
    notice = _from_notice(text, start, min(len(text), start + _HEAD_CHARS))
    short = _OCCASION.sub("", _OCCASION.sub("", body.strip())).lower()
    if notice is None or notice.date != date or not short or not notice.body.lower().endswith(short):
        return None
    return notice
