"""Group lines under an apologies lead: 'Apologies for absence were received from:' (or 'Apologies:') alone on its
line, then the people who sent them one group a line ('Councillors: A Lowe and B Ray', 'Officers: C Sim (Solicitor)').

A group label alone says only who the people are; its attendance is the lead's. Read without the lead, 'Councillors:'
counted as present and 'Officers:' as in attendance, so the absent were recorded as attending. The lead must end its
line with nothing after it (its list is below); other group lines and blank lines may stand between.

Part of the attendance extractor: a change here must bump ``attendance.VERSION``.
"""

from __future__ import annotations

import re

from extractors.proceedings.attendance_labels import KINDS, LIST_LABEL, matched_kind
from extractors.readers.spans import Line

# A group's own label opening its line: the members' or the officers' ('Councillors:', 'Cllrs:', 'Officers:', 'Staff:').
GROUP_LABEL = re.compile(r"^[ \t]*(?:councillors|cllrs|members|officers|staff)[ \t]*:", re.I)


def under_apologies_lead(region: list[Line], index: int) -> bool:
    """``region[index]`` is a group line whose nearest line above (past blank lines and other group lines) is an
    apologies label or lead with nothing after it on its line."""
    for line in reversed(region[:index]):
        if line.is_blank or GROUP_LABEL.match(line.raw):
            continue
        match = LIST_LABEL.match(line.raw)
        return bool(match) and matched_kind(match, (*KINDS, "members")) == "apologies" and not line.raw[match.end() :].strip()
    return False
