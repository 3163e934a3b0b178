"""The dates of future meetings: those listed under a 'Dates of Future Meetings' or 'Date of next
meeting' heading (an item table row '28. | Date of Next Meeting', 'Item 8: Date of Next Meeting', an
agenda item 'To agree the date of the next meeting:', 'Date, time and venue of next meeting', a minute numbered with its year '51.15 Date of next meeting' and a parish's running minute number '2900: Future
Meeting Dates' included),
or given by a sentence 'The next meeting will be held on DATE' / 'is scheduled for DATE' / 'be held on DATE' /
'was confirmed as DATE' / 'The Council will next meet on DATE' (the kind in up to four words: 'The next full Council Meeting will be on DATE';
plural or future ones too: 'The next meetings of the Panel will be held on A, B and C', 'its future meetings were scheduled for ...'), or run in after the words ('Next meeting 9th April 2024', 'the next meeting is Tuesday
9 April', 'the date of the next meeting as DATE', or in passing set off by a comma or named by 'on': 'defer it to the next meeting, on DATE', '... to the next meeting on DATE'), later than the
meeting itself. A heading whose date is 'to be confirmed' gives none. A year-less date ('Wednesday 29
September') is the first such day after the meeting. Lines naming another group are left out unless the
group is the meeting's own body ('The next meeting of the Panel' at a panel), and so is a date qualified as
another meeting ('16 May (Allotments meeting)'; '(virtual meeting)' names the way of meeting), and a deadline ('items to the Clerk by 28 May 2024'). A schedule
of the body's meetings gives its dates (see ``_schedules``): under a heading naming the meetings and a year or
municipal year ('Parish Council Meetings 2026', 'Meeting dates for 2025/26 are:', 'Dates of Council meetings 2026', an item
'7. To confirm the Meeting Schedule for 2023/24')
one date a line, bulleted or not, or run on after its colon ('Meetings for 2026 are as follows: 19 January, ...');
a calendar line ('the calendar of dates for Council meetings for 2026/27 – 13th May, 10th June ...'); a meetings
table's rows with no minutes yet; a heading may name part of the year or a schedule word ('Remaining meetings for
2026', 'Meeting dates for the first half of 2027', 'Town Council meeting dates for 2027.'), put the year first ('2027
Calendar of Parish Council Meetings') or be a sentence ('These are the dates of the Council meetings for 2027.'), and a
dateless note line may stand between it and its first entry. A sentence announcing the body's own meeting for a day
('A Council meeting will be held on DATE', 'The August Council meeting will be held on DATE', 'to hold a further meeting of the Committee on DATE', 'to invite X to a special meeting of the Committee, to which all
Members would be invited, on DATE') gives that day; with no meeting read, a year-less weekday date takes the one year printed on the page that fits it; a date
in a parenthesis naming another meeting ('(Annual Parish Meeting 20 April)') and a year-less day whose printed
weekday is not its resolved date's give none. A tentative entry ('2 or 9 March', '(if required)') and the electors' 'Annual
Parish Meeting' give none. A sentence or schedule hard-wrapped over lines reads as one line. Rules of ``extractors.proceedings.meetings``, under its VERSION.
"""

from __future__ import annotations

import datetime as dt
import re

from extractors.proceedings.agenda import find_items
from extractors.readers.dates import find_dates
from extractors.proceedings.meeting_dates import date_with_stated_year, time_after as _time_after
from extractors.proceedings.meeting_labels import most_named_body, other_weekday
from extractors.proceedings.meetings import NAME, VERSION
from extractors.readers.spans import lines, provenance, unwrapped
from schemas.parsed import ParsedDocument
from schemas.structure import FutureMeeting

_NEXT = r"(?:future|next|forthcoming)\s+(?:scheduled\s+)?meetings?"
_FUTURE_HEADING = re.compile(
    r"^\W*(?:(?:item\s+)?(?:[A-Z]{0,2}\d{0,4}|\d{1,3}[/.]\d{1,4})[.):]?(?:\s+|\s*\|\s*))?"
    # A bilingual heading prints the Welsh first: 'Dyddiad y cyfarfod nesaf / Date of next meeting'.
    r"(?:[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,4}[ \t]*/[ \t]*)?"
    r"(?:to\s+(?:agree|confirm|note|fix|set|receive|consider)\s+(?:the\s+)?)?"
    r"(?:dates?(?:\s*(?:,|and|&)\s*(?:times?|venues?|places?|locations?))*\s+of\s+(?:the\s+)?" + _NEXT + r"|"
    # A bare 'Future Meetings' heading is a whole line: the dates sit on the lines below it.
    r"future\s+meeting\s+dates|next\s+meetings?|future\s+meetings?(?=\W*$))\b\W*",
    re.I,
)
_NEXT_SENTENCE = re.compile(
    # 'the next AGM scheduled to be held on DATE': the annual meeting by its initials, the verb without an auxiliary.
    r"\b(?:the\s+)?(?:next|future|subsequent)\s+(?P<kind>(?:[\w&'’-]+\s+){0,3}?)(?:meetings?|(?-i:AGMs?))\s+(?:of\s+(?:the\s+)?(?P<group>[A-Za-z][\w&' -]{2,60}?)\s+)?"
    r"(?:(?:will|is|are|shall|to|has\s+been|have\s+been|would|should|was|were)\s+(?:be\s+)?|be\s+|(?:scheduled|due)\s+to\s+be\s+)(?:now\s+)?"
    r"(?:held|scheduled|arranged|fixed|set|take\s+place|on|for|confirmed|agreed)\b"
    # 'Next meeting 9th April 2024.', 'next meeting: Tuesday 9 April': the date run in after the words.
    r"|\bnext\s+(?:(?P<vkind>\w+)\s+)?meeting\s+(?:is|was|will\s+be|would\s+be|as)\s+(?=(?:on\s+)?(?:(?:mon|tues?|wed|thu|fri|sat|sun)\w*,?\s+)?\d)"
    # The date run in with no 'on' ('the next meeting 9 April'): opening a line or sentence only.
    r"|(?<![\w,][ \t])(?<![\w,])(?:the\s+)?\bnext\s+(?:(?P<rkind>\w+)\s+)?meeting\s*(?:[:–—-]\s*|\s+)(?=(?:on\s+)?(?:(?:mon|tues?|wed|thu|fri|sat|sun)\w*,?\s+)?\d)"
    # 'Hold it over to the next meeting on 9 April 2024': in passing, 'on' and the date name it. Not another's: a kind
    # of meeting ('to the next Council meeting on DATE' in a committee's paper), 'their next meeting', a group named before.
    r"|\b(?P<passing>the\s+)next\s+meeting\s+on\s+(?=(?:(?:mon|tues?|wed|thu|fri|sat|sun)\w*,?\s+)?(?:the\s+)?\d)"
    # '... defer this to the next meeting, on 14 November 2025': in passing, but the date set off by a comma names it.
    r"|\bnext\s+meeting,\s+(?=(?:on\s+)?(?:(?:mon|tues?|wed|thu|fri|sat|sun)\w*,?\s+)?\d)"
    # 'Members noted the date of the next meeting, 4 June 2024': the date set off by a comma or a colon.
    r"|\bdate\s+of\s+(?:the\s+)?next\s+meeting\s*[,:–—-]\s*(?=(?:on\s+)?(?:(?:mon|tues?|wed|thu|fri|sat|sun)\w*,?\s+)?\d)"
    # 'The Council will next meet on DATE': the group must be the body's own.
    r"|\b(?:the\s+|this\s+)?(?P<mgroup>(?-i:[A-Z][\w&'’-]*(?:[ \t]+(?:and|of|&|[A-Z][\w&'’-]*)){0,6}))\s+(?:will|is\s+due\s+to|is\s+scheduled\s+to)\s+next\s+meet\s+(?:on\s+)?(?=(?:(?:mon|tues?|wed|thu|fri|sat|sun)\w*,?\s+)?\d)",
    re.I,
)
_DAY_AHEAD = r"(?=(?:the\s+)?(?:(?:mon|tues?|wed|thu|fri|sat|sun)\w*,?\s+(?:the\s+)?)?\d)"
# The body's own meeting announced for a day: 'A Council meeting will be held on DATE', 'An extraordinary meeting of
# the Committee will take place on DATE', 'it was agreed to hold a further meeting of the Committee on DATE'.
_OWN_MEETING = re.compile(
    r"\b(?:a|an|the)\s+(?:(?:further|additional|extra|extraordinary|special|ordinary|reconvened|adjourned)\s+)?"
    r"(?P<kind>(?:[A-Za-z][\w&'’-]*\s+){0,3}?)meeting\s+(?:of\s+(?:the\s+|this\s+)?(?P<group>[A-Za-z][\w&'’ -]{2,60}?)\s+)?"
    r"(?:will|shall|would|is\s+to|is\s+due\s+to)\s+(?:now\s+)?(?:be\s+held|take\s+place|be\s+convened)\s+(?:on\s+)?" + _DAY_AHEAD
    + r"|\b(?:to\s+hold|to\s+convene|to\s+arrange|(?<=\s)to(?=\s+(?:a|an)\s))\s+(?:a|an)\s+(?:further|additional|extra|extraordinary|special)\s+"
    r"(?P<hkind>(?:[A-Za-z][\w&'’-]*\s+){0,3}?)meeting\s+(?:of\s+(?:the\s+|this\s+)?(?P<hgroup>[A-Za-z][\w&'’ -]{2,60}?)(?:\s+|(?=,)))?"
    r"(?:,\s+to\s+which\s[^,.;]{1,80},\s+)?on\s+" + _DAY_AHEAD,
    re.I,
)
# 'Items for the agenda to the Clerk by 28 May 2024': a deadline before the meeting, not its date.
# A year printed just past a date the parser read as year-less ('on the 2nd March. 2019').
_STRAY_YEAR = re.compile(r"[ \t.,]{1,3}(?P<year>(?:19|20)\d\d)\b")
_DEADLINE = re.compile(r"\b(?:by|before|until|no\s+later\s+than|deadline\s*:?)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$", re.I)
_UNSET = re.compile(r"\b(?:to\s+be\s+(?:confirmed|arranged|agreed|decided|determined|fixed|set|advised)|tbc|tba)\b", re.I)
_OTHER_GROUP = re.compile(r"\b(?:group|sub-?committee|board|forum|workshop|event|conference|webinar|panel|training)\b", re.I)
# '16 April (Allotments meeting at 8 pm)': the date of another meeting, unless the words name the body's own.
_QUALIFIER = re.compile(r"\s*\(\s*(?P<what>[A-Za-z][\w&' -]{1,40}?)\s+meeting\b", re.I)
_QUALIFIER_BEFORE = re.compile(r"\(\s*(?P<what>[A-Za-z][\w&'’ -]{1,40}?\bmeeting)\b[^()\d]{0,12}$", re.I)
# The occasion or the way of meeting ('(Annual Meeting)', '(virtual meeting)'): the body's own meeting, not another.
_OCCASION_WORDS = frozenset("annual extraordinary special ordinary full monthly virtual remote online hybrid the a an".split())
# A meeting named by its month: 'The August Council meeting', 'the June meeting'.
_MONTHS = frozenset("january february march april may june july august september october november december".split())
_YEARLESS_AHEAD = 300
_WEEKDAY_FIRST = re.compile(r"(?:mon|tues?|wed|thu|fri|sat|sun)\w*\b", re.I)
_COUNCIL_KINDS = frozenset("council parish town community".split())
# 'Next Parish Council Meeting:' heading a meetings page, the date on a line below.
_NEXT_KIND_HEADING = re.compile(r"^\W*next\s+(?P<kind>(?:[A-Za-z][\w&'’-]*\s+){1,3}?)meeting\s*:?\s*$", re.I)


# A schedule's heading: 'Parish Council Meetings 2025', 'Meetings for 2025 are as follows: 14 May, ...', 'Meeting dates for
# 2025/26 are:', 'Dates of Council meetings 2025', 'To confirm the Meeting Schedule for 2023/24', or a run-on calendar line 'To approve the calendar of dates for Council
# meetings for 2026/27 – Wednesday 13th May, 10th June ...'; a table's header row with a date and a minutes column.
_YEAR = r"(?P<year>(?:19|20)\d{2})(?:[/-](?:19|20)?\d{2}(?!\d))?\b"
_KIND = r"(?P<kind>(?:[A-Za-z][\w&'’-]*[ \t]+){0,4}?)"
_PART_OF_YEAR = r"(?:(?:the[ \t]+)?(?:first|second|last|rest|remainder)(?:[ \t]+(?:half|six[ \t]+months|quarter))?[ \t]+of[ \t]+(?:the[ \t]+)?)?"
# An agenda item confirming the schedule: '7. To confirm the Meeting Schedule for 2023/24'.
_AGENDA_ITEM = r"(?:\d{1,3}[a-z]?[.)][ \t]+)?(?:to[ \t]+(?:agree|confirm|approve|note|adopt|set)[ \t]+)"
_SCHEDULE = re.compile(
    r"^\W*(?:(?:these|below|the[ \t]+following)[ \t]+are[ \t]+|" + _AGENDA_ITEM + r")?(?:the[ \t]+)?(?:(?:(?:provisional|proposed|scheduled)[ \t]+)?dates[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?(?P<okind>(?:[A-Za-z][\w&'’-]*[ \t]+){0,4}?)meetings"
    r"|" + _KIND + r"meetings?(?:[ \t]+(?:dates|schedule|calendar|programme|timetable))?)[ \t]+(?:(?:for|in)[ \t]+(?:the[ \t]+)?" + _PART_OF_YEAR + r"(?:(?:municipal|civic|council)[ \t]+)?(?:year[ \t]+)?)?"
    + _YEAR + r"(?:\s*[:.]?\s*$|\.[ \t]+(?P<note>\D.*)$|\s+(?:are|will\s+be)(?:\s+as\s+follows)?\s*:\s*(?P<run>\S.*)?$)",
    re.I,
)
# A year-first heading: '2026 Calendar of Parish Council Meetings', '2026/27 Council meeting dates'.
_YEAR_FIRST = re.compile(
    r"^\W*" + _YEAR + r"[ \t]+(?:(?:calendar|schedule|programme|timetable|diary)[ \t]+of[ \t]+(?:the[ \t]+)?)?"
    + _KIND + r"meetings?(?:[ \t]+dates)?\W*$",
    re.I,
)
_CALENDAR = re.compile(
    r"\b(?:calendar|schedule|programme|timetable)\s+of\s+(?:(?:the\s+)?(?:meeting\s+)?dates\s+for\s+(?:the\s+)?(?P<for>(?:[A-Za-z]+\s+){0,3}?)meetings"
    r"|(?P<of>(?:[A-Za-z]+\s+){0,3}?)meeting\s+dates)\b",
    re.I,
)
_CALENDAR_YEAR = re.compile(r"(?<![\d/£$.,-])(20\d\d)(?:[/-]\d\d)?(?![\d/])")
_TABLE_HEAD = re.compile(r"^\s*\|(?=.*\bdate\b)(?=.*\bminutes\b).*\|\s*$", re.I)
_SCHEDULE_LINES = 30
# An entry line: a day ('Thursday 4 January 2018', '• 5th June 2024', '| Tue 19th May, 2026 | Planning |') or 'May 2018 ...'.
_ENTRY = re.compile(r"^\W*(?:[A-Za-z]+,?\s+)?\d{1,2}(?:st|nd|rd|th)?\b|^\W*[A-Z][a-z]+\s+(?:19|20)\d{2}\b")
# A schedule's entry that sets no date: '4 or 10 May', '9 August (if required)', 'August: no meeting'.
_TENTATIVE = re.compile(r"\bor\b|\bif\s+(?:required|necessary|needed)\b|\bno\s+meetings?\b|\bminutes\b", re.I)
# The electors' yearly meeting, not the council's: 'Annual Parish Meeting', 'Annual Town Meeting', 'Assembly of
# the Parish'; an entry naming the council's own meeting too ('... followed by Full Parish meeting') keeps its date.
_ELECTORS_MEETING = re.compile(
    r"\b(?<!full\s)(?:parish|town|village|community)\s+(?:meeting|assembly)\b|\bassembly\s+of\s+the\s+(?:parish|town|village)\b", re.I
)
_COUNCIL_MEETING = re.compile(r"\b(?:full|ordinary|council)\s+(?:(?:parish|town)\s+)?meeting\b|\bmeeting\s+of\s+(?:the\s+)?council\b", re.I)
# Words a schedule's heading may put before 'meetings' besides the body's own: 'Remaining meetings for 2026'.
_SCHEDULE_WORDS = frozenset("remaining future forthcoming upcoming planned proposed provisional".split())
# '4 or 10 May', '9 August (if required)' in a run-on list: a date left open or qualified.
_OPEN_BEFORE = re.compile(r"\bor\s+$", re.I)
_OPEN_AFTER = re.compile(r"\s*(?:\([^)]*\b(?:if|provisional|tbc|tba|to\s+be)\b|or\b)", re.I)


def _schedule_entries(region, index: int, run: str | None, line):
    """(entry text, its offset) of the schedule headed at ``region[index]``: the run after its colon, else one
    entry a line below it (a table's rows, a month's 'no meeting' note passed over, the first other line ending it)."""
    if run:
        at = line.raw.find(run)
        return [(m.group(), line.start + at + m.start()) for m in re.finditer(r"[^,;]+", run)] if at >= 0 else []
    entries, minutes_cell, skipped = [], None, 0
    if _TABLE_HEAD.match(line.text):
        cells = [c.strip().lower() for c in line.text.strip().strip("|").split("|")]
        minutes_cell = next(i for i, c in enumerate(cells) if "minutes" in c)
    for following in region[index + 1 : index + 1 + _SCHEDULE_LINES]:
        if following.is_blank or following.is_page_footer or re.fullmatch(r"[\s|:-]+", following.text):
            continue
        if not _ENTRY.match(following.text):
            if _TENTATIVE.search(following.text) and len(following.text) <= 60:
                continue
            # A note between the heading and its first entry ('Meetings start at 7.30pm in the Hall.').
            if not entries and (skipped := skipped + 1) <= 2 and not any(d.date for d in find_dates(following.raw, dt.date(2000, 6, 30))):
                continue
            break
        if minutes_cell is not None:
            cells = following.text.strip().strip("|").split("|")
            # A row whose minutes are published is a meeting held, not one to come.
            if len(cells) > minutes_cell and cells[minutes_cell].strip():
                continue
        entries.append((following.raw, following.start))
    return entries


def _schedules(text: str, region, body: str | None):
    """(date, entry, offset) of each date a schedule of the body's meetings sets: a year's dates under its
    heading, a calendar line's run, a meetings table's rows yet to be held. A date printing no year takes the
    schedule's (from a '2025/26' span, a month earlier than the one before it is in the next year); a
    tentative entry, the electors' meeting and another group's meeting are left out."""
    for index, line in enumerate(region):
        heading, calendar = _SCHEDULE.match(line.text) or _YEAR_FIRST.match(line.text), _CALENDAR.search(line.raw)
        table = _TABLE_HEAD.match(line.text)
        if heading and heading.re is _SCHEDULE and heading["note"] and any(d.date for d in find_dates(heading["note"], dt.date(2000, 6, 30))):
            continue
        if heading:
            groups = heading.groupdict()
            kind, year, run = heading["kind"] or groups.get("okind") or "", int(heading["year"]), groups.get("run")
        elif calendar:
            kind = calendar["for"] or calendar["of"] or ""
            found = find_dates(line.raw[calendar.end() :], dt.date(2000, 6, 30))
            stated = _CALENDAR_YEAR.search(line.raw, calendar.end(), calendar.end() + found[0].start if found else calendar.end())
            if len(found) < 3 or stated is None:
                continue
            year, run = int(stated.group(1)), line.raw[calendar.end() :]
        elif table:
            kind, year, run = "", None, None
        else:
            continue
        if not _own_group(kind, body) or not all(word.lower() in _SCHEDULE_WORDS or _own_kind(word, body) for word in kind.split()):
            continue
        running, month = year, 0
        for raw, base in _schedule_entries(region, index, run, line):
            if _TENTATIVE.search(raw) or _UNSET.search(raw) or _electors(raw) or not _own_group(raw, body):
                continue
            for date in find_dates(raw, dt.date(2000, 6, 30), base=base)[: None if run else 1]:
                if date.date is None or _OPEN_BEFORE.search(text, max(0, date.start - 4), date.start) or _OPEN_AFTER.match(text, date.end):
                    continue
                if not date.year_inferred:
                    running = date.date.year
                elif running is None:
                    continue
                elif date.date.month < month:
                    running += 1
                month = date.date.month
                try:
                    when = date.date.replace(year=running)
                except ValueError:
                    continue
                yield date.model_copy(update={"date": when, "year_inferred": False}), raw, base


def _electors(entry: str) -> bool:
    return bool(_ELECTORS_MEETING.search(entry)) and not _COUNCIL_MEETING.search(entry)


def _own_group(words: str, body: str | None) -> bool:
    group = _OTHER_GROUP.search(words)
    return not group or bool(body and group.group(0).lower() in body.lower())


def _names_own_body(group: str, body: str | None) -> bool:
    """'the next meeting of the Council' / 'of this Committee' at the body, or naming it in full; not 'of the
    District Council Planning Committee' at a parish council (a word the body's name lacks)."""
    if not body:
        return _own_group(group, None)
    own_words = re.findall(r"[a-z]+", body.lower().replace("&", " and "))
    group_words = re.findall(r"[a-z]+", group.lower().replace("&", " and "))
    words = set(group_words) - _OCCASION_WORDS - {"this", "of", "and", "for"}
    # A body read short ('Parish Council') is named in full by the sentence ('of Crossby Parish Council').
    fuller = bool(own_words and group_words) and set(own_words) <= set(group_words) and own_words[-1] == group_words[-1]
    return words <= set(own_words) or fuller


def _own_kind(word: str | None, body: str | None) -> bool:
    """'the next meeting', 'the next ordinary meeting', 'the next Council meeting' at a council; not
    'the next PACT meeting'."""
    if not word or word.lower() in _OCCASION_WORDS | _MONTHS | {"scheduled", "regular"}:
        return True
    if len(word.split()) > 1:
        return all(_own_kind(part, body) for part in word.split())
    # With no meeting read, a council's own kind of meeting: 'The next Council meeting' on a parish council's page.
    return bool(body and word.lower() in body.lower()) or (body is None and word.lower() in _COUNCIL_KINDS)


def _other_meeting(text: str, end: int, body: str | None, start: int | None = None) -> bool:
    """'16 May (Allotments meeting)' after the date, or '(Annual Parish Meeting 20 April)' around it: another meeting."""
    before = _QUALIFIER_BEFORE.search(text, max(0, start - 60), start) if start is not None else None
    if before and (_electors(before["what"]) or body and _other_meeting(f"({before['what']}", 0, body)):
        return True
    qualifier = _QUALIFIER.match(text, end)
    if qualifier is None or body is None:
        return False
    words = [w for w in re.findall(r"[a-z]+", qualifier["what"].lower()) if w not in _OCCASION_WORDS]
    return any(w not in body.lower() for w in words)


def _future_date(date, reference: dt.date | None) -> dt.date | None:
    """The date if it falls after the meeting; a year-less day before it is that day a year on."""
    if date.date is None or reference is None or date.date > reference:
        return date.date
    if not date.year_inferred:
        return None
    try:
        later = date.date.replace(year=date.date.year + 1)
    except ValueError:
        return None
    return later if (later - reference).days <= _YEARLESS_AHEAD else None


def _listed(text: str, region, reference: dt.date | None, body: str | None):
    """(line, is_heading) for each line under a future-meetings heading that may hold a date."""
    for index, line in enumerate(region):
        heading = _FUTURE_HEADING.match(line.text)
        kind_heading = None if heading else _NEXT_KIND_HEADING.match(line.text)
        if kind_heading and all(_own_kind(word, body) for word in kind_heading["kind"].split()):
            heading = kind_heading
        if not heading:
            continue
        if _UNSET.search(line.text) and not any(d.date for d in find_dates(line.raw, reference)):
            continue
        if not _own_group(line.text[heading.end() :], body):
            # 'Next meeting of the Steering Group: DATE' at a parish council: another group's meeting.
            continue
        yield line
        taken, misses = 1, 0
        for following in region[index + 1 : index + 40]:
            if following.is_blank or following.is_page_footer:
                continue
            if not any(d.date for d in find_dates(following.raw, reference)):
                misses += 1
                if misses > 2 or taken > 1 or find_items(text, following.start, following.end):
                    break
                continue
            if len(following.text) > 120 and sum(1 for d in find_dates(following.raw, reference) if d.date) < 2:
                break  # a long line under the heading is its list only when it prints two dates or more
            taken += 1
            if _own_group(following.text, body) and not _electors(following.text):
                yield following


def _own_meetings(text: str, start: int, end: int, reference: dt.date | None, body: str | None):
    """(date, sentence, offset) of the body's own meeting a sentence announces: the meeting named by its kind ('a
    Council meeting') or group ('of the Committee') as the body's own, and only the day printed right after."""
    for announced in _OWN_MEETING.finditer(text, start, end):
        kind = (announced["kind"] or announced["hkind"] or "").split()
        group = announced["group"] or announced["hgroup"]
        if not kind and not group or not all(_own_kind(word, body) for word in kind) or _electors(announced.group()):
            continue
        if kind and not group and not any(word.lower() not in _OCCASION_WORDS for word in kind):
            continue  # 'a special meeting will be held': no body named
        if group and not _names_own_body(group, body):
            continue
        raw = text[announced.end() : min(end, announced.end() + 60)]
        first = find_dates(raw, reference, base=announced.end())[:1]
        if first and first[0].start - announced.end() <= 16:
            yield first[0], raw, announced.end()


def extract_future_meetings(
    document: ParsedDocument, start: int, end: int, reference: dt.date | None, body: str | None = None
) -> list[FutureMeeting]:
    """Dates listed under a future-meetings heading, or given by a next-meeting sentence, in
    ``document.text[start:end]``, after ``reference``.

    ``body`` is the meeting's own body: a line naming its kind of group ('the Panel') is kept.
    """
    # A hard-wrapped sentence or schedule reads as one line (same length, same offsets).
    text = unwrapped(document.text, start, end)
    # With no meeting read, the body is the one the page names most ('the Panel' on a panel's meeting page).
    body = body or most_named_body(text[start:end])
    spans = [(line.raw, line.start, line.end) for line in _listed(text, lines(text, start, end), reference, body)]
    for sentence in _NEXT_SENTENCE.finditer(text, start, end):
        kind = (sentence["kind"] or sentence["vkind"] or sentence["rkind"] or "").strip()
        group = sentence["group"] or sentence["mgroup"]
        if sentence["mgroup"] and body is None and not _COUNCIL_KINDS & set(group.lower().split()):
            continue  # with no meeting read, only a council's own 'The Council will next meet on DATE'
        if group and not _names_own_body(group, body) or not _own_kind(kind, body):
            continue
        if sentence["passing"]:
            lead = text[max(text.rfind(". ", start, sentence.start()), text.rfind("\n", start, sentence.start()), start) : sentence.start()]
            if not _own_group(lead, body):
                continue  # 'the Working Group at the next meeting on DATE'
        stop = re.compile(r"\.(?:\s|$)|\n[ \t]*\n").search(text, sentence.end(), min(end, sentence.end() + 200))
        stop_at = stop.start() if stop else min(end, sentence.end() + 200)
        spans.append((text[sentence.end() : stop_at], sentence.end(), stop_at))
    dated = [(date, raw, base) for raw, base, _ in spans for date in find_dates(raw, reference, base=base)]
    dated += list(_own_meetings(text, start, end, reference, body))
    dated += list(_schedules(text, lines(text, start, end), body))
    found: list[FutureMeeting] = []
    for date, raw, base in dated:
        if date.date is None and reference is None and _WEEKDAY_FIRST.match(date.text):
            # No meeting read: 'Wednesday 5th August' takes the one year printed on the page whose calendar fits it.
            date = date_with_stated_year(date.text, date.start, text[start:end]) or date
        when = _future_date(date, reference)
        if when is None or any(f.date == when for f in found) or _other_meeting(text, date.end, body, date.start):
            continue
        if _DEADLINE.search(text, max(0, date.start - 40), date.start):
            continue
        if date.year_inferred and other_weekday(date.text, when):
            continue  # 'Monday 6 February' resolved to a year where the 6th is not a Monday: ambiguous
        stray = _STRAY_YEAR.match(text, date.end, min(len(text), date.end + 8))
        if date.year_inferred and stray and int(stray["year"]) != when.year:
            continue  # '2nd March. 2019' at a January 2020 meeting: the printed year is not the guessed one
        found.append(
            FutureMeeting(
                date=when,
                time=_time_after(raw, date.end - base, 0),
                provenance=provenance(document, text, date.start, date.end, NAME, VERSION),
            )
        )
    return found
