"""Project names made comparable, for linking project mentions (``pipeline.canonical``): acronyms
spelt out, articles and status flags dropped, and fuzzy scores between sets of names."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterable

from rapidfuzz import fuzz

_WORD = re.compile(r"[a-z0-9]+")
_ACRONYM_AFTER = re.compile(r"\(([A-Z]{2,6})\)")
_ARTICLES = frozenset({"a", "an", "the"})
_SMALL = frozenset({"and", "of", "the", "in", "for", "to", "on", "a", "an", "with"})


def acronyms(names: Iterable[str]) -> dict[str, str]:
    """'Violence Against Women and Girls (VAWG)' -> {'vawg': 'violence against women and girls'}:
    an acronym in brackets whose letters are the initials of the words before it."""
    found: dict[str, str] = {}
    for name in names:
        for match in _ACRONYM_AFTER.finditer(name):
            letters = match.group(1).lower()
            words = _WORD.findall(name[: match.start()].lower().replace("&", " and "))
            kept = [w for w in words if w not in _SMALL]
            if len(kept) >= len(letters) and "".join(w[0] for w in kept[-len(letters) :]) == letters:
                first = kept[-len(letters)]
                start = len(words) - 1 - words[::-1].index(first)
                found.setdefault(letters, " ".join(words[start:]))
    return found


def name_key(name: str, expansions: dict[str, str] | None = None) -> str:
    """Comparable form of a name: lower case, '&' as 'and', punctuation and a leading article
    dropped, a status flag ('WITHDRAWN:') dropped, acronyms expanded (a bracketed acronym that
    repeats the words before it is dropped)."""
    expansions = expansions or {}
    text = re.sub(r"^\W*[A-Z][A-Z ]{3,}:\s*", "", name)
    text = _ACRONYM_AFTER.sub(lambda m: "" if m.group(1).lower() in expansions else m.group(0), text)
    words = _WORD.findall(text.lower().replace("&", " and "))
    while words and words[0] in _ARTICLES:
        words = words[1:]
    return " ".join(expansions.get(word, word) for word in words)


def name_score(left: Iterable[str], right: Iterable[str]) -> float:
    """Best rapidfuzz token_sort_ratio between two sets of normalised names."""
    return max((fuzz.token_sort_ratio(a, b) for a in left for b in right), default=0.0)


def amounts_agree(a: Decimal | None, b: Decimal | None) -> bool:
    if a is None or b is None:
        return False
    return abs(a - b) <= max(Decimal(1), max(abs(a), abs(b)) / 100)
