"""Minute headings and minutes marks of small bodies' minutes and flattened meeting pages (rules versioned by
``extractors.proceedings.minuted.VERSION``).

- A heading run into its minute with ':-' (or ';-') is titled by the words before it, whatever follows:
  '(2) Apologies:- Apologies received from ...', '(4) Matters Arising:-' over its '(a)' paragraphs.
- A running minute number's heading may end at its first full stop, a short title with no verb run into a
  sentence: '1405       Finance. It was agreed to pay ...'. Not after a name or a title ('Mr Lamb. He said ...').
- A title-case heading before a colon may hold a capitalised verb ('Matters Reported:  Potholes ...').
- Minutes also show themselves by a label line numbered in brackets over its names ('(2) Apologies:- Mr A Bee';
  not an agenda's '(a) Apologies: To receive ...'), a 'Minutes from the X
  meeting held ...' line, a line opening 'The minutes of the X meeting held in|at ...' or a 'Minutes 20/03/2017' title line.
- Unnumbered minutes may bullet their headings with a dash, each alone before its colon ('- Matters Arising:'); with
  three such lines or more, those and a standing item run on in lower case ('- Minutes of the last meeting: were
  agreed') are the items, not the points bulleted under them ('- Budget: The budget showed ...').
- A ModernGov meeting page flattened to one line a row ('Apologies To receive any apologies. Minutes: ... |'),
  with no header and no minutes marks, has its rows read when two rows or more end in ' |'.
- Headings carrying their minute's reference after the title ('2. Planning ABC101:04.06.21 ...') are titled up to it,
  lettered points 'a).' numbered under their item ('4a'); references opening minutes run into one paragraph
  ('Abc/101/21-22 Apologies for Absence Apologies were ...') head titles in mixed case.
- Minutes with no numbered heading may be headed 'Police Report:' alone on a line over bulleted points (not an
  attendance label 'Present:', 'Guests:').
- Minutes printing a table of contents list their items there: read by ``readers.runon_items.contents_items``, the one
  owner of contents entries (a flattened list is broken into its entries' lines there too).
"""

from __future__ import annotations

import re
from collections import Counter

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
_STOP_HEAD = re.compile(r"^(?P<head>[A-Z][A-Za-z'’&,/ -]*?[a-z]{3})\.\s+(?P<tail>[A-Z(].*)$")
_MAX_STOP_WORDS = 5
_NOT_STOP_HEAD = re.compile(
    r"^(?:The|A|An|It|There|This|That|These|He|She|They|We|I|Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Members|Officers|No|See)\b"
)
# Running minute numbers: '1405', '14.', '17/201', 'P/23/41', 'C048/23' (not a paragraph number '1.1').
_RUNNING_NUMBER = re.compile(r"(?:[A-Za-z]{1,5}/?)?\d{1,5}(?:/\d{1,4}){0,2}")
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
    r"^[^\S\n]*+\(\d{1,2}\)\s*(?:present|apologies(?:\s+for\s+absence)?)\s*[:;]\s*-?\s*(?!to\s)(?=\S)"
    r"|^[^\w\n]*+minutes\s+(?:of|from)\s+(?:the\s+)?[^\n]{0,80}?\bmeeting\s+held\b"
    r"|^[^\w\n]*+the\s+minutes\s+of\s+the\s+[^\n]{0,80}?\bmeeting\s+held\s+(?:in|at)\b"
    r"|^[^\w\n]*+minutes\s+\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s*$",
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


# A minute's reference run into its heading line, capitals and digits then a colon and the date: 'ABPC590:13.05.20'.
_RUN_REFERENCE = re.compile(r"\s(?P<reference>(?P<prefix>[A-Z]{2,6})(?P<serial>\d{1,4})[a-z]?)\s*:\s*\d")
# The next heading's reference is the next serial or one a little after it (a minute left unheaded).
_MAX_REFERENCE_STEP = 2
# The heading before it: '3. Title', '3. Title a). Sub-title', or 'b). Sub-title' under the last number ('1,' for '1.').
_REFERENCED_HEAD = re.compile(
    r"^\s*(?:(?P<number>\d{1,3})[.,]\s+(?P<title>\S.*?))?(?:(?:^|\s+)(?P<letter>[a-zA-Z])\)\.?\s+(?P<sub>\S.*?))?\s*$"
)
_MIN_REFERENCED = 2


def referenced_headings(region: list[Line]) -> list[tuple[str, str, Line]]:
    """(number, title, line) of minutes whose every heading line carries its minute's reference after the title
    ('2. Declarations of Interest ABPC591:13.05.20 Cllr A spoke ...'): the title is the words before the reference, a
    lettered point 'a). Applications' before it is an item of its own numbered under the last ('4a'). Two such
    headings or more, their references one series: the same letters and serials in order ('ABPC591', 'ABPC592' ...;
    see ``_in_series``), else []."""
    found: list[tuple[str, str, Line]] = []
    references: list[re.Match] = []
    number = ""
    for line in region:
        reference = _RUN_REFERENCE.search(line.text)
        head = _REFERENCED_HEAD.match(line.text[: reference.start()]) if reference else None
        if head is None or not (head["number"] or head["letter"] and number):
            continue
        references.append(reference)
        if head["number"]:
            number = head["number"]
            found.append((number, head["title"], line))
        if head["letter"]:
            found.append((number + head["letter"].lower(), head["sub"], line))
    return found if len({line.start for _, _, line in found}) >= _MIN_REFERENCED and _in_series(references) else []


def _in_series(references: list[re.Match]) -> bool:
    """The references share their letters and each serial follows the one before by one or two ('OPC210', 'OPC211',
    'OPC213'): a reference-like code that only happens to follow two headings ('XY2021: 4 houses') is no series."""
    serials = [int(reference["serial"]) for reference in references]
    return len({reference["prefix"] for reference in references}) == 1 and all(
        0 < later - earlier <= _MAX_REFERENCE_STEP for earlier, later in zip(serials, serials[1:])
    )


# A minute reference of a flattened PDF's minutes, run into its title in mixed case: 'Cou/285/07-08 Apologies for Absence
# Apologies were ...' (letters, the minute's number, the year or years).
_REFERENCE_RUN = re.compile(r"(?<!\S)(?P<number>(?P<prefix>[A-Z][A-Za-z]{0,4})/\d{1,4}/\d{2}(?:-\d{2})?)\s+(?=[A-Z])")
_TITLE_JOINERS = frozenset({"of", "for", "and", "the", "to", "in", "on", "&", "-", "–"})
# Matched as printed, or capitalised for a word in capitals ('CLLR', 'THE').
_TITLE_STOP = re.compile(r"^(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr|The|An?|It|There|This|That|Resolved)$")
_MAX_REFERENCED_WORDS = 8


def _run_title(text: str) -> tuple[str, int]:
    """The title opening ``text`` and where it ends: its words in title case (and the small words between them) up to a
    colon, a word repeating its first ('Apologies for Absence Apologies for absence were ...'), a name's title or a
    sentence's first word ('Cllr', 'The'); the capitalised word before a word in lower case opens the sentence, not the
    title. ('', 0) when it runs over eight words."""
    words: list[re.Match] = []
    for word in list(re.finditer(r"\S+", text))[: _MAX_REFERENCED_WORDS + 1]:
        bare = word.group().rstrip(":,;.")
        if _TITLE_STOP.match(bare.capitalize() if bare.isupper() else bare) or words and bare.lower() == _bare(words[0]).lower():
            break
        if bare[:1].islower() and bare not in _TITLE_JOINERS:
            words = words[:-1]
            break
        words.append(word)
        if bare != word.group():
            break
    while words and _bare(words[-1]).lower() in _TITLE_JOINERS:
        words.pop()
    if not words or len(words) > _MAX_REFERENCED_WORDS:
        return "", 0
    return " ".join(_bare(word) for word in words), words[-1].end()


def _bare(word: re.Match) -> str:
    return word.group().rstrip(":,;.")


def referenced_run_ins(text: str, start: int, end: int) -> list[tuple[str, str, int, int]]:
    """(number, title, start, end) of the minutes run into one paragraph, each opening with its reference
    ('Cou/285/07-08 Present Members: ...', see ``_run_title``): two or more references with the same letters, else []."""
    found = [(match, *_run_title(text[match.end() : min(end, match.end() + 200)])) for match in _REFERENCE_RUN.finditer(text, start, end)]
    prefixes = Counter(match["prefix"] for match, title, _ in found if title)
    return [
        (match["number"], title, match.start(), match.end() + length)
        for match, title, length in found
        if title and prefixes[match["prefix"]] >= _MIN_REFERENCED
    ]


# An unnumbered heading closed by a colon alone on its line, over its bulleted points: 'Matters Arising:' / '• ...'.
_COLON_HEADING = re.compile(r"^\s*(?P<title>[A-Z][\w'’&,/ -]{2,60}?)\s*:\s*$")
_BULLET = re.compile(r"^\s*[•·▪●◦*–-]\s")
# Attendance labels are no items: 'Present:', 'Apologies:', 'Guests:', 'In attendance:'.
_ATTENDANCE_LABEL = re.compile(
    r"^(?:(?:members\s+)?present|apologies(?:\s+for\s+absence)?|guests?|visitors?|in\s+attendance|also\s+(?:present|in\s+attendance)|"
    r"attendees|absent|officers?(?:\s+present)?|members\s+of\s+the\s+public|public)$",
    re.I,
)
_MAX_COLON_WORDS = 6
# The next printed line, blank lines between (a page may print several).
_BELOW_REACH = 8


def colon_headings(region: list[Line]) -> list[tuple[str, Line]]:
    """(title, line) of unnumbered minutes headed 'Police Report:' alone on a line over bulleted points, not an
    attendance label nor a phrase with a verb; two or more, else []."""
    found: list[tuple[str, Line]] = []
    for index, line in enumerate(region):
        heading = _COLON_HEADING.match(line.text)
        below = next((n for n in region[index + 1 : index + _BELOW_REACH] if not n.is_blank), None)
        if heading is None or below is None or not _BULLET.match(below.text):
            continue
        title = heading["title"].strip()
        if _ATTENDANCE_LABEL.match(title) or SENTENCE_VERB.search(title) or len(title.split()) > _MAX_COLON_WORDS:
            continue
        found.append((title, line))
    return found if len(found) >= _MIN_REFERENCED else []


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


# A minute reference's letters printed on their own line above its number, a flattened table cell ('ABC' over '4/21',
# 'C' over '63/07'): one to five capitals, not a label word (the same letters over two numbers or more, so a lone
# letter is a reference's, not a list's mark).
_PREFIX_LINE = re.compile(r"^\s*(?P<prefix>(?!(?:ITEM|MIN|NO|NOTE|REF)\s*$)[A-Z]{1,5})\s*$")


def split_references(region: list[Line], lone: re.Pattern[str]) -> dict[int, tuple[str, int]]:
    """For each line index whose ``lone`` minute number ('4/21') stands under its reference's letters alone on the
    line above ('ABC'), the letters and where their line starts; only letters printed so over two numbers or more."""
    found: dict[int, tuple[str, int]] = {}
    for index, line in enumerate(region):
        if index == 0 or not lone.match(line.text) or "/" not in line.text:
            continue
        above = next((region[i] for i in range(index - 1, -1, -1) if not region[i].is_blank), None)
        if above is not None and (prefix := _PREFIX_LINE.match(above.text)):
            found[index] = (prefix["prefix"], above.start)
    counts = Counter(prefix for prefix, _ in found.values())
    return {index: value for index, value in found.items() if counts[value[0]] >= _MIN_REFERENCED}
