"""A present list printed with no heading, below a web page's menu: the meeting's heading, perhaps its date, time and
venue lines, then a run of titled names, then the apologies, the clerk or the first item.

Parish web minutes print their 'Present' label as a styled heading that a page's text rendering drops, or print none,
and the page's text opens on the site's menu, so the heading stands further down than ``attendance_unlabelled`` and
``attendance_preamble`` look (their first lines). Read only when no reader found anyone present in the paper, never in
an agenda or under a heading for a meeting to come. The run's lines are each:

- a list of two names or more parted by commas, 'and' or '&', or printed one after another ('Cllr A Lowe (Chair)
  Cllr B Ray'), every part a name, under a plural title or with two titles at least;
- one titled name, perhaps with its post in brackets or a chair's post after a dash ('Cllr A Lowe – Chair').

Guards: the heading names a meeting ('Minutes of ...', '... held on ...', a meeting or minutes line with its date); at
most four short lines stand between it and the run, none a label ('Apologies', 'Absent', 'Also present', 'Public',
'Minutes:') or an item; the run names two titled people at least; the line after it is a label, an item, a line naming
the clerk or the apologies, or the paper's end. A list of ward members or contacts on a navigation page has no meeting
heading over it.

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``.
"""

from __future__ import annotations

import re

from extractors.proceedings.attendance_entries import COUNTED
from extractors.proceedings.attendance_labels import LIST_LABEL
from extractors.proceedings.attendance_preamble import MEETING_HEAD, names_line
from extractors.proceedings.attendance_sentences import SENTENCE_END
from extractors.proceedings.attendance_unlabelled import titled_line
from extractors.readers.name_lists import split_list
from extractors.readers.names import HONORIFIC_WORDS, PLURAL_TITLE, looks_like_name
from extractors.readers.spans import Line, clean_markup, lines
from schemas.structure import Paper

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
# 'Parish Council Meeting – Tuesday 8 April 2025', 'Minutes 4 March 2025', 'Minutes of meeting 03/06/2025', 'Meeting
# minutes August 20th, 2019', and an undated 'Annual Parish Council Meeting' (a menu's 'Minutes' alone is none).
_DATE = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\b|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}\b)"
_DATED_HEAD = re.compile(
    rf"^\W*(?:[\w&'’,.-]+\s+){{0,8}}(?:meeting|minutes)\b[^.]{{0,80}}?\b{_DATE}"
    r"|^\W*(?:[\w&'’-]+\s+){0,4}(?:parish|town|community|village)\s+(?:council\s+)?meeting\W*$",
    re.I,
)
# A heading for a meeting to come, or an agenda's: the names under it are summoned.
# 'Next Parish Council Meeting – Tuesday 8 April', 'Forthcoming meetings' on a home page: the names under it are contacts.
_FUTURE = re.compile(
    r"\b(?:to\s+be\s+held|will\s+be\s+held|agenda|notice\s+of|summons|summoned|next\s+meeting)\b"
    r"|^\W*(?:next|forthcoming|upcoming|future)\b",
    re.I,
)
# Words opening a line that is not the meeting's detail: a list of another kind, or the minutes' business.
_BLOCK = re.compile(r"^\W*(?:apolog|absent|also\b|public|minutes\s*:|present\b|members\b|in\s+attendance|item\b)", re.I)
# A line leading a list of another kind: a newsletter's 'Councillor surgeries this month:', a page's 'Your councillors'
# or 'Contact details' over its members; a date, time or venue line ends on no colon.
_OTHER_LIST = re.compile(r":\s*$|\b(?:surger(?:y|ies)|contacts?|your\s+(?:parish\s+|town\s+)?council(?:lors)?|councillors)\b", re.I)
_ITEM = re.compile(r"^\W*(?:[A-Z]{0,3}\d{1,4}(?:[./-]\d{1,4}){0,2}[a-z]?[.):]?)\s+[A-Za-z]")
# Another tier's councillor on a line of their own under the members: in attendance (``attendance_preamble``), no member.
_OTHER_TIER = re.compile(r"^\W*(?:county|district|borough|unitary|ward)\s+(?:councillors?|cllrs?)\b", re.I)
# After the run: the clerk, the apologies, the welcome or the opening of the meeting.
# Or the public counted, another tier's councillor or a constable attending (their own readers take them).
_AFTER = re.compile(
    r"\b(?:clerk|apolog\w*|welcomed|opened|commenced|started|public|press|parishioners?|residents?|electors?)\b"
    rf"|{_OTHER_TIER.pattern}|^\W*(?:pcso|pc|police)\b",
    re.I,
)
_TITLE = re.compile(rf"(?<![\w'’])(?:{HONORIFIC_WORDS})\.?\s+[A-Z]")
# Lines of the page scanned for the heading, lines of detail allowed between it and the run, and their length.
_SCAN = 120
_BETWEEN = 4
_DETAIL_CHARS = 100
_MIN_TITLED = 2


def _heading(text: str) -> bool:
    """``text`` is a heading of minutes of a meeting held (not one to come)."""
    return bool(MEETING_HEAD.match(text) or _DATED_HEAD.match(text)) and not _FUTURE.search(text)


def _listed(raw: str) -> str:
    """The text of a list line to its first full stop."""
    value = clean_markup(raw)
    stop = SENTENCE_END.search(value)
    return value[: stop.start()] if stop else value


# A post printed before a member's titled name in the list ('Chairman Cllr A Lowe', 'Clerk Mrs E Vale').
_POST_FIRST = re.compile(
    r"^(?:(?:vice|deputy)[\s-]?)?chair(?:man|woman|person)?\s*:?\s+|^(?:(?:parish|town|acting|assistant)\s+)?clerk\s*:?\s+", re.I
)


_POST_ALONE = re.compile(r"(?:(?:vice|deputy)[\s-]?)?chair(?:man|woman|person)?|(?:(?:parish|town)\s+)?clerk(?:\s+and\s+rfo)?|rfo", re.I)


def _parts_named(listed: str) -> bool:
    """Every comma/'and' part of ``listed`` is a name, perhaps after its post or before it in brackets, and two parts
    at least are titled ('Chairman Cllr A Lowe, Cllr B Ray, Mrs E Vale (Clerk)')."""
    parts = [re.sub(r"\s*\([^()]*\)\s*", " ", part).strip(" .") for part in split_list(listed) if part.strip()]
    # 'Cllr A Lowe, Chairman; Cllr B Ray': a post after its name's comma is no part of its own.
    names = [_POST_FIRST.sub("", part) for index, part in enumerate(parts) if not (index and _POST_ALONE.fullmatch(part))]
    return len(names) >= _MIN_TITLED and all(looks_like_name(name) for name in names) and sum(bool(_TITLE.match(n)) for n in names) >= _MIN_TITLED


def _run_line(line: Line) -> tuple[int, int, bool] | None:
    """The (start, end, comma-separated) piece of a line of the run, else None. A count of the public closing the list
    ('... and two members of the public') names nobody."""
    if _OTHER_TIER.match(line.text):
        return None
    if titled_line(line.text):
        return (line.start, line.end, False)
    listed = _listed(line.raw)
    listed = listed[: counted.start()] if (counted := COUNTED.search(listed)) else listed
    titled = bool(PLURAL_TITLE.match(listed.strip())) or len(_TITLE.findall(listed)) >= _MIN_TITLED
    if titled and (names_line(listed) or _parts_named(listed)):
        return (line.start, line.start + len(listed.rstrip()), True)
    return None


def _detail(line: Line) -> bool:
    """``line`` may stand between the heading and the run: the meeting's date, time or venue, no label or item."""
    text = line.text.strip()
    return (
        len(text) <= _DETAIL_CHARS
        and not LIST_LABEL.match(line.raw)
        and not _BLOCK.match(text)
        and not _ITEM.match(text)
        and not titled_line(text)
        and not _OTHER_LIST.search(text)
    )


def _titled_count(text: str, pieces: list[tuple[int, int, bool]]) -> int:
    return sum(len(_TITLE.findall(text[start:end])) or bool(PLURAL_TITLE.match(text[start:end].strip())) for start, end, _ in pieces)


def headless_run(text: str, paper: Paper) -> list[tuple[int, int, bool]]:
    """The (start, end, comma-separated) pieces of the present run printed with no heading in ``paper``, else []."""
    if paper.kind == "agenda":
        return []
    region = [line for line in lines(text, paper.start, paper.end) if not line.is_blank][:_SCAN]
    head, between = False, 0
    for index, line in enumerate(region):
        if _heading(line.text):
            if inline := _inline_run(text, region, index):
                return inline
            head, between = True, 0
            continue
        if not head:
            # A labelled list before any heading: the page's attendance is labelled, the labelled readers' to read.
            if LIST_LABEL.match(line.raw):
                return []
            continue
        piece = _run_line(line)
        if piece is None:
            if between < _BETWEEN and _detail(line):
                between += 1
                continue
            return []
        return _run(text, region, index)
    return []


# A plural title opening a run inside a line: 'Councillors A Lowe (Chairman), B Ray'.
_PLURAL_AT = re.compile(r"(?<![\w'’])(?:Councillors|Cllrs)\.?\s+[A-Z]")


def _inline_run(text: str, region: list[Line], index: int) -> list[tuple[int, int, bool]]:
    """The run printed on the heading's own line after it, as a document mirror's flattened text gives it ('Minutes of
    the meeting ... held on DATE in the Hall Cllr A Lowe (Chair), Cllr B Ray In attendance: ...', split at its labels
    by ``readers.runon``), else []. What follows the run on its line, or the next line, is a label, an item, the
    clerk or the apologies."""
    line = region[index]
    heading = MEETING_HEAD.match(line.text) or _DATED_HEAD.match(line.text)
    for title in sorted([*_TITLE.finditer(line.raw), *_PLURAL_AT.finditer(line.raw)], key=lambda m: m.start()):
        if heading and title.start() < len(line.text) - len(line.text.lstrip()) + 10:
            continue
        listed = _listed(line.raw[title.start() :])
        listed = listed[: counted.start()] if (counted := COUNTED.search(listed)) else listed
        titled = bool(_PLURAL_AT.match(listed)) or len(_TITLE.findall(listed)) >= _MIN_TITLED
        if not (titled and (names_line(listed) or _parts_named(listed))):
            continue
        piece = (line.start + title.start(), line.start + title.start() + len(listed.rstrip()), True)
        rest = line.raw[title.start() + len(listed) :].strip(" .;,")
        if rest:
            closed = LIST_LABEL.match(rest) or _ITEM.match(rest) or _AFTER.search(rest)
            return [piece] if closed else []
        more = _run(text, region, index + 1) if index + 1 < len(region) and _run_line(region[index + 1]) else []
        if more:
            return [piece, *more]
        after = region[index + 1] if index + 1 < len(region) else None
        closed = after is None or LIST_LABEL.match(after.raw) or _ITEM.match(after.text) or _AFTER.search(after.text)
        return [piece] if closed else []
    return []


def _run(text: str, region: list[Line], index: int) -> list[tuple[int, int, bool]]:
    """The run opening at ``region[index]`` when it names two titled people and a label, item, clerk or the paper's end
    follows it, else []."""
    pieces: list[tuple[int, int, bool]] = []
    for line in region[index:]:
        piece = _run_line(line)
        if piece is None:
            closed = LIST_LABEL.match(line.raw) or _ITEM.match(line.text) or _AFTER.search(line.text)
            return pieces if closed and _titled_count(text, pieces) >= _MIN_TITLED else []
        pieces.append(piece)
    return pieces if _titled_count(text, pieces) >= _MIN_TITLED else []
