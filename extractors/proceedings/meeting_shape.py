"""The shape check every meeting passes before it is kept, whichever reader built it.

A body's name is a name: it ends before sentence words. 'Employment Committee The Chairman of Employment
Committee to move that the proceedings of the meeting held on ...' is an agenda item's sentence naming
another meeting, not a heading, so the meeting is dropped. A page heading for the body's meetings ('Audit
Board Meetings') gives the body before 'Meetings' (dropped when no body noun ends it). A paper word after a dash ('Grants Committee –
Minutes') is trimmed. A location is a place: text run on after it (an item's number, 'followed by ...',
a link after the postcode) is cut, and a notice sentence ('There will be a pre-meeting ...') is no place.
A paper's word alone ('Minutes', 'Agenda': a minute's heading over 'The minutes of the meeting held on DATE ...') names
no body, nor does the tail of a heading cut at its start, printed opening on a joining word in lower case ('and District
Council Monthly Meeting' where a mirror cut the page's first line; see ``cut_heading``), but for the kind of local
council it still prints ('and Town Council Monthly Meeting': 'Town Council').
Rules of ``extractors.proceedings.meetings``, under its VERSION.
"""

from __future__ import annotations

import re

from extractors.readers.vocabulary import BODY_NOUN

# Words that start a sentence inside a line that began with a body's name.
_SENTENCE = re.compile(
    r"\s(?:(?:the|its)\s+(?:chair(?:man|person|woman)?|vice[- ]chair(?:man)?|leader|mayor|clerk)\s+(?:of|to|will|shall|is)\b"
    r"|to\s+(?:move|receive|note|consider|approve|agree|confirm|adopt)\b"
    r"|that\s+the\s+(?:proceedings|minutes)\b"
    r"|(?:be|been|being)\s+(?:received|approved|adopted|noted|confirmed|signed)\b"
    r"|(?:is|are|was|were|will|shall|has|have|had)\s+(?:be|been|held|to|not|now|asked|invited|received|approved|agreed)\b)",
    re.I,
)
_SERIES = re.compile(r"\s+meetings\s*$", re.I)
_ENDS_IN_NOUN = re.compile(BODY_NOUN.pattern + r"$", re.I)
_PAPER_TAIL = re.compile(r"\s+[–—:-]\s*(?:draft\s+)?(?:agenda|minutes|notes)(?:\s+pack)?\s*$", re.I)
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
# Text that follows a place on its line: an item's number ('1) Chairman'), 'followed by ...'.
_RUN_ON = re.compile(r"\s+\d{1,2}\)\s+[A-Z]|,?\s+followed\s+by\b", re.I)
_NOTICE = re.compile(r"^there\s+(?:will|is|are|was|were)\b", re.I)
_PAPER_WORD = re.compile(r"^\W*(?:draft\s+)?(?:agenda|minutes|notes|papers?)\W*$", re.I)
_CUT_START = re.compile(r"^\s*(?:and|of|for|&)\s")
_ATTENDANCE_RUN_ON = re.compile(r"\s+(?:present|apologies|in\s+attendance|also\s+present)\s*:.*$", re.I)


def shaped_body(body: str) -> str | None:
    """The body as a name, or None when the text is a sentence, not a name."""
    # An attendance label run on after the name ('Panel Present: Councillor A Lowe' on a flattened page) ends it.
    body = _ATTENDANCE_RUN_ON.sub("", body) if body else body
    if not body or _SENTENCE.search(body) or _PAPER_WORD.match(body):
        return None
    series = _SERIES.search(body)
    if series:
        # A page heading for the body's meetings ('Audit Board Meetings') names the body before 'Meetings'.
        return body[: series.start()] if _ENDS_IN_NOUN.search(body[: series.start()]) else None
    return _PAPER_TAIL.sub("", body).strip() or None


# What a cut heading still names: the kind of council after the joining word ('and Town Council Monthly Meeting').
_CUT_KIND = re.compile(r"^\s*(?:and|of|for|&)\s+(?P<kind>(?:Parish|Town|Community)\s+Council)\b")


def cut_body(body: str) -> str | None:
    """The kind of council a heading cut at its start still prints ('Town Council'), or None: the rest names no body."""
    kind = _CUT_KIND.match(body)
    return kind["kind"] if kind else None


def cut_heading(printed: str) -> bool:
    """The meeting's span as printed opens on a joining word in lower case: the tail of a heading cut at its start."""
    return bool(_CUT_START.match(printed))


def shaped_location(location: str | None) -> str | None:
    """The place, cut before text run on after it; None for a notice sentence."""
    if not location or _NOTICE.match(location):
        return None
    run_on = _RUN_ON.search(location)
    place = location[: run_on.start()] if run_on else location
    postcode = _POSTCODE.search(place)
    if postcode and re.match(r"\s+[–—-]\s+\S", place[postcode.end():]):
        place = place[: postcode.end()]
    return place.strip(" ,;-–—") or None
