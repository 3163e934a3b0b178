"""Attendance lists of committees, panels and partnerships that the label readers leave unread, added by
``attendance.extract_attendance`` for the people no other reader names (any word of a name in common counts).

Three layouts, each held to a strict name test (a titled name, or two to four name-shaped words none of them a post's,
a body's or standard business's: ``attendance_lines.untitled_name``):

- Group lines under a present label alone on its line: each line names the body, place or ward its people sit for, a
  colon, then its people ('Eastby Borough Council: Councillor A Lowe, B Ray'), perhaps 'Apologies from C Sims' (the
  rest of the line gives apologies) or nobody ('No rep', 'Vacant'). Two such lines naming people, and three people,
  make the block; the first line of another shape ends it. A line whose group is itself an attendance, role or meeting
  label ('Apologies:', 'Chair:', 'Venue:') is no group line: other readers take those.
- Name lines under an attendance label alone on its line, each perhaps over a line of its post or body (a table's
  cells stacked: 'Panel Members Present' / 'Ann Lowe' / 'Eastby Borough Council' / 'Bob Ray' / ...): three names and
  one post line at least.
- Name lines with no label above an attendance label ('In Attendance', 'Apologies'): a board's members printed one a
  line straight under the minutes' heading (a line saying 'minutes' with a year), read as present (a staff
  post after a name makes it in attendance). Two names sharing a seat print on one line ('Ann Lowe / Bob Ray').

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``.
"""

from __future__ import annotations

import re

from extractors.proceedings.attendance_labels import LABEL_ALONE, matched_kind
from extractors.proceedings.attendance_lines import line_name, post_line, untitled_name
from extractors.readers.name_posts import POST_WORDS
from extractors.readers.names import STAFF_POSTS, bare_name as bare_person, looks_like_name, split_honorifics
from extractors.readers.spans import Line, lines
from schemas.parsed import ParsedDocument
from schemas.structure import Attendance, AttendeeRecord, Paper

# 'Eastby Borough Council: Councillor A Lowe, B Ray': the group, then its people.
_GROUP_LINE = re.compile(r"^\s*(?P<group>[A-Z][\w'’&.-]*(?:,?\s+(?:[A-Z][\w'’&.-]*|and|of|the|&|for|on|upon)){0,7})\s*:\s*(?P<people>.*?)\s*$")
# Group words that make the line a label of another kind: attendance, a role, the meeting's particulars.
_NOT_GROUP = frozenset(
    """
    present apologies absent attendance attending attendees also officers officer members member councillors cllrs
    chair chairman chairwoman chairperson convener convenor vice clerk secretary treasurer minutes minute agenda item
    date time venue place location meeting subject title note notes action actions resolved decision in by
    """.split()
)
_APOLOGIES_FROM = re.compile(r"^(?:apologies|apols)(?:\s+(?:received\s+)?from)?\s*:?\s*", re.I)
_NOBODY = re.compile(r"^\W*(?:no\s+(?:rep|representative|representation|one|working)|none|nil|vacant|vacancy|n/?a)\b", re.I)
_SEPARATOR = re.compile(r"\s*(?:,|;|\band\b|&)\s*")
# What may close an entry after its name: brackets (initials, a post).
_BRACKETS = re.compile(r"(?:\s*\([^()]{1,40}\))+\s*$")
_MIN_GROUP_LINES = 2
_MIN_PEOPLE = 3
# The minutes' heading above an unlabelled list: it says minutes and prints a year (an agenda's notice of meeting over
# its membership is no record of attendance).
_HEADING = re.compile(r"(?i)\bminutes\b.*\b(?:19|20)\d\d\b")
_MIN_ABOVE = 2
_MIN_STACKED = 3
_MAX_BLANKS = 2

Entry = tuple[Attendance, int, int]


def is_person(name: str) -> bool:
    """``name`` is a titled name or a bare one (two to four name-shaped words, none a post's or a body's)."""
    name = " ".join(name.split())
    if split_honorifics(name)[0]:
        return looks_like_name(name)
    return untitled_name(name)


def group_lines(text: str, start: int, end: int) -> list[Entry]:
    """(kind, start, end) of the people of group lines under each present label alone on its line."""
    region = lines(text, start, end)
    found: list[Entry] = []
    for index, line in enumerate(region):
        label = LABEL_ALONE.match(line.text)
        if label and label["present"]:
            found += _group_block(region, index + 1)
    return found


def _group_block(region: list[Line], index: int) -> list[Entry]:
    entries: list[Entry] = []
    named_lines = 0
    while index < len(region) and region[index].is_blank:
        index += 1
    for line in region[index:]:
        match = _GROUP_LINE.match(line.raw)
        if not match or set(re.findall(r"[a-z]+", match["group"].lower())) & _NOT_GROUP:
            break
        people = _people(line.raw, line.start, match.start("people"), match.end("people"))
        if people is None:
            break
        entries += people
        named_lines += bool(people)
    if named_lines < _MIN_GROUP_LINES or len(entries) < _MIN_PEOPLE:
        return []
    return entries


def _people(raw: str, offset: int, start: int, end: int) -> list[Entry] | None:
    """The people of one group line's list, or None when a piece is neither a person, nobody nor a lone word (not a
    list of people)."""
    kind: Attendance = "present"
    found: list[Entry] = []
    position = start
    for piece in [*_SEPARATOR.split(raw[start:end]), None]:
        if piece is None:
            break
        at = raw.index(piece, position) if piece else position
        position = at + len(piece)
        if not piece.strip() or _NOBODY.match(piece):
            continue
        if apologies := _APOLOGIES_FROM.match(piece):
            kind, at, piece = "apologies", at + apologies.end(), piece[apologies.end() :]
            if not piece.strip():
                continue
        name = _BRACKETS.sub("", piece)
        # A lone capitalised word is a fragment of a name a stray comma cut ('Barbara, Barnes'): no one, the line still a list.
        if not is_person(name) and re.fullmatch(r"\s*[A-Z][a-z'’-]+\s*", name):
            continue
        if not is_person(name):
            return None
        found.append((kind, offset + at, offset + at + len(piece.rstrip())))
    return found


def stacked_lines(text: str, start: int, end: int) -> list[Entry]:
    """(kind, start, end) of the names printed a line each, each perhaps over a line of its post or body, under each
    attendance label alone on its line ('Panel Members Present' / 'Ann Lowe' / 'Eastby Borough Council' / ...)."""
    region = lines(text, start, end)
    found: list[Entry] = []
    for index, line in enumerate(region):
        label = LABEL_ALONE.match(line.text)
        if not label:
            continue
        kind: Attendance = matched_kind(label)
        block: list[Entry] = []
        below, posts = index + 1, 0
        while below < len(region) and not region[below].is_blank:
            named = line_name(region[below].raw, region[below].start)
            if named is not None:
                block.append((kind, named.start, named.end))
            elif post_line(region[below].text) and block and posts < len(block):
                posts += 1
            else:
                break
            below += 1
        if len(block) >= _MIN_STACKED and posts:
            found += block
    return found


def names_above(text: str, start: int, end: int) -> list[Entry]:
    """(kind, start, end) of the unlabelled name lines straight under the minutes' heading above an attendance label."""
    region = lines(text, start, end)
    for index, line in enumerate(region):
        label = LABEL_ALONE.match(line.text)
        if not label:
            continue
        above = index - 1
        while above >= 0 and region[above].is_blank:
            above -= 1
        block: list[Entry] = []
        while above >= 0 and not region[above].is_blank:
            names = _line_names(region[above])
            if not names:
                break
            block, above = names + block, above - 1
        if len(block) < _MIN_ABOVE or not _under_heading(region, above):
            return []
        return block
    return []


def _line_names(line: Line) -> list[Entry]:
    """The names of one line: one (a post after it), or two sharing a seat ('Ann Lowe / Bob Ray')."""
    found: list[Entry] = []
    position = 0
    for part in line.raw.split(" / "):
        named = line_name(part, line.start + position)
        position += len(part) + 3
        if named is None:
            return []
        found.append(("in_attendance" if named.officer else "present", named.start, named.end))
    return found


def _under_heading(region: list[Line], above: int) -> bool:
    """The line at index ``above`` is the minutes' heading, or blank lines under it."""
    blanks = 0
    while above >= 0 and region[above].is_blank and blanks <= _MAX_BLANKS:
        above, blanks = above - 1, blanks + 1
    return above >= 0 and bool(_HEADING.search(region[above].text)) and not LABEL_ALONE.match(region[above].text)


def member_records(document: ParsedDocument, papers: list[Paper], found: list[AttendeeRecord]) -> list[AttendeeRecord]:
    """``found`` less a body read as a person after a name's post, a group's word read as a name and a post of a run
    of 'Name, Post' entries (a name that took the last word of the body before it cut to the name the run reads there),
    and the people of these layouts (and ``attendance_posted``'s and ``attendance_flat``'s tables and run-on lists) in
    the papers that may list attendance, each name and kind once, less those ``found`` names (any word of a name in
    common)."""
    from extractors.proceedings.attendance_record import attendee as _attendee
    from extractors.proceedings.attendance_fallback_merge import name_words
    from extractors.proceedings.attendance_flat import flat_name_lists, flat_tables
    from extractors.proceedings.attendance_posted import posted_runs

    text = document.text
    found = [record for record in found if not _body_after_post(record, text) and not _GROUP_WORD.search(bare_person(record.name))]
    added: dict[tuple[str, str], AttendeeRecord] = {}
    for paper in papers:
        if paper.kind not in ("minutes", "meeting_page", "agenda", "other"):
            continue
        entries = group_lines(text, paper.start, paper.end) + names_above(text, paper.start, paper.end)
        entries += stacked_lines(text, paper.start, paper.end) + flat_tables(text, paper.start, paper.end)
        entries += flat_name_lists(text, paper.start, paper.end)
        runs = posted_runs(text, paper.start, paper.end)
        posted = [entry for entry, _ in runs]
        # 'Gordon Pryde, Group Manager Prevention, ...': a run's post piece names nobody.
        found = [r for r in found if not any(a <= r.provenance.start and r.provenance.end <= b for _, (a, b) in runs)]
        for kind, start, end in entries + posted:
            record = _attendee(document, text, start, end, kind)
            if record is None:
                continue
            # 'Resources Ivan Bole' read by a list reader where the run-on entries read 'Ivan Bole'.
            if (kind, start, end) in posted and (wider := _wider(record, found)) is not None:
                found[wider] = found[wider].model_copy(update={"name": record.name, "person_key": record.person_key, "provenance": record.provenance})
            known = set().union(*(name_words(other.name) for other in found))
            if not name_words(record.name) & known:
                added.setdefault((record.name, record.attendance), record)
    return found + list(added.values())


def _wider(record: AttendeeRecord, found: list[AttendeeRecord]) -> int | None:
    """The index of the record of ``found`` whose untitled name ends with ``record``'s and begins before it."""
    for index, other in enumerate(found):
        span = other.provenance
        if span.start < record.provenance.start and span.end == record.provenance.end and not split_honorifics(other.name)[0]:
            return index
    return None


# A group's word read as a name after a shared title ('Councillors A, B; Independent Members C and D' gave 'Councillor
# Independent'): never a word of a person's name.
_GROUP_WORD = re.compile(r"(?i)\b(?:independent|members?|co-?opted|substitutes?|representatives?|observers?)\b")
# 'Ann Lowe, Chief Executive, Eastvale Voices': a line of a name, its post and its body.
_NAME_POST_BODY = re.compile(r"^[ \t]*(?P<name>[^,\n]{3,45}),[ \t]*(?P<post>[^,\n]{3,80}),[ \t]*$")


def _body_after_post(record: AttendeeRecord, text: str) -> bool:
    """``record`` is an untitled name closing a line after a name and its post: the body the person works for."""
    start, end = record.provenance.start, record.provenance.end
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    shape = _NAME_POST_BODY.match(text[line_start:start])
    if split_honorifics(record.name)[0] or not shape or text[end:line_end].strip(" .;"):
        return False
    words = set(re.findall(r"[a-z]+", shape["post"].lower()))
    return is_person(shape["name"]) and bool(words & POST_WORDS or STAFF_POSTS.search(shape["post"]))


def label_above(region: list[Line], index: int) -> Attendance:
    """The kind of the in-attendance or apologies label alone on the nearest line above ``region[index]`` that is not
    blank ('In attendance:' / 'Councillors:': councillors attending who are not members), else present."""
    above = next((line for line in reversed(region[:index]) if not line.is_blank), None)
    label = LABEL_ALONE.match(above.text) if above else None
    return "in_attendance" if label and label["in_attendance"] else "apologies" if label and label["apologies"] else "present"
