"""Meetings (body, date, time, location) and the dates of future meetings.

Read from four house-style places: an agenda's front page (the body in capitals just above a
'Tuesday, 31st March, 2026, at 10.00 am' line, a 'Venue:' line or a venue-like line below it),
minutes headings ('NOTES/MINUTES of a meeting of the X held online|at VENUE on DATE, TIME';
minutes printed in a pack record the earlier meeting they are minutes of), report headers
(the To: body and date) and meeting page titles ('X - Thursday, 4th July, 2024 10.00 am').
The same body on the same date is one meeting, its details merged in document order.
Future meetings are the dates listed under a 'Dates of Future Meetings' or 'Date of next
meeting' heading, later than the meeting itself; lines naming another group are left out.
"""

from __future__ import annotations

import datetime as dt
import re

from extractors.agenda import find_items
from extractors.dates import find_dates, find_times
from extractors.spans import lines, provenance, squash
from extractors.split import AGENDA_HEADING, MEETING_PAGE_TITLE, MINUTES_HEADING
from schemas.parsed import ParsedDocument
from schemas.structure import FutureMeeting, MeetingRecord, MeetingSource, Paper, ReportHeader

VERSION = "1"
NAME = "meetings"

_SMALL_WORDS = frozenset("a an and as at by for in of on or the to with".split())
_ACRONYM = re.compile(r"\s*\(\s*[A-Z][A-Za-z&]*[A-Z]\s*\)")
_ONLINE = re.compile(r"^(?:(?:online|virtually|remotely|virtual|remote)\b|(?:via|on|using)\s+(?:microsoft\s+)?(?:teams|zoom)\b)", re.I)
_VENUE_LABEL = re.compile(r"^\W*(?:venue|location|place|where)\s*:\s*(?P<venue>.+)$", re.I)
_VENUE_WORDS = re.compile(
    r"^(?:online|virtual(?:\s+meeting)?|remote(?:\s+meeting)?|microsoft teams|teams|zoom)\W*$"
    r"|\b(?:chamber|room|hall|house|centre|center|offices|civic|building|suite|library|headquarters|hq)\b",
    re.I,
)
_HEADER_STOP = re.compile(r"\b(?:UNRESTRICTED|RESTRICTED|membership|members|agenda items?)\b|^\W*[A-Z]\.\s", re.I)
_FUTURE_HEADING = re.compile(
    r"^\W*(?:(?:item\s+)?[A-Z]{0,2}\d{0,3}[.)]?\s+)?(?:dates?\s+of\s+(?:future|next|forthcoming)\s+meetings?|"
    r"future\s+meeting\s+dates|(?:date|dates)\s+of\s+the\s+next\s+meetings?|next\s+meeting)\b\W*",
    re.I,
)
_OTHER_GROUP = re.compile(r"\b(?:group|sub-?committee|board|forum|workshop|event|conference|webinar|panel|training)\b", re.I)
_SENTENCE_END = re.compile(r"\.(?:\s*\n|\s*$|\s+(?=[A-Z][a-z]+\s+[a-z]))")


def normalise_body(text: str) -> str:
    """'KENT COMMUNITY SAFETY PARTNERSHIP (KCSP)' -> 'Kent Community Safety Partnership'.

    Text printed in capitals is title-cased (small words lower case); mixed-case text keeps
    its case. A leading 'the' and an acronym in brackets are dropped.
    """
    text = squash(_ACRONYM.sub("", text)).strip(" ,.:;-–—")
    text = re.sub(r"^the\s+", "", text, flags=re.I)
    if text.upper() == text:
        words = text.lower().split()
        text = " ".join(
            word if index and word in _SMALL_WORDS else word[:1].upper() + word[1:] for index, word in enumerate(words)
        )
        text = re.sub(r"-(\w)", lambda m: "-" + m.group(1).upper(), text)
    return text


def _body_key(body: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9 ]", " ", body.lower().replace("&", " and ")).split())


def _first_date(text: str, base: int):
    dated = [d for d in find_dates(text, base=base) if d.date and not d.year_inferred]
    return dated[0] if dated else None


def _time_after(text: str, position: int, base: int) -> str | None:
    times = [t for t in find_times(text, base=base) if t.start >= position]
    return times[0].time if times else None


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


def _from_agenda_header(document: ParsedDocument, text: str, paper: Paper) -> MeetingRecord | None:
    """The body in capitals above the first dated line of the agenda, and the venue below it."""
    head = lines(text, paper.start, min(paper.end, paper.start + 2500))
    for index, line in enumerate(head):
        if find_items(text, line.start, line.end):
            return None
        date = _first_date(line.raw, line.start)
        if date is None:
            continue
        above = [n for n in head[max(0, index - 8) : index] if not n.is_blank and not AGENDA_HEADING.match(n.text)]
        body_line = next((n for n in reversed(above) if n.text.upper() == n.text and re.search(r"[A-Z]{3}", n.text)), None)
        if body_line is None:
            return None
        location = None
        for below in head[index + 1 : index + 16]:
            if below.is_blank:
                continue
            labelled = _VENUE_LABEL.match(below.text)
            if labelled or _VENUE_WORDS.search(below.text) and len(below.text) <= 120:
                location = _location(labelled["venue"] if labelled else below.text)
                break
            if _HEADER_STOP.search(below.text) or find_items(text, below.start, below.end):
                break
        time = _time_after(line.raw, date.end, line.start)
        return _record(
            document, text, body_line.text, date.date, None, time, location, "agenda_header", body_line.start, line.end
        )
    return None


def _location(text: str) -> str | None:
    text = squash(text).strip(" ,.;")
    if not text:
        return None
    return "Online" if _ONLINE.match(text) else text


def _from_minutes_headings(document: ParsedDocument, text: str, start: int, end: int) -> list[MeetingRecord]:
    found = []
    for match in MINUTES_HEADING.finditer(text, start, end):
        line_start = text.rfind("\n", 0, match.start()) + 1
        if match.start() - line_start >= 40:
            continue
        tail_end = min(end, match.end() + 300)
        stop = _SENTENCE_END.search(text, match.end(), tail_end)
        tail_end = stop.start() + 1 if stop else tail_end
        tail = text[match.end() : tail_end]
        date = _first_date(tail, match.end())
        if date is None:
            continue
        place = squash(text[match.end() : date.start])
        place = re.sub(r"\s+on\s*(?:\w+day,?)?\s*$|,\s*$", "", place, flags=re.I)
        place = re.sub(r"^(?:at|in)\s+(?:the\s+)?", "", place, flags=re.I) if re.match(r"^(?:at|in)\s", place, re.I) else place
        place = re.sub(r"^(?:on)\s*$", "", place)
        time = _time_after(text[match.end() : tail_end], date.end, match.end())
        found.append(
            _record(
                document, text, match["body"], date.date, None, time, _location(place), "minutes_heading",
                match.start(), tail_end,
            )
        )
    return found


def _from_meeting_page(document: ParsedDocument, text: str, paper: Paper) -> list[MeetingRecord]:
    found = []
    for match in MEETING_PAGE_TITLE.finditer(text, paper.start, min(paper.end, paper.start + 6000)):
        date = _first_date(match["when"], match.start("when"))
        if date is None:
            continue
        time = _time_after(match["when"], date.end, match.start("when"))
        location = None
        for below in lines(text, match.end(), min(paper.end, match.end() + 600))[1:8]:
            labelled = _VENUE_LABEL.match(below.text)
            if labelled:
                location = _location(labelled["venue"])
                break
        found.append(
            _record(document, text, match["body"], date.date, None, time, location, "meeting_page", match.start(), match.end())
        )
        break
    return found


def _from_report_header(document: ParsedDocument, text: str, header: ReportHeader) -> MeetingRecord | None:
    if not header.to or (header.meeting_date is None and header.meeting_date_text is None):
        return None
    span = header.provenance
    return _record(
        document, text, header.to, header.meeting_date, header.meeting_date_text, None, None, "report_header",
        span.start, span.end,
    )


def _merge(meetings: list[MeetingRecord]) -> list[MeetingRecord]:
    """One meeting per body and date; a later record fills the time and venue an earlier one lacked."""
    merged: list[MeetingRecord] = []
    for meeting in meetings:
        key = _body_key(meeting.body)
        same = next(
            (
                m
                for m in merged
                if m.date == meeting.date
                and (m.date is not None or m.date_text == meeting.date_text)
                and (key in _body_key(m.body) or _body_key(m.body) in key)
            ),
            None,
        )
        if same is None:
            merged.append(meeting)
            continue
        index = merged.index(same)
        merged[index] = same.model_copy(
            update={"time": same.time or meeting.time, "location": same.location or meeting.location}
        )
    return merged


def extract_meetings(document: ParsedDocument, papers: list[Paper], headers: list[ReportHeader]) -> list[MeetingRecord]:
    """Meetings in document order, one per body and date."""
    text = document.text
    found: list[MeetingRecord] = []
    for paper in papers:
        if paper.kind == "agenda":
            header = _from_agenda_header(document, text, paper)
            found.extend([header] if header else [])
            found.extend(_from_meeting_page(document, text, paper))
        elif paper.kind == "minutes":
            found.extend(_from_minutes_headings(document, text, paper.start, min(paper.end, paper.start + 3000)))
        elif paper.kind in ("meeting_page", "other"):
            found.extend(_from_meeting_page(document, text, paper))
    for header in headers:
        record = _from_report_header(document, text, header)
        found.extend([record] if record else [])
    found.sort(key=lambda m: m.provenance.start)
    return _merge(found)


def extract_future_meetings(
    document: ParsedDocument, start: int, end: int, reference: dt.date | None
) -> list[FutureMeeting]:
    """Dates listed under a future-meetings heading in ``document.text[start:end]``, after ``reference``."""
    text = document.text
    found: list[FutureMeeting] = []
    region = lines(text, start, end)
    for index, line in enumerate(region):
        heading = _FUTURE_HEADING.match(line.text)
        if not heading:
            continue
        candidates = [line]
        misses = 0
        for following in region[index + 1 : index + 40]:
            if following.is_blank or following.is_page_footer:
                continue
            has_date = any(d.date for d in find_dates(following.raw, reference))
            if not has_date:
                misses += 1
                if misses > 2 or len(candidates) > 1 or find_items(text, following.start, following.end):
                    break
                continue
            if len(following.text) > 120:
                break
            candidates.append(following)
        for candidate in candidates:
            if candidate is not line and _OTHER_GROUP.search(candidate.text):
                continue
            for date in find_dates(candidate.raw, reference, base=candidate.start):
                if date.date is None or (reference and date.date <= reference):
                    continue
                if any(f.date == date.date for f in found):
                    continue
                time = _time_after(candidate.raw, date.end - candidate.start, 0)
                found.append(
                    FutureMeeting(
                        date=date.date,
                        time=time,
                        provenance=provenance(document, text, date.start, date.end, NAME, VERSION),
                    )
                )
    return found
