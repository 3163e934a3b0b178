"""HTML markup left in a text file: pages copied from a site's source, or a page store that kept the
paragraph tags of the PDF it rendered ('<p>PRESENT:</p><p>Cllr A ...', 'Chairman<br />').

Read as the lines the markup draws: a block tag (paragraph, line break, row, list item, heading,
division) ends a line, a cell ends a cell (' | ', as table rows are printed elsewhere), any other
known tag is removed (a block tag and the line break after it are one break) and character references are decoded. Only a file with ``MIN_TAGS`` paragraph, break,
division, row, cell or list-item tags or more is rewritten, so a paper that quotes a tag or two, or a
markdown paper with inline or list tags ('17<sup>th</sup>', '<ul style=...>'), is read as printed; the parser warns
with the count, so a reader knows the text was changed.
"""

from __future__ import annotations

import html
import re

MIN_TAGS = 5
_NAMES = r"p|br|div|tr|li|ul|ol|h[1-6]|table|tbody|thead|td|th|strong|b|i|em|u|span|font|a|sup|sub|small"
_TAG = re.compile(rf"<\s*(/?)\s*({_NAMES})\b(?:\s[^<>]{{0,300}})?\s*/?\s*>(?P<eol>[ \t]*\n)?", re.I)
_BLOCK = frozenset({"p", "br", "div", "tr", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tbody", "thead"})
_CELL = frozenset({"td", "th"})
# Tags that only a page's markup prints among text, each ending a line or a cell; a markdown paper's list or heading
# tags do not count. The agenda fallback cuts a line at them too.
LINE_TAGS: tuple[str, ...] = ("p", "br", "div", "tr", "td", "th", "li")
_TRIGGERS = frozenset(LINE_TAGS)
_SPACES = re.compile(r"[ \t]+\n")


def _replacement(match: re.Match[str]) -> str:
    name = match.group(2).lower()
    eol = "\n" if match.group("eol") else ""
    if name in _BLOCK:
        return "\n"
    if name in _CELL:
        return (" | " if match.group(1) else "") + eol
    return eol


def unmarked(text: str) -> tuple[str, int]:
    """The text with its markup read as lines, and the number of tags removed (0: the text unchanged)."""
    tags = [match.group(2).lower() for match in _TAG.finditer(text)]
    if sum(1 for name in tags if name in _TRIGGERS) < MIN_TAGS:
        return text, 0
    count = len(tags)
    lines = _SPACES.sub("\n", html.unescape(_TAG.sub(_replacement, text)))
    return re.sub(r"\n{3,}", "\n\n", lines), count
