"""Members listed by the body each sits for, with no attendance label: a joint authority's minutes print a run of
group headings, each over one line of names under a plural title ('Representing Eastby District Council:' /
'Councillors Lowe, Ray and Sim' / 'Representing Westby Borough Council:' / 'Councillors Hale and Moss').

Two groups or more in a row are the members present; one group alone is no list (a heading over a sentence's names).
A run that stands under an apologies or in-attendance label gives nothing (the list readers read it by its label).
Used by ``attendance.extract_attendance`` for people no other reader names.

A page whose labels were lost with its table's first column opens on the list itself: a paper whose first line is
three names or more under a plural title ('Councillors Lowe (Chair), Ray, Sim and Hale') lists the members present,
read only when no reader found anyone present in the paper and the paper records a meeting (past-tense business:
``attendance_roll.RECORDED``), never in an agenda (``opening_list``).

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``.
"""

from __future__ import annotations

from extractors.proceedings.attendance_labels import GROUP_HEADING, LIST_LABEL, matched_kind
from extractors.proceedings.attendance_preamble import names_line
from extractors.proceedings.attendance_roll import RECORDED
from extractors.readers.name_lists import split_list
from extractors.readers.names import PLURAL_TITLE
from extractors.readers.spans import lines
from schemas.structure import Paper

_MIN_GROUPS = 2


def group_runs(text: str, start: int, end: int) -> list[list[tuple[int, int, bool]]]:
    """The runs of two groups or more in ``text[start:end]``, each as its name lines' (start, end, comma-separated)
    pieces for ``attendance_entries.list_entries``."""
    region = [line for line in lines(text, start, end) if not line.is_blank]
    runs: list[list[tuple[int, int, bool]]] = []
    current: list[tuple[int, int, bool]] = []
    label = None
    index = 0
    while index < len(region):
        line = region[index]
        names = region[index + 1] if index + 1 < len(region) else None
        if names and GROUP_HEADING.match(line.text) and PLURAL_TITLE.match(names.text.strip()) and names_line(names.text):
            current.append((names.start, names.end, True))
            index += 2
            continue
        if len(current) >= _MIN_GROUPS and label in (None, "present"):
            runs.append(current)
        current = []
        if match := LIST_LABEL.match(line.raw):
            label = matched_kind(match, ("present", "in_attendance", "apologies", "members"))
        index += 1
    if len(current) >= _MIN_GROUPS and label in (None, "present"):
        runs.append(current)
    return runs


_MIN_OPENING = 3


def opening_list(text: str, paper: Paper) -> list[tuple[int, int, bool]]:
    """The (start, end, comma-separated) piece of the plural-titled list of three names or more that opens ``paper``
    on its first line with text, else []."""
    start, end = paper.start, paper.end
    if paper.kind == "agenda" or not RECORDED.search(text, start, end):
        return []
    first = next((line for line in lines(text, start, end) if not line.is_blank), None)
    if first is None or not PLURAL_TITLE.match(first.text.strip()) or not names_line(first.text):
        return []
    return [(first.start, first.end, True)] if len(split_list(first.text)) >= _MIN_OPENING else []
