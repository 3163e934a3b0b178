"""The dates of future meetings: those listed under a 'Dates of Future Meetings' or 'Date of next
meeting' heading (an item table row '28. | Date of Next Meeting', 'Item 8: Date of Next Meeting', an
agenda item 'To agree the date of the next meeting:', 'Date, time and venue of next meeting' and a minute numbered with its year '51.15 Date of next meeting' included),
or given by a sentence 'The next meeting will be held on DATE' / 'is scheduled for DATE' / 'be held on DATE' /
'was confirmed as DATE' / 'The Council will next meet on DATE', or run in after the words ('Next meeting 9th April 2024', 'the next meeting is Tuesday
9 April', 'the date of the next meeting as DATE'), later than the
meeting itself. A heading whose date is 'to be confirmed' gives none. A year-less date ('Wednesday 29
September') is the first such day after the meeting. Lines naming another group are left out unless the
group is the meeting's own body ('The next meeting of the Panel' at a panel), and so is a date qualified as
another meeting ('16 May (Allotments meeting)'), and a deadline ('items to the Clerk by 28 May'). A year's
schedule ('Parish Council Meetings 2026' over one date a line, 'Meetings for 2026 are as follows: 19 January,
...') gives its dates, not a tentative one ('2 or 9 March', '(if required)'), nor the electors' 'Annual Parish
Meeting'. Rules of ``extractors.proceedings.meetings``, under its VERSION.
"""

from __future__ import annotations

import datetime as dt
import re

from extractors.proceedings.agenda import find_items
from extractors.readers.dates import find_dates
from extractors.proceedings.meeting_lines import time_after as _time_after
from extractors.proceedings.meetings import NAME, VERSION
from extractors.readers.spans import lines, provenance
from schemas.parsed import ParsedDocument
from schemas.structure import FutureMeeting

_NEXT = r"(?:future|next|forthcoming)\s+(?:scheduled\s+)?meetings?"
_FUTURE_HEADING = re.compile(
    r"^\W*(?:(?:item\s+)?(?:[A-Z]{0,2}\d{0,3}|\d{1,3}[/.]\d{1,4})[.):]?(?:\s+|\s*\|\s*))?"
    # A bilingual heading prints the Welsh first: 'Dyddiad y cyfarfod nesaf / Date of next meeting'.
    r"(?:[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,4}[ \t]*/[ \t]*)?"
    r"(?:to\s+(?:agree|confirm|note|fix|set|receive|consider)\s+(?:the\s+)?)?"
    r"(?:dates?(?:\s*(?:,|and|&)\s*(?:times?|venues?|places?|locations?))*\s+of\s+(?:the\s+)?" + _NEXT + r"|"
    # A bare 'Future Meetings' heading is a whole line: the dates sit on the lines below it.
    r"future\s+meeting\s+dates|next\s+meetings?|future\s+meetings?(?=\W*$))\b\W*",
    re.I,
)
_NEXT_SENTENCE = re.compile(
    r"\b(?:the\s+)?next\s+(?:(?P<kind>\w+)\s+)?meeting\s+(?:of\s+(?:the\s+)?(?P<group>[A-Za-z][\w&' -]{2,60}?)\s+)?"
    r"(?:(?:will|is|shall|to|has\s+been|would|should|was)\s+(?:be\s+)?|be\s+)(?:now\s+)?"
    r"(?:held|scheduled|arranged|fixed|set|take\s+place|on|for|confirmed|agreed)\b"
    # 'Next meeting 9th April 2024.', 'next meeting: Tuesday 9 April': the date run in after the words.
    r"|\bnext\s+(?:(?P<vkind>\w+)\s+)?meeting\s+(?:is|was|will\s+be|would\s+be|as)\s+(?=(?:on\s+)?(?:(?:mon|tues?|wed|thu|fri|sat|sun)\w*,?\s+)?\d)"
    # Opening a line or sentence only: 'Defer the item to the next meeting on DATE' mentions it in passing.
    r"|(?<![\w,][ \t])(?<![\w,])(?:the\s+)?\bnext\s+(?:(?P<rkind>\w+)\s+)?meeting\s*(?:[:–—-]\s*|\s+)(?=(?:on\s+)?(?:(?:mon|tues?|wed|thu|fri|sat|sun)\w*,?\s+)?\d)"
    # 'Members noted the date of the next meeting, 4 June 2024': the date set off by a comma or a colon.
    r"|\bdate\s+of\s+(?:the\s+)?next\s+meeting\s*[,:–—-]\s*(?=(?:on\s+)?(?:(?:mon|tues?|wed|thu|fri|sat|sun)\w*,?\s+)?\d)"
    # 'The Council will next meet on DATE': the group must be the body's own.
    r"|\b(?:the\s+|this\s+)?(?P<mgroup>(?-i:[A-Z][\w&'’-]*(?:[ \t]+(?:and|of|&|[A-Z][\w&'’-]*)){0,6}))\s+(?:will|is\s+due\s+to|is\s+scheduled\s+to)\s+next\s+meet\s+(?:on\s+)?(?=(?:(?:mon|tues?|wed|thu|fri|sat|sun)\w*,?\s+)?\d)",
    re.I,
)
# 'Items for the agenda to the Clerk by 28 May 2024': a deadline before the meeting, not its date.
_DEADLINE = re.compile(r"\b(?:by|before|until|no\s+later\s+than|deadline\s*:?)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$", re.I)
_UNSET = re.compile(r"\b(?:to\s+be\s+(?:confirmed|arranged|agreed|decided|determined|fixed|set|advised)|tbc|tba)\b", re.I)
_OTHER_GROUP = re.compile(r"\b(?:group|sub-?committee|board|forum|workshop|event|conference|webinar|panel|training)\b", re.I)
# '16 April (Allotments meeting at 8 pm)': the date of another meeting, unless the words name the body's own.
_QUALIFIER = re.compile(r"\s*\(\s*(?P<what>[A-Za-z][\w&' -]{1,40}?)\s+meeting\b", re.I)
_OCCASION_WORDS = frozenset("annual extraordinary special ordinary full monthly the a an".split())
_YEARLESS_AHEAD = 300
_COUNCIL_KINDS = frozenset("council parish town community".split())
# 'Next Parish Council Meeting:' heading a meetings page, the date on a line below.
_NEXT_KIND_HEADING = re.compile(r"^\W*next\s+(?P<kind>(?:[A-Za-z][\w&'’-]*\s+){1,3}?)meeting\s*:?\s*$", re.I)


# A year's schedule: 'Parish Council Meetings 2025' over one date a line, or 'Meetings for 2025 are as follows: 14 May, ...'.
_SCHEDULE = re.compile(
    r"^\W*(?P<kind>(?:[A-Za-z][\w&'’-]*[ \t]+){0,4}?)meetings?[ \t]+(?:(?:for|in)[ \t]+)?(?P<year>(?:19|20)\d{2})\b"
    r"(?P<rest>\s*:?\s*$|\s+(?:are|will\s+be)\s+as\s+follows\s*:\s*(?P<run>\S.*))",
    re.I,
)
_SCHEDULE_LINES = 30
# A schedule's entry that sets no date: '4 or 10 May', '9 August (if required)', 'August: no meeting'.
_TENTATIVE = re.compile(r"\bor\b|\bif\s+(?:required|necessary|needed)\b|\bno\s+meeting\b|\bminutes\b", re.I)
# The electors' yearly meeting, not the council's: 'Annual Parish Meeting', 'Annual Town Meeting'.
_ELECTORS_MEETING = re.compile(r"\b(?:parish|town|village|community)\s+meeting\b", re.I)


def _scheduled(region, body: str | None):
    """(date span, line) of each date a year's meeting schedule sets: the entries after its heading's 'as
    follows:' or on the lines below it (one date a line, the first line without a date ending it); a
    tentative entry, the electors' meeting and another group's meeting are left out."""
    for index, line in enumerate(region):
        heading = _SCHEDULE.match(line.text)
        if not heading or not all(_own_kind(word, body) for word in heading["kind"].split()):
            continue
        mid_year = dt.date(int(heading["year"]), 7, 1)
        if heading["run"]:
            at = line.raw.find(heading["run"])
            entries = [(m.group(), line.start + at + m.start()) for m in re.finditer(r"[^,;]+", heading["run"])] if at >= 0 else []
        else:
            entries = []
            for following in region[index + 1 : index + 1 + _SCHEDULE_LINES]:
                if following.is_blank or following.is_page_footer:
                    continue
                if not re.match(r"^\W*(?:[A-Za-z]+,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s|^\W*[A-Z][a-z]+\s+(?:19|20)\d{2}\b", following.text):
                    break
                entries.append((following.raw, following.start))
        for raw, base in entries:
            if _TENTATIVE.search(raw) or _UNSET.search(raw) or _ELECTORS_MEETING.search(raw) or not _own_group(raw, body):
                continue
            for date in find_dates(raw, mid_year, base=base)[:1]:
                if date.date and date.date.year == mid_year.year:
                    # The year is the schedule's: a date before the meeting is not moved a year on.
                    yield date.model_copy(update={"year_inferred": False}), raw, base


# A proposed calendar of the body's meetings run on one line: 'To approve the calendar of dates for Council meetings
# for 2026/27 – Wednesday 13th May, 10th June ...' (a month earlier than the one before it is in the next year).
_CALENDAR = re.compile(
    r"\b(?:calendar|schedule|programme|timetable)\s+of\s+(?:(?:the\s+)?(?:meeting\s+)?dates\s+for\s+(?:the\s+)?(?P<for>(?:[A-Za-z]+\s+){0,3}?)meetings"
    r"|(?P<of>(?:[A-Za-z]+\s+){0,3}?)meeting\s+dates)\b",
    re.I | re.M,
)
_CALENDAR_YEAR = re.compile(r"(?<![\d/£$.,-])(20\d\d)(?:[/-]\d\d)?(?![\d/])")
# '4 or 10 May', '9 August (if required)': a date left open or qualified is not a fixed meeting.
_OPEN_BEFORE = re.compile(r"\bor\s+$", re.I)
_OPEN_AFTER = re.compile(r"\s*(?:\(|or\b)", re.I)


def _calendar(text: str, start: int, end: int, reference: dt.date | None, body: str | None):
    """(date, span start) of each date on a calendar line of the body's own meetings, dated by the year the
    line prints before its dates (a month earlier than the one before it is in the next year)."""
    for match in _CALENDAR.finditer(text, start, end):
        group = match["for"] or match["of"] or ""
        if not _own_group(group, body) or not all(_own_kind(w, body) for w in group.split()):
            continue
        line_end = text.find("\n", match.end())
        line_end = end if line_end < 0 else min(end, line_end)
        dates = find_dates(text[match.end() : line_end], dt.date(2000, 6, 30), base=match.end())
        year = _CALENDAR_YEAR.search(text, match.end(), dates[0].start if dates else match.end())
        if len(dates) < 3 or year is None:
            continue
        running, month = int(year.group(1)), 0
        for date in dates:
            if date.date is None:
                continue
            if not date.year_inferred:
                running = date.date.year
            elif date.date.month < month:
                running += 1
            month = date.date.month
            if _OPEN_BEFORE.search(text, max(start, date.start - 4), date.start) or _OPEN_AFTER.match(text, date.end):
                continue
            try:
                yield date, date.date.replace(year=running)
            except ValueError:
                continue


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
    if not word or word.lower() in _OCCASION_WORDS | {"scheduled", "regular"}:
        return True
    # With no meeting read, a council's own kind of meeting: 'The next Council meeting' on a parish council's page.
    return bool(body and word.lower() in body.lower()) or (body is None and word.lower() in _COUNCIL_KINDS)


def _other_meeting(text: str, end: int, body: str | None) -> bool:
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
            if len(following.text) > 120:
                break
            taken += 1
            if _own_group(following.text, body):
                yield following


def extract_future_meetings(
    document: ParsedDocument, start: int, end: int, reference: dt.date | None, body: str | None = None
) -> list[FutureMeeting]:
    """Dates listed under a future-meetings heading, or given by a next-meeting sentence, in
    ``document.text[start:end]``, after ``reference``.

    ``body`` is the meeting's own body: a line naming its kind of group ('the Panel') is kept.
    """
    text = document.text
    spans = [(line.raw, line.start, line.end) for line in _listed(text, lines(text, start, end), reference, body)]
    for sentence in _NEXT_SENTENCE.finditer(text, start, end):
        kind = sentence["kind"] or sentence["vkind"] or sentence["rkind"]
        group = sentence["group"] or sentence["mgroup"]
        if sentence["mgroup"] and body is None and not _COUNCIL_KINDS & set(group.lower().split()):
            continue  # with no meeting read, only a council's own 'The Council will next meet on DATE'
        if group and not _names_own_body(group, body) or not _own_kind(kind, body):
            continue
        stop = re.compile(r"\.(?:\s|$)|\n[ \t]*\n").search(text, sentence.end(), min(end, sentence.end() + 200))
        stop_at = stop.start() if stop else min(end, sentence.end() + 200)
        spans.append((text[sentence.end() : stop_at], sentence.end(), stop_at))
    dated = [(date, raw, base) for raw, base, _ in spans for date in find_dates(raw, reference, base=base)]
    dated += list(_scheduled(lines(text, start, end), body))
    found: list[FutureMeeting] = []
    for date, when in _calendar(text, start, end, reference, body):
        if (reference is None or when > reference) and all(f.date != when for f in found):
            found.append(FutureMeeting(date=when, time=None, provenance=provenance(document, text, date.start, date.end, NAME, VERSION)))
    for date, raw, base in dated:
        when = _future_date(date, reference)
        if when is None or any(f.date == when for f in found) or _other_meeting(text, date.end, body):
            continue
        if _DEADLINE.search(text, max(0, date.start - 40), date.start):
            continue
        found.append(
            FutureMeeting(
                date=when,
                time=_time_after(raw, date.end - base, 0),
                provenance=provenance(document, text, date.start, date.end, NAME, VERSION),
            )
        )
    return found
