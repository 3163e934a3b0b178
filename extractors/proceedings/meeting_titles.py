"""A meeting named by a page title or heading over its date line (for ``meeting_lines.head_meeting``, whose docstring
lists the forms): the body as a heading, label or dashed title, the date, time and venue lines below it. Versioned by
``extractors.proceedings.meeting_lines.VERSION``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.readers.dates import WEEKDAY, find_times
from extractors.proceedings.meeting_dates import first_date, time_after
from extractors.readers.spans import lines, squash
from extractors.readers.vocabulary import BODY_NOUN

NOT_THIS_MEETING = re.compile(r"\b(?:next|minutes|last|previous|following|future|followed)\b", re.I)

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

# A recording's page is titled so too: 'Full Council audio 9 March 2022', 'Cabinet webcast 4 May 2023'.
_MEETING_WORD = re.compile(r"\b(?:meeting|minutes|agenda|(?:audio|video|webcast)(?:\s+recording)?|recording)\b", re.I)

# 'Deputy Leader – Minutes – 12 February 2020': a decision maker's title, the paper's kind and the date.
# 'X – Minutes – DATE': any name before the paper's kind, commas and '&' included ('Sport & Leisure, Housing Cabinet Members').
_DASHED_TITLE = re.compile(r"^\W*(?P<body>[A-Z][\w'’&,()/ -]{1,150}?)\s+[–—-]\s+(?:minutes|agenda)\s+[–—-]\s+(?=\S)", re.I)

# The electors' yearly assembly is its own meeting: 'Draft Minutes – Annual Parish Meeting – 14 May 2024'.
_SITE_SUFFIX = re.compile(r"^\s*\|\s.*$")

_ASSEMBLY = re.compile(r"\bannual\s+(?:parish|town|village|community)\s+(?:meeting|assembly)\b", re.I)

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


# 'Council and Democracy', 'Councillors and democracy': a council website's section banner, no body that meets.
_SITE_SECTION = re.compile(r"(?:the\s+)?(?:your\s+)?councils?(?:lors)?\s+(?:and|&)\s+(?:democracy|democratic\s+services|elections)", re.I)


def is_body(body: str) -> bool:
    return (
        bool(BODY_NOUN.search(body)) and not _SENTENCE_WORD.search(body) and len(body.split()) <= 9
        and not _SITE_SECTION.fullmatch(body.strip())
    )


def is_date_line(raw: str):
    """The date of a line that is a date and little else (a label, weekday, time), or None.

    A bilingual line prints the date in two languages around a slash ('Dyddiad / Date: Dydd Mercher,
    13 Mawrth 2024 / Wednesday, 13 March 2024'): the half that is a date line is read."""
    value = _DATE_LINE_LABEL.sub("", raw)
    if value != raw and " / " in value:
        for half in value.split(" / "):
            date = is_date_line(half)
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
    'Parish Council Meeting 12th Sept 2016 – Minutes', '25/08/2021 Town Council Meeting Agenda', 'Full Council audio 9 March 2022'."""
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
    if not is_body(body) or BODY_NOUN.search(body) is None or len(body.split()) > 6:
        return None
    return LineMeeting(body, date.date, None, None, "meeting_page", line.start, line.end)


def _title_over(line, below, above=None, place: str | None = None) -> LineMeeting | None:
    """A page title of the body and the date, either way round ('Northfield Council Cabinet 15 June 2020',
    'Cabinet, 4 March 2026', '4 March 2026 - Full Council'; a time may follow the date), with a 'Venue:'
    line just below or over the paper's own heading ('Agenda', 'Minutes'); or a ModernGov title 'Body - Weekday, DATE'
    under the page's 'Agenda, decisions and minutes' heading (``above``). A title opening with the venue the page's
    'Venue:' line prints (``place``: 'Council Chamber, Cabinet - ...') names the body after it."""
    prefix = len(place) + 1 if place and line.raw.startswith(f"{place},") else 0
    venue = any(_VENUE.match(n.text) for n in below)
    heading = bool(below) and (_SUMMARY_HEAD.match(below[0].text) or _ITEMS_HEAD.match(below[0].text))
    headed = above is not None and _MG_PAGE_HEAD.match(above.text) and _MG_DASHED_DATE.search(line.raw)
    date = first_date(line.raw, line.start) if (venue or heading or headed) and len(line.text) - prefix <= 100 else None
    if date is None:
        return None
    before, rest = line.raw[prefix : date.start - line.start].strip(" ,-–—|"), line.raw[date.end - line.start :]
    before = re.sub(r",?\s+" + WEEKDAY + r",?$", "", before, flags=re.I)
    for found in reversed(find_times(rest)):
        rest = rest[: found.start] + rest[found.end :]
    # Date first: the body follows it after a dash ('4 March 2026 - Full Council').
    dashed = re.match(r"\s*[-–—|]", rest)
    rest = rest.strip(" ,.-–—|")
    body = before or (rest if dashed else "")
    if not body or (before and rest) or not is_body(body):
        return None
    return LineMeeting(body, date.date, time_after(line.raw, date.end - line.start, line.start), None, "meeting_page", line.start, line.end)


# A ModernGov page's heading over its title line, and the title's dash before a weekday-led date.
_MG_PAGE_HEAD = re.compile(r"^\W*agenda(?:,\s*decisions)?\s+and\s+(?:minutes|decisions)\W*$", re.I)
_MG_DASHED_DATE = re.compile(r"\s[-–]\s+" + WEEKDAY + r",?\s+\d", re.I)


def _bare_label_value(region, offset: int, label: re.Pattern) -> str | None:
    """The line under a bare 'Time:' or 'Place:' label among the few lines after the date line."""
    at = next((i for i in range(offset + 1, min(len(region) - 1, offset + 5)) if label.match(region[i].text)), None)
    return None if at is None or region[at + 1].text.endswith(":") else region[at + 1].text


def from_heading(text: str, start: int, end: int) -> LineMeeting | None:
    region = [line for line in lines(text, start, end) if not line.is_blank][:12]
    labels = [i for i, line in enumerate(region) if _MEETING_LABEL.match(line.text) and is_body(_MEETING_LABEL.match(line.text)["body"])]
    first = labels[0] if labels else 0
    place = next((labelled["venue"] for line in region if (labelled := _VENUE.match(line.text))), None)
    for index, line in enumerate(region[first:], start=first):
        agenda_for = _AGENDA_FOR.match(line.raw)
        if agenda_for and is_body(agenda_for["body"]):
            date = first_date(line.raw[agenda_for.end() :], line.start + agenda_for.end())
            if date is not None:
                time = time_after(line.raw, date.end - line.start, line.start)
                return LineMeeting(agenda_for["body"], date.date, time, None, "meeting_page", line.start, line.end)
        titled = _dated_title(line) or _title_over(line, region[index + 1 : index + 3], region[index - 1] if index else None, place)
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
        if not (is_body(body) or (headed and not re.search(r"\d", body))):
            continue
        venue = None
        for offset, below in enumerate(region[index + 1 : index + 6], start=index + 1):
            labelled = _VENUE.match(below.text)
            venue = venue or (labelled["venue"] if labelled else None)
            date = is_date_line(below.raw)
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
            if nearer != below.text and len(below.text) <= 80 and ":" not in below.text and is_body(nearer):
                # 'Northshire Council' over 'Cabinet Agenda': the heading nearer the date names the meeting's body.
                body = nearer
                continue
            if not _LABEL_LINE.match(below.text) and (len(below.text) > 60 or below.text.endswith(".")):
                break
        # The organisation's name over the meeting's dated title: 'Northshire Town Council' / 'Policy Committee Minutes – DATE'.
        plain = line.text == body and not NOT_THIS_MEETING.search(line.text) and index + 1 < len(region)
        return _dated_title(region[index + 1]) if plain else None
    return None


def date_over_body(text: str, start: int, end: int) -> LineMeeting | None:
    """A meeting page opening on its date line, then its time and venue ('10.30am, Civic Hall, Westby'), then the body's
    name alone on its line ('Police and Crime Panel'), ending on its body's noun."""
    region = [line for line in lines(text, start, end) if not line.is_blank][:3]
    if len(region) < 3 or (date := is_date_line(region[0].raw)) is None:
        return None
    timed, named = region[1], region[2]
    when = find_times(timed.raw)
    if not when or when[0].start > 0 or not re.match(r"[ \t]*,[ \t]*\S", timed.raw[when[0].end :]):
        return None
    body = named.text.strip()
    # The name ends on its body's noun ('Police and Crime Panel'), not an event's ('Town Council Awards Evening').
    if len(named.text) > 80 or ":" in named.text or not is_body(body) or BODY_NOUN.search(body.split()[-1]) is None:
        return None
    venue = timed.raw[when[0].end :].strip(" \t,.")
    return LineMeeting(body, date.date, when[0].time, venue, "meeting_page", region[0].start, named.end)
