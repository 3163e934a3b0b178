"""Minute headings and minutes marks of small bodies' minutes and flattened meeting pages (rules versioned by
``extractors.proceedings.minuted.VERSION``).

- A heading run into its minute with ':-' (or ';-') is titled by the words before it, whatever follows:
  '(2) Apologies:- Apologies received from ...', '(4) Matters Arising:-' over its '(a)' paragraphs.
- A running minute number's heading may end at its first full stop, a short title with no verb run into a
  sentence: '1405       Finance. It was agreed to pay ...'. Not after a name or a title ('Mr Lamb. He said ...').
- A title-case heading before a colon may hold a capitalised verb ('Matters Reported:  Potholes ...').
- Minutes also show themselves by a label line numbered in brackets over its names ('(2) Apologies:- Mr A Bee';
  not an agenda's '(a) Apologies: To receive ...'), a 'Minutes from the X
  meeting held ...' line or a 'Minutes 20/03/2017' title line.
- Unnumbered minutes may bullet their headings with a dash, each alone before its colon ('- Matters Arising:'); with
  three such lines or more, those and a standing item run on in lower case ('- Minutes of the last meeting: were
  agreed') are the items, not the points bulleted under them ('- Budget: The budget showed ...').
- A ModernGov meeting page flattened to one line a row ('Apologies To receive any apologies. Minutes: ... |'),
  with no header and no minutes marks, has its rows read when two rows or more end in ' |'.
"""

from __future__ import annotations

import re

from extractors.proceedings.agenda_rows import minuted_flat_rows
from extractors.readers.spans import Line

_DASH_SPLIT = re.compile(r"\s*[:;]\s*-(?!-)\s*")
_MAX_HEAD_WORDS = 12
# A finite verb marks a minuted sentence, not a heading (shared with ``minuted``).
SENTENCE_VERB = re.compile(
    r"\b(?:was|were|is|are|had|has|have|been|said|gave|noted|agreed|reported|explained|thanked|welcomed|asked|"
    r"confirmed|declared|presented|received|resolved|approved)\b",
    re.I,
)
# A heading run in up to a full stop: a short phrase opening in capitals, then a sentence.
_STOP_HEAD = re.compile(r"^(?P<head>[A-Z][A-Za-z'’&,/ -]*?[a-z]{3})\.\s+(?P<tail>[A-Z].*)$")
_MAX_STOP_WORDS = 5
_NOT_STOP_HEAD = re.compile(
    r"^(?:The|A|An|It|There|This|That|These|He|She|They|We|I|Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Members|Officers|No|See)\b"
)
# Running minute numbers: '1405', '14.', '17/201' (not a paragraph number '1.1').
_RUNNING_NUMBER = re.compile(r"\d{1,5}|\d{1,4}/\d{1,4}")
_TITLED_WORDS = 5


def dash_head(title: str) -> str | None:
    """The heading of a line run into its minute with ':-' ('Apologies:- Apologies received ...' -> 'Apologies'), or None."""
    split = _DASH_SPLIT.search(title)
    if split is None or split.start() == 0:
        return None
    head = title[: split.start()].strip()
    words = head.split()
    if not re.match(r"[A-Z('‘“]", head) or len(words) > _MAX_HEAD_WORDS or (SENTENCE_VERB.search(head) and not titled(head)):
        return None
    return head


def stop_head(number: str, title: str) -> str | None:
    """The heading of a running minute's line run into its minute at its first full stop ('Finance. It was agreed to
    pay ...' -> 'Finance'): a short phrase with no verb, not a name, over a sentence; else None."""
    match = _STOP_HEAD.match(title)
    if match is None or not _RUNNING_NUMBER.fullmatch(number):
        return None
    head, tail = match["head"], match["tail"]
    if len(head.split()) > _MAX_STOP_WORDS or _NOT_STOP_HEAD.match(head) or SENTENCE_VERB.search(head):
        return None
    if not (tail.rstrip().endswith(".") or SENTENCE_VERB.search(tail)):
        return None
    return head


def titled(head: str) -> bool:
    """A short heading in title case, each word of four letters or more capitalised ('Matters Reported')."""
    words = head.split()
    long_words = [w for w in words if len(w) >= 4]
    return 0 < len(words) <= _TITLED_WORDS and bool(long_words) and all(w[:1].isupper() for w in long_words)


_MORE_MARKS = re.compile(
    r"^\s*\(\d{1,2}\)\s*(?:present|apologies(?:\s+for\s+absence)?)\s*[:;]\s*-?\s*(?!to\s)(?=\S)"
    r"|^\W*minutes\s+(?:of|from)\s+(?:the\s+)?[^\n]{0,80}?\bmeeting\s+held\b"
    r"|^\W*minutes\s+\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s*$",
    re.I | re.M,
)


def more_minutes_marks(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` shows minutes' marks of small bodies (see the module docstring)."""
    return bool(_MORE_MARKS.search(text, start, end))


_ROW_END = re.compile(r"\s\|\s*$")
_MIN_PIPE_ROWS = 2


def piped_rows(region: list[Line]) -> list[tuple[str, Line]]:
    """(title, line) of a meeting page's rows flattened one a line with their 'Minutes:' cell, two rows or more
    ending in ' |' (see ``agenda_rows.minuted_flat_rows``); else []."""
    rows = minuted_flat_rows(region)
    return rows if sum(bool(_ROW_END.search(line.text)) for _, line in rows) >= _MIN_PIPE_ROWS else []


# A standing item's name: a long heading opening like a sentence may still name one ('The Minutes of the last
# meeting held on 1 May', 'Members of the Public Participation - questions from the public') (shared with ``minuted``).
ITEM_NOUN = re.compile(
    r"\b(?:minutes|participation|public\s+forum|questions|apologies|declarations?\s+of\s+interests?|matters\s+arising|correspondence)\b",
    re.I,
)
_DASHED_HEADING = re.compile(r"^\s*[-–]\s+(?P<head>[A-Z][^:]{2,80}?)\s*:\s*(?P<rest>.*?)\s*$")
_MIN_DASHED = 3
_MAX_DASHED_WORDS = 10


def dashed_headings(region: list[Line]) -> list[tuple[str, Line]]:
    """(title, line) of unnumbered minutes' dash-bulleted headings (see the module's docstring); else []."""
    found, alone = [], 0
    for line in region:
        match = _DASHED_HEADING.match(line.text)
        if match is None or len(match["head"].split()) > _MAX_DASHED_WORDS or SENTENCE_VERB.search(match["head"]):
            continue
        if not match["rest"]:
            alone += 1
            found.append((match["head"], line))
        elif match["rest"][:1].islower() and ITEM_NOUN.search(match["head"]):
            found.append((match["head"], line))
    return found if alone >= _MIN_DASHED else []
