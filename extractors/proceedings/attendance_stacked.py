"""Two attendance labels printed one above the other before their lists ('Present:' over 'In Attendance:', then the
members' list, then the officers'): a table whose label column the page's text gives before its values.

The readers take every name after the second label as its kind. Here the names after two labels with nothing
between them are parted into their two lists: the first list ends where two names meet with no separator between
them (no comma, semicolon, '&' or 'and': 'Cllrs Mr A (Chairman), Mr B, and Mrs C Miss D (Clerk)', or a line's end),
and its names take the first label's kind; the rest keep the second's. Only names that follow one another closely
count (a gap of a heading, a number or a sentence ends the lists).

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``, which a change
here must bump.
"""

from __future__ import annotations

import re

from extractors.proceedings.attendance_labels import COLON, CORE, kind, words
from schemas.structure import AttendeeRecord

_LABEL = words(*CORE)
_STACKED = re.compile(rf"(?<![\w-])(?P<first>{_LABEL}){COLON}[ \t]*\n?[ \t]*(?P<second>{_LABEL}){COLON}", re.I)
# What may stand between two names of the lists: separators, a post in brackets, white space.
_CLOSE_GAP = re.compile(r"^(?:[\s,;&]|\band\b|\([^()\n]{0,40}\))*$")
_SEPARATOR = re.compile(r"[,;&]|\band\b")


def stacked_lists(records: list[AttendeeRecord], text: str) -> list[AttendeeRecord]:
    """``records`` with the first list after two stacked labels given the first label's kind."""
    changed: dict[int, AttendeeRecord] = {}
    ordered = sorted(range(len(records)), key=lambda i: records[i].provenance.start)
    for match in _STACKED.finditer(text):
        first, second = kind(match["first"]), kind(match["second"])
        if first == second:
            continue
        after = [i for i in ordered if records[i].provenance.start >= match.end()]
        run: list[int] = []
        for i in after:
            previous_end = records[run[-1]].provenance.end if run else match.end()
            if not _CLOSE_GAP.match(text[previous_end : records[i].provenance.start]):
                break
            run.append(i)
        for position, i in enumerate(run[1:], start=1):
            gap = text[records[run[position - 1]].provenance.end : records[i].provenance.start]
            if not _SEPARATOR.search(re.sub(r"\([^()]*\)", "", gap)):
                for j in run[:position]:
                    changed[j] = records[j].model_copy(update={"attendance": first})
                break
    return [changed.get(i, record) for i, record in enumerate(records)]
