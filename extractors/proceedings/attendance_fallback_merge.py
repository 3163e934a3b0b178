"""The fallback's records (``attendance_fallback``) beside the primary readers' ones: read in the papers that may list
attendance, each name and kind once, less the people the readers found.

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``, which a change
here must bump.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extractors.proceedings.attendance_fallback import fallback_blocks
from extractors.proceedings.attendance_preamble import officer_attendance
from extractors.readers.names import bare_name
from schemas.parsed import ParsedDocument
from schemas.structure import AttendeeRecord, Paper

_MIN_MISSED = 3


def name_words(name: str) -> set[str]:
    """The words of a name without its title and post-nominals (``names.bare_name``), in lower case, each of three letters or more."""
    return set(re.findall(r"[a-z'’-]{3,}", bare_name(name).lower()))


def _words(name: str) -> list[str]:
    """The words of a name without its title and post-nominals, in lower case, initials' points dropped."""
    return bare_name(name).lower().replace(".", " ").split()


def fallback_records(
    document: ParsedDocument, text: str, papers: list[Paper], listed: list[AttendeeRecord], attendee: Callable[..., AttendeeRecord | None]
) -> list[AttendeeRecord]:
    """``attendance_fallback`` read in ``text`` (the document's text as the readers read it), less the people ``listed``
    holds (a surname among the words of their names: 'Councillor Lowe' and 'Ann Lowe' may be one person);
    ``attendee`` makes a record of an entry's span as the readers do."""
    named = [set(_words(record.name)) for record in listed]
    known = set().union(*named)

    def listed_already(record: AttendeeRecord) -> bool:
        """The record's surname is a word of a listed name, or a listed name's words are all among its words (a name
        the readers cut short: 'Mr Ann' for 'Mr Ann Lowe')."""
        words = _words(record.name)
        return bool(set(words[-1:]) & known) or any(name and name <= set(words) for name in named)

    found: dict[tuple[str, str], AttendeeRecord] = {}
    for paper in papers:
        if paper.kind in ("minutes", "meeting_page", "agenda", "other"):
            for block in fallback_blocks(text, paper.start, paper.end):
                records = [attendee(document, text, start, end, kind) for kind, start, end in block]
                # A first name the two share ('John') makes no one person: the surname must be among the readers' words.
                new = [record for record in records if record is not None and not listed_already(record)]
                # Beside the readers' records, a block adds a run they missed, not a stray name or two.
                if not listed or len(new) >= _MIN_MISSED:
                    for record in new:
                        # An officer read as present (a sergeant, a clerk's post) is in attendance, as in the readers' lists.
                        record = officer_attendance(record, text)
                        found.setdefault((record.name, record.attendance), record)
    return list(found.values())
