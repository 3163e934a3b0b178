"""Attendance tables printed as text with no header row: each line a member's name (and perhaps a post) and their
attendance in the last cell, the cells parted by a tab, a bar or a wide gap ('Cllr A Lowe (Chairman)    Present',
'Bob Ray | Vice-Chair | Apologies').

Two such rows at least, one after another (blank lines between them allowed), every name passing the strict name test
of ``attendance_parish_labels`` and at least one row giving present or apologies: 'Present' and 'Attended' give
present, 'Apologies' (received, sent, given) apologies, 'In attendance' in attendance, 'Absent' nobody.

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``, which a change here
must bump.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_CELL = r"(?:[ \t]*\|[ \t]*|\t+[ \t]*|[ \t]{2,})"
_ROW = re.compile(
    rf"^[ \t]*+\|?[ \t]*+(?P<name>[^|\t\n]*?\S)(?:{_CELL}[^|\t\n]*?\S)?{_CELL}"
    r"(?P<status>present|attended|apolog(?:y|ies)(?:[ \t]+(?:received|sent|given))?|absent|in[ \t]+attendance)[ \t]*\|?[ \t]*$",
    re.I | re.M,
)
_KINDS = {"present": "present", "attended": "present", "in attendance": "in_attendance"}


def _kind(status: str) -> str | None:
    status = " ".join(status.lower().split())
    return "apologies" if status.startswith("apolog") else _KINDS.get(status)


def status_rows(text: str, start: int, end: int, is_name: Callable[[str], bool]) -> list[tuple[str, int, int, tuple[int, int]]]:
    """(kind, start, end, the table's span) of each named row of a headerless status table in ``text[start:end]``;
    ``is_name`` is the strict name test of one cell."""
    found: list[tuple[str, int, int, tuple[int, int]]] = []
    table: list[re.Match] = []

    def close() -> None:
        kinds = [_kind(row["status"]) for row in table]
        if len(table) >= 2 and all(is_name(row["name"]) for row in table) and {"present", "apologies"} & set(kinds):
            span = (table[0].start(), table[-1].end())
            found.extend((kind, row.start("name"), row.end("name"), span) for row, kind in zip(table, kinds) if kind)

    for row in _ROW.finditer(text, start, end):
        if table and text[table[-1].end() : row.start()].strip():
            close()
            table = []
        table.append(row)
    if table:
        close()
    return found
