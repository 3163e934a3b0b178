"""A council's printed roll keyed by an absence star, with no present label.

Printed council minutes list the members who sat under the meeting's heading: the civic posts first, one a line
('The Mayor (Councillor A Lowe)', 'The Deputy Mayor (Councillor B Ray)'), then a plural title alone on its line
('Councillors') over one bare name a line, then the key '* Absent' (or '* denotes absence') under the list. A name
printed with the star was absent and names nobody here (an apologies sentence may name it); every other name is
present, with the plural's title; a post line gives its member's role. A name printed again in the list after its
post line is the same member. Without the key the block is no roll (a report's list of ward members looks the same).

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``,
which a change here must bump.
"""

from __future__ import annotations

import re

from extractors.readers.name_lists import singular_title
from extractors.readers.names import PLURAL_LINE, looks_like_name
from extractors.readers.spans import lines

_ABSENT_KEY = re.compile(
    r"^[ \t]*\(?\*\)?[ \t]*(?:[-=:][ \t]*)?(?:(?:denotes|indicates)[ \t]+)?(?:absent|absence|not[ \t]+present)[ \t]*\.?[ \t]*$", re.I
)
_ROW = re.compile(r"^[ \t]*(?P<star>\*)?[ \t]*(?P<name>[A-Z][^\t*()\d:,;]{2,60}?)[ \t]*$")
# 'The Mayor (Councillor A Lowe)': a civic post and its holder, one a line above the plural title.
_POST_ROW = re.compile(
    r"^[ \t]*(?:The[ \t]+)?(?P<role>(?:(?:Deputy|Lord|Civic|Ceremonial|Vice)[ \t-]+)?(?:Mayor|Chair(?:man)?|Provost|Speaker|Leader))"
    r"[ \t]*\([ \t]*(?P<name>(?:Councillor|Cllr\.?)[ \t]+[^()\n]{3,60}?)[ \t]*\)[ \t]*$"
)
_MIN_NAMES = 3
_POST_LINES = 4


def keyed_roll(text: str, start: int, end: int) -> list[tuple[int, int, str | None, str]]:
    """(name start, name end, role, shared title) of each present member of every absence-keyed roll in ``text[start:end]``."""
    printed = [line for line in lines(text, start, end) if not line.is_blank]
    found: list[tuple[int, int, str | None, str]] = []
    for index, key in enumerate(printed):
        if not _ABSENT_KEY.match(key.raw):
            continue
        rows, at = [], index - 1
        while at >= 0 and (row := _ROW.match(printed[at].raw)) and not PLURAL_LINE.match(printed[at].raw) and looks_like_name(row["name"]):
            rows.insert(0, (printed[at], row))
            at -= 1
        plural = PLURAL_LINE.match(printed[at].raw) if at >= 0 else None
        if plural is None or len(rows) < _MIN_NAMES:
            continue
        title = singular_title(plural["title"])
        posts = []
        for line in reversed(printed[max(0, at - _POST_LINES) : at]):
            post = _POST_ROW.match(line.raw)
            if post is None:
                break
            posts.insert(0, (line.start + post.start("name"), line.start + post.end("name"), post["role"], ""))
        found += posts
        found += [(line.start + row.start("name"), line.start + row.end("name"), None, title) for line, row in rows if not row["star"]]
    return found
