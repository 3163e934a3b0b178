"""One entry point for a document's structure, and its mapping to the facts contract."""

from __future__ import annotations

import datetime as dt
import re

from extractors.proceedings import (
    agenda,
    attendance,
    future_meetings,
    item_reports,
    meetings,
    minute_items,
    minuted,
    report_front,
    report_header,
    split,
)
from extractors.proceedings import agenda_fallback
from extractors.proceedings.agenda_opening import opening_business
from extractors.proceedings.agenda_topic_heads import topic_records
from extractors.proceedings.agenda_rows import DOCUMENT_SIZE, PDF_ICON, WEEKDAY_START
from extractors.proceedings.agenda_plain import cell_row
from extractors.readers.dates import WEEKDAY
from extractors.readers.dates import find_dates, find_times
from extractors.readers.names import HONORIFIC_WORDS
from extractors.readers.spans import soft_break, unwrapped
from schemas.facts import AgendaItem, Attendee, Meeting, Report
from schemas.parsed import ParsedDocument
from schemas.structure import AgendaItemRecord, Paper, StructureResult

VERSION = "62"

# The heading over a town or parish agenda's list of items (or a CMIS summary's 'Public Items') in a page not otherwise an agenda.
_BUSINESS_HEADING = re.compile(
    r"^\W*(?:(?:the\s+)?business(?:\s+to\s+be\s+transacted)?|order\s+of\s+business|items\s+of\s+business|agenda\s+items|public\s+items)\W*$", re.I | re.M
)
# Apologies, among the first items of an agenda numbered from 1, mark the list as an agenda's.
_APOLOGIES = re.compile(r"\bapologies\b", re.I)
# The other standard items that, with apologies anywhere in it, make a list numbered from 1 an agenda's.
_MINUTES_OR_INTERESTS = re.compile(r"\bminutes\b|\b(?:declarations?|disclosures?)\s+of\b[^\n]*\binterests?\b", re.I)
_OPENING_ITEMS = 3
_ONE = re.compile(r"^\s*1[.)]\s")


def extract_structure(document: ParsedDocument, printed: ParsedDocument | None = None) -> StructureResult:
    """Papers, meetings, agenda, report headers and attendance of ``document``.

    Report headers are read in report papers only (one per report), else the one report of a
    lone single-item meeting page (``item_reports``); agenda items in agendas,
    in meeting pages from the page's own item layouts only, and in a lone paper of minutes from
    its minuted item headings (in an unclassified paper, under a 'Business to be transacted' heading or in a list
    numbered from 1, or '1.' on every line, that opens with apologies); items read outside a meeting page's own layouts
    count only when a standard item of business stands among the first four or an item carries its pages (see
    ``_meeting_business``); future meetings are
    read in the agenda (or, for lone minutes and pages, anywhere) and must fall after the
    document's first meeting. Papers, meetings and agenda items read the text with its hard-wrapped lines
    joined (``spans.unwrapped``: a title or sentence broken at a page's width is one line; offsets kept).
    ``printed``: the document as printed when ``document`` is its copy recased from capitals
    (``readers.capitals``): attendance reads the capitals itself.
    """
    printed = printed or document
    source, document = document, _unwrapped_document(document)
    papers = split.split_papers(document)
    headers = [
        header
        for paper in papers
        if paper.kind == "report"
        for header in report_header.paper_headers(source, paper.start, paper.end)
    ]
    # A front sheet naming its meeting over its title ('X Authority' / 'DATE' / 'Title' / 'Report of Y'): its meeting now,
    # its report only where no other reader finds one (below).
    front_sheet = report_front.dated_front(source) if not headers and len(papers) == 1 and papers[0].kind in ("other", "report") else None
    found_meetings = meetings.extract_meetings(document, papers, headers + [front_sheet] if front_sheet and front_sheet.to else headers)
    agenda_papers = [paper for paper in papers if paper.kind == "agenda"]
    items = [
        item
        for paper in papers
        if paper.kind in ("agenda", "meeting_page")
        for item in agenda.extract_agenda_items(document, paper.start, paper.end, page_layout_only=paper.kind != "agenda")
    ]
    if len(papers) == 1 and papers[0].kind in ("other", "meeting_page") and not items:
        # A CMIS page's 'Agenda' panel printing its titles without numbers.
        items = agenda.extract_cmis_titles(document, papers[0].start, papers[0].end)
    if len(papers) == 1 and _minuted(document, papers[0]):
        items = items or minuted.extract_minuted_items(document, papers[0].start, papers[0].end)
    elif len(papers) == 1 and papers[0].kind in ("other", "meeting_page") and not items:
        items = _business_items(document, papers[0]) or agenda.extract_listed_documents(document, papers[0].start, papers[0].end)
    if len(papers) == 1 and papers[0].kind in ("other", "meeting_page") and not items:
        items = minuted.extract_piped_rows(document, papers[0].start, papers[0].end)
    if len(papers) == 1 and papers[0].kind in ("other", "meeting_page"):
        # A page excerpt cut below its header: its item table read by the template (closing '|'s, cell labels).
        closed = agenda.extract_cut_rows(document, papers[0].start, papers[0].end)
        items = closed if len(closed) > len(items) else items
    items = _not_reprinted(_not_calendar(items))
    if items and _cut_off(document.text, items[-1]):
        items = items[:-1]
    # A meeting page's own layouts, and minutes under their heading ('Minutes of the meeting of X held on ...'), hold items
    # whatever their titles.
    vouched = [(p.start, p.end) for p in papers if p.kind == "meeting_page" or split.minutes_heading_at(document.text, p.start, p.end)]
    listed = [item for item in items if not any(a <= item.provenance.start < b for a, b in vouched)]
    if listed and not _meeting_business(listed):
        dropped = {id(item) for item in listed}
        items = [item for item in items if id(item) not in dropped]
    # Where no reader finds an item: the longest run of item lines numbered in order, else headings in capitals
    # (``agenda_fallback``), the first that is a meeting's business.
    fallback = next((run for run in agenda_fallback.fallback_readings(document, papers) if _fallback_business(run)), [])
    if not items and not fallback:
        # Else unnumbered topic headings in title case, each over its paragraph (``agenda_topic_heads``).
        fallback = topic_records(document, papers)
    # Else items numbered 1, 3, 4 take the fallback's item 2 when its run holds 1 and 3.
    items = opening_business(document, agenda_fallback.bridged(items, fallback) if items else fallback)
    if not items and len(papers) == 1 and papers[0].kind in ("other", "meeting_page"):
        # A meeting page that kept only the titles linking a document ('Minutes pdf icon PDF 436 KB').
        items = agenda_fallback.sized_records(document, papers[0])
    first = next((m for m in found_meetings if m.date), None)
    reference, body = (first.date, first.body) if first else (None, None)
    future_regions = [(p.start, p.end) for p in agenda_papers] or [
        (p.start, p.end) for p in papers if p.kind in ("minutes", "meeting_page", "other")
    ]
    if papers and papers[0].start > 0:
        future_regions.insert(0, (0, papers[0].start))  # the page's lead above its first paper ('The next meeting is ...')
    future = [
        meeting
        for start, end in future_regions
        for meeting in future_meetings.extract_future_meetings(source, start, end, reference, body)
    ]
    if not headers and len(papers) == 1 and papers[0].kind != "agenda" and len(items) <= 1:
        headers = item_reports.extract_item_report(source)
    if not headers and not items and len(papers) == 1 and papers[0].kind != "agenda":
        # A report's front sheet flattened into the first line: its title, and its item when numbered.
        front = report_front.flattened_front(document, found_meetings)
        if front is not None:
            headers, items = [front[0]], [front[1]] if front[1] else []
    if not headers and not items and front_sheet is not None:
        headers = [front_sheet]
    if len(headers) == 1 and not items and len(papers) == 1:
        # 'Agenda Item No. 9' alone on a line above a report's header: the report is that item.
        numbered = report_front.numbered_report_item(document, headers[0])
        items = [numbered] if numbered else []
    attendees = attendance.extract_attendance(printed, papers)
    named = attendance.extract_named_people(printed, papers, attendees)
    return StructureResult(
        papers=papers,
        meetings=found_meetings,
        future_meetings=future,
        agenda_items=items,
        report_headers=headers,
        attendees=attendees,
        named_people=named,
    )


# A minute or item number opening the line below ('C 08/046 ...', '83/23 ...'; not a date), or a sub-item's letter
# ('b. To consider ...', or glued to its title: '(b)Audit Committee'), or an 'Agenda item 3' label starts an item of its own, and a long word's full
# stop ending the line above ('... signed by the Mayor.') ends its sentence.
_ITEM_START = re.compile(r"^\s*(?:(?i:agenda\s+item)\s+\d{1,3}\b|(?:[A-Z]{1,3}\s?)?(?!\d{1,2}/\d{1,2}/\d{2,4}\b)\d{1,4}(?:[./-]\d{1,4})+[.)]?\s|[a-z][.)]\s+(?=[A-Z])|\([a-z]\)(?=[A-Z]))")
_SENTENCE_CLOSED = re.compile(r"\b[A-Za-z]{5,}\.$")
# A year or municipal year carries on a sentence broken before it ('... for the Municipal Year' / '2012/13.').
_YEAR_START = re.compile(r"^\s*(?P<year>(?:19|20)\d\d)(?:[/-](?P<next>\d{2}|\d{4}))?(?![\d/])")
# A document link's marker broken across the lines: '... 1 May 2026. pdf icon' / 'PDF 148 KB'.
_LINK_ABOVE = re.compile(r"\bpdf(?:\s+icon(?:\s+pdf)?)?$", re.I)
_LINK_BELOW = re.compile(rf"^\s*(?:icon\b|(?:pdf\s+)?{DOCUMENT_SIZE})", re.I)
_CAPS_LINK = re.compile(r"\b(?:AND|OF|THE|AT|ON|IN|FOR|TO|HELD|BY|FROM|WITH)$")
_HELD = re.compile(r"^\s*HELD\s+(?:ON|AT|IN)\b")
_WEEKDAY_END = re.compile(rf"\b{WEEKDAY},?$", re.I)
_DAY_START = re.compile(r"^\s*\d{1,2}(?:st|nd|rd|th)?\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
_NEW_ENTRY = re.compile(r"^\s*(?:[(\[]?\d{1,3}(?:\.\d{1,3})*[.)]?\s|[•·▪*●◦–-]\s|[A-Z][\w'’/&]*(?:[ \t]+[\w'’/&]+){0,4}[ \t]*:)")
# A name broken between its given name and surname: '... from Councillor Ann' / 'Lowe, Councillor Bob Ray and ...'.
_GIVEN_NAME_END = re.compile(rf"(?<!\S)(?:{HONORIFIC_WORDS}|Councillors|Cllrs|Deputy|Alderman)\.?\s+[A-Z][a-z]+$")
_SURNAME_START = re.compile(r"^\s*[A-Z][\w'’-]+(?:,|\.|\s+(?:and|&)\s|\s+\()")
_WHOLE_LINK = re.compile(rf"^\s*{PDF_ICON}\s+pdf\s+{DOCUMENT_SIZE}\s*$", re.I)
_OPEN_LINE = re.compile(r"[.:;!?|]$|\t|\S\s{3,}\S")
# A weekday opens a date line of its own ('... Update' / 'Monday, 23 March 2026', ``WEEKDAY_START``) unless the line above leads into it.
_LEADS_IN = re.compile(r"(?:\b(?:on|of|for|from|until|to|and|before|after)|,)$", re.I)


_WIDER = 2


def _carries_on(above: str, below: str) -> bool:
    """``below`` carries on ``above`` (``soft_break``, a year, a link's marker) and opens no item of its own. A line
    under half as long as the line below it was not broken at a page's width: a heading over its minute printed as one
    long line ('Item 4 To hear reports from the Councillors' / 'Cllr Lowe said ...') carries nothing on."""
    if len(below.strip()) > _WIDER * len(above.strip()):
        return False
    if len(above.strip()) >= 50 and not _OPEN_LINE.search(above.strip()):
        year = _YEAR_START.match(below)
        if year and (not year["next"] or int(year["next"]) % 100 == (int(year["year"]) + 1) % 100):
            return True
        if _LINK_ABOVE.search(above.rstrip()) and _LINK_BELOW.match(below):
            return True
    if len(above.strip()) >= 50 and not _OPEN_LINE.search(above.strip()) and not _NEW_ENTRY.match(below):
        # A heading in capitals broken after a linking word or before 'HELD ON', a date broken after its weekday.
        if _GIVEN_NAME_END.search(above.rstrip()) and _SURNAME_START.match(below):
            return True
        if _CAPS_LINK.search(above.rstrip()) or _HELD.match(below) or _WEEKDAY_END.search(above.rstrip()) and _DAY_START.match(below):
            return True
    if len(above.strip()) >= 50 and _WHOLE_LINK.match(below) and not re.search(r"\t|\S\s{3,}\S", above):
        return True
    if WEEKDAY_START.match(below) and not _LEADS_IN.search(above.rstrip()):
        return False
    return soft_break(above, below) and not _ITEM_START.match(below) and not _SENTENCE_CLOSED.search(above.rstrip())


def _unwrapped_document(document: ParsedDocument) -> ParsedDocument:
    """``document`` with its hard-wrapped lines read as the one line they were (same length, same offsets)."""
    text = unwrapped(document.text, joins=_carries_on)
    if text is document.text:
        return document
    copy = document.model_copy()
    copy.__dict__["text"] = text
    return copy


def _business_items(document: ParsedDocument, paper: Paper) -> list[AgendaItemRecord]:
    """The agenda items of an unclassified paper (or a meeting page with none of its own layouts): those under a
    'Business (to be transacted)' heading (two or more, from item 1; under 'Items Of Business', titles over their numbers), or a list numbered 1, 2, 3 ... from its item 1 (or
    '1.' on every line) with 'Apologies' among its first three items, or further down with the minutes or the
    declarations of interest also listed."""
    heading = _BUSINESS_HEADING.search(document.text, paper.start, paper.end)
    if heading is not None:
        items = agenda.extract_agenda_items(document, heading.start(), paper.end)
        # Else a CMIS list printing each row's number under its title (``business_rows``).
        return items if len(items) >= 2 and items[0].number.lstrip("0") == "1" else minuted.extract_business_rows(document, paper.start, paper.end)
    items = agenda.extract_agenda_items(document, paper.start, paper.end)
    # Rows of a table printed a cell a line under its cells' labels ('No 1' / 'Item X'), numbered from 1: a meeting's items.
    if len(items) >= _OPENING_ITEMS and all(cell_row(item.provenance.text) for item in items) and items[0].number == "1":
        return items
    run = [str(n) for n in range(1, _OPENING_ITEMS + 1)]
    # Stray numbered lines above the list (a summary run on into wrapped lines, '86' over the pack's title) are left out.
    first = next((k for k in range(len(items)) if [item.number for item in items[k : k + _OPENING_ITEMS]] == run), 0)
    items = items[first:]
    opening = items[:_OPENING_ITEMS]
    numbered = [item.number for item in opening] == run
    if not numbered and _sub_items_in_order(items):
        # Items with sub-items under them ('1. Welcome:' over '1.1 Apologies'): the items' own numbers run 1, 2, 3.
        tops = [item for item in items if "." not in item.number]
        numbered = [item.number for item in tops[:_OPENING_ITEMS]] == [str(n) for n in range(1, _OPENING_ITEMS + 1)]
        opening = [item for item in items if item.number.split(".")[0] in {"1", "2", "3"}]
    # A list printed '1.' on every line, its numbering lost in rendering (the numbers are left out: ``agenda_runs.lost_numbers``).
    lost = len(items) >= _OPENING_ITEMS and all(not item.number and _ONE.match(item.provenance.text) for item in items)
    opens = any(_APOLOGIES.search(item.title) for item in opening)
    # Apologies further down ('5. Apologies for Absence' after the elections of the chair) with the minutes or the
    # declarations of interest also listed.
    opens = opens or any(_APOLOGIES.search(item.title) for item in items) and any(_MINUTES_OR_INTERESTS.search(item.title) for item in items)
    return items if (numbered or lost) and opens else []


# The standard business of a meeting: one such item stands among the first items of any agenda or minutes.
_BUSINESS = re.compile(
    r"\b(?:apolog|declarations?\b|disclos|interests?\b|minutes?\b|matters?\s+arising|public\s+(?:participation|questions?|forum|session|speaking|time|comments?)"
    r"|open\s+forum|questions?\b|petitions?|deputations?|any\s+other\s+business|a\.?o\.?b\b|urgent|next\s+meeting|future\s+meetings?|announcements?"
    r"|exclusion|exempt|substitut|election\s+of|appointment\s+of|welcome|quorum|correspondence|clerk|chair|mayor|work\s*(?:programme|plan)"
    r"|forward\s+plan|close\s+of|closure|confidential|attendance|present\b|sederunt|introductions|absence|notices?|agenda"
    r"|notes\s+of|actions?\s+(?:log|points|tracker|list|sheet|arising)|webcast|recording|filming|evacuation|housekeeping|prayers?"
    r"|membership|terms\s+of\s+reference|order\s+of\s+business|dispensations?|remarks"
    # Welsh: apologies, declaration / disclosure of interest, minutes, announcements.
    r"|ymddiheuriadau|datganiad\w*\s+o\s+ddiddordeb|datgelu\s+buddiant|cofnodion|cyhoeddiadau)",
    re.I,
)
_OPENING_BUSINESS = 4
# A finite verb makes a line a sentence, not an item's title ('Public questions will be taken').
_SENTENCE = re.compile(r"\b(?:is|are|was|were|has|had|have|will|would|did|does|noted|agreed)\b", re.I)
# A list's first number, or none: a list opening here shows its first items (one numbered on from a minute book or cut
# off by an excerpt, '14. Highways', does not).
_OPENS = re.compile(r"^(?:\(?0?1[.)]?|\(?[IAa]\)?|)$")


def _meeting_business(items: list[AgendaItemRecord]) -> bool:
    """Whether ``items`` (read outside a meeting page's own layouts and headed minutes) are a meeting's business.
    A list shown from its opening (numbered from 1, or unnumbered), or a lone item (which continues no list), is
    when one of its first four items is a standard item of business ('Apologies', 'Declarations of Interest',
    'Minutes', 'Public Questions', 'Any Other Business' ...) titled, not a sentence ('Public questions will be
    taken' is none), or an item carries its printed pages. A numbered list of anything else (a news story's
    points, a decision's recommendations, a fund's awards, a report's section headings) is no agenda, whatever
    page holds it."""
    if len(items) > 1 and not _OPENS.match(items[0].number):
        return True
    return any(item.pages for item in items) or any(
        _BUSINESS.search(item.title) and not _SENTENCE.search(item.title) for item in items[:_OPENING_BUSINESS]
    )


def _fallback_business(items: list[AgendaItemRecord]) -> list[AgendaItemRecord]:
    """The fallback's run when it is a meeting's business wherever it opens: two kinds of standard business or more
    among its titles (apologies, minutes, declarations of (or by members of) interest, matters arising, public questions,
    correspondence, any other business, the next meeting, the chair's announcements), titled, not sentences; a run of
    two items (a page cut off after them) only when each is standard business. A run of anything else (a strategy's
    priorities, a report's points, tips ending in an apology to the neighbours) is no agenda."""
    kinds = [
        {next(name for name, value in match.groupdict().items() if value) for match in _CORE_BUSINESS.finditer(item.title)}
        for item in items
        if not _SENTENCE.search(item.title)
    ]
    if len(items) < agenda_fallback.MIN_RUN and (len(kinds) < len(items) or not all(kinds)):
        return []
    return items if len(set().union(*kinds)) >= 2 else []


_CORE_BUSINESS = re.compile(
    r"\b(?:(?P<apologies>apolog|absence|ymddiheuriadau)|(?P<minutes>minutes?\b|cofnodion)"
    r"|(?P<interests>(?:declarations?|disclosures?)\s+(?:of|by)\b.*\binterests?|interests?\s+declared|datganiad\w*\s+o\s+ddiddordeb|datgelu\s+buddiant)"
    r"|(?P<arising>matters?\s+arising)|(?P<public>public\s+(?:participation|questions?|forum|session|speaking|time))"
    r"|(?P<correspondence>correspondence)|(?P<other>any\s+other\s+business|a\.?o\.?b\b)|(?P<next>next\s+meeting)|(?P<announcements>chair\w*\s+announcements?))",
    re.I,
)


# What is left of a date line once its dates and times are taken out: a weekday, 'at', 'from', a dash, punctuation.
_DATE_FILLER = re.compile(rf"\b{WEEKDAY}\b|\b(?:at|from|to|until|on)\b|[\W_]", re.I)
_CALENDAR_SHARE = 3


def _date_line(title: str) -> bool:
    """``title`` is a date line and nothing else ('Mon, 13 Jul 2020 19:30', 'Friday 11 November 2016 at 7pm')."""
    dates = [(d.start, d.end) for d in find_dates(title)]
    if not dates:
        return False
    spans = sorted(dates + [(t.start, t.end) for t in find_times(title)], reverse=True)
    for start, end in spans:
        title = title[:start] + " " + title[end:]
    return not _DATE_FILLER.sub("", title).strip()


def _not_calendar(items: list[AgendaItemRecord]) -> list[AgendaItemRecord]:
    """``items`` without date lines, which title no item; none at all when a third or more of them are date lines: a
    list of meetings, each name over its date ('Full Council Meeting' / 'Mon, 20 Jul 2020 19:30'), is never an agenda."""
    dated = [item for item in items if _date_line(item.title)]
    if dated and len(dated) * _CALENDAR_SHARE >= len(items):
        return []
    return [item for item in items if item not in dated]


_REPRINT = 2


def _not_reprinted(items: list[AgendaItemRecord]) -> list[AgendaItemRecord]:
    """``items`` without a list printed again at their end: a document mirror prints a pack's text run on, then its
    transcript line by line, so the list's last items (two or more) may repeat its first, number and title, in order."""
    keys = [(item.number, " ".join(item.title.split())) for item in items]
    for start in range(1, len(items) - _REPRINT + 1):
        if keys[start:] == keys[: len(items) - start]:
            return items[:start]
    return items


_SUB_NUMBER = re.compile(r"^(?P<top>\d{1,2})\.(?P<sub>\d{1,2})$")


def _sub_items_in_order(items: list[AgendaItemRecord]) -> bool:
    """Every 'N.M' number stands under item N, numbered from N.1 up in order, and at least one does."""
    top, sub, seen = None, 0, False
    for item in items:
        if item.number.isdigit():
            top, sub = item.number, 0
        elif (m := _SUB_NUMBER.match(item.number)) and m["top"] == top and int(m["sub"]) == sub + 1:
            sub, seen = sub + 1, True
        else:
            return False
    return seen


# A title cut off by the end of the text: an unclosed bracket ('Members Questions (NOTE: Members are'), a word cut
# to one small letter ('Questions received f'; 'a' is a word, 'Appendix B' a title) or a line of one letter.
_CUT_TITLE = re.compile(r"\((?![^()]*\))[^()]*$|\s(?!a$)[a-z]$|^\s*[A-Za-z]$")


def _cut_off(text: str, item: AgendaItemRecord) -> bool:
    """Whether ``item`` ends the text, its title cut off where the text (an excerpt) stops."""
    if text[item.provenance.end :].strip() or not (cut := _CUT_TITLE.search(item.title)):
        return False
    return cut.group().startswith("(") or text.rstrip().endswith(item.title.split()[-1])


def _minuted(document: ParsedDocument, paper: Paper) -> bool:
    """A lone paper of minutes: a minutes heading, or an unclassified paper recording its meeting as minutes do."""
    if paper.kind == "minutes":
        return True
    if paper.kind not in ("other", "meeting_page"):
        return False
    text = document.text
    return minuted.has_minutes_marks(text, paper.start, paper.end) or minute_items.more_minutes_marks(text, paper.start, paper.end)


def to_contract(result: StructureResult) -> dict[str, list]:
    """The contract lists of ``schemas.facts.ExtractedFacts`` that the structure fills."""
    future: list[dt.date] = []
    for meeting in result.future_meetings:
        if meeting.date not in future:
            future.append(meeting.date)
    return {
        "meetings": [
            Meeting(body=m.body, date=m.date, time=m.time, location=m.location) for m in result.meetings
        ],
        "reports": [
            Report(
                title=h.title,
                authors=[a.name for a in h.authors if a.name],
                to=h.to,
                meeting_date=h.meeting_date,
                classification=h.classification,
            )
            for h in result.report_headers
        ],
        "agenda_items": [AgendaItem(number=i.number, title=i.title, pages=i.pages) for i in result.agenda_items],
        "attendees": [Attendee(name=a.name, role=a.chair, attendance=a.attendance) for a in result.attendees],
        "future_meetings": future,
    }
