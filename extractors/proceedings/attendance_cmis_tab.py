"""A CMIS meeting page's 'Attendance' tab as running text: its tables' headings, then the names with single spaces.

'Attended - Committee Members Name 12 Page 1 of 2, items 1 to 25 of 47. Ann Abbot - Mayor of Westby Bob Acton Mark Peel
Bagot Jane Bell MBE Attended - Other Members Name ... Apologies NameReason for Sending Apology Laura Blake Absent
NameReason for Absence Neil Boyd Declarations of Interests ...': the table rows lost their edges when the page was
flattened into one line. The committee's members attended (present), other members attended (in attendance), the
apologies table gives apologies; the absent table records no attendance. A table's pager ('12 Page 1 of 2, items 1 to 25
of 47.') and a 'No other member ... recorded' sentence name nobody.

Where one name ends and the next opens is read from the names' shapes: two capitalised words a name, three when the
third is no common given name and the word after it is one ('Mark Peel Bagot Fiona ...'); an honour ('MBE', 'JP') closes
a name; ' - ' opens its post, which runs to the next common given name before a capitalised word
(``readers.given_names``). A table printed one row a line keeps its lines.

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``.
"""

from __future__ import annotations

import re

from extractors.readers.given_names import GIVEN_NAMES
from extractors.readers.names import POST_NOMINAL, looks_like_name
from schemas.structure import Attendance

# Each table's heading as flattened: its title, then its header cells glued ('NameReason for Sending Apology').
_TABLE = re.compile(
    r"\b(?:Attended\s*-\s*(?:(?P<members>Committee\s+Members)|(?P<others>Other\s+Members))\s+Name"
    r"|(?P<apologies>Apologies)\s+Name\s*Reason\s+for\s+Sending\s+Apology|(?P<absent>Absent)\s+Name\s*Reason\s+for\s+Absence)\b"
)
# What follows the tab's last table: the next tab's heading.
_AFTER = re.compile(r"\b(?:Declarations\s+of\s+Interests?\s+Member\s+Name|Others\s+in\s+Attendance\s+Name)\b")
_PAGER = re.compile(r"\s*(?:\d+\s+)?Page\s+\d+\s+of\s+\d+,\s+items\s+\d+\s+to\s+\d+\s+of\s+\d+\.?")
_NONE_RECORDED = re.compile(r"\s*No\s+(?:other\s+)?[\w\s]{0,30}?information\s+has\s+been\s+recorded\b")
_WORD = re.compile(r"\S+")
_NAME_WORD = re.compile(r"(?:Mc|Mac|O['’])?[A-Z][a-z'’-]*[a-z](?:-[A-Z][a-z]+)?")
_HONOUR = re.compile(rf"{POST_NOMINAL}")
_DASH = re.compile(r"[-–—]")
_KINDS: dict[str, Attendance | None] = {"members": "present", "others": "in_attendance", "apologies": "apologies", "absent": None}


def _opens_name(words: list[re.Match], index: int) -> bool:
    """``words[index]`` is a common given name before a capitalised word: a name opens there."""
    return (
        index + 1 < len(words) and words[index][0] in GIVEN_NAMES and bool(_NAME_WORD.fullmatch(words[index + 1][0]))
    )


def _rows(text: str, start: int, end: int) -> list[tuple[int, int, str | None]]:
    """(start, end, post) of each name in one table's flattened rows ``text[start:end]``."""
    words = list(_WORD.finditer(text, start, end))
    rows: list[tuple[int, int, str | None]] = []
    index = 0
    while index + 1 < len(words):
        if not (_NAME_WORD.fullmatch(words[index][0]) and _NAME_WORD.fullmatch(words[index + 1][0])):
            index += 1
            continue
        last = index + 2
        third = last < len(words) and _NAME_WORD.fullmatch(words[last][0]) and words[last][0] not in GIVEN_NAMES
        if third and _opens_name(words, last + 1):
            last += 1
        while last < len(words) and _HONOUR.fullmatch(words[last][0]):
            last += 1
        name_end, post = words[last - 1].end(), None
        if last + 1 < len(words) and _DASH.fullmatch(words[last][0]):
            after = last + 1
            while after < len(words) and not _opens_name(words, after):
                after += 1
            post = text[words[last + 1].start() : words[after - 1].end()]
            last = after
        if looks_like_name(text[words[index].start() : name_end]):
            rows.append((words[index].start(), name_end, post))
        index = last
    return rows


def cmis_attendance_tab(text: str, start: int, end: int) -> list[tuple[Attendance, int, int, str | None]]:
    """(kind, start, end, post) of each person the flattened CMIS attendance tables in ``text[start:end]`` name."""
    tables = list(_TABLE.finditer(text, start, end))
    found: list[tuple[Attendance, int, int, str | None]] = []
    for table, after in zip(tables, [*tables[1:], None]):
        kind = _KINDS[next(group for group in _KINDS if table[group])]
        stop = after.start() if after else (m.start() if (m := _AFTER.search(text, table.end(), end)) else end)
        body = table.end()
        body = pager.end() if (pager := _PAGER.match(text, body, stop)) else body
        if kind is None or _NONE_RECORDED.match(text, body, stop):
            continue
        pieces = [(line.start(), line.end()) for line in re.finditer(r"[^\n]+", text[:stop]) if line.end() > body]
        for piece_start, piece_end in pieces:
            found += [(kind, *row) for row in _rows(text, max(piece_start, body), piece_end)]
    return found
