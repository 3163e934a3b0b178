"""A parish's present list printed as posts, each before a dash and its holders: under a 'Present:' label (perhaps
numbered as a minute, '204. Present:') lines such as 'Chairman – A.B Lowe (Ann), Vice Chairman – C. Ray (Cy)' and
'Parish Councillors – D Finn (Di), E. Hart (Ed) F Moss (Flo)', each name perhaps followed by its forename in brackets
(left out of the name). A plural of members ('Councillors', 'Parish Councillors', 'Members') gives no role; a chair's
or mayor's post is the member's role; a clerk's or officer's post, or a councillor's post of another council ('County
Councillor for Eastby', 'City Councillor'), is in attendance with the post as role. A post of none of these kinds
leaves its line unread. The list ends at a blank line, a numbered line or a line that is not a post's.

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``,
which a change here must bump.
"""

from __future__ import annotations

import re

from extractors.readers.names import looks_like_name
from extractors.readers.spans import lines
from schemas.structure import Attendance

_LABEL = re.compile(r"^[ \t]*(?:\d{1,5}\.?[ \t]+)?(?:members[ \t]+)?present[ \t]*:?[ \t]*$", re.I)
# 'Post – names' up to the next 'Post –' on the line.
_GROUP = re.compile(r"(?P<post>[A-Z][A-Za-z'’ ]{2,90}?)[ \t]+[–—-][ \t]+(?P<names>.+?)(?=,[ \t]*[A-Z][A-Za-z'’ ]{2,90}?[ \t]+[–—-][ \t]|[ \t]*$)")
_MEMBERS = re.compile(r"(?:(?:parish|town|community)[ \t]+)?(?:councillors|cllrs|members)", re.I)
_CHAIR = re.compile(r"(?:(?:vice|deputy)[ \t-]*)?(?:chair(?:man|woman|person)?|mayor)", re.I)
_OFFICER = re.compile(r"(?:(?:deputy|assistant|locum|parish|town)[ \t]+)?(?:clerk|responsible[ \t]+financial[ \t]+officer|rfo)", re.I)
_OTHER_COUNCILLOR = re.compile(r".*\b(?:county|city|district|borough|unitary|ward)[ \t]+councillor\b.*", re.I)
# One name, its forename perhaps in brackets after it: 'J. Ferguson (Jim)'.
# A name with its bracket may be followed by the next name with no comma ('E. Hart (Ed) F Moss (Flo)').
_NAME = re.compile(
    r"(?P<name>[A-Z][\w.'’ -]*?[\w'’])(?:[ \t]*\([A-Z][a-z'’-]+\)(?=[ \t]*,|[ \t]+[A-Z]|[ \t]*$)|(?=[ \t]*,|[ \t]*$))"
)


def _kind(post: str) -> tuple[Attendance, str | None] | None:
    """The attendance and role a post gives its holders, or None for a post of no known kind."""
    post = " ".join(post.split())
    if _MEMBERS.fullmatch(post):
        return "present", None
    if _CHAIR.fullmatch(post):
        return "present", post
    if _OFFICER.fullmatch(post) or _OTHER_COUNCILLOR.fullmatch(post):
        return "in_attendance", post
    return None


def post_groups(text: str, start: int, end: int) -> list[tuple[Attendance, int, int, str | None]]:
    """(attendance, name start, name end, role) of each holder of every post-led present list in ``text[start:end]``."""
    found: list[tuple[Attendance, int, int, str | None]] = []
    region = lines(text, start, end)
    for index, label in enumerate(region):
        if not _LABEL.match(label.raw):
            continue
        for line in region[index + 1 :]:
            groups = list(_GROUP.finditer(line.raw))
            if line.is_blank or not groups or groups[0].start() != len(line.raw) - len(line.raw.lstrip()):
                break
            for group in groups:
                kind = _kind(group["post"])
                if kind is None:
                    continue
                base = line.start + group.start("names")
                for name in _NAME.finditer(group["names"]):
                    if looks_like_name(name["name"]):
                        found.append((kind[0], base + name.start("name"), base + name.end("name"), kind[1]))
    return found
