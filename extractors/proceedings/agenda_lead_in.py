"""Items a last agenda item leads into: '10. To consider the following reports:' over '29/20 Recovery Plan', '30/20 ...'.

An agenda may close on an item that introduces the reports under it, each numbered by its own reference in a numbering
of its own (minute or report references, '29/20', '30/20'), which the agenda's readers leave out: they read one
numbering. Read only after such a lead-in (its title names 'the following reports', 'items' or 'matters', or its line
ends in a colon): the fallback's numbered run below it (``agenda_fallback.fallback_items``), two or more lines whose
numbers hold a stroke or a point ('29/20', '4.2') and count up, the first within a few printed lines of the lead-in.
Each title is the rest of its line as printed (a colon inside kept: 'Standards: Re-Appointment of a Member').

Part of the agenda extractor: its records carry ``agenda.NAME`` and ``agenda.VERSION``, which a change here must bump.
"""

from __future__ import annotations

import re

from extractors.proceedings.agenda_fallback import MIN_PAIR, RunItem, fallback_items
from extractors.readers.item_numbers import item_number
from extractors.readers.spans import lines, provenance
from schemas.parsed import ParsedDocument
from schemas.structure import AgendaItemRecord

_LEAD_IN = re.compile(r"\bfollowing\s+(?:reports?|items?|matters?|business)\b", re.I)
_FIRST_WITHIN = 3
_REFERENCE = re.compile(r"\d[/.]\d")


def led_in(document: ParsedDocument, items: list[AgendaItemRecord], end: int) -> list[AgendaItemRecord]:
    """``items`` and the referenced items their last item leads into (see the module docstring)."""
    if not items:
        return items
    last = items[-1]
    text = document.text
    line_end = text.find("\n", last.provenance.start)
    line_end = len(text) if line_end == -1 else line_end
    if not _LEAD_IN.search(last.title) and not text[last.provenance.start : line_end].rstrip().endswith(":"):
        return items
    run = fallback_items(text, line_end, end, MIN_PAIR)
    if not run or not all(_REFERENCE.search(item.number) for item in run):
        return items
    printed = [line for line in lines(text, line_end, run[0].line.start + 1) if not line.is_blank]
    if len(printed) > _FIRST_WITHIN:
        return items
    from extractors.proceedings import agenda

    return items + [
        AgendaItemRecord(
            number=item.number,
            title=_whole_title(item),
            pages=[],
            access=last.access,
            provenance=provenance(document, text, item.line.start, item.line.end, agenda.NAME, agenda.VERSION),
        )
        for item in run
    ]


def _whole_title(item: RunItem) -> str:
    """The rest of the item's line after its number, as printed, its closing stop left out."""
    number = item_number(item.line.text.strip())
    rest = item.line.text.strip()[number.end :] if number else item.title
    return rest.strip(" \t.:").strip() or item.title
