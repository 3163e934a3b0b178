"""Minutes that print each item as its agenda line, its outcome after it (for ``minuted``).

A parish's minutes may keep the agenda's own wording as each item's heading, its numbering lost to dash bullets (or
kept on a few lines): '- To approve the Minutes of the last meeting: approved.', '8. To agree the grants listed
below:', 'To agree the payment for the hedge cutting; Agreed', '- To note the report of the Staff Group.'. An item is
such a line opening on an agenda verb ('To receive', 'To approve', 'To agree' ...), titled up to its colon or semicolon
(or its closing full stop), or a dash-bulleted standing item before its colon ('- Declarations of interest: none').
The points bulleted under an item ('- Village Hall £250') are no items. Read only when four lines or more open on
an agenda verb and most of them are bulleted: unbulleted 'To consider ...' lines are rows' descriptions.

Versioned by ``extractors.proceedings.minuted.VERSION``.
"""

from __future__ import annotations

import re

from extractors.readers.spans import Line

_VERB_LINE = re.compile(
    r"^\s*(?:(?P<bullet>[-–•])\s+|(?P<number>\d{1,3})[.)]\s+)?(?P<title>To\s+(?:receive|approve|confirm|note|agree|consider|accept|adopt"
    r"|discuss|elect|appoint|review|ratify|resolve|sign)\b[^:;\n]*?)\s*(?:[:;]\s*(?P<rest>.*?)|\.)?\s*$"
)
_STANDING_LINE = re.compile(
    r"^\s*[-–•]\s+(?P<title>(?:declarations?|disclosures?)\s+of\s+interests?|apologies(?:\s+for\s+absence)?|matters\s+arising"
    r"|correspondence|public\s+(?:participation|questions|session))\s*:",
    re.I,
)
_MIN_VERB_LINES = 4
_MIN_BULLETED = 2
_MAX_WORDS = 40


def verb_lines(region: list[Line]) -> list[tuple[str, str, Line]]:
    """(number, title, line) of the items (see the module docstring); else []."""
    found: list[tuple[str, str, Line]] = []
    verbs = bulleted = 0
    for line in region:
        if verb := _VERB_LINE.match(line.text):
            if len(verb["title"].split()) > _MAX_WORDS:
                continue
            found.append((verb["number"] or "", verb["title"], line))
            verbs += 1
            bulleted += bool(verb["bullet"])
        elif standing := _STANDING_LINE.match(line.text):
            found.append(("", standing["title"], line))
    return found if verbs >= _MIN_VERB_LINES and bulleted >= _MIN_BULLETED and 2 * bulleted > verbs else []
