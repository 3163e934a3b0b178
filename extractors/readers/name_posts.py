"""A name printed with its post or body: 'Ann Lee, Chief Executive', 'Jo Roe, Westshire Police', 'Name, post; Name,
post' lists, 'Ann Lee AL Clinical Chair' (a name, its initials, a post); the words that make a phrase a post, the words
that lead into a list's name, and a group heading inside a list.

Moved from ``names`` (session 29); versioned by ``extractors.readers.names.VERSION`` (no version of its own).
"""

from __future__ import annotations

import re

from extractors.readers.name_lists import entry_name, split_list
from extractors.readers.names import (
    HONORIFIC_WORDS, NOT_NAME_WORDS, PLURAL_TITLE, POSTS_AFTER_NAME, looks_like_name, name_prefix, split_honorifics,
)


# Words that make a phrase after a name its post.
ROLE_WORDS = frozenset((
    "manager", "specialist", "director", "officer", "lead", "head", "chair", "leader", "commissioner",
    "superintendent", "inspector", "coordinator", "co-ordinator", "adviser", "advisor", "analyst",
    "member", "executive", "secretary", "clerk", "solicitor", "consultant", "chief", "deputy", "representative",
    "holder", "commander", "administrator", "assistant", "intern", "trainee",
))
# Words of a post, never a name's: a titled name ends before one ('Councillor A Lowe Leader, ...', 'Mr B Ray Clerk').
POST_WORDS = NOT_NAME_WORDS | ROLE_WORDS | POSTS_AFTER_NAME | {"mayor", "cabinet", "portfolio"}
# 'from officers Ann Lee ...', 'the following officers: Ann Lee', '... and from Mr Ann Lee', '... and also District Councillor
# Lowe', '... and from Honorary Aldermen A and B', '... and from the following Cabinet Member: Councillor A': words that
# lead into a list's name.
LEAD_IN = re.compile(
    rf"^(?:(?:(?:were|was)\s+)?(?:also\s+)?received\s+from\s+(?=[A-Z])|(?:from\s+)?(?:the\s+following\s+)?officers?\s*:?\s+(?=[A-Z])"
    rf"|(?:from\s+)?the\s+following\s+(?:[A-Z][\w-]*\s+){{0,3}}(?:Members?|Councillors?)\s*:\s+(?=[A-Z])|(?:also\s+)?(?:from\s+)?(?=(?:{HONORIFIC_WORDS}|(?:Honorary\s+)?Aldermen)\.?\s+[A-Z])(?<=from\s|also\s))"
)


def name_and_role(text: str) -> bool:
    """A line giving one name and its post after a comma ('Ann Lee, Chief Executive'), no second name."""
    name, comma, rest = text.strip(" |").partition(",")
    if not comma or re.search(r"(?i)\bin\s+the\s+chair\b", rest) or not looks_like_name(entry_name(name)):
        return False
    if any(looks_like_name(entry_name(p)) or name_prefix(p.strip()) for p in split_list(rest)):
        return False
    return bool(set(re.findall(r"[a-z]+", rest.lower())) & ROLE_WORDS)


# The body a member represents, printed after the name's comma ('Councillor A Lee, Northshire Council'); a national
# body named by its service first ('Police Scotland', 'NHS Westshire'); then, after a comma, the body's own division
# ('Jo Roe, Police Scotland, Highland and Islands Division').
_BODY_TAIL = re.compile(
    r"^\s*(?:the\s+)?(?:(?:[A-Z][\w'’.-]*\s+(?:(?:and|of|&|for)\s+(?:the\s+)?)?){1,6}"
    r"(?:Council|Police|Constabulary|Authority|Service|Trust|Board|Partnership|Association|Federation|Agency|Commission)"
    r"|Police\s+Scotland|NHS(?:\s+[A-Z][\w'’-]*){1,3})"
    r"(?:\s*,\s*(?:[A-Z][\w'’.-]*\s+(?:(?:and|of|&|for)\s+(?:the\s+)?)?){1,6}(?:Division|Directorate|Department|Command|Unit|Branch|Region))?\s*$"
)


def name_and_body(text: str) -> bool:
    """A line giving one name and, after a comma, the body it comes from ('Jo Roe, Westshire Police'), no second name."""
    name, comma, rest = text.strip(" |").partition(",")
    return bool(comma) and looks_like_name(entry_name(name)) and not split_honorifics(rest.strip())[0] and bool(_BODY_TAIL.match(rest))


def _lone_post(chunk: str) -> bool:
    """'Ann Lee, Principal Policy Adviser': one name, one comma, then a post of two or more words ending in a post word.
    Not a second name with its own post in brackets ('Cllr A Lee, Rosa Roe (Clerk)': two people)."""
    name, comma, post = chunk.strip(" \n.").partition(",")
    words = re.findall(r"[A-Za-z][\w'’-]*", post)
    return (
        bool(comma) and "," not in post and not re.search(r"\b(?:and)\b|&", post) and not PLURAL_TITLE.match(name.strip())
        and looks_like_name(name.strip()) and len(words) >= 2 and words[-1].lower() in ROLE_WORDS
        and not split_honorifics(post.strip())[0] and not _bracketed_own_post(post)
    )


def _bracketed_own_post(post: str) -> bool:
    """``post`` is a name of no post word followed by a post in brackets ('Rosa Roe (Clerk)')."""
    bare, bracket, _ = post.strip().partition("(")
    return bool(bracket) and looks_like_name(bare.strip()) and not set(bare.lower().split()) & ROLE_WORDS


# A post after a name in a 'Name, post; Name, post' list may be an elected one ('Jo Roe, Ward Councillor').
_ENTRY_POST_WORDS = ROLE_WORDS | {"councillor", "mayor"}


def _and_posted(part: str) -> list[str]:
    """'Bob Roe, Planning Officer and Cal Poe, Housing Manager': the last two entries parted at an 'and' after a post word
    (not a post's 'of X and Y': 'Director of Adults and Health Care, ...') before a name and its comma; else [part]."""
    for match in re.finditer(r"\s+and\s+(?=([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3}),\s*[A-Z])", part):
        before = part[: match.start()]
        if "," in before and before.split()[-1].strip("().,").lower() in ROLE_WORDS and looks_like_name(match[1]) and not set(match[1].lower().split()) & ROLE_WORDS:
            return [before, part[match.end() :]]
    return [part]


def post_entries(chunk: str) -> list[str]:
    """The entries of 'Ann Lee, Chief Executive; Tom Roe, Head of Finance and Assets; and ...' (a post may hold 'and')."""
    parts = [re.sub(r"^\s*and\s+", "", part) for part in chunk.split(";")]
    # Only among entries a semicolon parts: 'A, Head of Housing and B, Manager' alone may be one post's words.
    parts = [piece for part in parts for piece in _and_posted(part)] if len(parts) > 1 else parts
    posts = [part.partition(",") for part in parts]
    if len(parts) == 1 and _lone_post(chunk):
        return parts
    posted = [bool(c and looks_like_name(n) and set(re.findall(r"[a-z]+", p.lower())) & _ENTRY_POST_WORDS) for n, c, p in posts]
    if len(parts) < 2 or sum(posted) < 2:
        return []
    # '...; Tom Roe, Head of Finance; A Lee and B Poe (all Legal)': a part of names alone among them is a list of its own.
    listed = [[part] if is_posted else split_list(part) for part, is_posted in zip(parts, posted)]
    if not all(is_posted or all(looks_like_name(entry_name(name)) for name in names) for names, is_posted in zip(listed, posted)):
        return []
    return [entry for names in listed for entry in names]


def initials_of(name: str, letters: str) -> bool:
    """``letters`` ('JG', 'AWr') are the initials of ``name`` ('J Green', 'A.Wragg'). The letters are checked first:
    callers pass all the text before a word as ``name``, and reading its words for every word of a long line was
    quadratic."""
    if not re.fullmatch(r"[A-Z]{2}[A-Za-z]{0,2}", letters):
        return False
    words = re.findall(r"[A-Za-z][\w'’-]*", split_honorifics(name)[1])
    capitals = "".join(c for c in letters if c.isupper())
    return capitals == "".join(w[0] for w in words).upper()


# A group heading inside a one-per-line list ('Members of the Eastby Combined Authority', 'Deputy Portfolio Holders').
_GROUP_HEADING = re.compile(
    r"^\W*(?:[A-Z][\w'’-]*\s+){0,3}(?:Members|Holders|Advis[oe]rs|Representatives)(?:\s+(?:of|for)(?:\s+(?:of|the|and|for|[A-Z][\w'’-]*)){1,6})?\W*$"
)


def group_heading(text: str) -> bool:
    """A line that heads a group of names in a list ('Co-opted Members', 'Members of the Eastby Board')."""
    return bool(_GROUP_HEADING.match(text))


def initials_split(text: str) -> tuple[str, str] | None:
    """(name, post) of 'Ann Lee AL Clinical Chair': a name, its initials and then its post, else None."""
    for match in re.finditer(r"\s([A-Z]{2,3}[a-z]{0,2})\s+(?=[A-Z])", text):
        name = text[: match.start()].strip()
        if looks_like_name(name) and initials_of(name, match.group(1)):
            return name, text[match.end() :].strip()
    return None
