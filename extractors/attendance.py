"""Attendance from minutes and meeting pages, and people named with a role in the text.

Lists open with a label: 'PRESENT:' / 'Members present:' / 'Attendance' (present),
'IN ATTENDANCE:' / 'ALSO PRESENT:' / 'Officers:' (in attendance), 'Apologies:' or the
sentence 'Apologies (for absence) were received from ...' (apologies). A list is either
comma-separated (wrapped lines joined, split on commas and the 'and' before the last name,
outside brackets, empty entries skipped) ending at its full stop, or one name per line.
Only entries shaped like names are kept. People named with a bracketed or comma-set role in
running text ('Mr Peerbux (Head of Community Safety, KCC)') are found with a spaCy Matcher
and returned separately: they do not count as attendance.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.matcher import Matcher
from spacy.util import filter_spans

from extractors.names import HONORIFICS, looks_like_name, person_key
from extractors.nlp import nlp, span_doc
from extractors.spans import Line, clean_markup, lines, provenance
from schemas.parsed import ParsedDocument
from schemas.structure import Attendance, AttendeeRecord, ChairRole, NamedPerson, Paper

VERSION = "1"
NAME = "attendance"

_LABEL = re.compile(
    r"^\W*(?:"
    r"(?P<present>(?:(?:committee|board|panel)\s+)?(?:members|councillors)\s+present|present|attendance|attendees)"
    r"|(?P<in_attendance>in\s+attendance|also\s+(?:present|in\s+attendance)|officers(?:\s+(?:present|in\s+attendance))?)"
    r"|(?P<apologies>apologies(?:\s+for\s+absence)?(?:\s+(?:were|was|have\s+been|had\s+been)\s+(?:received|submitted|given|noted)\s+(?:from|by|for))?)"
    r")[\s*_]*(?::|-\s|(?<=from)\s|(?<=by)\s|(?<=for)\s|$)[\s*_]*",
    re.I,
)
_NO_ONE = re.compile(r"^\W*(?:none|nil|no\s+apologies|there\s+were\s+no)\b", re.I)
_CHAIR = re.compile(r"^\s*(?P<vice>vice[-\s]?|deputy\s+)?chair(?:man|woman|person)?\b", re.I)
_PLURAL = re.compile(r"^(?:Councillors|Cllrs\.?)\s+")
_BULLET = re.compile(r"^\s*(?:[-•*·]|\d+[.)])\s+")
# A full stop ends a list unless it closes an initial ('A.') or an abbreviated honorific ('Cllr.').
_SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)(?<!\bCllr)(?<!\bProf)(?<!\bRev)\.(?=\s|$)"
)
_MAX_LIST_LINES = 40
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


def _section_text(first: Line, value_start: int, region: list[Line], index: int) -> tuple[list[tuple[int, int]], bool]:
    """The (start, end) pieces of one list after its label, and whether it is comma-separated."""
    value = clean_markup(first.raw[value_start - first.start :])
    pieces = [(value_start, first.end)] if value.strip() else []
    comma_mode = "," in value or bool(re.search(r"\band\b", value))
    if comma_mode and _SENTENCE_END.search(value.rstrip()):
        return pieces, True
    seen_names = bool(pieces)
    for line in region[index + 1 : index + 1 + _MAX_LIST_LINES]:
        if line.is_page_footer:
            continue
        if line.is_blank:
            if seen_names and comma_mode:
                break
            continue
        if _LABEL.match(line.text):
            break
        if comma_mode or ("," in line.text and not seen_names):
            comma_mode = True
            pieces.append((line.start, line.end))
            seen_names = True
            if _SENTENCE_END.search(clean_markup(line.raw).rstrip()):
                break
            continue
        entry = _BULLET.sub("", line.text).split("(")[0].strip(" .")
        if not looks_like_name(entry):
            break
        pieces.append((line.start, line.end))
        seen_names = True
    return pieces, comma_mode


def _entries(text: str, pieces: list[tuple[int, int]], comma_mode: bool) -> list[tuple[int, int]]:
    """(start, end) of each list entry, leading/trailing punctuation trimmed."""
    spans: list[tuple[int, int]] = []
    if comma_mode and pieces:
        pieces = [(pieces[0][0], pieces[-1][1])]
    for piece_start, piece_end in pieces:
        chunk = text[piece_start:piece_end]
        if not comma_mode:
            parts = [chunk]
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
    bracket = re.search(r"\(([^)]*)\)?\s*$", printed)
    if bracket:
        name, role = printed[: bracket.start()].strip(), bracket.group(1).strip() or None
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


def _apology_sentences(text: str, start: int, end: int):
    """'Apologies were received from ...' sentences that do not open a line."""
    pattern = re.compile(r"(?<=[.:]\s)apologies(?:\s+for\s+absence)?\s+(?:were|was|have\s+been)\s+(?:received|submitted)\s+from\s+", re.I)
    for match in pattern.finditer(text, start, end):
        stop = _SENTENCE_END.search(text, match.end(), min(end, match.end() + 1500))
        yield match.end(), stop.start() if stop else min(end, match.end() + 1500)


def extract_attendance(document: ParsedDocument, papers: list[Paper]) -> list[AttendeeRecord]:
    """Attendance list entries of the minutes and meeting pages among ``papers``."""
    text = document.text
    found: list[AttendeeRecord] = []
    taken: set[tuple[int, int]] = set()
    for paper in papers:
        if paper.kind not in ("minutes", "meeting_page", "agenda", "other"):
            continue
        for kind, line, value_start, region, index in _sections(text, paper.start, paper.end):
            pieces, comma_mode = _section_text(line, value_start, region, index)
            entries = _entries(text, pieces, comma_mode)
            plural = "Councillor" if entries and _PLURAL.match(text[entries[0][0] : entries[0][1]]) else ""
            for start, end in entries:
                record = _attendee(document, text, start, end, kind, plural)
                if record and (start, end) not in taken:
                    taken.add((start, end))
                    found.append(record)
        for start, end in _apology_sentences(text, paper.start, paper.end):
            entries = _entries(text, [(start, end)], True)
            plural = "Councillor" if entries and _PLURAL.match(text[entries[0][0] : entries[0][1]]) else ""
            for entry_start, entry_end in entries:
                record = _attendee(document, text, entry_start, entry_end, "apologies", plural)
                if record and (entry_start, entry_end) not in taken:
                    taken.add((entry_start, entry_end))
                    found.append(record)
    return found


@lru_cache(maxsize=1)
def _matcher() -> Matcher:
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
    """People named with a role in running text, outside attendance lists."""
    text = document.text
    listed = [(a.provenance.start, a.provenance.end) for a in attendees]
    found: list[NamedPerson] = []
    for paper in papers:
        doc, base = span_doc(text, paper.start, paper.end)
        spans = filter_spans([doc[s:e] for _, s, e in _matcher()(doc)])
        for span in spans:
            start, end = span.start_char + base, span.end_char + base
            if any(s < end and start < e for s, e in listed):
                continue
            printed = " ".join(clean_markup(span.text).split())
            if "(" in printed:
                name, _, role = printed.partition("(")
                role = role.rstrip(")")
            else:
                name, _, role = printed.partition(",")
            name, role = name.strip(), role.strip()
            if not looks_like_name(name) or _CHAIR.fullmatch(role) or not re.search(r"[a-z]", role):
                continue
            found.append(
                NamedPerson(
                    name=name,
                    person_key=person_key(name),
                    role=role,
                    provenance=provenance(document, text, start, end, NAME, VERSION),
                )
            )
    return found
