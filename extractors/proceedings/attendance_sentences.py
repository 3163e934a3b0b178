"""Attendance read from sentences: 'Apologies (for absence) were received from ...', '..., Cllrs A and B giving their
apologies.', '... resolved to accept apologies from ...', 'Also in attendance was/were ...', a numbered 'To receive
apologies ...' item with its titled names on the line under it, and where a sentence begins; shared by ``attendance``
and ``attendance_table``.

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``,
which a change here must bump.
"""

from __future__ import annotations

import re

from extractors.readers.name_lists import entry_name, split_list
from extractors.readers.names import HONORIFIC_WORDS, looks_like_name, split_honorifics

NAME_PATTERN = rf"(?:(?:{HONORIFIC_WORDS})\.?\s+)*(?:[A-Z]\.?\s+){{0,3}}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}}"
# A full stop ends a list unless it closes an initial ('A.', Welsh 'Ll.') or an abbreviated honorific ('Cllr.', Welsh 'Cyng.'), or
# was typed for the list's semicolon: 'A Lowe; B Ray. C Sim; D Poe' (capitalised words, then a semicolon, after it).
_STOP = (
    r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)(?<!\bMiss)(?<!\bCllr)(?<!\bCllrs)(?<!\bProf)(?<!\bRev)(?<!\bRevd)(?<!\bFr)"
    r"(?<!\bCyng)(?<!\bClr)(?<!\bClrs)(?<!\bCoun)(?<!\bHon)(?<!\bSt)(?<!\bEsq)(?<!\bMessrs)(?<!\bCh)(?<!\bDd)(?<!\bFf)(?<!\bLl)(?<!\bRh)(?<!\bTh)(?<!\.LL)(?<!\.RH)(?<!\.CH)\."
)
_FOR_SEMICOLON = r"[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’.-]*[ \t]*;"
SENTENCE_END = re.compile(rf"{_STOP}(?=\s|$)(?!{_FOR_SEMICOLON})")
TYPED_STOP = re.compile(rf"{_STOP}(?={_FOR_SEMICOLON})")
# A heading run into its text may join the sentence to its last word ('... for AbsenceApologies were received from').
# '... received from:- Messrs: A. Roe': a colon after 'from' with the names on its own line.
# 'No apologies were received (from Cllr A).' records nobody's apology.
APOLOGY_SENTENCE = re.compile(
    r"(?<!\bno\s)(?<!\bno\s\s)(?<!\bno\sfurther\s)(?<!\bno\sother\s)(?:\b|(?<=[a-z\d])(?=(?-i:A)))(?:apolog(?:y|ies|ises)(?:\s+for\s+(?:absence|non-?\s?attendance|(?:(?:their|his|her)\s+)?inability\s+to\s+attend(?:\s+the\s+meeting)?))?(?:\s+at\s+the\s+meeting)?(?:\s+and\s+(?:valid\s+)?reasons\s+for\s+absence)?\s+(?:(?:were|was|have\s+been|had\s+been|has\s+been|be)\s+)?(?:also\s+)?"
    r"(?:received|submitted|given|noted|tendered|reported|recorded|intimated|presented|accepted)(?:\s+and\s+(?:accepted|noted|recorded))?\s+(?:from|by(?!\s+(?:e-?mail|telephone|phone|letter|text)\b)|on\s+behalf\s+of|for(?=\s+(?-i:(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\b))),?"
    # 'Apologies from X' opening its line, or a sentence run on after a list's full stop ('... and E.  Apologies from Cllr F.').
    r"|(?:^[ \t]*(?:\d{1,3}[.)]?[ \t]+)?|(?:(?<=[a-z]\.[ \t])|(?<=[a-z]\.[ \t]{2}))(?=(?-i:A)))apolog(?:y|ies)(?:\s+for\s+absence)?\s+from(?=\s+(?-i:[A-Z]))"
    r"|\b(?:reported|accept(?:ed|s)?|receiv(?:e|ed|es)|not(?:e|ed|es))\s+(?:the\s+)?apologies(?:\s+for\s+absence)?\s+from|there\s+were\s+apologies(?:\s+for\s+absence)?\s+from|the\s+apologies\s+of|\bymddiheurodd(?:\s+y(?=\s+cyng))?"
    # Any other wording of one sentence: 'an apology of absence was recorded from', 'voted to accept apologies for
    # non-attendance at this Meeting from', '... have been received from substitutes Councillors A and B'.
    # 'Apologies for lateness were received from X': X attended, late ('for lateness and absence' still an apology).
    r"|\bapolog(?:y|ies)\b(?!\s+for\s+(?:(?:his|her|their)\s+)?(?:lateness|late\s+arrival|arriving\s+late|leaving\s+early|early\s+departure)(?!\s+(?:and|or|&)\s+(?:for\s+)?(?:absence|non-attendance)))"
    r"[^.;:\n]{0,80}?\b(?:received|submitted|given|noted|tendered|accept(?:ed)?|recorded)\b[^.;:\n]{0,40}?\bfrom(?=\s+(?-i:[A-Z]))"
    r"|\b(?:accept(?:ed)?|receiv(?:e|ed)|not(?:e|ed))\s+(?:the\s+)?apolog(?:y|ies)\b[^.;:\n]{0,60}?\bfrom(?=\s+(?-i:[A-Z])))"
    r"(?:\s+substitutes?(?=\s+(?-i:[A-Z])))?(?:\s+|(?<=from):-?[ \t]*(?=(?-i:[A-Z])))",
    re.I | re.M,
)
# 'Cllr A Lowe, Chairman of the Council, welcomed ...': a name, the chair's post in commas, then an opening verb (not
# 'apologised', 'tendered apologies', 'attended', 'Mrs E Hale, Clerk, welcomed ...': an entry with its own sentence).
NAME_POST_VERB = re.compile(
    rf"^\W*{NAME_PATTERN},\s+(?=[^,]*\b(?:Chair(?:man|woman|person)?|Mayor|Convene?or|Provost|Leader)\b)"
    r"(?:[A-Za-z][\w'’-]*\s+){0,6}[A-Za-z][\w'’-]*,\s+(?:welcomed|opened|thanked|introduced|congratulated|reminded|announced)\b"
)
# 'Also in attendance (for part of the meeting) was/were <names>.'
ATTENDANCE_FIRST = re.compile(
    r"\b(?:also\s+)?in\s+attendance(?:\s+for\s+(?:this|the)\s+item|\s+for\s+part\s+of\s+the\s+meeting)?\s+(?:was|were)\s+", re.I
)
SUBSTITUTE_CLAUSE = re.compile(rf",?\s++(?:and\s+)?{NAME_PATTERN}\s+(?:attended|was\s+(?:also\s+)?present|acted)\s+as\s+(?:a\s+)?substitute")
# '... from A and B, substituted by C and D respectively.': C and D attend in their place, no apology.
_RESPECTIVE_SUBSTITUTES = re.compile(r",?\s+(?:who\s+(?:was|were)\s+|being\s+)?substituted\s+by\s[^.;\n]*?\brespectively\b")
FOLLOWING = re.compile(r"the\s+following\s+[^:.\n]{0,150}(?:\n[^:.\n]{0,150})?:\s*(?=[A-Z])")
# A list line ending in a comma or 'and' runs on over a blank line ('... Cllr B,' / '' / 'Mrs C.').
_PARAGRAPH_END = re.compile(r"[^\s:,;&](?<!\band)[ \t]*\n[ \t]*\n")
SENTENCE_START = re.compile(r":\s|\n\s*\n|\n\s*[-•*·]\s")


def apology_sentences(text: str, start: int, end: int, pattern: re.Pattern = APOLOGY_SENTENCE):
    """'(It was noted that) apologies (for absence) were/had been received from ...' anywhere in a line."""
    for match in pattern.finditer(text, start, end):
        # '... from the following co-opted Members: A, B and C.': the names follow the colon on its line.
        begin = following.end() if (following := FOLLOWING.match(text, match.end())) else match.end()
        stop = SENTENCE_END.search(text, begin, min(end, begin + 1500))
        stop_at = stop.start() if stop else min(end, begin + 1500)
        # A sentence printed without its full stop ends at the paragraph's end, before the next heading.
        paragraph = _PARAGRAPH_END.search(text, begin, stop_at)
        stop_at = paragraph.start() + 1 if paragraph else stop_at
        # '... from Cllr A and Cllr B attended as substitute.': B is no apology.
        clauses = [m.start() for p in (SUBSTITUTE_CLAUSE, _RESPECTIVE_SUBSTITUTES) if (m := p.search(text, begin, stop_at))]
        yield begin, min(clauses, default=stop_at)


# A ModernGov item printing 'Decision:' then 'Minutes:' labels on their own lines restates the minute under the
# decision, sometimes in other words ('Kristofer' there, 'Kris' in the minute): the minute is the record.
_DECISION_LABEL = re.compile(r"^[ \t]*Decisions?[ \t]*:[ \t]*$", re.M)
_MINUTES_LABEL = re.compile(r"^[ \t]*Minutes[ \t]*:[ \t]*$", re.M)


def under_decision(text: str, position: int, reach: int = 4000) -> bool:
    """Whether ``position`` lies between a 'Decision:' label line and the 'Minutes:' label line that follows it."""
    decisions = list(_DECISION_LABEL.finditer(text, max(0, position - reach), position))
    if not decisions:
        return False
    if _MINUTES_LABEL.search(text, decisions[-1].end(), position):
        return False
    return _MINUTES_LABEL.search(text, position, position + reach) is not None


def sentence_start(text: str, position: int, floor: int) -> int:
    """Where the sentence holding ``position`` begins: after a full stop, a colon, a blank line or a bullet."""
    window = max(floor, position - 800)
    starts = [m.end() for m in SENTENCE_END.finditer(text, window, position)]
    starts += [m.end() for m in SENTENCE_START.finditer(text, window, position)]
    return max(starts, default=window)


# '1 To receive apologies and reasons for absence Ref 19/046' / 'Cllr A, Cllr B.': an item heading of a
# parish's minutes whose next line gives only titled names (an agenda's next line is its next item).
_RECEIVE_ITEM = re.compile(
    r"^[ \t]*\d{1,4}(?:[./-]\d{1,4})*[.)]?[ \t]+to[ \t]+(?:receive|accept|note|consider)(?:[ \t]+(?:and|&)[ \t]+(?:accept|approve|note|receive))?"
    r"[ \t]+apologies(?:[ \t]+for[ \t]+absence)?(?:[ \t]+and[ \t]+(?:the[ \t]+)?reasons[ \t]+for[ \t]+absence)?[^\n]{0,30}\n(?:[ \t]*\n)?(?P<names>[^\n]+)",
    re.I | re.M,
)


def apology_item_lines(text: str, start: int, end: int):
    """(start, end) of the names line under each numbered 'To receive apologies ...' item heading."""
    for match in _RECEIVE_ITEM.finditer(text, start, end):
        names = match.group("names").rstrip(" .")
        parts = [entry_name(part) for part in split_list(names)]
        if parts and all(part and split_honorifics(part)[0] and looks_like_name(part) for part in parts):
            yield match.start("names"), match.start("names") + len(names)


# '..., Cllrs A Lowe and B Ray giving their apologies.', '(... - Cllr C Sim having given her apologies)': a titled list
# after a comma, dash or bracket, then a participle of sending apologies that ends the clause.
_WORDS = r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}"
_GIVING_APOLOGIES = re.compile(
    rf"(?:[,(–—]|\s-)\s*(?P<names>(?:Cllrs?|Councillors?)\.?[ \t]+{_WORDS}(?:(?:[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+)"
    rf"(?:(?:Cllr|Councillor)\.?[ \t]+)?{_WORDS}){{0,8}})[ \t]+(?:giving|having[ \t]+given|having[ \t]+sent|sending)[ \t]+"
    r"(?:their|his|her)[ \t]+apolog(?:ies|y)"
    # The clause ends there or on the absence ('... giving her apologies for absence.'): apologies for anything else
    # ('for the error', 'to residents') are no absence.
    r"(?:[ \t]+for[ \t]+(?:(?:their|his|her)[ \t]+)?(?:absence|non-?attendance|inability[ \t]+to[ \t]+attend)(?:[ \t]+from[ \t]+the[ \t]+meeting)?)?"
    r"(?=[ \t]*(?:[.;)\n]|$))"
)


def participle_apologies(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each titled list said to be giving its apologies in a participle clause (above)."""
    return [match.span("names") for match in _GIVING_APOLOGIES.finditer(text, start, end)]

