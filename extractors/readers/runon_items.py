"""Numbered items in run-on text (``readers.runon``): where a flattened line's items began, in every numbering a
list prints, and where each item's title ends.

An item number counts where it carries on the number before it, in a run of the same shape. The shapes besides
'3.' and '3)' (read in any line), in a long line: '3121:' (a parish's running minute numbers), '14/25', '51a/24' (number
and year, the year the same in the run), 'HWFA/21', 'HWFA/22a' (a body's prefix, the same in the run; a lettered
sub-item keeps its number), '2 -', '2A -', '1.1', '1.2' (a sub-item under its item's number, two make a run) and a bare
'3' or '03' before a word in title case (not a month: '3 June'), a board's dotted minute numbers 'B.1260' and
references printed year first '23/045' (the year the same in the run); and any number ``item_numbers`` reads, after
'Item' or 'Minute' or with its letters and separators ('Minute 41/23', 'PC41/23', 'PT 27/041'), where three or more count
up by one with the rest of their token the same (``token_runs``). A number after a colon is a reference ('the options
are: 1. ...') but after a meeting page's empty 'Additional documents:' label, which closes the item before.

The module owns a table of contents' entries too ('49 Welcome ...... 3 50 Declarations ...... 3'): where a flattened
list's next entry begins (``CONTENTS_NEXT``, read by ``runon``) and the entries minutes list their items by
(``contents_items``, read by ``proceedings.minuted``).

A title ends, within its item's line, before the first of: a colon label the item's page prints under it
('Additional documents:', 'Minutes:', 'Decision:'), a ModernGov file mark ('pdf icon PDF 412 KB', after it) or a
webcast's 'Share this agenda point', a full stop before a sentence, and a sentence opening after a word that ends a
title ('... Interest Members are asked', '... Programme This report', '... Apologies To receive', '... Interest None
received', '... Absence Apologies were received', '... Interest Miss Lowe reminded', '... Minutes RESOLVED that', '... Lease Further to'); each is where the
unflattened page began a line.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from extractors.readers.dates import MONTHS
from extractors.readers.names import PERSONAL_TITLE
from extractors.readers.item_numbers import item_number
from extractors.readers.item_numbers import (
    RUNON_BARE,
    RUNON_COLON,
    RUNON_DASH,
    RUNON_DOTTED,
    RUNON_NUMBER_YEAR,
    RUNON_PREFIXED,
    RUNON_SUB_ITEM,
    RUNON_YEAR_FIRST,
)

# A word that makes a number a reference, not an item: 'paragraph 3. The ...', 'from 1. ...' (a table's 'No. Item' header
# before the first row is none).
REFERENCE = re.compile(
    r"(?:\b(?:paras?|paragraphs?|(?<!No\. )items?|minutes?|sections?|pages?|p|pp|no|nos|numbers?|appendix|appendices|annex|annexes|tables?"
    r"|figures?|fig|charts?|stages?|phases?|steps?|options?|recommendations?|points?|clauses?|parts?|schedules?|rules?|articles?"
    r"|regulations?|orders?|of|to|and|or|at|in|on|see|under|per|than|by|from|with|over|about|only|the|a|an|top|level|tier|year|years"
    r"|version|vol|chapter|priority|objective|outcome|round|grade|band|zone|ward|area|plot|unit|flat|room|phase)|[£$€&+=×x/:–-])\s*$",
    re.I,
)
# ... but not a column header over the first item ('AGENDA Pages 1 To receive ...', 'Item No Page 1 Apologies'), a
# lead-in's closing dash ('the following reports: - 4 Budget Update') or a meeting page's empty label closing the item
# before ('... Additional documents: 5. Matters Arising').
_NOT_REFERENCE = re.compile(
    r"(?::\s*[-–]|\b(?:agenda|a\s+g\s+e\s+n\s+d\s+a|item(?:\s+no\.?)?)\s+pages?|\bAdditional\s+documents:)\s*$", re.I
)
_REFERENCE_CELL = re.compile(r"^\s*\S*\d\S*\s+$")
_MONTH_WORD = re.compile(r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b", re.I)
_TITLE_START = r"(?=[A-Z(\[‘'\"“])"


def is_reference(before: str) -> bool:
    """Whether the words ``before`` a number make it a reference (``REFERENCE``), not an item's number."""
    return bool(REFERENCE.search(before)) and not _NOT_REFERENCE.search(before)


class Shape(NamedTuple):
    """One numbering: its inline form, its form at a line's start, and whether its inline form is read in long lines only
    (its numbers at a line's start are read in any line: a run may open on a line of its own)."""

    inline: re.Pattern
    at_line: re.Pattern
    long_only: bool
    # The numbers a run holds at least (``None``: the caller's).
    least: int | None = None
    # Read after a colon, its item's heading ('1. Opening Business: 1.1 Welcome 1.2 Apologies').
    after_colon: bool = False


def _shape(number: str, title: str = _TITLE_START, least: int | None = None) -> Shape:
    inline, at_line = re.compile(rf"{number}(?P<end>)[ \t]+{title}"), re.compile(rf"^[ \t]*{number}(?P<end>)[ \t]+\S", re.M)
    return Shape(inline, at_line, True, least, after_colon=least is not None)


# The numberings of ``readers.item_numbers`` a flattened line's items print, each read where it carries on a run.
SHAPES = (
    _shape(RUNON_COLON),
    _shape(RUNON_NUMBER_YEAR),
    _shape(RUNON_DASH),
    _shape(RUNON_SUB_ITEM, least=2),
    _shape(RUNON_PREFIXED),
    _shape(RUNON_DOTTED),
    _shape(RUNON_YEAR_FIRST),
    _shape(RUNON_BARE, title=r"(?=[A-Z][a-z])"),
)


class Candidate(NamedTuple):
    """An item number: where it starts, the parts its run shares, its number and sub-letter, whether words stand before
    it on its line, and where it ends."""

    position: int
    key: str
    number: int
    sub: str
    inline: bool
    end: int


def _candidate(match: re.Match, inline: bool) -> Candidate:
    groups = match.groupdict()
    number = int(groups["number"]) if groups.get("number") else ord(groups["letter"]) - ord("a") + 1
    return Candidate(match.start(), groups.get("key") or "", number, groups.get("sub") or "", inline, match.end("end"))


def _carries_on(last: Candidate, next_one: Candidate) -> bool:
    if next_one.key != last.key:
        return False
    return next_one.number == last.number + 1 and not next_one.sub or next_one.number == last.number and next_one.sub > last.sub


# Where an item number of any printed form may stand in a flattened line (``item_numbers.item_number``): after 'Item',
# 'Minute' or 'Agenda Item', or a token holding a figure ('41/23', 'PC41/23', 'P41', 'PT 27/041'). A bracketed '(3)' is left out:
# in a flattened line it is as often a footnote's mark ('PRESENT: (1) (2) Mrs A Lowe ... (1) Item 6 only').
_TOKEN_START = re.compile(r"(?<!\S)(?=(?:(?i:agenda\s+item|item|minute|min\.?)\s+\S|[A-Za-z]{0,6}[/.-]?\d|[A-Z]{1,5}\s\d))")
_WORDED = re.compile(r"(?i:agenda\s+item|item|minute|min\.?)\s")
# After the number: a dash or colon perhaps, then the title's first letter in capitals (or a quote).
_AFTER_TOKEN = re.compile(r"[ \t]+(?:[-–:][ \t]+)?(?=[A-Z‘'\"“])")
# A paragraph's number under each item ('1.1 Apologies were ... 2.1 There were ...') continues no run of items.
_PARAGRAPH_KEY = re.compile(r"^#\.[1-9]\d?$")
# The items of a run stand this close: a later number of the same key opens a run of its own.
_TOKEN_GAP = 4000


def _token_readings(text: str, position: int) -> tuple[list[tuple[str, int]], int] | None:
    """The readings (key, number) of the item number at ``position`` and where it ends, or None: a bare number ('3')
    without 'Item' is left to ``SHAPES``, and one with no title after it is none."""
    found = item_number(text[position : position + 60])
    if found is None:
        return None
    word = "w" if _WORDED.match(text, position) else ""
    readings = [(word + key, number) for key, number in found.readings if (word or key != "#") and not _PARAGRAPH_KEY.match(key)]
    end = position + found.end
    return (readings, end) if readings and _AFTER_TOKEN.match(text, end) else None


def token_runs(text: str, long_lines: Iterable[tuple[int, int]], least: int) -> list[Candidate]:
    """Item numbers of any printed form in the ``long_lines`` ((start, end) of each) that count up by one from item to
    item with the rest of their token the same ('Minute 41/23 ... Minute 42/23', 'Item 4 ... Item 5', 'PC41/23 ... PC42/23'),
    ``least`` or more in a run; not after a word that makes a number a reference ('see minute 41/23')."""
    found: list[Candidate] = []
    for start, end in long_lines:
        open_runs: dict[tuple[str, int], list[Candidate]] = {}
        runs: list[list[Candidate]] = []
        read_to = start  # where the last number read ends: 'Item 4' is not read again as '4'
        for match in _TOKEN_START.finditer(text, start, end):
            position = match.start()
            read = _token_readings(text, position) if position >= read_to else None
            if read is None or is_reference(text[max(start, position - 40) : position]):
                continue
            read_to = read[1]
            for key, number in read[0]:
                candidate = Candidate(position, key, number, "", True, read[1])
                run = open_runs.pop((key, number), None)
                if run is None or position - run[-1].position > _TOKEN_GAP:
                    run = []
                    runs.append(run)
                run.append(candidate)
                open_runs[(key, number + 1)] = run
        found.extend(candidate for run in runs if len(run) >= least for candidate in run)
    return found


class LineStarts:
    """Where each line of ``text`` starts, found by bisection: no search back from every number of a long line."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [match.end() for match in re.finditer(r"[\n\f]", text)]

    def of(self, position: int) -> int:
        return self.starts[bisect.bisect_right(self.starts, position) - 1]


def in_order(
    text: str, shape: Shape, starts: LineStarts, least: int, long_lines: Iterable[tuple[int, int]] = ()
) -> list[Candidate]:
    """The inline numbers of ``shape`` that carry on a run numbered in order (see the docstring); a
    long-only shape is read inside ``long_lines`` ((start, end) of each) only.

    A number is inline when words stand before it on its line, not a reference alone ('C101/24      1.  APOLOGIES': the
    minute's reference and its item number, columns of one line)."""
    least = shape.least or least
    spans = list(long_lines) if shape.long_only else [(0, len(text))]
    candidates = [_candidate(m, False) for m in shape.at_line.finditer(text)]
    for start, end in spans:
        for match in shape.inline.finditer(text, start, end):
            if shape.long_only and _MONTH_WORD.match(text, match.end()):
                continue
            line_start = starts.of(match.start())
            before = text[max(line_start, match.start() - 40) : match.start()]
            reference = REFERENCE.search(before) if is_reference(before) else None
            if reference and shape.after_colon and reference.group().startswith(":"):
                reference = None
            if (
                before[-1:].isspace() and before.strip() and not reference
                and not (match.start() - line_start <= 40 and _REFERENCE_CELL.match(before))
            ):
                candidates.append(_candidate(match, True))
    candidates.sort()
    runs: list[list[Candidate]] = []
    for index, candidate in enumerate(candidates):
        run = runs[-1] if runs else None
        if run and _carries_on(run[-1], candidate):
            run.append(candidate)
            continue
        following = candidates[index + 1] if index + 1 < len(candidates) else None
        if not candidate.inline or candidate.number == 1 or following and _carries_on(candidate, following):
            runs.append([candidate])
    return [c for run in runs if len(run) >= least for c in run if c.inline]


# What follows a title on its item's line.
_LABEL_BELOW = re.compile(r"(?<=\s)(?:Additional\s+documents|Minutes|Decisions?|Resolved|RESOLVED)\s*:")
_FILE_MARK = re.compile(r"(?:\bpdf\s+icon\s+)?\bPDF\s+\d[\d.,]*\s*[KM]B\b|(?<=\s)Share\s+this\s+agenda\s+point\b")
# A sentence opening: an infinitive ('To receive'), a determiner or subject and a word in lower case ('The Chair
# welcomed', 'This report sets', 'Members are asked'), a report's source ('Report of the'), an oral item.
_OPENER = re.compile(
    r"(?<=[\w’'\")])\s+(?=(?:To\s+[a-z]{3,}|(?:The|This|These|Members|Councillors|Officers|There|It)\s+(?:[A-Z][a-z]+\s+){0,2}[a-z]{3,}"
    r"|(?:None|No|Nil)\s+(?:were\s+|was\s+)?[a-z]{3,}|[A-Z][a-z]+\s+(?:were|was|had)\s+(?:been\s+)?[a-z]{3,}"
    rf"|{PERSONAL_TITLE}\.?\s+(?:[A-Z]\.?\s+)?[A-Z][a-z]+\s+(?:[a-z]{{3,}}ed|said|gave)\b|RESOLVED\s+(?i:that)\b|Further\s+to\b"
    r"|Report\s+(?:of|by|from)\s+the\b|Report\s+for\s+(?i:noting|discussion|approval|decision|information|assurance)\b|(?:Oral|Verbal)\s+(?:update|report)\b))"
)
# A title closed by a full stop after a word in lower case or a figure, a sentence after it ('... of the Council. The
# Chair welcomed ...'); not an initial's or an abbreviation's ('Cllr. A', 'St. Mary').
_FULL_STOP = re.compile(r"(?:(?<=[a-z]{3})|(?<=\d{2}))\.(?P<space>[ \t]+)(?=[A-Z][a-z]*\s+(?:[A-Z][a-z]+\s+)?[a-z]{2,})")
# A title followed by its printed pages ('... Update. 7 - 20 5 ...') or closed by a full stop before a label ('... Meeting.
# Circulation: ...').
_PAGES_OR_LABEL = re.compile(r"(?<=[\w)’'])(?<!(?i:page))(?<!(?i:pages))\.?(?P<space>[ \t]+)(?:\d{1,3}[ \t]*[-–][ \t]*\d{1,3}(?![\d/.])|(?<=\.[ \t])[A-Z][a-z]+:\s)")
# A title closed by its full stop is this short: a longer sentence is an item's minute, not its title.
_STOPPED_TITLE_WORDS = 15
# A word that cannot end a title: the opener after it is still the title's ('Minutes of The Meeting').
_JOINING_END = re.compile(r"\b(?:of|the|and|for|to|on|in|at|by|with|from|a|an|&)\s*$", re.I)
_LINE_END = re.compile(r"[\n\f]")
# A title is read this far from its number.
_TITLE_REACH = 160


def title_ends(text: str, item_starts: Iterable[int], stops: list[int]) -> Iterator[int]:
    """Offsets of the spaces ending the title of each item whose number ends at ``item_starts``, read no further than
    its line or its next break (``stops``, sorted)."""
    for start in item_starts:
        index = bisect.bisect_right(stops, start)
        end = min(stops[index] if index < len(stops) else len(text), start + _TITLE_REACH, len(text))
        title_start = start + 1
        line_end = _LINE_END.search(text, title_start, end)
        end = line_end.start() if line_end else end
        ends = []
        if label := _LABEL_BELOW.search(text, title_start, end):
            ends.append(label.start() - 1)
        if mark := _FILE_MARK.search(text, title_start, end):
            ends.append(mark.end() if mark.group().endswith("B") else mark.start() - 1)
        if pages := _PAGES_OR_LABEL.search(text, title_start, end):
            ends.append(pages.start("space"))
        stop = _FULL_STOP.search(text, title_start, end)
        if stop and len(text[title_start : stop.start()].split()) <= _STOPPED_TITLE_WORDS:
            ends.append(stop.start("space"))
        for opener in _OPENER.finditer(text, title_start, end):
            words = text[title_start : opener.start()].split()
            if words and not _JOINING_END.search(text, max(title_start, opener.start() - 5), opener.start()):
                ends.append(opener.start())
                break
        if ends:
            yield min(ends)


# A contents entry's dot leader and page before the next entry's number: '... Minutes ...... 3 50 Declarations ...'.
CONTENTS_NEXT = re.compile(r"\.{3,}[ \t]*\d{1,3}(?= \d{1,4} [A-Z.])")
# A contents entry: its number, its title (perhaps none), dot leaders and its page.
_CONTENTS_ENTRY = re.compile(r"(?<![\w.])(?P<number>\d{1,3})[ \t]+(?P<title>(?:(?!\.{4}|…)[^\n])*?)[ \t]*(?:\.{4,}|…+)[ \t]*\d{1,3}(?![\w.])")
_MIN_CONTENTS = 3


def contents_items(text: str, start: int, end: int) -> list[tuple[str, str, int, int]]:
    """(number, title, start, end) of the entries of a table of contents in ``text[start:end]``, each numbered, titled
    and led by dots to its page ('61 Welcome and Apologies ...... 4 62 Declarations of Interest ...... 4', run on or one
    a line): a run of three or more numbered one after another, also those past where an excerpt stops (an entry
    printing no title keeps the run going and gives no item); else []. Minutes printing such a list list their items
    there (``proceedings.minuted``)."""
    run: list[re.Match] = []
    for entry in _CONTENTS_ENTRY.finditer(text, start, end):
        follows = run and int(entry["number"]) == int(run[-1]["number"]) + 1 and not text[run[-1].end() : entry.start()].strip()
        if not follows:
            if len(run) >= _MIN_CONTENTS:
                break
            run = []
        run.append(entry)
    if len(run) < _MIN_CONTENTS:
        return []
    return [(entry["number"], entry["title"].strip(" .,;:"), entry.start(), entry.end()) for entry in run if entry["title"].strip(" .,;:")]
