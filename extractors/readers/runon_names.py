"""Name lists in run-on text (``readers.runon``): an attendance list printed a name a line, flattened.

In a long line, three or more names written by their initials ('P Merrow', 'Cllr K. Osei', 'Mrs J A Blakey MBE', 'R D Lowe Esq'), each
perhaps followed by a role in brackets, that stand one after another with nothing but white space between them were
printed one a line: a line began before each, after the last, and after a plural title opening one ('Councillors
R Tollan (Vice-Chair)': the group's heading over its first name). Names joined by commas or 'and' are a sentence's list and keep their
line (the attendance reader splits those).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.readers.names import POST_NOMINAL

# A name's title glued to the name before it ('A LoweCouncillor B Ray'): no line began there, and the name after
# the title is no bare name of its own.
_GLUED_TITLE = r"(?<!Councillor[ \t])(?<!Cllr[ \t])(?<!Cllr\.[ \t])(?<!Mr[ \t])(?<!Mrs[ \t])(?<!Ms[ \t])(?<!Miss[ \t])(?<!Dr[ \t])"
_NAME = re.compile(
    r"(?<![\w.,&'’-])" + _GLUED_TITLE + r"(?:(?P<plural>Cllrs|Councillors)(?P<heading>)[ \t]+|(?:Cllr|Councillor|County\s+Councillor|Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)?(?:[A-Z]\.?[ \t]*){1,3}[ \t]"
    rf"(?:Mc|Mac|O’|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:[ \t]+{POST_NOMINAL})?(?:[ \t]+\([^()\n]{{1,40}}\))?(?![\w'’-])"
)
_MIN_NAMES = 3


def name_breaks(text: str, start: int, end: int) -> Iterator[int]:
    """Offsets of the spaces in the long line ``text[start:end]`` before each name of a list printed a name a line."""
    run: list[re.Match] = []
    for match in _NAME.finditer(text, start, end):
        if run and text[run[-1].end() : match.start()].strip():
            yield from _breaks(text, run)
            run = []
        run.append(match)
    yield from _breaks(text, run)


def _breaks(text: str, run: list[re.Match]) -> Iterator[int]:
    if len(run) >= _MIN_NAMES:
        yield from (match.start() - 1 for match in run)
        # A group's heading in the plural over its names ('Councillors' over 'R Tollan'), and the text after the list.
        yield from (match.end("heading") for match in run if match["plural"])
        yield run[-1].end()
