"""Run-on text: an agenda pack or report flattened into a few very long lines (document mirrors, some PDF text
extractions) read as the lines it was flattened from.

``reflowed(text)`` has the same length and offsets as ``text``: the space before each place a line began becomes
a newline, so every span found in the reading points into the original. A line began:

- at an item number continuing the document's numbering ('... Substitute Members 3. Minutes ...', a parish's running
  '512. Apologies ... 513. Minutes ...'): inline numbers
  count only where they carry on the number before them (printed at a line start or inline), or open a run
  '1.', '2.' ..., and only in a run of three or more; a number after 'paragraph', 'item', 'page' ... is a reference;
- at a lettered sub-item in order ('a) ... b) ...' from 'a');
- at a front sheet's 'Date', 'Time' and 'Venue' labels printed without a colon, two or more in a line, or one when another
  opens the next line ('Fire and Rescue Panel Date Thursday 9 March 2023' over 'Time 10.30 am');
- in a long line (a run-on line, ``_RUN_ON`` characters or more): at a bullet when the line holds two or more,
  at a front sheet's labels printed without a colon and followed by their value ('Date Thursday 9 ...',
  'Time 10.30 am', 'Venue Council Chamber') or with one ('Venue: ...', 'Lead Member: ...', 'Present: ...'), at
  'ITEM 6' / 'Agenda Item 6', at a weekday-led date in a run of two or more not led into ('... 2019/20 Monday, 17/06/19 ... Monday, 30/09/19 ...'), and after a heading in capitals
  of three words or more followed by a word in title case ('... 2021 Report of ...');
- in a long line, in its first characters, at a minutes heading naming its body and 'held' ('... Sheet 12 Minutes of the
  Eastby Parish Council Meeting held ...'), not led into;
- in a long line, after each entry of a contents list, its dot leader and page before the next entry's number ('49 Welcome
  ...... 3 50 Declarations ...... 3'), three or more;
- in a long line, at item numbers of other shapes ('3121:', '14/25', 'HWFA/22a', a bare '03') in a run, and at numbers of
  any form ``item_numbers`` reads ('Minute 41/23', 'Item 4 –', 'PC41/23', 'PT 27/041') counting up by one, three or more
  (never broken inside), after each item's title (``runon_items``), before and after a meeting page's 'No. Item' header and after each number under it (its
  own cell), at an 'Item no.' header, after each entry of an award list (``runon_money``), before each name of a
  list printed a name a line (``runon_names``) and before an attendance label opening its list (``runon_attendance``:
  'PRESENT:', 'Present:-', 'Present Councillor A LOWE ...').
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.readers import runon_attendance, runon_items, runon_money, runon_names
from extractors.readers.dates import WEEKDAY
from schemas.parsed import ParsedDocument

# A line this long is run on (a web paragraph may be too: the rules read only layouts a paragraph does not print).
_RUN_ON = 200
_MIN_RUN = 3
_LINE = re.compile(r"[^\n\f]+")
# An item number where a line may begin: a title follows in capitals (or a bracket, a quote); a lettered sub-item.
_NUMBER = runon_items.Shape(
    re.compile(r"(?P<number>\d{1,3})[.)](?P<end>)[ \t]+(?=[A-Z(\[‘'\"“])"), re.compile(r"^[ \t]*(?P<number>\d{1,3})[.)](?P<end>)[ \t]+\S", re.M), False
)
_LETTER = runon_items.Shape(
    re.compile(r"\(?(?P<letter>[a-z])\)(?P<end>)[ \t]+(?=[A-Z(‘'\"“])"), re.compile(r"^[ \t]*\(?(?P<letter>[a-z])\)(?P<end>)[ \t]+\S", re.M), False
)
# A meeting page's item table header: '... Contact: A Clerk Media Items No. Item 14/25 Apologies ...'.
_ITEM_HEADER = re.compile(r"(?<=\s)No\.\s+Item(?=\s)")
# A table row's cells keep their line: a line with a cell's edge shorter than a flattened page, or with an edge every
# ``_CELL_WIDTH`` characters or more often (a table printed as one line); a page of prose with one '|' is no table.
_TABLE = re.compile(r"\||\t| {3,}\S")
_FLATTENED_PAGE = 1000
_CELL_WIDTH = 80
_BULLET = re.compile(r"(?<=\s)[•▪●◦■►](?=\s)")
# A front sheet's parts: 'Part A' (open to the public), 'Part B' (exempt), each perhaps under a 'Business' heading.
_PART = r"(?:Part|PART)\s+(?:[AB12]|II?)\b"
# A front sheet's label and the value it carries, printed without a colon.
_FRONT_SHEET = (
    rf"Date(?=\s+(?:(?i:{WEEKDAY})|\d{{1,2}}(?:st|nd|rd|th)?\s+[A-Z][a-z]+))|Time(?=\s+\d{{1,2}}(?:[.:]\d\d)?\s*[ap]\.?m\b)"
    r"|Venue(?=\s+[A-Z][a-z])"
)
# In a line of any length, two of them or more: 'Fire and Rescue Panel Date Thursday 9 March 2023 Time 10.30 am'.
_FRONT_SHEET_LABEL = re.compile(rf"(?<=\s)(?:{_FRONT_SHEET})")
# ... or one, the next line opening with another: 'Fire and Rescue Panel Date Thursday 9 March 2023' over 'Time 10.30 am'.
# (The spaces up to a line end, then all of them: the same matches as '\s*\n\s*', without splitting a run of blank lines.)
_NEXT_LABEL = re.compile(rf"(?=[^\S\n]*+\n)\s*+(?P<label>{_FRONT_SHEET})")
_LABEL = re.compile(
    # An item table's header: '... Category: Item no. Agenda Item Details Status 01 Apologies ...'.
    rf"(?<=\s)(?:{_FRONT_SHEET}|(?<!Agenda\s)Item\s+[Nn]o\.(?=\s+[A-Z])|Agenda\s+[Ii]tem(?=\s+(?::\s+)?\d{{1,3}}[A-Za-z]?\s+[A-Z])"
    r"|ITEM(?=\s+\d{1,3}[A-Za-z]?\s+[A-Z]{2})"
    rf"|(?:Business|BUSINESS)(?=\s+{_PART})|{_PART}(?=\s+[\[(A-Z])"
    # A front sheet's, a report header's or a record's label with its colon: 'Venue: Council Chamber', 'Lead Member: ...'.
    r"|(?:Date|Time|Venue|Place|Location|Contact|Meeting|Present|Apologies|Also\s+[Pp]resent|In\s+[Aa]ttendance|Subject|Title"
    r"|Report\s+(?:of|by|to|[Aa]uthor)|Authors?|Lead\s+(?:Member|Officer)|Purpose|Decision\s+(?:[Mm]aker|[Ss]tatus)|Key\s+[Dd]ecision"
    # A decision record's header and sections: 'Date of decision: ...', 'Reasons for the decision: ...'.
    r"|Date\s+of\s+(?:[Dd]ecision|[Rr]eport|[Mm]eeting|[Pp]ublication)|Decision(?:\s+[Nn]umber|\s+[Tt]aken)?|Reasons?\s+for\s+(?:the\s+)?[Dd]ecision"
    r"|Alternative\s+[Oo]ptions(?:\s+[Cc]onsidered|\s+[Rr]ejected)?|Declarations?\s+of\s+[Ii]nterests?|Reference(?:\s+[Nn]umber|\s+[Nn]o\.?)?"
    r"|Title\s+of\s+(?:[Rr]eport|[Dd]ecision)|Executive\s+[Ss]ummary|Recommendations?|Financial\s+[Ii]mplications|Wards?\s+[Aa]ffected"
    r"|Portfolio(?:\s+[Hh]older)?)"
    r"(?=\s*:\s+\S))"
)
# A meeting page's title over its meeting's heading, printed once or twice: 'Agenda and minutes Agenda and minutes
# Licensing Committee - Wednesday, 5th March, 2025 2.00 pm'.
_PAGE_TITLE = re.compile(
    r"(?:Agenda,\s+decisions\s+and\s+minutes|Agenda\s+and\s+(?:minutes|decisions)|Agenda|Minutes|Decisions)(?P<end>)[ \t]+"
)
_MEETING_HEADING = re.compile(rf"[A-Z][^\n\f]{{2,120}}?\s[-–]\s(?i:{WEEKDAY}),?\s+\d")
# An item's number just before a label: the label is the item's title ('4. Declarations of Interest: ...', '42/23 –
# Declarations of Interest: ...').
_NUMBERED = re.compile(r"(?<![\w.])(?:\d{1,3}[.)]|[A-Za-z]{0,6}\d{1,4}[/.-]\d{1,4}[.)]?\s+[-–])\s+$")
_WEEKDAY_DATE = re.compile(rf"(?<=\s)(?i:{WEEKDAY}),?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:[/.]\d{{1,2}}[/.]\d{{2,4}}|\s+[A-Z][a-z]+)")
# A word leading into what follows: a date or label after it is part of its sentence ('held on Monday, 3 June', 'with Part B');
# a capital 'A' is a letter ('Part A ITEM 9').
_LEADS_IN = re.compile(
    r"\b(?:on|of|for|from|until|to|and|before|after|between|by|held|the|or|than|since|with|in|at|under|within|see|per|(?-i:a)|an|this|that|its|their)\s*$|,\s*$",
    re.I,
)
# The longest word of ``_LEADS_IN`` ('between'): only the characters just before a place can lead into it.
_LEAD_WORD = 7
# A heading in capitals (three words of two or more letters, figures and dashes between) closed by a word in title case
# that a lower-case word follows: '... JULY 2021 Report of the ...'.
_FIRST_CAPITAL = r"[A-Z][A-Z0-9'’&/-]+|\d[\dA-Z/]*|[–-]"
_NEXT_CAPITAL = r"[A-Z][A-Z0-9'’&/-]*|\d[\dA-Z/.]*|[–&-]"
_CAPITALS_CLOSED = re.compile(rf"(?<![^\s])(?:{_FIRST_CAPITAL})(?:\s+(?:{_NEXT_CAPITAL}))*\s+(?=[A-Z][a-z]+\s+[a-z])")
# A run of whole words any of which the heading may hold: a heading in capitals is tried once from the first word
# that may open it (``_capitals_closed``), not again from every word of a run that no title-case word closes.
_CAPITALS_RUN = re.compile(rf"(?<![^\s])(?:{_NEXT_CAPITAL})(?!\S)(?:\s+(?:{_NEXT_CAPITAL})(?!\S))*")
_FIRST_CAPITAL_WORD = re.compile(_FIRST_CAPITAL)
_WORD = re.compile(r"\S+")
# A body's name in it ('Minutes of the Eastby Parish Council Meeting held', '... of the meeting of the Eastby Board
# held'), not a minute's words ('Minutes of the meeting held on 3 May (previously circulated)').
_MINUTES_HEADING = re.compile(
    r"(?<=\s)(?:MINUTES|Minutes)\s+of\s+(?:the|a|an|THE|AN?)\s+(?:[a-z]+\s+){0,3}(?:(?i:meeting)\s+of\s+(?:the\s+)?)?(?!Meeting\b|MEETING\b)[A-Z][^\n.]{2,120}?\s(?:held|HELD)\s"
)
_HEAD = 400
_CAPITAL_WORD = re.compile(r"\b\w*[A-Z]{2}\w*\b")


def reflowed_document(document: ParsedDocument) -> ParsedDocument:
    """``document`` read with its run-on lines split (``reflowed``); its pages, and so every span's quoted text, unchanged."""
    text = reflowed(document.text)
    if text is document.text:
        return document
    copy = document.model_copy()
    copy.__dict__["text"] = text
    return copy


def reflowed(text: str) -> str:
    """``text`` with a newline for the space before each place a run-on line's lines began (same length)."""
    breaks = break_points(text)
    if not breaks:
        return text
    chars = list(text)
    for position in breaks:
        chars[position] = "\n"
    return "".join(chars)


def break_points(text: str) -> list[int]:
    """Offsets of the spaces in ``text`` where a flattened line began (see the module's docstring)."""
    starts = runon_items.LineStarts(text)
    long_lines = [
        (line.start(), line.end()) for line in _LINE.finditer(text) if line.end() - line.start() >= _RUN_ON and not _table_row(line.group())
    ]
    numbers = runon_items.in_order(text, _NUMBER, starts, _MIN_RUN)
    for shape in runon_items.SHAPES:
        numbers.extend(runon_items.in_order(text, shape, starts, _MIN_RUN, long_lines))
    numbers.extend(runon_items.in_order(text, _LETTER, starts, 2))
    tokens = runon_items.token_runs(text, long_lines, _MIN_RUN)
    numbers.extend(tokens)
    items = {number.position - 1 for number in numbers}
    found = set(items)
    headers = [match for start, end in long_lines for match in _ITEM_HEADER.finditer(text, start, end)]
    if headers:
        # Under a meeting page's 'No. Item' header each number is printed in its own cell, over its title.
        found.update(position for match in headers for position in (match.start() - 1, match.end()))
        found.update(number.end for number in numbers if number.position > headers[0].start())
    for start, end in long_lines:
        found.update(_in_long_line(text, start, end))
        found.update(runon_money.award_breaks(text, start, end))
        found.update(runon_names.name_breaks(text, start, end))
        found.update(runon_attendance.label_breaks(text, start, end))
    for line in _LINE.finditer(text):
        if line.end() - line.start() < _RUN_ON and "Date " in line.group():
            labels = [m for m in _FRONT_SHEET_LABEL.finditer(text, line.start(), line.end()) if not _led_in(text, line.start(), m.start())]
            # One label in the line, the next label opening the next line: 'X Date Thursday 9 ...' over 'Time 10.30 am'.
            below = _NEXT_LABEL.match(text, line.end())
            if len({m.group() for m in labels}) >= 2 or labels and below and below["label"] != labels[0].group():
                found.update(m.start() - 1 for m in labels)
    found.update(runon_items.title_ends(text, sorted(number.end for number in numbers), sorted(found)))
    # A number read whole ('PT 27/041', 'Minute 41/23') is not broken inside by a shape that read a part of it.
    found.difference_update(position for token in tokens for position in range(token.position, token.end))
    return sorted(position for position in found if position < len(text) and text[position] == " ")


def _table_row(line: str) -> bool:
    edges = len(_TABLE.findall(line))
    return edges > 0 and (len(line) < _FLATTENED_PAGE or edges * _CELL_WIDTH >= len(line))


def _in_long_line(text: str, start: int, end: int) -> Iterator[int]:
    """Break points of the long line ``text[start:end]``: bullets, labels, weekday dates, headings in capitals (docstring)."""
    position = start
    titles = []
    while title := _PAGE_TITLE.match(text, position, end):
        titles.append(title.end("end"))
        position = title.end()
    if titles and _MEETING_HEADING.match(text, position, end):
        yield from titles
    bullets = [match.start() for match in _BULLET.finditer(text, start, end)]
    if len(bullets) >= 2:
        yield from (position - 1 for position in bullets)
    yield from (
        match.start() - 1
        for match in _LABEL.finditer(text, start, end)
        if not _led_in(text, start, match.start()) and not _NUMBERED.search(text, max(start, match.start() - 16), match.start())
    )
    entries = [match.end() for match in runon_items.CONTENTS_NEXT.finditer(text, start, end)]
    if len(entries) >= _MIN_RUN:
        yield from entries
    dates = [match.start() for match in _WEEKDAY_DATE.finditer(text, start, end) if not _led_in(text, start, match.start())]
    if len(dates) >= 2:
        yield from (position - 1 for position in dates)
    # A page's minutes heading run on after its running title: '... Sheet 12 Minutes of the Parish Council Meeting held'.
    heading = _MINUTES_HEADING.search(text, start, min(end, start + _HEAD))
    if heading and not _led_in(text, start, heading.start()):
        yield heading.start() - 1
    for match in _capitals_closed(text, start, end):
        if len(_CAPITAL_WORD.findall(match.group())) >= _MIN_RUN and match.end() < end:
            yield match.end() - 1


def _capitals_closed(text: str, start: int, end: int) -> Iterator[re.Match]:
    """The matches of ``_CAPITALS_CLOSED.finditer(text, start, end)`` in time linear in the line: a heading is a run of
    whole words (``_CAPITALS_RUN``) read from the first word that may open one, so it is matched once per run."""
    for run in _CAPITALS_RUN.finditer(text, start, end):
        for word in _WORD.finditer(text, run.start(), run.end()):
            if _FIRST_CAPITAL_WORD.fullmatch(word.group()):
                if match := _CAPITALS_CLOSED.match(text, word.start(), end):
                    yield match
                break


def _led_in(text: str, start: int, position: int) -> bool:
    """``_LEADS_IN`` ends ``text[start:position]``: searched from just before the white space ending it, not from
    ``start``, so a run-on line of thousands of characters is not read again for every label or date in it."""
    stop = position
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return bool(_LEADS_IN.search(text, max(start, stop - _LEAD_WORD - 1), position))
