"""How ``papers query`` prints a result.

A table when every column fits the width at its full length; otherwise one record per block
(``column | value`` lines, as psql's expanded mode) in a terminal, or CSV when piped, so that a
wide view never shrinks to rows of empty boxes. ``--json``, ``--csv`` and ``--vertical`` force a form.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Literal, Sequence

Layout = Literal["table", "vertical", "csv", "json"]
# Rich draws "│ " before each cell and " " after, and one closing "│".
CELL_FRAME = 3


def natural_width(columns: Sequence[str], cells: Sequence[Sequence[str]]) -> int:
    """Characters a table needs to show every header and cell unshortened."""
    widths = [len(name) for name in columns]
    for row in cells:
        for i, cell in enumerate(row):
            longest = max((len(line) for line in cell.splitlines()), default=0)
            widths[i] = max(widths[i], longest)
    return sum(widths) + CELL_FRAME * len(widths) + 1


def choose_layout(columns: Sequence[str], cells: Sequence[Sequence[str]], max_width: int, is_terminal: bool) -> Layout:
    if natural_width(columns, cells) <= max_width:
        return "table"
    return "vertical" if is_terminal else "csv"


def vertical(columns: Sequence[str], cells: Sequence[Sequence[str]]) -> str:
    """One block per row: a ``-[ RECORD n ]-`` rule, then ``column | value`` lines."""
    pad = max((len(name) for name in columns), default=0)
    out: list[str] = []
    for n, row in enumerate(cells, start=1):
        out.append(f"-[ RECORD {n} ]" + "-" * max(pad - 8, 4))
        for name, cell in zip(columns, row):
            lines = cell.splitlines() or [""]
            out.append(f"{name.ljust(pad)} | {lines[0]}")
            out.extend(f"{'':{pad}} | {line}" for line in lines[1:])
    out.append(f"({len(cells)} row{'s' * (len(cells) != 1)})")
    return "\n".join(out) + "\n"


def as_csv(columns: Sequence[str], cells: Sequence[Sequence[str]]) -> str:
    """CSV with a header (the caller has made text cells formula-safe)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(cells)
    return buffer.getvalue()


def as_json(columns: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A JSON array of objects; dates as ISO text, decimals as numbers."""
    def plain(value: object) -> object:
        if hasattr(value, "isoformat"):
            return value.isoformat()
        if type(value).__name__ == "Decimal":
            return float(value)  # type: ignore[arg-type]
        return value

    records = [{name: plain(value) for name, value in zip(columns, row)} for row in rows]
    return json.dumps(records, indent=2, ensure_ascii=False, default=str) + "\n"
