"""Titles a list's names share: a plural 'Councillors A, B and C', a group heading line ('BAILIES',
'Councillors') above one name a line, and a courtesy title inside a shared list ('Councillors A, Mrs B').

Part of the names reader: a change here must bump ``names.VERSION``.
"""

from __future__ import annotations

import re

from extractors.readers.name_lists import singular_title
from extractors.readers.names import _PARTICLE, BULLET, PLURAL_LINE, PLURAL_TITLE, split_honorifics

_SINGULAR_TITLE = re.compile(r"^(?:Councillor|Cllr\.?)\s")

def shared_titles(text: str, entries: list[tuple[int, int]]) -> list[tuple[str, str, bool]]:
    """(shared plural title, the 'Councillor' title of the last titled name before it, the entry's courtesy
    title is its own under the plural: ``courtesy_under``) for each entry.

    'Councillors A, B and Mr C': 'Councillor' for A and B; an entry with its own title ends the sharing, but for
    'Councillors A, Mrs B and C' (a woman's courtesy title among members printed bare) it goes on.
    'the Mayor, Councillor A, B and C': a lone surname after 'Councillor A' takes 'Councillor'.
    """
    hints, plural, singular, previous = [], "", "", None
    for start, end in entries:
        entry = BULLET.sub("", text[start:end])
        shared = PLURAL_TITLE.match(entry)
        if shared:
            plural = singular_title(shared["title"])
        own = not shared and courtesy_under(plural, entry, text[previous:start] if previous is not None else "")
        # A lower-case word ends the sharing ('and the clerk'), not a surname's particle ('Councillors A, de B').
        lower = entry.strip()[:1].islower() and not re.match(rf"{_PARTICLE}\s+[A-Z]", entry.strip())
        if not shared and not own and (split_honorifics(entry)[0] or lower):
            plural = ""
        previous = end
        if split_honorifics(entry)[0]:
            titled = _SINGULAR_TITLE.match(entry.strip())
            singular = titled.group(0).strip() if titled else ""
        hints.append((plural, singular, own))
    return hints


# A member's own title inside a shared list: a courtesy title, 'Dr', or a knight's, peer's, professor's or cleric's
# ('Sir', 'Dame', 'Lord', 'Lady', 'Professor', 'Revd', 'the Hon'; Scottish minutes print 'THE Hon').
_COURTESY = re.compile(
    r"(?:Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Professor|Prof|Revd|Rev|(?:(?:the|The|THE)\s+)?(?:Rt\.?\s+)?Hon)\.?\s+(?=[A-Z])"
)
# An entry that is no councillor: a clerk, an officer or a co-opted member.
_NOT_MEMBER = re.compile(r"(?i)\b(?:clerk|officer|co-?opted|independent|secretary|treasurer|rfo)\b")


def courtesy_under(plural: str, entry: str, gap: str) -> bool:
    """'Councillors A Lowe, Mrs B Ray and C Sim': a woman's courtesy title (or 'Dr', 'Sir', 'the Hon' ...) inside a
    shared 'Councillors' list is the member's own ('Councillor Mrs B Ray') and the names after it still share the
    plural; not 'Mr'
    (members printed bare, a 'Mr' is often co-opted), not after a new 'from'/'also' in the list, nor for a clerk,
    an officer or a co-opted member."""
    return (
        bool(re.fullmatch(r"(?:(?:County|District|Borough|Town|Parish)\s+)?(?:Councillor|Cllr\.?)", plural))
        and bool(_COURTESY.match(entry.strip())) and not _NOT_MEMBER.search(entry)
        and not re.search(r"(?i)\b(?:from|also|with)\b|[.;:]", gap)
    )


def heading_titles(text: str, entries: list[tuple[int, int]], start: int | None = None) -> list[tuple[str, str, bool]]:
    """``shared_titles`` of the entries; under a group heading line ('BAILIES', 'Councillors') a name
    without a title of its own takes the heading's ('Bailie Willie SAWERS'). ``start``: where the list
    opens (after its label), so a heading line above the first name of a one-name-a-line list counts too."""
    hints, heading = [], ""
    one_a_line = all("\n" in text[a[1] : b[0]] for a, b in zip(entries, entries[1:]))
    previous = start if start is not None and entries and start <= entries[0][0] and one_a_line else entries[0][0] if entries else 0
    for (start, end), (plural, singular, own) in zip(entries, shared_titles(text, entries)):
        for line in text[previous:start].splitlines():
            match = PLURAL_LINE.match(line)
            heading = singular_title(" ".join(match["title"].split())) if match else heading
        hints.append((plural or heading, singular, own))
        previous = end
    return hints
