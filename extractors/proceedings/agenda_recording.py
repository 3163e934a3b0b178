"""A meeting recording's index of its agenda: 'Agenda item N Title HH:MM' lines (rules versioned by
``extractors.proceedings.agenda.VERSION``).

A council's audio or webcast page lists each item of the meeting with the point of the recording where it starts
('Agenda item 4 Letters received 02:05', 'Agenda Item 9 ... 01:08:12'). The time is no part of the title, nor is the
item's number printed again after the label ('Agenda item 2 2. To confirm ...'); a page range may have lost its closing
bracket to the time ('(Pages 1 - 14 01:10'). A label alone on its line ('Agenda item 3') is titled by the next printed
line (its closing ':' or ':-' dropped), the item's text under it no title. A label's letter ('Agenda item 7 (a)') makes
a sub-item '7a'; under a label, a line numbered with the item's number and a letter or point ('8a Title', '4.1 Title':
an agenda whose labels carry start times) is one too, and so
are points marked '(i)', '(ii)' or '(a)', '(b)' in order (a capital '(I)' read as 'i'), the first on the first printed
line under the item's title, a later one only where it carries its own time ('(II) Motion ... - 01:52:10'): a quoted
motion's own lettered paragraphs are no items.

The layout holds three labelled lines or more, numbered in order, two of them or more ending in a time; else none.
"""

from __future__ import annotations

import re

from extractors.proceedings.agenda_lines import FoundItem
from extractors.proceedings.agenda_rows import clean_title, item_pages
from extractors.readers.numerals import roman_value
from extractors.readers.spans import Line

_LABEL = re.compile(
    r"^\s*(?i:agenda\s+item)\s+(?P<number>\d{1,3})(?:\s*\((?P<letter>[a-z])\)|(?P<glued>[a-z]))?(?=\s|$)\s*(?P<rest>.*?)\s*$"
)
# The recording's time at the line's end: '00:42', '44:02', '01:08:12' (after a spaced dash on a point's line), a
# range '00:42 - 01:15' or bracketed '(01:15)'.
_CLOCK = r"(?:\d{1,2}:)?\d{1,2}:\d{2}"
_TIME = re.compile(rf"(?:\s+[-–])?\s+(?:\({_CLOCK}\)|\[{_CLOCK}\]|(?:{_CLOCK}\s*[-–]\s*)?{_CLOCK})\s*$")
_OPEN_PAGES = re.compile(r"\(\s*pages?\s+\d{1,4}(?:\s*[-–]\s*\d{1,4})?\s*$", re.I)
_CLOSE = re.compile(r"\s*(?::-?|[-–])\s*$")
_POINT = re.compile(r"^\s*\((?P<point>[a-z]|[ivx]{1,4}|[IVX]{1,4})\)\s+(?P<title>[A-Z].*?)\s*$")
_MIN_LABELS = 3
_MIN_TIMED = 2


def _title(raw: str, number: str) -> tuple[str, list[int], bool]:
    """The title of a label's rest (or a line under it), its pages, and whether the line carried a time."""
    timed = _TIME.search(raw)
    raw = raw[: timed.start()] if timed else raw
    raw = re.sub(rf"^{number}\.\s+", "", raw)
    if _OPEN_PAGES.search(raw):
        raw += ")"
    title, pages = item_pages(raw, False)
    return clean_title(_CLOSE.sub("", title)), pages, timed is not None


def _serial(point: str, first: bool) -> tuple[str, int] | None:
    """('marked', 2) for 'ii' or 'II', ('letter', 2) for 'b'; 'i' opening a run is marked, later a letter."""
    lower = point.lower()
    if len(lower) > 1 or lower == "i" and first or point.isupper():
        value = roman_value(lower.upper())
        return ("marked", value) if value is not None else None
    return "letter", ord(lower) - ord("a") + 1


def recording_index(region: list[Line]) -> list[FoundItem]:
    """The items of a recording's agenda index in ``region`` (see the module docstring), else []."""
    printed = [line for line in region if not line.is_blank]
    labels = [(index, match) for index, line in enumerate(printed) if (match := _LABEL.match(line.text))]
    numbers = [int(match["number"]) for _, match in labels]
    timed = sum(bool(_TIME.search(match["rest"])) for _, match in labels)
    if len(labels) < _MIN_LABELS or timed < _MIN_TIMED or any(b < a for a, b in zip(numbers, numbers[1:])):
        return []
    items: list[FoundItem] = []
    bounds = [index for index, _ in labels] + [len(printed)]
    for (index, match), stop in zip(labels, bounds[1:]):
        number = match["number"] + (match["letter"] or match["glued"] or "")
        line, under = printed[index], printed[index + 1 : stop]
        end = line.end
        if match["rest"]:
            title, pages, _ = _title(match["rest"], match["number"])
        elif under:
            title, pages, _ = _title(under[0].text, match["number"])
            end, under = under[0].end, under[1:]
        else:
            continue
        if title:
            items.append(FoundItem(number, title, pages, False, line.start, end, page_layout="text"))
        items.extend(_sub_items(match["number"], under))
    return items


def _sub_items(number: str, under: list[Line]) -> list[FoundItem]:
    """The sub-items printed under item ``number``'s title: '8a Title' lines, and points in order (see the docstring)."""
    found: list[FoundItem] = []
    serial: tuple[str, int] | None = None
    for position, line in enumerate(under):
        if glued := re.match(rf"^\s*{number}(?P<letter>[a-z]|\.\d{{1,2}})\s+(?=[A-Z\d])(?P<rest>.*)$", line.text):
            title, pages, _ = _title(glued["rest"], number)
            if title:
                found.append(FoundItem(number + glued["letter"], title, pages, False, line.start, line.end, page_layout="text"))
            continue
        point = _POINT.match(line.text)
        kind = _serial(point["point"], serial is None) if point else None
        if kind is None or kind != (kind[0], (serial[1] + 1) if serial and serial[0] == kind[0] else 1):
            continue
        title, pages, timed = _title(point["title"], number)
        if title and (position == 0 or timed):
            serial = kind
            found.append(FoundItem(number + point["point"].lower(), title, pages, False, line.start, line.end, page_layout="text"))
    return found
