"""The shared date and time parser: every date, day range and clock time in a text, with its span.

Reads UK forms: '20th November 2025', 'Thursday, 4th July, 2024', '17<sup>th</sup> November 2022',
'23/03/2026' and '25-7-19' (day first), 'July 23, 2025', 'Tues 5 Mar 24' and '05-Mar-24', and year-less '25th February',
'January 30th' and 'Monday, January 8', and Welsh month names and ordinals ('3ydd Hydref 2024', '16eg Mawrth 2010'). A year-less date
takes the year (reference year -1, 0 or +1) that puts it nearest to the reference date (in a
paper, the meeting date); with no reference its ``date`` stays null rather than guessed.
Day ranges ('17th - 21st November', '25th November to 10th December 2025') are returned as
ranges and never as single dates; financial years ('2025/26') are not dates and are left alone.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import lru_cache

from extractors.readers.spans import folded as folded_text
from schemas.structure import DateRangeSpan, DateSpan, TimeSpan

VERSION = "11"

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan", "ionawr"),
            ("february", "feb", "chwefror"),
            ("march", "mar", "mawrth"),
            ("april", "apr", "ebrill"),
            ("may", "mai"),
            ("june", "jun", "mehefin"),
            ("july", "jul", "gorffennaf"),
            ("august", "aug", "awst"),
            ("september", "sept", "sep", "medi"),
            ("october", "oct", "hydref"),
            ("november", "nov", "tachwedd"),
            ("december", "dec", "rhagfyr"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?"
# A date in figures, day first, as other patterns test for one ('12/03/2024', '1.4.24', '25-7-19'): a shape, not a date.
NUMERIC_DATE = r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
# A clock time in figures ('10.30', '7:00pm'), as other patterns test for one.
CLOCK_TIME = r"\d{1,2}[.:]\d{2}(?:[ap]m)?"
# A weekday written in full, for patterns elsewhere (the date finders below also read abbreviations).
WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?,?\s+)"
# A day's ordinal suffix, English or Welsh ('6ed', '16eg', '1af', '2il', '3ydd', '20fed', '21ain').
ORDINAL_SUFFIX = r"(?:st|nd|rd|th|af|il|ydd|ed|fed|eg|ain)"
# A Welsh weekday: 'Dydd Llun' (Monday) ... 'Dydd Sul' (Sunday).
WELSH_WEEKDAY = r"dydd\s+(?:llun|mawrth|mercher|iau|gwener|sadwrn|sul)"
_ORDINAL = rf"(?:\s?(?:<sup>(?:st|nd|rd|th)</sup>|{ORDINAL_SUFFIX}\b))"
_DAY = r"(?:[0-3]?\d)"
_YEAR = r"(?:1[89]\d\d|2[01]\d\d)"
# A full stop typed after the ordinal ('Wednesday, 6th. March 2024') is passed over.
_DAY_MONTH = rf"(?P<{{p}}day>{_DAY})(?:{_ORDINAL}\.?)?\s+(?:of\s+)?(?P<{{p}}month>{_MONTH})(?:,?\s+(?P<{{p}}year>{_YEAR})\b)?"

_DAY_MONTH_YEAR = re.compile(rf"\b{_WEEKDAY}?{_DAY_MONTH.format(p='')}", re.I)
_MONTH_DAY_YEAR = re.compile(
    rf"\b{_WEEKDAY}?(?P<month>{_MONTH})\s+(?P<day>{_DAY}){_ORDINAL}?,?\s+(?P<year>{_YEAR})\b", re.I
)
# A year-less month-first date only with an ordinal suffix: 'Tuesday January 30th'.
_MONTH_DAY_ORDINAL = re.compile(rf"\b{_WEEKDAY}?(?P<month>{_MONTH})\s+(?P<day>{_DAY}){_ORDINAL}(?P<year>)", re.I)
# Or led by its weekday, as news prints it: 'Monday, January 8'.
_WEEKDAY_MONTH_DAY = re.compile(rf"\b{_WEEKDAY}(?P<month>{_MONTH})\s+(?P<day>{_DAY})\b(?![.:/-]?\d)(?P<year>)", re.I)
# A two-digit year only after an abbreviated month in a weekday-led date ('Tues 5 Mar 24') or a hyphenated one ('05-Mar-24').
_ABBREVIATED = r"(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)"
_SHORT_YEAR = re.compile(
    rf"\b(?:(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day)?\b\.?,?\s+(?P<day>{_DAY}){_ORDINAL}?\s+{_ABBREVIATED}\.?\s+"
    rf"|(?P<hday>{_DAY})-(?P<hmonth>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)-)(?P<year>\d{{2}})(?![\d/:]|\.\d|\s*[ap]\.?m\b)",
    re.I,
)
# PDF text that dropped a space: the day glued to the word before it or to its month ('Fire Authority25 May 2012',
# '25MAY 2012'); the month in full and the year printed, a word of three letters or more before, ending in lower case, so a
# code ('A1 May', 'COVID19 March 2020') is no date; or glued to the word 'on' ('held on16 May 2024').
_FULL_MONTH = r"(?P<month>january|february|march|april|may|june|july|august|september|october|november|december)"
_GLUED = re.compile(
    rf"(?:(?<=(?-i:[A-Za-z]{{2}}[a-z]))(?P<day>{_DAY})(?:{_ORDINAL}\.?)?\s*|(?<=(?-i:\b[Oo]n))(?P<oday>{_DAY})(?:{_ORDINAL}\.?)?\s+|\b(?P<gday>{_DAY})(?:{_ORDINAL}\.?)?){_FULL_MONTH},?\s+(?P<year>{_YEAR})\b", re.I
)
# '23/03/2026', '23.03.26', '25-7-19' (one separator twice; a dashed run of more numbers is not a date).
_NUMERIC = re.compile(r"(?<![\d/.])(?<!\d-)(?P<day>[0-3]?\d)([/.-])(?P<month>[01]?\d)\2(?P<year>\d{4}|\d{2})(?![\d/])(?!-\d)")
_TO = r"\s*(?:[-–—]|to|until)\s*"
_RANGE_SAME_MONTH = re.compile(
    rf"\b{_WEEKDAY}?(?P<aday>{_DAY}){_ORDINAL}?{_TO}{_WEEKDAY}?{_DAY_MONTH.format(p='b')}", re.I
)
_RANGE_TWO_MONTHS = re.compile(rf"\b{_WEEKDAY}?{_DAY_MONTH.format(p='a')}{_TO}{_WEEKDAY}?{_DAY_MONTH.format(p='b')}", re.I)

# The month-name patterns run case-sensitively on a lower-cased copy of the text when lower-casing
# keeps every offset (it does unless the text holds one of the few characters it lengthens):
# Python's re scans an IGNORECASE alternation of words two to three times slower.
_FOLDED = {
    pattern: re.compile(pattern.pattern, pattern.flags & ~re.I)
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _RANGE_SAME_MONTH, _RANGE_TWO_MONTHS)
}
_TIME_12H = re.compile(r"(?<![\d.:£$])(?P<hour>[01]?\d)(?:[.:](?P<minute>[0-5]\d))?\s*(?P<half>[ap])\.?\s?m\b\.?", re.I)
_TIME_24H = re.compile(r"(?<![\d.:£$])(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)(?:\s*(?:hrs|hours|h)\b)?(?![\d.:]|\s*[ap]\.?\s?m\b)", re.I)
_TIME_NOON = re.compile(r"\b(?:12\s+)?noon\b", re.I)


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def resolve_year(month: int, day: int, reference: dt.date | None) -> dt.date | None:
    """The date with this month and day nearest to ``reference`` (within a year either side)."""
    if reference is None:
        return None
    candidates = [d for y in (reference.year - 1, reference.year, reference.year + 1) if (d := _make_date(y, month, day))]
    return min(candidates, key=lambda d: abs((d - reference).days), default=None)


def _finditer(pattern: re.Pattern, text: str, folded: str | None) -> Iterator[re.Match]:
    """``pattern.finditer(text)``; spans index ``text``, but the groups may be lower-cased.

    Only the windows around digits are searched (see ``_digit_windows``): every date holds one.
    """
    target, compiled = (folded, _FOLDED[pattern]) if folded is not None and pattern in _FOLDED else (text, pattern)
    needs = _NEEDS.get(pattern)
    windows = _digit_windows(text) if needs is None else _windows_holding(text, target, needs[compiled.flags & re.I != 0])
    for start, end in windows:
        yield from compiled.finditer(target, start, end)


# Any match of the date patterns holds a digit and, counting characters other than white space,
# begins at most 21 before its first digit ('Wednesday, September 4'), has at most 42 between
# two runs of digits ('4<sup>th</sup> of September to Wednesday, 6') and ends at most 25 after
# its last ('4<sup>th</sup> of September.'). White space within a match is unbounded.
_BEFORE_DIGITS = 30
_AFTER_DIGITS = 60
_DIGITS = re.compile(r"\d+")
# Possessive: \s and \S never share a character, so nothing is given back; re skips its backtracking state (~25% faster).
_BACK = re.compile(r"(?:\s*+\S){1,%d}+" % _BEFORE_DIGITS)
_AHEAD = re.compile(r"(?:\s*+\S){1,%d}+" % _AFTER_DIGITS)


@lru_cache(maxsize=4)
def _digit_windows(text: str) -> list[tuple[int, int]]:
    """Disjoint (start, end) spans of ``text`` that hold every possible date match whole.

    Each run of digits widens by _BEFORE_DIGITS non-space characters back and _AFTER_DIGITS
    ahead (white space not counted), so a match, which holds a run, lies inside one window;
    overlapping windows merge. re sees the real text either side of a window, so word
    boundaries and look-behinds read as they would in a scan of the whole text.
    """
    windows: list[tuple[int, int]] = []
    reverse: str | None = None
    length = len(text)
    for run in _DIGITS.finditer(text):
        first, last = run.span()
        if windows and first < windows[-1][1]:
            start = windows[-1][0]
        else:
            reverse = text[::-1] if reverse is None else reverse
            back = _BACK.match(reverse, length - first)
            start = first - (back.end() - (length - first)) if back else first
        ahead = _AHEAD.match(text, last)
        end = min(length, (ahead.end() if ahead else last) + 1)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


# What every match of a pattern holds, as the pattern reads case (case-sensitive, ignoring case):
# a month's first three letters, or a numeric date's digits and separators. A window without
# it is skipped unsearched (most windows hold amounts, paragraph and page numbers).
_MONTH_PREFIX = r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr"
_HOLDS_MONTH = (re.compile(_MONTH_PREFIX), re.compile(_MONTH_PREFIX, re.I))
_HOLDS_NUMERIC = re.compile(r"\d[/.-]\d\d?[/.-]\d\d")
_NEEDS = {
    **{p: _HOLDS_MONTH for p in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _MONTH_DAY_ORDINAL, _WEEKDAY_MONTH_DAY, _SHORT_YEAR, _RANGE_SAME_MONTH, _RANGE_TWO_MONTHS, _GLUED)},
    _NUMERIC: (_HOLDS_NUMERIC, _HOLDS_NUMERIC),
}


@lru_cache(maxsize=8)
def _windows_holding(text: str, target: str, needed: re.Pattern) -> list[tuple[int, int]]:
    """The digit windows of ``text`` in which ``needed`` occurs in ``target`` (``text`` or its folded copy)."""
    return [(start, end) for start, end in _digit_windows(text) if needed.search(target, start, end)]


def _full_year(year: str) -> int:
    return int(year) + 2000 if len(year) == 2 else int(year)


def find_date_ranges(text: str, reference: dt.date | None = None, base: int = 0) -> list[DateRangeSpan]:
    """Day ranges in ``text``; offsets are ``base`` plus indexes into ``text``."""
    found: list[DateRangeSpan] = []
    taken: list[tuple[int, int]] = []
    folded = folded_text(text)
    for pattern in (_RANGE_TWO_MONTHS, _RANGE_SAME_MONTH):
        for match in _finditer(pattern, text, folded):
            if any(match.start() < stop and start < match.end() for start, stop in taken):
                continue
            groups = match.groupdict()
            last_month = MONTHS[groups["bmonth"].lower().rstrip(".")]
            first_month = MONTHS[groups["amonth"].lower().rstrip(".")] if groups.get("amonth") else last_month
            first_day, last_day = int(groups["aday"]), int(groups["bday"])
            year_text = groups["byear"] or groups.get("ayear")
            if year_text:
                last = _make_date(int(year_text), last_month, last_day)
                first_year = int(groups.get("ayear") or year_text) - (
                    1 if not groups.get("ayear") and first_month > last_month else 0
                )
                first = _make_date(first_year, first_month, first_day)
            else:
                last = resolve_year(last_month, last_day, reference)
                first = last and _make_date(last.year - (first_month > last_month), first_month, first_day)
            if (first and last and first > last) or first_day == 0 or last_day == 0:
                continue
            taken.append(match.span())
            found.append(
                DateRangeSpan(
                    start=base + match.start(),
                    end=base + match.end(),
                    text=text[match.start() : match.end()],
                    first=first,
                    last=last,
                    year_inferred=not year_text,
                )
            )
    return sorted(found, key=lambda r: r.start)


def find_dates(
    text: str, reference: dt.date | None = None, base: int = 0, ranges: list[DateRangeSpan] | None = None
) -> list[DateSpan]:
    """Single dates in ``text`` (days inside a printed range are left to ``find_date_ranges``).

    An impossible date ('31 February 2025', '45/13/2024') is not a date and is skipped.
    ``ranges``: what ``find_date_ranges(text, reference, base)`` returned, when the caller has it.
    """
    ranges = find_date_ranges(text, reference, base) if ranges is None else ranges
    taken = [(r.start - base, r.end - base) for r in ranges]
    found: list[DateSpan] = []

    def overlaps(start: int, end: int) -> bool:
        return any(start < stop and begin < end for begin, stop in taken)

    folded = folded_text(text)
    for pattern in (_SHORT_YEAR, _DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _MONTH_DAY_ORDINAL, _WEEKDAY_MONTH_DAY, _NUMERIC, _GLUED):
        for match in _finditer(pattern, text, folded):
            if overlaps(*match.span()):
                continue
            groups = match.groupdict()
            day, year_text = int(match["day"] or groups.get("hday") or groups.get("gday") or groups.get("oday") or 0), match["year"]
            month_text = (match["month"] or match["hmonth"]).lower().rstrip(".") if pattern is _SHORT_YEAR else match["month"].lower().rstrip(".")
            month = MONTHS[month_text] if month_text in MONTHS else int(month_text)
            if year_text:
                date = _make_date(_full_year(year_text), month, day) if 1 <= month <= 12 else None
                if date is None:
                    continue
            else:
                if _make_date(2024, month, day) is None:
                    continue
                date = resolve_year(month, day, reference)
            taken.append(match.span())
            found.append(
                DateSpan(
                    start=base + match.start(),
                    end=base + match.end(),
                    text=text[match.start() : match.end()],
                    date=date,
                    year_inferred=not year_text,
                )
            )
    return sorted(found, key=lambda d: d.start)


def parse_date(text: str, reference: dt.date | None = None) -> dt.date | None:
    """The first single date in ``text``, or None."""
    dates = find_dates(text, reference)
    return dates[0].date if dates else None


def find_times(text: str, base: int = 0) -> list[TimeSpan]:
    """Clock times: '10.00 am', '10am', '2 p.m.', 'noon', and 24-hour '14:30' or '14.30 hrs'.

    A bare '10.00' without am/pm is read only with a colon or a 'hrs' suffix; '10.00' alone
    is as often an amount or a paragraph number.
    """
    found: list[TimeSpan] = []
    for match in _TIME_12H.finditer(text):
        hour, minute = int(match["hour"]), int(match["minute"] or 0)
        if not 1 <= hour <= 12:
            continue
        hour = hour % 12 + (12 if match["half"].lower() == "p" else 0)
        found.append(_time(match, base, hour, minute))
    for match in _TIME_24H.finditer(text):
        if match["minute"] and (":" in match.group(0) or re.search(r"h", match.group(0), re.I)):
            if not any(t.start <= base + match.start() < t.end for t in found):
                found.append(_time(match, base, int(match["hour"]), int(match["minute"])))
    for match in _TIME_NOON.finditer(text):
        found.append(_time(match, base, 12, 0))
    return sorted(found, key=lambda t: t.start)


def _time(match: re.Match, base: int, hour: int, minute: int) -> TimeSpan:
    return TimeSpan(start=base + match.start(), end=base + match.end(), text=match.group(0), time=f"{hour:02d}:{minute:02d}")


def parse_time(text: str) -> str | None:
    """The first clock time in ``text`` as HH:MM, or None."""
    times = find_times(text)
    return times[0].time if times else None
