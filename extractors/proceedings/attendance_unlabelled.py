"""A present list whose label was lost: the members named under the minutes' heading with no 'Present' before them.

Parish and town councils' web minutes often print their labels as headings that a page's text rendering drops, or
print none: the minutes' heading ('Minutes of the meeting held on 3 May 2022'), then the members, then the first item.
Two shapes, read in the first lines of a paper that calls itself minutes, before its first numbered item or
attendance label:

- one line listing three names or more under a plural title ('Councillors A Lowe (Chair), B Ray, C Sim and D Tam.')
  or each with its own ('Mr A Lowe (Chairman), Mrs B Ray, Councillor C Sim and Mr D Tam.'), read to its first full
  stop (a 'Clerk: ...' after it is the labelled readers'); the first such line only, and the lines it runs on to
  while each ends on a comma (Welsh county minutes print the list a few names a line, a blank line between); the
  titled names above it with a chair's post after a dash ('Councillor A Lowe - Chairman') are present too;
- three lines or more in a row, each one titled name with perhaps its post in brackets or a bullet before it
  ('• Mr. Adam Lowe (Chairperson)' / '• Mrs. Beth Ray' / ...), or a bullet, a name and its post or body after a
  spaced dash opening on a capital ('• Carl Sim - Westby Rowing Club', an area partnership's minutes; '• Bob Ray -
  to book the hall' is an action), one name of the run titled at least; a blank line may part them, any other line
  ends the run.

Read only when no reader found anyone present in the paper (``attendance._listed``), never in an agenda (an agenda's
list of members is whom it summons). Both shapes need titles: untitled names under a heading may be anything.

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``.
"""

from __future__ import annotations

import re

from extractors.proceedings.attendance_labels import LIST_LABEL
from extractors.proceedings.attendance_entries import HONOUR
from extractors.proceedings.attendance_preamble import names_line
from extractors.proceedings.attendance_sentences import SENTENCE_END
from extractors.readers.name_lists import entry_name, split_list
from extractors.readers.names import PLURAL_TITLE, looks_like_name, split_honorifics
from extractors.readers.spans import Line, clean_markup, lines
from schemas.structure import Paper

# The minutes' own heading: 'Minutes of the meeting ...', 'MINUTES OF ...', 'Draft minutes'.
_MINUTES_HEADING = re.compile(r"\bminutes\b", re.I)
# A numbered item opens the business: '1. Apologies', '22/031 Declarations', '1 Welcome'.
_ITEM = re.compile(r"^\W*(?:[A-Z]{0,3}\d{1,4}(?:[./-]\d{1,4}){0,2}[.):]?)\s+[A-Za-z]")
# A bullet before a list line: '•', '-', '*', a private-use glyph of a word processor.
_BULLET = re.compile(r"^[\s•·▪◦●■➢*\-–\uf0a7\uf0b7]*")
# The list starts within the first lines after the heading; a run of one name a line may go on past them.
_FIRST_LINES = 8
_MAX_LINES = 60
_MIN_NAMES = 3
# A list run on over its line ends: lines at the most after its first.
_MAX_WRAPS = 12
# A chair's post after a dash closing a titled name's line ('Councillor A Lowe - Vice-Chairman').
_CHAIR_DASH = re.compile(r"\s+[-–—]\s+(?:vice[\s-]?|deputy\s+)?(?:chair(?:man|woman|person)?|mayor)\s*$", re.I)


# A staff post in a line's brackets ('Mrs E Vale (Clerk)'): in attendance, not a member, so no line of the run.
_STAFF = re.compile(r"(?i)\b(?:clerk|officer|rfo|secretary|minute|administrator|assistant|manager)\b")


def titled_line(text: str) -> bool:
    """``text`` is one titled name, perhaps after a bullet and before its post in brackets ('• Mr. A Lowe (Chair)'),
    the post no staff post, or before a chair's post after a dash ('Cllr A Lowe – Chair')."""
    printed = clean_markup(text)
    printed = printed[_BULLET.match(printed).end() :]
    printed = printed[: dash.start()] if (dash := _CHAIR_DASH.search(printed)) else printed
    post = re.search(r"\(([^()]*)\)\s*$", printed)
    name = printed[: post.start()] if post else printed
    name = name.strip(" .")
    return bool(name) and "," not in name and not (post and _STAFF.search(post[1])) and looks_like_name(name, honorific_required=True)


# A bulleted line of one name and, after a spaced dash, its post or body ('• Carl Sim - Westby Rowing Club'), which opens
# on a capital: '• Bob Ray - to book the hall' is an action, '• Ann Lowe - declared an interest' a minute.
_DASHED = re.compile(r"^\s*[•·▪◦●■➢*\uf0a7\uf0b7]\s*(?P<name>[^,]+?)\s+[-–—]\s+(?P<post>(?!To\b)[A-Z].*)$")


def _dashed_line(text: str) -> str | None:
    """The name of a bulleted line giving one name and its post or body after a spaced dash, else None."""
    shape = _DASHED.match(clean_markup(text).rstrip())
    name = shape["name"].strip() if shape else ""
    return name if name and looks_like_name(name) and not split_honorifics(shape["post"])[0] else None


def _head(text: str, paper: Paper) -> list[Line]:
    """The paper's first lines with text after its minutes heading, up to its first item or attendance label; [] when
    none of its first lines calls it minutes."""
    region = [line for line in lines(text, paper.start, paper.end) if not line.is_blank][: _MAX_LINES]
    heading = next((index for index, line in enumerate(region[:4]) if _MINUTES_HEADING.search(line.text)), None)
    if heading is None:
        return []
    head: list[Line] = []
    for line in region[heading + 1 :]:
        if LIST_LABEL.match(line.raw) or (_ITEM.match(line.text) and not titled_line(line.text)):
            break
        head.append(line)
    return head


def _listed(line: Line) -> tuple[str, list[str]]:
    """The text of ``line`` to its first full stop and its comma/'and' parts."""
    value = clean_markup(line.raw)
    stop = SENTENCE_END.search(value)
    listed = value[: stop.start()] if stop else value
    return listed, [part for part in split_list(listed) if part.strip()]


def _chair_line(text: str) -> bool:
    """``text`` is one titled name with a chair's post after a dash ('Councillor A Lowe - Chairman')."""
    printed = clean_markup(text)
    post = _CHAIR_DASH.search(printed)
    return bool(post) and "," not in printed[: post.start()] and looks_like_name(printed[: post.start()].strip(" ."), honorific_required=True)


def _run_on(head: list[Line], index: int, listed: str) -> list[tuple[int, int, bool]]:
    """The pieces of the lines after ``head[index]`` that its list runs on to: each line after one ending on a comma,
    its every part a name (or an honour after one), to its full stop."""
    pieces: list[tuple[int, int, bool]] = []
    for line in head[index + 1 : index + 1 + _MAX_WRAPS]:
        if not listed.rstrip().endswith(","):
            break
        listed, parts = _listed(line)
        names = [entry_name(part) for part in parts if not HONOUR.fullmatch(part.strip(" .,"))]
        if not names or not all(looks_like_name(name) for name in names):
            break
        pieces.append((line.start, line.start + len(listed.rstrip()), True))
    return pieces


def unlabelled_lists(text: str, paper: Paper) -> list[tuple[str, list[tuple[int, int, bool]]]]:
    """(attendance, the (start, end, comma-separated) pieces) of the present list printed with no label under
    ``paper``'s minutes heading, else []."""
    if paper.kind == "agenda":
        return []
    head = _head(text, paper)
    for index, line in enumerate(head[:_FIRST_LINES]):
        listed, parts = _listed(line)
        titled = PLURAL_TITLE.match(listed.strip()) or all(split_honorifics(entry_name(part))[0] for part in parts)
        if titled and names_line(listed) and len(parts) >= _MIN_NAMES:
            chairs = [(above.start, above.end, False) for above in head[:index] if _chair_line(above.text)]
            listed_pieces = [(line.start, line.start + len(listed.rstrip()), True), *_run_on(head, index, listed)]
            return [("present", chairs + listed_pieces)]
    run: list[Line] = []
    # The head holds only lines with text, so a blank line between two of the run's lines parts nothing.
    for index, line in enumerate(head):
        if (titled_line(line.text) or _dashed_line(line.text)) and (run or index < _FIRST_LINES):
            run.append(line)
            continue
        if len(run) >= _MIN_NAMES or index >= _FIRST_LINES:
            break
        run = []
    # Bulleted 'Name - body' lines may name anyone: one titled name among them at least makes them the members.
    titled = any(titled_line(line.text) or split_honorifics(_dashed_line(line.text) or "")[0] for line in run)
    return [("present", [(line.start, line.end, False) for line in run])] if len(run) >= _MIN_NAMES and titled else []
