"""An 'Agenda item' page whose item table lost its number: the minute's reference printed alone on the line under
'Minutes:' ('O&S.68/17', 'CM 12/18', 'E.45/19': a committee's letters, its minute number, the year) numbers the item.

Part of the agenda extractor: its records carry ``agenda.NAME`` and ``agenda.VERSION``, which a change here must bump.
"""

from __future__ import annotations

import re

from extractors.readers.spans import Line

_MINUTES = re.compile(r"^minutes\s*:$", re.I)
_REFERENCE = re.compile(r"^(?P<number>[A-Z][A-Z&]{0,5}\s?[./]?\s?\d{1,3}/\d{2})\.?$")


def minute_reference(region: list[Line], index: int) -> str:
    """The reference alone under the 'Minutes:' line that is the next text after ``region[index]``, or ''."""
    following = [line.text for line in region[index + 1 :] if not line.is_blank][:2]
    if len(following) < 2 or not _MINUTES.match(following[0]):
        return ""
    reference = _REFERENCE.match(following[1])
    return reference["number"] if reference else ""
