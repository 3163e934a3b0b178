"""Grants listed with bare figures under a written answer's lead: one a line ('The Department made the following grants
under its X programme in 1986–87 (...):' over 'Tarn Heating Action 812.40' lines), or flattened onto one paragraph after
a '£' column mark, alone or under a short header ('The grants which the Department expects to make ... in 1979–80 are listed below. ...' over
'£ Tarn Trust 14,200 Eastby Society 5,500* ...').

The lead (``GRANTS_LISTED``) must say grants were made, paid or are to be made and introduce the list; its status is
approved, its year the table's (``project_tables.table_year``), and its rows one list (two lines with like names and
other figures stay two projects). A figure may carry '£' or leave it to the lead or to a unit line ('£', 'Institution
£'); a comma may close the name; a name holds no digit. A line with no figure between rows is a sub-heading ('Feasibility grants'), passed over; a 'Total' line or any
other line ends the list, and at least two rows make one. A footnote mark after a figure ('61,600*', '200,000†') is no
part of it, and a mark opening a footnote ends a flattened list. A table of a department's totals under 'The figures
are shown in the table.' has no such lead, so no projects. These rules are versioned by
``extractors.grants.projects.VERSION`` (no version of their own).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.grants.funding_layout import FundingLayout
from extractors.grants.project_mention import NOT_A_NAME, build_mention, valid_name
from extractors.grants.project_tables import table_year
from extractors.readers import money
from extractors.readers.fiscal_year import YEAR_DIGITS
from schemas.funding import ProjectMention

GRANTS_LISTED = re.compile(
    r"\b(?:(?:made|paid|awarded)\s+the\s+following\s+(?:grants|awards|payments)\b"
    r"|following\s+(?:[\w-]+\s+){0,4}?(?:grants|awards)\s+(?:were|have\s+been)\s+(?:made|paid|awarded)\b"
    r"|(?:grants|awards)\s+(?:which|that)\s+(?:the\s+)?[\w'’\s]{1,40}?\s+(?:expects\s+to\s+make|made|has\s+made|is\s+making)"
    r"\b[^.:]{0,160}?\b(?:are|were)\s+(?:listed|set\s+out|shown)\s+below)",
    re.I,
)
_FIGURE = r"(?P<amount>£?\d{1,3}(?:,\d{3})+(?:\.\d{2})?|£?\d{1,6}(?:\.\d{2})?)(?P<mark>[*†‡])?"
_ROW = re.compile(rf"[ \t]*(?P<name>[A-Z][^\n£|\d:]{{1,120}}?),?[ \t]+{_FIGURE}[ \t]*$")
_RUN_PAIR = re.compile(rf"\s*(?P<name>[A-Z][^£|\d:*†‡]{{1,120}}?),?\s+{_FIGURE}(?=\s|$)")
# The column's unit alone or under a short header: '£', 'Institution £', 'Grant (£)'.
_UNIT = r"(?:[A-Z][\w'’]*(?:[ \t]+[\w'’]+){0,3}[ \t]+)?(?:£|\(£\))"
_UNIT_LINE = re.compile(rf"[ \t]*{_UNIT}[ \t]*$")
_RUN_START = re.compile(rf"[ \t]*{_UNIT}[ \t]+(?=[A-Z])")
_SUBHEADING = re.compile(r"[ \t]*[A-Z][A-Za-z'’ ,&()-]{2,60}[ \t]*$")
_TOTAL = re.compile(r"^\W*(?:grand\s+)?total\b", re.I)
# A lead's paragraph that introduces the lines below it: ending on a colon, or 'listed below', 'as follows'.
_INTRODUCES = re.compile(r":\s*$|\b(?:below|as\s+follows)\b", re.I)
# 'Next review March 2026': a date, no row.
_DATED = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul"
    r"|Aug|Sept?|Oct|Nov|Dec)\.?$",
    re.I,
)
_ROWS_MIN = 2
_WRAPPED_LEAD = 3


def figure_line_mentions(layout: FundingLayout, claimed: set[int], extractor: tuple[str, str]) -> list[ProjectMention]:
    found: list[ProjectMention] = []
    text = layout.text
    paragraph = [layout.end, layout.end]  # the last paragraph end found and where its search began, shared by the leads
    for lead in GRANTS_LISTED.finditer(text, layout.start, layout.end):
        line_end = text.find("\n", lead.end(), layout.end)
        if line_end < 0:
            continue
        if money.find_amounts(text, lead.end(), line_end):
            continue  # 'made the following grants: X £400 and Y £250.': the list is the lead's own, not the lines below
        rows = _rows_below(text, line_end + 1, layout.end, text[lead.end() : line_end], paragraph)
        if len(rows) < _ROWS_MIN:
            continue
        year = table_year(layout, rows[0][0])
        for name_start, name, amount in rows:
            block = layout.block_at(name_start)
            if block is None or amount.start in claimed:
                continue
            claimed.add(amount.start)
            found.append(
                build_mention(
                    layout, extractor, name=name, amount=amount, start=name_start, end=amount.end, status="approved",
                    evidence=lead.group(0), layout_kind="table", block=block, recipient=name, year=year,
                    list_id=lead.start(),
                )
            )
    return found


def _rows_below(
    text: str, at: int, end: int, lead_rest: str, paragraph: list[int]
) -> list[tuple[int, str, money.MoneyAmount]]:
    """(name offset, name, figure) of the rows from ``at``: blank lines and a lone '£' line first skipped, and up to
    ``_WRAPPED_LEAD`` lines of the lead's paragraph wrapped below it (no blank line yet). Lines of figures are rows only
    under a lead that introduces them (``_INTRODUCES``) or under a unit line: 'paid the following grants during the
    year, shown in the notes.' over a statement of accounts introduces none. ``paragraph`` keeps the end of the
    paragraph a flattened list was last read to, so many leads in one long paragraph read it once."""
    lines = _lines(text, at, end)
    first, blank, wrapped, unit, prose = None, False, 0, False, lead_rest
    for offset, line in lines:
        if not line.strip() or _UNIT_LINE.fullmatch(line):
            blank = blank or not line.strip()
            unit = unit or bool(line.strip())
            continue
        if blank or wrapped >= _WRAPPED_LEAD or _RUN_START.match(line) or _ROW.fullmatch(line):
            first = offset, line
            break
        wrapped += 1
        prose += " " + line
    if first is None:
        return []
    if run := _RUN_START.match(first[1]):
        if not paragraph[1] <= first[0] < paragraph[0]:
            paragraph[:] = [next((s for s, line in lines if not line.strip()), end), first[0]]
        return _run_rows(text, first[0] + run.end(), paragraph[0])
    if not unit and not _INTRODUCES.search(prose):
        return []
    rows: list[tuple[int, str, money.MoneyAmount]] = [] if (named := _row_of(*first)) is None else [named]
    if not rows:
        return []
    for offset, line in lines:
        if _TOTAL.match(line):
            break
        if (named := _row_of(offset, line)) is not None:
            rows.append(named)
        elif not _SUBHEADING.fullmatch(line):
            break
    return rows


def _row_of(offset: int, line: str) -> tuple[int, str, money.MoneyAmount] | None:
    row = _ROW.fullmatch(line)
    return _row(offset, row) if row is not None else None


def _run_rows(text: str, at: int, end: int) -> list[tuple[int, str, money.MoneyAmount]]:
    """The name and figure pairs of a list flattened onto one paragraph (its line ends read as spaces), up to the first
    footnote or anything else."""
    cursor = at
    rows: list[tuple[int, str, money.MoneyAmount]] = []
    while (pair := _RUN_PAIR.match(text, cursor, end)) is not None:
        if _TOTAL.match(pair.group("name")):
            break
        named = _row(0, pair)
        if named is None:
            break
        rows.append(named)
        cursor = pair.end()
    return rows


def _row(offset: int, row: re.Match[str]) -> tuple[int, str, money.MoneyAmount] | None:
    name = " ".join(row.group("name").split())
    cell = money.parse_cell(row.group("amount").lstrip("£"))
    if _DATED.search(name) and re.fullmatch(YEAR_DIGITS, row.group("amount")):
        return None  # 'Next review March 2026'
    if cell is None or cell.amount is None or name[-1] in "–—-" or NOT_A_NAME.match(name) or not valid_name(name):
        return None  # 'Org – £N': a dashed award line, read by ``project_pair_runs``
    start = offset + row.start("amount")
    amount = cell.model_copy(update={"text": row.group("amount"), "start": start, "end": start + len(row.group("amount"))})
    return offset + row.start("name"), name, amount


def _lines(text: str, at: int, end: int) -> Iterator[tuple[int, str]]:
    """(offset, line) of each line from ``at`` to ``end``, read one at a time."""
    cursor = at
    while cursor < end:
        stop = text.find("\n", cursor, end)
        stop = end if stop < 0 else stop
        yield cursor, text[cursor:stop]
        cursor = stop + 1
