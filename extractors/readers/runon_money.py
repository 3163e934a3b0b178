"""Award lists in run-on text (``readers.runon``): where a flattened line's award lines began.

In a long line, an award list is a run of three or more figures each closing an entry and followed by the next one's
name in title case ('Rainbows – £60.00, Cubs – £60.00, Allotment Association – £140.00, ...', 'Tarnby 210,000
Fell Vale 265,000 ...'), each within a line's reach of the one before and no full stop between: a line began after
each. A list of entries led by their figure ('...: £3,200 to X towards Y; £450 to Z ...; ...') begins a line before each
figure after a semicolon, in a run of two or more (not after a dash: 'Rainbows – £60.00' is a name and its figure).
A sentence's list 'A, £N; B, £M; ...' is not broken.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# A figure closing an entry: pounds, or a figure grouped by commas (a table's amount column); a scale word after it
# ('£1.2 million') is no entry's end.
_ENTRY_END = re.compile(
    r"(?:£\s?\d{1,3}(?:,\s?\d{3})*|(?<![\w£.,/])\d{1,3}(?:,\d{3})+)(?:\.\d{2})?[*,;]?(?P<space>[ \t]+)(?=[A-Z][a-z'’]|[A-Z]{2,}\b)"
)
_FIGURE_FIRST = re.compile(r"(?<=;)[ \t]+(?=£\s?\d)")
_SENTENCE_END = re.compile(r"[a-z)]\.\s+[A-Z]")
# Entries of one list stand this close.
_REACH = 160
_MIN_ENTRIES = 3


def award_breaks(text: str, start: int, end: int) -> Iterator[int]:
    """Offsets of the spaces in the long line ``text[start:end]`` where an award list's lines began (docstring)."""
    ends = [match for match in _ENTRY_END.finditer(text, start, end) if not _sentence_entry(text, match)]
    yield from _runs(text, ends, _MIN_ENTRIES, "space")
    yield from _runs(text, list(_FIGURE_FIRST.finditer(text, start, end)), 2, 0)


def _sentence_entry(text: str, match: re.Match) -> bool:
    """'A, £N; B, £M; the C, £K; and D, £L.': a sentence's list, a comma before each figure and a semicolon after,
    read whole by the projects' segment reader (its entries need not open in title case)."""
    return match.group().rstrip().endswith(";") and text[max(0, match.start() - 3) : match.start()].rstrip().endswith(",")


def _runs(text: str, matches: list[re.Match], least: int, group: str | int) -> Iterator[int]:
    """The starts of ``group`` in each run of ``least`` matches or more, each within reach of the one before."""
    run: list[re.Match] = []
    for match in matches:
        if run and (match.start() - run[-1].end() > _REACH or _SENTENCE_END.search(text, run[-1].end(), match.start())):
            if len(run) >= least:
                yield from (m.start(group) for m in run)
            run = []
        run.append(match)
    if len(run) >= least:
        yield from (m.start(group) for m in run)
