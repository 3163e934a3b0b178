"""Meetings (body, date, time, location).

Read from four house-style places: an agenda's front page, from the top of the document (a
summons 'a meeting of the X to be held on DATE at TIME in VENUE', or the body in capitals or
naming a committee, council ... just above a 'Tuesday, 31st March, 2026, at 10.00 am' or
'Date & time:' line, with a 'Time:' line, a 'Venue:/Place:' line or a venue-like line below it; a body line
'Cabinet Agenda' names the Cabinet), minutes headings
(see ``split.find_minutes_headings``: 'held online|at VENUE on DATE, TIME', or 'Date:', 'Time:',
'Venue:' lines under a lone 'Minutes'; minutes printed in a pack record the earlier meeting they
are minutes of), report headers (the To: body and date), meeting page titles ('X - Thursday,
4th July, 2024 10.00 am', 'X: 18 March 2025' with 'Time:' and 'Location:' below), ModernGov's
dated meeting lines ('Meeting: 19/09/2016 - X (Item 40)', 'Decided at meeting: 10/09/2024 - X',
'Meeting of X, Tuesday, 5th March, 2024 7.00 pm (Item 6.)')
CMIS meeting details ('Committee:' and 'Date/Time:' labels, each value on its line or the next),
an agenda page's 'Agenda' heading over the body and date lines (read as an agenda's front page)
and, in lone minutes with no such heading, the body line over a date line at the top, or a date
line alone over the attendance (``bare_minutes``). A minutes opening sentence in the page's head
(``meeting_minutes``) names the meeting when these do not, and completes the record of its date.
Last, where nothing else names it: a body line over a line stating the date with its time (``meeting_blocks``), a body
with its meeting's date in brackets (a webcast title, a news sentence: ``meeting_bracketed``), then a
sentence naming the page's own meeting (``meeting_prose``: the press-and-public exclusion, 'Report 6 of the DATE meeting of X').
A council-meetings site's page printing a 'Start:' schedule under its title is read first among the pages' labels (``meeting_schedule``).
The same body on the same date is one meeting, its details merged in document order (``meeting_merge``).
Future meetings are read by ``extractors.proceedings.future_meetings``, under this module's VERSION.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.proceedings.agenda import find_items
from extractors.proceedings.agenda_pages import ITEM_TABLE_HEADER
from extractors.proceedings.agenda_rows import LONE_NUMBER
from extractors.proceedings.bare_minutes import bare_minutes_meeting
from extractors.readers.dates import find_times
from extractors.proceedings.meeting_labels import EARLIER_MEETING, ITEM_HEADING, PROSE, capitals_meeting, flat_title_meeting, labels_only_meeting, news_meeting
from extractors.proceedings.meeting_labels import other_weekday, page_title_meeting, titled_meeting
from extractors.proceedings.meeting_bodies import body_key as _body_key, is_generic, is_welsh, normalise_body
from extractors.proceedings.meeting_details import FLAT_SUMMARY, TIME_LABEL, VENUE_LABEL, flat_venue, labelled_details, labelled_value, printed_venue
from extractors.proceedings.meeting_dates import date_with_stated_year, first_date as _first_date, time_after as _time_after
from extractors.proceedings.meeting_lines import FOR_APPROVAL, fuller_notice, head_meeting
from extractors.proceedings.meeting_minutes import completed_by, heading_above, opening_meeting
from extractors.proceedings.meeting_blocks import heading_block_meeting
from extractors.proceedings.meeting_bracketed import news_decided_meeting, webcast_title_meeting
from extractors.proceedings.meeting_prose import prose_meeting
from extractors.proceedings.meeting_schedule import schedule_meeting
from extractors.proceedings.minuted import has_minutes_marks
from extractors.readers.spans import lines, provenance, squash
from extractors.proceedings.page_titles import PAGE_HEADING_AFTER
from extractors.proceedings.split import AGENDA_HEADING, LINKED_ITEM, find_meeting_titles, find_minutes_headings
from extractors.readers.vocabulary import BODY_NOUN
from schemas.parsed import ParsedDocument
from schemas.structure import MeetingRecord, MeetingSource, Paper, ReportHeader
from extractors.proceedings.meeting_merge import one_per_meeting, named_in_full, shaped
from extractors.proceedings.meeting_text import line_above, line_of, time_before_date, venue_after_date

VERSION = "57"
NAME = "meetings"

_SUMMONS = re.compile(
    r"\bmeeting\s+of\s+(?:the\s+)?(?P<body>[A-Z][\w&,'’ -]{2,80}?)\s+(?:to\s+be|which\s+will\s+be|will\s+be)\s+held\b"
)
_VENUE_WORDS = re.compile(
    r"^(?:online|virtual(?:\s+meeting)?|remote(?:\s+meeting)?|microsoft teams|teams|zoom)\W*$"
    r"|\b(?:chamber|room|hall|house|centre|center|offices|civic|building|suite|library|headquarters|hq)\b",
    re.I,
)
_HEADER_STOP = re.compile(r"\b(?:UNRESTRICTED|RESTRICTED|membership|members|agenda items?)\b|^\W*[A-Z]\.\s", re.I)
_MEETING_LINE = re.compile(
    r"^\W*(?:(?:decided|made)\s+at\s+)?meeting\s*:\s*(?P<when>\d{1,2}/\d{1,2}/\d{4})\s*[-–]\s*"
    r"(?P<body>[A-Z][^()|\n]{1,120}?)\s*(?:\(\s*item\b[^)\n]*\))?"
    # A flattened table runs the next cell on: '... - Cabinet | ...', '... - Cabinet Effective from: 14/03/2025'.
    r"(?:[ \t]*\|[^\n]*|[ \t]+(?-i:[A-Z][a-z]+(?:[ \t]+[a-z]+){0,3})[ \t]*:[^\n]*)?[ \t]*$",
    re.I | re.M,
)
# ModernGov's issue history heading: 'Meeting of Cabinet, Tuesday, 5th March, 2024 7.00 pm (Item 6.)'.
_MEETING_OF_TITLE = re.compile(
    r"^\W*meeting\s+of\s+(?:the\s+)?(?P<body>[A-Z][^,()|\n]{1,120}?),\s+"
    r"(?P<when>(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?,?\s+[a-z]{3,9},?\s+\d{4}\b[^\n()]*?)"
    r"\s*(?:\(\s*item\b[^)\n]*\)\.?)?[ \t]*$",
    re.I | re.M,
)
_EARLIER_MINUTES = re.compile(r"\b(?:previous|last|preceding|earlier|prior)\s+(?:\w+\s+)?meetings?\b", re.I)
_BARE_TIME = re.compile(r"(?P<time>\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\.?)", re.I)
# The paragraph under a heading's venue that goes on with its date: 'ON WEDNESDAY 18th OCTOBER 2023', '7:00pm on the 25th'.
_ON_DATE_BELOW = re.compile(r"[ \t]*(?:on\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\.?\s+on\b)", re.I)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_COMMITTEE_LABEL = re.compile(r"^\W*committee\s*:\s*(?P<body>.*)$", re.I)
_DATETIME_LABEL = re.compile(r"^\W*(?:meeting\s+)?date\s*(?:/|&|and)?\s*(?:time)?\s*:\s*(?P<date>.*)$", re.I)
_MINUTES_OF = re.compile(r"^(?:draft\s+)?minutes\s+of\s+(?:the|a|an)\s+(?:\w+\s+)?meeting\s+of\s+", re.I)
# 'Minutes of the full Parish Council Meeting' (its 'held on' wrapped onto the next line, or its date alone: 'Meeting
# on' over 'Monday 27th April'): the body is 'Parish Council'.
_MINUTES_TITLE = re.compile(
    r"^(?:draft\s+)?minutes\s+of\s+(?:the\s+|an?\s+)?(?:(?:full|annual|extraordinary|special|ordinary|monthly)\s+)*"
    r"(?P<body>[A-Z].*?)(?:\s+(?:extra\s+ordinary|extraordinary|special|ordinary|annual))?\s+meeting(?:\s+(?:held\s+)?on)?$",
    re.I,
)
_ITEM_LIKE_TITLE = re.compile(r"^\W*(?:[A-Z]{0,3}\d+[\d/.]*\s)|\b(?:minutes|held)\b", re.I)
_SENTENCE_SUBJECT = re.compile(r"\W*The\s+(?=[A-Z])")
_SENTENCE_END = re.compile(r"\.(?:\s*\n|\s*$|\s+(?=[A-Z][a-z]+\s+[a-z]))")


def _record(document, text, body, date, date_text, time, location, source: MeetingSource, start, end) -> MeetingRecord:
    return MeetingRecord(
        body=normalise_body(body),
        date=date,
        date_text=date_text,
        time=time,
        location=location,
        source=source,
        provenance=provenance(document, text, start, end, NAME, VERSION),
    )


def _is_body_line(line) -> bool:
    """A line naming a body: in capitals, or a short line naming a committee, council, panel ...
    that is not a sentence."""
    words = line.text
    if words.upper() == words and re.search(r"[A-Z]{3}", words):
        return True
    if ":" in words or words.endswith(".") or re.search(r"\.\s+[A-Z]", words):
        return False
    return bool(BODY_NOUN.search(words)) and len(words) <= 100


def _from_summons(document: ParsedDocument, text: str, line) -> MeetingRecord | None:
    """'You are summoned to a meeting of the X to be held on DATE at TIME in the VENUE.'"""
    summons = _SUMMONS.search(line.raw)
    if summons is None:
        return None
    date = _first_date(line.raw[summons.end() :], line.start + summons.end())
    if date is None:
        return None
    after = line.raw[date.end - line.start :]
    time = _time_after(after, 0, 0)
    venue = re.search(r"\b(?:in|at)\s+(?:the\s+)?(?P<venue>[A-Z][^.;]{2,120})", re.sub(r"^.*?\d\s*[ap]\.?m\.?", "", after, flags=re.I))
    return _record(
        document, text, summons["body"], date.date, None, time, printed_venue(venue["venue"]) if venue else None,
        "agenda_header", line.start, line.end,
    )


def _from_agenda_header(document: ParsedDocument, text: str, start: int, paper: Paper) -> MeetingRecord | None:
    """The meeting on an agenda's front page, read from ``start`` (the top of the document for a first agenda)."""
    head = lines(text, start, min(paper.end, paper.start + 2500))
    for index, line in enumerate(head):
        if ITEM_TABLE_HEADER.match(line.text) or find_items(text, line.start, line.end):
            return None
        date = _first_date(line.raw, line.start)
        if date is None:
            continue
        summons = _from_summons(document, text, line)
        if summons is not None:
            return summons
        if EARLIER_MEETING.search(line.text):
            # 'The minutes of the meeting held on DATE were approved': a minute's text, below the header.
            return None
        above = [n for n in head[max(0, index - 8) : index] if not n.is_blank and not AGENDA_HEADING.match(n.text)]
        body_line = next((n for n in reversed(above) if _is_body_line(n)), None)
        if body_line is None or ITEM_HEADING.match(body_line.text):
            return None
        location = None
        time = _time_after(line.raw, date.end, line.start)
        for offset, below in enumerate(head[index + 1 : index + 16], start=index + 1):
            if below.is_blank:
                continue
            if time is None and TIME_LABEL.match(below.text):
                # 'Time:' with its value on the line below.
                time = _time_after(labelled_value(head, offset, TIME_LABEL, "time") or "", 0, 0)
                continue
            venue = labelled_value(head, offset, VENUE_LABEL, "venue")
            if venue or _VENUE_WORDS.search(below.text) and len(below.text) <= 120 and ":" not in below.text and not PROSE.search(below.text):
                location = printed_venue(venue or below.text)
                break
            if _HEADER_STOP.search(below.text) or find_items(text, below.start, below.end):
                break
        return _record(
            document, text, body_line.text, date.date, None, time, location, "agenda_header", body_line.start, line.end
        )
    return None


def _from_minutes_headings(document: ParsedDocument, text: str, start: int, end: int) -> list[MeetingRecord]:
    """Meetings of the paper's minutes headings. A paper of minutes records one body's meetings: a
    later heading naming another body is a title quoted in its text (a list of other councils' minutes)."""
    found = []
    # A heading line carrying a document link ('... held on 4 June 2021 pdf icon PDF 321 KB') is a meeting
    # page's item linking earlier minutes, not a heading of this paper.
    # Nor is 'Minutes of the previous meeting of the X held on DATE': an earlier meeting's minutes, named in the business,
    # nor '..., as circulated, to be confirmed as a true record' (earlier minutes put for approval),
    # nor a heading under its item number alone on the line above ('6/13' over 'MINUTES OF THE MEETING HELD ON ...').
    headings = [
        h for h in find_minutes_headings(text, start, end)
        if not LINKED_ITEM.search(line_of(text, h.start)) and not _EARLIER_MINUTES.search(text, h.start, h.end)
        and not FOR_APPROVAL.search(line_of(text, h.start))
        and not LONE_NUMBER.match(line_above(text, h.start))
    ]
    first = _body_key(normalise_body(headings[0].body)) if headings else ""
    for heading in headings:
        if _body_key(normalise_body(heading.body)) != first:
            continue
        if is_welsh(heading.body):
            # The body taken from a bilingual heading's Welsh line: the heading's English line names the same body in
            # the language the rest of the page is read in, so that line names it.
            heading = replace(heading, body=heading_above(text, start, heading.start) or heading.body)
        if heading.labelled:
            detail_end = min(end, heading.end + 400)
            date, time, location = labelled_details(text, heading.end, detail_end)
            if date is not None:
                found.append(
                    _record(
                        document, text, heading.body, date.date, None, time, location, "minutes_heading",
                        heading.start, detail_end,
                    )
                )
            continue
        tail_end = min(end, heading.end + 300)
        stop = _SENTENCE_END.search(text, heading.end, tail_end)
        tail_end = stop.start() + 1 if stop else tail_end
        paragraph_end = re.compile(r"\n[ \t]*\n").search(text, heading.end, tail_end)
        if paragraph_end and not text[heading.end : paragraph_end.start()].strip():
            # 'Minutes of the Meeting of the X held' with its 'in VENUE on DATE' a paragraph below.
            paragraph_end = re.compile(r"\n[ \t]*\n").search(text, paragraph_end.end(), tail_end)
        tail_end = paragraph_end.start() if paragraph_end else tail_end
        if paragraph_end and _first_date(text[heading.end : tail_end], heading.end) is None and _ON_DATE_BELOW.match(text, paragraph_end.end()):
            # A heading printed a paragraph a line ('... PARISH COUNCIL' / 'HELD AT VENUE' / 'ON DATE'): its date a paragraph below.
            following = _PARAGRAPH_BREAK.search(text, paragraph_end.end(), min(end, paragraph_end.end() + 120))
            tail_end = following.start() if following else min(end, paragraph_end.end() + 120)
        tail = text[heading.end : tail_end]
        date = _first_date(tail, heading.end) or date_with_stated_year(tail, heading.end, text[start : min(end, start + 1500)])
        if date is None or other_weekday(text[heading.end : date.end], date.date):
            continue
        place = squash(text[heading.end : date.start])
        place = re.sub(r"\s+on\s*(?:\w+day,?)?\s*$|,\s*$", "", place, flags=re.I)
        place = re.sub(r"^(?:at|in)\s+(?:the\s+)?", "", place, flags=re.I) if re.match(r"^(?:at|in)\s", place, re.I) else place
        place = re.sub(r"^on(?:\s+\w+day,?)?\s*$", "", place, flags=re.I)
        # 'held at 7.30pm in the Village Hall on DATE': the time before the venue.
        timed = re.match(r"^(?P<time>\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\.?)\s+(?:in|at)\s+(?:the\s+)?(?=[A-Z])", place, re.I)
        place = place[timed.end() :] if timed else place
        # 'held at 7pm on DATE at VENUE': the time stands where a venue would; the venue ends the date's line (or is the next).
        bare = _BARE_TIME.fullmatch(place)
        timed, place = (bare, venue_after_date(text, date.end)) if bare else (timed, place)
        after = squash(text[date.end : tail_end])
        if not place and re.match(r"^,?\s*(?:(?i:at)\s+)?\d", after):
            # 'HELD ON DATE AT 9.30AM IN VENUE. PRESENT: ...': the venue ends at its sentence's full stop or a label.
            venue = re.search(r"\s(?i:in|at)\s+(?:(?i:the)\s+)?(?P<venue>[A-Z].*?)(?:\.\s+(?=[A-Z]{3,}|[A-Z][a-z]+\s)|\s+(?=[A-Z][A-Za-z]{2,20}:)|\.?$)", after)
            place = venue["venue"] if venue and len(venue["venue"]) <= 120 else ""
        time = (_time_after(bare["time"], 0, 0) if bare else None) or _time_after(tail, date.end, heading.end)
        time = time or (_time_after(timed["time"], 0, 0) if timed else None)
        found.append(
            _record(
                document, text, heading.body, date.date, None, time, printed_venue(place), "minutes_heading",
                heading.start, tail_end,
            )
        )
    return found


def _from_meeting_page(document: ParsedDocument, text: str, paper: Paper) -> list[MeetingRecord]:
    found = []
    for match in find_meeting_titles(text, paper.start, min(paper.end, paper.start + 6000)):
        date = _first_date(match["when"], match.start("when"))
        if date is None or not _reads_as_meeting_title(match, date):
            continue
        time = _time_after(match["when"], date.end, match.start("when"))
        _, labelled_time, location = labelled_details(text, match.end(), min(paper.end, match.end() + 600))
        time = time or labelled_time
        notice = fuller_notice(match["body"], date.date, text, match.end())
        if notice is not None:
            # The title names the meeting in short; the notice below names the body in full.
            location = notice.location and printed_venue(notice.location)
            match_body, time, location = notice.body, time or notice.time, location
        else:
            match_body = match["body"]
        found.append(_record(document, text, match_body, date.date, None, time, location, "meeting_page", match.start(), match.end()))
        break
    for match in (*_MEETING_LINE.finditer(text, paper.start, paper.end), *_MEETING_OF_TITLE.finditer(text, paper.start, paper.end)):
        date = _first_date(match["when"], match.start("when"))
        if date is not None:
            time = _time_after(match["when"], date.end, match.start("when")) if match.re is _MEETING_OF_TITLE else None
            found.append(
                _record(document, text, match["body"], date.date, None, time, None, "meeting_page", match.start(), match.end())
            )
    labelled = _from_labelled_page(document, text, paper)
    return found + ([labelled] if labelled else [])


def _reads_as_meeting_title(match, date) -> bool:
    """Not an item line that reads like a title: 'C052/23 5. TO RECEIVE THE MINUTES OF THE COUNCIL MEETING HELD
    ON 13 NOVEMBER 2023' (numbered, about minutes), 'ELECTIONS - 3 MAY 2007 1. There was submitted ...' (a sentence after the date),
    'The Policy Board on 4 March 2025' (a sentence's subject, not at the page's top)."""
    if _ITEM_LIKE_TITLE.search(match["body"]):
        return False
    # 'The Westby Policy Board on 4 March 2025 recommended ...': a sentence's subject and its date, no page's title (the
    # page's first line is its title).
    subject = _SENTENCE_SUBJECT.match(match["body"]) and match.string[: match.start()].strip()
    if subject and re.fullmatch(r"\s+on\s+", match.string[match.end("body") : match.start("when")], re.I):
        return False
    rest = PAGE_HEADING_AFTER.sub("", match["when"][date.end - match.start("when") :])  # '... 7.00 pm - Agenda and draft minutes'
    for found in reversed(find_times(rest)):
        rest = rest[: found.start] + rest[found.end :]
    return len(re.findall(r"\b[a-z]+\b", rest)) < 3


def _from_labelled_page(document: ParsedDocument, text: str, paper: Paper) -> MeetingRecord | None:
    """A CMIS meeting: a 'Committee:' label and, within the next lines, a 'Date/Time:' label."""
    region = lines(text, paper.start, min(paper.end, paper.start + 1500))
    for index, line in enumerate(region):
        if (flat := FLAT_SUMMARY.search(line.text)) and BODY_NOUN.search(flat["body"]) and (date := _first_date(flat["date"], 0)):
            following = next((n.text for n in region[index + 1 : index + 3] if not n.is_blank), "")
            return _record(
                document, text, flat["body"], date.date, None, _time_after(flat["date"], date.end, 0),
                flat_venue(f"{line.text[flat.end() :]} {following}"),
                "meeting_page", line.start, line.end,
            )
        body = labelled_value(region, index, _COMMITTEE_LABEL, "body")
        if not body or not BODY_NOUN.search(body):
            continue
        for offset in range(index + 1, min(len(region), index + 6)):
            when = labelled_value(region, offset, _DATETIME_LABEL, "date")
            date = _first_date(when or "", 0)
            if date is None:
                continue
            _, _, location = labelled_details(text, region[offset].end, min(paper.end, region[offset].end + 400))
            end = region[offset].end
            return _record(
                document, text, body, date.date, None, _time_after(when, date.end, 0), location, "meeting_page", line.start, end
            )
        return None
    return None


def _from_minutes_top(document: ParsedDocument, text: str, paper: Paper) -> list[MeetingRecord]:
    """Minutes without a 'Minutes of ... held' heading: the body line over a date line at the top
    (with a venue line below), read as an agenda's front page when the paper records attendance."""
    if not has_minutes_marks(text, paper.start, paper.end):
        return []
    top = _from_agenda_header(document, text, paper.start, paper)
    if top is None or _EARLIER_MINUTES.search(text, top.provenance.start, top.provenance.end):
        return []
    time = top.time or time_before_date(text, top.provenance.start, top.provenance.end)
    # The body line as printed: its 'Minutes of the full X Meeting' words name the body (see _MINUTES_TITLE).
    raw = squash(_MINUTES_OF.sub("", line_of(text, top.provenance.start).strip())).strip(" ,.:;-–—")
    raw = re.sub(r"(?:^|\s+)held\b.*$", "", raw, flags=re.I)  # a line opening 'HELD AT VENUE' names no body
    body = normalise_body(titled["body"] if (titled := _MINUTES_TITLE.match(raw)) else raw)
    if titled and is_generic(body):
        # 'CHAPEL BAY COUNCIL' over 'MINUTES OF THE PARISH COUNCIL EXTRA ORDINARY MEETING': the heading above names it.
        body = heading_above(text, paper.start, top.provenance.start) or body
    return [top.model_copy(update={"source": "minutes_heading", "time": time, "body": body})] if body else []


# ModernGov's cell label before an item's minutes: 'Minutes: NORTHSHIRE COUNCIL' over the committee and date lines.
_MINUTES_CELL = re.compile(r"^[ \t]*minutes[ \t]*:[ \t]*(?=\S)", re.I | re.M)


def _from_minutes_cell(document: ParsedDocument, text: str, paper: Paper) -> MeetingRecord | None:
    """The meeting of the first 'Minutes:' cell opening on a heading, read as a front page from the cell's first line
    (the label blanked, offsets kept); only where the heading's body line and date line follow the label directly."""
    cell = _MINUTES_CELL.search(text, paper.start, min(paper.end, paper.start + 2500))
    if cell is None:
        return None
    blanked = text[: cell.start()] + " " * (cell.end() - cell.start()) + text[cell.end() :]
    found = _from_agenda_header(document, blanked, cell.start(), paper)
    if found is None or len(lines(text, cell.start(), found.provenance.end)) > 4:
        return None
    span = found.provenance
    return found.model_copy(update={"source": "minutes_heading", "provenance": provenance(document, text, span.start, span.end, NAME, VERSION)})


def _from_report_header(document: ParsedDocument, text: str, header: ReportHeader) -> MeetingRecord | None:
    if not header.to or (header.meeting_date is None and header.meeting_date_text is None):
        return None
    span = header.provenance
    return _record(
        document, text, header.to, header.meeting_date, header.meeting_date_text, None, None, "report_header",
        span.start, span.end,
    )


def extract_meetings(document: ParsedDocument, papers: list[Paper], headers: list[ReportHeader]) -> list[MeetingRecord]:
    """Meetings in document order, one per body and date."""
    text = document.text
    found: list[MeetingRecord] = []
    for paper in papers:
        if paper.kind == "agenda":
            front = 0 if paper is papers[0] else paper.start
            header = _from_agenda_header(document, text, front, paper)
            found.extend([header] if header else [])
            found.extend(_from_meeting_page(document, text, paper))
        elif paper.kind == "minutes":
            found.extend(_from_minutes_headings(document, text, paper.start, min(paper.end, paper.start + 3000)))
        elif paper.kind in ("meeting_page", "other"):
            page = _from_meeting_page(document, text, paper)
            if not page and paper.kind == "meeting_page" and AGENDA_HEADING.match(text[paper.start : text.find("\n", paper.start)]):
                # An agenda page: 'Agenda', then the body over 'Tuesday, 4th March, 2025 7.00 pm'.
                header = _from_agenda_header(document, text, paper.start, paper)
                page = [header.model_copy(update={"source": "meeting_page"})] if header else []
            found.extend(page)
    for header in headers:
        record = _from_report_header(document, text, header)
        found.extend([record] if record else [])
    found = shaped(found)
    opening = opening_meeting(text)
    if opening is not None and not found:
        location = opening.location and printed_venue(opening.location)
        found = [_record(document, text, opening.body, opening.date, None, opening.time, location, "minutes_heading", opening.start, opening.end)]
    elif opening is not None:
        found = completed_by(found, opening, printed_venue)
    if not found and len(papers) == 1 and papers[0].kind in ("minutes", "other"):
        found.extend(_from_minutes_top(document, text, papers[0]))
    if not found and papers:
        line = head_meeting(text, 0)
        found.extend(
            [_record(document, text, line.body, line.date, None, line.time, line.location and printed_venue(line.location), line.source, line.start, line.end)]
            if line else []
        )
    if not found and papers:
        label = schedule_meeting(text, 0, papers[-1].end) or labels_only_meeting(text, 0, papers[-1].end) or news_meeting(text, 0, papers[-1].end) or titled_meeting(text, 0, papers[-1].end)
        label = label or capitals_meeting(text, 0, papers[-1].end) or flat_title_meeting(text, 0, papers[-1].end)
        found.extend([_record(document, text, label.body, label.date, None, label.time, label.location and printed_venue(label.location), "meeting_page", label.start, label.end)] if label else [])
    if not found and len(papers) == 1 and papers[0].kind in ("minutes", "other"):
        bare = bare_minutes_meeting(text, papers[0].start, papers[0].end)
        found.extend([_record(document, text, bare.body, bare.date, None, bare.time, bare.location, "minutes_heading", bare.start, bare.end)] if bare else [])
    if not found and len(papers) == 1:
        cell = _from_minutes_cell(document, text, papers[0])
        found.extend([cell] if cell else [])
    if not found and papers:
        title = page_title_meeting(text, 0, papers[-1].end)
        found.extend([_record(document, text, title.body, title.date, None, title.time, None, "meeting_page", title.start, title.end)] if title else [])
    if not found and papers:
        block = heading_block_meeting(text, 0, papers[-1].end) or webcast_title_meeting(text, 0, papers[-1].end)
        block = block or news_decided_meeting(text, 0, papers[-1].end)
        location = block and block.location and printed_venue(block.location)
        found.extend([_record(document, text, block.body, block.date, None, block.time, location, "meeting_page", block.start, block.end)] if block else [])
    if not found and papers:
        prose = prose_meeting(text, 0, papers[-1].end)
        source = "minutes_heading" if papers[0].kind == "minutes" else "report_header" if papers[0].kind == "report" else "meeting_page"
        found.extend([_record(document, text, prose.body, prose.date, None, None, None, source, prose.start, prose.end)] if prose else [])
    found.sort(key=lambda m: m.provenance.start)
    return one_per_meeting(shaped([named_in_full(text, m) for m in found]))


