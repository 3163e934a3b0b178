"""Project mentions in tables flattened to one cell per line, each cell closed by ' |' (as a page store renders a
table whose rows it lost): 'Ref |' / 'Organisation |' / 'Purpose |' / 'Award £ |' then the rows' cells in the same
order, a cell wrapped over lines of its own closed by the line holding its ' |'. The header is the shortest run of
first cells that names a project (or organisation) column and an amount column; rows follow while the name cell
is a name and the amount cell a figure, so a table's 'Budget available | £N |' lines after it end the rows. Rows are
read as any table's (``project_tables.row_mentions``). These rules are versioned by
``extractors.grants.projects.VERSION`` (no version of their own).
"""

from __future__ import annotations

import re

from extractors.readers import money
from extractors.readers.blocks import clean
from extractors.grants.funding_layout import FundingLayout
from extractors.grants.project_mention import valid_name
from extractors.grants.project_tables import header_columns, row_mentions
from schemas.funding import MoneyAmount, ProjectMention

_CLOSED = re.compile(r"^(?P<cell>[^|\n]*?)[ \t]*\|[ \t]*$")
_MAX_WRAP = 3  # lines a cell may wrap over before its ' |'
_HEADER_CELLS = range(2, 7)
_LEAD_CHARS = 600
Cell = tuple[str, int, int]  # text, start, end (the offsets of its last line)


def _cell_runs(text: str, start: int, end: int) -> list[list[Cell]]:
    """Runs of consecutive ' |'-closed cells; a line with more than one '|' or a wrap too long ends a run."""
    runs: list[list[Cell]] = []
    run: list[Cell] = []
    pending: list[str] = []
    cursor = start
    for line in text[start:end].split("\n"):
        line_start, cursor = cursor, cursor + len(line) + 1
        closed = _CLOSED.match(line)
        if closed and line.count("|") == 1:
            run.append((clean(" ".join([*pending, closed.group("cell")])), line_start, line_start + len(line)))
            pending = []
            continue
        if line.strip() and "|" not in line and len(pending) < _MAX_WRAP:
            pending.append(line.strip())
            continue
        runs.append(run)
        run, pending = [], []
    runs.append(run)
    return [r for r in runs if len(r) >= 6]


def _table(run: list[Cell], context: str) -> tuple[list[list[str]], list[list[Cell]]] | None:
    """The header and the rows of a run, at the shortest header width whose rows hold a name and a figure."""
    for width in _HEADER_CELLS:
        header = [c[0] for c in run[:width]]
        columns = header_columns(header, context)
        if columns is None or any(money.parse_cell(c) for c in header):
            continue
        name_col, amount_col, _ = columns
        rows = []
        for at in range(width, len(run) - width + 1, width):
            row = run[at : at + width]
            if not valid_name(row[name_col][0]) or money.parse_cell(row[amount_col][0]) is None:
                break
            rows.append(row)
        if len(rows) >= 2:
            return [header, *[[c[0] for c in row] for row in rows]], rows
    return None


def cell_run_mentions(layout: FundingLayout, claimed: set[int], extractor: tuple[str, str]) -> list[ProjectMention]:
    found: list[ProjectMention] = []
    for run in _cell_runs(layout.text, layout.start, layout.end):
        first = run[0][1]
        context = clean(layout.flat[max(layout.start, first - _LEAD_CHARS) : first])
        table = _table(run, context)
        anchor = layout.block_at(first)
        if table is None or anchor is None:
            continue
        cells, rows = table
        amount_col = header_columns(cells[0], context)[1]
        spans = [row[amount_col] for row in rows]

        def locate(name: str, amount: MoneyAmount, spans=spans) -> tuple[int, int]:
            for text, start, end in spans:
                if text == amount.text and start not in claimed:
                    claimed.add(start)
                    return start, start + len(layout.text[start:end].split("|")[0].rstrip())
            return spans[0][1], spans[0][2]

        if any(start in claimed for _, start, _ in spans):
            continue
        found.extend(row_mentions(layout, extractor, cells, anchor, context, locate))
    return found
