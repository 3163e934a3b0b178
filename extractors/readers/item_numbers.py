"""The grammar of an item number opening an item line, in every form a meeting's papers print it, and the runs it
keys: which numbers continue which.

An item number is one token (perhaps after 'Item', 'Agenda Item', 'Minute' or 'Min', which it prints without): '4',
'4.', '4)', '4:', '4/' (its stop left out), 'A4', '07', '245', '2895', or a minute reference holding the number among other figures and letters
that stay the same from item to item: 'C049/23', '23/045', '09/20', '46.2024', '2020-05_3', 'Cou/285/07-08',
'23-24/FRA/1', '1-0607/8', 'P/2396'; or a reference printed in two parts, letters then figures ('PCP 2/13', 'C 14/025').
Which figure group counts is not known from one line: every group (of at most four figures) is read as the number in
turn, keyed by the rest of the token ('23/045' is number 23 of '#/045' and number 45 of '23/#'), and only a run of
lines whose keys stay the same and numbers count up tells which it was. A date ('12/03/2024'), a time ('10.30am'),
a sum ('£250') or a year range alone ('2023/24') numbers no item; a time is one
of the clock ('26.01', a minute of the year 2026, is none) (``item_number``, read by the agenda fallback).

The module also holds the item numbers as the older readers match them inside their own patterns: a minuted heading's
number (``MINUTE_NUMBER``, ``proceedings.minuted``) and a meeting page's number cell (``NUMBER_ONLY``,
``proceedings.agenda_rows``), and the numberings a flattened line's items print (``RUNON_*``, read by
``readers.runon_items``). Those three readers share these numbers, so the module has its own ``VERSION``.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from extractors.readers.dates import CLOCK_TIME, MONTHS, NUMERIC_DATE
from extractors.readers.fiscal_year import YEAR_DIGITS

VERSION = "7"

# The word an item's number may follow on its line: printed apart from the number.
_ITEM_WORD = r"(?:(?i:agenda\s+item|item|minute|min\.?)(?:\s+(?i:no)\.?)?\s+)"
# Letters printed apart before a reference's figures ('PCP 2/13'): capitals only, never a word of a sentence.
_SPACED_LETTERS = r"(?:(?-i:[A-Z]{1,5})\s(?=\d[\d/.-]*\d(?:\s|[.):]\s)))"
_TOKEN = re.compile(
    rf"^(?P<word>{_ITEM_WORD})?(?P<token>{_SPACED_LETTERS}?(?=[A-Za-z]{{0,6}}[/.-]?\d)[A-Za-z0-9][A-Za-z0-9/._-]{{0,19}}?)"
    r"(?P<stop>[.):/]?)(?=\s|\||$)"
)
_GROUP = re.compile(r"\d{1,4}(?!\d)")
_DATE = re.compile(rf"^(?:{NUMERIC_DATE}|{CLOCK_TIME})$", re.I)
_YEAR_RANGE = re.compile(rf"^{YEAR_DIGITS}(?:[/-]\d{{2,4}})?$")
# Figures read like a clock time whose hours no clock has: a year's minute number ('26.01', '24.12').
_NO_HOUR = re.compile(r"^(?:2[4-9]|[3-9]\d)[.:]\d{2}$")
# A token's letters must be few: 'Apologies' or 'Page4' is no number.
_LETTERS = re.compile(r"[A-Za-z]")
_MAX_LETTERS = 6


class ItemNumber(NamedTuple):
    """An item number at a line's start: as printed (without 'Item'), where the rest of the line starts, and each
    reading of it as (key, number): the run it would continue and its place in that run."""

    printed: str
    end: int
    readings: tuple[tuple[str, int], ...]


def item_number(text: str) -> ItemNumber | None:
    """The item number opening ``text`` (see the module docstring), or None."""
    match = _TOKEN.match(text)
    if match is None:
        return None
    token = match["token"]
    compact = token.replace(" ", "")
    if _DATE.match(compact) and not _NO_HOUR.match(compact) or len(_LETTERS.findall(compact)) > _MAX_LETTERS:
        return None
    groups = list(_GROUP.finditer(token))
    if not groups or re.search(r"\d{5}", token):
        return None
    if _YEAR_RANGE.match(compact) and not match["word"]:
        return None
    readings = tuple(
        (f"{token[: group.start()]}#{token[group.end() :]}", int(group.group()))
        for group in groups
    )
    return ItemNumber(token, match.end(), readings)


# A parish's minute number printed with its meeting's month and year, read as a date ('52/07/23': minute 52 of July 2023),
# perhaps after 'Item' or 'Minute'; a year of two figures may follow a space where the page lost its stroke ('56/07 23').
_DATED_MINUTE = re.compile(
    rf"^(?P<word>{_ITEM_WORD})?(?P<number>\d{{1,3}})(?P<month>/(?:0?[1-9]|1[0-2]))(?:/(?P<year>\d{{2}}|(?:19|20)\d{{2}})|\s(?P<spaced>\d{{2}}))"
    r"(?=[.:)]?(?:\s|$))"
)


def dated_minute(text: str) -> ItemNumber | None:
    """The minute number opening ``text`` in the form of a date ('52/07/23 Apologies', 'Item 52/07/23 Apologies'), read
    only as the minute of its month: one reading keyed by the month and year ('#/07/23', also for '56/07 23'), so only a
    run of minutes of one meeting counts up. For a fallback that reads a run: a date alone is ``item_number``'s None."""
    match = _DATED_MINUTE.match(text)
    if match is None:
        return None
    stop = re.match(r"[.:)]?", text[match.end() :]).end()
    printed = text[match.start("number") : match.end()]
    return ItemNumber(printed, match.end() + stop, ((f"#{match['month']}/{match['year'] or match['spaced']}", int(match["number"])),))


# A number alone on its line over its title ('1.', '(2)', 'Item 3', '23/045', '1 -').
def lone_number(text: str) -> ItemNumber | None:
    """``text`` when it is an item number and nothing else (perhaps a dash after it), read as ``item_number``; else None."""
    stripped = re.sub(r"\s+[-–]$", "", text.strip())
    if re.fullmatch(r"\(\d{1,3}\)", stripped):
        stripped = stripped[1:-1]
    found = item_number(stripped)
    return found if found is not None and not stripped[found.end :].strip() else None


# A month before a year ('May 2020 Minutes', 'JUNE 2021') dates the page: no committee's minute number 'CAB 12'.
_MONTH_YEAR = r"(?i:" + "|".join(MONTHS) + r")\s+\d{4}\b"
# A minute number may carry its year: '46.2024', '2024-05_3' (the third minute of May 2024), or its month and year after
# the committee's letters ('LA01/09/21'); its letter ('41a') is none of a
# title glued to it ('3848DECLARATIONS OF INTEREST').
MINUTE_NUMBER = (
    r"(?!page\s)(?P<number>\(\d{1,4}\)(?=\s)|\d{1,4}\.(?:19|20)\d{2}(?=[.:]?\s|\.)|(?:19|20)\d{2}-\d{2}_\d{1,3}|\d{2}-\d{2}/\d{1,4}[a-z]?|\d{1,4}\s\d{2}/\d{2}(?=\s+[-–]\s)|[A-Z]{1,5}/\d{2,4}/\d{1,4}|(?-i:[A-Z]{1,3})/\d{1,4}(?=\s)|[A-Z]{1,5}\.\d{1,4}/\d{2,4}|\d{1,3}-\d{4}/\d{1,2}|[A-Z]{1,5}\d{1,4}/\d{1,2}/\d{2}(?=\s)|[A-Z]{1,5}\d{1,4}/\d{2,4}|[A-Z]{1,5}\s\d{1,4}/\d{2,4}|(?!"
    + _MONTH_YEAR
    + r")(?-i:[A-Z]{2,5})\s\d{1,4}|\d{1,4}[a-z]?/\d{1,4}|\d{1,4}\.\d{1,3}|(?-i:[A-Z]\d{1,2})(?=(?-i:[A-Z][a-z]))|\d{1,5}(?:[a-z](?![a-z]))?"
    r"|(?-i:[IVXL]{1,7})(?=\s))"
)
# A number or minute reference alone in a meeting page's number cell ('62', '14/25', '23-24/FRA/1', 'A4'); after letters
# the item's figure may be one digit ('C 20/9' before 'C 20/10').
NUMBER_ONLY = (
    r"(?P<number>\d{1,4}[a-z]?|[A-Z]{1,4}[/ ]?\d{1,4}/\d{1,4}|\d{1,4}/\d{2,4}|\d{2,4}(?:-\d{2,4})?/[A-Z]{2,5}/\d{1,4}|[A-Z]{1,2}\d{1,3}[a-z]?)"
)

# The numberings of items run on in a flattened line (``readers.runon_items``). Each names its ``number``, perhaps a
# ``key`` (the same in a run) and a ``sub`` letter: '3121:' (a parish's running minute numbers), '14/25' and '51a/24'
# (number and year), '2 -' and '2A -', '1.1' (a sub-item under its item's number), 'HWFA/21' and 'HWFA/22a' (a body's
# prefix), 'B.1260' (a board's dotted minute numbers), '23/045' (year first), and a bare '3' or '03'.
RUNON_COLON = r"(?P<number>\d{1,4}):"
RUNON_NUMBER_YEAR = r"(?P<number>\d{1,3})(?P<sub>[a-z]?)/(?P<key>\d{2})"
RUNON_DASH = r"(?P<number>\d{1,2})(?P<sub>[A-Z]?)[ \t]+[-–]"
RUNON_SUB_ITEM = r"(?<!\d)(?P<key>\d{1,2}\.)(?P<number>\d{1,2})(?!\.\d)"
RUNON_PREFIXED = r"(?P<key>[A-Z]{2,6}/)(?P<number>\d{1,3})(?P<sub>[a-z]?)"
RUNON_DOTTED = r"(?P<key>[A-Z]{1,4}\.)(?P<number>\d{1,4})"
RUNON_YEAR_FIRST = r"(?<![\d/])(?P<key>\d{2}/)(?P<number>\d{2,4})(?P<sub>[a-z]?)"
RUNON_BARE = r"(?P<number>0?\d{1,2})"
