"""Person names as printed in council papers: honorifics and ranks, name shape, a linking key.

The person key drops honorifics, ranks and post-nominals and keeps the initials of the
given names and the surname, lowercase: 'Mr P Webb', 'Peter Webb' and 'Cllr. P. Webb'
all give 'p webb', so one person links across meetings that print the name differently.
"""

from __future__ import annotations

import re

VERSION = "3"

# Longest first so 'Chief Inspector' is taken before 'Chief'. 'Cl' is how 'CI' often reads in extracts.
HONORIFICS = sorted(
    [
        "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady",
        "Baroness", "Baron", "Rev", "Revd", "Reverend", "Canon", "Rt Hon", "The Rt Hon", "Hon",
        "Cllr", "Cllrs", "Councillor", "Councillors", "County Councillor", "Alderman",
        "County Borough Councillor", "County Borough Councillors", "County Cllr", "District Cllr", "District Councillor", "Borough Cllr", "Borough Councillor",
        "Town Councillor", "Parish Councillor", "Mayor", "Deputy Mayor",
        "PC", "DC", "PS", "DS", "Sgt", "Sergeant", "Insp", "Inspector", "DI", "CI", "Cl", "DCI",
        "Chief Inspector", "Supt", "Superintendent", "Ch Supt", "C Supt", "Chief Superintendent", "DCS",
        "Det Supt", "Ch Insp", "Station Manager", "Group Manager", "Watch Manager", "ACC", "DCC", "Chief Constable", "Assistant Chief Constable", "Deputy Chief Constable",
    ],
    key=len,
    reverse=True,
)
_HONORIFIC = re.compile(r"^(?:(?:" + "|".join(re.escape(h) for h in HONORIFICS) + r")\.?\s+)+")
_POST_NOMINALS = re.compile(r"(?:,?\s+(?:OBE|MBE|CBE|KBE|DBE|QPM|KPM|JP|DL|KC|QC|MP|MEP|BEM|PhD|FRSA))+\s*$")
_NAME_WORD = r"(?:[A-Z][a-z]*[''’]?[A-Z]?[a-z]+(?:-[A-Z][a-z]+)*|[A-Z]\.?|[A-Z]{2,3}(?=\s))"
_NAME_SHAPE = re.compile(rf"^{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}$")
# Words that make a capitalised phrase a post, a body or a heading rather than a person.
NOT_NAME_WORDS = frozenset(
    """
    the of and for to in on at with from by an chair chairman chairwoman vice deputy director head officer
    manager lead leader member members council county borough district city partnership committee board
    panel group team service services police fire commissioner chief executive unit authority office
    agenda minutes item items report apologies present attendance topics meeting meetings summary
    update updates business public press none there were no also other officers substitutes
    """.split()
)


def split_honorifics(name: str) -> tuple[str, str]:
    """('Cllr.', 'A. Khan') from 'Cllr. A. Khan'; ('', name) when there is none."""
    match = _HONORIFIC.match(name.strip())
    if not match:
        return "", name.strip()
    return match.group(0).strip(), name.strip()[match.end() :].strip()


def bare_name(name: str) -> str:
    """The name without honorific, rank or post-nominals: 'Cl Lizzie Jones' -> 'Lizzie Jones'."""
    return _POST_NOMINALS.sub("", split_honorifics(name)[1]).strip(" ,")


def looks_like_name(text: str, *, honorific_required: bool = False) -> bool:
    """A person's name: an honorific and a surname, or two to five capitalised words, none a post word."""
    text = " ".join(text.split())
    honorific, rest = split_honorifics(text)
    rest = _POST_NOMINALS.sub("", rest).strip(" ,")
    if not rest or not _NAME_SHAPE.match(rest):
        return False
    words = rest.replace(".", " ").split()
    if any(len(word) > 1 and word.lower() in NOT_NAME_WORDS for word in words):
        return False
    if honorific:
        return True
    return not honorific_required and len(words) >= 2 and any(len(w) > 1 for w in words)


def person_key(name: str) -> str:
    """Initials of the given names and the surname, lowercase: 'Councillor Jane Smith' -> 'j smith'."""
    words = bare_name(name).replace(".", " ").split()
    if not words:
        return ""
    *given, surname = words
    initials: list[str] = []
    for word in given:
        letters = list(word) if word.isupper() and len(word) <= 3 else [word[0]]
        initials.extend(letter.lower() for letter in letters)
    return " ".join([*initials, surname.lower()])
