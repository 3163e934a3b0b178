"""Where the labels of ``attendance_labels`` open the labelled attendance lists: 'PRESENT:', 'Apologies for absence
were received from' opening a line, '... HALL PRESENT: Cllr A ...' inside one, '... when there were present:' closing
the heading's sentence, a chair's line above the first list ('In the Chair: Councillor A'), and a label wrapped onto the
line under it ('APOLOGIES FOR' / 'ABSENCE'). ``attendance_lists.section_text`` says where each list's text runs.

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``,
which a change here must bump.
"""

from __future__ import annotations

import re

from extractors.proceedings.attendance_labels import INLINE_LABEL, KINDS, LIST_LABEL, matched_kind
from extractors.proceedings.attendance_preamble import chair_lines
from extractors.readers.furniture import printed_lines
from extractors.readers.spans import lines

# A heading sentence that ends by opening the list: '... held at the Guildhall at 10.15 am when there were present:'.
_CLOSING_PRESENT = re.compile(r"\b(?:when|where|at\s+which)\s+(?:there|the\s+following(?:\s+(?:members|councillors))?)\s+(?:were|was)\s+present\s*:?-?\s*$", re.I)
# 'APOLOGIES FOR' / 'ABSENCE / Councillor A Lowe': the rest of a label wrapped onto the next line.
_LABEL_REST = re.compile(r"^\W*(?:absence|non-?\s?attendance)\b[\s/:|–-]*(?=\S)", re.I)


def sections(text: str, start: int, end: int):
    """(attendance kind, label line, offset where the list starts, lines, label line index, label inside the line).

    A label opens a line ('PRESENT:', 'Apologies for absence were received from') or, in run-on
    text, sits inside one ('... HALL PRESENT: Cllr A ... APOLOGIES: Cllr B ...').
    """
    region, last = printed_lines(text, lines(text, start, end)), ""
    for index, line in enumerate(region):
        match = LIST_LABEL.match(line.raw)
        if match:
            first_label = not last
            kind = last = matched_kind(match, (*KINDS, "members"))
            # 'In the Chair: Councillor A' / 'In attendance: (Councillors)': the chair's line tops the first list, whatever its label.
            if kind in ("present", "members") or kind == "in_attendance" and first_label:
                for chair_line, chair_start in chair_lines(region, index):
                    yield "present", chair_line, chair_start, region, region.index(chair_line), False
            # 'APOLOGIES FOR' / 'ABSENCE / Councillor A Lowe': the label's last word opens the next line, the list after it.
            wrapped = _LABEL_REST.match(region[index + 1].raw) if re.search(r"(?i)\bfor\s*$", line.raw) and index + 1 < len(region) else None
            if wrapped:
                yield kind, region[index + 1], region[index + 1].start + wrapped.end(), region, index + 1, False
                continue
            yield kind, line, line.start + match.end(), region, index, False
        closing = None if match else _CLOSING_PRESENT.search(line.raw)
        if closing:
            yield "present", line, line.start + closing.end(), region, index, False
        for inline in INLINE_LABEL.finditer(line.raw, match.end() if match else 0):
            # '2 Apologies / ... from: A & B. Also: County Councillor C': an 'Also:' under apologies adds apologies.
            also = inline[0].startswith("Also") and last == "apologies"
            yield "apologies" if also else matched_kind(inline), line, line.start + inline.end(), region, index, True
