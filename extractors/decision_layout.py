"""Two layouts of decision records and funding pages, read by ``FundingLayout``.

*Decision status*: a signed decision approves what it lists ('I approve the recommendation(s)',
'I have approved', a 'Decision:' label over 'To approve ...', 'Decision status: Recommendations
Approved'); a report that asks for approval ('is recommended to approve', 'is asked to approve',
'That the Commissioner approves') recommends it. A first-person approval followed by a blank
'Signature: ____' line is an unsigned template and approves nothing.

*Decision dates*: 'Date of decision:', 'Decision date:', 'Date signed:' with the date on the same
line or the next. A figure whose year is printed nowhere belongs to the financial year of the
decision that states it.

*Stacked rows*: a table flattened to one cell per line, as web pages copy it: a name line, then
one amount line per column ('210,000', '£148,200', '136,091 |'), repeated at least three times
with the same number of amounts. Column years come from the header lines above the first name
('2019/20' / '£' / '2020/21' / '£') when there is one per amount column.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from extractors import dates, fiscal_year

_APPROVES = re.compile(
    r"\bI\s+(?:hereby\s+)?(?:approve|agree)\b|\bI\s+have\s+(?:approved|agreed)\b|"
    r"^\W*Decision\W*:?\s*\n?\s*(?:Summary\s+of\s+Decision\s*\n\s*)?To\s+(?:approve|award|agree)\b|"
    r"\bDecision\s+status\W*:?\s*Recommendations?\s+approved\b",
    re.I | re.M,
)
_UNSIGNED = re.compile(r"^\W*Signature\W*:?[ \t]*(?:_{3,}|\.{3,}|\[?\s*\]?)[ \t]*$", re.I | re.M)
_ASKS = re.compile(
    r"\b(?:is|are)\s+(?:recommended|asked|invited|requested)\s+to\s+(?:approve|agree|endorse)\b|"
    r"\bThat\s+the\s+(?:\w+\s+){0,3}(?:approves?|agrees?)\b|\basks\s+the\s+\w+\s+to\s+approve\b",
    re.I,
)
_DECISION_DATE = re.compile(
    r"^\W*(?:date\s+of\s+decision|decision\s+date|date\s+signed|date\s+decision\s+(?:taken|made))\W*:?[ \t]*\n?[ \t]*(?P<value>[^\n]{0,40})",
    re.I | re.M,
)
_AMOUNT_LINE = re.compile(r"^[ \t]*(?P<amount>£[ \t]?\d[\d,]*(?:\.\d{2})?|\d{1,3}(?:,\d{3})+(?:\.\d{2})?)[ \t]*\|?[ \t]*$")
_NAME_LINE = re.compile(r"^[ \t]*(?P<name>[A-Za-z][^£\n|]{1,60}?)[ \t]*\|?[ \t]*$")
_MIN_ROWS = 3
_MAX_HEADER_LINES = 8


def decision_status(text: str) -> str | None:
    """'approved' for a signed decision, 'recommended' for a report asking approval, else None."""
    for match in _APPROVES.finditer(text):
        if not _UNSIGNED.search(text, match.end(), match.end() + 200):
            return "approved"
    return "recommended" if _ASKS.search(text) else None


def decision_dates(text: str, start: int, end: int) -> list[tuple[int, dt.date]]:
    """(offset, date) of every labelled decision date in ``text[start:end]``."""
    found = []
    for match in _DECISION_DATE.finditer(text, start, end):
        parsed = dates.find_dates(match.group("value"))
        if parsed and parsed[0].date and not parsed[0].year_inferred:
            found.append((match.start(), parsed[0].date))
    return found


def year_of_decision(found: list[tuple[int, dt.date]], offset: int) -> str | None:
    """The financial year of the first decision date after ``offset``, else of the last one before it."""
    after = [d for at, d in found if at > offset]
    before = [d for at, d in found if at <= offset]
    chosen = after[0] if after else (before[-1] if before else None)
    return fiscal_year.financial_year_of(chosen) if chosen else None


@dataclass
class StackedRow:
    name: str
    name_start: int
    amounts: list[tuple[int, int, str]]
    years: list[str | None]


def _lines(text: str, start: int, end: int) -> list[tuple[int, str]]:
    found, position = [], start
    for raw in re.split(r"(?<=\n)", text[start:end]):
        line = raw.rstrip("\n")
        if line.strip() and line.strip() != "|":
            found.append((position, line))
        position += len(raw)
    return found


def stacked_rows(text: str, start: int, end: int) -> list[list[StackedRow]]:
    """Tables flattened to one cell per line in ``text[start:end]``: one list of rows per table."""
    lines = _lines(text, start, end)
    kinds = ["amount" if _AMOUNT_LINE.match(l) else "name" if _NAME_LINE.match(l) else None for _, l in lines]
    tables: list[list[StackedRow]] = []
    i = 0
    while i < len(lines):
        rows, j, width = [], i, None
        while j < len(lines) and kinds[j] == "name":
            k = j + 1
            while k < len(lines) and kinds[k] == "amount":
                k += 1
            count = k - j - 1
            if count == 0 or (width is not None and count != width):
                break
            width = count
            name_at, name_line = lines[j]
            name = _NAME_LINE.match(name_line).group("name").strip()
            amounts = []
            for at, line in lines[j + 1 : k]:
                m = _AMOUNT_LINE.match(line)
                amounts.append((at + m.start("amount"), at + m.end("amount"), m.group("amount")))
            rows.append(StackedRow(name, name_at + name_line.index(name), amounts, [None] * count))
            j = k
        if len(rows) >= _MIN_ROWS:
            header = [line for _, line in lines[max(0, i - _MAX_HEADER_LINES) : i]]
            years = _column_years(header, width)
            for row in rows:
                row.years = years
            tables.append(rows)
            i = j
        else:
            i += 1
    return tables


def _column_years(header: list[str], width: int) -> list[str | None]:
    """One year per amount column, read from the header cells right above the first row."""
    cells: list[str] = []
    for line in reversed(header):
        if len(line.split()) > 6:
            break
        cells.insert(0, line)
    years = [y.year for y in fiscal_year.find_financial_years("\n".join(cells)) if y.year]
    return years[-width:] if len(years) >= width else [None] * width
