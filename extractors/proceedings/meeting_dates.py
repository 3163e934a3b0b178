"""Dates and times of a meeting line: the first date whose year is printed, a year-less date dated by the
year printed near it, the first clock time after a point. Shared by the meeting readers (``meeting_lines``,
``meetings``, ``future_meetings``); its rules are versioned with ``meeting_lines``."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from extractors.readers.dates import find_dates, find_times


@dataclass(frozen=True)
class PrintedMeeting:
    """A meeting one reader found printed on the page: body, date, time and place as printed, and its span."""

    body: str
    date: object
    time: str | None
    location: str | None
    start: int
    end: int


def first_date(text: str, base: int):
    """The first date in ``text`` whose year is printed, or None."""
    dated = [d for d in find_dates(text, base=base) if d.date and not d.year_inferred]
    return dated[0] if dated else None


_STATED_YEAR = re.compile(r"(?<![\d/£$.,-])20\d\d(?![\d/]|-\d)")
_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def date_with_stated_year(text: str, base: int, context: str):
    """The first year-less date in ``text`` ('Tuesday 5th March'), dated by the one year ``context`` prints
    ('Minutes 2024' above the heading) or, with a weekday printed, by the printed year whose calendar has
    that weekday on that day. None when no printed year fits."""
    yearless = next((d for d in find_dates(text, base=base) if d.year_inferred), None)
    if yearless is None:
        return None
    month_day = find_dates(yearless.text, reference=dt.date(2000, 6, 30))
    if not month_day or month_day[0].date is None:
        return None
    weekday = next((i for i, name in enumerate(_DAY_NAMES) if yearless.text.lower().startswith(name[:3])), None)
    fitting = set()
    for year in {int(y) for y in _STATED_YEAR.findall(context)}:
        try:
            day = month_day[0].date.replace(year=year)
        except ValueError:
            continue
        if weekday is None or day.weekday() == weekday:
            fitting.add(day)
    return yearless.model_copy(update={"date": fitting.pop()}) if len(fitting) == 1 else None


def time_after(text: str, position: int, base: int) -> str | None:
    """The first clock time in ``text`` at or after ``position`` (both offset by ``base``)."""
    times = [t for t in find_times(text, base=base) if t.start >= position]
    return times[0].time if times else None
