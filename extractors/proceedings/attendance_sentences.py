"""Attendance read from sentences: 'Apologies (for absence) were received from ...', 'Also in attendance
was/were ...', and where a sentence begins; shared by ``attendance`` and ``attendance_table``. ``unwrapped``
reads a hard-wrapped list or sentence as one line (``future_meetings`` reads its schedules so too).

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``,
which a change here must bump.
"""

from __future__ import annotations

import re

from extractors.readers.names import HONORIFIC_WORDS

NAME_PATTERN = rf"(?:(?:{HONORIFIC_WORDS})\.?\s+)*(?:[A-Z]\.?\s+){{0,3}}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}}"
# A full stop ends a list unless it closes an initial ('A.') or an abbreviated honorific ('Cllr.').
SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)(?<!\bMiss)(?<!\bCllr)(?<!\bCllrs)(?<!\bProf)(?<!\bRev)(?<!\bRevd)(?<!\bFr)"
    r"(?<!\bHon)(?<!\bSt)(?<!\bEsq)(?<!\bMessrs)\.(?=\s|$)"
)
# A heading run into its text may join the sentence to its last word ('... for AbsenceApologies were received from').
# '... received from:- Messrs: A. Roe': a colon after 'from' with the names on its own line.
APOLOGY_SENTENCE = re.compile(
    r"(?:\b|(?<=[a-z\d])(?=(?-i:A)))(?:apolog(?:y|ies|ises)(?:\s+for\s+(?:absence|non-?\s?attendance|(?:(?:their|his|her)\s+)?inability\s+to\s+attend(?:\s+the\s+meeting)?))?(?:\s+and\s+(?:valid\s+)?reasons\s+for\s+absence)?\s+(?:(?:were|was|have\s+been|had\s+been|has\s+been|be)\s+)?(?:also\s+)?"
    r"(?:received|submitted|given|noted|tendered|reported|recorded|intimated|presented)(?:\s+and\s+(?:accepted|noted))?\s+(?:from|by|on\s+behalf\s+of|for(?=\s+(?-i:(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\b))),?"
    r"|^[ \t]*(?:\d{1,3}[.)]?[ \t]+)?apolog(?:y|ies)(?:\s+for\s+absence)?\s+from(?=\s+(?-i:[A-Z]))"
    r"|\breported\s+apologies(?:\s+for\s+absence)?\s+from|there\s+were\s+apologies(?:\s+for\s+absence)?\s+from|the\s+apologies\s+of)(?:\s+|(?<=from):-?[ \t]*(?=(?-i:[A-Z])))",
    re.I | re.M,
)
# 'Also in attendance (for part of the meeting) was/were <names>.'
ATTENDANCE_FIRST = re.compile(
    r"\b(?:also\s+)?in\s+attendance(?:\s+for\s+(?:this|the)\s+item|\s+for\s+part\s+of\s+the\s+meeting)?\s+(?:was|were)\s+", re.I
)
SUBSTITUTE_CLAUSE = re.compile(rf",?\s+(?:and\s+)?{NAME_PATTERN}\s+(?:attended|was\s+(?:also\s+)?present|acted)\s+as\s+(?:a\s+)?substitute")
FOLLOWING = re.compile(r"the\s+following\s+[^:.\n]{0,150}(?:\n[^:.\n]{0,150})?:\s*(?=[A-Z])")
SENTENCE_START = re.compile(r":\s|\n\s*\n|\n\s*[-•*·]\s")


def apology_sentences(text: str, start: int, end: int, pattern: re.Pattern = APOLOGY_SENTENCE):
    """'(It was noted that) apologies (for absence) were/had been received from ...' anywhere in a line."""
    for match in pattern.finditer(text, start, end):
        # '... from the following co-opted Members: A, B and C.': the names follow the colon on its line.
        begin = following.end() if (following := FOLLOWING.match(text, match.end())) else match.end()
        stop = SENTENCE_END.search(text, begin, min(end, begin + 1500))
        stop_at = stop.start() if stop else min(end, begin + 1500)
        # '... from Cllr A and Cllr B attended as substitute.': B is no apology.
        clause = SUBSTITUTE_CLAUSE.search(text, begin, stop_at)
        yield begin, clause.start() if clause else stop_at


def sentence_start(text: str, position: int, floor: int) -> int:
    """Where the sentence holding ``position`` begins: after a full stop, a colon, a blank line or a bullet."""
    window = max(floor, position - 800)
    starts = [m.end() for m in SENTENCE_END.finditer(text, window, position)]
    starts += [m.end() for m in SENTENCE_START.finditer(text, window, position)]
    return max(starts, default=window)


# Hard-wrapped lines (a PDF's or a plain-text page's width): a line carries on the one above when it continues its
# sentence or list. The line above must be a full one (a wrap breaks only long lines) and the line below no new
# heading, label or item.
_FULL_LINE = 50
_TITLE_OR_INITIAL = rf"(?:{HONORIFIC_WORDS}|Councillors|Cllrs|(?:[A-Z]\.){{1,4}}|[A-Z])\.?"
# The line above stops mid-way: after a comma, 'and', '&', an open bracket, a linking word, a title or an initial.
_OPEN_END = re.compile(
    rf"(?:[,&(–-]|\b(?:and|or|of|for|to|the|a|an|at|in|on|by|from|with|as|were|was|are|is|be|been|who|which|that)|(?-i:\b{_TITLE_OR_INITIAL}))$"
)
# The line below opens a new entry of its own: a label ('Apologies:'), a numbered item, a bullet, a table row.
_OWN_START = re.compile(r"^(?:\W*[A-Z][\w'’/&]*(?:[ \t]+[\w'’/&]+){0,4}[ \t]*:(?:\s|$)|[(\[]?\d{1,3}(?:\.\d{1,3})*[.)]?\s(?!\s*(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|[•·▪*●◦–-]\s|.*\|)")
# After a comma list, a name's surname or a bracket runs on: 'Mr Andrew' / 'Hughes, Mr ...', 'L. Cooney' / '(LC), ...'.
# A lone word ('Attendance') is a heading: the surname ends the list ('Spencer.', 'Spencer (Elm Homes)') or goes on.
_NAME_RUNS_ON = re.compile(
    r"^(?:\([^()]{1,60}\)|[A-Z][\w'’-]+\.?(?:\s+\([^()]{1,60}\))?)(?:,|\s+(?:and|&)\s|\.\s*$)|^[A-Z][\w'’-]+\s+\([^()]{1,60}\)\.?\s*$"
)

_TITLE_ACROSS = re.compile(rf"(?:\S+\s+)?(?<!\S)(?:{HONORIFIC_WORDS})\.?\s+[A-Z]")
_MONTH_START = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b(?!\s*:)", re.I)


def soft_break(above: str, below: str) -> bool:
    """``below`` carries on ``above``: the two are one line hard-wrapped (see ``unwrapped``)."""
    # Columns ('Present      The Mayor, ...') wrap only when the line below starts at the margin, not in a column.
    column = re.search(r"\s{3,}\S", above) and re.match(r"\s|.*\S\s{3,}\S", below)
    above, below = above.rstrip(), below.strip()
    # Run-on text may break inside a label: '... 2.00 APOLOGIES : Community' / 'Councillors: A Lowe ...'.
    split_label = re.search(r":[ \t]*[A-Z][\w'’-]*$", above) and re.match(r"[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,2}[ \t]*:", below)
    # ... or before a label's last word: '... Bob Wilson In' / 'Attendance: Ann Lee ...', '... Members' / 'Present: ...'.
    split_label = split_label or re.search(r"\b(?:In|IN|Also|ALSO|Members|MEMBERS|Officers|OFFICERS)$", above) and re.match(
        r"(?:present|attendance|in\s+attendance|attending)\s*:", below, re.I
    )
    # Inside an open bracket nothing new starts: '... Director of Housing (Item' / '12 only)'.
    inside = above.count("(") > above.count(")")
    if len(above.strip()) < _FULL_LINE or not below or _OWN_START.match(below) and not (split_label or inside) or re.search(r"\||\t", above) or column:
        return False
    if re.search(r"[.:;!?]$", above) and not re.search(rf"(?-i:\b{_TITLE_OR_INITIAL})$", above):
        return False
    # A bracket opening the line below adds to the line above ('... as 16 April' / '(Planning meeting), ...'), unless it
    # numbers an entry ('(b) ...', '(2) ...').
    bracketed = below[0] == "(" and not re.match(r"\((?:[a-z]{1,4}|[A-Z]|\d{1,3})\)\s", below)
    if split_label or below[0].islower() or bracketed or _OPEN_END.search(above) or inside:
        return True
    # A title broken over the lines: '... Hugh Hamilton and County' / 'Councillor Jo Roe.'
    last = re.search(r"(?:\S+\s+)?\S+$", above)
    if last and _TITLE_ACROSS.match(f"{last.group()} {below}") and not _TITLE_ACROSS.match(last.group()):
        return True
    # A date broken between its day and its month: '... 14th May, 11th' / 'June, 9th July'.
    if re.search(r"\b\d{1,2}(?:st|nd|rd|th)?$", above) and _MONTH_START.match(below):
        return True
    return above.count(",") >= 2 and bool(_NAME_RUNS_ON.match(below))


def unwrapped(text: str, start: int = 0, end: int | None = None) -> str:
    """``text`` with each hard-wrapped break in ``text[start:end]`` read as a space: same length, same offsets."""
    end = len(text) if end is None else end
    chars, position = None, text.find("\n", start, end)
    while position != -1:
        line_start = text.rfind("\n", 0, position) + 1
        next_end = text.find("\n", position + 1)
        next_end = len(text) if next_end == -1 else next_end
        if soft_break(text[line_start:position], text[position + 1 : next_end]):
            chars = chars or list(text)
            chars[position] = " "
        position = text.find("\n", position + 1, end)
    return "".join(chars) if chars else text
