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
A sentence about the next meeting, or about minutes being approved, is not read, nor a meeting page's
item linking earlier minutes ('MINUTES OF THE X MEETING HELD ON DATE pdf icon PDF 361 KB').
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.readers.dates import WEEKDAY, find_times
from extractors.proceedings.meeting_dates import first_date, time_after
from extractors.readers.spans import lines, squash
from extractors.proceedings.split import BODY_NOUN, LINKED_ITEM

VERSION = "19"
NAME = "meeting_lines"

_HEAD_CHARS = 2500
_BODY = r"(?P<body>[A-Z][\w&'’ -]{2,80}?)"
_NOTICE = re.compile(
    r"\bmeeting\s+of\s+(?:the\s+)?" + _BODY + r"\s*,?\s+(?:(?:to\s+be|which\s+will\s+be|will\s+be|is\s+to\s+be|is\s+being)\s+held\b"
    r"|(?:has|have)\s+been\s+(?:re-?scheduled|re-?arranged|moved)\b|(?:will|shall)\s+(?:now\s+)?take\s+place\b"
    r"|on\s+(?=" + WEEKDAY + r"\b))",
    re.I,
)
_NOT_THIS_MEETING = re.compile(r"\b(?:next|minutes|last|previous|following|future|followed)\b", re.I)
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
_HEADING_WORDS = re.compile(
    r"^(?:agenda|minutes|notes)\s+(?:for|of)\s+(?:the\s+)?|^notice\s+of\s+(?:an?|the)\s+(?:\w+\s+)?meeting\s+of\s+(?:the\s+)?"
    r"|(?:\s+(?:meeting|agenda|minutes))+(?:\s+(?:held\s+)?in\s+(?:public|private))?$",
    re.I,
)
# 'Meeting: Special Park Authority Meeting' over 'Date: ...': the body as a labelled value.
# A flattened table prints the label in a cell: '| Meeting | Cabinet |'; a form may print 'Meeting of: Fire Authority'.
_MEETING_LABEL = re.compile(r"^\W*(?i:meeting(?:\s+of)?)\s*(?::|\|)\s*(?P<body>[A-Z][^\d:|]{2,100}?)[ \t|]*$")
# 'To Members of the Cabinet' above 'Notice of a Meeting of the Cabinet': an addressee, not a heading.
_ADDRESSEE = re.compile(r"^\W*to\s+(?:all\s+)?(?:the\s+)?members\s+of\b", re.I)
_AGENDA_FOR = re.compile(r"^\W*agenda\s+for\s+(?:the\s+)?(?P<body>[A-Z][^\n:]{2,100}?)\s+(?:meeting\s+)?(?:to\s+be\s+held\s+)?(?:on\s+)?(?=" + WEEKDAY + r"\b|\d)", re.I)
# 'Date:', 'Meeting date:', 'Date of meeting:', or 'Meeting (to be) held on' leading a date line under the body's name;
# a front sheet may print the label without a colon before a weekday ('Date Friday 17 September 2021').
# A bilingual label prints the field's name in another language before a slash: 'Dyddiad / Date:'.
_OTHER_TONGUE = r"(?:[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}[ \t]*/[ \t]*)?"
_DATE_LINE_LABEL = re.compile(
    r"^\W*" + _OTHER_TONGUE + r"(?:(?:meeting\s+)?date(?:\s+of\s+(?:the\s+)?meeting)?(?:\s*(?:&|and|/)\s*time)?(?:\s*:|\t| {2,}|\s*\|| (?=" + WEEKDAY + r"\b))\s*|(?:meeting\s+)?(?:to\s+be\s+|was\s+)?held\s+on\s+|meeting\s+(?:to\s+be\s+|was\s+)?held\s+)", re.I
)
_BARE_DATE_LABEL = re.compile(r"^\W*(?:meeting\s+)?date(?:\s+of\s+(?:the\s+)?meeting)?\W*$", re.I)
_MEETING_WORD = re.compile(r"\b(?:meeting|minutes|agenda)\b", re.I)
# 'Deputy Leader – Minutes – 12 February 2020': a decision maker's title, the paper's kind and the date.
# 'X – Minutes – DATE': any name before the paper's kind, commas and '&' included ('Sport & Leisure, Housing Cabinet Members').
_DASHED_TITLE = re.compile(r"^\W*(?P<body>[A-Z][\w'’&,()/ -]{1,150}?)\s+[–—-]\s+(?:minutes|agenda)\s+[–—-]\s+(?=\S)", re.I)
# The electors' yearly assembly is its own meeting: 'Draft Minutes – Annual Parish Meeting – 14 May 2024'.
_SITE_SUFFIX = re.compile(r"^\s*\|\s.*$")
_ASSEMBLY = re.compile(r"\bannual\s+(?:parish|town|village|community)\s+(?:meeting|assembly)\b", re.I)
_OCCASION = re.compile(r"^(?:(?:an?|the)\s+)?(?:extraordinary|special|annual|ordinary|full)\s+|\s+meeting$", re.I)
# A page title's 'Items' heading under it: 'Northshire Council Cabinet 14 May 2024' / 'Items'.
_ITEMS_HEAD = re.compile(r"^\W*(?:agenda\s+)?items\W*$", re.I)
# The date, time and venue run on one line: 'Friday 10 May 2024 at 2.00 pm Blue Room, Civic Centre, Northtown'.
_DATE_TIME_VENUE = re.compile(
    r"^\W*(?:" + WEEKDAY + r",?\s+)?(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9},?\s+\d{4}),?\s+(?:at\s+)?"
    r"\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?|hrs)?,?\s+(?:(?:in|at)\s+(?:the\s+)?)?(?P<venue>[A-Z][^\n]{2,160}?)\s*$",
    re.I,
)
_LABEL_LINE = re.compile(r"^\W*[A-Za-z][A-Za-z ]{1,20}\s*:\s*\S")
# A page's heading naming the kind of paper ('Meeting Summary', 'Meeting Details', 'Record of Decisions', 'Minutes'),
# over the body and the date.
_SUMMARY_HEAD = re.compile(
    r"^\W*(?:meeting\s+(?:summary|details)|(?:record|schedule|notice)\s+of\s+(?:executive\s+)?decisions?(?:\s+taken)?|decision\s+notice|minutes|agenda)\W*$",
    re.I,
)
# A label ends at a colon, or at a tab, a run of spaces or a cell's bar where a table row was flattened ('Venue\tRoom 1').
_LABEL_END = r"(?:\s*:|\t| {2,}|\s*\|)\s*"
_TIME_LABEL = re.compile(r"^\W*" + _OTHER_TONGUE + r"time" + _LABEL_END, re.I)
_VENUE = re.compile(r"^\W*" + _OTHER_TONGUE + r"(?:venue|location|place)" + _LABEL_END + r"(?P<venue>[^\s|].*?)[ \t|]*$", re.I)
_MEETING_OF_BODY = re.compile(r"(?i:of)\s+(?:(?i:the)\s+)?(?P<body>[A-Z][\w&'’ -]{2,80}?)\s+(?i:held)\b")
_BARE_TIME = re.compile(r"^\W*time\s*:\s*$", re.I)
_BARE_VENUE = re.compile(r"^\W*(?:venue|location|place)\s*:\s*$", re.I)
_PLACE_LINE = re.compile(r"\b(?:chamber|room|hall|centre|center|offices|civic|suite|library|headquarters)\b", re.I)
_FILLER = re.compile(r"\b(?:at|on|from|to|and|" + WEEKDAY + r"|commencing|starting)\b|[^\w]", re.I)
# A lower-case word other than these makes a phrase a sentence, not a body's name.
_SENTENCE_WORD = re.compile(r"\b(?!(?:and|of|for|the|in|on|to|with|upon|parish|town|community|council|committee|board)\b)[a-z][a-z]*\b")


@dataclass(frozen=True)
class LineMeeting:
    body: str
    date: object
    time: str | None
    location: str | None
    source: str
    start: int
    end: int


def _is_body(body: str) -> bool:
    return bool(BODY_NOUN.search(body)) and not _SENTENCE_WORD.search(body) and len(body.split()) <= 9


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
        if _NOT_THIS_MEETING.search(text[sentence_start : match.start()]) or not _is_body(match["body"]):
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
    if match is None or not below or not _is_body(match["body"]):
        return None
    date = _is_date_line(below[0].raw)
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
        if match is None or LINKED_ITEM.search(line.raw) or _OTHER_MEETING.search(line.raw[: match.end()]):
            continue
        body = re.sub(r"\s+meeting$", "", match["body"].strip(), flags=re.I)
        # 'Minutes of the Two Hundredth Parish Council Meeting of Eastham Group Parish Council held on DATE': the body after 'of'.
        named = _MEETING_OF_BODY.match(line.raw, match.end())
        body = named["body"] if named and _is_body(named["body"]) else body
        if not _is_body(body):
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


def _is_date_line(raw: str):
    """The date of a line that is a date and little else (a label, weekday, time), or None.

    A bilingual line prints the date in two languages around a slash ('Dyddiad / Date: Dydd Mercher,
    13 Mawrth 2024 / Wednesday, 13 March 2024'): the half that is a date line is read."""
    value = _DATE_LINE_LABEL.sub("", raw)
    if value != raw and " / " in value:
        for half in value.split(" / "):
            date = _is_date_line(half)
            if date is not None:
                return date
    value = _DATE_LINE_LABEL.sub("", raw)
    offset = len(raw) - len(value)
    date = first_date(value, offset)
    if date is None:
        return None
    if offset and date.start - offset <= 12:
        # 'Date: Thursday 4 May 2023 at 1.15 pm or at the close of the X Committee': a labelled date leads its line.
        return date
    rest = value[: date.start - offset] + value[date.end - offset :]
    for found in reversed(find_times(rest)):
        rest = rest[: found.start] + rest[found.end :]
    return date if len(_FILLER.sub(" ", rest).split()) <= 1 else None


def _dated_title(line) -> LineMeeting | None:
    """A page title of the body, a meeting word and the date: 'Parish Council Minutes 2 July 2019',
    'Parish Council Meeting 12th Sept 2016 – Minutes', '25/08/2021 Town Council Meeting Agenda'."""
    if len(line.text) > 200 or not _MEETING_WORD.search(line.text):
        return None
    date = first_date(line.raw, line.start)
    if date is None:
        return None
    dashed = _DASHED_TITLE.match(line.raw)
    if dashed and line.start + dashed.end() == date.start and not line.raw[date.end - line.start :].strip():
        named = dashed["body"].strip()
        short = re.fullmatch(r"(?:[A-Z][\w'’&-]*\s+){0,4}[A-Z][\w'’&-]*", named)
        if short or BODY_NOUN.search(named) and not _SENTENCE_WORD.search(named) and len(named.split()) <= 16:
            return LineMeeting(named, date.date, None, None, "meeting_page", line.start, line.end)
        return None
    if len(line.text) > 80:
        return None
    # A web page title names the site after a bar: '... 4 March 2024 | Kelby Parish Council'.
    after = _SITE_SUFFIX.sub("", line.raw[date.end - line.start :])
    for found in reversed(find_times(after)):
        # The time after the date: 'Wednesday 13th March 2024 at 7pm – Parish Council Meeting'.
        after = after[: found.start] + after[found.end :]
    after = re.sub(r"^\s*(?:at|from)\s+(?=[–—-])", "", after, flags=re.I)
    body = line.raw[: date.start - line.start] + " " + after
    assembly = _ASSEMBLY.search(body)
    # Only the paper's kind may print beside it: 'Annual Parish Meeting – rescheduled for DATE' is a notice.
    rest = re.sub(r"\b(?:draft|minutes|agenda|notes)\b|[^\w]", "", _ASSEMBLY.sub("", body), flags=re.I) if assembly else "x"
    if not rest:
        return LineMeeting(assembly.group(), date.date, None, None, "meeting_page", line.start, line.end)
    body = squash(_MEETING_WORD.sub(" ", re.sub(r"[–—|]|\s-\s", " ", body))).strip(" ,-")
    if not _is_body(body) or BODY_NOUN.search(body) is None or len(body.split()) > 6:
        return None
    return LineMeeting(body, date.date, None, None, "meeting_page", line.start, line.end)


def _title_over(line, below) -> LineMeeting | None:
    """A page title of the body and the date, either way round ('Northfield Council Cabinet 15 June 2020',
    'Cabinet, 4 March 2026', '4 March 2026 - Full Council'; a time may follow the date), with a 'Venue:'
    line just below or over the paper's own heading ('Agenda', 'Minutes')."""
    venue = any(_VENUE.match(n.text) for n in below)
    heading = bool(below) and (_SUMMARY_HEAD.match(below[0].text) or _ITEMS_HEAD.match(below[0].text))
    date = first_date(line.raw, line.start) if (venue or heading) and len(line.text) <= 100 else None
    if date is None:
        return None
    before, rest = line.raw[: date.start - line.start].strip(" ,-–—|"), line.raw[date.end - line.start :]
    before = re.sub(r",?\s+" + WEEKDAY + r",?$", "", before, flags=re.I)
    for found in reversed(find_times(rest)):
        rest = rest[: found.start] + rest[found.end :]
    # Date first: the body follows it after a dash ('4 March 2026 - Full Council').
    dashed = re.match(r"\s*[-–—|]", rest)
    rest = rest.strip(" ,.-–—|")
    body = before or (rest if dashed else "")
    if not body or (before and rest) or not _is_body(body):
        return None
    return LineMeeting(body, date.date, time_after(line.raw, date.end - line.start, line.start), None, "meeting_page", line.start, line.end)


def _bare_label_value(region, offset: int, label: re.Pattern) -> str | None:
    """The line under a bare 'Time:' or 'Place:' label among the few lines after the date line."""
    at = next((i for i in range(offset + 1, min(len(region) - 1, offset + 5)) if label.match(region[i].text)), None)
    return None if at is None or region[at + 1].text.endswith(":") else region[at + 1].text


def _from_heading(text: str, start: int, end: int) -> LineMeeting | None:
    region = [line for line in lines(text, start, end) if not line.is_blank][:12]
    labels = [i for i, line in enumerate(region) if _MEETING_LABEL.match(line.text) and _is_body(_MEETING_LABEL.match(line.text)["body"])]
    first = labels[0] if labels else 0
    for index, line in enumerate(region[first:], start=first):
        agenda_for = _AGENDA_FOR.match(line.raw)
        if agenda_for and _is_body(agenda_for["body"]):
            date = first_date(line.raw[agenda_for.end() :], line.start + agenda_for.end())
            if date is not None:
                time = time_after(line.raw, date.end - line.start, line.start)
                return LineMeeting(agenda_for["body"], date.date, time, None, "meeting_page", line.start, line.end)
        titled = _dated_title(line) or _title_over(line, region[index + 1 : index + 3])
        if titled is not None:
            return titled
        meeting_label = _MEETING_LABEL.match(line.text)
        body = meeting_label["body"].strip() if meeting_label else _HEADING_WORDS.sub("", line.text).strip()
        # A page title 'DATE / X Committee' over the meeting's labelled date: the date is not part of the name.
        dated_name = first_date(body, 0)
        body = (body[: dated_name.start] + " " + body[dated_name.end :]).strip(" /|,–—-") if dated_name else body
        # Under a 'Meeting Details' heading a body may be printed in sentence case ('Planning applications committee').
        headed = index > 0 and _SUMMARY_HEAD.match(region[index - 1].text) and BODY_NOUN.search(body) and len(body.split()) <= 9
        if _ADDRESSEE.match(line.text) or len(line.text) > 80 or line.text.endswith(".") or (":" in line.text and not meeting_label):
            continue
        if not (_is_body(body) or (headed and not re.search(r"\d", body))):
            continue
        venue = None
        for offset, below in enumerate(region[index + 1 : index + 6], start=index + 1):
            labelled = _VENUE.match(below.text)
            venue = venue or (labelled["venue"] if labelled else None)
            date = _is_date_line(below.raw)
            run_on = None if date is not None else _DATE_TIME_VENUE.match(below.raw)
            if run_on is not None and _PLACE_LINE.search(run_on["venue"]):
                date = first_date(below.raw[: run_on.end("date")], below.start)
                venue = venue or squash(run_on["venue"]).strip(" ,.")
            if date is not None:
                after = next((_VENUE.match(n.text) for n in region[offset + 1 : offset + 3] if _VENUE.match(n.text)), None)
                venue = venue or (after["venue"] if after else _bare_label_value(region, offset, _BARE_VENUE))
                # A page title printed twice (the page's title over its heading) counts as a heading.
                repeated = index + 1 < len(region) and region[index + 1].text == line.text
                # A CMIS page's 'Meeting Summary' heading over the body's name and the date counts as one too.
                summary = index > 0 and _SUMMARY_HEAD.match(region[index - 1].text) and offset == index + 1
                # An unlabelled venue line just below the date ('Council Chamber, Civic Centre') places it too.
                placed = next((n.text for n in region[offset + 1 : offset + 2] if _PLACE_LINE.search(n.text) and ":" not in n.text and len(n.text) <= 100), None)
                venue = venue or placed
                # A bare 'Meeting date' label line over the date labels it as well.
                dated = _DATE_LINE_LABEL.match(below.raw) or _BARE_DATE_LABEL.match(region[offset - 1].text)
                if body == line.text and not dated and venue is None and not (repeated or summary):
                    return None
                timed = next((n for n in region[offset + 1 : offset + 3] if _TIME_LABEL.match(n.text)), None)
                time = time_after(below.raw, 0, below.start) or (time_after(timed.raw, 0, timed.start) if timed else None)
                time = time or time_after(_bare_label_value(region, offset, _BARE_TIME) or "", 0, 0)
                return LineMeeting(body, date.date, time, venue, "meeting_page", line.start, below.end)
            nearer = _HEADING_WORDS.sub("", below.text).strip()
            if nearer != below.text and len(below.text) <= 80 and ":" not in below.text and _is_body(nearer):
                # 'Northshire Council' over 'Cabinet Agenda': the heading nearer the date names the meeting's body.
                body = nearer
                continue
            if not _LABEL_LINE.match(below.text) and (len(below.text) > 60 or below.text.endswith(".")):
                break
        # The organisation's name over the meeting's dated title: 'Northshire Town Council' / 'Policy Committee Minutes – DATE'.
        plain = line.text == body and not _NOT_THIS_MEETING.search(line.text) and index + 1 < len(region)
        return _dated_title(region[index + 1]) if plain else None
    return None


# A minutes opening sentence, its body named just before it: 'X held their meeting remotely at 7.30pm on DATE',
# 'X MINUTES of the proceedings of the Board at a Meeting held at VENUE on DATE', 'X A meeting of the Board was held at ...'.
_HELD = re.compile(r"\b(?:meeting|minutes|notes)\b[^.\n]{0,120}?\bheld\b|\bheld\s+(?:its|their)\s+(?:\w+\s+)?meeting\b", re.I)
_OPENER = re.compile(
    r"\b(?:minutes|notes)\s+of\b|\b(?:an?|the)\s+(?:\w+\s+)?meeting\b|\bmeeting\s+(?:minutes|notes)\b|\s+held\s+(?:its|their)\b", re.I
)
_CAPS_RUN = re.compile(r"(?:[A-Z][A-Z&'’-]+\s+)*[A-Z][A-Z&'’-]+$")
_OTHER_MEETING = re.compile(r"\b(?:next|last|previous|following|future|followed)\b", re.I)


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
        caps = _CAPS_RUN.search(before)
        body = caps.group() if caps and _is_body(caps.group()) else before
        if not before or not _is_body(body):
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
    for reader in (_from_minutes_line, _from_run_together, _from_heading, _from_notice, _from_held_sentence):
        found = reader(text, start, end)
        if found is not None:
            return (fuller_notice(found.body, found.date, text, start) or found) if reader is _from_heading else found
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
