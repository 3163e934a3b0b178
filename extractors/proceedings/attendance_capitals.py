"""Minutes printed wholly in capitals ('PRESENT: COUNCILLOR J SMITH (CHAIRMAN), ...') read as mixed case.

Attendance reads a page whose letters are (nearly) all capitals from a copy in title case of the same
length ('Present: Councillor J Smith (Chairman), ...'): joining words ('of', 'and', 'were', 'from') in lower
case unless they open a line or a sentence, ranks and post-nominals ('PC', 'OBE') left as printed. The names
found are given back in capitals, as printed, with the spans and the keys of the copy; a numbered line
holding nothing but a title and a word ('2. COUNCILLOR VACANCIES') is an item's heading there.
A page in mixed case may print one list in capitals ('PRESENT: CLLRS: MR. J. SMITH (CHAIRMAN), MRS. A. LEE, B. ROE
(Clerk) and 4 members of the public'): the run of capitals that a label in capitals opens, up to the first word
in lower case, reads in title case the same way, its names given back as printed.
Part of the attendance extractor (its VERSION covers this).
"""

from __future__ import annotations

import re

from extractors.readers.capitals import ACRONYMS, LOWER_WORDS, SHORT_WORDS, initial_a
from schemas.parsed import ParsedDocument
from schemas.structure import AttendeeRecord

# Words of attendance lines in lower case besides the language's joining words (``capitals.LOWER_WORDS``).
_ATTENDANCE_WORDS = frozenset("attendance absence behalf meeting substitute substitutes substituted substituting".split())
_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ]+")
_PRESENT_VERB = re.compile(r"\b(?:WERE|WAS|IS|ARE|BE|BEEN|BEING|NOT|REMAINED|REMAIN|ALL|THOSE|NONE|MEMBERS|COUNCILLORS|OFFICERS|ALSO|OTHERS|GUESTS)[ \t]*$")
_ITEM_NUMBER = re.compile(r"(?:^|\n)[ \t]*\d{1,3}[.)]?$")
_LABEL_AFTER = re.compile(r"(?:[ \t]+[A-Z]+){1,2}[ \t]*:")


def title_case(text: str) -> str:
    """``text`` in title case, one character for one: 'APOLOGIES FOR ABSENCE' -> 'Apologies for Absence'."""

    def recase(match: re.Match) -> str:
        word = match.group(0)
        before = text[max(0, match.start() - 40) : match.start()].rstrip(" \t")
        if word in ("ST", "ND", "RD", "TH", "AM", "PM") and match.start() and text[match.start() - 1].isdigit():
            return word.lower()
        # Two capitals are initials or an acronym ('AB', 'GP'), unless a word of the language ('OF', 'MR').
        if len(word) == 2 and word.lower() not in SHORT_WORDS:
            return word
        # 'PRESENT' is the label as printed ('... AT 1.30PM PRESENT ...', '... HILLTOP HOUSE PRESENT ANNA BELL ...'), unless a verb
        # makes it a word of a sentence ('WERE PRESENT', 'NOT PRESENT') or it closes a label ('OFFICERS PRESENT').
        if word in ACRONYMS or word == "PRESENT" and not _PRESENT_VERB.search(before):
            return word
        # Initials in brackets ('(AS)') stay as printed.
        if before.endswith("(") and text[match.end() : match.end() + 1] == ")":
            return word
        # A line, a sentence, an item's number ('1 IN ATTENDANCE') or a label ('IN ATTENDANCE:', 'ALSO PRESENT:') opens here.
        opens = not before or before[-1] in "\n.:!?\f" or bool(_ITEM_NUMBER.search(before))
        opens = opens or word in ("IN", "ALSO") and bool(_LABEL_AFTER.match(text, match.end()))
        if (word.lower() in _ATTENDANCE_WORDS or word.lower() in LOWER_WORDS and not (word == "A" and initial_a(text, match.start()))) and not opens:
            return word.lower()
        return word[0] + word[1:].lower()

    recased = _WORD.sub(recase, text)
    return recased if len(recased) == len(text) else text


def mixed_case(document: ParsedDocument) -> ParsedDocument:
    """A copy of ``document`` with its page texts in title case (same offsets)."""
    pages = [page.model_copy(update={"text": title_case(page.text)}) for page in document.pages]
    return ParsedDocument(
        sha256=document.sha256, path=document.path, format=document.format, parser=document.parser,
        title=document.title, pages=pages, warnings=document.warnings,
    )


def item_heading(record: AttendeeRecord, text: str) -> bool:
    """``record``'s name is a numbered line of its own ('2. COUNCILLOR VACANCIES'): an item's heading, no person."""
    start, end = record.provenance.start, record.provenance.end
    opening = text[text.rfind("\n", 0, start) + 1 : start]
    closing = text[end : (text.find("\n", end) + 1 or len(text) + 1) - 1]
    return bool(re.fullmatch(r"\s*\d{1,3}[.)]?\s+", opening)) and not closing.strip()


# A list label in capitals opening a line (after an item's number): 'PRESENT:', 'MEMBERS PRESENT', 'APOLOGIES -'.
_RUN_LABEL = re.compile(
    r"(?m)^[ \t]*(?:\d{1,3}[.)]?[ \t]+)?(?:(?:MEMBERS|COUNCILLORS|OFFICERS|ALSO)[ \t]+)?"
    r"(?:PRESENT|APOLOGIES(?:[ \t]+FOR[ \t]+ABSENCE)?|IN[ \t]+ATTENDANCE|ATTENDING)\b"
)
_LOWER_WORD = re.compile(r"[^\W\d_]*[a-z]")
_TITLED = re.compile(r"\b(?:CLLRS?|COUNCILLORS?|MRS?|MS|MISS|DR|MESSRS)\b\.?")


def capital_runs(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` (mixed case) where a list label in capitals opens a list of capital names.

    The run ends before the first word holding a lower-case letter; it must name people: a title, a comma or
    'RECEIVED FROM' after the label and two capital words of two letters or more ('APOLOGIES FOR ABSENCE' alone is a heading).
    """
    runs = []
    for label in _RUN_LABEL.finditer(text):
        lower = _LOWER_WORD.search(text, label.end())
        end = lower.start() if lower else len(text)
        after = text[label.end() : end]
        if len(re.findall(r"[A-Z]{2,}", after)) >= 2 and (_TITLED.search(after) or "," in after or re.search(r"\bRECEIVED\s+FROM\s", after)):
            runs.append((label.start(), end))
    return runs


def recased_runs(document: ParsedDocument) -> tuple[ParsedDocument, list[tuple[int, int]]]:
    """A copy of ``document`` with its ``capital_runs`` in title case (same offsets), and their document spans."""
    pages, spans, offset = [], [], 0
    for page in document.pages:
        text = page.text
        for start, end in capital_runs(page.text):
            text = text[:start] + title_case(page.text[start:end]) + text[end:]
            spans.append((offset + start, offset + end))
        pages.append(page.model_copy(update={"text": text}) if text != page.text else page)
        offset += len(page.text) + 1
    if not spans:
        return document, spans
    copy = ParsedDocument(
        sha256=document.sha256, path=document.path, format=document.format, parser=document.parser,
        title=document.title, pages=pages, warnings=document.warnings,
    )
    return copy, spans


def in_runs(record: AttendeeRecord, spans: list[tuple[int, int]]) -> bool:
    """``record`` was read from one of the recased ``spans``."""
    return any(start <= record.provenance.start < end for start, end in spans)


def as_printed(record: AttendeeRecord, text: str) -> AttendeeRecord:
    """``record`` read from the title-case copy, with its name, role and span text in capitals as printed."""
    start, end = record.provenance.start, record.provenance.end
    provenance = record.provenance.model_copy(update={"text": text[start:end]})
    role = record.role.upper() if record.role and record.role.upper() in text[start:end] else record.role
    return record.model_copy(update={"name": record.name.upper(), "role": role, "provenance": provenance})
