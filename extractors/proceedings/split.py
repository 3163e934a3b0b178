"""Split a document into papers: the agenda, then the minutes, reports and appendices of a pack.

A pack's agenda runs from its AGENDA heading (or a meeting page's item table, 'Agenda item'
heading or 'Meeting: DATE - Body (Item N)' line, see ``agenda``) to the first paper boundary. Papers start after a 'This page is intentionally left blank' page, at a
report header, at a minutes heading opening a line (see ``find_minutes_headings``; the capitalised
council and body lines just above it are taken with it; not a row of a '| No. | Item |' table naming earlier minutes), and, when pages carry printed numbers, on the page
numbered as an agenda item's first page. A paper is linked to the agenda item whose page range
holds its first printed page; without printed numbers, reports and minutes are aligned with
the paged agenda items in order (appendices follow the paper before them).
A document that is not a pack is one paper; a page of one item ('Agenda item' heading, or
'Meeting: DATE - Body (Item N)' lines, see ``agenda``) or the plain-text rendering of a meeting
page's item table is a 'meeting_page' paper holding its items, not an agenda (an item table
read as 'No. | Item' rows stays an agenda).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractors.proceedings.agenda import FoundItem, find_items, layout_start
from extractors.proceedings.agenda_rows import MEETING_PAGE_TITLE
from extractors.proceedings.business_rows import business_row_title
from extractors.proceedings.electors_meetings import electors_body, heading_phrase
from extractors.proceedings.meeting_bodies import names_people
from extractors.proceedings.paper_items import link_by_order, page_boundaries
from extractors.proceedings.page_titles import PAGE_HEADING, headed_title
from extractors.proceedings.report_header import find_header_blocks
from extractors.readers.dates import WEEKDAY
from extractors.readers.vocabulary import BODY_NOUN
from extractors.readers.spans import Line, lines, matches_at_words, newline_bounds, provenance, squash
from schemas.parsed import ParsedDocument
from schemas.structure import Paper, PaperKind

VERSION = "28"
NAME = "split"

AGENDA_HEADING = re.compile(r"^\W*(?:supplementary\s+|revised\s+)?agenda(?:\s+and\s+minutes)?\W*$", re.I)
# A web page's title over its agenda: 'Agenda for Cabinet on Tuesday 3 June 2025'.
# 'Agenda for Tuesday 14 May 2024', 'Agenda – Meeting 5 (2024/25)': the date or the meeting's number after the word.
_TITLED_AGENDA = re.compile(
    r"^\W*agenda\s+for\s+\S[^\n]{2,120}?\s+on\s+[^\n]*\b(?:19|20)\d{2}\b[^\n]*$"
    r"|^\W*agenda\s+for\s+(?:" + WEEKDAY + r")\b[^\n]{0,40}\b(?:19|20)\d{2}\s*$"
    r"|^\W*agenda\s*[-–—:]\s*meeting\s+(?:no\.?\s*)?\d{1,3}\b[^\n]{0,40}$",
    re.I,
)
_ITEM_TABLE_HEADER = re.compile(r"^\W*(?:no|item|ref)\.?\s*\|\s*(?:item|title|subject)\b", re.I)
MINUTES_HEADING = re.compile(
    r"\b(?:NOTES|MINUTES?)\s+of\s+(?:(?:a|an|the)\s+)?(?:\w+(?:-\w+)?\s+){0,2}?meeting\s+of\s+(?:the\s+)?"
    r"(?P<body>[A-Z][^\n]*?(?:\n[^\n]*?){0,2}?)\s+held\b",
    re.I,
)
# 'Minutes of the Cabinet meeting held on', 'MINUTES OF THE PLANNING COMMITTEE HELD ON', 'Minutes of the meeting held on', Scottish 'Minute of Meeting held in'.
_MINUTES_OF_BODY = re.compile(
    r"(?i:notes|minutes?)\s+(?i:of)\s+(?:(?i:the|a|an)\s+)?(?:(?P<body>[A-Z][^\n]{0,100}?)|(?i:meeting))\s+(?i:held)\b"
    r"|(?i:minute)\s+(?i:of)\s+(?:(?i:the|a)\s+)?(?i:meeting)\s+(?i:held)\b"
)
# Every match of MINUTES_HEADING and _MINUTES_OF_BODY begins with one of these.
_MINUTES_WORDS = ("notes", "minute")
# The opening sentence of Scottish and combined authority minutes, 'At a MEETING of the X held
# remotely on DATE.', followed by the members present ('Present:-', 'P r e s e n t:').
_AT_A_MEETING = re.compile(
    r"At\s+an?\s+(?:\w+\s+)?(?i:meeting)\s+(?i:of)\s+(?:(?i:the)\s+)?(?P<body>[A-Z][^\n]{2,120}?)\s+(?i:held)\b"
)
# The members present below an 'At a meeting of X held ...' opening: a 'Present' label, or a group label over their names
# ('Borough Councillors:', 'Independent Members:').
_PRESENT_BELOW = re.compile(
    r"^\W*(?i:p\s?r\s?e\s?s\s?e\s?n\s?t)\b|^\W*(?:[A-Z][\w’'-]*\s+){0,4}(?i:councillors|members)\s*:\s*$", re.M
)
_PRESENT_REACH = 500
# The occasion's words after the body, perhaps owned by it: 'the Parish Council's Annual General Meeting'.
_MEETING_WORDS = re.compile(
    r"(?:(?<=[a-z])['’]s)?(?:\s*\b(?:annual|general|extra[- ]?ordinary|special|ordinary|reconvened|virtual|remote|meeting)\b)+\s*$", re.I
)
# An occasion's word before the body's name, never a part of it: 'Minutes of the Extraordinary Eastby Parish Council Meeting'.
_OCCASION_BEFORE = re.compile(r"^(?:(?:extra[- ]?ordinary|reconvened|emergency)\s+)+(?=[A-Z])", re.I)
# A meeting page's item title running into its text: 'Minutes of the Previous Meeting PDF 312 KB To agree the minutes ...'.
_ITEM_TEXT = re.compile(r"\bPDF\s+\d|\bminutes\b", re.I)
# A meeting page's item linking the earlier minutes: 'MINUTES OF THE X MEETING HELD ON 30TH JANUARY 2018 pdf icon PDF 361 KB'.
LINKED_ITEM = re.compile(r"\bPDF\s+\d+(?:\.\d+)?\s*[KM]B\b", re.I)
# Welsh minutes: 'Cofnodion y Cyfarfod Arbennig a gynhaliwyd ar DATE' (Minutes of the Special Meeting held on), the body above.
_WELSH_MINUTES = re.compile(r"^[ \t]*(?i:cofnodion)\s+(?i:y|o'r|o)\s+(?i:cyfarfod)\b[^\n]{0,60}?\s(?i:a\s+gynhaliwyd)\b(?:\s+(?i:ar|yn)\b)?", re.M)
_LONE_MINUTES = re.compile(r"^(?:draft\s+)?(?:notes|minutes)$", re.I)
_DATE_LABEL = re.compile(r"^\W*date(?:\s+of\s+(?:the\s+)?meeting)?(?:\s*(?:&|and)\s*time)?\s*:", re.I)
_HEADING_PREFIX = re.compile(r"[\s*#_>]*")
# Before a minutes heading: a parish's running minute number and the minutes' status ('12929. CONFIRMED minutes of ...').
_MINUTES_PREFIX = re.compile(r"[\s*#_>]*(?:\d{4,5}\.[ \t]+)?(?:(?:draft|approved|confirmed|unconfirmed|signed)[ \t]+)*", re.I)
# A lower-case word other than these makes a phrase a sentence, not a body's name.
# A lower-case word makes a title a sentence; the tail of a hyphenated word ('Co-ordinating') does not.
_NOT_TITLE_WORD = re.compile(r"(?<![-‐])\b(?!(?:and|of|for|the|in|on|to|with|upon)\b)[a-z][a-z]*\b")
# A Welsh body's name opens with its noun ('Pwyllgor Tai a Hamdden'); its lower-case words are linking words ('a', 'y', 'ac').
_WELSH_BODY_NOUN = re.compile(r"(?:pwyllgor|cyngor|is-bwyllgor|bwrdd|awdurdod|cyd-bwyllgor)\b", re.I)
_WELSH_BODY = re.compile(r"(?<![-‐'’])\b(?!(?:a|ac|y|yr|o|ar|i|and|of|for|the)\b)[a-z][a-z]*\b")
# A ModernGov page heading ('Agenda and draft minutes', 'Meeting documents'), then the body on one line and the date on the next.
_TWO_LINE_TITLE = re.compile(
    rf"^\W*{PAGE_HEADING}[ \t]*\n(?:[ \t]*\n)*"
    r"[ \t]*(?P<body>[A-Z][^\n|:]{2,150}?)[ \t]*\n[ \t]*"
    r"(?P<when>(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?,?\s+[a-z]{3,9},?\s+\d{4}\b[^\n]*)$",
    re.I | re.M,
)
_HEAD_CHARS = 6000
# A report's header block starts within this many printed (not blank) lines of the paper's start.
_HEADER_WITHIN_LINES = 12
_APPENDIX_HEADING = re.compile(r"^(?:appendix|annex|annexe)\s+[A-Z0-9]{1,3}\b.{0,100}$", re.I)
_CAPS_LINE = re.compile(r"^[A-Z0-9&,'’()\- ]{3,}$")
_RUN_IN_REACH = 400
# An item table's header stands within this many characters above a row it heads.
_TABLE_REACH = 3000
_TABLE_BREAK = re.compile(r"\n[ \t]*\n|\f")
_LONG_LINE = 80


@dataclass(frozen=True)
class MinutesHeading:
    """A minutes heading: where it starts and ends, the body it names and where its details follow.

    ``labelled`` headings are a lone 'Minutes' line whose date, time and venue follow on
    'Date:' / 'Time:' / 'Venue:' lines; the others carry them after 'held'.
    """

    start: int
    end: int
    body: str
    labelled: bool = False


def _opens_line(text: str, position: int, prefix: re.Pattern[str] = _HEADING_PREFIX) -> bool:
    return prefix.match(text, newline_bounds(text, position)[0], position).end() == position


def _run_in_heading(text: str, position: int) -> bool:
    """A heading run into the top of a PDF flattened into long lines ('Ashworth Parish Council
    Minutes of a Meeting of ...', 'Page 1 41/23 MINUTES OF A MEETING ...'): a capitalised
    'Minutes' near the start, after no full stop and not after a lower-case word."""
    if position >= _RUN_IN_REACH:
        return False
    before = text[:position]
    return (
        text[position].isupper()
        and "." not in before.rsplit("\n\n", 1)[-1]
        and not re.search(r"\b[a-z]+\W*$", before)
        and len(text[position : position + 400].split("\n", 1)[0]) + len(before.rsplit("\n", 1)[-1]) > _LONG_LINE
    )


def _linked(text: str, position: int) -> bool:
    """The line holding ``position`` is a meeting page's item linking a document ('Minutes PDF 120 KB'), or the item's
    description printed under it ('Minutes of the meeting of X held on ..., as circulated, to be confirmed')."""
    start, linked = newline_bounds(text, position)[0], _linked_lines(text)
    above = next((line for line in reversed(lines(text, max(0, start - 300), max(0, start - 1))) if not line.is_blank), None)
    return start in linked or above is not None and above.start in linked


@lru_cache(maxsize=4)
def _linked_lines(text: str) -> frozenset[int]:
    """Starts of the lines holding a link's size, searched once a text: once a heading was quadratic on one long line."""
    return frozenset(newline_bounds(text, m.start())[0] for m in LINKED_ITEM.finditer(text) if "\n" not in m.group())


def _body_above(text: str, position: int) -> str | None:
    """The body named on the nearest non-blank line above ``position`` (capitals, or a body noun)."""
    line_start = newline_bounds(text, position)[0]
    above = [line for line in lines(text, max(0, line_start - 300), max(0, line_start - 1)) if not line.is_blank]
    for line in reversed(above[-3:]):
        if line.is_page_footer:
            continue
        words = line.text
        if len(words) > 100 or words.endswith(".") or re.search(r"\d", words) or ":" in words:
            return None
        if (words.upper() == words and re.search(r"[A-Z]{3}", words)) or BODY_NOUN.search(words):
            return words
        return None
    return None


_GENERIC_BODY = re.compile(r"^(?:the\s+)?(?P<noun>authority|council|panel|board|committee|commission|partnership)$", re.I)


def _named_above(text: str, position: int, body: str) -> str:
    """'MINUTES of the meeting of the Authority held ...' under 'NORTHSHIRE FIRE AND RESCUE AUTHORITY': the
    heading names the body by its kind only, the line above names it in full."""
    generic = _GENERIC_BODY.match(body.strip())
    above = _body_above(text, position) if generic else None
    last = re.findall(r"[a-z]+", above.lower()) if above else []
    return above if last and last[-1] == generic["noun"].lower() else body


# After a Scottish 'Minute of Meeting held' only its venue, date and time ('in the Council Offices, Eastport, on Thursday
# 9 December 2021 at 2.00pm'), under no agenda's standing item ('APOLOGIES' over 'MINUTE OF MEETING HELD ON 6 MAY 2024').
_HELD_WORD = re.compile(r"(?<![-‐'’])\b(?!(?:in|on|at|the|of|and|a|via|by|remotely|virtually|online)\b)[a-z]+\b")
_STANDING_ITEM = re.compile(r"^\W*(?:apologies|business|agenda|matters\s+arising|declarations?\s+of\s+interests?|sederunt)\b", re.I)


def _singular_heading(text: str, match: re.Match, body: str) -> bool:
    """Whether a 'Minute of Meeting held ...' line heads minutes: a letter's '... held on 6 May 2024 is enclosed', an
    agenda's '... for approval' or a line within six printed lines under an 'Agenda' heading names earlier minutes."""
    line_start, line_end = newline_bounds(text, match.start())
    if _HELD_WORD.search(text, match.end(), line_end) or _STANDING_ITEM.match(body):
        return False
    above = [line for line in lines(text, max(0, line_start - 1200), max(0, line_start - 1)) if not line.is_blank][-6:]
    return not any(AGENDA_HEADING.match(line.text) or _TITLED_AGENDA.match(line.text) for line in above)


def _table_row(text: str, position: int) -> bool:
    """The line holding ``position`` is a row of a meeting page's item table closed by its '|' under a '| No. | Item |'
    header ('Minutes of a previous meeting of the Council held on 23/05/19 |'): an item naming earlier minutes. The
    table runs unbroken from its header to the row: after a blank line or a page break such a cell heads the minutes."""
    start, end = newline_bounds(text, position)
    while end > start and text[end - 1] in " \t\r":
        end -= 1  # only the line's last marks are read: a page printed as one line stays linear
    if end == start or text[end - 1] != "|":
        return False
    header = next((line for line in reversed(lines(text, max(0, start - _TABLE_REACH), start)) if _ITEM_TABLE_HEADER.match(line.text)), None)
    return header is not None and not _TABLE_BREAK.search(text, header.end, start)


def find_minutes_headings(text: str, start: int = 0, end: int | None = None) -> list[MinutesHeading]:
    """Minutes headings opening a line in ``text[start:end]``, in order.

    'NOTES/MINUTES of a meeting of the X held ...' and 'Minutes of the X meeting held ...' name
    the body; 'Minutes of the meeting held ...' (Scottish 'Minute of Meeting held ...') and a lone 'Minutes' line over a 'Date:' line take
    it from the line above (in capitals, or naming a committee, council, panel ...); 'At a meeting
    of the X held ...' opens minutes when the members present are listed below it; Welsh 'Cofnodion y Cyfarfod ... a
    gynhaliwyd ar DATE' takes the body from the line above.
    """
    end = len(text) if end is None else end
    found: dict[int, MinutesHeading] = {}
    for match in matches_at_words(MINUTES_HEADING, text, _MINUTES_WORDS, start, end):
        if _linked(text, match.start()) or business_row_title(text, match.start()) or _table_row(text, match.start()):
            continue  # a meeting page's item linking or listing the earlier minutes, not a heading
        if _opens_line(text, match.start(), _MINUTES_PREFIX) or _run_in_heading(text, match.start()):
            electors = electors_body(heading_phrase(match.group()), _body_above(text, match.start()))
            found[match.start()] = MinutesHeading(match.start(), match.end(), electors or _named_above(text, match.start(), match["body"]))
    for match in matches_at_words(_MINUTES_OF_BODY, text, _MINUTES_WORDS, start, end):
        if match.start() in found or not _opens_line(text, match.start()) or _linked(text, match.start()) or business_row_title(text, match.start()) or _table_row(text, match.start()):
            continue
        body = match["body"] or ""
        # 'Minutes of the Annual Parish Meeting held ...': the electors' meeting, named as ``electors_meetings`` reads it.
        electors = electors_body(body, _body_above(text, match.start()))
        body = electors or _OCCASION_BEFORE.sub("", _MEETING_WORDS.sub("", body))
        if _ITEM_TEXT.search(body):
            continue
        # 'Minute of Trustees’ Meeting held on' names people: as with 'Minutes of the meeting held on', the line above may name the body.
        if not body or re.search(r"\bmeeting\s+of\b", body, re.I) or names_people(body):
            body = _body_above(text, match.start())
        if body and match.group()[:7].lower() == "minute " and not _singular_heading(text, match, body):
            continue
        if body:
            found[match.start()] = MinutesHeading(match.start(), match.end(), body)
    for match in matches_at_words(_AT_A_MEETING, text, ("at a",), start, end):
        if _opens_line(text, match.start()) and _PRESENT_BELOW.search(text, match.end(), min(end, match.end() + _PRESENT_REACH)):
            found.setdefault(match.start(), MinutesHeading(match.start(), match.end(), match["body"]))
    for match in _WELSH_MINUTES.finditer(text, start, end):
        body = _body_above(text, match.start())
        if body and match.start() not in found:
            found[match.start()] = MinutesHeading(match.start(), match.end(), body)
    region = lines(text, start, end)
    for index, line in enumerate(region):
        if not _LONE_MINUTES.match(line.text):
            continue
        following = [n for n in region[index + 1 : index + 8] if not n.is_blank][:3]
        body = _body_above(text, line.start)
        if body and any(_DATE_LABEL.match(n.text) for n in following):
            found[line.start] = MinutesHeading(line.start, line.end, body, labelled=True)
    return [found[key] for key in sorted(found)]


def minutes_heading_at(text: str, start: int, end: int) -> MinutesHeading | None:
    """The first minutes heading in ``text[start:end]``, or None."""
    headings = find_minutes_headings(text, start, end)
    return headings[0] if headings else None


def find_meeting_titles(text: str, start: int = 0, end: int | None = None) -> list[re.Match]:
    """Meeting page titles ('Cabinet - Tuesday, 4th February, 2025 7.00 pm', 'Planning Committee: 6 March 2025',
    or under an 'Agenda and minutes' heading the body on one line and 'Tuesday, 4th February, 2025 7.00 pm' on the next).

    A 'Moved from 9th October 2018, ' note before the body is passed over.

    The body must name a committee, council, panel ... so that 'Issued on Monday 27 January 2025'
    is not read as a meeting of 'Issued' (unless the line is under the page's 'Agenda and draft minutes' heading or ends
    in it: 'Policy and Finance - Tuesday, 9th April, 2024 6.30 pm'); a Welsh body ('Pwyllgor Tai a Hamdden - Dydd Iau, 3ydd Hydref, 2024') may hold
    its linking words ('a', 'y', 'ac').
    """
    end = len(text) if end is None else end
    found = [*MEETING_PAGE_TITLE.finditer(text, start, end), *_TWO_LINE_TITLE.finditer(text, start, end)]
    return sorted(
        (
            m
            for m in found
            if (BODY_NOUN.search(m["body"]) or headed_title(text, m))
            and not (_WELSH_BODY if _WELSH_BODY_NOUN.match(m["body"]) else _NOT_TITLE_WORD).search(m["body"])
        ),
        key=lambda m: m.start("body"),
    )


@lru_cache(maxsize=4)
def find_agenda(text: str) -> tuple[int, int] | None:
    """(start, end) of the agenda at the top of ``text`` (under an 'Agenda' heading or a page title 'Agenda for X on DATE'),
    or None when there is none (once per text)."""
    head_lines = lines(text, 0, min(len(text), _HEAD_CHARS))
    start = next((line.start for line in head_lines if AGENDA_HEADING.match(line.text) or _TITLED_AGENDA.match(line.text)), None)
    above = [i for i, line in enumerate(head_lines) if start is not None and line.start < start and not line.is_blank]
    if above and layout_start(head_lines, above[-1]):
        # A page layout opened just above the heading (a CMIS 'Documents' panel over 'Agenda').
        start = head_lines[above[-1]].start
    if start is None:
        start = next(
            (line.start for i, line in enumerate(head_lines) if _ITEM_TABLE_HEADER.match(line.text) or layout_start(head_lines, i)),
            None,
        )
    if start is None:
        return None
    end = next((b for b in _content_boundaries(text, start) if b > start), len(text))
    items = find_items(text, start, end)
    if len(items) < 2 and not any(item.page_layout for item in items):
        return None
    return start, end


def _minutes_start(text: str, heading: int) -> int:
    """Move a minutes heading's start up over the capitalised council/body lines printed above it."""
    line_start = text.rfind("\n", 0, heading) + 1
    above = lines(text, max(0, line_start - 400), max(0, line_start - 1))
    start = line_start
    for line in reversed(above[1:] if len(above) > 1 else above):
        if line.is_blank:
            continue
        if not _CAPS_LINE.match(line.text) or line.is_blank_page_marker:
            break
        start = line.start
    return start


def _content_boundaries(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Offsets where a paper starts, from house-style markers only."""
    end = len(text) if end is None else end
    found: set[int] = set()
    region = lines(text, start, end)
    for index, line in enumerate(region):
        if line.is_blank_page_marker:
            following = next((n for n in region[index + 1 :] if not n.is_blank and not n.is_page_footer), None)
            if following is not None and not following.is_blank_page_marker:
                found.add(following.start)
    found.update(block.start for block in find_header_blocks(text, start, end))
    for line in region:
        if not _APPENDIX_HEADING.match(line.text):
            continue
        page_start = text.rfind("\f", 0, line.start)
        if page_start != -1 and not text[page_start + 1 : line.start].strip():
            found.add(line.start)
    found.update(_minutes_start(text, heading.start) for heading in find_minutes_headings(text, start, end))
    return sorted(found)


def _kind(text: str, start: int, end: int) -> PaperKind:
    if minutes_heading_at(text, start, min(end, start + 1500)):
        return "minutes"
    blocks = find_header_blocks(text, start, min(end, start + 1500))
    if blocks and sum(1 for line in text[start : blocks[0].start].split("\n") if line.strip()) <= _HEADER_WITHIN_LINES:
        return "report"
    return "appendix"


def _content_end(region: list[Line], fallback: int) -> int:
    """End of the last line that is neither blank, a footer, nor a blank-page marker."""
    for line in reversed(region):
        if not (line.is_blank or line.is_page_footer or line.is_blank_page_marker):
            return line.end
    return fallback


def _title(text: str, kind: PaperKind, start: int, end: int) -> str | None:
    if kind == "agenda":
        return "Agenda"
    if kind == "report":
        blocks = find_header_blocks(text, start, min(end, start + 3000))
        return blocks[0].value("title") if blocks else None
    if kind == "minutes":
        heading = minutes_heading_at(text, start, min(end, start + 1500))
        if heading:
            sentence_end = text.find(".\n", heading.start, end)
            sentence_end = sentence_end if sentence_end != -1 else text.find("\n\n", heading.start, end)
            return squash(text[heading.start : sentence_end + 1 if sentence_end != -1 else heading.end])
    head = [line for line in lines(text, start, min(end, start + 2000)) if not line.is_blank]
    appendix = next((line.text for line in head[:6] if re.match(r"^(?:appendix|annex|annexe)\b", line.text, re.I)), None)
    return appendix or (head[0].text if head else None)


def split_papers(document: ParsedDocument) -> list[Paper]:
    """The papers of ``document`` in order; a document that is not a pack is one paper."""
    text = document.text
    agenda = find_agenda(text)
    if agenda is None:
        kind = _kind(text, 0, len(text))
        if kind == "appendix":
            kind = "meeting_page" if find_meeting_titles(text, 0, min(len(text), _HEAD_CHARS)) else "other"
        spans = [(0, len(text), kind)]
        items: list[FoundItem] = []
    else:
        items = find_items(text, *agenda)
        starts = sorted(set(_content_boundaries(text, agenda[1])) | set(page_boundaries(document, items, agenda[1])))
        starts = [s for s in starts if s >= agenda[1]]
        page = any(item.page_layout in ("single", "text") for item in items)
        spans = [(agenda[0], agenda[1], "meeting_page" if page else "agenda")]
        items = [] if page else items
        if find_meeting_titles(text, 0, agenda[0]):
            # A meeting web page that titles the meeting above its agenda list.
            spans.insert(0, (0, agenda[0], "meeting_page"))
        bounds = starts + [len(text)]
        spans += [(bounds[i], bounds[i + 1], _kind(text, bounds[i], bounds[i + 1])) for i in range(len(starts))]
    papers: list[dict] = []
    for start, end, kind in spans:
        end = _content_end(lines(text, start, end), start)
        if end <= start:
            continue
        papers.append({"kind": kind, "start": start, "end": end, "title": _title(text, kind, start, end)})
    page_numbered = any(page.printed_number is not None for page in document.pages[1:])
    for paper in papers:
        numbers = [
            p.printed_number
            for p in document.pages
            if p.printed_number is not None and p.char_start <= paper["end"] and p.char_end >= paper["start"]
        ]
        paper["first_page"], paper["last_page"] = (numbers[0], numbers[-1]) if numbers and paper["kind"] != "agenda" else (None, None)
        paper["agenda_item"] = None
        if page_numbered and paper["first_page"] is not None:
            paper["agenda_item"] = next(
                (i.number for i in items if i.pages and i.pages[0] <= paper["first_page"] <= i.pages[1]), None
            )
    if items and not page_numbered:
        link_by_order(papers, items)
    return [Paper(**paper, provenance=_first_line(document, text, paper["start"], paper["end"])) for paper in papers]


def _first_line(document: ParsedDocument, text: str, start: int, end: int):
    line_end = text.find("\n", start, end)
    return provenance(document, text, start, end if line_end == -1 else line_end, NAME, VERSION)
