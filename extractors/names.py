"""Person names as printed in council papers: honorifics and ranks, name shape, lists of names, a linking key.

Lists print names with commas, semicolons, 'and' or '&', or one after another ('Cllr A (Mayor) Cllr B');
a plural title is shared ('Councillors A and B' are 'Councillor A' and 'Councillor B').
The person key drops honorifics, ranks and post-nominals and keeps the initials of the
given names and the surname, lowercase: 'Mr P Webb', 'Peter Webb' and 'Cllr. P. Webb'
all give 'p webb', so one person links across meetings that print the name differently.
"""

from __future__ import annotations

import re

VERSION = "4"

# Longest first so 'Chief Inspector' is taken before 'Chief'. 'Cl' is how 'CI' often reads in extracts.
HONORIFICS = sorted(
    [
        "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady",
        "Baroness", "Baron", "Rev", "Revd", "Reverend", "The Rev", "The Revd", "The Reverend", "Fr", "Canon",
        "Rt Hon", "The Rt Hon", "Hon", "Deputy", "Alderwoman", "Unitary Cllr", "Unitary Councillor",
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
    town assistant secretary treasurer spokesperson invitee substitute representative
    """.split()
)
HONORIFIC_WORDS = "|".join(re.escape(h) for h in HONORIFICS)
ROLE_DASH = re.compile(r"\s+[-–—]\s+")
PLURAL_TITLE = re.compile(r"^(?P<title>(?:(?:County\s+Borough|County|District|Borough|Town|Parish)\s+)?(?:Councillors|Cllrs\.?))\s+")
_SINGULAR_TITLE = re.compile(r"^(?:Councillor|Cllr\.?)\s")
BULLET = re.compile(r"^\s*(?:[-•*·]|\d+[.)])\s+")
# Where a run-on list of names starts a new one: before an honorific that follows another word, or after ')'.
RUN_ON = re.compile(rf"(?<=\))\s+(?=[A-Z])|(?<=[\w.])\s+(?=(?:{HONORIFIC_WORDS})\.?\s+[A-Z])")


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


# Posts that end a name run on into its role ('Mr W Grosvenor Clerk to the Council'); 'Jane Clerk' alone is a name.
_POSTS_AFTER_NAME = frozenset({"clerk", "chaplain"})


def name_prefix(text: str) -> str:
    """The longest run of words opening ``text`` that is a name with its honorific, else ''.

    'Councillor J Aitman who was representing the Council' -> 'Councillor J Aitman';
    'Mr W Grosvenor Clerk to the Council' -> 'Mr W Grosvenor'; a second honorific ends the name.
    """
    honorific, rest = split_honorifics(" ".join(text.split()))
    if not honorific:
        return ""
    best = ""
    for count, word in enumerate(rest.split(" ")[:8], start=1):
        if count > 1 and (_HONORIFIC.match(f"{word} X") or word.lower() in _POSTS_AFTER_NAME):
            break
        candidate = f"{honorific} {' '.join(rest.split(' ')[:count])}".rstrip(",;:")
        if looks_like_name(candidate, honorific_required=True):
            best = candidate
        elif best:
            break
    return best


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


def split_list(text: str) -> list[str]:
    """Split a list on commas, semicolons and 'and' (line wraps included), never inside brackets."""
    parts, depth, last = [], 0, 0
    for match in re.finditer(r"[(),;]|\s+(?:and|&)\s+", text):
        token = match.group(0)
        if token == "(":
            depth += 1
        elif token == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            parts.append(text[last : match.start()])
            last = match.end()
    parts.append(text[last:])
    return parts


def entry_name(text: str) -> str:
    """The name part of a list entry: bullet, plural honorific, bracketed and dashed role removed."""
    entry = BULLET.sub("", text)
    entry = ROLE_DASH.split(entry, maxsplit=1)[0]
    return PLURAL_TITLE.sub("Councillor ", entry.split("(")[0]).strip(" .,;")


def listed_name(text: str) -> bool:
    """A list line's first entry is a name, or opens with one followed by its role ('Mr W Grosvenor Clerk to ...')."""
    name = entry_name(text)
    if looks_like_name(name):
        return True
    prefix = name_prefix(name)
    return bool(prefix) and name[len(prefix) :].strip()[:1].isupper()


def _starts_name(before: str, after: str) -> bool:
    """A new name may start between ``before`` and ``after``: after a bracket or a capitalised word that is
    no honorific and no part of one ('Ch' of 'Ch Insp')."""
    word = before.split()[-1] if before.split() else ""
    joined = f"{word} {after}"
    return word.endswith(")") or word[:1].isupper() and not split_honorifics(joined)[0] and not PLURAL_TITLE.match(joined)


def run_on_parts(part: str) -> list[tuple[int, str]]:
    """(offset, text) of the names in one list part printed without separators ('Cllr A (Mayor) Cllr B Cllr C').

    A leading run of words before the first honorific is the role of the name before it, not a name
    ('..., Mayor's Chaplain Mr S Kaye'), unless a bracket closes it ('L. Hopkins (remote) R. Bevan').
    """
    cuts = [m.end() for m in RUN_ON.finditer(part) if _starts_name(part[: m.start()], part[m.end() :])]
    if not cuts:
        return [(0, part)]
    cuts = [0, *cuts, len(part)]
    pieces = [(cuts[i], part[cuts[i] : cuts[i + 1]]) for i in range(len(cuts) - 1)]
    lead = pieces[0][1].strip()
    after_bracket = lead.endswith(")")
    if not after_bracket and not split_honorifics(lead)[0] and not PLURAL_TITLE.match(lead) and not ROLE_DASH.search(lead):
        pieces = pieces[1:]
    return pieces


def singular_title(title: str) -> str:
    """'Councillor' for 'Councillors', 'County Cllr' for 'County Cllrs'."""
    return re.sub(r"(Councillor|Cllr)s", r"\1", title)


def shared_titles(text: str, entries: list[tuple[int, int]]) -> list[tuple[str, str]]:
    """(shared plural title, title of the list's first name) for each entry.

    'Councillors A, B and Mr C': 'Councillor' for A and B; an entry with its own title ends the sharing.
    """
    hints, plural = [], ""
    first = text[entries[0][0] : entries[0][1]] if entries else ""
    singular = _SINGULAR_TITLE.match(first)
    for start, end in entries:
        entry = BULLET.sub("", text[start:end])
        shared = PLURAL_TITLE.match(entry)
        if shared:
            plural = singular_title(shared["title"])
        elif split_honorifics(entry)[0] or entry.strip()[:1].islower():
            plural = ""
        hints.append((plural, singular.group(0).strip() if singular else ""))
    return hints
