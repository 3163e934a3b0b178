"""Blank lines where a PDF page prints a paragraph gap: the one place that turns vertical space into text.

PDFium writes one line end between two printed lines whatever the space between them, so a page
whose blocks are set apart by space alone (a list of members, a gap, then an 'In Attendance'
label) reads as one run of lines, and the readers that close a list or a heading at a
blank line read on into the next block. A line whose baseline is lower than the line before by
clearly more than the page's usual line pitch gets a blank line before it. Only line ends are
added, between printed lines, so every printed character is kept in order and every offset of the
finished page text points at what the page prints.
"""

from __future__ import annotations

import ctypes
import re

import pypdfium2.raw as pdfium_c

# Steps are measured in font sizes of the lower line, so a footnote's tight leading and a
# heading's wide one are judged alike. The page's usual pitch is this quantile of its steps: a page
# of one-line paragraphs still has some wrapped or listed lines, and their pitch, not the paragraph
# pitch, is the usual one ...
USUAL_QUANTILE = 0.1
# ... but never more than this: single spacing is 1.15-1.3 font sizes, one and a half 1.75, so a page
# whose every printed line stands apart (a list set one item a paragraph) still shows its gaps.
# A double-spaced page (2.3) reads as a blank line between all its lines.
MAX_USUAL = 1.5
# A gap is a step exceeding the usual pitch by this many font sizes (a body paragraph's space after
# is 0.3-0.6 of the font size; leading varies by well under 0.2 inside a paragraph).
GAP = 0.35
# Fewer steps than this (a title page, a page of a table) give no usual pitch to judge by.
MIN_STEPS = 3

_LINE_END = re.compile(r"\r\n|\r|\n")

Line = tuple[float, float] | None
"""A printed line's baseline height (PDF points, up the page) and font size; None for an empty line."""


def gap_lines(text: str, lines: list[Line]) -> str:
    """``text`` (PDFium's page text, one entry of ``lines`` per line) with an empty line before each
    printed line whose ``step`` down from the line above is more than GAP over the page's usual
    one. A line level with or above the one before (a table's next column, a second text box),
    a line next to an empty one and a page of too few lines to judge are left as they are. Line ends
    come back as '\\n' whether or not a gap was added (review s18 item 7)."""
    parts = _LINE_END.split(text)
    if len(parts) != len(lines):
        return "\n".join(parts)
    steps = [step(above, below) for above, below in zip(lines, lines[1:])]
    known = sorted(s for s in steps if s is not None and s > 0)
    if len(known) < MIN_STEPS:
        return "\n".join(parts)
    usual = min(known[int(len(known) * USUAL_QUANTILE)], MAX_USUAL)
    out = [parts[0]]
    for index in range(1, len(parts)):
        found = steps[index - 1]
        if found is not None and found > usual + GAP:
            out.append("")
        out.append(parts[index])
    return "\n".join(out)


def step(above: Line, below: Line) -> float | None:
    """How far the lower line's baseline is below the upper one's, in the lower line's font sizes;
    None unless both lines print something."""
    if above is None or below is None:
        return None
    return (above[0] - below[0]) / max(below[1], 1.0)


def page_lines(textpage, text: str) -> list[Line]:
    """Each line of PDFium's ``text`` (its ``get_text_range()``): the baseline and font size of its
    first printed character, None for a line of spaces. [] when the text's characters are not
    PDFium's characters one for one (a character outside the BMP), so nothing is changed."""
    raw = textpage.raw
    if pdfium_c.FPDFText_CountChars(raw) != len(text):
        return []
    x, y = ctypes.c_double(), ctypes.c_double()
    found: list[Line] = []
    start = 0
    for end in [m.start() for m in _LINE_END.finditer(text)] + [len(text)]:
        line = text[start:end]
        first = len(line) - len(line.lstrip())
        if first < len(line) and pdfium_c.FPDFText_GetCharOrigin(raw, start + first, ctypes.byref(x), ctypes.byref(y)):
            found.append((y.value, pdfium_c.FPDFText_GetFontSize(raw, start + first)))
        else:
            found.append(None)
        match = _LINE_END.match(text, end)
        start = match.end() if match else end
    return found

