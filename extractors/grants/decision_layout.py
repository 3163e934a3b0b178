"""Two layouts of decision records and funding pages, read by ``FundingLayout``.

*Decision status*: a signed decision approves what it lists ('I approve the recommendation(s)',
'I agree the following', 'I have approved', a 'Decision:' label over 'To approve ...' (a short heading line may come between), 'Decision
status: Recommendations Approved', a decision log's 'Decision Approved: Approved', a published decision's dated title ending
'Recommendations Approved', a ModernGov issue-decisions page's dated title '12/04/2022 - Capital grants' over '1. To award ...'); a report that asks for approval ('is recommended to approve',
'is asked to approve', 'That the Commissioner approves') recommends it. Each statement sets the
status of what is printed near it, not of the whole paper. A first-person approval followed by a
'Signature: ____' (or dotted) line is an unsigned template and approves nothing; an empty
signature line is a signed PDF whose signature is an image. A forward plan lists decisions not
yet taken: its 'Decision:' labels approve nothing. A meeting adopting what was put to it ('Members resolved to
agree the proposed awards', the Committee agreeing to give £N in grants, with the meeting
itself as the one agreeing) is an adoption: it approves only what the page proposed or recommended near it, never a bare figure.

*Decision dates*: 'Date of decision:', 'Decision date:', 'Date signed:' with the date on the same
line or the next. An approved total whose year is printed nowhere belongs to the financial year of
the decision that states it.

*Stacked rows*: a table flattened to one cell per line, as web pages copy it: a name line, then
one amount line per column ('210,000', '£148,200', '£1.2m', '136,091 |'), repeated at least three times
with the same number of amounts. Figures without '£' are money only under a '£' or money-word
header ('Council' / '£'); a table whose lead-in is about a budget or statistics and names no grant,
or whose next lines refuse the bids ('were rejected'), is not read. Column years come from the
header lines above the first name ('2019/20' / '£' / '2020/21' / '£') when there is one per amount column.
A decision cell before a figure ('to award' / '£1,500', 'to award £350') is read as the figure's cell. A last row
printing only the column sums (its name cell left empty) closes the table as its total row (``StackedRow.total``); a
column headed as the sum asked for ('Amount Requested') beside one headed as the sum given ('Allocated') is not read.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

from extractors.readers import dates, fiscal_year, money
from extractors.readers.vocabulary import REFUSED_WORDS

_APPROVES = re.compile(
    r"\bI\s+(?:hereby\s+)?(?:approve|agree)\s+(?:to\s+)?(?:the|these|this|all)\s+(?:above\s+|following\s+)?"
    r"(?:recommendations?(?:\(s\))?|following|proposals?|decision|allocations?|awards?|grants?|funding|expenditure|"
    r"applications?|bids?)(?!\w)|\bI\s+(?:hereby\s+)?approve\s*[:.]?[ \t]*$|\bI\s+have\s+(?:approved|agreed)\b|"
    r"^\W*Decision\W*:?\s*\n?\s*(?:[A-Z][^\n.:]{0,40}\n\s*)?To\s+(?:approve|award|agree)\b|"
    r"\bDecision\s+status\W*:?\s*Recommendations?\s+approved\b|^\W*Decision(?:\s+approved|\s+outcome)?\W*:?[ \t]*Approved[ \t]*$|"
    r"^[ \t]*\d{1,2}/\d{1,2}/\d{4}[ \t]+-[ \t]+[^\n]{3,200}?[ \t]Recommendations?[ \t]+Approved\b|"
    r"^[ \t]*\d{1,2}/\d{1,2}/\d{4}[ \t]+-[ \t]+[^\n]{3,120}\n(?:[ \t]*\n)*[ \t]*(?:\d+[.)][ \t]+)?To[ \t]+(?:approve|award|agree)\b",
    re.I | re.M,
)
# A meeting's vote on what a report or a committee put to it: 'resolved to agree the proposed awards', 'agreed to
# approve all the recommendations'; a sum given out in grants ('agreed to give £N in grants') only with the meeting
# itself as the one agreeing ('the Council', 'the Committee', 'Members', 'it was'), never a group's or a paper's own line.
_ADOPTING = r"(?:resolved|agreed|decided|voted)"
_MEETING = r"(?:\b(?:council|committee|members|cabinet)(?:\s+unanimously)?\s+|\bit\s+was\s+(?:unanimously\s+)?)"
_ADOPTS = re.compile(
    rf"\b{_ADOPTING}(?:\s+unanimously)?\s+to\s+(?:agree|approve|accept|adopt|endorse|ratify)\s+"
    r"(?:all\s+(?:of\s+)?)?the\s+(?:above\s+|proposed\s+|recommended\s+|following\s+)?"
    r"(?:awards|grants|allocations|recommendations|applications|bids)\b"
    rf"|{_MEETING}{_ADOPTING}\s+to\s+(?:distribute|award|allocate|give)\s+£[\d,]+(?:\.\d{{2}})?\s+in\s+grants?\b",
    re.I,
)
_UNSIGNED = re.compile(r"^\W*Signature\W*:?[ \t]*(?:_{3,}|\.{3,})[ \t]*$", re.I | re.M)
_FORWARD_PLAN = re.compile(
    r"\bforward\s+plan\b|\bplan\s+of\s+(?:key\s+)?decisions\b|\bdecisions?\s+(?:due\s+)?to\s+be\s+(?:taken|made)\b", re.I
)
_ASKS = re.compile(
    r"\b(?:is|are)\s+(?:recommended|asked|invited|requested)\s+to\s+(?:approve|agree|endorse)\b|"
    r"\bThat\s+the\s+(?:\w+\s+){0,3}(?:approves?|agrees?)\b|\basks\s+the\s+\w+\s+to\s+approve\b",
    re.I,
)
_DECISION_DATE = re.compile(
    r"^\W*(?:date\s+of\s+decision|decision\s+date|date\s+signed|date\s+decision\s+(?:taken|made))\W*:?[ \t]*\n?[ \t]*(?P<value>[^\n]{0,40})",
    re.I | re.M,
)
_BARE_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d{2})?")
_MONEY_HEADER = re.compile(r"£|\b(?:amount|grants?|funding|allocation|award(?:ed)?|cost|value)\b", re.I)
# Grant vocabulary: a grant, a fund named for community safety or grants, or the groups money goes to.
GRANT_WORDS = re.compile(
    r"\bgrants?\b|\bfunding\b|\b(?:community|communities|safer|safety|crime|partnership|neighbourhood|prevention|victims?|youth|"
    r"violence|reduction|small|challenge|innovation)\s+(?:[\w'’-]+\s+){0,2}?(?:fund|chest|pot)\b|"
    r"\b(?:groups|organisations|organizations|charities|applicants|bids|projects|partnerships|csps)\b",
    re.I,
)
# 'grants of between £100 and £3,000', 'grants of up to £5,000', 'the maximum grant available to any one group is £N':
# the text before a figure printed as the bound of one grant (a cap, never the fund nor one award).
ONE_GRANT_BOUND_BEFORE = re.compile(
    r"\bgrants?\s+(?:of\s+)?(?:between\s+(?:£[\d,.]+\s*[km]?\s+and\s+)?|up\s+to\s+|from\s+£[\d,.]+\s*[km]?\s*(?:-|–|—|to)\s*)$"
    r"|\bmaximum\s+(?:grant|award)\b(?:\s+\w+){0,5}\s+(?:is|of)\s*$",
    re.I,
)
_NOT_GRANTS = re.compile(
    r"\b(?:budgets?|spending|expenditure|statistics|recorded|crimes?|offences|incidents|staff|officers|headcount|"
    r"establishment|performance|numbers)\b",
    re.I,
)
_REFUSED = re.compile(rf"\b(?:{REFUSED_WORDS}|not\s+(?:been\s+)?supported)\b", re.I)
_LEAD_CHARS = 600
_AFTER_CHARS = 300
_NAME_LINE = re.compile(r"^[ \t]*+(?P<name>(?:[A-Za-z]|\d{1,2}(?:st|nd|rd|th)\s)[^£\n|]{1,60}?)[ \t]*+\|?[ \t]*+$")
# A text cell after the name may run longer: 'To help fund a trip to ... to improve their English.'
# Possessive spaces (no space given back can be a letter or '|'): a padded line was split every way (review s18 item 11).
_TEXT_CELL = re.compile(r"^[ \t]*+[A-Za-z][^£\n|]{1,250}[ \t]*+\|?[ \t]*+$")
_MIN_ROWS = 3
# 'Tarnby Borough Council |', 'Community Safety Funding |', '£12,340 |': text cells between a row's
# name and its amounts, the same number in every row ('Total' rows may leave them blank).
_MAX_TEXT_CELLS = 2
_MAX_HEADER_LINES = 8


@dataclass(frozen=True)
class Statement:
    """Words that set a decision status: 'approved' (a signed decision), 'recommended' (a request) or 'adopted' (a
    meeting's vote on what was put to it, see ``_ADOPTS``)."""

    status: str
    start: int
    evidence: str


def decision_statements(text: str, start: int, end: int) -> list[Statement]:
    """Every signed approval, request for approval and adoption in ``text[start:end]``, in text order."""
    found = [Statement("recommended", m.start(), " ".join(m.group(0).split())) for m in _ASKS.finditer(text, start, end)]
    found += [Statement("adopted", m.start(), " ".join(m.group(0).split())) for m in _ADOPTS.finditer(text, start, end)]
    if not _FORWARD_PLAN.search(text, start, end):
        for match in _APPROVES.finditer(text, start, end):
            if not _UNSIGNED.search(text, match.end(), min(end, match.end() + 200)):
                found.append(Statement("approved", match.start(), " ".join(match.group(0).split())))
    return sorted(found, key=lambda s: s.start)


def decision_dates(text: str, start: int, end: int) -> list[tuple[int, dt.date]]:
    """(offset, date) of every labelled decision date in ``text[start:end]``."""
    found = []
    for match in _DECISION_DATE.finditer(text, start, end):
        parsed = dates.find_dates(match.group("value"))
        if parsed and parsed[0].date and not parsed[0].year_inferred:
            found.append((match.start(), parsed[0].date))
    return found


def year_of_decision(found: list[tuple[int, dt.date]], offset: int, starts: list[int] | None = None) -> str | None:
    """The financial year of the first decision date after ``offset``, else of the last one before it.

    ``starts`` (the offsets of ``found``, computed once by the caller) makes it one bisection."""
    if not found:
        return None
    position = bisect.bisect_right(starts if starts is not None else [at for at, _ in found], offset)
    return fiscal_year.financial_year_of(found[position][1] if position < len(found) else found[-1][1])


@dataclass
class StackedRow:
    name: str
    name_start: int
    amounts: list[tuple[int, int, str]]
    years: list[str | None]
    total: bool = False  # a closing row printing only the column sums, its name cell left empty


def _lines(text: str, start: int, end: int) -> list[tuple[int, str]]:
    found, position = [], start
    for raw in re.split(r"(?<=\n)", text[start:end]):
        line = raw.rstrip("\n")
        if line.strip() and line.strip() != "|":
            found.append((position, line))
        position += len(raw)
    return found


# A decision cell printed before its figure ('to award' / '£1,500', 'to award £350'): the figure is the cell.
_DECISION_CELL = re.compile(r"^\s*(?:to\s+)?(?:award|grant)\s*$", re.I)
_DECISION_PREFIX = re.compile(r"^\s*(?:to\s+)?(?:award|grant)\s+(?=£)", re.I)


def _decision_cells_merged(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """'to award' over '£1,500', or 'to award £350' on one line: the figure's cell alone."""
    merged = []
    for i, (at, line) in enumerate(lines):
        if _DECISION_CELL.match(line) and i + 1 < len(lines) and _may_be_amount(lines[i + 1][1]) and _amount_of_line(lines[i + 1][1]):
            continue
        if (prefix := _DECISION_PREFIX.match(line)) and _amount_of_line(line[prefix.end() :]):
            at, line = at + prefix.end(), line[prefix.end() :]
        merged.append((at, line))
    return merged


def stacked_rows(text: str, start: int, end: int) -> list[list[StackedRow]]:
    """Tables flattened to one cell per line in ``text[start:end]``: one list of rows per table."""
    lines = _decision_cells_merged(_lines(text, start, end))
    amount = [_may_be_amount(l) and _amount_of_line(l) is not None for _, l in lines]
    if sum(amount) < _MIN_ROWS:
        return []  # every row has an amount line of its own
    kinds = ["amount" if a else "name" if _NAME_LINE.match(l) else "text" if _TEXT_CELL.match(l) else None for a, (_, l) in zip(amount, lines)]
    tables: list[list[StackedRow]] = []
    i = 0
    while i < len(lines):
        rows, j, width, extra = [], i, None, None
        while j < len(lines) and kinds[j] == "name":
            cells = 0
            while cells < _MAX_TEXT_CELLS and j + 1 + cells < len(lines) and kinds[j + 1 + cells] in ("name", "text"):
                cells += 1
            if j + 1 + cells >= len(lines) or kinds[j + 1 + cells] != "amount":
                cells = 0
            total_row = bool(re.match(r"\s*total\b", lines[j][1], re.I))
            if extra is not None and cells != extra and not (total_row and cells < extra):
                break
            extra = cells if extra is None else extra
            k = j + 1 + cells
            while k < len(lines) and kinds[k] == "amount":
                k += 1
            count = k - j - 1 - cells
            closing = width is not None and count == 2 * width
            if count == 0 or (width is not None and count != width and not closing):
                break
            width = count if width is None else width
            name_at, name_line = lines[j]
            name = _NAME_LINE.match(name_line).group("name").strip()
            amounts = []
            for at, line in lines[j + 1 + cells : k]:
                figure = _amount_of_line(line)
                offset = at + line.index(figure)
                amounts.append((offset, offset + len(figure), figure))
            row = StackedRow(name, name_at + name_line.index(name), amounts[:width], [None] * width)
            if closing:
                if not _sums_columns(rows + [row], amounts[width:]):
                    break
                rows += [row, StackedRow("", amounts[width][0], amounts[width:], [None] * width, total=True)]
                j = k
                break
            rows.append(row)
            j = k
        if len(rows) < _MIN_ROWS:
            i += 1
            continue
        header = _header_cells([line for _, line in lines[max(0, i - _MAX_HEADER_LINES) : i]])
        if _money_table(text, start, end, rows, header):
            years = _column_years(header, width)
            kept = _given_columns(header, width)
            for row in rows:
                row.amounts = [row.amounts[c] for c in kept]
                row.years = [years[c] for c in kept]
            tables.append(rows)
        i = j
    return tables


def _sums_columns(rows: list[StackedRow], figures: list[tuple[int, int, str]]) -> bool:
    """The figures after a row's own are the sums of the columns above (a 'Total' row whose name cell the page left
    empty): the row closes the table."""
    for column, (_, _, text) in enumerate(figures):
        total = money.parse_cell(text)
        cells = [money.parse_cell(row.amounts[column][2]) for row in rows]
        if total is None or total.amount is None or any(c is None or c.amount is None for c in cells):
            return False
        if abs(sum(c.amount for c in cells) - total.amount) >= 0.01:
            return False
    return True


def _may_be_amount(line: str) -> bool:
    """False for a line ``_amount_of_line`` cannot read: a figure's cell opens on '£' or a digit."""
    first = line.lstrip()[:1]
    return first == "£" or first.isdecimal()


def _amount_of_line(line: str) -> str | None:
    """The figure a line holds and nothing else ('£148,200', '£1.2m', '136,091 |'), or None."""
    cell = line.strip().rstrip("|").strip()
    if _BARE_FIGURE.fullmatch(cell):
        return cell
    amounts = money.find_amounts(cell)
    if len(amounts) == 1 and amounts[0].text == cell and amounts[0].amount is not None:
        return cell
    return None


def _header_cells(header: list[str]) -> list[str]:
    """The short header cells right above the first row (a line ending a sentence is the lead-in's
    wrapped tail, no header)."""
    cells: list[str] = []
    for line in reversed(header):
        if len(line.split()) > 6 or line.rstrip().endswith("."):
            break
        cells.insert(0, line)
    return cells


def _money_table(text: str, start: int, end: int, rows: list[StackedRow], header: list[str]) -> bool:
    """Figures are money ('£' in them or over them), the lead-in is not about a budget or statistics
    unless it names a grant, and the lines after the table do not refuse the bids."""
    if not any("£" in figure for row in rows for _, _, figure in row.amounts) and not _MONEY_HEADER.search(" ".join(header)):
        return False
    first = rows[0].name_start
    lead = text[max(start, first - _LEAD_CHARS) : first]
    if _NOT_GRANTS.search(lead) and not GRANT_WORDS.search(lead):
        return False
    last = rows[-1].amounts[-1][1]
    return not _REFUSED.search(text[last : min(end, last + _AFTER_CHARS)])


# A column of the sums asked for ('Amount Requested', 'Bid'), beside one of the sums given.
_ASKED_COLUMN = re.compile(r"\b(?:requested|request|applied\s+for|sought|asked\s+for|bids?)\b", re.I)
_GIVEN_COLUMN = re.compile(r"\b(?:award(?:ed)?|allocat(?:ed|ion)|grant(?:ed)?|approved|agreed|recommended|offered)\b", re.I)


def _given_columns(cells: list[str], width: int) -> list[int]:
    """The amount columns to read: all, but a column headed as the sum asked for ('Amount Requested') when a column
    headed as the sum given ('Allocated 2024/25') stands beside it. Header cells are read only when there is one
    per column (the name column's first)."""
    labels = cells[-width:] if len(cells) in (width, width + 1) else []
    asked = [c for c, label in enumerate(labels) if _ASKED_COLUMN.search(label)]
    given = [c for c, label in enumerate(labels) if _GIVEN_COLUMN.search(label) and c not in asked]
    return [c for c in range(width) if not (given and c in asked)]


def _column_years(cells: list[str], width: int) -> list[str | None]:
    """One year per amount column, read from the header cells right above the first row."""
    years = [y.year for y in fiscal_year.find_financial_years("\n".join(cells)) if y.year]
    return years[-width:] if len(years) >= width else [None] * width
