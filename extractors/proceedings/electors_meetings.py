"""The body of a parish's or town's electors' meeting: the Annual Parish Meeting, not the council's own meeting.

A heading names it in several ways: 'Minutes of the Annual Parish Meeting', '... of the Annual Meeting of the Parish',
'... of Parish Meeting', '... of the 40th Annual Assembly of the Parish Meeting', '... of the Eastmere Parish Meeting'.
Its body is the parish meeting's own name when printed with its place ('Eastmere Parish Meeting'); else the parish or
town council's name on the heading line above (the council convenes and minutes it); else the occasion in its usual
form, 'Annual Parish Meeting' or 'Parish Meeting' (never the bare 'Parish' the words before 'Meeting' would give).
Rules of ``extractors.proceedings.meetings``, under its VERSION.
"""

from __future__ import annotations

import re

_KIND = r"(?P<kind>parish|town|village|community)"
_ELECTORS = re.compile(
    r"^(?:the\s+)?(?:(?:\d+(?:st|nd|rd|th)\s+)?(?P<annual>annual)\s+)?(?:(?:assembly|meeting)\s+of\s+the\s+)?"
    r"(?:(?:special|extra[- ]?ordinary|ordinary|emergency)\s+)?"
    rf"(?P<place>(?:[A-Z][\w'’.-]*\s+(?:(?:&|and|with|on|in|upon|next|the|le|by)\s+)*)*?){_KIND}\s+(?P<noun>meeting|assembly)$"
    rf"|^(?:the\s+)?(?P<annual2>annual\s+)?(?:assembly|meeting)\s+of\s+the\s+{_KIND.replace('kind', 'kind2')}$",
    re.I,
)
# A local council or a parish meeting named on the line above: 'Eastmere Parish Council', 'EASTMERE TOWN COUNCIL'.
_LOCAL_BODY = re.compile(r"^[A-Z][\w'’&.,() -]{1,80}?\s(?:parish|town|community|village)\s+(?:council|meeting)$", re.I)


# A minutes heading's words around the meeting's name: 'Draft Minutes of the ', ' held in the Village Hall on ...'.
_HEADING_LEAD = re.compile(r"^\W*(?:(?:draft|approved|confirmed|unconfirmed)\s+)?(?:minutes?|notes)\s+(?:of|for)\s+(?:(?:the|an?)\s+)?", re.I)
_HEADING_TAIL = re.compile(r"\s*,?\s+held\b.*$", re.I | re.S)


def heading_phrase(heading: str) -> str:
    """The words naming the meeting in a minutes heading: 'Minutes of the Annual Meeting of the Parish held ...' ->
    'Annual Meeting of the Parish'."""
    return _HEADING_TAIL.sub("", _HEADING_LEAD.sub("", heading))


def electors_meeting(phrase: str) -> str | None:
    """The electors' meeting a heading's words name ('Annual Parish Meeting', 'Parish Meeting', 'Eastmere Parish
    Meeting'), or None for any other body."""
    found = _ELECTORS.match(" ".join(phrase.strip(" ,.;:–—-").split()))
    if found is None:
        return None
    kind = (found["kind"] or found["kind2"]).title()
    place = (found["place"] or "").strip() if found["kind"] else ""
    if place and not found["annual"]:
        return f"{place} {kind} Meeting" if not place.isupper() else f"{place.title()} {kind} Meeting"
    return f"Annual {kind} Meeting" if found["annual"] or found["annual2"] else f"{kind} Meeting"


def electors_body(phrase: str, above: str | None) -> str | None:
    """The body of the electors' meeting ``phrase`` names under the heading line ``above`` (see the module docstring),
    or None when ``phrase`` names no electors' meeting."""
    meeting = electors_meeting(phrase)
    if meeting is None:
        return None
    if meeting.startswith(("Annual ", "Parish ", "Town ", "Village ", "Community ")) and above:
        local = " ".join(above.strip(" ,.;:–—-").split())
        if _LOCAL_BODY.match(local):
            return local.title() if local.isupper() else local
    return meeting
