"""A CMIS 'Agenda Items' list whose rows kept only their descriptions, in a Scottish council's wording.

Under CMIS's 'Agenda Items' heading a row prints its number and title ('1 Declarations of Interest') over its
description; a page saved without the row titles keeps the descriptions alone. A Scottish council describes each
report 'Submit (a) report by the Director (Place) on ... (copy enclosed).' and the minutes 'The accuracy of the
minutes of the meeting of the Cabinet held on ... will be confirmed ...': each such paragraph is an unnumbered item
titled by its sentence (without its closing stop); a report due 'by the end of the year' is no such row. Group
headings ('Reports by the Chief Executive') and the other descriptions are no items. Read only where one such
sentence stands under the heading.
"""

from __future__ import annotations

import re

from extractors.proceedings.agenda_lines import FoundItem
from extractors.readers.spans import Line

_HEADING = re.compile(r"^\s*agenda\s+items\s*$", re.I)
_DESCRIBED = re.compile(
    r"^\s*(?:submit\s+(?:a\s+)?(?:joint\s+)?report\s+by\s+(?:the\s+)?(?-i:[A-Z])|the\s+accuracy\s+of\s+the\s+minutes\s+of\s+the\s+meetings?\s+of\s.+"
    r"\swill\s+be\s+confirmed\b)",
    re.I,
)
_ROW = re.compile(r"^\s*(?P<number>\d{1,3})\s+(?P<title>(?-i:[A-Z])[^.]{2,80})$")
_ROW_WORDS = 10


def described_rows(region: list[Line]) -> list[FoundItem]:
    """The numbered rows and described paragraphs under the first 'Agenda Items' heading of ``region`` (see the module
    docstring), or [] where no paragraph is so described."""
    first = next((index for index, line in enumerate(region) if _HEADING.match(line.text)), None)
    if first is None:
        return []
    items: list[FoundItem] = []
    for line in region[first + 1 :]:
        text = line.text.strip()
        if _DESCRIBED.match(text):
            items.append(FoundItem("", re.sub(r"\.$", "", text), [], False, line.start, line.end, page_layout="text"))
        elif (row := _ROW.match(text)) and len(row["title"].split()) <= _ROW_WORDS:
            items.append(FoundItem(row["number"], row["title"].strip(), [], False, line.start, line.end, page_layout="text"))
    return items if any(not item.number for item in items) else []
