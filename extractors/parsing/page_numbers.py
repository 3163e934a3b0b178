"""Printed page numbers from page footers ("Page 29", "29", "Page 3 of 12", "- 4 -")."""

from __future__ import annotations

import re

VERSION = "1"

_FOOTER_NUMBER = re.compile(
    r"^(page\s+)?[-–]?\s*(\d{1,4})\s*[-–]?(?:\s+of\s+\d{1,4})?$",
    re.IGNORECASE,
)
# A bare 19xx/20xx on the last line is a year far more often than a page.
_YEARS = range(1900, 2100)
_FOOTER_LINES = 2


def is_page_number_line(line: str) -> bool:
    """A line holding nothing but a page number as footers print it ('Page 3', '3 of 12', '- 4 -'), not a year."""
    match = _FOOTER_NUMBER.match(line.strip())
    return bool(match and (match.group(1) or int(match.group(2)) not in _YEARS))


def printed_page_number(page_text: str) -> int | None:
    """The number printed alone on one of the page's last two non-empty lines, if any.

    Only a line holding nothing but the number (with an optional "Page" / "of N")
    counts, so a numbered paragraph ("4.1 The KCSP...") never does; nor does a
    bare year.
    """
    lines = [line.strip() for line in page_text.splitlines() if line.strip()]
    for line in reversed(lines[-_FOOTER_LINES:]):
        if is_page_number_line(line):
            return int(_FOOTER_NUMBER.match(line).group(2))
    return None
