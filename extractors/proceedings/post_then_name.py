"""Names printed straight after the post of the name before them in a run-on officers' list.

PDF minutes run 'Officers Present' lists together with no separator between one entry's post and the
next entry's name: 'A Corrigan, Strategic Development Service Manager Chris Easton, Borough Solicitor
Jo Turvey, ...'. Split on commas, a part reads 'Post words ... Manager Chris Easton': the post ends in a
post word and the name is the two or three capitalised words after it.
"""

from __future__ import annotations

import re

from extractors.readers.names import ROLE_DASH, ROLE_WORDS, looks_like_name, split_honorifics

_WORD = re.compile(r"[A-Za-z&][\w'’-]*")
# Words of a post or an organisation, never of a person's name here.
_NOT_NAME = ROLE_WORDS | {
    "council", "services", "service", "development", "planning", "borough", "county", "district", "management",
    "policy", "team", "group", "board", "committee", "housing", "finance", "legal", "democratic", "case", "senior",
    "principal", "assistant", "present", "officers", "members", "authority", "police", "highways", "strategic",
}
_NAME_WORD = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
_CONNECTORS = {"of", "and", "for", "the", "&", "to"}


def _post_shaped(words: list[str]) -> bool:
    """Two or more capitalised words (and connectors) that end in a post word: 'Head of Legal Services Officer'."""
    return (
        len(words) >= 2 and words[0][:1].isupper() and words[-1].lower() in ROLE_WORDS
        and all(word[:1].isupper() or word.lower() in _CONNECTORS for word in words)
    )


def post_then_name(part: str) -> list[tuple[int, str]]:
    """[(offset, name)] of the name after a post in ``part`` ('Borough Solicitor Jo Turvey'), else []."""
    if split_honorifics(part.strip())[0] or part.rstrip()[-1:] in ")" or ROLE_DASH.search(part):
        return []
    words = list(_WORD.finditer(part))
    for size in (2, 3):
        name, post = words[-size:], [w.group(0) for w in words[:-size]]
        if len(words) <= size or not _post_shaped(post):
            continue
        text = part[name[0].start() : name[-1].end()]
        if all(re.fullmatch(_NAME_WORD, w.group(0)) and w.group(0).lower() not in _NOT_NAME for w in name) and looks_like_name(text):
            return [(name[0].start(), text)]
    return []


# A line of a list opening with a label of its own ('Co-opted Members: Mr A Roe', 'Absent: Cllr B Poe').
_SUB_LABEL = re.compile(r"\n[ \t]*(?=[A-Z][\w'’-]*(?:[ \t-]+[A-Za-z][\w'’-]*){0,4}[ \t]*:\s)")
_ABSENT = re.compile(r"(?i)absent\b")
_COLON_POST = re.compile(r"^(?P<post>[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,4})\s*:\s+(?P<name>\S.*)$")


def colon_post(entry: str) -> tuple[str, str] | None:
    """(name, post) of a 'Post: Name' entry ('Ward Councillor: Jo Roe', 'Parish Clerk: Al Fry'), else None."""
    match = _COLON_POST.match(entry.strip())
    if match is None or _ABSENT.match(match["post"]) or looks_like_name(entry.strip()) or not looks_like_name(match["name"].strip(" .,;")):
        return None
    return match["name"].strip(" .,;"), match["post"]


def sub_labelled(part: str) -> list[str]:
    """``part`` cut before each of its lines that opens with a label ('Carl Ince\\nCo-opted Members: Mr A Roe'
    -> ['Carl Ince', 'Co-opted Members: Mr A Roe']), so a list's last name does not run into the next list;
    from an 'Absent:' line on, nothing."""
    pieces = [piece for piece in _SUB_LABEL.split(part) if piece.strip()]
    # Those listed as absent ('Absent: Cllr B Poe') are neither present nor apologies.
    absent = next((index for index, piece in enumerate(pieces) if index and _ABSENT.match(piece)), len(pieces))
    return pieces[:absent]
