"""The meetings every reader found, put in order (for ``meetings.extract_meetings``): each through one shape check, a body
named only by its kind named in full from the heading above, and one meeting per body and date, details merged in
document order. Versioned by ``extractors.proceedings.meetings.VERSION``.
"""

from __future__ import annotations

import re

from extractors.proceedings.meeting_bodies import body_key as _body_key, is_generic, is_service_kind, named_above
from extractors.proceedings.meeting_shape import cut_body, cut_heading, shaped_body, shaped_location
from schemas.structure import MeetingRecord


def one_per_meeting(meetings: list[MeetingRecord]) -> list[MeetingRecord]:
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


def shaped(meetings: list[MeetingRecord]) -> list[MeetingRecord]:
    """Every reader's meetings through one shape check (see ``meeting_shape``): a body that is a name, a place."""
    kept = []
    for meeting in meetings:
        body = shaped_body(meeting.body)
        if body and cut_heading(meeting.provenance.text):
            body = cut_body(body)
        if body:
            kept.append(meeting.model_copy(update={"body": body, "location": shaped_location(meeting.location)}))
    return kept


def named_in_full(text: str, meeting: MeetingRecord) -> MeetingRecord:
    """A body named only by its kind ('Council') takes the organisation's name from the heading block above
    (see ``meeting_bodies.named_above``), read to the first line printing the kind's noun; so does one named by its
    service ('Fire Authority' under 'NORTHSHIRE FIRE AND RESCUE AUTHORITY'). A meeting page's 'Full Council' heading
    over its date is the name the page gives the meeting (above it, the site's contact block names the council)."""
    if not is_generic(meeting.body) and not is_service_kind(meeting.body):
        return meeting
    if meeting.source == "meeting_page" and meeting.body.lower().split()[0] == "full":
        return meeting
    start = meeting.provenance.start
    noun = re.compile(r"\b" + meeting.body.split()[-1] + r"\b", re.I).search(text, start, start + 400)
    end = text.find("\n", noun.end()) if noun else -1
    named = named_above(text, max(0, start - 600), end if end > 0 else start, meeting.body)
    return meeting.model_copy(update={"body": named}) if named else meeting
