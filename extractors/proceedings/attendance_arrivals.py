"""A member who came late, named in a sentence of its own inside the attendance paragraph, under the present list
with no blank line between ('Present: ...' / 'Councillor A Lowe joined the meeting at 8pm.'; 'Cllr B Ray arrived at
7.45pm.', 'Mrs C Sim arrived during item 4.'): present. Elsewhere (an apologies item's minute) such a sentence
records nothing.

The sentence opens with the titled name (a line's start or after a full stop), so 'The Clerk reported that ...' or
a name inside another sentence is not read. A councillor's title ('Councillor', 'Cllr') names a member wherever the
sentence stands; another title ('Mr G Moss arrived at 7.45pm to present the report', 'Dr F Bell arrived for item 6')
may be a visitor's, so it counts only where the present list titles its members the same way (no 'Cllr' in it) and
no in-attendance label or officer's bracketed post stands between the list and the sentence.

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``,
which a change here must bump.
"""

from __future__ import annotations

import re

_TITLED = r"(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:[A-Z]\.?\s+){0,3}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
_ARRIVAL = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s))[ \t]*(?P<name>{_TITLED})\s+"
    r"(?:joined\s+the\s+meeting|arrived)(?:\s+at\s+the\s+meeting)?\s+(?:at\s+\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\b\.?)?|during\s+(?:item|minute)\b|(?:late|later)\b)",
    re.M,
)


_COUNCILLOR = re.compile(r"(?:Councillors?|Cllrs?)\b\.?")
_OFFICERS = re.compile(r"\b(?:in\s+attendance|also\s+present|officers?\s+present|\((?:the\s+)?(?:Clerk|RFO|Parish\s+Clerk)\))", re.I)


def _a_member(text: str, match: re.Match, paragraph: int) -> bool:
    """Whether the arriving name is a member's: a councillor's title, or a list of members titled like it with no
    officers between."""
    if _COUNCILLOR.match(match["name"]):
        return True
    before = text[paragraph + 1 : match.start()]
    return not _COUNCILLOR.search(before) and not _OFFICERS.search(before)


def late_arrivals(text: str, start: int, end: int, present_ends: list[int]) -> list[tuple[int, int]]:
    """The name spans of the members a sentence says joined the meeting late, in a paragraph holding the end of a
    present entry (``present_ends``) before it."""
    found = []
    for match in _ARRIVAL.finditer(text, start, end):
        paragraph = max(text.rfind("\n\n", 0, match.start()), text.rfind("\n \n", 0, match.start()))
        if any(paragraph < present_end <= match.start() for present_end in present_ends) and _a_member(text, match, paragraph):
            found.append(match.span("name"))
    return found
