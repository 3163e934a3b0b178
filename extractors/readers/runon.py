"""Run-on text: an agenda pack or report flattened into a few very long lines (document mirrors, some PDF text
extractions) read as the lines it was flattened from.

``reflowed(text)`` has the same length and offsets as ``text``: the space before each place a line began becomes
a newline, so every span found in the reading points into the original. A line began:

- at an item number continuing the document's numbering ('... Substitute Members 3. Minutes ...'): inline numbers
  count only where they carry on the number before them (printed at a line start or inline), or open a run
  '1.', '2.' ..., and only in a run of three or more; a number after 'paragraph', 'item', 'page' ... is a reference;
- at a lettered sub-item in order ('a) ... b) ...' from 'a');
- at a front sheet's 'Date', 'Time' and 'Venue' labels printed without a colon, two or more in a line, or one when another
  opens the next line ('Police and Crime Panel Date Friday 17 September 2021' over 'Time 2.00 pm');
- in a long line (a run-on line, ``_RUN_ON`` characters or more): at a bullet when the line holds two or more,
  at a front sheet's labels printed without a colon and followed by their value ('Date Friday 17 ...',
  'Time 2.00 pm', 'Venue Council Chamber') or with one ('Venue: ...', 'Lead Member: ...', 'Present: ...'), at
  'ITEM 6' / 'Agenda Item 6', at a weekday-led date in a run of two or more not led into ('... 2019/20 Monday, 17/06/19 ... Monday, 30/09/19 ...'), and after a heading in capitals
  of three words or more followed by a word in title case ('... 2021 Report of ...'), and after each entry of a contents
  list, its dot leader and page before the next entry's number ('49 Welcome ...... 3 50 Declarations ...... 3'), three or more.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from extractors.readers.dates import WEEKDAY
from schemas.parsed import ParsedDocument

# A line this long is run on (a web paragraph may be too: the rules read only layouts a paragraph does not print).
_RUN_ON = 200
_MIN_RUN = 3
_LINE = re.compile(r"[^\n\f]+")
# An item number where a line may begin: a title follows in capitals (or a bracket, a quote).
_NUMBER = re.compile(r"(?P<number>\d{1,2})[.)][ \t]+(?=[A-Z(\[‘'\"“])")
_LINE_NUMBER = re.compile(r"^[ \t]*(?P<number>\d{1,2})[.)][ \t]+\S", re.M)
_LETTER = re.compile(r"\(?(?P<letter>[a-z])\)[ \t]+(?=[A-Z(‘'\"“])")
_LINE_LETTER = re.compile(r"^[ \t]*\(?(?P<letter>[a-z])\)[ \t]+\S", re.M)
_REFERENCE_CELL = re.compile(r"\s*\S*\d\S*\s+")
_LINE_BREAK = re.compile(r"[\n\f]")
_WORD = re.compile(r"\S+")
# A table row's cells keep their line.
_TABLE = re.compile(r"\||\t| {3,}\S")
# A word that makes a number a reference, not an item: 'paragraph 3. The ...', 'from 1. ...' (a table's 'No. Item' header
# before the first row is none).
_REFERENCE = re.compile(
    r"(?:\b(?:paras?|paragraphs?|(?<!No\. )items?|minutes?|sections?|pages?|p|pp|no|nos|numbers?|appendix|appendices|annex|annexes|tables?"
    r"|figures?|fig|charts?|stages?|phases?|steps?|options?|recommendations?|points?|clauses?|parts?|schedules?|rules?|articles?"
    r"|regulations?|orders?|of|to|and|or|at|in|on|see|under|per|than|by|from|with|over|about|only|the|a|an|top|level|tier|year|years"
    r"|version|vol|chapter|priority|objective|outcome|round|grade|band|zone|ward|area|plot|unit|flat|room|phase)|[£$€&+=×x/:–-])\s*$",
    re.I,
)
_BULLET = re.compile(r"(?<=\s)[•▪●◦■►](?=\s)")
# A front sheet's parts: 'Part A' (open to the public), 'Part B' (exempt), each perhaps under a 'Business' heading.
_PART = r"(?:Part|PART)\s+(?:[AB12]|II?)\b"
# A front sheet's label and the value it carries, printed without a colon.
_FRONT_SHEET = (
    rf"Date(?=\s+(?:(?i:{WEEKDAY})|\d{{1,2}}(?:st|nd|rd|th)?\s+[A-Z][a-z]+))|Time(?=\s+\d{{1,2}}(?:[.:]\d\d)?\s*[ap]\.?m\b)"
    r"|Venue(?=\s+[A-Z][a-z])"
)
# In a line of any length, two of them or more: 'Police and Crime Panel Date Friday 17 September 2021 Time 2.00 pm'.
_FRONT_SHEET_LABEL = re.compile(rf"(?<=\s)(?:{_FRONT_SHEET})")
# ... or one, the next line opening with another: 'Police and Crime Panel Date Friday 17 September 2021' over 'Time 2.00 pm'.
_NEXT_LABEL = re.compile(rf"\s*\n\s*(?P<label>{_FRONT_SHEET})")
_LABEL = re.compile(
    rf"(?<=\s)(?:{_FRONT_SHEET}|Agenda\s+Item(?=\s+\d{{1,3}}[A-Za-z]?\s+[A-Z])|ITEM(?=\s+\d{{1,3}}[A-Za-z]?\s+[A-Z]{{2}})"
    rf"|(?:Business|BUSINESS)(?=\s+{_PART})|{_PART}(?=\s+[\[(A-Z])"
    # A front sheet's, a report header's or a record's label with its colon: 'Venue: Council Chamber', 'Lead Member: ...'.
    r"|(?:Date|Time|Venue|Place|Location|Contact|Meeting|Present|Apologies|Also\s+[Pp]resent|In\s+[Aa]ttendance|Subject|Title"
    r"|Report\s+(?:of|by|to|[Aa]uthor)|Authors?|Lead\s+(?:Member|Officer)|Purpose|Decision\s+(?:[Mm]aker|[Ss]tatus)|Key\s+[Dd]ecision)"
    r"(?=\s*:\s+\S))"
)
# A contents entry's dot leader and page before the next entry's number: '... Minutes ...... 3 50 Declarations ...'.
_CONTENTS_NEXT = re.compile(r"\.{3,}[ \t]*\d{1,3}(?= \d{1,4} [A-Z.])")
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
    found = set(_in_order(text, _NUMBER, _LINE_NUMBER, "number", int, _MIN_RUN))
    found.update(_in_order(text, _LETTER, _LINE_LETTER, "letter", lambda letter: ord(letter) - ord("a") + 1, 2))
    for line in _LINE.finditer(text):
        if line.end() - line.start() >= _RUN_ON and not _TABLE.search(line.group()):
            found.update(_in_long_line(text, line.start(), line.end()))
        elif "Date " in line.group():
            labels = [m for m in _FRONT_SHEET_LABEL.finditer(text, line.start(), line.end()) if not _led_in(text, line.start(), m.start())]
            # One label in the line, the next label opening the next line: 'X Date Friday 17 ...' over 'Time 2.00 pm'.
            below = _NEXT_LABEL.match(text, line.end())
            if len({m.group() for m in labels}) >= 2 or labels and below and below["label"] != labels[0].group():
                found.update(m.start() - 1 for m in labels)
    return sorted(position for position in found if text[position] == " ")


def _in_long_line(text: str, start: int, end: int) -> Iterator[int]:
    """Break points of the long line ``text[start:end]``: bullets, labels, weekday dates, headings in capitals (docstring)."""
    bullets = [match.start() for match in _BULLET.finditer(text, start, end)]
    if len(bullets) >= 2:
        yield from (position - 1 for position in bullets)
    yield from (match.start() - 1 for match in _LABEL.finditer(text, start, end) if not _led_in(text, start, match.start()))
    entries = [match.end() for match in _CONTENTS_NEXT.finditer(text, start, end)]
    if len(entries) >= _MIN_RUN:
        yield from entries
    dates = [match.start() for match in _WEEKDAY_DATE.finditer(text, start, end) if not _led_in(text, start, match.start())]
    if len(dates) >= 2:
        yield from (position - 1 for position in dates)
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


def _second_word(text: str, line_start: int) -> int:
    """Where the second word of a line holding a number begins (past the text when it has none), read once a line: a
    number that is the second word may be a reference's cell. Scanning back from every number was quadratic."""
    first = _WORD.search(text, line_start)
    second = _WORD.search(text, first.end()) if first else None
    return len(text) + 1 if second is None else second.start()


def _in_order(text: str, inline: re.Pattern, at_line: re.Pattern, group: str, value, least: int) -> list[int]:
    """Offsets before the inline numbers of ``inline`` that carry on a run numbered in order (see the docstring).

    A number is inline when words stand before it on its line, not a reference alone ('C101/24      1.  APOLOGIES': the
    minute's reference and its item number, columns of one line)."""
    candidates = [(match.start(), value(match[group]), False) for match in at_line.finditer(text)]
    line_starts = [0, *(match.end() for match in _LINE_BREAK.finditer(text))]
    second_words: dict[int, int] = {}
    for match in inline.finditer(text):
        position = match.start()
        line_start = line_starts[bisect.bisect_right(line_starts, position) - 1]
        if position == line_start or not text[position - 1].isspace():
            continue
        if line_start not in second_words:
            second_words[line_start] = _second_word(text, line_start)
        second = second_words[line_start]
        # Words before the number ('before.strip()'), and more than one reference-like word ('C101/24   1.').
        if second > position or second == position and _REFERENCE_CELL.fullmatch(text, line_start, position):
            continue
        if not _REFERENCE.search(text[max(line_start, position - 40) : position]):
            candidates.append((position, value(match[group]), True))
    candidates.sort()
    runs: list[list[tuple[int, int, bool]]] = []
    for index, (position, number, is_inline) in enumerate(candidates):
        run = runs[-1] if runs else None
        if run and number == run[-1][1] + 1:
            run.append((position, number, is_inline))
            continue
        following = candidates[index + 1][1] if index + 1 < len(candidates) else None
        if not is_inline or number == 1 or following == number + 1:
            runs.append([(position, number, is_inline)])
    return [position - 1 for run in runs if len(run) >= least for position, _, is_inline in run if is_inline]
