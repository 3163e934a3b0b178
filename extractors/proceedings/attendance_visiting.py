"""Councillors of another council in a present list: in attendance, not members.

A parish or community council's minutes may list, among their members, the councillors of the council above who
came to report ('Ann Lowe (AL) Eastshire Councillor', 'B Ray (County Councillor)'). Such an entry's post is a
council's name or a tier ('County', 'District', 'Tarnside') before 'Councillor'. It makes the person in attendance
only when printed without a councillor's title (in a list of 'Cllr' members, 'Cllr A Lowe  County Councillor' sits
on both councils: a member) and where most of the same list carry no such post (a joint committee whose every member
is printed with their council is left as it is). A name printed with its council's initials before the title ('WDC Cllr
A Lowe', 'E.D.Councillor B Ray') is another council's councillor too. A post naming the meeting's own kind of council or a
party ('Parish Councillor', 'Independent Councillor') is a member's.

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``, which a change
here must bump.
"""

from __future__ import annotations

import re

from extractors.readers.names import COUNCIL_INITIALS_TITLE, COUNCILLOR_TITLES
from schemas.structure import AttendeeRecord

# The words before 'Councillor' of a member's own post, a party's or a rank's: no other council.
_MEMBER_QUALIFIERS = frozenset(
    """
    parish town community city deputy lead senior co-opted coopted elected appointed ordinary new former independent
    labour conservative liberal democrat green plaid reform ukip snp alliance youth junior cabinet executive portfolio
    opposition group chair vice substitute local
    """.split()
)
_TITLED = re.compile(rf"(?:{'|'.join(sorted(COUNCILLOR_TITLES, key=len, reverse=True))})\b", re.I)
_OTHER_COUNCIL = re.compile(r"(?:the\s+)?(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s+(?:Councillor|Cllr\.?)")


def other_councils_councillor(role: str | None) -> bool:
    """``role`` is a councillor's post of another council ('Eastshire Councillor', 'County Councillor')."""
    match = _OTHER_COUNCIL.fullmatch((role or "").strip(" .,;"))
    if not match:
        return False
    return not {word.lower() for word in re.split(r"[ -]", match["place"])} & _MEMBER_QUALIFIERS


def visiting_councillors(found: list[AttendeeRecord]) -> list[AttendeeRecord]:
    """``found`` with the present entries printed without a councillor's title that carry another council's councillor
    post in attendance, where fewer than half the present entries carry one."""
    present = [record for record in found if record.attendance == "present"]
    visiting = [
        record for record in present
        if other_councils_councillor(record.role) and not _TITLED.match(record.name) or COUNCIL_INITIALS_TITLE.match(record.name)
    ]
    if not visiting or 2 * len(visiting) >= len(present):
        return found
    return [record.model_copy(update={"attendance": "in_attendance"}) if any(record is v for v in visiting) else record
            for record in found]
