"""Records of a document's structure: papers, meetings, agenda items, report headers, attendance.

Every record carries a ``Provenance`` (document, page, offsets, span text, extractor).
The date parser's spans (``DateSpan``, ``DateRangeSpan``, ``TimeSpan``) carry only
offsets into the text they were given: the caller knows the document.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from schemas.provenance import Provenance

PaperKind = Literal["agenda", "minutes", "report", "appendix", "meeting_page", "other"]
MeetingSource = Literal["agenda_header", "report_header", "minutes_heading", "meeting_page"]
Access = Literal["unrestricted", "restricted"]
Attendance = Literal["present", "apologies", "in_attendance"]
ChairRole = Literal["Chair", "Vice-Chair"]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DateSpan(_Record):
    """One calendar date found in a text."""

    start: int = Field(description="Start offset of the printed date in the text searched (plus its base offset).")
    end: int = Field(description="End offset (exclusive) of the printed date.")
    text: str = Field(description="The date as printed.")
    date: dt.date | None = Field(description="The date; null when the year is missing and no reference was given.")
    year_inferred: bool = Field(description="The year was not printed and was chosen from the reference date.")


class DateRangeSpan(_Record):
    """A printed range of days ('17th - 21st November', '25th November to 10th December 2025')."""

    start: int = Field(description="Start offset of the printed range.")
    end: int = Field(description="End offset (exclusive) of the printed range.")
    text: str = Field(description="The range as printed.")
    first: dt.date | None = Field(description="First day of the range; null when its year cannot be told.")
    last: dt.date | None = Field(description="Last day of the range; null when its year cannot be told.")
    year_inferred: bool = Field(description="No year was printed; it was chosen from the reference date.")


class TimeSpan(_Record):
    """A clock time ('10.00 am', '2pm', '14:30')."""

    start: int = Field(description="Start offset of the printed time.")
    end: int = Field(description="End offset (exclusive) of the printed time.")
    text: str = Field(description="The time as printed.")
    time: str = Field(pattern=r"^\d{2}:\d{2}$", description="The time, 24-hour HH:MM.")


class Paper(_Record):
    """One paper of a document: the agenda, a set of minutes, a report or an appendix."""

    kind: PaperKind = Field(
        description="agenda, minutes, report, appendix (a pack paper after a report), meeting_page (a web page"
        " about one meeting) or other (a lone document of none of these kinds)."
    )
    title: str | None = Field(description="Report subject, minutes heading, appendix heading or 'Agenda'.")
    first_page: int | None = Field(description="First printed page number of the paper, when pages are numbered.")
    last_page: int | None = Field(description="Last printed page number of the paper, when pages are numbered.")
    start: int = Field(description="Offset of the paper's first character in the document text.")
    end: int = Field(description="Offset just past the paper's last character in the document text.")
    agenda_item: str | None = Field(description="Number of the agenda item the paper belongs to, when linked.")
    provenance: Provenance = Field(description="Where the paper starts (its first line).")


class MeetingRecord(_Record):
    """A meeting of a body, read from an agenda header, report header, minutes heading or meeting page."""

    body: str = Field(description="The body that met, title case, without an acronym in brackets.")
    date: dt.date | None = Field(description="Date of the meeting; null when the printed date could not be read.")
    date_text: str | None = Field(description="The date as printed, kept when it could not be read.")
    time: str | None = Field(pattern=r"^\d{2}:\d{2}$", description="Start time, 24-hour HH:MM.")
    location: str | None = Field(description="Venue as printed ('Online' for meetings held online).")
    source: MeetingSource = Field(description="Which house-style element the meeting was read from.")
    provenance: Provenance = Field(description="The heading, header line or page title read.")


class FutureMeeting(_Record):
    """A date listed under 'Dates of Future Meetings'."""

    date: dt.date = Field(description="Date of the future meeting.")
    time: str | None = Field(pattern=r"^\d{2}:\d{2}$", description="Start time when printed, 24-hour HH:MM.")
    provenance: Provenance = Field(description="The listed line.")


class AgendaItemRecord(_Record):
    """One item of an agenda."""

    number: str = Field(description="Item number as printed, without 'Item' or a trailing dot ('B2', '5', '3.1').")
    title: str = Field(description="Item title without the page range.")
    pages: list[int] = Field(description="[first, last] printed pages of the item's papers; [] when none are given.")
    access: Access = Field(description="restricted when listed under a restricted or exempt items heading.")
    provenance: Provenance = Field(description="The agenda line.")


class Author(_Record):
    """One author from a By:/Author:/From: line."""

    name: str | None = Field(description="Person's name without honorific or rank; null when only a post is given.")
    printed: str = Field(description="The author entry as printed (one line per author, joined).")
    role: str | None = Field(description="Post held, e.g. 'Head of Community Safety'.")
    organisation: str | None = Field(description="Organisation after the post, e.g. 'KCC'.")


class ReportHeader(_Record):
    """The header block of a report (By:/To:/Classification:/Subject: or Title:/Author:/To:)."""

    title: str = Field(description="The Subject: or Title: line.")
    authors: list[Author] = Field(description="Authors in printed order.")
    to: str | None = Field(description="Body the report is addressed to, without acronym or date.")
    meeting_date: dt.date | None = Field(description="Date of the meeting the report is addressed to.")
    meeting_date_text: str | None = Field(description="Printed date kept when it could not be read.")
    classification: str | None = Field(description="Classification line, e.g. 'For Information'.")
    summary: str | None = Field(description="The Summary paragraph, when printed.")
    provenance: Provenance = Field(description="The whole header block.")


class AttendeeRecord(_Record):
    """A person listed as present, sending apologies, or in attendance."""

    name: str = Field(description="Name as printed, e.g. 'Mr P Webb'.")
    person_key: str = Field(description="Honorific dropped, initials and surname, lowercase, e.g. 'p webb'.")
    role: str | None = Field(description="Bracketed role printed after the name, e.g. 'Chair'.")
    chair: ChairRole | None = Field(description="Chair or Vice-Chair when the role says so.")
    attendance: Attendance = Field(description="present, apologies or in_attendance.")
    provenance: Provenance = Field(description="The name as printed in the list.")


class NamedPerson(_Record):
    """A person named with a role in the text ('Mr Peerbux (Head of Community Safety, KCC)'); not attendance."""

    name: str = Field(description="Name as printed.")
    person_key: str = Field(description="Honorific dropped, initials and surname, lowercase.")
    role: str = Field(description="Role text printed with the name.")
    provenance: Provenance = Field(description="Name and role as printed.")


class DecisionHeader(_Record):
    """The office a decision record's header names: 'OFFICE OF THE POLICE AND CRIME COMMISSIONER' above 'DECISION NOTICE'."""

    office: str = Field(description="The header line naming the office, as printed, its ends stripped.")
    paper_start: int = Field(description="Offset of the first character of the paper whose header it is (papers.text_start).")
    provenance: Provenance = Field(description="The office line.")


class StructureResult(_Record):
    """Everything the structure extractors read from one document."""

    papers: list[Paper] = Field(default_factory=list, description="Papers in document order.")
    meetings: list[MeetingRecord] = Field(default_factory=list, description="Distinct meetings, first seen first.")
    future_meetings: list[FutureMeeting] = Field(default_factory=list, description="Dates of future meetings.")
    agenda_items: list[AgendaItemRecord] = Field(default_factory=list, description="Agenda items in order.")
    report_headers: list[ReportHeader] = Field(default_factory=list, description="One per report header.")
    attendees: list[AttendeeRecord] = Field(default_factory=list, description="Attendance list entries.")
    named_people: list[NamedPerson] = Field(default_factory=list, description="People named with roles.")
