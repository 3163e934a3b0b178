"""'Name, Post, Body' entries run on in one line under an attendance label: a list printed an officer a line, its
line ends lost ('Ann Lowe, Solicitor, Legal Services Bob Ray, Committee Officer, Governance Cara Sims, ...').

Split on commas, the line's first piece is a name; a later piece opens a new entry when it is a name (titled, or two
to four name-shaped words), or when its last words are one after the words that closed the entry before
('Legal Services Bob Ray': the name is the titled words from their title, else the last two). Every entry must have
a post in the piece after its name (a word of a post: 'Solicitor', 'Committee Officer', 'Group Manager'), and three
entries make the list; a line of any other shape gives nothing. Used by ``attendance.extract_attendance`` for people
no other reader names.

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``.
"""

from __future__ import annotations

import re

from extractors.proceedings.attendance_lines import untitled_name
from extractors.proceedings.attendance_labels import LABEL_ALONE, matched_kind
from extractors.proceedings.attendance_members import Entry, is_person
from extractors.readers.name_posts import ROLE_WORDS
from extractors.readers.names import STAFF_POSTS, name_prefix, split_honorifics
from extractors.readers.spans import lines
from schemas.structure import Attendance

_MIN_ENTRIES = 3
# Words of a post besides ``ROLE_WORDS``: the piece after a name holds one.
_POST_WORDS = ROLE_WORDS | {"constable", "sergeant", "engineer", "accountant", "planner", "convener", "convenor", "treasurer"}


def posted_runs(text: str, start: int, end: int) -> list[tuple[Entry, tuple[int, int]]]:
    """((kind, start, end) of the name, (start, end) of the post) of each 'Name, Post' entry run on in the line under
    an attendance label alone on its line."""
    region = lines(text, start, end)
    found: list[tuple[Entry, tuple[int, int]]] = []
    for index, line in enumerate(region):
        label = LABEL_ALONE.match(line.text)
        if not label:
            continue
        kind: Attendance = matched_kind(label)
        below = index + 1
        while below < len(region) and region[below].is_blank and below <= index + 2:
            below += 1
        if below < len(region):
            found += [((kind, a, b), post) for a, b, post in _entries(region[below].raw, region[below].start)]
    return found


def _entries(raw: str, offset: int) -> list[tuple[int, int, tuple[int, int]]]:
    """(start, end, (start, end) of its post piece) of each entry's name in one run-on line, [] unless every entry has
    its post after it."""
    pieces: list[tuple[int, str]] = []
    position = 0
    for piece in raw.split(","):
        pieces.append((position, piece))
        position += len(piece) + 1
    names: list[tuple[int, int, int]] = []
    for number, (at, piece) in enumerate(pieces):
        span = _name_in(piece, first=number == 0)
        if span is not None:
            names.append((number, at + span[0], at + span[1]))
        elif number == 0:
            return []
    if len(names) < _MIN_ENTRIES:
        return []
    found: list[tuple[int, int, tuple[int, int]]] = []
    for number, start, end in names:
        at, after = pieces[number + 1] if number + 1 < len(pieces) else (len(raw), "")
        if not (set(re.findall(r"[a-z]+", after.lower())) & _POST_WORDS or STAFF_POSTS.search(after)):
            return []
        found.append((offset + start, offset + end, (offset + at, offset + at + len(after))))
    return found


def _name_in(piece: str, first: bool) -> tuple[int, int] | None:
    """(start, end) in ``piece`` of the name it opens an entry with: the whole piece, or (after words closing the entry
    before) its titled words from their title, else its last two words."""
    stripped = piece.strip()
    lead = piece.index(stripped) if stripped else 0
    titled = bool(split_honorifics(stripped)[0])
    # A piece of three bare words after another entry may open with the last word of its body ('Resources Liz Duncan').
    whole = name_prefix(stripped) == " ".join(stripped.split()) if titled else (first or len(stripped.split()) == 2)
    if whole and is_person(stripped):
        return lead, lead + len(stripped)
    if first:
        return None
    words = list(re.finditer(r"\S+", piece))
    for index in range(1, len(words) - 1):
        tail = piece[words[index].start() :].strip()
        if split_honorifics(tail)[0] and name_prefix(tail) == " ".join(tail.split()):
            return words[index].start(), words[index].start() + len(tail)
    if len(words) >= 3 and untitled_name(f"{words[-2].group(0)} {words[-1].group(0)}"):
        return words[-2].start(), words[-1].end()
    return None
