"""A committee report's front sheet flattened into its page's first line, read only where nothing else finds a report.

Document mirrors print a report's PDF as one line, so its front sheet runs on: the meeting in capitals and its date,
the report's author and portfolio, then 'Item 6 WARD FUND FIRST CALL 2021/22 BIDS Summary This report ...', or 'TARN
COUNCIL Eastby Area Committee 3 June 2019 Agenda Item No. WARD GRANT BIDS 1. Background ...'. The title is the run of words in capitals right after the item marker ('Item 6', 'Agenda Item No.'),
three words or more on the marker's line, ending where the first word in mixed case begins (the report's first
heading); the addressee and date are the meeting the page opens with. Strict, as a fallback must be: the page's first
printed words are that meeting, the marker stands within its opening after them, and the word 'report' follows the
title within a few hundred characters. (A reflowed page, ``readers.runon``, holds the same words over a few lines.) The item's number, when printed, makes the report's
title its agenda item too ('6'), a record of the agenda extractor.

A report read by its header may print its agenda item's number alone on a line above it ('Agenda Item No. 9', '75
Agenda Item 7' after a pack's page number): the report's title is then that item's (``numbered_report_item``).

A report's front sheet printing the meeting before the title, in lines or run on (``dated_front``): '[REF] X Authority' /
'3 September 2021' / 'Title' / 'Report of the Head of Y' ('AB/12/345 X Authority 3 September 2021 Title Report of the Head
of Y' on a mirror), the addressee and meeting date read from it; or, with no author's line, the line right over the
'Purpose of the Report' heading among the page's first lines is the title ('DEPARTMENT' / 'TITLE' / 'Purpose of the Report').
A decision notice's reference line among the page's first lines, 'NNN/YYYY – Title – DATE', titles its report (the date is
the decision's, no meeting's). Or the meeting over the title over a 'Report Author:' line ('X Board Meeting' / 'Title' / 'Report Author: Ann Lowe'), a
period line under the title ('2025 - 2026') skipped. Read only where no header, item or front sheet is found; the title is
short, no sentence, label or date.

Rules of ``extractors.proceedings.report_header``, under its VERSION.
"""

from __future__ import annotations

import re

from extractors.proceedings import agenda
from extractors.proceedings.report_header import NAME, VERSION
from extractors.readers.vocabulary import BODY_NOUN
from extractors.readers.dates import find_dates
from extractors.readers.spans import lines, provenance
from schemas.parsed import ParsedDocument
from schemas.structure import AgendaItemRecord, Author, MeetingRecord, ReportHeader

_OPENING = 600
_REPORT_WITHIN = 300
_MIN_TITLE_WORDS = 3
_MAX_TITLE_WORDS = 30
_CAPS_WORD = r"(?:[A-Z][A-Z'’&,()/-]*|\d[\d/.,-]*|[–&/-])"
_FRONT = re.compile(
    rf"\b(?i:agenda\s+)?(?i:item)(?:\s+(?i:no)\.?)?(?:\s+(?P<number>\d{{1,3}}[a-z]?))?\.?\s+"
    rf"(?P<title>[A-Z][A-Z'’&,()/-]*(?:[ \t]+{_CAPS_WORD})+?)(?=\s+(?:\d{{1,2}}\.?\s+)?[A-Z][a-z])"
)
_REPORT = re.compile(r"\breport\b", re.I)


def flattened_front(
    document: ParsedDocument, meetings: list[MeetingRecord]
) -> tuple[ReportHeader, AgendaItemRecord | None] | None:
    """The report (and its numbered item) of a front sheet flattened into the first line, or None."""
    text = document.text
    if not meetings or meetings[0].date is None or text[: meetings[0].provenance.start].strip():
        return None
    meeting = meetings[0]
    front = _FRONT.search(text, meeting.provenance.end, _OPENING)
    if front is None or meeting.provenance.start >= front.start():
        return None
    title = front["title"].strip(" –-/&,")
    words = title.split()
    if not _MIN_TITLE_WORDS <= len(words) <= _MAX_TITLE_WORDS or sum(any(c.isalpha() for c in w) for w in words) < _MIN_TITLE_WORDS:
        return None
    if not _REPORT.search(text, front.end("title"), front.end("title") + _REPORT_WITHIN):
        return None
    start = front.start("title")
    header = ReportHeader(
        title=title,
        authors=[],
        to=meeting.body,
        meeting_date=meeting.date,
        meeting_date_text=None,
        classification=None,
        summary=None,
        provenance=provenance(document, text, start, start + len(title), NAME, VERSION),
    )
    if not front["number"]:
        return header, None
    item = AgendaItemRecord(
        number=front["number"],
        title=title,
        pages=[],
        access="unrestricted",
        provenance=provenance(document, text, front.start(), start + len(title), agenda.NAME, agenda.VERSION),
    )
    return header, item


_ITEM_LINE = re.compile(r"^[ \t]*(?:\d{1,4}[ \t]+)?(?i:agenda[ \t]+item)(?:[ \t]+(?i:no)\.?)?[ \t]*:?[ \t]*(?P<number>\d{1,3}[a-z]?)[ \t]*$", re.M)
_ITEM_LINES_ABOVE = 8


def numbered_report_item(document: ParsedDocument, header: ReportHeader) -> AgendaItemRecord | None:
    """The agenda item of a report whose number stands alone on a line among the few printed above its header."""
    text = document.text
    above = text[: header.provenance.start]
    printed = [line for line in above.splitlines() if line.strip()]
    if len(printed) > _ITEM_LINES_ABOVE:
        return None
    marks = list(_ITEM_LINE.finditer(above))
    if len(marks) != 1:
        return None
    mark = marks[0]
    return AgendaItemRecord(
        number=mark["number"],
        title=header.title,
        pages=[],
        access="unrestricted",
        provenance=provenance(document, text, mark.start("number"), mark.end("number"), agenda.NAME, agenda.VERSION),
    )


_NAME_WORD = r"(?:[A-Z][\w&'’-]*|of|and|for|the|&)"
_DATED_FRONT = re.compile(
    r"(?:^|\n)[ \t]*(?:[A-Z]{1,6}[/-][\w/.-]{2,20}[ \t]+)?(?P<body>[A-Z][\w&'’-]*(?:[ \t]+" + _NAME_WORD + r"){0,8})\s+"
    r"(?P<date>(?:[A-Z][a-z]+day,?[ \t]+)?\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+,?[ \t]+(?:19|20)\d\d)\s+"
    r"(?P<title>[A-Z][^\n]{2,120}?)\s+(?i:report)[ \t]+(?i:of|by|from)[ \t]+(?:(?i:the)[ \t]+)?[A-Z]"
)
_PURPOSE = re.compile(r"^\W*(?:\d{1,2}\.?\s+)?purpose\s+of\s+(?:the\s+|this\s+)?(?:report|paper)\W*$", re.I)
_FRONT_LINES = 4
_TITLE_WORDS = 16


def _title_like(title: str) -> bool:
    return 0 < len(title.split()) <= _TITLE_WORDS and not re.search(r"[.:;]$|:\s", title) and not find_dates(title)


# A decision notice's reference line: '039/2025 – Title – 20 May 2025' (the date is the decision's, no meeting's).
_REFERENCE_LINE = re.compile(
    r"^[ \t]*(?:(?i:decision)(?:[ \t]+(?i:notice))?[ \t]+)?\d{1,4}/(?:19|20)\d\d[ \t]+[–—-][ \t]+(?P<title>[A-Z][^\n]{2,120}?)[ \t]+[–—-][ \t]+"
    r"(?P<date>\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+,?[ \t]+(?:19|20)\d\d)[ \t]*$"
)


def dated_front(document: ParsedDocument) -> ReportHeader | None:
    """The report of a front sheet naming its meeting over its title, or titled over 'Purpose of the Report', or of a
    decision notice's reference line (see above)."""
    text = document.text
    for line in [line for line in lines(text, 0, min(len(text), _OPENING)) if not line.is_blank][: _FRONT_LINES]:
        reference = _REFERENCE_LINE.match(line.raw)
        if reference and _title_like(reference["title"]) and find_dates(reference["date"]):
            return _front_report(document, reference["title"], line.start + reference.start("title"), None, None)
    front = _DATED_FRONT.search(text, 0, _OPENING)
    if front and BODY_NOUN.search(front["body"]) and _title_like(front["title"].strip()) and find_dates(front["date"]):
        date = find_dates(front["date"])[0].date
        return _front_report(document, front["title"].strip(), front.start("title"), front["body"], date)
    printed = [line for line in lines(text, 0, min(len(text), _OPENING)) if not line.is_blank][: _FRONT_LINES + 1]
    purpose = next((i for i, line in enumerate(printed) if _PURPOSE.match(line.text)), None)
    if purpose and _title_like(printed[purpose - 1].text) and not BODY_NOUN.search(printed[purpose - 1].text):
        title = printed[purpose - 1]
        return _front_report(document, title.text, title.start, None, None)
    return _authored_front(document)


# A front sheet's author line ('Report Author: Ann Lowe'), and a period printed under the title ('2025 - 2026').
_AUTHOR_LINE = re.compile(r"^\s*report\s+author\s*:\s*(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,4})\s*$", re.I)
_PERIOD_LINE = re.compile(r"^\s*(?:19|20)\d{2}(?:\s*[-–/]\s*(?:19|20)?\d{2})?\s*$")
_AUTHOR_REACH = 8


def _authored_front(document: ParsedDocument) -> ReportHeader | None:
    """The report of a front sheet printing its meeting over its title over a 'Report Author:' line among the page's
    first lines ('X Board Meeting' / 'Title' / '2025 - 2026' / 'Report Author: Ann Lowe', a period line skipped): the
    meeting line names a body, the title none and is no sentence, label or date. The meeting's date is not printed."""
    printed = [line for line in lines(document.text, 0, min(len(document.text), _OPENING)) if not line.is_blank][:_AUTHOR_REACH]
    author = next((i for i, line in enumerate(printed) if _AUTHOR_LINE.match(line.text)), None)
    above = [line for line in printed[:author] if not _PERIOD_LINE.match(line.text)] if author else []
    if len(above) < 2 or not BODY_NOUN.search(above[-2].text) or BODY_NOUN.search(above[-1].text) or not _title_like(above[-1].text.strip()):
        return None
    name = _AUTHOR_LINE.match(printed[author].text)["name"]
    written = Author(name=name, printed=name, role=None, organisation=None)
    return _front_report(document, above[-1].text.strip(), above[-1].start, above[-2].text.strip(), None, [written])


def _front_report(document: ParsedDocument, title: str, start: int, to, date, authors: list[Author] | None = None) -> ReportHeader:
    return ReportHeader(
        title=title, authors=authors or [], to=to, meeting_date=date, meeting_date_text=None, classification=None, summary=None,
        provenance=provenance(document, document.text, start, start + len(title), NAME, VERSION),
    )
