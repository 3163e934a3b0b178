"""Members of the public who spoke, listed under a label of their own between the applications they spoke on.

Planning committees' minutes print 'Members of the public in attendance who spoke:' (``attendance_labels.SPEAKERS_LABEL``)
over blocks, one an application: its reference first ('EA/2020/0101/FUL Mill House, Low Road', the address perhaps
wrapped onto the next line), then a line per speaker, a courtesy title and name, then after a wide gap what they
spoke as ('Mr D Tay        Agent for applicant'). Each speaker is in attendance. Only titled names are read (an
address line never opens with 'Mr'), and the list ends at the first block that opens with neither a reference nor
a titled name (the next minute's heading).

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``, which a change
here must bump.
"""

from __future__ import annotations

import re

from extractors.proceedings.attendance_labels import SPEAKERS_LABEL
from extractors.readers.spans import lines

# A planning application's reference opening its block: 'EA/2020/0101/FUL', 'BA/2009/ 0268/FUL', '21/01234/HOUSE'.
_REFERENCE = re.compile(r"^[ \t]*(?:[A-Z]{1,4}/)?\d{2,4}/[ \t]?\d{2,6}(?:/[A-Z]{1,6})?\b")
# A speaker's line: a courtesy title, a name, then nothing or a wide gap and what they spoke as.
_SPEAKER = re.compile(
    r"^[ \t]*(?P<name>(?:Mrs|Mr|Ms|Miss|Dr)\.?[ \t](?:[A-Z]\.?[ \t]?){0,3}[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
    r"(?:[ \t][A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)?)[ \t]*(?:$|[ \t]{2,}\S|\t)"
)
_MAX_BLOCK = 8


def public_speakers(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each speaker's name under a speakers' label in ``text[start:end]``."""
    found: list[tuple[int, int]] = []
    rows = lines(text, start, end)
    for index, line in enumerate(rows):
        if not SPEAKERS_LABEL.match(line.text):
            continue
        block: list = []
        for below in rows[index + 1 :] + [None]:
            if below is not None and not below.is_blank and len(block) < _MAX_BLOCK:
                block.append(below)
                continue
            if block and not _read_block(block, found):
                break
            block = []
            if below is None:
                break
    return found


def _read_block(block: list, found: list[tuple[int, int]]) -> bool:
    """Add the speakers of one block to ``found``; False when the block is no application's (the list ended)."""
    opens_reference = bool(_REFERENCE.match(block[0].raw))
    speakers = [(line, match) for line in block if (match := _SPEAKER.match(line.raw))]
    if not opens_reference and not _SPEAKER.match(block[0].raw):
        return False
    for line, match in speakers:
        found.append((line.start + match.start("name"), line.start + match.end("name")))
    return True
