"""People named with a bracketed or comma-set role in running text ('Mr Peerbux (Head of Community
Safety, KCC)'), found with a spaCy Matcher. They do not count as attendance.

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``,
which a change here must bump.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from extractors.proceedings.attendance import NAME, VERSION
from extractors.proceedings.attendance_record import CHAIR as _CHAIR
from extractors.readers.name_posts import ROLE_WORDS as _ROLE_WORDS
from extractors.readers.names import HONORIFICS, looks_like_name, person_key
from extractors.readers.nlp import nlp
from extractors.readers.spans import clean_markup, folded, line_bounds, provenance
from schemas.parsed import ParsedDocument
from schemas.structure import AttendeeRecord, NamedPerson, Paper

if TYPE_CHECKING:
    from spacy.matcher import Matcher

# How far a bracketed role may run past its name's line before its closing bracket.
_MAX_ROLE_CHARS = 600

@lru_cache(maxsize=1)
def _matcher() -> Matcher:
    from spacy.matcher import Matcher

    # Runs of title-case words are bounded: unbounded ('+', '*'), every honorific of a line of thousands of titled
    # names opened a match that ran to the line's end (2,000 names: 2.6 s in the matcher, growing with the square).
    honorifics = sorted({h.lower() for h in HONORIFICS if " " not in h})
    name = [
        {"LOWER": {"IN": honorifics}},
        {"ORTH": ".", "OP": "?"},
        {"IS_TITLE": True, "OP": "{1,6}"},
    ]
    initials_name = [
        {"LOWER": {"IN": honorifics}},
        {"ORTH": ".", "OP": "?"},
        {"IS_UPPER": True, "LENGTH": {"<=": 2}, "OP": "{1,4}"},
        {"IS_TITLE": True},
    ]
    role_in_brackets = [{"ORTH": "("}, {"ORTH": {"NOT_IN": [")", "(", "\n"]}, "OP": "+"}, {"ORTH": ")"}]
    role_after_comma = [
        {"ORTH": ","},
        {"IS_TITLE": True, "OP": "{0,6}"},
        {"LOWER": {"IN": list(_ROLE_WORDS)}},
    ]
    matcher = Matcher(nlp().vocab)
    matcher.add("NAMED_WITH_ROLE", [p + r for p in (name, initials_name) for r in (role_in_brackets, role_after_comma)])
    return matcher


def named_people(document: ParsedDocument, papers: list[Paper], attendees: list[AttendeeRecord]) -> list[NamedPerson]:
    """People named with a role in running text, outside attendance lists.

    Only the lines holding an honorific are tokenised (see ``_honorific_windows``): the
    matcher's patterns open with one, so the rest of a long pack is never handed to spaCy.
    """
    from spacy.util import filter_spans

    text = document.text
    lowered = folded(text)
    listed = [(a.provenance.start, a.provenance.end) for a in attendees]
    found: list[NamedPerson] = []
    for paper in papers:
        for window_start, window_end in _honorific_windows(text, lowered, paper.start, paper.end):
            doc = nlp().make_doc(text[window_start:window_end])
            for span in filter_spans([doc[s:e] for _, s, e in _matcher()(doc)]):
                person = _named_person(document, text, span.start_char + window_start, span.end_char + window_start, listed)
                if person is not None:
                    found.append(person)
    return found


def _named_person(document: ParsedDocument, text: str, start: int, end: int, listed: list[tuple[int, int]]) -> NamedPerson | None:
    if any(s < end and start < e for s, e in listed):
        return None
    printed = " ".join(clean_markup(text[start:end]).split())
    if "(" in printed:
        name, _, role = printed.partition("(")
        role = role.rstrip(")")
    else:
        name, _, role = printed.partition(",")
    name, role = name.strip(), role.strip()
    if not looks_like_name(name) or _CHAIR.fullmatch(role) or not re.search(r"[a-z]", role):
        return None
    return NamedPerson(
        name=name,
        person_key=person_key(name),
        role=role,
        provenance=provenance(document, text, start, end, NAME, VERSION),
    )


@lru_cache(maxsize=2)
def _honorific_word(ignore_case: bool) -> re.Pattern:
    """A one-word honorific; case-sensitive for lower-cased text (re scans that ~3x faster).

    The words, longest first, are grouped by their first letter ('c(?:ouncillors|ouncillor|...)'):
    the same matches, as words with different first letters never match at one place, but re
    tries a dozen branches at each word boundary instead of fifty (named people ~2x faster)."""
    words = sorted({h.lower() for h in HONORIFICS if " " not in h}, key=len, reverse=True)
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    branches = "|".join(re.escape(first) + "(?:" + "|".join(rests) + ")" for first, rests in groups.items())
    return re.compile(r"\b(?:" + branches + r")\b", re.I if ignore_case else 0)


def _honorific_windows(text: str, lowered: str | None, start: int, end: int) -> list[tuple[int, int]]:
    """Merged (start, end) of the lines in ``text[start:end]`` holding an honorific word.

    ``lowered`` is ``spans.folded(text)``, searched instead of ``text`` unless None.

    A window runs from its line's start to its line's end; when a bracket opened on that line
    is not closed there, on to the end of the line that closes it (a role in brackets may
    wrap). Lines are whole tokens' worth of text, so spaCy tokenises a window as it would the
    whole paper.
    """
    windows: list[tuple[int, int]] = []
    for match in _honorific_word(lowered is None).finditer(text if lowered is None else lowered, start, end):
        if windows and match.start() < windows[-1][1]:
            continue
        line_start, line_end = line_bounds(text, match.start())
        window_start, window_end = max(start, line_start), min(end, line_end)
        checked = match.end()
        # A line the window grew to may open a bracket of its own (a second name and role).
        while (opened := text.rfind("(", checked, window_end)) != -1 and text.find(")", opened, window_end) == -1:
            closing = text.find(")", window_end, min(end, window_end + _MAX_ROLE_CHARS))
            if closing == -1:
                break
            checked, window_end = window_end, min(end, line_bounds(text, closing)[1])
        if windows and window_start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(window_end, windows[-1][1]))
        else:
            windows.append((window_start, window_end))
    return windows
