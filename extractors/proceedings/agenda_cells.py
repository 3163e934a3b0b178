"""Item cells whose title runs on into what the page prints beside it (for ``agenda_pages`` and ``agenda_lines``).

- A title in capitals run on into its description in mixed case, in one cell or one line ('QUESTIONS Questions submitted
  under Standing Orders will be published.', 'BUDGET 2026/27 Report by the Director of Finance.'): the title is the
  capitals. The description must read as one (a verb, or 'Report by ...'), so 'COVID-19 Recovery Plan' stays whole.
- A lettered row under a numbered one in an item table ('3 | MINUTES' over '(a) | Minute of the Council ...; View Papers'):
  sub-item '3a', titled up to its first ';' (what follows is a note or the link).
- A line marked '(i)' or '(a)' in the item cell of a row printed without its number ('Chief Executive's Communications'
  over '(i)  Apologies for Absence', '(ii)  Other Communications'): sub-item 'i', then 'ii' (the mark is its number).

Versioned by ``extractors.proceedings.agenda.VERSION``.
"""

from __future__ import annotations

import re

from extractors.proceedings.agenda_rows import FINITE

# A word of a heading in capitals: letters, digits and the marks titles print ('BY-ELECTION:', '2026/27', '&', '-').
_CAPS_TOKEN = r"(?:[A-Z0-9][A-Z0-9'’&,/:().-]*|[&–-])"
_CAPS_THEN_MIXED = re.compile(rf"^(?P<head>{_CAPS_TOKEN}(?:[ \t]+{_CAPS_TOKEN})*)[ \t]+(?P<tail>[A-Z][a-z].*)$")
_MIN_CAPS_LETTERS = 5
# What reads as a description: a verb, or a report's author ('Report by the Chief Executive', 'Joint report of ...').
_DESCRIPTION = re.compile(
    rf"{FINITE.pattern}|\b(?:should|must|may|can|shall|submitted|attached|circulated)\b|^(?:joint\s+)?reports?\s+(?:by|of|from)\b",
    re.I,
)
_LETTERED_CELL = re.compile(r"^\s*(?:\|\s*)?\((?P<letter>[a-z])\)\s*\|\s*(?P<title>\S.*?)\s*$")


def capitals_head(title: str) -> str:
    """``title`` cut to its words in capitals when a description in mixed case runs on after them (see the module
    docstring); else ``title`` unchanged."""
    found = _CAPS_THEN_MIXED.match(title)
    if found is None or found["head"].split()[-1] in ("A", "I"):
        return title
    letters = sum(c.isupper() for c in found["head"])
    if letters < _MIN_CAPS_LETTERS or not _DESCRIPTION.search(found["tail"]):
        return title
    return found["head"].rstrip(" ,:;-–")


def lettered_cell(text: str) -> tuple[str, str] | None:
    """(letter, title cell) of a table row lettered '(a) |' (see the module docstring; ``agenda_runs.lettered_number``
    gives its number under the row above), or None."""
    found = _LETTERED_CELL.match(text)
    return (found["letter"], re.split(r";(?:\s|$)", found["title"], maxsplit=1)[0]) if found else None


# A row's number printed after its title on a page whose number column is empty: 'Minutes (Agenda item 4)'.
_NUMBER_AFTER = re.compile(r"^(?P<title>\S.*?)\s*\(\s*(?:agenda\s+)?item\s+(?:no\.?\s*)?(?P<number>\d{1,3}[a-z]?(?:\.\d{1,2})?)\s*\)$", re.I)
# The minutes' first sentence in a row's place: a member's title, a name and a verb ('Cllr Lowe opened the meeting',
# 'The Leader of the Council reported ...'), or a passive sentence with its 'by'.
_MEMBER_SENTENCE = re.compile(
    r"^(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|The\s+(?:Chair(?:man|person)?|Mayor|Leader))\.?(?:\s+[A-Z][\w'’.-]*){0,3}"
    r"(?:\s+of\s+the\s+[A-Z][\w'’-]*)?\s+"
    r"(?:[a-z]+ed|was|were|is|gave|took|made|said)\b"
    # Or a passive sentence naming who did it: 'Prayers were offered by the Chaplain', 'Prayers were led by ...'.
    r"|^[A-Z][a-z]+(?:\s+[a-z]+){0,2}\s+(?:was|were)\s+(?:[a-z]+ed|[a-z]+en|said|led|read)\s+by\b"
)


def number_after(title: str) -> tuple[str, str]:
    """(number, title) of a row title ending in its number ('Minutes (Agenda item 4)' -> ('4', 'Minutes')); else
    ('', ``title``)."""
    found = _NUMBER_AFTER.match(title)
    return (found["number"], found["title"]) if found else ("", title)


def member_sentence(text: str) -> bool:
    """``text`` is a sentence of the minutes about a member, no row title (see ``_MEMBER_SENTENCE``)."""
    return bool(_MEMBER_SENTENCE.match(text))


_MARKED_LINE = re.compile(r"^\s*\((?P<mark>[a-z]|[ivx]{2,4})\)\s+(?P<title>[A-Z].*?)\s*$")
_SERIES = (tuple("abcdefghij"), ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"))
_MAX_MARKED_WORDS = 12


def marked_sub(text: str, last: str | None) -> tuple[str, str] | None:
    """(mark, title) of a line marked '(i)' or '(a)' under an unnumbered row (``last`` is ''), or under the sub-item
    marked just before it in the same series (``last`` is 'i' for '(ii)'); a title that is no sentence. Else None."""
    marked = _MARKED_LINE.match(text)
    if marked is None or last is None or marked["title"].endswith(".") or len(marked["title"].split()) > _MAX_MARKED_WORDS:
        return None
    mark = marked["mark"]
    follows = mark in ("a", "i") if not last else any(last in series[:-1] and series[series.index(last) + 1] == mark for series in _SERIES)
    return (mark, marked["title"]) if follows and not FINITE.search(marked["title"]) else None
