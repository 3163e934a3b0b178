"""A fallback for attendance: the names under each attendance label, added where the other readers found no one in a
document, or beside their records where a label's block holds a run of three people or more they missed.

After a label opening its line ('Present:', 'Attendance', 'In attendance', 'Apologies (for absence)', 'Members
present', 'Those attending') or one in capitals within a line ('PRESENT', 'ATTENDEES': a page flattened into one
line), the names each led by a person's title ('Cllr', 'Councillor', 'Mr', 'Mrs', 'Ms', 'Dr', 'Sir' ...), on the
label's line and the lines under it. Between two names may stand separators (commas, semicolons, 'and'), a post in
brackets, or a short phrase that is no sentence (a role and its council: 'Leader, Brookford Borough Council'); a line
is read up to its first gap of another shape and counts only when it opens and ends in list shape ('Cllr A Lowe
declared an interest' is prose). A name in an open bracket ('(substituted by Cllr B Ray)') is no entry; a staff post
after a name ('(Clerk)') makes it in attendance, as does an 'Also present' label. The first line of another shape, a
second blank line or the next label ends the block; lines holding only a post or a body are read past, and a name
alone on its line needs no title among two or more such (``attendance_lines``). A plural title ('Councillors A and B')
is left to the primary readers: which words are names is not certain.

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``, which a change
here must bump.
"""

from __future__ import annotations

import re

from extractors.proceedings.attendance_entries import ORG_WORDS
from extractors.proceedings.attendance_labels import ALSO_PRESENT, APOLOGIES, IN_ATTENDANCE, PRESENT, capitals, words
from extractors.proceedings.attendance_lines import line_name, post_line
from extractors.readers.name_posts import POST_WORDS
from extractors.readers.names import CAPITAL_SURNAME, PERSONAL_TITLE, POST_NOMINAL, STAFF_POSTS
from extractors.readers.spans import lines

_LABEL = re.compile(
    rf"^[ \t]*(?P<label>those\s+(?:present|attending)|(?:members|officers)\s+{PRESENT}|{ALSO_PRESENT}|also\s+{IN_ATTENDANCE}"
    rf"|{words('in attendance', 'present', 'attendance')}|attendees|{APOLOGIES}(?:\s+(?:were\s+)?received\s+from)?)"
    r"\b[ \t]*(?:were\s*)?[:\-–]?[ \t]*",
    re.I,
)
# A label in capitals within a line (a page flattened into one line: '... at 10am ATTENDEES Members Mayor ...').
# ... or in any case with its colon ('... County Hall, Eastby Main Panel Members Present: Mr A Lowe ...').
_CAPS_LABEL = re.compile(
    rf"(?<![A-Za-z])(?P<label>{capitals('also present', 'in attendance', 'present')}|ATTENDEES|{capitals('attendance', 'apologies')})"
    r"(?![A-Za-z])[ \t]*[:\-–]?[ \t]*"
    rf"|(?<![A-Za-z])(?P<cased>(?i:(?:officers|members|others)\s+{PRESENT}|{words('also present', 'in attendance', 'present')}|attendees))"
    r"[ \t]*:[ \t]*"
)
_TITLE = rf"{PERSONAL_TITLE}\.?"
# A name's word: not another title, nor a post's first word after the name ('Councillor A Lowe Leader, ...').
_POST_WORD = f"(?:{'|'.join(re.escape(w.capitalize()) for w in sorted(POST_WORDS, key=len, reverse=True))})"
# A surname may open 'Mc', 'Mac' or 'O’' ('McTarn', 'O’Fell') or be printed in capitals ('Ben DALE'), but no post-nominal.
_WORD = rf"(?!(?:{_TITLE}|{_POST_WORD}|{POST_NOMINAL})(?![\w'’]))(?:(?:Mc|Mac|O['’])?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?|[A-Z]\.?)"
# A surname in capitals only after one given name ('Councillor Ben DALE'), and no word of a post or a label in capitals.
_CAPITALS = rf"[A-Z][a-z'’]+[ \t]+(?!(?:{'|'.join(sorted((w.upper() for w in POST_WORDS | {'absent'}), key=len, reverse=True))})\b){CAPITAL_SURNAME}"
NAME = re.compile(rf"\b{_TITLE}(?:[ \t]+{_CAPITALS}|(?:[ \t]+{_WORD}){{1,4}})(?![\w'’-])")
# Initials closing a match are no surname ('Cllr A Lowe O.B.E' read to 'Cllr A Lowe O'): the name ends before them.
_TRAILING_INITIALS = re.compile(r"(?:[ \t]+[A-Z]\.?)+$")
# What may stand between names: separators, a post in brackets, a dash and a short role.
# A finite verb or a sentence's end: prose, not a list.
_PROSE = re.compile(
    r"\b(?:is|are|was|were|has|had|have|will|would|be|been|said|noted|agreed|welcomed|thanked|asked|reported|gave|"
    r"explained|advised|declared|sent|received|attended|joined|left|arrived|who|which|that|absent|apologies|attendance)\b|[.!?]\s+[A-Z]|[.!?]\s*$",
    re.I,
)
MAX_GAP = 60
_MIN_RUN = 3
# Lines of a post or a body read past between two names of a block.
_MAX_SKIPPED = 6
_STAFF = STAFF_POSTS
_BETWEEN = re.compile(rf"^(?:[\s,;&]|\band\b|\([^()\n]{{0,40}}\)|\b{POST_NOMINAL}(?![\w'’])|[-–][ \t]*[A-Za-z ]{{0,25}}$)*$")


def _between(gap: str) -> bool:
    """``gap`` may stand between two names: separators and a post, or a short phrase that is no sentence (a role and
    its council: 'Leader, Brookford Borough Council')."""
    return bool(_BETWEEN.match(gap)) or len(gap) <= MAX_GAP and not _PROSE.search(gap)


# A body's name after a person's ('... Mr B Ray Westby District Council'): places, then a body's word.
_BODY_AHEAD = re.compile(
    rf"^[ \t]+(?:[A-Z][\w'’-]+[ \t]+){{0,3}}(?:{'|'.join(sorted((w.capitalize() for w in ORG_WORDS | {'district', 'county', 'borough', 'city'}), key=len, reverse=True))})\b"
)


def _before_body(name: str, after: str) -> int:
    """The length of ``name`` less the places of a body's name it ran into ('Mr B Ray Westby' before 'District
    Council' is 'Mr B Ray'), keeping two words after the title and never ending on an initial."""
    words = name.split(" ")
    while len(words) > 3 and _BODY_AHEAD.match(" " + " ".join(words[-1:]) + after) and len(words[-2].rstrip(".")) > 1:
        after = " " + words.pop() + after
    return len(" ".join(words))


def _names(line_text: str, offset: int) -> list[tuple[int, int, bool]]:
    """(start, end, an officer?) of the titled names of ``line_text`` (at ``offset``) up to the first gap of another
    shape, [] when the line opens with one or ends in one (a sentence: 'Cllr A Lowe declared ...'). A name in brackets
    ('Cllr A Lowe (substituted by Cllr B Ray)') is no entry of its own; a post of the staff after a name ('Mrs A Lowe
    (Clerk)') makes it an officer's."""
    found: list[tuple[int, int, bool]] = []
    last = 0
    for match in NAME.finditer(line_text):
        gap = line_text[last : match.start()]
        if gap.count("(") > gap.count(")"):
            continue
        if not _between(gap):
            return found
        if found:
            found[-1] = (*found[-1][:2], bool(_STAFF.search(gap)))
        trimmed = _TRAILING_INITIALS.sub("", match.group(0))
        end = match.end() if " " not in trimmed.strip() else match.start() + len(trimmed)
        end = match.start() + _before_body(line_text[match.start() : end], line_text[end:])
        found.append((offset + match.start(), offset + end, False))
        last = match.end()
    tail = line_text[last:].rstrip().rstrip(".")
    # A run-on line goes on past its list: three names or more in list shape are a list, whatever follows them.
    if len(found) >= _MIN_RUN and not _between(tail):
        return found
    if not found or not _between(tail):
        return []
    return [*found[:-1], (*found[-1][:2], bool(_STAFF.search(tail)))]


def _kind(label: str) -> str:
    label = label.lower()
    if label.startswith("apolog"):
        return "apologies"
    staff = "attendance" in label and label != "attendance" or label.startswith(("officers", "also", "others"))
    return "in_attendance" if staff else "present"


def fallback_attendance(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    """(attendance kind, start, end) of each name listed under a label in ``text[start:end]``."""
    return [entry for block in fallback_blocks(text, start, end) for entry in block]


def fallback_blocks(text: str, start: int = 0, end: int | None = None) -> list[list[tuple[str, int, int]]]:
    """The names under each label of ``text[start:end]``, a list a label: (attendance kind, start, end) of each."""
    found: list[list[tuple[str, int, int]]] = []
    region = lines(text, start, end)
    index = 0
    while index < len(region):
        line = region[index]
        index += 1
        labels = _line_labels(line.raw)
        if not labels:
            continue
        # A run-on line may hold several labels ('Members present: ... Officers present: ...'): each reads to the next.
        for (label, _, value), (_, following, _) in zip(labels, labels[1:]):
            names = _names(line.raw[value:following], line.start + value)
            found.append([(_entry_kind(_kind(label), officer), a, b) for a, b, officer in names])
        label, _, value = labels[-1]
        kind = _kind(label)
        rest = line.raw[value:]
        block = [(*name, True) for name in _names(rest, line.start + value)] if rest.strip() else []
        if rest.strip() and not block:
            continue
        blanks = skipped = 0
        while index < len(region) and blanks < 2:
            below = region[index]
            if below.is_blank:
                blanks += 1
                index += 1
                continue
            if _LABEL.match(below.raw):
                break
            names = [(*name, True) for name in _names(below.raw, below.start)]
            if not names and (alone := line_name(below.raw, below.start)) is not None:
                names = [(alone.start, alone.end, alone.officer, alone.titled)]
            # A post or a body on a line of its own between the names of a table printed as text.
            if not names and skipped < _MAX_SKIPPED and post_line(below.text):
                skipped, index = skipped + 1, index + 1
                continue
            if not names:
                break
            block, blanks, skipped, index = block + names, 0, 0, index + 1
        # A name without a title counts only among others of its kind: one alone may be a heading.
        bare = sum(not titled for *_, titled in block)
        block = [entry for entry in block if entry[3] or bare >= 2]
        found.append([(_entry_kind(kind, officer), a, b) for a, b, officer, _ in block])
    return found


def _entry_kind(kind: str, officer: bool) -> str:
    return "in_attendance" if officer and kind == "present" else kind


def _line_labels(raw: str) -> list[tuple[str, int, int]]:
    """(label, start, where its value starts) of each attendance label of a line: one opening it, then any inside it."""
    opening = _LABEL.match(raw)
    found = [(opening["label"], opening.start(), opening.end())] if opening else []
    for match in _CAPS_LABEL.finditer(raw, opening.end() if opening else 0):
        found.append((match["label"] or match["cased"], match.start(), match.end()))
    return found
