"""Untitled names run on after a bracketed post: 'Ann Lowe (Chair) Bob Ray Carl Sim', 'J Lowe (Chairman) B Ray C Sim'.

``name_runs.run_on_parts`` cuts a run-on list after each closing bracket, but the words after the last bracket may hold
several names printed one after another (a table's column of members flattened into one line). A piece is split again
only when the whole of it is such a run: bare 'Given Surname' pairs (``name_runs.bare_name_pairs``: four words or
more, an even count, none a post's or heading's word), or two or more names of undotted initials and a surname ('B Ray
C Sim D Hale': an initial after a surname opens the next name). Anything else in the piece keeps it whole.

Rules under the VERSION of ``extractors.readers.names``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extractors.readers.names import NOT_NAME_WORDS

_SURNAME = r"(?:Mc|Mac|O['’])?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
_INITIALS_NAME = rf"(?:[A-Z][ \t]+){{1,3}}{_SURNAME}"
_INITIALS_RUN = re.compile(rf"{_INITIALS_NAME}(?:[ \t]+{_INITIALS_NAME})+")
# Where the next name opens: an initial after a surname.
_NEXT = re.compile(r"(?<=[a-z'’])[ \t]+(?=[A-Z][ \t])")


def _initials_names(piece: str) -> list[tuple[int, str]]:
    """(offset, name) of a piece that is wholly names of initials and a surname, else []."""
    body = piece.strip()
    if not _INITIALS_RUN.fullmatch(body):
        return []
    if {word.lower() for word in body.split()} & NOT_NAME_WORDS:
        return []
    lead = piece.index(body)
    bounds = [0, *(m.end() for m in _NEXT.finditer(body)), len(body)]
    return [(lead + a, body[a:b].strip()) for a, b in zip(bounds, bounds[1:])]


def split_bare_runs(pieces: list[tuple[int, str]], pairs: Callable[[str], list[tuple[int, str]]]) -> list[tuple[int, str]]:
    """``pieces`` (offset, text) with each piece that is a run of bare names split into its names; ``pairs`` reads
    'Given Surname' pairs (the caller's ``bare_name_pairs`` with its checks: the caller has tried them on the first)."""
    found: list[tuple[int, str]] = []
    for index, (offset, piece) in enumerate(pieces):
        names = (pairs(piece) if index else []) or _initials_names(piece)
        found += [(offset + shift, name) for shift, name in names] if names else [(offset, piece)]
    return found
