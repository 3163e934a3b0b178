"""An officers' list of one 'Name – Post' a line that a PDF's text ran into one paragraph, nothing parting a post
from the next name ('Officers Present: Ann Lowe – Lead Officer Westby CC Bob Ray – Chief Constable Cy Dunn – Treasurer').

Each dash has a name before it: its last two capitalised words, with a title and initials before them
('Mr A Bell'), or three or four ('Mary Jane Ray') where the name opens the run or its line or its first words are given
names; the words between one dash and the next name are the post. Only a run of at least three dashes,
at least two of them with no comma or semicolon before their name, counts: a list its commas part is the list
readers'. The names are in attendance. The run ends at the paragraph's end or at another list's label inside it
('Apologies: ...'), the last post at a figure or a line opening with a label.
Northern Irish minutes print the post first ('Chief Executive - J Lowe Director of Operations – B Ray ...', names
in initials and a surname, ``_post_first_run``).

A partnership's members printed 'Name – Body' or 'Name, Post – Body' the same way (``listed_runs``) are present
after 'PRESENT' (group headings such as 'Board Members:' after it are no names) and absent after 'APOLOGIES:'; with no
label at all they are present only where the run opens the line under the 'Minutes of the meeting held on ...' heading
and most of its names open with a common given name; most names must follow the body before them on its line (one
'Name – Post' a line is a list the line readers take). A 'Name, Post' entry's name is the one before its comma.

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``,
which a change here must bump.
"""

from __future__ import annotations

import re

from extractors.readers.given_names import GIVEN_NAMES
from extractors.readers.name_posts import ROLE_WORDS
from extractors.readers.names import looks_like_name
from schemas.structure import Attendance

_LABEL = re.compile(r"\b(?:(?:Officers?|Others|Also)\s+(?:present|in\s+attendance)|In\s+attendance)\s*:[ \t]*", re.I)
_DASH = re.compile(r"\s+[–—-]\s+")
_WORD = r"[A-Z][a-z][\w'’-]*"
_TITLE = r"(?:(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z]\.?\s+){0,3}"
_TITLE_INITIALS = re.compile(_TITLE)
# The name closing the text before a dash: a title, initials and two to four words, longest first.
_NAMES_BEFORE = tuple(
    re.compile(rf"(?<![\w.'’-]){_TITLE}{_WORD}(?:[ \t]+{_WORD}){{{words - 1}}}$")
    for words in (4, 3)
)
_NAME_BEFORE = re.compile(rf"(?<![\w.'’-]){_TITLE}{_WORD}\s+{_WORD}$")
# Where the last post ends: a figure, a blank line, or a line opening with a label ('Apologies: ...').
_POST_END = re.compile(r"\s+(?=[\w./]*\d)|\n[ \t]*\n|\n(?=[ \t]*[A-Z][\w ]{0,30}:)")
# Another attendance list's label inside the paragraph ends the run: 'Apologies: Cllr D Poe' / 'Cllr E Bell' is not
# the last officer's post.
_NEXT_LIST = re.compile(
    r"(?:^|(?<=\s))(?:Apologies|Apologies\s+for\s+absence|Absent|Absentees|Not\s+present|Present|Members\s+present)\b\s*[:\-–]", re.I
)
_MIN_DASHES = 3
# 'PRESENT' or 'APOLOGIES:' with the group headings after it ('Board Members: Secretariat:'), up to the first name.
_LIST_LABEL = re.compile(
    r"(?:\bPRESENT\b|\bPresent\b|(?P<absent>\b(?:APOLOGIES|Apologies)\b))[ \t]*:?[ \t\n]*"
    r"(?:[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}[ \t]*:[ \t\n]*)*"
)
# The heading line an unlabelled members' run opens under.
_MINUTES_HEADING = re.compile(r"^[ \t]*Minutes\s+of\s+(?:the|a)\s+meeting\s+held\s+on\b[^\n]*\n", re.I | re.M)
# 'Name, Vice Chancellor – Body': one to five words of a post after the name's comma, just before the dash.
_COMMA_POST = re.compile(r",[ \t]*[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|of|and|for|the|&)){0,4}[ \t]*$")
_CHAIR = re.compile(r"\((?:Vice[-\s])?Chair(?:man|person)?\)\s*$")
_MIN_UNLABELLED = 5
# How far a run's first dash and the whole run may reach from its label.
_FIRST_REACH = 200
_WINDOW = 6000
# 'Officers Present:' is the officers' label (``dashed_run``), not the members'.
_OFFICERS_BEFORE = re.compile(r"\b(?:Officers?|Others|Also)\s+$", re.I)
_GIVEN_SHARE = 0.75
# 'Chief Executive - ' opening a post-first run; then each 'J Lowe Director of Operations – ' (a name of initials and a
# surname, the next post and its dash), the last name closing its line.
_POST_FIRST = re.compile(r"[ \t]*(?P<post>[A-Z][\w'’&]*(?:[ \t]+(?:[A-Z][\w'’&]*|of|and|for|the|&)){0,7})[ \t]+[–—-][ \t]+")
_DASHED_NAME = re.compile(
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)?(?:[A-Z]\.?[ \t]+){1,3}(?:Mc|Mac|O['’])?[A-Z][a-z][\w'’-]*)"
    r"(?:[ \t]+(?P<next>[A-Z][\w'’&]*(?:[ \t]+(?:[A-Z][\w'’&]*|of|and|for|the|&)){0,9})[ \t]+[–—-][ \t]+|[ \t]*(?=\n|$))"
)


def dashed_run(text: str, start: int, end: int) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    """(name start, name end, post) of each officer of a run-on dashed list after an attendance label, and the
    lists' spans."""
    found: list[tuple[int, int, str]] = []
    spans: list[tuple[int, int]] = []
    for label in _LABEL.finditer(text, start, end):
        if spans and label.end() < spans[-1][1]:
            continue
        run = _run(text, label.end(), end, False) or _post_first_run(text, label.end(), end)
        if run:
            found += run[0]
            spans.append(run[1])
    return found, spans


def _post_first_run(text: str, at: int, end: int) -> tuple[list[tuple[int, int, str]], tuple[int, int]] | None:
    """The entries of an officers' run printed 'Post – Name' ('Chief Executive - J Lowe Director of Operations – B Ray
    ...'): a post opens the run, each name after a dash is initials and a surname (a title before them too), the words up
    to the next dash the next post; at least ``_MIN_DASHES`` entries, on one line."""
    line_end = text.find("\n", at, min(end, at + _WINDOW))
    line_end = min(end, at + _WINDOW) if line_end < 0 else line_end
    first = _POST_FIRST.match(text, at, line_end)
    if first is None or first["post"].split()[-1].lower() not in ROLE_WORDS:
        return None
    entries: list[tuple[int, int, str]] = []
    post, position = first["post"], first.end()
    while (entry := _DASHED_NAME.match(text, position, line_end)) is not None:
        entries.append((*entry.span("name"), post))
        post, position = entry["next"] or "", entry.end()
        if not entry["next"]:
            break
    if len(entries) < _MIN_DASHES or post:
        return None
    return entries, (at, position)


def listed_runs(text: str, start: int, end: int) -> tuple[list[tuple[Attendance, int, int, str]], list[tuple[int, int]]]:
    """(attendance, name start, name end, chair's post or '') of each member of a run-on dashed present or apologies
    list, and the lists' spans."""
    found: list[tuple[Attendance, int, int, str]] = []
    spans: list[tuple[int, int]] = []
    officers = {m.end() for m in _LABEL.finditer(text, start, end)}
    labels = [
        (m.end(), "apologies" if m["absent"] else "present", False)
        for m in _LIST_LABEL.finditer(text, start, end)
        if m.end() not in officers and not _OFFICERS_BEFORE.search(text, max(start, m.start() - 12), m.start())
    ]
    heading = _MINUTES_HEADING.search(text, start, end)
    if heading:
        labels.append((heading.end(), "present", True))
    for at, kind, unlabelled in sorted(labels):
        if spans and at < spans[-1][1]:
            continue
        run = _run(text, at, end, unlabelled, comma_posts=True)
        if run is None:
            continue
        for name_start, name_end, post in run[0]:
            found.append((kind, name_start, name_end, "Chair" if _CHAIR.search(post) else ""))
        spans.append(run[1])
    return found, spans


def _run(
    text: str, at: int, end: int, unlabelled: bool, comma_posts: bool = False
) -> tuple[list[tuple[int, int, str]], tuple[int, int]] | None:
    """The entries of a dashed run opening at ``at``, and its span; None where no run of enough dashes opens there.
    A run's first name must open at ``at`` and reach a dash within a line's length, and the run is read within
    ``_WINDOW`` characters: a text with a label every few words costs each label a bounded look."""
    first = _DASH.search(text, at, min(end, at + _FIRST_REACH))
    if first is None or _entry_name(text, at, first.start(), True, comma_posts) is None:
        return None
    limit = min(end, at + _WINDOW)
    line_end = text.find("\n\n", at, limit)
    line_end = limit if line_end < 0 else line_end
    next_list = _NEXT_LIST.search(text, at, line_end)
    line_end = next_list.start() if next_list else line_end
    dashes: list[re.Match[str]] = []
    names: list[tuple[int, int]] = []
    previous = at
    for dash in _DASH.finditer(text, at, line_end):
        name = _entry_name(text, previous, dash.start(), previous == at, comma_posts)
        if name is None:
            break
        dashes.append(dash)
        names.append(name)
        previous = dash.end()
    unparted = sum(not re.search(r"[,;]\s*$", text[previous_end:s]) for (_, previous_end), (s, _) in zip(names, names[1:]))
    if len(names) < (_MIN_UNLABELLED if unlabelled else _MIN_DASHES) or unparted < 2 or names[0][0] != at:
        return None
    if unlabelled and sum(_given(text[s:e]) for s, e in names) < _GIVEN_SHARE * len(names):
        return None
    # A members' run is run on: most names follow the body before them on its line ('Name – Post' a line is a list's).
    if comma_posts and 2 * sum("\n" not in text[previous_end:s] for (_, previous_end), (s, _) in zip(names, names[1:])) < len(names):
        return None
    stops = [s for s, _ in names[1:]] + [_last_post_end(text, dashes[-1].end(), line_end)]
    entries = [(s, e, text[dash.end() : stop].strip(" ,;")) for (s, e), dash, stop in zip(names, dashes, stops)]
    return entries, (at, stops[-1])


def _entry_name(text: str, start: int, end: int, first: bool, comma_posts: bool) -> tuple[int, int] | None:
    """The name before the dash at ``end``; with ``comma_posts`` also the one before 'Name, Post' ('Ann Lowe, Principal')."""
    name = _name_before(text, start, end, first)
    if name is None and comma_posts and (post := _COMMA_POST.search(text, start, end)):
        name = _name_before(text, start, post.start(), first)
    return name


def _given(name: str) -> bool:
    words = _TITLE_INITIALS.sub("", name).split()
    return bool(words) and words[0] in GIVEN_NAMES


def _last_post_end(text: str, start: int, end: int) -> int:
    stop = _POST_END.search(text, start, end)
    return stop.start() if stop else end



def _name_before(text: str, start: int, end: int, first: bool) -> tuple[int, int] | None:
    """The name printed just before a dash at ``end``: two capitalised words, or three or four ('Mary Jane Ray') when the
    name opens the run (``first``) or its line, or when the words before the last two are common given names (the
    previous post's words run on before it); never across a line end or a full stop."""
    for pattern in _NAMES_BEFORE:
        name = pattern.search(text, start, end)
        if name is None or not looks_like_name(name[0]):
            continue
        before = text[start : name.start()]
        opens = (first and not before.strip()) or re.search(r"\n[ \t]*$", before)
        extra = _TITLE_INITIALS.sub("", name[0]).split()[:-2]
        if opens or all(word in GIVEN_NAMES for word in extra):
            return name.span()
    name = _NAME_BEFORE.search(text, start, end)
    return name.span() if name and looks_like_name(name[0]) else None
