"""A fallback for attendance lists under a label worded in a way the readers' vocabulary does not hold.

Parish, town and community council minutes word their labels freely ('Attended by:', 'Present were Councillors:',
'Parish Councillors present:', 'Councillors present (6):', 'In attendance (Clerk):', 'Apologies given:', 'Roll
call:'). A label here is a short phrase opening its line (after an item number perhaps, or in a table's first cell)
and closed by a colon, a spaced dash or a cell's bar, or one attendance word with no colon ('PRESENT Ann Lowe (Chair),
Bob Ray', a sentence 'Present were Ann Lowe and Bob Ray.'); its words name attendance ('present', 'attend...',
'apolog...', 'roll call', 'register'; not 'Members:' alone, a committee's membership) and nothing else of a meeting's
business ('public', 'minutes', 'interest', 'date' ...) nor a negation ('Councillors not present:'). Its list is the
rest of the line to its full stop and the indented lines under it that each hold one name, or, when the line ends with
the label, the lines under it that each hold one name.

A strict name test, all or nothing: every entry of the list (a name with its post in brackets or after a dash) must
be a titled name or two to four name-shaped words that are no post's, body's or heading's; people counted ('2
members of the public') are passed over; anything else and the label reads nobody. Two names at least, or one
with a title. A label's block where the readers found anyone is left to them, and so is a person they found (any
word of a name, unless both print other first names in full: within one block two entries sharing a surname are two
people).

The kind: 'apolog...' gives apologies; 'also', 'clerk', 'officer', or 'in attendance' without members' words gives
in attendance; else present. A label of absence without apologies names no attendance.

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``, which a change
here must bump.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extractors.proceedings.attendance_fallback_merge import name_words
from extractors.proceedings.attendance_labels import BARE, CORE, words
from extractors.proceedings.attendance_lines import untitled_name
from extractors.proceedings.attendance_preamble import officer_attendance
from extractors.proceedings.attendance_sentences import SENTENCE_END
from extractors.proceedings.attendance_status_rows import status_rows
from extractors.readers.name_lists import split_list
from extractors.readers.names import ROLE_DASH, bare_name, looks_like_name, split_honorifics
from extractors.readers.spans import Line, lines
from schemas.parsed import ParsedDocument
from schemas.structure import AttendeeRecord, Paper

# ... or in a table's first cell ('| Present | Cllr A Lowe (Chair), Cllr B Ray |').
_LABEL = re.compile(
    r"^[ \t]*(?:\|[ \t]*)?(?:\d{1,3}(?:\.\d{1,2})?[.)]?[ \t]+)?(?P<label>[A-Za-z][A-Za-z'’ ()/0-9]{1,48}?)[ \t]*"
    r"(?::-?(?:[ \t]*\|)?|[ \t][-–][ \t]|(?<=[\w)])[ \t]*\|)[ \t]*"
)
# A label of one attendance word with no colon, the names straight after it ('PRESENT Ann Lowe (Chair), Bob Ray'), or
# a sentence opening on it ('Present were Ann Lowe, Bob Ray and Cy Sim.').
_BARE_LABEL = re.compile(
    rf"^[ \t]*(?:\d{{1,3}}(?:\.\d{{1,2}})?[.)]?[ \t]+)?(?P<label>(?:those[ \t]+)?{words(*CORE, 'attendance')})(?:[ \t]+were)?{BARE}", re.I
)
# 'Also' with no colon, the names straight after it ('Also Ann Lowe, Bob Ray and Cy Sim (Manager of X)'): the guests of a
# community council's colon-less labels, read only within a few lines under another attendance label.
_ALSO = re.compile(r"^[ \t]*(?P<label>Also)[ \t]+(?=[A-Z])")
_ALSO_REACH = 4
# A membership's words alone ('Members:', 'Councillors:') name a committee's members, not those attending.
_ATTENDANCE_WORDS = re.compile(r"\b(?:present|attend\w*|apolog\w*|roll\s+call|register|sederunt)\b", re.I)
_OTHER_BUSINESS = re.compile(
    r"\b(?:public|press|minutes?|agenda|items?|interests?|declarations?|date|time|venue|place|next|report\w*|matters|"
    r"planning|finance|accounts|correspondence|questions?|substitut\w*|resolved|proposed|seconded|present(?:ed|ation)s?|"
    r"not|non|no|without|unable|excluded|left|late)\b",
    re.I,
)
_IN_ATTENDANCE = re.compile(r"\b(?:also|clerk|officers?|staff)\b", re.I)
_MEMBERS = re.compile(r"\b(?:councillors|cllrs|members|those)\b", re.I)
_COUNTED = re.compile(r"^\W*(?:\d+|one|two|three|four|five|six|several|no)\s+(?:\w+\s+){0,2}(?:members?\s+of\s+the\s+(?:public|press)|residents|parishioners|visitors)\b", re.I)
_BRACKET = re.compile(r"\s*\([^()]*\)\s*$")
_MAX_LINES = 20
# A post of the meeting labelling a table's row or a line, no attendance word in it ('In The Chair | Cllr A Lowe |',
# 'Minute Secretary | Ann Lowe |', 'Minute Taker: Bo Ray'): the chair is present, the minute-taker in attendance; one
# name suffices.
_POST_LABEL = re.compile(
    r"^[ \t]*(?:\|[ \t]*)?(?:(?P<present>in[ \t]+the[ \t]+chair)|(?P<in_attendance>minute[ \t]+(?:secretary|taker)))[ \t]*(?::[ \t]*\|?|\|)[ \t]*",
    re.I,
)


def _kind(label: str) -> str | None:
    words = label.lower()
    if "apolog" in words:
        return "apologies"
    if re.search(r"\babsen(?:t|ce)\b", words):
        return None
    if _IN_ATTENDANCE.search(words) or "in attendance" in words and not _MEMBERS.search(words):
        return "in_attendance"
    return "present"


def _label(line: Line) -> tuple[str, int] | None:
    """(kind, where the list starts) of an attendance label opening ``line``, else None."""
    if post := _POST_LABEL.match(line.raw):
        return ("present" if post["present"] else "in_attendance"), line.start + post.end()
    match = _LABEL.match(line.raw) or _BARE_LABEL.match(line.raw)
    if not match:
        return None
    label = match["label"]
    if len(label.split()) > 5 or not _ATTENDANCE_WORDS.search(label) or _OTHER_BUSINESS.search(label):
        return None
    kind = _kind(label)
    return (kind, line.start + match.end()) if kind else None


def _name(entry: str) -> tuple[bool, bool] | None:
    """(a name, with a title) of one list entry, its post in brackets or after a dash set aside; None for people
    counted."""
    if _COUNTED.match(entry):
        return None
    name = ROLE_DASH.split(_BRACKET.sub("", entry).strip(" \t.,;"), maxsplit=1)[0].strip()
    name = _BRACKET.sub("", name).strip(" \t.,;")
    if split_honorifics(name)[0]:
        return looks_like_name(name), True
    # A surname in capitals after a given name ('Ann LOWE') is tested as printed in title case.
    words = name.split()
    if len(words) >= 2 and words[0][1:].islower() and words[-1].isupper():
        name = " ".join(w.title() if w.isupper() and len(w) > 1 else w for w in words)
    return untitled_name(name), False


def _entries(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """(start, end) of the names of the list ``text[start:end]``; None when an entry is no name."""
    body = text[start:end].rstrip(" \t.|")
    spans, offset = [], start
    for part in split_list(body):
        found = text.find(part, offset, start + len(body))
        offset = found + len(part) if found >= 0 else offset
        if not part.strip(" \t.,;"):
            continue
        shape = _name(part.strip())
        if shape is None:
            continue
        if not shape[0] or found < 0:
            return None
        lead = len(part) - len(part.lstrip())
        spans.append((found + lead, found + len(part.rstrip(" \t.,;"))))
    return spans


def label_lists(text: str, start: int, end: int) -> list[tuple[str, int, int, tuple[int, int]]]:
    """(kind, start, end, the label's block span) of each name under a freely worded attendance label."""
    found: list[tuple[str, int, int, tuple[int, int]]] = []
    region = lines(text, start, end)
    last_label = -_ALSO_REACH - 1
    for index, line in enumerate(region):
        labelled = _label(line)
        also = not labelled and index - last_label <= _ALSO_REACH and _ALSO.match(line.raw)
        if also:
            labelled = "in_attendance", line.start + also.end()
        if not labelled:
            continue
        last_label = index
        kind, value = labelled
        on_line = bool(text[value : line.end].strip())
        # The list is the label's sentence: '... and Sian Pugh.  Apologies from Cllr F.' ends at the full stop.
        stop = SENTENCE_END.search(text, value, line.end)
        spans, block_end = (_entries(text, value, stop.start() if stop else line.end) or []) if on_line else [], stop.end() if stop else line.end
        # The lines under it, each one name: all of the list, or (indented under the names) the rest of it.
        for below in region[index + 1 : index + 1 + _MAX_LINES] if spans or not on_line else []:
            if below.is_blank:
                if spans:
                    break
                continue
            entry = _entries(text, below.start, below.end)
            if not entry or len(entry) != 1 or on_line and not below.raw[:1].isspace():
                break
            spans, block_end = spans + entry, below.end
        titled = any(split_honorifics(text[a:b])[0] for a, b in spans)
        # One untitled name is enough after a post's label or a bare 'Apologies' holding its line ('Apologies Ann Lowe ,').
        alone = bool(_POST_LABEL.match(line.raw)) or kind == "apologies" and _BARE_LABEL.match(line.raw) and block_end == line.end
        if len(spans) >= 2 or spans and (titled or alone):
            found += [(kind, a, b, (line.start, block_end)) for a, b in spans]
    return found


def labelled_records(
    document: ParsedDocument,
    sources: list[tuple[str, tuple[int, int] | None]],
    papers: list[Paper],
    known: list[AttendeeRecord],
    attendee: Callable[..., AttendeeRecord | None],
) -> list[AttendeeRecord]:
    """The records of ``label_lists`` and ``attendance_status_rows`` in the papers that may list attendance, less a
    label's block where a record of ``known`` starts and less the people ``known`` holds (``_printed_before``);
    ``attendee`` reads one entry. ``sources``: the texts to read (the same length as the document's), each with the
    span it is read in (None: the whole; a right column of ``attendance_columns``: its block)."""
    before = [record.name for record in known]
    starts = [record.provenance.start for record in known]
    found: list[AttendeeRecord] = []
    printed: set[str] = set()
    for paper in papers:
        if paper.kind not in ("minutes", "meeting_page", "agenda", "other"):
            continue
        for text, span in sources:
            first, last = (paper.start, paper.end) if span is None else (max(paper.start, span[0]), min(paper.end, span[1]))
            if first >= last:
                continue
            rows = status_rows(text, first, last, lambda cell: bool(_name(cell.strip())) and _name(cell.strip())[0])
            block, block_names = None, []
            for kind, start, end, (block_start, block_end) in label_lists(text, first, last) + rows:
                # A record of the readers in the block's text as this source shows it (not in a column blanked here).
                if any(block_start <= s < block_end and not text[s].isspace() for s in starts):
                    continue
                # Two entries of one block are two people, a surname shared ('Guto Jones', 'Dyfan Jones'); a name
                # sharing a word with one found before the block is that person printed again, unless both print
                # another first name in full ('Dafydd Rees' present, 'Cllr Bethan Rees' sending apologies).
                if (block_start, block_end) != block:
                    block, before = (block_start, block_end), before + block_names
                    block_names = []
                # 'Jo Roe (Clerk)' in a present list is an officer attending, as the readers' lists have it.
                record = attendee(document, text, start, end, kind)
                record = record and officer_attendance(record, text)
                if record is not None and not _printed_before(record.name, before) and record.name not in printed:
                    block_names.append(record.name)
                    printed.add(record.name)
                    found.append(record)
            before += block_names
    return found


def _printed_before(name: str, before: list[str]) -> bool:
    """``name`` shares a word with a name of ``before`` ('Councillor Lowe', 'Ann Lowe') and no first name in full
    tells the two apart ('Jan Lowe', 'Joe Lowe'; 'Rob Lowe' and 'Robert Lowe' may be one)."""
    words = name_words(name)
    return any(words & name_words(other) and not _other_first_name(name, other) for other in before)


def _other_first_name(name: str, other: str) -> bool:
    """Both names open on a first name in full and they differ; a word with no vowel opening a name is a title's
    abbreviation ('Cll Ann Lowe'), passed over."""
    firsts = [[w for w in bare_name(n).replace(".", " ").split() if re.search(r"[aeiouy]", w, re.I) or len(w) == 1] for n in (name, other)]
    if any(len(words) < 2 or len(words[0]) < 2 for words in firsts):
        return False
    short, long = sorted((words[0].lower() for words in firsts), key=len)
    return not long.startswith(short)
