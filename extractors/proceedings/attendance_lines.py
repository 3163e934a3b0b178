"""A name alone on its line under an attendance label, for the fallback (``attendance_fallback``).

Tables of members printed as text give one person a line: the name alone ('Cara Sim'), with its post after a
bracket, a dash, a comma or a wide gap ('C E Moss Esq (Chairman)', 'Ann Lowe - Eastby Council'), or glued to it
where the cell's edge was lost in the PDF text ('Ben RayPolice and Crime Commissioner': the last place a lower-case
letter meets a capital after which the words before are still a name). A name without a title must be two or three
name-shaped words (initials then a surname count: 'R D Penn Esq'), none of them a word of a post, a body or
standard business ('Matters Arising'); the fallback keeps such names only where two or more stand in one block. Lines
between the names that hold only a post or a body ('Director of Corporate Services', '-') are read past.

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from extractors.proceedings.attendance_entries import ORG_WORDS
from extractors.readers.name_posts import POST_WORDS, ROLE_WORDS
from extractors.readers.names import BULLET, STAFF_POSTS, TRAILING_POST_NOMINALS, looks_like_name, split_honorifics

# Words of a meeting's standard business: a heading of these is no person ('Matters Arising', 'Date of Next Meeting').
_BUSINESS_WORDS = frozenset(
    """
    matters arising correspondence finance accounts reports date next close welcome introductions questions
    declarations interests interest notes actions action open forum any
    """.split()
)
_BARE_WORD = re.compile(r"(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:['’][a-z]+)?")
_INITIAL = re.compile(r"[A-Z]\.?")
# Where a name's part ends and its post begins on the line.
_POST_EDGE = re.compile(r"\s*\(|\s+[-–—]\s*|\s*,\s*|\t|\s{3,}|\s*\|")
_GLUED = re.compile(r"(?<=[a-z])(?<!\bMc)(?<!\bMac)(?=[A-Z])")
# A line holding only a post or a body: capitalised words and joining words, no digits, no sentence.
_POST_LINE = re.compile(r"^(?:[A-Z][\w'’&./-]*|and|of|the|for|&|in|to|[(),–—-])(?:\s+(?:[A-Z][\w'’&./-]*|and|of|the|for|&|in|to|[(),–—-]|\([^()]{1,40}\)))*$")
_MAX_NAME = 45


class LineName(NamedTuple):
    """A name read from a line: its span, whether a staff post follows it, whether it has a title."""

    start: int
    end: int
    officer: bool
    titled: bool


def untitled_name(name: str) -> bool:
    """``name`` is a person's name without a title: two or three name-shaped words (or initials and a surname)."""
    words = TRAILING_POST_NOMINALS.sub("", name).split()
    if not 2 <= len(words) <= 4 or not _BARE_WORD.fullmatch(words[-1]):
        return False
    if not all(_BARE_WORD.fullmatch(w) or _INITIAL.fullmatch(w) for w in words):
        return False
    if sum(bool(_BARE_WORD.fullmatch(w)) for w in words) > 3:
        return False
    lowered = {w.lower().strip(".") for w in words}
    return not lowered & (POST_WORDS | ORG_WORDS | _BUSINESS_WORDS) and looks_like_name(" ".join(words))


def _person(name: str) -> tuple[bool, bool]:
    """(a name, with a title) of ``name``."""
    if split_honorifics(name)[0]:
        return looks_like_name(TRAILING_POST_NOMINALS.sub("", name)), True
    return untitled_name(name), False


def line_name(raw: str, offset: int) -> LineName | None:
    """The name a line gives alone (with its post after it, or glued to it), else None."""
    bullet = BULLET.match(raw)
    lead = bullet.end() if bullet else len(raw) - len(raw.lstrip())
    text = raw[lead:].rstrip().rstrip(".")
    if not text:
        return None
    found = False
    # A cell's edge lost inside the name's words is read first: 'Sgt. Ann LoweEastby LPT, Police' is Sgt. Ann Lowe.
    for glue in reversed(list(_GLUED.finditer(text, 0, _MAX_NAME))):
        # 'Ann DeVito', 'Bo LeBlanc': a surname's own capital after two letters is no cell's edge.
        if len(re.search(r"[A-Za-z]+$", text[: glue.start()]).group(0)) < 3:
            continue
        found, titled = _person(text[: glue.start()])
        if found:
            name, post = text[: glue.start()], text[glue.start() :]
            break
    if not found:
        edge = _POST_EDGE.search(text)
        name, post = (text[: edge.start()], text[edge.start() :]) if edge else (text, "")
        found, titled = _person(name)
    if not found:
        return None
    return LineName(offset + lead, offset + lead + len(name), _official(post), titled)


# Post words of members, not officials: 'Panel member', 'Elected Chair', 'Deputy Leader'.
_MEMBER_POST = re.compile(r"(?i)\b(?:members?|councillor|chair(?:man|woman|person)?|leader|mayor|resident)\b")


def _official(post: str) -> bool:
    """The post after a name is an official's, not a member's: 'Chief Executive', 'Head of Policy', 'Police and Crime
    Commissioner'."""
    words = set(re.findall(r"[a-z-]+", post.lower()))
    return bool(STAFF_POSTS.search(post) or words & ROLE_WORDS) and not _MEMBER_POST.search(post)


def post_line(text: str) -> bool:
    """A line holding only a post or a body ('Director of Corporate Services', 'Tarnshire Police Authority', '-')."""
    text = text.strip()
    if not re.search(r"[A-Za-z]", text):
        return bool(text) and len(text) <= 3
    return len(text) <= 70 and bool(_POST_LINE.match(text)) and line_name(text, 0) is None
