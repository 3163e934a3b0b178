"""The unnumbered opening business printed above a meeting's first numbered item.

Minutes and agendas often print their first business without a number and number the items after it: 'Public
Participation' over 'There were no speakers.' and then '1/20/BC  Apologies'; 'Welcome and Introduction' and 'Public
Session' over '1. Local Policing Report'. Such a line is an item (number '') when it stands among the last
``WINDOW`` non-blank lines above the first item, is a heading of opening business (``_OPENING``: public
participation, forum, session or question time, a welcome or introductions, apologies for absence) and holds nothing
more than a spaced dash with a word or three ('Public Participation – None.'). 'Apologies' alone, or a label
('Apologies for absence:' over the names), is the attendance block, never an item. The first item must be numbered 1
in one reading of its number ('1.', '1/20/BC', 'PCP 1/13'): minutes numbered on from earlier meetings ('21. Welcome')
number every item of the meeting in that running sequence, so a public forum printed above them without a number sits
outside the meeting's items (a session held before the meeting opened), and unnumbered items are another reader's
layout, whose top it already knows. A CMIS page prints 'Public Session' right under its 'Meeting Details' heading as
the template's section heading: no item.

Part of the agenda extractor: its records carry ``agenda.NAME`` and ``agenda.VERSION``, which a change here must bump.
"""

from __future__ import annotations

import re

from extractors.readers.item_numbers import item_number
from extractors.readers.spans import lines, provenance
from schemas.parsed import ParsedDocument
from schemas.structure import AgendaItemRecord

WINDOW = 8
# The dash tail's words are possessive (\S++): a long token is read once, never split every way (which took
# seconds on a 1,000-character token).
_OPENING = re.compile(
    r"^\s*(?P<title>public\s+(?:participation|forum|session|question\s+time)|open\s+forum"
    r"|(?:the\s+)?chair(?:man|person)?[’']?s?\s+welcome|welcome(?:\s+(?:and|&)\s+introductions?)?|welcome\s+and\s+apologies"
    r"|introductions?|apologies\s+for\s+absence)"
    r"\s*(?:\s[-–—]\s*(?:\S++\s*){1,3})?$",
    re.I,
)

# A CMIS page's heading over its item list: a 'Public Session' line right under it is the template's section heading.
_TEMPLATE_HEADING = re.compile(r"^\s*meeting\s+details\s*$", re.I)


def opening_business(document: ParsedDocument, items: list[AgendaItemRecord]) -> list[AgendaItemRecord]:
    """``items`` with the unnumbered opening business above their first item (see the module docstring) put first."""
    first = item_number(items[0].number) if items else None
    if first is None or all(number != 1 for _, number in first.readings):
        return items
    from extractors.proceedings import agenda

    text = document.text
    above = [line for line in lines(text, 0, items[0].provenance.start) if not line.is_blank][-WINDOW:]
    opening = [
        AgendaItemRecord(
            number="", title=match["title"].strip(), pages=[], access="unrestricted",
            provenance=provenance(document, text, line.start, line.end, agenda.NAME, agenda.VERSION),
        )
        for position, line in enumerate(above)
        if (match := _OPENING.match(line.text)) and not (position and _TEMPLATE_HEADING.match(above[position - 1].text))
    ]
    return [*opening, *items]
