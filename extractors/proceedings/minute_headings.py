"""Minute headings: the lines of lone minutes that may head an item, read one by one (``heading_candidates``).

A line, a number alone over its title, or a number run into a flattened paragraph is a candidate here; which of
them are the meeting's items (one numbering, rising) ``minuted.find_minuted_items`` decides. Rules versioned by
``extractors.proceedings.minuted.VERSION``.
"""

from __future__ import annotations

import re

from extractors.proceedings.agenda_lines import MONTH_START, FoundItem
from extractors.proceedings.agenda_rows import MAX_TITLE, clean_title
from extractors.proceedings.minute_heads import business_head, capitals_head, outcome_head, sentence_head
from extractors.proceedings.minute_items import (
    ITEM_NOUN,
    SENTENCE_VERB as _SENTENCE_VERB,
    dash_head,
    referenced_run_ins,
    split_references,
    stop_head,
    titled,
)
from extractors.readers.dates import MONTHS
from extractors.readers.item_numbers import MINUTE_NUMBER
from extractors.readers.numerals import roman_value
from extractors.readers.spans import Line, may_wrap

# The Roman headings read, in capitals: I to XXXIX and L to LXXXIX (never 'XL', nor a numeral with C).
_MAX_ROMAN = 89
_NO_ROMAN_TENS = 4
# A number may stand in square brackets ('[3] Correspondence.'). After the number, a flattened table's cell mark ('4 | Title', '4. / Title', a ruled row '|4. |Title |'); a lettered number 'A4' may be glued to a
# title in mixed case ('A4Minutes of the meeting ...'), a plain number only to one in capitals or after its full stop or
# colon ('Item 1:Apologies for Absence', '40.TO RECEIVE ...').
_MINUTE_HEADING = re.compile(
    rf"^\s*(?:\|[ \t]*(?=\d{{1,3}}\.[ \t]*\|[^|\n]*[^|\s][^|\n]*\|[ \t]*$))?(?:(?:minute|min\.?|item)\s+(?:no\.?\s*)?)?(?:\[(?=\d{{1,3}}\]\s))?{MINUTE_NUMBER}(?:[.:)\]]|\s*[-–])?(?:\s+\d{{1,3}}\.(?=\s))?(?:\s*\||(?<=\.)\s+/(?=\s))?"
    r"(?:\s+|(?=(?-i:[A-Z]{3}))|(?<=\d\.)(?=(?-i:[A-Z][a-z]|[A-Z]{2}\s+[A-Z]{3}))|(?<=(?-i:[A-Z])\d)(?=(?-i:[A-Z][a-z]))|(?<=\d:)(?=(?-i:[A-Z][a-z])))(?P<title>\S.*?)(?:(?<=\S)[ \t]*\|)?\s*$",
    re.I,
)
# A heading run into its minute: 'Apologies: Cllr A sent apologies.', 'Minutes – RESOLVED that ...'.
_RUN_IN_SPLIT = re.compile(r":\s+|\s*[–—]\s*|\s+-\s+")
# A number then two or more words in capitals, run into the text of a flattened PDF ('1201 DECLARATIONS OF INTEREST Declarations ...').
_CAPS_WORD = r"(?!(?:RESOLVED|ORDERED)\b)[A-Z][A-Z'’&,/-]*[A-Z,]"
# A minute reference run in so ('SC/35/2018 APOLOGIES ...', 'C30/16 APOLOGIES', '34.12/13 APOLOGIES': a committee's letters, its
# minute, the year) reads as a number with a '/'.
_RUN_IN_REFERENCE = r"[A-Z]{1,5}/\d{1,4}/\d{2,4}|[A-Z]{1,5}\d{1,4}/\d{2,4}|\d{1,3}\.\d{2}/\d{2}"
# A one-digit number or a one-word title ('99. APOLOGIES No apologies ...') only with its full stop, two such headings
# or more in the paragraph; the title may be followed by an earlier minute's number ('311. MATTERS ARISING 298. Gate'). It may
# close on a bracketed note ('MINUTES (13/06/2012)') or a lower-case rider after a dash ('MATTERS ARISING - not on the
# agenda'), and its minute may open on a lettered point ('a) Garden ...').
_RUN_IN_HEADING = re.compile(
    rf"(?<=\s)(?P<number>{_RUN_IN_REFERENCE}|\d{{1,4}}(?:/\d{{2,4}})?)(?P<stop>\.?)\s+(?P<title>{_CAPS_WORD}(?:\s+(?:{_CAPS_WORD}|A|&|/|-|–|\d{{1,4}}(?:/\d{{2}})?(?=\s+[A-Z\d])))*"
    r"(?:\s+\([^()\n]{1,30}\))?(?:\s+[-–]\s+[a-z]+(?:\s+[a-z]+){0,7})?)"
    r"(?=:?\s+(?:[A-Z][a-z]|(?:RESOLVED|ORDERED)\b|\d{1,4}\.\s+[A-Z]|[a-z]\)\s))"
)
# A case's reference run into its site in capitals heads no minute: 'Application P/24/0312 LAND AT MILL LANE'.
_CASE_BEFORE = re.compile(r"\b(?:application|appeal|ref(?:erence)?|no)\.?:?\s+$", re.I)
# A title in mixed case before a colon, run into its minute: '14. Apologies for absence: Apologies were ...'.
_RUN_IN_COLON = re.compile(r"(?<=\s)(?P<number>\d{1,4}(?:/\d{2,4})?)(?P<stop>\.?)\s+(?P<title>[A-Z][^\s:.;]*(?:\s+[^\s:.;]+){0,7}):\s+(?=[A-Z])")
_MIN_ONE_WORD = 5
# A house number run into its street in capitals ('at 12. HIGH STREET Upper Town') heads no minute.
_STREET_END = re.compile(r"\b(?:STREET|ROAD|LANE|AVENUE|CLOSE|DRIVE|CRESCENT|TERRACE|SQUARE|GARDENS)$")
# A heading in capitals run into its minute's first sentence on a short line: 'APOLOGIES Apologies were ...'.
_CAPS_HEAD = re.compile(rf"^(?:{_CAPS_WORD}|[A-Z]{{3,}})(?:\s+(?:{_CAPS_WORD}|&|-|–))*(?P<gap>\s+)(?=[A-Z][a-z])")
_MIN_CAPS_LETTERS = 5
# A heading in capitals closed by a full stop or comma, or run on into lower case, before its minute:
# 'APOLOGIES FOR ABSENCE. There were none.', 'MINUTES OF THE LAST MEETING, were approved.'
_STOP_WORD = r"(?!RESOLVED\b)[A-Z][A-Z'’&,/()-]*[A-Z,)'’]"
_CAPS_STOP_HEAD = re.compile(
    rf"^(?P<head>(?P<words>{_STOP_WORD}(?:\s+(?:{_STOP_WORD}|[A-Z]|&|-|–))+)|[A-Z][A-Z'’]{{4,}})(?P<gap>[.,]\s+(?=[A-Z][a-z]|[a-z])|\s+(?=[a-z]))"
)
# The apologies item minuted as its own sentence: '2. Apologies for absence were received from Cllr A Bee.'
_APOLOGIES_SENTENCE = re.compile(
    r"^(?P<head>Apologies(?:\s+for\s+(?:absence|non-attendance))?)\s+(?:were|was|had\s+been|have\s+been)\s+"
    r"(?:received|given|tendered|submitted|noted|accepted|sent)\b",
    re.I,
)
_DECISION_WORD = re.compile(r"^(?:AGREED|NOTED|APPROVED|DEFERRED|RECOMMENDED|RESOLVED|THAT)\b")
_SENTENCE_START = re.compile(
    r"^(?:The|A|An|It|There|This|That|These|He|She|They|We|I|Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Members|Officers)\b"
)
_NOT_HEADING = re.compile(r"^(?:[ap]\.?m\b|noon|to\s+\d|and\b|or\b)|^\(|\d{1,2}[.:]\d{2}\s*[ap]\.?m", re.I)
# A payment's line ending in its sum in pounds and pence ('1207 A Lowe Clerk Salary £250.40', a cheque's number first).
_PAYMENT_END = re.compile(r"£\s?\d[\d,]*\.\d{2}\s*$")
_MAX_HEADING = 110
# A lettered or numbered list under a heading: 'a) Councillors received ...', 'b. June accounts'.
_LIST_MARK = re.compile(r"^\s*(?:\(?(?:[a-z]|[ivx]{1,4})\)|(?:[a-z]|[ivx]{1,4})\.)\s")
_MAX_CAPS_HEADING = 160
# A minute number alone on its line ('2.', '4.2', '45/24', a sub-committee's 'CSC 4/24', '(26)'), perhaps over its points' numbers ('2.1'), then the title
# (in capitals, unless the number is a minute reference '45/24').
_LONE_MINUTE = re.compile(r"^\s*(?:(?P<number>\d{1,3}\.|\d{1,3}\.\d{1,2}\.?|(?-i:[A-Z]{2,5}\s)?\d{1,4}/\d{2,4})|\((?P<bracketed>\d{1,3})\))\s*$")
_LONE_POINTS = 4
_POINT_NUMBER = re.compile(r"^\s*\d{1,3}(?:\.\d{1,2}){1,3}\.?\s*$")
_MONTH_BEFORE = re.compile(r"\b(?:" + "|".join(MONTHS) + r")\W*$", re.I)
_MAX_RUN_IN_WORDS = 16
_AGENDA_FORM = re.compile(r"To\s+(?!date\b)[a-z]{3,}\s")
_SENTENCE_OPENING = re.compile(r"(?:The|This|It|There)\s+[a-z]{2,}\s")
_ATTENDANCE_HEAD = re.compile(r"^(?:present|sederunt|attendance|in\s+attendance|attending|attendees|members\s+present)\s*$", re.I)
_FLATTENED = 300
_OUTCOME_TAIL = re.compile(r"^(?:none|nil|n/a|noted|agreed|approved|accepted)\s*\.?\s*$", re.I)
_APOLOGIES_HEAD = re.compile(r"^apologies(?:\s+for\s+absence)?$", re.I)
# A member sending apologies, by title or by the council's post ('Chairman Hollis', 'Vice-Chair A Lowe').
_MEMBER_OPENING = re.compile(r"^(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr|(?:Vice[- ]?)?Chair(?:man|woman|person)?)\b\.?\s+[A-Z]")


def roman_number(number: str) -> int | None:
    """The value of a Roman numeral heading a minute ('IV' -> 4), or None."""
    value = roman_value(number)
    return value if value is not None and value <= _MAX_ROMAN and value // 10 != _NO_ROMAN_TENS else None


def _run_in_head(title: str, number: str = "") -> str:
    """The heading of a line run on into its minute ('Apologies: Cllr A sent his apologies.' ->
    'Apologies'): the words before a colon or dash when a sentence follows it, or its words in capitals
    when a sentence in mixed case follows them ('APOLOGIES Apologies were received ...'), or an attendance
    heading before a colon over its names ('Sederunt: Chair A Bee, ...'); see also
    ``minute_items`` (':-' headings, a running ``number``'s heading ending at a full stop) and ``minute_heads`` (a heading
    in capitals before a colon in its minute, a one-word outcome closing the line, a sentence opening mid-line)."""
    if minute_head := capitals_head(title) or outcome_head(title) or sentence_head(title) or business_head(title):
        return minute_head
    if dashed := dash_head(title):
        return dashed
    if apologies := _APOLOGIES_SENTENCE.match(title):
        return apologies["head"]
    if (stop := _CAPS_STOP_HEAD.match(title)) and not _DECISION_WORD.match(title):
        tail = title[stop.end() :]
        # Two words or more closed by a full stop head what follows, even a sentence the page cuts off.
        stopped = bool(stop["words"]) and stop["gap"].startswith(".")
        if stopped or tail.rstrip().endswith(".") or _SENTENCE_VERB.search(tail):
            return stop["head"].rstrip(",")
    split = _RUN_IN_SPLIT.search(title)
    caps = _CAPS_HEAD.match(title) if split is None else None
    if split is None and caps is None:
        return stop_head(number, title) or title
    if (stopped := stop_head(number, title)) and len(stopped) < split.start() if split else False:
        return stopped  # closed by its full stop before a colon in its minute ('Finance. Paid: the clerk ...')
    start, end = (split.start(), split.end()) if split else (caps.start("gap"), caps.end("gap"))
    head, tail = title[:start], title[end:]
    if caps and len(re.sub(r"[^A-Z]", "", head)) < _MIN_CAPS_LETTERS:
        return title  # an acronym opening a sentence: 'CCTV Cameras were ...'
    sentence = tail.rstrip().endswith(".") or re.match(r"RESOLVED\b", tail) or _SENTENCE_VERB.search(tail)
    # A heading in capitals before a colon, its minute in mixed case after it: 'APOLOGIES: Cllr A Bee'.
    sentence = sentence or split and ":" in split.group() and head.upper() == head and re.search(r"[a-z]", tail)
    # A sentence opening after an en dash, wrapped before its verb: 'Minutes – The minutes of the' / 'meeting were ...'.
    sentence = sentence or split and split.group().strip() in ("–", "—") and _SENTENCE_OPENING.match(tail)
    # An attendance heading before a colon heads its list of names: 'Sederunt: Chair A Bee, B Cee'.
    sentence = sentence or split and ":" in split.group() and _ATTENDANCE_HEAD.match(head)
    # A one-word outcome or, under an apologies heading, the members named after the colon or dash: 'Declarations of
    # Interest – none', 'Apologies for Absence – Cllr Ray', 'Apologies: Cllr. K. Sim'.
    sentence = sentence or split and (_OUTCOME_TAIL.match(tail) or _APOLOGIES_HEAD.match(head) and _MEMBER_OPENING.match(tail))
    plain_head = not _SENTENCE_VERB.search(head) or split and ":" in split.group() and titled(head)
    if sentence and head and plain_head and len(head.split()) <= _MAX_RUN_IN_WORDS:
        return head
    return title


def run_in(line: str) -> bool:
    """A heading line run on into its minute: a lone one is a numbered paragraph, not an item."""
    match = _MINUTE_HEADING.match(line)
    return bool(match) and _run_in_head(match["title"], match["number"]) != match["title"]


_MAX_NAMED_WORDS = 18
_OTHER_VERB = re.compile(r"\b(?:will|would|be|did|does|none)\b", re.I)


def _named_heading(title: str, stopped: bool) -> bool:
    """A long heading opening like a sentence ('The', 'Members') that names a standing item, with no verb and no full stop."""
    verb = _SENTENCE_VERB.search(title) or _OTHER_VERB.search(title)
    return not stopped and bool(ITEM_NOUN.search(title)) and not verb and len(title.split()) <= _MAX_NAMED_WORDS


_RELATIVE_VERB = re.compile(r"\b(?:that|which)\s+(?:were|was|are|is|had|have|has)\b", re.I)


def _heading_title(title: str, following: Line | None, number: str = "") -> str | None:
    """The title of a minute heading line, or None when the line reads as a sentence of the minutes."""
    head, title_raw = _run_in_head(title, number), title
    dashed = dash_head(title) is not None
    stopped = head.rstrip().endswith(".")
    title = clean_title(head)
    # An item worded as the agenda put it ('To confirm the annual return has been completed') may be long and hold a verb;
    # a sentence closed by its full stop is a minute ('To close, the chair thanked all who had come.').
    agenda_form = bool(_AGENDA_FORM.match(title)) and not stopped
    limit = _MAX_CAPS_HEADING if title.split("(")[0].upper() == title.split("(")[0] else _MAX_HEADING
    # A heading closed by its colon, its minute below it, may be long: a planning application's address and reference.
    colon_closed = head == title_raw and head.rstrip().endswith(":")
    limit = MAX_TITLE if agenda_form or colon_closed else limit
    if not title or len(title) > limit or not re.match(r"[A-Z'‘“]", title) or _NOT_HEADING.search(title) or _PAYMENT_END.search(title):
        return None
    if MONTH_START.match(title) or re.match(r"That\s+[a-z]", title):
        return None
    caps = title.split("(")[0].upper() == title.split("(")[0]
    if following is not None and following.text[:1].islower() and not caps and not dashed:
        return None
    words = title.split()
    if not caps and (_SENTENCE_START.match(title) and (_SENTENCE_VERB.search(title) or len(words) > 8 and not _named_heading(title, stopped))):
        return None
    # A verb in a relative clause is no sentence's: 'Matters arising that were not on the Agenda'.
    if not caps and not agenda_form and _SENTENCE_VERB.search(_RELATIVE_VERB.sub(" ", title)) and (len(words) > 6 or stopped):
        return None
    if stopped and not caps and not agenda_form and _SENTENCE_VERB.search(title):
        return None
    return title


def _paragraphs(region: list[Line]) -> list[tuple[int, int]]:
    """(start, end) of each run of non-blank lines."""
    spans: list[tuple[int, int]] = []
    joined = False
    for line in region:
        if line.is_blank:
            joined = False
        elif joined:
            spans[-1] = (spans[-1][0], line.end)
        else:
            spans.append((line.start, line.end))
            joined = True
    return spans


def _lone_heading(region: list[Line], index: int, reference: tuple[str, int] | None = None) -> FoundItem | None:
    """A heading whose number stands alone on ``region[index]`` ('2.', '45/24'), above its points' lone
    numbers ('2.1') and its title on the next line (see ``_LONE_MINUTE``); ``reference``: the letters printed on
    the line above and where they start ('ABC' over '4/21' is minute 'ABC 4/21')."""
    lone = _LONE_MINUTE.match(region[index].text)
    if lone is None:
        return None
    number = lone["number"] or lone["bracketed"]
    below = [line for line in region[index + 1 : index + 2 + _LONE_POINTS] if not line.is_blank]
    while below and _POINT_NUMBER.match(below[0].text):
        below = below[1:]
    if not below:
        return None
    title = clean_title(below[0].text)
    caps = bool(re.search(r"[A-Z]{3}", title)) and title.upper() == title and len(title) <= _MAX_CAPS_HEADING
    referenced = "/" in number and _heading_title(below[0].text, None) == title
    if not (caps or referenced) or _NOT_HEADING.search(title):
        return None
    if reference is not None:
        return FoundItem(f"{reference[0]} {number}", title, [], False, reference[1], below[0].end)
    return FoundItem(number.rstrip("."), title, [], False, region[index].start, below[0].end)


# A minute number alone with no stop ('1'), over a title in capitals: a page number too, so only two or more running on.
_BARE_MINUTE = re.compile(r"^\s*(?P<number>\d{1,3})\s*$")
_BARE_REACH = 8


def _bare_headings(region: list[Line]) -> list[FoundItem]:
    """Headings numbered '1' alone on a line over a title in capitals with no digit ('1' over 'DECLARATION OF
    INTEREST'), each numbered next to another: a printed page number ('158' over 'CSC 12.02.2020') runs on from none."""
    found: list[FoundItem] = []
    for index, line in enumerate(region):
        if (bare := _BARE_MINUTE.match(line.text)) is None:
            continue
        below = next((n for n in region[index + 1 : index + 1 + _BARE_REACH] if not n.is_blank), None)
        title = clean_title(below.text) if below is not None else ""
        if title and re.search(r"[A-Z]{3}", title) and title.upper() == title and not re.search(r"\d", title) and len(title) <= _MAX_CAPS_HEADING:
            found.append(FoundItem(bare["number"], title, [], False, line.start, below.end))
    return [item for item in found if any(abs(int(item.number) - int(other.number)) == 1 for other in found)]


# A minute number in its own table cell ('716 |'), printed again in the cell under its title: the margins of some
# Scottish minutes number each minute on both sides.
_MARGIN_MINUTE = re.compile(r"^\s*(?P<number>\d{1,4})\s*\|?\s*$")
_MARGIN_TITLE_WORDS = 3


def _margin_headings(region: list[Line]) -> list[FoundItem]:
    """Headings whose number stands alone over the title and again under it ('716 |' / title / '716 |')."""
    printed = [line for line in region if not line.is_blank and line.text.strip(" |")]
    found: list[FoundItem] = []
    for above, title_line, below in zip(printed, printed[1:], printed[2:]):
        number = _MARGIN_MINUTE.match(above.text)
        if number is None or (again := _MARGIN_MINUTE.match(below.text)) is None or again["number"] != number["number"]:
            continue
        title = _heading_title(title_line.text.strip(" |"), None)
        if title and len(title.split()) >= _MARGIN_TITLE_WORDS:
            found.append(FoundItem(number["number"], title, [], False, above.start, title_line.end))
    return found


# A minute's reference alone on the line under its heading ('MINUTES' / '18/100'; not a planning reference '21/0456'):
# the margin read after the heading.
_REFERENCE_UNDER = re.compile(r"^\s*(?P<number>\d{1,3}/\d{2,3})\s*$")
_AGENDA_NUMBER = re.compile(r"^\s*item\s+\d{1,3}[.:]?\s+", re.I)


def _capitals_line(text: str) -> bool:
    return bool(re.search(r"[A-Z]{3}", text)) and text.upper() == text


def _headings_over_references(region: list[Line]) -> list[FoundItem]:
    """Headings in capitals, 'ITEM 1 MINUTES' read as 'MINUTES', over their minute's reference alone on the next line and
    its minute's text, two or more with consecutive references: each item is numbered by its reference."""
    printed = [line for line in region if not line.is_blank]
    found: list[FoundItem] = []
    for title_line, below, minute in zip(printed, printed[1:], [*printed[2:], Line(0, 0, "")]):
        # A reference over a title in capitals heads that title ('HSP' / '1/19' / 'APOLOGIES'): its letters are above it.
        if (reference := _REFERENCE_UNDER.match(below.text)) is None or _capitals_line(minute.text):
            continue
        title = clean_title(_AGENDA_NUMBER.sub("", title_line.text))
        if re.search(r"[A-Z]{3}", title) and title.upper() == title and not re.search(r"\d", title) and len(title) <= _MAX_CAPS_HEADING:
            found.append(FoundItem(reference["number"], title, [], False, title_line.start, below.end))
    return found if len(found) >= 2 and _consecutive([item.number for item in found]) else []


def _consecutive(references: list[str]) -> bool:
    """'19/031', '19/032', '19/033': one prefix, each reference one above the last (scores '12/30', '8/30' and dates
    '10/07', '11/09' are none)."""
    pairs = [reference.split("/") for reference in references]
    return all(a[0] == b[0] and int(b[1]) == int(a[1]) + 1 for a, b in zip(pairs, pairs[1:]))


def heading_candidates(text: str, region: list[Line]) -> list[FoundItem]:
    """Every heading ``region`` (lines of ``text``) may hold, in document order, each numbering mixed with the rest."""
    referenced = _headings_over_references(region)
    found: list[FoundItem] = _bare_headings(region) + _margin_headings(region) + referenced
    references = split_references(region, _LONE_MINUTE)
    for index, line in enumerate(region):
        short = len(line.text) <= _FLATTENED or bool(_RUN_IN_SPLIT.search(line.text, 0, _MAX_HEADING))
        match = _MINUTE_HEADING.match(line.raw) if not line.is_blank else None
        if match is not None and not short and not stop_head(match["number"], match["title"][:_MAX_HEADING]) and not business_head(match["title"]):
            match = None  # a long paragraph opening with a number heads a minute only closed by its full stop, or a standing item's heading
        if match is None:
            if lone := _lone_heading(region, index, references.get(index)):
                found.append(lone)
            continue
        following = region[index + 1] if index + 1 < len(region) else None
        # Only a line the page's width may have broken runs on into the line under it ('2   Apologies' over 'were
        # received from two members.' is a heading over its minute, blank line or not).
        if following is not None and (following.is_blank or _LIST_MARK.match(following.text) or not may_wrap(line.raw)):
            following = None
        title = _heading_title(match["title"], following, match["number"])
        # A Roman numeral heads a title in capitals: 'I Ratcliffe' in a list of members is a name.
        if title and (roman_number(match["number"]) is None or title.upper() == title):
            found.append(FoundItem(match["number"], title, [], False, line.start, line.end))
    single: list[FoundItem] = []  # one word in capitals after a running number, no stop: 'Officer 303 PRAYERS Canon Hale ...'
    for start, end in _paragraphs(region):
        if end - start <= _FLATTENED:
            continue
        runs: list[tuple[bool, FoundItem]] = []
        matches = [*_RUN_IN_COLON.finditer(text, start, end), *_RUN_IN_HEADING.finditer(text, start, end)]  # capitals win
        for run in sorted({m.start(): m for m in matches}.values(), key=lambda m: m.start()):
            title = clean_title(run["title"])
            inside = any(item.start <= run.start() < item.end for item in found)
            dated = _MONTH_BEFORE.search(text, max(start, run.start() - 12), run.start()) or MONTH_START.match(title)
            dated = dated or _CASE_BEFORE.search(text, max(start, run.start() - 14), run.start())
            colon = run.re is _RUN_IN_COLON
            if colon and (_SENTENCE_VERB.search(title) or _NOT_HEADING.search(title)):
                continue
            plain = len(title.split()) >= 2 and len(run["number"]) >= 2 and not colon
            stopped = (run["stop"] or "/" in run["number"]) and (len(title.split()) >= 2 or len(title) >= _MIN_ONE_WORD)
            if not inside and not dated and (plain or stopped) and len(title) <= _MAX_HEADING and not _STREET_END.search(title):
                runs.append((plain, FoundItem(run["number"], title, [], False, run.start(), run.end())))
            elif not inside and not dated and not colon and len(run["number"]) >= 3 and run["number"].isdigit() and len(title) >= _MIN_ONE_WORD:
                single.append(FoundItem(run["number"], title, [], False, run.start(), run.end()))
        found.extend(item for plain, item in runs if plain or len(runs) >= 2)
        for number, title, first, last in referenced_run_ins(text, start, end):
            if not any(item.start <= first < item.end for item in found):
                found.append(FoundItem(number, title, [], False, first, last))
    # Such a word heads a minute when the next minute's heading follows it, numbered one above it.
    numbers = {item.number for item in found}
    found.extend(item for item in single if str(int(item.number) + 1) in numbers)
    # A heading over its reference is numbered by the reference, not by the agenda number printed before it.
    starts = {item.start for item in referenced}
    found = [item for item in found if item.start not in starts or item in referenced]
    # A page heading its minutes '1.' prints '[1]' for a numbered list or a footnote: bracketed numbers it also
    # prints plainly are no headings.
    bracketed = {item.start for item in found if text[item.start : item.end].lstrip().startswith("[")}
    plain = {item.number for item in found if item.start not in bracketed}
    found = [item for item in found if item.start not in bracketed or item.number not in plain]
    return sorted(found, key=lambda item: item.start)
