"""UK financial years (1 April to 31 March) as 'YYYY/YY', from every printed form.

Explicit forms: '2025/26', '2023-4', '2024-2025', '2023/2024', 'FY24/25', '2026–27', 'the 20-21 year' (a two-digit
pair only beside 'year'),
'the period 1 April 2026 to 31 March 2027', 'year ending 31 March 2026', 'financial year 2024 to 2025' (or 'for', 'in' or a
grant word either side of the years, never 'during 2024 to 2025'), and a slash pair whose next little word lost its
space in the rendering ('2014/15in the form of').
Relative forms ('this financial year', 'next financial year', 'the new financial
year', 'last year'; never 'over the last year', twelve months to now) are resolved against the meeting date when one is
given; without one,
'the new/next/following financial year' is the year after the last one printed before it
(a press release describing 2024/25, then 'the new financial year'), printed at most 600
characters before it and not as a comparison ('Compared with 2019/20, ...'); else it has no year.
A slash pair that is not two consecutive years ('2024/26') is returned with
``year=None`` and a problem; a hyphen range of several years ('2025-2029') is a
plan period, not a financial year, and is not returned.
A year printed as a comparison ('unchanged from 2023/24', 'as last year') is found like any
other; ``is_comparison`` tells the reader it is not the year the figure belongs to.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from schemas.funding import YearMatch

VERSION = "14"
# A calendar year given as a period ("in 2019", "during 2021"), not a financial year ("in 2019/20").
CALENDAR_PERIOD = re.compile(r"\b(?:in|during|throughout)\s+(?:19|20)\d\d\b(?![/-]\d)", re.I)

_DASH = r"[-/–—]"
# Printed years for rules that only ask whether a clause prints one (``find_financial_years`` reads their value): a
# four-figure year, a pair of years as printed ("2024/25", "2024 - 2025"), a financial year (a pair or "FY24/25"), and a
# financial year that may also be printed "2024 to 2025".
YEAR_DIGITS = r"(?:19|20)\d{2}"
YEAR_PAIR = rf"{YEAR_DIGITS}\s*[-/–]\s*\d{{2,4}}"
_FY_TEXT = r"FY\s?\d{2}/\d{2}"
YEAR_TEXT = rf"(?:{YEAR_PAIR}|{_FY_TEXT})"
YEAR_OR_TO_TEXT = rf"(?:{YEAR_DIGITS}\s*(?:[-/–]|\s+to\s+)\s*\d{{2,4}}|{_FY_TEXT})"
_PAIR = re.compile(
    rf"(?<![\w/.£])(?:FY\s?)?(?P<first>(?:19|20)\d{{2}})\s?(?P<sep>{_DASH})\s?(?P<second>(?:19|20)\d{{2}}|\d{{1,2}})"
    r"(?:(?![\w/]|\.\d)|(?<=/\d\d)(?=(?:in|for|and|to|of|from|the)\b))"
)
_FY_SHORT = re.compile(rf"(?<![\w/])FY\s?(?P<first>\d{{2}})\s?{_DASH}?\s?(?P<second>\d{{2}})(?![\w/])", re.IGNORECASE)
# 'for the 20-21 year', 'the 23/24 financial year', 'financial year 19/20': two consecutive two-digit years, read only
# beside 'year' (alone, '20/21' may be a date or a score), never an age ('16-17 year olds').
_SHORT_PAIR = re.compile(
    r"(?<![\w/.£,-])(?P<first>\d{2})\s?[-/–]\s?(?P<second>\d{2})(?=\s+(?:financial\s+|fiscal\s+)?year\b(?![-\s]*(?:olds?|groups?)\b))"
    r"|(?:(?<=financial year )|(?<=fiscal year ))(?P<first2>\d{2})\s?[-/–]\s?(?P<second2>\d{2})(?![\w/]|[-/.]\d)",
    re.I,
)
# 'the next three years', 'a two-year period', 'the 3 years': the years a sum is spread over.
SEVERAL_YEARS_SPAN = (
    r"(?:a\s+|the\s+)?(?:next\s+|coming\s+|following\s+)?(?:\d|two|three|four|five)\w*[\s-]+years?\b(?:\s+period\b)?"
)
# The span with its preposition ('over three years', 'across a two-year period', 'for the next 3 years'): the one
# pattern the allocation readers (``allocation_clauses``, ``allocation_fallback``, ``allocation_years``) test for it.
OVER_SEVERAL_YEARS = rf"(?:over|across|for)\s+{SEVERAL_YEARS_SPAN}"
_MONTH_DAY = r"(?:1(?:st)?\s+April|April\s+1(?:st)?)"
_PERIOD = re.compile(
    rf"\b{_MONTH_DAY},?\s+(?P<first>(?:19|20)\d{{2}})\s*(?:to|until|through|-|–|—)\s*"
    r"(?:31(?:st)?\s+March|March\s+31(?:st)?),?\s+(?P<second>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)
_YEAR_ENDING = re.compile(
    r"\b(?:financial\s+)?year\s+(?:ending|ended|to)\s+(?:31(?:st)?\s+)?March,?\s+(?P<second>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)
# 'the financial year 2024 to 2025' (the GOV.UK style): two consecutive years joined by 'to', after 'financial year',
# 'for' or a grant word ('funding for 2023 to 2024', 'Community Grants 2023 to 2024'), after 'in' only when money words
# follow in its sentence ('In 2023 to 2024 the Fund awarded ...'; 'In 2019 to 2020 recorded crime fell' is two
# calendar years), or before a grant word ('the 2023 to 2024 grant'); never after 'from' or 'during' ('during 2023 to
# 2024' is a span of calendar years).
_YEAR_TO_YEAR = re.compile(
    r"\b(?:(?:financial|fiscal)\s+year|for|grants?|funding)\s+(?P<first>(?:19|20)\d{2})\s+to\s+(?P<second>(?:19|20)\d{2})\b"
    r"|\bin\s+(?P<first_in>(?:19|20)\d{2})\s+to\s+(?P<second_in>(?:19|20)\d{2})\b"
    r"(?=[^.;]{0,150}?(?:£|\b(?:grants?|fund\w*|budget|allocat\w*|award\w*)\b))",
    re.I,
)
_YEAR_TO_YEAR_GRANT = re.compile(
    r"(?<!\bfrom\s)(?<!\bduring\s)\b(?P<first>(?:19|20)\d{2})\s+to\s+(?P<second>(?:19|20)\d{2})(?=\s+(?:grants?|funding)\b)",
    re.I,
)
_RELATIVE = re.compile(
    r"\b(?P<word>this|current|the\s+new|new|next|forthcoming|coming|following|last|previous|past)"
    r"\s+(?P<fin>financial\s+|fiscal\s+)?year\b",
    re.IGNORECASE,
)
# Words that make the year after them a point of comparison, not the figure's own year.
_COMPARISON_BEFORE = re.compile(
    r"\b(?:unchanged\s+(?:from|on)|(?:compared|comparison)\s+(?:with|to)|as(?:\s+(?:in|for|with))?|"
    r"(?:the\s+)?same\s+(?:level\s+|amount\s+|figure\s+)?as(?:\s+(?:in|for))?|"
    r"(?:higher|lower|more|less|greater|fewer|up|down)\s+(?:than|on|from)(?:\s+(?:in|for))?|"
    r"(?:an?\s+)?(?:increase|reduction|decrease|rise|fall|cut|change)\s+(?:on|from)|similar\s+to|in\s+line\s+with)"
    r"(?:\s+(?:that\s+(?:of|in|for)|the\s+same\s+period\s+in|the))?$",
    re.IGNORECASE,
)
# 'over the last year', 'during the last year': a period of twelve months, not the previous financial year.
_TWELVE_MONTHS_BEFORE = re.compile(r"\b(?:over|in|during|within|for)\s+the\s+$", re.I)
_YEAR_LABEL = re.compile(r"[ \t]*(?P<year>\S[^\n]{0,40}?)[ \t]*[:–-][ \t]*")
# 'The next financial year' counts on from a year printed at most this far before it.
_RELATIVE_REACH = 600
_FORWARD = {"new", "next", "following", "coming", "forthcoming"}
_SHIFTS = {
    "this": 0, "current": 0, "next": 1, "forthcoming": 1, "coming": 1, "following": 1,
    "last": -1, "previous": -1, "past": -1,
}


def format_year(first: int) -> str:
    """2025 -> '2025/26'."""
    return f"{first}/{(first + 1) % 100:02d}"


def financial_year_of(date: dt.date) -> str:
    """The financial year a date falls in: April to March."""
    return format_year(date.year if date.month >= 4 else date.year - 1)


def _second_year(first: int, printed: str) -> int | None:
    """The full second year of a pair, if the printed digits can be read as one."""
    if len(printed) == 4:
        return int(printed)
    modulus = 10 ** len(printed)
    candidate = first - first % modulus + int(printed)
    return candidate + modulus if candidate < first else candidate


def _relative_year(word: str, meeting_date: dt.date) -> str:
    current = meeting_date.year if meeting_date.month >= 4 else meeting_date.year - 1
    word = " ".join(word.lower().split())
    if word in {"the new", "new"}:
        return format_year(current + 1 if meeting_date.month <= 3 else current)
    return format_year(current + _SHIFTS[word])


def is_comparison(text: str, match: YearMatch) -> bool:
    """True when the words just before a year found in ``text`` compare with it ('unchanged from 2023/24')."""
    before = " ".join(text[max(0, match.start - 60) : match.start].split()).rstrip(" ,(")
    return bool(_COMPARISON_BEFORE.search(before))


def is_year_label(text: str) -> bool:
    """The text is one financial year and a colon or dash, as a line's label ('2023-4: ', 'FY24/25 -')."""
    label = _YEAR_LABEL.fullmatch(text)
    if label is None:
        return False
    years = find_financial_years(label.group("year"))
    return len(years) == 1 and years[0].year is not None and years[0].text == label.group("year")


def find_financial_years(
    text: str, start: int = 0, end: int | None = None, meeting_date: dt.date | None = None
) -> list[YearMatch]:
    """Every financial-year mention in ``text[start:end]``, in text order; offsets index ``text``.

    Relative mentions are returned only when ``meeting_date`` is given.
    """
    if not isinstance(text, str):
        return []
    end = len(text) if end is None else max(start, min(end, len(text)))
    found: list[YearMatch] = []
    # Spans taken by earlier forms, kept sorted; they never overlap, so only the last one
    # starting before a match's end can overlap it (one bisection, not a scan of them all).
    starts: list[int] = []
    ends: list[int] = []

    def add(match: re.Match, year: str | None, form, problem: str | None = None) -> None:
        before = bisect.bisect_left(starts, match.end())
        if before and ends[before - 1] > match.start():
            return
        starts.insert(before, match.start())
        ends.insert(before, match.end())
        found.append(
            YearMatch(year=year, text=match.group(0), start=match.start(), end=match.end(), form=form, problem=problem)
        )

    for match in _PERIOD.finditer(text, start, end):
        first, second = int(match.group("first")), int(match.group("second"))
        if second == first + 1:
            add(match, format_year(first), "period")
        else:
            add(match, None, "period", f"April {first} to March {second} is not one financial year")
    for match in _YEAR_ENDING.finditer(text, start, end):
        add(match, format_year(int(match.group("second")) - 1), "year_ending")
    for match in (*_YEAR_TO_YEAR.finditer(text, start, end), *_YEAR_TO_YEAR_GRANT.finditer(text, start, end)):
        groups = match.groupdict()
        first, second = int(groups.get("first_in") or groups["first"]), int(groups.get("second_in") or groups["second"])
        if second == first + 1:
            add(match, format_year(first), "range")
    for match in _FY_SHORT.finditer(text, start, end):
        first, second = 2000 + int(match.group("first")), int(match.group("second"))
        if (first + 1) % 100 == second:
            add(match, format_year(first), "fy_prefix")
        else:
            add(match, None, "fy_prefix", "the two years are not consecutive")
    for match in _SHORT_PAIR.finditer(text, start, end):
        first, second = int(match.group("first") or match.group("first2")), int(match.group("second") or match.group("second2"))
        if (first + 1) % 100 == second:
            add(match, format_year((1900 if first >= 90 else 2000) + first), "range")
    for match in _PAIR.finditer(text, start, end):
        first = int(match.group("first"))
        second = _second_year(first, match.group("second"))
        form = "fy_prefix" if match.group(0).upper().startswith("FY") else (
            "slash" if match.group("sep") == "/" else "range"
        )
        if second == first + 1:
            add(match, format_year(first), form)
        elif form != "range":
            add(match, None, form, "the two years are not consecutive")
    if meeting_date is not None:
        for match in _RELATIVE.finditer(text, start, end):
            word = match.group("word")
            if match.group("fin") is None and word.lower() not in {"this", "last"}:
                continue
            if match.group("fin") is None and _TWELVE_MONTHS_BEFORE.search(text, max(start, match.start() - 12), match.start()):
                continue  # 'over the last year': the twelve months to now, no financial year
            add(match, _relative_year(word, meeting_date), "relative")
    else:
        # The printed years in text order, read with a pointer that only moves forward
        # (rebuilding the list for every relative mention was quadratic).
        printed = sorted((y for y in found if y.year and y.form != "relative"), key=lambda y: y.start)
        position, last = 0, None
        for match in _RELATIVE.finditer(text, start, end):
            while position < len(printed) and printed[position].end <= match.start():
                if not is_comparison(text, printed[position]):
                    last = printed[position]
                position += 1
            if match.group("fin") is None or match.group("word").lower().split()[-1] not in _FORWARD:
                continue
            if last is not None and match.start() - last.end <= _RELATIVE_REACH:
                add(match, format_year(int(last.year[:4]) + 1), "relative")
    return sorted(found, key=lambda m: m.start)
