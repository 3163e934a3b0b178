"""An officers' list of one 'Name – Post' a line that a PDF's text ran into one paragraph, nothing parting a post
from the next name ('Officers Present: Ann Lowe – Lead Officer Westby CC Bob Ray – Chief Constable Cy Dunn – Treasurer').

Each dash has a name before it: its last two capitalised words, with a title and initials before them
('Mr A Bell'), or three or four ('Mary Jane Ray') where the name opens the run or its line or its first words are given
names; the words between one dash and the next name are the post. Only a run of at least three dashes,
at least two of them with no comma or semicolon before their name, counts: a list its commas part is the list
readers'. The names are in attendance. The run ends at the paragraph's end or at another list's label inside it
('Apologies: ...'), the last post at a figure or a line opening with a label.

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``,
which a change here must bump.
"""

from __future__ import annotations

import re

from extractors.readers.given_names import GIVEN_NAMES
from extractors.readers.names import looks_like_name

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


def dashed_run(text: str, start: int, end: int) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    """(name start, name end, post) of each officer of a run-on dashed list after an attendance label, and the
    lists' spans."""
    found: list[tuple[int, int, str]] = []
    spans: list[tuple[int, int]] = []
    for label in _LABEL.finditer(text, start, end):
        line_end = text.find("\n\n", label.end(), end)
        line_end = end if line_end < 0 else line_end
        next_list = _NEXT_LIST.search(text, label.end(), line_end)
        line_end = next_list.start() if next_list else line_end
        dashes = list(_DASH.finditer(text, label.end(), line_end))
        names: list[tuple[int, int]] = []
        previous = label.end()
        for dash in dashes:
            name = _name_before(text, previous, dash.start(), previous == label.end())
            if name is None:
                break
            names.append(name)
            previous = dash.end()
        unparted = sum(not re.search(r"[,;]\s*$", text[previous_end:s]) for (_, previous_end), (s, _) in zip(names, names[1:]))
        if len(names) < _MIN_DASHES or unparted < 2 or names[0][0] != label.end():
            continue
        stops = [s for s, _ in names[1:]] + [_last_post_end(text, dashes[len(names) - 1].end(), line_end)]
        for (name_start, name_end), dash, stop in zip(names, dashes, stops):
            found.append((name_start, name_end, text[dash.end() : stop].strip(" ,;")))
        spans.append((label.end(), stops[-1]))
    return found, spans


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
