"""A partnership board's present list under a label alone on its line ('Present:-'), one line for each body
represented, its name and a colon before the people it sent ('Westshire Council: Councillors Lowe (Chair), Ray and
Dunn;' / 'Westshire Police: Chief Inspector A Hart;' / 'NHS Westshire: Mr B Moss.').

At least two such lines must follow the label (blank lines between them allowed), the list one sentence: each line
closed by a semicolon, the last by a full stop or a semicolon; the first line of another shape ends the list. A body's name holds no word of a post or a label ('Clerk:', 'Officers:', 'Apologies:'), which other
readers give their own kind.

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``,
which a change here must bump.
"""

from __future__ import annotations

import re

from extractors.proceedings.attendance_labels import LIST_LABEL
from extractors.readers.spans import lines

_BODY_WORD = r"(?:[A-Z][\w'’&.-]*|and|of|for|on|upon|the|&)"
_ORG_LINE = re.compile(
    rf"^[ \t]*(?P<body>[A-Z][\w'’&.-]*(?:[ \t]+{_BODY_WORD}){{0,7}})[ \t]*:-?[ \t]+(?P<names>[A-Z][^:\n]*?)[ \t]*(?P<stop>[;.])[ \t]*$"
)
_NOT_BODY = re.compile(
    r"\b(?:chair\w*|vice|clerk|officers?|secretary|treasurer|councillors?|cllrs?|members?|apolog\w*|attend\w*|present|absent"
    r"|substitut\w*|observers?|public|staff|minutes?|item|date|time|venue|place|location|also|others?|in)\b",
    re.I,
)
_MIN_LINES = 2


def org_lines(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """The (start, end, comma-separated) pieces of names of each body's line under a present label alone on its line."""
    region = [line for line in lines(text, start, end) if not line.is_blank]
    pieces: list[tuple[int, int, bool]] = []
    for index, line in enumerate(region):
        label = LIST_LABEL.match(line.raw)
        if not label or not label["present"] or line.raw[label.end() :].strip():
            continue
        run: list[tuple[int, int, bool]] = []
        stops = ""
        for below in region[index + 1 :]:
            match = _ORG_LINE.match(below.raw)
            if not match or _NOT_BODY.search(match["body"]):
                break
            run.append((below.start + match.start("names"), below.start + match.end("names"), True))
            stops += match["stop"]
            if match["stop"] == ".":
                break
        pieces += run if len(run) >= _MIN_LINES and ";" * (len(run) - 1) == stops[:-1] else []
    return pieces
