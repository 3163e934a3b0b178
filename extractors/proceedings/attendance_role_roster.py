"""A board's roster of the members present, one role label a line over one name a line (local board minutes as their
template prints them, copied as text or as a table flattened one cell a line):

    present / Chairperson / Ann Lowe, JP / Deputy Chairperson / Bob Ray / Members / Cy Sim / Di Poe / Councillor / Ed Hale

Blank lines may stand between the lines and a table's bar may close each cell ('Chairperson |'). A chair's label
('Chairperson', 'Deputy Chair') is its member's role; 'Members' gives none; 'Councillor' is the title of the names
under it. The roster opens under a present label alone on its line, or with a chair's label before the first numbered
item and not under a lead ending on a colon (the same labels over a working group's or an appointment's names in an
item's text are no attendance); it needs two labels
and three names, and ends at the first line that is neither a label nor one name, or at the label after the members'
names (the heading over the next list, 'APOLOGIES' or 'ALSO PRESENT', may be lost in the copy).

A copy that flattens the page prints the roster in one line after 'PRESENT' ('PRESENT Chairperson Ann Lowe Deputy
Chairperson Bob Ray Members Cy Sim Di Poe, JP Ed Hale'): the names run on bare, two words a name, an honour after its
comma kept with the name before it; another group's label ('In Attendance', 'Apologies', 'Officers') ends it. The line must open the roster with a chair's label; a run that leaves a word over,
or in which fewer than half the names open on a common given name, is no roster.

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``.
"""

from __future__ import annotations

import re

from extractors.readers.given_names import GIVEN_NAMES
from extractors.readers.names import TRAILING_POST_NOMINALS, looks_like_name
from extractors.readers.spans import lines

_CELL_END = re.compile(r"[ \t]*\|?[ \t]*$")
_PRESENT = re.compile(r"(?i)^[ \t]*present[ \t]*:?[ \t]*\|?[ \t]*$")
# 'Deputy Chairperson', 'Members', 'Councillor', 'Independent Statutory Board Member': a few words before the role word.
_LABEL = re.compile(
    r"^[ \t]*(?:[A-Z][a-z]+[ \t]+){0,4}?(?:(?P<chair>(?:(?:Deputy|Vice)[ \t-]+)?Chair(?:person|man|woman)?)"
    r"|(?P<title>Councillors?)|Members?)[ \t]*$"
)
# '4. Working group', '6 Appointments': a numbered item's heading (not a date line, '18 June 2020').
_ITEM = re.compile(
    r"^[ \t]*\d{1,3}[.)]?[ \t]+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)[A-Z]"
)
_MIN_LABELS = 2
_MIN_NAMES = 3

Row = tuple[int, int, str | None, str]


def _name(raw: str) -> tuple[int, int] | None:
    """(start, end) within ``raw`` of the one name it holds, post-nominals after a comma kept ('Ann Lowe, JP')."""
    end = _CELL_END.search(raw).start()
    lead = len(raw) - len(raw.lstrip())
    name = raw[lead:end]
    bare = TRAILING_POST_NOMINALS.sub("", name).strip(" ,")
    if not bare or "," in bare or len(bare.split()) > 4 or not looks_like_name(bare):
        return None
    return lead, end


def _roster(printed: list, at: int, labelled: bool) -> tuple[list[Row], int]:
    """The rows of a roster opening at ``printed[at]`` and the index after it; no rows when it is too short."""
    rows: list[Row] = []
    labels, role, title, index, members = 0, None, "", at, False
    while index < len(printed):
        line = printed[index]
        cell = line.raw[: _CELL_END.search(line.raw).start()]
        label = _LABEL.match(cell)
        if label and not (labels == 0 and not labelled and not label["chair"]):
            # A label after the members' names opens another list whose heading the copy may have lost ('APOLOGIES'
            # over 'Member' / 'Ann Lowe'): the roster ends there.
            if members:
                break
            labels += 1
            members = not label["chair"]
            role = " ".join(label.group(0).split()) if label["chair"] else None
            title = "Councillor" if label["title"] else ""
            index += 1
            continue
        found = _name(line.raw) if labels else None
        if found is None:
            break
        rows.append((line.start + found[0], line.start + found[1], role, title))
        index += 1
    if labels < _MIN_LABELS or len(rows) < _MIN_NAMES:
        return [], at + 1
    return rows, index


def _run_end(printed: list, at: int) -> int:
    """The index after the run of label and one-name lines opening at ``printed[at]``."""
    index = at + 1
    while index < len(printed) and (_LABEL.match(printed[index].raw[: _CELL_END.search(printed[index].raw).start()]) or _name(printed[index].raw)):
        index += 1
    return index


def role_rosters(text: str, start: int, end: int) -> list[Row]:
    """(name start, name end, role, shared title) of each present member of the role-label rosters in ``text[start:end]``."""
    printed = [line for line in lines(text, start, end) if not line.is_blank]
    found: list[Row] = []
    index, items = 0, False
    while index < len(printed):
        labelled = index > 0 and bool(_PRESENT.match(printed[index - 1].raw))
        items = items or bool(_ITEM.match(printed[index].raw))
        led = index > 0 and printed[index - 1].raw.rstrip(" \t|").endswith(":")
        opening = _LABEL.match(printed[index].raw[: _CELL_END.search(printed[index].raw).start()])
        if opening is not None and opening["chair"] and not labelled and led:
            index = _run_end(printed, index)  # 'the following be appointed:' / 'Chairman' / ...: none of its labels opens one
            continue
        if opening is None or not (labelled or opening["chair"] and not items):
            index += 1
            continue
        rows, index = _roster(printed, index, labelled)
        found += rows
    return found


_FLAT_OPENING = re.compile(r"(?<![A-Za-z])PRESENT[ \t]+(?=(?:(?:Deputy|Vice)[ \t]+)?Chair(?:person|man|woman)?[ \t]+[A-Z])")
_FLAT_LABEL = re.compile(r"[ \t]*(?:(?P<chair>(?:(?:Deputy|Vice)[ \t]+)?Chair(?:person|man|woman)?)|Members?)(?=[ \t]+[A-Z])")
_FLAT_NAME = re.compile(r"[ \t]*(?P<name>[A-Z][a-z'’-]+[ \t]+[A-Z][a-z'’-]+)(?:,[ \t]*(?:JP|MBE|OBE|CBE|QSM|QSO|ONZM|MNZM))?(?=[ \t]|$)")
_FLAT_OTHERS = re.compile(
    r"[ \t]*(?i:in[ \t]+attendance|also[ \t]+(?:present|in[ \t]+attendance|attending)|apologies|absent|not[ \t]+present"
    r"|officers|staff|guests|observers|members[ \t]+of[ \t]+the[ \t]+public)\b"
)
_MINUTES_OF = re.compile(r"[Mm]inutes\s+of\s+(?:a|the)\s+meeting\s+of\s+the\s+(?P<body>[A-Z][^.\n]{3,80}?)\s+held\b")


def flat_rosters(text: str, start: int, end: int) -> list[Row]:
    """(name start, name end, role, shared title) of each member of the rosters run on in one line in ``text[start:end]``."""
    found: list[Row] = []
    for line in lines(text, start, end):
        opening = _FLAT_OPENING.search(line.raw)
        if opening is None:
            continue
        # The page's running header after the roster ('... Ed Hale Eastby Local Board 20 May 2021 1 Welcome') opens with
        # the body the minutes' own sentence names before it: the roster ends there, or at the line's end.
        body = _MINUTES_OF.search(line.raw, 0, opening.start())
        header = line.raw.find(body["body"], opening.end()) if body else -1
        raw = line.raw[: header if header != -1 else len(line.raw)]
        rows: list[Row] = []
        at, labels = opening.end(), 0
        while label := _FLAT_LABEL.match(raw, at):
            labels, at = labels + 1, label.end()
            role = " ".join(label["chair"].split()) if label["chair"] else None
            while not _FLAT_LABEL.match(raw, at) and not _FLAT_OTHERS.match(raw, at) and (name := _FLAT_NAME.match(raw, at)):
                rows.append((line.start + name.start("name"), line.start + name.end("name"), role, ""))
                at = name.end()
        # '... Di Poe In Attendance Jo Fairlie': the next group's label ends the roster; the names after it are not members.
        rest = "" if _FLAT_OTHERS.match(raw, at) else raw[at:]
        given = sum(text[s:e].split()[0] in GIVEN_NAMES for s, e, _, _ in rows)
        if labels >= _MIN_LABELS and len(rows) >= _MIN_NAMES and not rest.strip() and 2 * given >= len(rows):
            found += rows
    return found
