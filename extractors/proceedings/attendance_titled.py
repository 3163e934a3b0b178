"""A present or apologies list whose title stands alone on the line under the label, each member on a line of their
own after it with their council beside the name (fire and rescue authorities' minutes):

    PRESENT
    Councillor
    A Lowe (Chair) Brookford County Council
    B R Ray Elmside Borough Council

The lone title is every name's title; a name is read only in its initials-then-surname shape (where the council's
words begin is then certain), and a line of another shape ends the list. A line of several such names parted by commas
('J Aldridge, I Block, and G Steady') gives each of them (a town council's members after its civic posts' lines).

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``,
which a change here must bump.
"""

from __future__ import annotations

import re

from extractors.readers.spans import Line

_LONE_TITLE = re.compile(r"^\s*(?P<title>Councillors?|Cllrs?\.?)\s*:?\s*$")
# Initials (a Welsh digraph 'Ll' among them), a surname, an optional bracketed post, then the body's words.
_MEMBER = re.compile(
    r"^\s*(?P<name>(?:(?:[A-Z]|Ll|Ch|Rh|Dd|Ff|Th)\.?\s+){1,3}[A-Z][a-z]*(?:['’][A-Z])?[a-z'’]+(?:-[A-Z][a-z'’]+)?)"
    r"(?:\s*\([^()\n]{1,40}\))?(?:\s+(?P<body>[A-Z][\w&'’,.-]*(?:\s+[\w&'’,.-]+){0,8}))?\s*$"
)
_BODY_END = re.compile(r"\b(?:Council|Authority|Borough|County|Parish)\s*$")
# A line of several members parted by commas ('J Aldridge, I Block, and G Steady,'), as a town council prints the rest
# of its members after the civic posts' lines.
_INITIALLED = r"(?:(?:[A-Z]|Ll|Ch|Rh|Dd|Ff|Th)\.?\s+){1,3}[A-Z][a-z]*(?:['’][A-Z])?[a-z'’]+(?:-[A-Z][a-z'’]+)?"
_COMMA_LINE = re.compile(rf"^\s*{_INITIALLED}(?:\s*,\s*(?:(?:and|&)\s+)?{_INITIALLED}|\s+(?:and|&)\s+{_INITIALLED})+\s*,?\s*$")
_LISTED = re.compile(rf"(?:(?<=^)|(?<=,)|(?<=\sand)|(?<=&))\s*(?P<name>{_INITIALLED})")


def titled_column(region: list[Line], index: int) -> tuple[str, list[tuple[int, int]]] | None:
    """(the shared title, (start, end) of each name) of the list under the label at ``region[index]``, or None
    when the label's next line with text is no lone title or fewer than two member lines follow it."""
    first = next((at for at in range(index + 1, len(region)) if not region[at].is_blank), None)
    if first is None or not (title := _LONE_TITLE.match(region[first].text)):
        return None
    names: list[tuple[int, int]] = []
    # The member lines run on from the title's line; the first blank line after them ends the list.
    for line in region[first + 1 :]:
        if line.is_blank:
            if names:
                break
            continue
        member = _MEMBER.match(line.raw)
        if not member and _COMMA_LINE.match(line.raw):
            names += [(line.start + m.start("name"), line.start + m.end("name")) for m in _LISTED.finditer(line.raw)]
            continue
        if not member or (member.group("body") and not _BODY_END.search(member.group("body"))):
            break
        names.append((line.start + member.start("name"), line.start + member.end("name")))
    singular = "Councillor" if title.group("title").lower().startswith("councillor") else "Cllr"
    return (singular, names) if len(names) >= 2 else None
