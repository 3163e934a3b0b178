"""ModernGov's page heading around a meeting page's one-line title (rules versioned by ``extractors.proceedings.split``).

The heading ('Agenda and draft minutes', 'Meeting documents') stands over the title or ends its line ('Cabinet -
Tuesday, 25th November, 2025 7.00 pm - Agenda and draft minutes'); such a title names its meeting whatever its body's
words ('Policy and Finance').
"""

from __future__ import annotations

import re

from extractors.proceedings.agenda_rows import MEETING_PAGE_TITLE
from extractors.readers.dates import WEEKDAY

PAGE_HEADING = r"(?:agenda(?:,\s*decisions)?\s+and\s+(?:draft\s+)?(?:minutes|decisions)|meeting\s+documents)"
PAGE_HEADING_AFTER = re.compile(rf"\s+[-–—]\s+{PAGE_HEADING}\s*$", re.I)
_HEADING_ABOVE = re.compile(rf"(?:^|\n)\W*{PAGE_HEADING}[ \t]*\n(?:[ \t]*\n)*[ \t]*$", re.I)
_REACH = 120
_DASH_BEFORE_WEEKDAY = re.compile(rf"[ \t]+[-–—][ \t]+(?={WEEKDAY})", re.I)


def headed_title(text: str, match: re.Match) -> bool:
    """Whether ``match`` (of ``MEETING_PAGE_TITLE``) is ModernGov's 'X - Weekday, date' title under the page's heading or
    ending in it ('Issued on Monday 27 January 2025' under 'Meeting documents' is none)."""
    dash = _DASH_BEFORE_WEEKDAY.match(text, match.end("body"))
    if match.re is not MEETING_PAGE_TITLE or dash is None or dash.end() != match.start("when"):
        return False
    return bool(_HEADING_ABOVE.search(text, max(0, match.start() - _REACH), match.start()) or PAGE_HEADING_AFTER.search(match["when"]))
