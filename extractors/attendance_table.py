"""A meeting page's 'Attendee | Role | Attendance' table ('Present, virtual' is present; an officer marked
present is in attendance; 'Expected' and 'Absent' are not attendance).

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``,
which a change here must bump.
"""

from __future__ import annotations

import re

from extractors.attendance import _CHAIR, _TABLE_HEADER, _attendee
from extractors.spans import lines
from schemas.parsed import ParsedDocument
from schemas.structure import Attendance, AttendeeRecord

_TABLE_STATUS: dict[str, Attendance] = {
    "present": "present", "attended": "present", "present as substitute": "present",
    "present as deputy": "present", "apologies": "apologies", "apologies received": "apologies",
    "in attendance": "in_attendance", "also present": "in_attendance",
}


def table_rows(document: ParsedDocument, text: str, start: int, end: int) -> list[AttendeeRecord]:
    """Rows of an 'Attendee | Role | Attendance' table ('Present, virtual' is present)."""
    found: list[AttendeeRecord] = []
    region = lines(text, start, end)
    for index, line in enumerate(region):
        if not _TABLE_HEADER.match(line.text):
            continue
        for row in region[index + 1 :]:
            cells = [cell.strip() for cell in row.raw.strip().removeprefix("|").removesuffix("|").split("|")]
            if len(cells) < 3:
                break
            printed = re.sub(r",?\s*\(?(?:virtual(?:ly)?|remotely|remote)\)?$", "", " ".join(cells[2].lower().split()))
            status = _TABLE_STATUS.get(printed)
            if status is None:
                continue
            if status == "present" and re.fullmatch(r"(?:\w+\s+)?officers?", cells[1], re.I):
                status = "in_attendance"
            name_start = row.start + row.raw.index(cells[0])
            record = _attendee(document, text, name_start, name_start + len(cells[0]), status)
            if record is not None:
                chair = _CHAIR.match(cells[1])
                role_update = {"role": cells[1] or None}
                if chair:
                    role_update["chair"] = "Vice-Chair" if chair["vice"] else "Chair"
                found.append(record.model_copy(update=role_update))
    return found
