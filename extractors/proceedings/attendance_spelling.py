"""Attendance labels misspelt as minutes often print them, read as spelt ('IN ATTENDENCE', 'Appologies', 'Apoligies').

Each misspelling is replaced by the word it stands for, one character for one (a doubled letter gives a space before
the word: 'Appologies' reads ' Apologies'), case kept, so every span stays where it was printed and no name changes.

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``, which a change here
must bump.
"""

from __future__ import annotations

import re

_ATTENDENCE = re.compile(r"(?<=\b[Aa][Tt][Tt][Ee][Nn][Dd])[Ee](?=[Nn][Cc][Ee]\b)")
# 'appologies', 'apoligies', 'appoligies', 'apologys': the letters of 'apologies' in another order or doubled.
_APOLOGIES = re.compile(r"\b[Aa](?:[Pp][Pp][Oo][Ll][OoIi]|[Pp][Oo][Ll][Ii])[Gg](?:[Ii][Ee][Ss]|[Yy])\b")


def _apologies(match: re.Match) -> str:
    word = match.group(0)
    spelt = "apologies" if word[-1] in "sS" else "apology"
    spelt = spelt.upper() if word[1:].isupper() else word[0] + spelt[1:]
    return " " * (len(word) - len(spelt)) + spelt


def spelt_labels(text: str) -> str:
    """``text`` with misspelt attendance words read as spelt (same length)."""
    text = _ATTENDENCE.sub(lambda m: "A" if m.group(0) == "E" else "a", text)
    return _APOLOGIES.sub(_apologies, text)
