"""Meeting readers and checks kept out of ``meetings`` (rules of ``extractors.proceedings.meetings``, under its VERSION).

A meeting page or agenda whose header is labels only, 'Date:', 'Time:' and 'Location:' (or 'Venue:',
'Place:'), each value on its line or the next, and no body line: the body is the one the page names
most as 'the X' ('the Fire Authority', 'the Council'; 'the Authority' counted as the longer name ending
with it named most), named at least twice and more than any other.
A news report's meeting: 'On Thursday (8 November 2018), X Cabinet received a report' or 'At a meeting
on Monday (March 17, 2025) at City Hall, councillors ...' with the body met in the sentence before ('the
Council's East Area Committee met'); the weekday and a date with its year in brackets, the journalist's form.
A page titled by its meeting ('ANNUAL GENERAL MEETING', 'Public board meeting agenda and papers: May 2026', 'X
Meeting in Public') over a line opening with its date, year printed ('Monday 18 May 2026 7.00 pm', 'Held on 2 April 2026').
A flattened PDF's head line printing the body in capitals run into its weekday and date ('NORTHSHIRE FIRE AUTHORITY
CABINET Friday 4th June 2021 at 10am ...'), the body naming a council, authority, committee, cabinet, panel ...
A page whose title is its meeting (``page_title_meeting``): its first line the body and the date ('Standards Committee, Tuesday
13 October 2020', 'Cabinet - 4 March 2026', '4 March 2026 - Cabinet') or the body over a date line ('Full Council' / 'Tuesday,
21st May, 2019 2.00 pm') or under it, the date line not one of a list of dates, a heading, label or 'this meeting' below it.
The checks: a minutes heading whose first weekday is not its date's; a date line reporting an earlier
meeting's minutes; a numbered item heading; a venue-like line that is a sentence.
"""

from __future__ import annotations

import re
from collections import Counter

from extractors.proceedings.meeting_dates import PrintedMeeting, date_with_stated_year, first_date, time_after
from extractors.proceedings.meeting_titles import is_body, is_date_line
from extractors.readers.dates import WEEKDAY, find_dates, find_times
from extractors.readers.spans import lines, squash
from extractors.readers.vocabulary import BODY_KINDS, kinds_alternation

_LABEL_END = r"\s*:\s*(?P<value>.*)$"
_DATE = re.compile(r"^\W*(?:meeting\s+)?date" + _LABEL_END, re.I)
_TIME = re.compile(r"^\W*time" + _LABEL_END, re.I)
_VENUE = re.compile(r"^\W*(?:venue|location|place)" + _LABEL_END, re.I)
_HEAD_LINES = 16
_NAMED = re.compile(
    r"\b[Tt]he\s+(?P<body>(?:[A-Z][\w'’&-]*\s+){0,4}?"
    + kinds_alternation(BODY_KINDS, "capitalize", ("Sub-Committee", "Assembly")) + r")\b"
)
_WEEKDAY = re.compile(rf"\b({WEEKDAY})\b", re.I)
# A date line reporting an earlier meeting's minutes, and a numbered item heading ('4. CONFIRMATION OF MINUTES').
EARLIER_MEETING = re.compile(
    r"\bminutes\s+of\s+(?:the|a|an)\s+(?:\w+\s+)?meeting\b.*\b(?:approved|confirmed|agreed|signed|accepted|took\s+place)\b"
    r"|\b(?:previous|last)\s+meeting\b",
    re.I,
)
ITEM_HEADING = re.compile(
    r"^\W*(?:[\w-]*\d+[.)]\s+\S|(?:confirmation|approval|adoption)\s+of\s+(?:the\s+)?(?:previous\s+)?minutes\b)", re.I
)
# A venue-like line that is a sentence ('The Chairman gave an update on ... the village hall.').
PROSE = re.compile(
    r"^\W*the\s+\w+\s+(?:gave|reported|said|noted|asked|explained|confirmed|updated|agreed)\b"
    r"|\b(?:was|were|had|has|have|gave|would)\s+\w+.*\.\s*$",
    re.I,
)


_NEWS_WHEN = re.compile(
    r"\b(?:[Oo]n|[Aa]t\s+(?:a|its|their)\s+meeting\s+on)\s+(?i:mon|tues|wednes|thurs|fri|satur|sun)day\s*\(\s*(?P<date>[^()\n]{6,30}?)\s*\)"
)
_NEWS_NOUN = r"(?:Council|Committee|Sub[- ]Committee|Cabinet|Panel|Board|Authority|Partnership|Executive)"
_NEWS_BODY = r"(?P<body>(?:[A-Z][\w'’&-]*\s+){0,6}?" + _NEWS_NOUN + r"(?:\s+(?:for\s+)?[A-Z][\w'’&-]*){0,3})"
_NEWS_SUBJECT = re.compile(r",\s*(?:the\s+)?" + _NEWS_BODY + r"\s+(?:received|approved|agreed|considered|decided|voted|met|heard|endorsed)\b")
_NEWS_MET = re.compile(r"(?:^|[’']s\s+|\b[Tt]he\s+)" + _NEWS_BODY + r"\s+met\b", re.M)
_NEWS_VENUE = re.compile(r"\s+at\s+(?P<venue>[A-Z][\w'’ ]{2,40}?)\s*,")



def other_weekday(words: str, date) -> bool:
    """The heading's first weekday ('HELD ON TUESDAY ...') is not the date's: the date is not this meeting's."""
    named = _WEEKDAY.search(words)
    return named is not None and named.group(1).lower() != date.strftime("%A").lower()


def _value(region, index: int, label: re.Pattern) -> str | None:
    match = label.match(region[index].text)
    if match is None:
        return None
    if match["value"].strip():
        return match["value"].strip()
    below = region[index + 1] if index + 1 < len(region) else None
    if below is None or _DATE.match(below.text) or _TIME.match(below.text) or _VENUE.match(below.text):
        return ""
    return below.text.strip()


def most_named_body(text: str) -> str | None:
    """The body the text names most as 'the X', named at least twice and more than any other, or None."""
    named = Counter(squash(m["body"]) for m in _NAMED.finditer(text))
    for short in [b for b in named if " " not in b]:
        # 'the Authority' is the one 'Fire Authority' the text names in full.
        longer = sorted((b for b in named if b.endswith(" " + short)), key=lambda b: -named[b])
        if longer and (len(longer) == 1 or named[longer[0]] > named[longer[1]]):
            named[longer[0]] += named.pop(short)
    if not named:
        return None
    (body, count), *rest = named.most_common()
    return body if count >= 2 and not (rest and rest[0][1] == count) else None


def labels_only_meeting(text: str, start: int, end: int) -> PrintedMeeting | None:
    """The meeting of a header printing only 'Date:', 'Time:' and a venue label, its body the most named."""
    region = [line for line in lines(text, start, min(end, start + 2000)) if not line.is_blank][:_HEAD_LINES]
    for index, line in enumerate(region):
        when = _value(region, index, _DATE)
        if not when:
            continue
        dates = [d for d in find_dates(when) if d.date and not d.year_inferred]
        if len(dates) != 1:
            return None
        time = venue = None
        found_time = found_venue = False
        for offset in range(index + 1, min(len(region), index + 7)):
            if (value := _value(region, offset, _TIME)) is not None:
                found_time, times = True, find_times(value)
                time = times[0].time if times else None
            elif (value := _value(region, offset, _VENUE)) is not None:
                found_venue, venue = True, value.strip(" ,.:") or None
        body = most_named_body(text[start:end]) if found_time and found_venue else None
        if body is None:
            return None
        return PrintedMeeting(body, dates[0].date, time, venue, line.start, line.end)
    return None


def news_meeting(text: str, start: int, end: int) -> PrintedMeeting | None:
    """The meeting a news report dates 'on Thursday (8 November 2018)', its body the sentence's subject
    or the body said to have met in the sentence before; None unless both are printed."""
    for match in _NEWS_WHEN.finditer(text, start, min(end, start + 3000)):
        dates = [d for d in find_dates(match["date"]) if d.date and not d.year_inferred]
        if len(dates) != 1:
            continue
        rest = text[match.end() : text.find("\n", match.end()) if "\n" in text[match.end() :] else len(text)]
        venue = _NEWS_VENUE.match(rest)
        subject = _NEWS_SUBJECT.match(rest[venue.end() - 1 :] if venue else rest)
        if subject is None:
            before = text[max(start, match.start() - 600) : match.start()]
            met = list(_NEWS_MET.finditer(before))
            subject = met[-1] if met else None
        if subject is not None:
            # 'Westport City Council’s West Area Committee': the committee, not its council.
            body = re.sub(r"^.*[’']s\s+(?=[A-Z])", "", squash(subject["body"]))
            return PrintedMeeting(body, dates[0].date, None, venue["venue"] if venue else None, match.start(), match.end())
    return _news_met_on(text, start, end)


# A news report's meeting with its weekday: 'The Grants to Groups Committee met on Monday, January 8, ...', 'Westshire
# Council's Cabinet has today, Monday 2 October, agreed ...'; the body a name of capitalised words (joining words allowed).
_NEWS_NAME = r"(?P<body>[A-Z][\w'’&-]*(?:[ \t]+(?:[A-Z][\w'’&-]*|of|to|and|for|&)){0,7}?[ \t]+" + _NEWS_NOUN + r")"
_NEWS_MET_ON = re.compile(
    r"(?:^|[’']s[ \t]+|\b[Tt]he[ \t]+)" + _NEWS_NAME + r"[ \t]+(?:met|has[ \t]+today|today)[ \t]*,?[ \t]+(?:on[ \t]+)?"
    rf"(?=(?i:{WEEKDAY})\b)",
    re.M,
)
# A news report's sentence that the meeting was held: 'A full meeting of Westshire Borough Council was held on Monday 3rd
# March 2025.'
_NEWS_HELD_ON = re.compile(
    r"\b(?:A|The)[ \t]+(?:(?:full|special|ordinary|extraordinary|monthly)[ \t]+)?meeting[ \t]+of[ \t]+(?:the[ \t]+)?"
    + _NEWS_NAME + r"[ \t]+was[ \t]+held[ \t]+on[ \t]+"
)
_ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _news_met_on(text: str, start: int, end: int) -> PrintedMeeting | None:
    """A news sentence saying the body met (or acted today) on a weekday and date, or that its meeting was held on a
    date; a date printed without its year takes the one year printed on the page whose calendar puts that weekday on
    that day."""
    found = [*_NEWS_MET_ON.finditer(text, start, min(end, start + 3000)), *_NEWS_HELD_ON.finditer(text, start, min(end, start + 3000))]
    for match in sorted(found, key=lambda m: m.start()):
        window = text[match.end() : match.end() + 40]
        dates = find_dates(window, base=match.end())[:1]
        if not dates or dates[0].start != match.end():
            continue
        date = dates[0]
        if date.year_inferred:
            years = " ".join(_ANY_YEAR.findall(text, start, end))
            date = date_with_stated_year(date.text, date.start, years)
        if date is None or date.date is None or other_weekday(date.text, date.date):
            continue
        body = re.sub(r"^.*[’']s\s+(?=[A-Z])", "", squash(match["body"]))
        return PrintedMeeting(body, date.date, None, None, match.start("body"), date.end)
    return None


# A page titled by its meeting over the meeting's date line: 'ANNUAL GENERAL MEETING' / 'Monday 20 May 2019 7.00 pm',
# 'Public board meeting agenda and papers: May 2021' / 'Wednesday 12 May 2021 at 1:30pm via Zoom'.
_MEETING_TITLE = re.compile(
    r"^\W*(?P<body>(?:[A-Za-z&][\w&'’,-]*[ \t]+){0,7}?meeting)(?:[ \t]+in[ \t]+(?:public|private))?(?:[ \t]+(?:agenda|minutes|papers)(?:[ \t]+and[ \t]+(?:agenda|minutes|papers))?)?"
    r"(?:[ \t]*[:–—-][ \t]*(?P<tail>[A-Za-z]+[ \t]+(?:19|20)\d\d))?\W*$",
    re.I,
)
_NOT_A_TITLE = re.compile(r"^\W*(?:minutes|notes|draft|agenda|of)\b|\b(?:next|last|previous|future|following|followed|this|special)\b", re.I)
_OCCASION_ONLY = re.compile(r"^\W*(?:(?:an?|the|ordinary|extraordinary|monthly|full|regular|scheduled)\s+)*meeting$", re.I)
_DATE_LINE = re.compile(rf"^\W*(?:held\s+on\s+)?(?:{WEEKDAY},?\s+)?(?:the\s+)?\d", re.I)


def titled_meeting(text: str, start: int, end: int) -> PrintedMeeting | None:
    """The meeting a page's title line names ('... Meeting', up to eight words, no earlier or later meeting) with its
    date, year printed, opening the next line; the time on that line, the venue a 'Venue:' label below it."""
    region = [line for line in lines(text, start, min(end, start + 2000)) if not line.is_blank][:6]
    for index, line in enumerate(region[:-1]):
        title = _MEETING_TITLE.match(line.text)
        # 'Date of Meeting:' over its value is a label, not a title.
        if title is None or line.text.rstrip().endswith(":") or _NOT_A_TITLE.search(title["body"]) or len(line.text) > 90 or _OCCASION_ONLY.match(title["body"]):
            continue
        below = region[index + 1]
        dates = find_dates(below.raw[:60]) if _DATE_LINE.match(below.text) else []
        if not dates or dates[0].date is None or dates[0].year_inferred or other_weekday(below.raw[: dates[0].end], dates[0].date):
            continue
        times = [t for t in find_times(below.raw) if t.start >= dates[0].end]
        venue = next((_value(region, i, _VENUE) for i in range(index + 2, min(len(region), index + 4)) if _VENUE.match(region[i].text)), None)
        venue = re.sub(r"\.?\s*view\s+directions\s*$", "", venue, flags=re.I).strip(" ,.") if venue else None
        return PrintedMeeting(squash(title["body"]), dates[0].date, times[0].time if times else None, venue or None, line.start, below.end)
    return None


# A flattened PDF's head: the body in capitals run into the meeting's weekday and date on one line, 'NORTHSHIRE FIRE
# AUTHORITY CABINET Friday 4th June 2021 at 10am Under the provisions ...' (a body noun in the capitals); or the body,
# its acronym in brackets, 'MEETING' and the venue in capitals before the weekday ('EASTBY SAFETY BOARD (ESB) MEETING
# THE OAK ROOM, TOWN HALL, HIGH STREET TUESDAY 3RD MAY 2016 AT 7.00 PM').
_CAPITALS_DATED = re.compile(
    r"^\W*(?P<body>(?:[A-Z][A-Z'’&-]+[ \t]+){0,8}?" + kinds_alternation(BODY_KINDS, "upper") +
    r"(?:[ \t]+[A-Z][A-Z'’&-]+){0,3}?)"
    r"(?:(?:[ \t]+\([A-Z]{2,6}\))?[ \t]+MEETING(?:[ \t]+(?P<venue>[A-Z][A-Z'’&.-]*(?:,?[ \t]+[A-Z0-9][A-Z0-9'’&.-]*){0,11}?))?)?"
    rf"[ \t]+(?=(?i:{WEEKDAY})\b)"
)


def capitals_meeting(text: str, start: int, end: int) -> PrintedMeeting | None:
    """The meeting of a head line printing the body in capitals run into its weekday and date, year printed; the venue
    when printed between 'MEETING' and the weekday."""
    for line in [line for line in lines(text, start, min(end, start + 2000)) if not line.is_blank][:_HEAD_LINES]:
        match = _CAPITALS_DATED.match(line.raw)
        if match is None:
            continue
        dates = find_dates(line.raw[match.end() : match.end() + 40])
        if not dates or dates[0].date is None or dates[0].year_inferred or other_weekday(line.raw[match.end() : match.end() + dates[0].end], dates[0].date):
            continue
        after = line.raw[match.end() + dates[0].end : match.end() + dates[0].end + 20]
        times = [t for t in find_times(after) if t.start <= 4]
        return PrintedMeeting(squash(match["body"]), dates[0].date, times[0].time if times else None, match["venue"], line.start, line.start + match.end() + dates[0].end)
    return None


# A flattened page's first words: the body in title case, its date (year printed) and the paper's word or the attendance
# label run on ('Westshire Police and Crime Panel 8 March 2024 Minutes Present: ...').
_FLAT_TITLE = re.compile(
    r"^\W*(?P<body>(?-i:[A-Z][\w'’&-]*)(?:[ \t]+(?:(?-i:[A-Z][\w'’&-]*)|and|of|for|&)){0,8}?[ \t]+"
    r"(?i:" + kinds_alternation((*BODY_KINDS, "forum")) + r"))[ \t]*[,–—-]?[ \t]+"
    rf"(?=(?:(?i:{WEEKDAY}),?[ \t]+)?\d)"
)
_FLAT_AFTER = re.compile(r"^[ \t,]*(?:(?i:at)[ \t]+)?(?:\d{1,2}(?:[.:]\d\d)?[ \t]*(?i:[ap]\.?m\.?)[ \t]+)?(?i:minutes|agenda|present\s*:)")


def flat_title_meeting(text: str, start: int, end: int) -> PrintedMeeting | None:
    """The meeting a flattened page's first words name: the body, its date with the year printed, then the paper's
    word ('Minutes', 'Agenda') or 'Present:' (a time between them allowed)."""
    first = next((line for line in lines(text, start, min(end, start + 2000)) if not line.is_blank), None)
    match = _FLAT_TITLE.match(first.raw) if first else None
    if match is None:
        return None
    dates = find_dates(first.raw[match.end() : match.end() + 40])
    if not dates or dates[0].start != 0 or dates[0].date is None or dates[0].year_inferred or other_weekday(dates[0].text, dates[0].date):
        return None
    after = first.raw[match.end() + dates[0].end :]
    if not _FLAT_AFTER.match(after):
        return None
    times = [t for t in find_times(after[:20])]
    return PrintedMeeting(squash(match["body"]), dates[0].date, times[0].time if times else None, None, first.start, first.start + match.end() + dates[0].end)


_PAGE_TITLE_LINES = 6
# A page title's words for the paper or the occasion, not the body: 'Panel Meeting – Northshire District' is the panel's.
_TITLE_PAPER_WORDS = re.compile(r"\s+(?:meeting|agenda|minutes)\b|^\W*(?:draft\s+)?(?:agenda|minutes)\s+(?:of|for)\s+(?:the\s+)?", re.I)
_TITLE_GAP = re.compile(r"^[\s,|–—-]*$")
# What marks the page as the meeting's paper under its title: a heading ('Agenda', 'Present', 'No. Item'), a label line
# ('Contact:', 'Venue:'), 'this meeting'. A title over news or a sentence ('The panel heard ...') is not enough.
_PAPER_MARK = re.compile(
    r"^\W*(?:agenda|minutes|present|apologies(?:\s+for\s+absence)?|no\.?\s+item|items)\W*$|^\W*[A-Za-z][A-Za-z ]{1,20}:|\bthis\s+meeting\b"
    # The members present by the council they represent: 'Representing Northshire County Council:'.
    r"|^\W*representing\s+(?:(?:the|of|and|upon|[A-Z][\w'’-]*)\s+){0,6}(?:council|authority|borough)\s*:\s*$", re.I
)


def _title_body(words: str) -> str | None:
    body = squash(_TITLE_PAPER_WORDS.sub("", words)).strip(" ,|–—-")
    return body if len(words) <= 90 and ":" not in words and not words.rstrip().endswith(".") and is_body(body) else None


def page_title_meeting(text: str, start: int, end: int) -> PrintedMeeting | None:
    """The meeting a page's title names: its first printed line the body and the date, either way round, or the body
    over a date line or under it, a mark of the meeting's paper within four lines below. None when the date line is one of a list
    (another date line follows within four lines)."""
    region = [line for line in lines(text, start, min(end, start + 1500)) if not line.is_blank][:_PAGE_TITLE_LINES]
    if len(region) < 2:
        return None
    title = region[0]
    date = first_date(title.raw, title.start)
    below = region[1:5]
    if date is not None and is_date_line(title.raw) is None:
        before = re.sub(r",?\s+" + WEEKDAY + r",?\s*$", "", text[title.start : date.start], flags=re.I)
        after = text[date.end : title.end]
        for found in reversed(find_times(after)):
            after = after[: found.start] + after[found.end :]
        body = _title_body(before) if _TITLE_GAP.match(after) else _title_body(after) if _TITLE_GAP.match(before) else None
        dated_line, lines_after = title, below
    elif date is None:
        body = _title_body(title.text)
        dated = is_date_line(region[1].raw)
        date = dated and first_date(region[1].raw, region[1].start)
        dated_line, lines_after = region[1], region[2:6]
    else:
        # The date line over the body's heading: 'Thursday 4 July 2024' / 'NORTHSHIRE POLICE AND CRIME PANEL'.
        body = _title_body(region[1].text)
        dated_line, lines_after = title, region[2:6]
    # A date line printing the title's date again ('Fire Authority 4 May 2012' over '4 MAY 2012') is no list of dates.
    if body is None or date is None or any((d := is_date_line(n.raw)) and d.date != date.date for n in lines_after):
        return None
    if not any(_PAPER_MARK.search(n.text) for n in lines_after[:4]):
        return None
    time = time_after(dated_line.raw, date.end - dated_line.start, dated_line.start)
    return PrintedMeeting(body, date.date, time, None, title.start, dated_line.end)
