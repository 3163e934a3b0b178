"""Attendance tables of names and posts flattened into one line: 'ATTENDEES Members ... Eastby Council Ann Lowe Chair,
Eastby Partnership (EP) Bob Ray Member of EP ... Apologies for Absence ... Officers in Attendance ...'.

A PDF's table of 'Name | Post, Body' rows, printed as one line by a document mirror, gives each person between the end
of the row before (an organisation's initials 'EP' / '(EP)', a body's last word 'Council', a group's label 'Associate
Members', a post's last word 'Member', a page number, a word before a common given name: ``readers.given_names``)
and the start of the row's post (a post's word, 'Chair', 'Member', 'Director', '(Chair)', perhaps after up to four
words of its field: 'Group Marketing & Communications Manager', 'Co-opted Independent Member'). Two name-shaped words
there (or a title and two words: 'Professor Ann Lowe', 'Mayor Ann Lowe', 'Air Commodore Ann Lowe') are read as a
name. Only in a line of 300 characters or more, after an attendance label within it ('ATTENDEES', 'PRESENT',
'Apologies for Absence', 'Officers and Others in Attendance', 'In Attendance'), up to the next label or the first full
stop, and only where the line holds three such names; the label before a name gives its kind.

A flattened paragraph of minutes prints its labels in title case with no colon and its lists of bare names run on
(``flat_name_lists``): '... commencing at 7.30pm Present Ann Lowe, Bob Ray*, Cy Sim It was noted ... Apologies Di Poe,
Ed Hale, Flo Kerr Declarations of interest ...'. After 'Present' or 'Apologies' run on after a full stop or the
meeting's time (not after a word: 'will Present Ann Lowe, ...'), three entries or more of two name words (a third only
before a comma; no place's noun such as 'Street' last), parted by commas, half or more opening on a common given name:
the list ends where no comma follows an entry, so its last name is its first two words.

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``.
"""

from __future__ import annotations

import re

from extractors.proceedings.attendance_entries import ORG_WORDS
from extractors.proceedings.attendance_labels import capitals, grouped, matched_kind
from extractors.proceedings.attendance_lines import untitled_name
from extractors.proceedings.attendance_members import Entry
from extractors.readers.given_names import GIVEN_NAMES
from extractors.readers.name_posts import ROLE_WORDS
from extractors.readers.names import split_honorifics
from extractors.readers.spans import lines
from schemas.structure import Attendance

_LABEL = re.compile(
    r"(?<![A-Za-z])"
    + grouped(
        rf"ATTENDEES|{capitals('present')}|Members\s+Present|MEMBERS\s+{capitals('present')}",
        rf"(?:Officers|Others)(?:\s+and\s+Others)?\s+in\s+Attendance|In\s+Attendance|{capitals('in attendance')}|Also\s+Present"
        rf"|{capitals('also present')}|OFFICERS|OFFICIALS",
        rf"Apologies\s+for\s+Absence|{capitals('apologies')}",
    )
    + r"(?![A-Za-z])"
)
_MIN_LINE = 300
_MIN_NAMES = 3
_REGION = 2500
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")
# Where a row ends: an organisation's initials, a body's last word, a group label's 'Members', a bracket, a page number.
_ROW_END = re.compile(r"\(?[A-Z]{2,6}\)?,?|\(?[A-Za-z]+\)|\d{1,3}|Members?")
_BODY_WORDS = frozenset(w.capitalize() for w in ORG_WORDS)
NAME_WORD = re.compile(r"(?:Mc|Mac|O['’])?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?")
_POST_START = frozenset({*(w.capitalize() for w in ROLE_WORDS), "Vice"})
# Words that make a place's name with the given name after them ('St James Hall', 'King George Field'): no row end.
_PLACE_BEFORE_NAME = frozenset({"St", "Saint", "San", "Santa", "King", "Kings", "Port", "Fort", "Mount"})
_FIELD_WORD = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)?|&|and|of")
_MAX_FIELD = 4


def flat_tables(text: str, start: int, end: int) -> list[Entry]:
    """(kind, start, end) of the names of attendance tables flattened into one long line of ``text[start:end]``."""
    found: list[Entry] = []
    for line in lines(text, start, end):
        if len(line.raw) < _MIN_LINE:
            continue
        labels = list(_LABEL.finditer(line.raw))
        entries: list[Entry] = []
        for label, after in zip(labels, [*labels[1:], None]):
            kind: Attendance = matched_kind(label)
            stop = after.start() if after else min(len(line.raw), label.end() + _REGION)
            sentence = _SENTENCE_END.search(line.raw, label.end(), stop)
            entries += [(kind, line.start + a, line.start + b) for a, b in _names(line.raw, label.end(), sentence.start() + 1 if sentence else stop)]
        if len(entries) >= _MIN_NAMES:
            found += entries
    return found


def _names(raw: str, start: int, end: int) -> list[tuple[int, int]]:
    words = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"\S+", raw[start:end])]
    words = [(start + a, start + b, w) for a, b, w in words]
    found: list[tuple[int, int]] = []
    # The label's end is a row's end too; so is a word before a common given name ('Eastby Ann Lowe Member of EP') that is
    # neither a title of it, a given name itself ('Ann Henry Officer': Henry is her surname) nor part of a place's name.
    ends = [-1] + [
        i for i, (_, _, w) in enumerate(words)
        if _ROW_END.fullmatch(w) or w.rstrip(",") in _BODY_WORDS
        or (i + 1 < len(words) and words[i + 1][2] in GIVEN_NAMES and w not in GIVEN_NAMES and not split_honorifics(f"{w} X")[0]
            and w.rstrip(".") not in _PLACE_BEFORE_NAME)
    ]
    for index in sorted(set(ends)):
        first = index + 1
        # A title of one word or of several ('Mayor', 'Air Commodore', 'Chief Supt') before the name's two words.
        titled = len(split_honorifics(" ".join(w for _, _, w in words[first : first + 4]))[0].split())
        name = words[first + titled : first + titled + 2]
        if len(name) < 2 or not all(NAME_WORD.fullmatch(w) for _, _, w in name) or not untitled_name(" ".join(w for _, _, w in name)):
            continue
        if _post_starts(words[first + titled + 2 : first + titled + 2 + _MAX_FIELD + 1]):
            found.append((words[first][0], name[-1][1]))
    return found


def _post_starts(words: list[tuple[int, int, str]]) -> bool:
    """``words`` open a post: a post's word, perhaps after up to four words of its field."""
    for _, _, word in words:
        if word.strip("(),") in _POST_START:
            return True
        if not _FIELD_WORD.fullmatch(word):
            return False
    return False


# 'Present' or 'Apologies' run on in a flattened paragraph after a sentence's full stop or the meeting's time ('... at
# 7.00pm Present', '... quorate. Apologies'), not after a word ('will Present Ann Lowe ...'), before a capitalised name.
_RUN_LABEL = re.compile(r"(?:(?<=[\d.])|(?<=\d[ap]m)|(?<=\d[ap]\.m\.))[ \t]+(?P<label>Present|Apologies)[ \t]+(?=[A-Z][a-z])")
# A place's noun ending an entry ('Mary Street', 'Victoria Road'): no person's name.
_PLACE = re.compile(r"(?:Street|Road|Lane|Avenue|Drive|Crescent|Terrace|Gardens|Square|Way)")
_WORD = r"(?:Mc|Mac|O['’])?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
_ENTRY = re.compile(rf"(?P<name>{_WORD}[ \t]+{_WORD}(?:[ \t]+{_WORD}(?=\*?,))?)\*?")


def flat_name_lists(text: str, start: int, end: int) -> list[Entry]:
    """(kind, start, end) of the names of 'Present' and 'Apologies' lists run on in a flattened paragraph (see above)."""
    found: list[Entry] = []
    for line in lines(text, start, end):
        if len(line.raw) < _MIN_LINE:
            continue
        for label in _RUN_LABEL.finditer(line.raw):
            entries, at = [], label.end()
            while (entry := _ENTRY.match(line.raw, at)) is not None:
                entries.append(entry.span("name"))
                if not line.raw.startswith(", ", entry.end()):
                    break
                at = entry.end() + 2
            names = [line.raw[a:b] for a, b in entries]
            given = sum(name.split()[0] in GIVEN_NAMES for name in names)
            people = all(untitled_name(name) and not _PLACE.fullmatch(name.split()[-1]) for name in names)
            if len(names) >= _MIN_NAMES and 2 * given >= len(names) and people:
                kind: Attendance = "present" if label["label"] == "Present" else "apologies"
                found += [(kind, line.start + a, line.start + b) for a, b in entries]
    return found
