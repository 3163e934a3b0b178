"""Attendance from minutes and meeting pages, and people named with a role in the text.

Lists open with a label: 'PRESENT:' / 'Members present:' / 'Attendance' (present),
'IN ATTENDANCE:' / 'ALSO PRESENT:' / 'Officers:' (in attendance), 'Apologies:', a numbered
'25/031 Apologies for absence' heading, or the sentence 'Apologies (for absence) were received
from ...' (apologies). A list is comma-separated (wrapped lines joined, split on commas,
semicolons and the 'and' before the last name, outside brackets, empty entries skipped) ending
at its full stop, or one name per line; a line of the second kind may itself be a comma list
('Councillor A (Chairman)' over 'Councillors B, C and D'). After 'Councillors' / 'Cllrs' a bare
surname is a councillor's. A role follows the name in brackets or after a dash ('Mr A Foster –
Police and Crime Commissioner'). 'Councillor X attended as a substitute for ...' is present.
A meeting page's 'Attendee | Role | Attendance' table gives present, apologies and in attendance
(an officer marked present is in attendance; 'Expected' and 'Absent' are not attendance).
Only entries shaped like names are kept. People named with a bracketed or comma-set role in
running text ('Mr Peerbux (Head of Community Safety, KCC)') are found with a spaCy Matcher
and returned separately: they do not count as attendance.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING


from extractors.names import HONORIFICS, looks_like_name, person_key
from extractors.nlp import nlp
from extractors.spans import Line, clean_markup, folded, line_bounds, lines, provenance
from schemas.parsed import ParsedDocument
from schemas.structure import Attendance, AttendeeRecord, ChairRole, NamedPerson, Paper

if TYPE_CHECKING:
    from spacy.matcher import Matcher

VERSION = "4"
NAME = "attendance"

_LABEL = re.compile(
    r"^\W*(?:"
    r"(?P<present>(?:(?:committee|board|panel)\s+)?(?:members|councillors)\s+present|present|attendance|attendees)"
    r"|(?P<in_attendance>in\s+attendance|also\s+(?:present|in\s+attendance)|officers(?:\s+(?:present|in\s+attendance))?)"
    r"|(?P<apologies>(?:\d{1,3}(?:[./]\d{1,4})?\.?\s+(?=apologies(?:\s+for\s+absence)?\W*$))?apologies(?:\s+for\s+absence)?(?:\s+(?:were|was|have\s+been|had\s+been)\s+(?:received|submitted|given|noted)\s+(?:from|by|for))?)"
    r")[\s*_]*(?::|-\s|(?<=from)\s|(?<=by)\s|(?<=for)\s|$)[\s*_]*",
    re.I,
)
_NO_ONE = re.compile(r"^\W*(?:none|nil|no\s+apologies|there\s+were\s+no)\b", re.I)
_CHAIR = re.compile(r"^\s*(?:in\s+the\s+)?(?P<vice>vice[-\s]?|deputy\s+)?chair(?:man|woman|person)?\b", re.I)
_ROLE_DASH = re.compile(r"\s+[-–—]\s+")
_SUBSTITUTE = re.compile(
    r"(?:^|(?<=[.:]\s))(?P<name>(?:Councillor|Cllr\.?)\s+(?:[A-Z]\.?\s+){0,3}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
    r"\s+(?:attended|was\s+present)\s+as\s+(?:a\s+|the\s+)?substitute\s+for\b",
    re.M,
)
_TABLE_HEADER = re.compile(r"^\W*(?:attendee|name|member)\s*\|\s*role\s*\|\s*attendance\b", re.I)
_TABLE_STATUS: dict[str, Attendance] = {
    "present": "present", "attended": "present", "present as substitute": "present",
    "present as deputy": "present", "apologies": "apologies", "apologies received": "apologies",
    "in attendance": "in_attendance", "also present": "in_attendance",
}
_PLURAL = re.compile(r"^(?:Councillors|Cllrs\.?)\s+")
_PLURAL_LINE = re.compile(r"^\W*(?:(?:County\s+Borough|County|District|Borough|Town)\s+)?(?:Councillors|Cllrs\.?)\W*$", re.I)
# The header row of a whitespace-aligned attendance table ('Name        Representing').
_COLUMN_HEADER = re.compile(r"^\W*(?:name|member|attendee)s?\s{2,}(?:representing|organisation|role|on\s+behalf\s+of)\W*$", re.I)
_COLUMN_GAP = re.compile(r"\s{3,}")
_BULLET = re.compile(r"^\s*(?:[-•*·]|\d+[.)])\s+")
# A full stop ends a list unless it closes an initial ('A.') or an abbreviated honorific ('Cllr.').
_SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)(?<!\bCllr)(?<!\bProf)(?<!\bRev)\.(?=\s|$)"
)
_MAX_LIST_LINES = 40
# How far a bracketed role may run past its name's line before its closing bracket.
_MAX_ROLE_CHARS = 600
_ROLE_WORDS = (
    "manager", "specialist", "director", "officer", "lead", "head", "chair", "leader", "commissioner",
    "superintendent", "inspector", "coordinator", "co-ordinator", "adviser", "advisor", "analyst",
    "member", "executive", "secretary", "clerk", "solicitor", "consultant", "chief", "deputy", "representative",
)


def _split_outside_brackets(text: str) -> list[str]:
    """Split a list on commas, semicolons and 'and' (line wraps included), never inside brackets."""
    parts, depth, last = [], 0, 0
    for match in re.finditer(r"[(),;]|\s+and\s+", text):
        token = match.group(0)
        if token == "(":
            depth += 1
        elif token == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            parts.append(text[last : match.start()])
            last = match.end()
    parts.append(text[last:])
    return parts


def _entry_name(text: str) -> str:
    """The name part of a list entry: bullet, plural honorific, bracketed and dashed role removed."""
    entry = _BULLET.sub("", text)
    entry = _ROLE_DASH.split(entry, maxsplit=1)[0]
    return _PLURAL.sub("Councillor ", entry.split("(")[0]).strip(" .,;")


def _cells(text: str) -> list[str]:
    """The cells of a line laid out in columns (three or more spaces apart)."""
    return [cell for cell in _COLUMN_GAP.split(text.strip()) if cell]


def _is_comma_list(text: str) -> bool:
    """A line listing several names: its first comma/'and' part is shaped like a name.

    Entries separated by semicolons may each carry a dashed role ('A Booth - Police; B Lowry - Trust').
    """
    if ";" in text:
        parts = [part for part in clean_markup(text).split(";") if part.strip()]
        return len(parts) > 1 and looks_like_name(_entry_name(parts[0]))
    if len(_ROLE_DASH.split(text, maxsplit=1)) > 1:
        return False
    parts = [part for part in _split_outside_brackets(clean_markup(text)) if part.strip()]
    return len(parts) > 1 and looks_like_name(_entry_name(parts[0]))


def _section_text(first: Line, value_start: int, region: list[Line], index: int) -> list[tuple[int, int, bool]]:
    """The (start, end, comma-separated) pieces of one list after its label."""
    value = clean_markup(first.raw[value_start - first.start :])
    comma_mode = "," in value or ";" in value or bool(re.search(r"\band\b", value))
    pieces = [(value_start, first.end, comma_mode)] if value.strip() else []
    if comma_mode and _SENTENCE_END.search(value.rstrip()):
        return pieces
    seen_names = bool(pieces)
    for line in region[index + 1 : index + 1 + _MAX_LIST_LINES]:
        if line.is_page_footer:
            continue
        if line.is_blank:
            if seen_names and comma_mode:
                break
            continue
        if _LABEL.match(line.text) or _TABLE_HEADER.match(line.text):
            break
        if not seen_names and (_COLUMN_HEADER.match(line.text) or _PLURAL_LINE.match(line.text)):
            continue
        if comma_mode or ("," in line.text and not seen_names) or _is_comma_list(line.text):
            comma_mode = True
            pieces.append((line.start, line.end, True))
            seen_names = True
            if _SENTENCE_END.search(clean_markup(line.raw).rstrip()):
                break
            continue
        if _PLURAL_LINE.match(line.text):
            continue
        if not looks_like_name(_entry_name((_cells(line.text) or [""])[0])):
            break
        pieces.append((line.start, line.end, False))
        seen_names = True
    return pieces


def _entries(text: str, pieces: list[tuple[int, int, bool]]) -> list[tuple[int, int]]:
    """(start, end) of each list entry, leading/trailing punctuation trimmed.

    Consecutive comma-separated pieces are one list (a name may wrap across their lines).
    """
    chunks: list[tuple[int, int, bool]] = []
    for start, end, comma in pieces:
        if comma and chunks and chunks[-1][2]:
            chunks[-1] = (chunks[-1][0], end, True)
        else:
            chunks.append((start, end, comma))
    spans: list[tuple[int, int]] = []
    for piece_start, piece_end, comma_mode in chunks:
        chunk = text[piece_start:piece_end]
        if not comma_mode:
            cells = _cells(chunk)
            names = len(cells) > 1 and all(looks_like_name(_entry_name(cell)) for cell in cells)
            parts = cells if names else cells[:1]
        else:
            cut = _SENTENCE_END.search(chunk)
            chunk = chunk[: cut.start()] if cut else chunk
            parts = _split_outside_brackets(chunk)
        offset = piece_start
        for part in parts:
            position = text.find(part, offset, piece_end) if part else offset
            position = offset if position == -1 else position
            offset = position + len(part)
            stripped = _BULLET.sub("", part)
            lead = len(part) - len(stripped)
            inner = stripped.strip(" \t\n.*_")
            if inner:
                begin = position + lead + stripped.index(inner)
                spans.append((begin, begin + len(inner)))
    return spans


def _attendee(document, text, start, end, attendance: Attendance, plural: str) -> AttendeeRecord | None:
    """The entry at ``text[start:end]``; ``plural`` is 'Councillor' when the list opened 'Councillors ...'."""
    printed = " ".join(clean_markup(text[start:end]).split())
    if _NO_ONE.match(printed):
        return None
    name, role = printed, None
    dashed = _ROLE_DASH.split(printed, maxsplit=1)
    if len(dashed) == 2:
        name, role = dashed[0], dashed[1].strip() or None
    bracket = re.search(r"\(([^)]*)\)?\s*$", name)
    if bracket:
        name, role = name[: bracket.start()].strip(), bracket.group(1).strip() or None
    name = _PLURAL.sub("", name).strip(" ,")
    if not (looks_like_name(name) or plural and looks_like_name(f"{plural} {name}")):
        return None
    chair_match = _CHAIR.match(role or "")
    chair: ChairRole | None = None
    if chair_match:
        chair = "Vice-Chair" if chair_match["vice"] else "Chair"
    return AttendeeRecord(
        name=name,
        person_key=person_key(name),
        role=role,
        chair=chair,
        attendance=attendance,
        provenance=provenance(document, text, start, end, NAME, VERSION),
    )


def _sections(text: str, start: int, end: int):
    """(attendance kind, label line, offset where the list starts, lines, label line index)."""
    region = lines(text, start, end)
    for index, line in enumerate(region):
        match = _LABEL.match(line.raw)
        if match:
            kind = next(k for k in ("present", "in_attendance", "apologies") if match[k])
            yield kind, line, line.start + match.end(), region, index


_APOLOGY_SENTENCE = re.compile(
    r"\b(?:apolog(?:y|ies)(?:\s+for\s+absence)?\s+(?:were|was|have\s+been|had\s+been)\s+(?:received|submitted|given|noted)"
    r"\s+(?:from|by|on\s+behalf\s+of)|there\s+were\s+apologies(?:\s+for\s+absence)?\s+from)\s+",
    re.I,
)


def _apology_sentences(text: str, start: int, end: int):
    """'(It was noted that) apologies (for absence) were/had been received from ...' anywhere in a line."""
    for match in _APOLOGY_SENTENCE.finditer(text, start, end):
        stop = _SENTENCE_END.search(text, match.end(), min(end, match.end() + 1500))
        yield match.end(), stop.start() if stop else min(end, match.end() + 1500)


def _plural_hints(text: str, entries: list[tuple[int, int]]) -> list[str]:
    """'Councillor' for each entry at or after one opening 'Councillors' / 'Cllrs', else ''."""
    hints, plural = [], ""
    for start, end in entries:
        plural = plural or ("Councillor" if _PLURAL.match(text[start:end]) else "")
        hints.append(plural)
    return hints


def _table_rows(document: ParsedDocument, text: str, start: int, end: int) -> list[AttendeeRecord]:
    """Rows of an 'Attendee | Role | Attendance' table."""
    found: list[AttendeeRecord] = []
    region = lines(text, start, end)
    for index, line in enumerate(region):
        if not _TABLE_HEADER.match(line.text):
            continue
        for row in region[index + 1 :]:
            cells = [cell.strip() for cell in row.raw.split("|")]
            if len(cells) < 3:
                break
            status = _TABLE_STATUS.get(" ".join(cells[2].lower().split()))
            if status is None:
                continue
            if status == "present" and re.fullmatch(r"(?:\w+\s+)?officers?", cells[1], re.I):
                status = "in_attendance"
            name_start = row.start + row.raw.index(cells[0])
            record = _attendee(document, text, name_start, name_start + len(cells[0]), status, "")
            if record is not None:
                chair = _CHAIR.match(cells[1])
                role_update = {"role": cells[1] or None}
                if chair:
                    role_update["chair"] = "Vice-Chair" if chair["vice"] else "Chair"
                found.append(record.model_copy(update=role_update))
    return found


def extract_attendance(document: ParsedDocument, papers: list[Paper]) -> list[AttendeeRecord]:
    """Attendance list entries of the minutes and meeting pages among ``papers``."""
    text = document.text
    found: list[AttendeeRecord] = []
    taken: set[tuple[int, int]] = set()

    def add(entries: list[tuple[int, int]], kind: Attendance) -> None:
        for (start, end), plural in zip(entries, _plural_hints(text, entries)):
            record = _attendee(document, text, start, end, kind, plural)
            if record and (start, end) not in taken:
                taken.add((start, end))
                found.append(record)

    for paper in papers:
        if paper.kind not in ("minutes", "meeting_page", "agenda", "other"):
            continue
        for kind, line, value_start, region, index in _sections(text, paper.start, paper.end):
            add(_entries(text, _section_text(line, value_start, region, index)), kind)
        for start, end in _apology_sentences(text, paper.start, paper.end):
            add(_entries(text, [(start, end, True)]), "apologies")
        for match in _SUBSTITUTE.finditer(text, paper.start, paper.end):
            add([match.span("name")], "present")
        for record in _table_rows(document, text, paper.start, paper.end):
            span = (record.provenance.start, record.provenance.end)
            if span not in taken:
                taken.add(span)
                found.append(record)
    return found


@lru_cache(maxsize=1)
def _matcher() -> Matcher:
    from spacy.matcher import Matcher

    honorifics = sorted({h.lower() for h in HONORIFICS if " " not in h})
    name = [
        {"LOWER": {"IN": honorifics}},
        {"ORTH": ".", "OP": "?"},
        {"IS_TITLE": True, "OP": "+"},
    ]
    initials_name = [
        {"LOWER": {"IN": honorifics}},
        {"ORTH": ".", "OP": "?"},
        {"IS_UPPER": True, "LENGTH": {"<=": 2}, "OP": "+"},
        {"IS_TITLE": True},
    ]
    role_in_brackets = [{"ORTH": "("}, {"ORTH": {"NOT_IN": [")", "(", "\n"]}, "OP": "+"}, {"ORTH": ")"}]
    role_after_comma = [
        {"ORTH": ","},
        {"IS_TITLE": True, "OP": "*"},
        {"LOWER": {"IN": list(_ROLE_WORDS)}},
    ]
    matcher = Matcher(nlp().vocab)
    matcher.add("NAMED_WITH_ROLE", [p + r for p in (name, initials_name) for r in (role_in_brackets, role_after_comma)])
    return matcher


def extract_named_people(document: ParsedDocument, papers: list[Paper], attendees: list[AttendeeRecord]) -> list[NamedPerson]:
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
    """A one-word honorific; case-sensitive for lower-cased text (re scans that ~3x faster)."""
    words = sorted({h.lower() for h in HONORIFICS if " " not in h}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I if ignore_case else 0)


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
