"""A board's 'Attendee | Representing' table flattened into running text, its members known by the board's own initials.

A partnership board (a safer neighbourhood board, a community safety partnership) prints who came and whom each
represents; a document mirror gives the table as one run of words, perhaps with a column of the minute-taker's initials
before each name: 'ATTENDEE REPRESENTING AL Ann Lowe EPB Chair, Eastby Residents BR Bob Ray EPB Treasurer Insp Cara Sim
Police Cllr Dan Moss Eastby Ward ...'. Where the page defines the board's initials ('EASTBY PARTNERSHIP BOARD (EPB)'),
a representing cell opening with them marks a member of the board. The table lists who attended: members and the
residents, councillors and groups' delegates who came are present (a present block's observers and members of other
bodies are present), police officers reporting to the board in attendance (titled by rank: 'Chief Supt', 'Sgt').

The end of a cell is unknown in running text, so a name is read only where its edges are certain: before the board's
initials (a title and its words, else two name-shaped words, a middle initial taken too, or as many words as the
initials column before them gives letters), or after a title ('Cllr', 'Insp', 'Chief Supt'), its words up to the
initials column's count or two, or a common given name and its surname ('Ann Lowe', ``readers.given_names``),
which is present. Nothing is read unless the header is printed, the initials are defined, and three
cells open with them. Used by ``attendance.extract_attendance`` alongside the other readers.

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``.
"""

from __future__ import annotations

import re

from extractors.proceedings.attendance_flat import NAME_WORD
from extractors.proceedings.attendance_labels import ATTENDEE_CELL, REPRESENTING_CELL
from extractors.proceedings.attendance_lines import untitled_name
from extractors.proceedings.attendance_members import Entry
from extractors.readers.given_names import GIVEN_NAMES
from extractors.readers.names import HONORIFICS, split_honorifics

_HEADER = re.compile(rf"\b{ATTENDEE_CELL}[ \t|]+{REPRESENTING_CELL}\b")
# 'EASTBY PARTNERSHIP BOARD (EPB)': the words before the bracket whose first letters spell it.
_DEFINED = re.compile(r"(?P<words>(?:[A-Z][A-Za-z'’-]*\s+){2,6})\((?P<initials>[A-Z]{2,6})\)")
# A run of four lower-case words is prose: the table has ended.
_PROSE = re.compile(r"\b[a-z]+\s+[a-z]+\s+[a-z]+\s+[a-z]+\b")
_END_LABEL = re.compile(r"(?i)\b(?:apologies|in\s+attendance|also\s+present|absent)\b")
_INITIAL = re.compile(r"[A-Z]\.?")
# A police officer's rank among the titles ('Chief Supt', 'Ch Inspector', 'Sgt', 'PCSO'): reporting to the board, not of it.
_POLICE_RANK = re.compile(r"\b(?:PCSO|PC|PS|DC|DS|DI|DCI|CI|Sgt|Sergeant|Insp|Inspector|Supt|Superintendent|Constable)\b")
_REGION = 4000
_MIN_MEMBERS = 3


def represented_rows(text: str, start: int, end: int) -> list[Entry]:
    """(kind, start, end) of each name read from a flattened 'Attendee Representing' table in ``text[start:end]``."""
    header = _HEADER.search(text, start, end)
    initials = _board_initials(text, start, header.start()) if header else None
    if not header or not initials:
        return []
    stop = min(end, header.end() + _REGION)
    for pattern in (_PROSE, _END_LABEL):
        if found := pattern.search(text, header.end(), stop):
            stop = found.start()
    words = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"\S+", text[header.end() : stop])]
    words = [(header.end() + a, header.end() + b, w) for a, b, w in words]
    marks = [i for i, (_, _, w) in enumerate(words) if w.rstrip(",") == initials]
    members = [span for i in marks if (span := _name_before(words, i))]
    if len(members) < _MIN_MEMBERS:
        return []
    found: list[Entry] = [("present", a, b) for a, b in members]
    taken = {i for a, b in members for i, (s, _, _) in enumerate(words) if a <= s < b}
    for index in range(len(words)):
        if index in taken or not (span := _titled_after(words, index)):
            continue
        first, last = span
        taken.update(range(first, last + 1))
        title, _ = split_honorifics(" ".join(w for _, _, w in words[first : last + 1]))
        found.append(("in_attendance" if _POLICE_RANK.search(title) else "present", words[first][0], words[last][1]))
    for index in range(len(words)):
        if index not in taken and (last := _given_name_at(words, index)) is not None and not taken & {index + 1, last}:
            taken.update(range(index, last + 1))
            found.append(("present", words[index][0], words[last][1]))
    return sorted(found, key=lambda entry: entry[1])


def _board_initials(text: str, start: int, end: int) -> str | None:
    """The initials the page defines for its board before the table, if their words' first letters spell them."""
    for match in _DEFINED.finditer(text, start, end):
        letters = "".join(w[0] for w in match["words"].split()).upper()
        if letters.endswith(match["initials"]):
            return match["initials"]
    return None


def _name_before(words: list[tuple[int, int, str]], mark: int) -> tuple[int, int] | None:
    """(start, end) of the name ending just before the initials at ``words[mark]``."""
    for first in range(max(0, mark - 5), mark - 1):
        span = _titled_after(words, first)
        if span and span[1] == mark - 1:
            return words[span[0]][0], words[mark - 1][1]
    if mark < 2 or not NAME_WORD.fullmatch(words[mark - 1][2]):
        return None
    first = mark - 2
    # 'Ann Kay Lowe' after the initials column's 'AKL': as many words as it gives letters.
    for count in (3, 2):
        lead = mark - count - 1
        if lead >= 0 and _column_initials(words[lead][2], [w for _, _, w in words[lead + 1 : mark]]):
            first = mark - count
            break
    else:
        if _INITIAL.fullmatch(words[first][2]) and first >= 1 and NAME_WORD.fullmatch(words[first - 1][2]):
            first -= 1
    name = " ".join(w for _, _, w in words[first:mark])
    return (words[first][0], words[mark - 1][1]) if untitled_name(name) else None


def _titled_after(words: list[tuple[int, int, str]], index: int) -> tuple[int, int] | None:
    """(first, last) word indices of a titled name opening at ``words[index]``."""
    title, _ = split_honorifics(" ".join(w for _, _, w in words[index : index + 6]))
    # Titles stacked ('EPB Councillor Cllr A Lowe': a post's word, then the name's title) open at the last one.
    if " ".join(title.replace(".", " ").split()) not in HONORIFICS:
        return None
    after = index + len(title.split())
    column = words[index - 1][2] if index else ""
    count = next((n for n in (3, 2) if _column_initials(column, [w for _, _, w in words[after : after + n]])), 0)
    if not count:
        count = 3 if after + 1 < len(words) and _INITIAL.fullmatch(words[after][2]) else 2
    names = [w for _, _, w in words[after : after + count]]
    if len(names) < count or not NAME_WORD.fullmatch(names[-1]) or not all(NAME_WORD.fullmatch(w) or _INITIAL.fullmatch(w) for w in names):
        return None
    return index, after + count - 1


def _given_name_at(words: list[tuple[int, int, str]], index: int) -> int | None:
    """The index of the surname of an untitled name opening with a common given name at ``words[index]`` ('Ann Lowe',
    'Ann T Lowe'), else None."""
    if words[index][2] not in GIVEN_NAMES:
        return None
    last = index + 2 if index + 2 < len(words) and _INITIAL.fullmatch(words[index + 1][2]) else index + 1
    if last >= len(words) or not NAME_WORD.fullmatch(words[last][2]) or words[last][2] in GIVEN_NAMES:
        return None
    return last if untitled_name(" ".join(w for _, _, w in words[index : last + 1])) else None


def _column_initials(token: str, names: list[str]) -> bool:
    """``token`` is the initials column's entry for the words ``names`` ('AKL' before 'Ann Kay Lowe')."""
    return 2 <= len(token) <= 4 and token.isupper() and token.isalpha() and token == "".join(w[0] for w in names)

