"""Attendance printed outside label lists: a meeting page's 'Attendee | Role | Attendance' table
('Present, virtual' is present; an officer marked present is in attendance; 'Expected' and 'Absent'
are not attendance); guests welcomed 'who were in attendance'; an apology sentence that ends in
'from the following members:' and lists them one per bulleted line; 'Councillor X in the Chair';
substitutes ('X attended as a substitute for Y', 'X substituted for Y', 'with X attending as his substitute',
'(X substituting)', 'A (substituted by X)' or 'A (represented by X)', 'X (from <council>) acted as substitute for Y', 'A, for whom X
was substitute'), present with the role 'Substitute'; sentences that open with the names ('<names> were in
attendance (for this item).', '<names> sent apologies.', '<names> attended as substitutes.'); a clerk named after
a count of the public ('1 member of the public, Ann Lee (AL) Clerk'); the chair named in a sentence of what
they did ('The Chair, Councillor A, welcomed ...'), present.

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``,
which a change here must bump.
"""

from __future__ import annotations

import re

from extractors.proceedings.attendance_record import CHAIR as _CHAIR, attendee as _attendee
from extractors.proceedings.attendance_lists import TABLE_HEADER as _TABLE_HEADER
from extractors.proceedings.attendance_entries import list_entries as _entries
from extractors.proceedings.attendance_sentences import NAME_PATTERN as _NAME, SENTENCE_END as _SENTENCE_END, sentence_start as _sentence_start
from extractors.readers.name_lists import entry_name
from extractors.readers.names import NOT_NAME_WORDS, looks_like_name, name_prefix, split_honorifics
from extractors.readers.shared_titles import shared_titles
from extractors.readers.spans import lines
from schemas.parsed import ParsedDocument
from schemas.structure import Attendance, AttendeeRecord

_TABLE_STATUS: dict[str, Attendance] = {
    "present": "present", "attended": "present", "present as substitute": "present",
    "present as deputy": "present", "apologies": "apologies", "apologies received": "apologies",
    "in attendance": "in_attendance", "also present": "in_attendance",
}

# 'X attended as a substitute for Y', 'X was his substitute for the meeting', 'A who was substituted by X', 'X confirmed he was attending as a substitute for Y', 'X substituted
# for Y', 'X had been appointed as a substitute member for Y', 'X was also present as a substitute', '... with X attending as his substitute' or '... with X
# substituting', '(X substituting)', 'A (substituted by X)',
# 'X was in attendance (from Item 7,) as the deputy for Y', 'it be noted X was substituting for Y', 'X advised that he was a substitute member ... in place of Y',
# 'the appointment of the following substitute member was made: X for Councillor Y': X is present.
_SUBSTITUTE = re.compile(
    rf"(?:(?:^|(?<=[.:;,]\s)|(?<=[.:;]\s\s)|(?<=\bthat\s)|(?<=\bnoted\s)|(?<=\band\s))(?P<name>{_NAME})(?:\s+from\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:of|and|[A-Z][\w'’&-]*)){{0,5}})?\s+(?:(?:attended|was\s+(?:also\s+)?(?:present|in\s+attendance)(?:\s+from\s+(?:[Ii]tem|[Mm]inute)\s+\d{{1,3}},?)?|was\s+attending|"
    rf"confirmed\s+(?:that\s+)?(?:he|she|they)\s+(?:was|were)\s+attending|acted|(?:had\s+been|was)\s+appointed)\s+as\s+(?:(?:a|the)\s+)?(?:[Ss]ubstitute|deputy(?=\s+for\b))(?:\s+member)?(?:\s+for)?|"
    rf"(?:advised|confirmed|reported|stated)\s+that\s+(?:he|she|they)\s+(?:was|were)\s+(?:a|the)\s+substitute(?:\s+member)?\b(?=[^.]{{0,60}}\b(?:for|in\s+place\s+of)\s)|"
    rf"(?:attended|acted)\s+as\s+(?:his|her|their)\s+substitute|was\s+(?:his|her|their)\s+substitute|substituted\s+for|was\s+substituting\s+for)\b"
    rf"|\bwith\s+(?P<with>{_NAME})\s+(?:attending\s+as\s+(?:his|her|their|a)\s+substitute|substituting\b)"
    rf"|\((?P<bracket>{_NAME})(?:\s+substituting|(?:,[^()]{{0,60}}?)?\s+attended\s+(?:as\s+(?:a\s+)?substitute|in\s+(?:his|her|their)\s+absence))\)"
    rf"|\((?:substituted|represented)\s+by\s+(?P<by>{_NAME})\)|\bwho\s+(?:was|were)\s+substituted\s+by\s+(?P<who>{_NAME})"
    rf"|\bsubstitute\s+members?\s+(?:was|were)\s+(?:made|appointed|noted|reported)\s*:\s*(?P<made>{_NAME})\s+for\s+(?=(?:Councillor|Cllr)\.?\s)"
    rf"|\bfor\s+whom\s+(?P<whom>{_NAME})\s+(?:was|were|attended\s+as)\s+(?:a\s+|the\s+)?substitute)",
    re.M,
)


_SKIPPED_STATUS = frozenset({"expected", "absent", "not present", "did not attend"})
# A header printed with single spaces ('Attendee Role Attendance') or one cell a line ('Attendee' / 'Role' / 'Attendance').
_SPACED_HEADER = re.compile(r"^\W*(?:attendee|name|member)s?\s+role\s+attendance\W*$", re.I)
# A table with no role column: 'Name | Attendance' over 'Cllr A Lowe | Present'.
_TWO_COLUMN_HEADER = re.compile(r"^\W*(?:attendee|name|member|councillor)s?(?:\s*\|\s*|\t+|\s{2,})attendance\W*$", re.I)
_STACKED_HEADER = (re.compile(r"^\W*(?:attendee|name|member)s?\W*$", re.I), re.compile(r"^\W*role\W*$", re.I), re.compile(r"^\W*attendance\W*$", re.I))
_STATUS_WORDS = "|".join(sorted((re.escape(k) for k in [*_TABLE_STATUS, *_SKIPPED_STATUS]), key=len, reverse=True))
# A row printed with single spaces: 'Councillor Ann Lowe Committee Member Present as substitute'.
_SPACED_ROW = re.compile(
    rf"^\s*(?P<rest>\S.*?)\s+(?P<status>(?i:{_STATUS_WORDS}))(?:,\s*(?i:as\s+(?:expected|substitute|deputy)|sent\s+(?:a\s+)?substitute))?"
    r"(?:,?\s*\(?(?i:virtual(?:ly)?|remotely|remote)\)?)?\s*$"
)
# Words that open an untitled officer's post after the name ('Gail Hay Democratic Services Officer').
_POST_OPENERS = frozenset(
    "democratic legal senior principal governance finance clerk scrutiny policy interim acting committee independent person"
    " co-opted parent governor diocesan observer adviser advisor".split()
)


def _status(printed: str) -> Attendance | None | str:
    """The attendance a status cell gives, '' for a status that records nobody ('Expected'), None for no status."""
    printed = re.sub(r",?\s*\(?(?:virtual(?:ly)?|remotely|remote)\)?$", "", " ".join(printed.lower().split()))
    # ModernGov's 'Present, as expected' and 'Apologies, sent substitute' qualify the status; 'Present, as substitute'
    # is 'Present as substitute'.
    printed = re.sub(r",\s*(?:as\s+expected|sent\s+(?:a\s+)?substitute)$", "", printed)
    printed = re.sub(r",\s*(?=as\s+(?:substitute|deputy)$)", " ", printed)
    return "" if printed in _SKIPPED_STATUS else _TABLE_STATUS.get(printed)


def _row_cells(raw: str) -> list[str]:
    raw = raw.strip().removeprefix("|").removesuffix("|")
    return [cell.strip() for cell in (raw.split("|") if "|" in raw else re.split(r"\t+|\s{2,}", raw))]


def _spaced_cells(raw: str) -> list[str] | None:
    """[name, role, status] of a row printed with single spaces, or None when its name cannot be told from its role."""
    match = _SPACED_ROW.match(raw)
    if not match:
        return None
    rest = match["rest"]
    titled = name_prefix(rest)
    title = split_honorifics(titled)[0] if titled else ""
    words = (titled or rest)[len(title) :].split()
    cut = next((i for i, w in enumerate(words) if w.lower() in NOT_NAME_WORDS or w.lower() in _POST_OPENERS), len(words))
    name = " ".join([title] * bool(title) + words[:cut]) if (1 if title else 2) <= cut <= 4 else ""
    if not name or not looks_like_name(name):
        return None
    return [name, rest[len(name) :].strip(), match["status"]]


def _table_row(document: ParsedDocument, text: str, name_start: int, cells: list[str], status: Attendance) -> AttendeeRecord | None:
    if status == "present" and re.fullmatch(r"(?:\w+\s+)?officers?", cells[1], re.I):
        status = "in_attendance"
    record = _attendee(document, text, name_start, name_start + len(cells[0]), status)
    if record is None:
        return None
    chair = _CHAIR.match(cells[1])
    role_update = {"role": cells[1] or None}
    if chair:
        role_update["chair"] = "Vice-Chair" if chair["vice"] else "Chair"
    return record.model_copy(update=role_update)


def table_rows(document: ParsedDocument, text: str, start: int, end: int) -> tuple[list[AttendeeRecord], list[tuple[int, int]]]:
    """Rows of an 'Attendee | Role | Attendance' table (or 'Name | Attendance'; 'Present, virtual' is present) and
    the tables' spans.

    The header may be printed with single spaces or one cell a line (then so are the rows); with no header,
    a row split by tabs or bars into name, role and a status cell still counts.
    """
    found: list[AttendeeRecord] = []
    spans: list[tuple[int, int]] = []
    region = [line for line in lines(text, start, end) if not line.is_blank]
    index = 0
    while index < len(region):
        line = region[index]
        stacked = all(p.match(row.text) for p, row in zip(_STACKED_HEADER, region[index : index + 3])) and index + 3 <= len(region)
        spaced = bool(_SPACED_HEADER.match(line.text))
        if stacked:
            index += 3
            while index + 2 < len(region) and (status := _status(region[index + 2].text)) is not None:
                name_line = region[index]
                cells = [name_line.raw.strip(), region[index + 1].raw.strip(), region[index + 2].raw.strip()]
                if status:
                    record = _table_row(document, text, name_line.start + name_line.raw.index(cells[0]), cells, status)
                    found += [record] if record else []
                spans.append((line.start, region[index + 2].end))
                index += 3
            continue
        two_column = bool(_TWO_COLUMN_HEADER.match(line.text))
        if _TABLE_HEADER.match(line.text) or spaced or two_column:
            index += 1
            while index < len(region):
                row = region[index]
                cells = _row_cells(row.raw)
                if two_column and len(cells) == 2:
                    cells = [cells[0], "", cells[1]]
                if spaced and len(cells) < 3:
                    cells = _spaced_cells(row.raw) or cells
                if len(cells) < 3 or (status := _status(cells[2])) is None:
                    if len(cells) < 3:
                        break
                    index += 1
                    continue
                if status:
                    record = _table_row(document, text, row.start + row.raw.index(cells[0]), cells, status)
                    found += [record] if record else []
                spans.append((line.start, row.end))
                index += 1
            continue
        # A headerless row split by tabs, bars or wide gaps: 'Councillor Ann Lowe<TAB>Chair<TAB>Apologies'.
        cells = _row_cells(line.raw) if re.search(r"\t|\||\S {3,}\S", line.raw.strip()) else []
        if len(cells) == 3 and (status := _status(cells[2])) is not None and looks_like_name(entry_name(cells[0])):
            if status:
                record = _table_row(document, text, line.start + line.raw.index(cells[0]), cells, status)
                found += [record] if record else []
            spans.append((line.start, line.end))
        index += 1
    return found, spans


# 'The Chair welcomed (to the meeting) A, B and C who were in attendance ...'; '... and also D, the Chair of
# the Standards Committee, who was in attendance ...' (a lone guest is the last one named before 'who was').
_WELCOMED = re.compile(
    r"\bwelcomed\s+(?:to\s+the\s+meeting\s+)?(?P<names>[^.;:]{3,300}?),?\s+(?:who\s+(?P<verb>was|were)\s+(?:also\s+)?in\s+attendance\b"
    r"|as\s+(?P<guests>guests)\s+(?:to|at)\s+the\s+meeting\b)"
)
_LAST_GUEST = re.compile(r"(?:^|,?\s+and\s+(?:also\s+)?|,\s+)(?=[A-Z][^,]*(?:,\s+(?:the\s+)?[^,]+)?$)")


def welcomed_guests(document: ParsedDocument, text: str, start: int, end: int) -> list[AttendeeRecord]:
    """Guests the chair welcomed 'who were in attendance' or 'as guests to the meeting': in attendance, with the
    post printed after a lone one."""
    found: list[AttendeeRecord] = []
    for match in _WELCOMED.finditer(text, start, end):
        names_start, names_end = match.span("names")
        if match["verb"] == "were" or match["guests"]:
            # 'welcomed A from the Police and B as guests to the meeting': each guest's name opens its entry.
            for s, e in _entries(text, [(names_start, names_end, True)], run_on=False):
                source = re.search(r"\s+from\s", text[s:e]) if match["guests"] else None
                e = s + source.start() if source else e
                found += [r for r in [_attendee(document, text, s, e, "in_attendance", trim=False)] if r]
            continue
        guest = text[names_start:names_end]
        cut = max((m.end() for m in _LAST_GUEST.finditer(guest)), default=0)
        name, _, post = guest[cut:].partition(",")
        if not looks_like_name(name):
            continue
        record = _attendee(document, text, names_start + cut, names_start + cut + len(name.rstrip()), "in_attendance")
        post = re.sub(r"^\s*the\s+", "", post).strip()
        if record:
            found.append(record.model_copy(update={"role": post or None}))
    return found


# '1 member of the public, Ann Lee (AL) Clerk', 'Two electors present, in addition Bob Roe Clerk': the clerk named
# after a count of the public, with the post printed after the name.
_COUNT_THEN_CLERK = re.compile(
    r"^[ \t]*(?i:(?:\d{1,3}|no|one|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:members?\s+of\s+the\s+(?:public|press)"
    r"|electors?|residents?|parishioners?|villagers?)(?:\s+(?:were\s+|was\s+)?present)?\s*[,;]\s*(?:(?:and\s+)?in\s+addition,?\s+|and\s+)?)"
    rf"(?P<name>{_NAME})(?:\s*\([A-Z]{{2,4}}\))?\s+(?P<role>(?:(?:Parish|Town|Acting|Deputy|Assistant)\s+)?Clerk(?:\s+(?:and|&)\s+RFO)?)\W*$",
    re.M,
)


def counted_clerk(document: ParsedDocument, text: str, start: int, end: int) -> list[AttendeeRecord]:
    """The clerk named after a count of the public on its line: in attendance, with the post."""
    found = []
    for match in _COUNT_THEN_CLERK.finditer(text, start, end):
        record = _attendee(document, text, *match.span("name"), "in_attendance", trim=False)
        found += [record.model_copy(update={"role": match["role"]})] if record and looks_like_name(record.name) else []
    return found


# A bullet: '-', '•', 'o' (as Word lists print in text) or '1.' before the name.
_BULLET = re.compile(r"^\s*(?:[-•*·o]|\d+[.)])\s+(?=[A-Z])")
_FOLLOWING = re.compile(r"\s*the\s+following(?:\s+\w+){0,2}\s*:[ \t]*\n")


def following_lines(text: str, position: int, end: int) -> list[tuple[int, int, bool]] | None:
    """The bulleted name lines after '... from the following members:', or None when no such list follows."""
    match = _FOLLOWING.match(text, position, end)
    if not match:
        return None
    pieces: list[tuple[int, int, bool]] = []
    for line in lines(text, match.end(), end):
        if line.is_blank:
            continue
        bullet = _BULLET.match(line.raw)
        name = line.raw[bullet.end() :].strip() if bullet else ""
        if not (looks_like_name(name) or name_prefix(name)):
            break
        pieces.append((line.start + bullet.end(), line.end, False))
    return pieces


# 'Councillor X in the Chair.' opens the minutes; 'Councillor X (in the Chair); Councillors A, B ...' lists those present.
# A civic post may open the line ('The Worshipful the Mayor Councillor A Lowe in the Chair'); a meeting page's table cell
# closes it with a bar ('Councillor A Lowe in the Chair |').
_IN_THE_CHAIR = re.compile(
    rf"^\W*+(?:(?:The\s+)?(?:Right\s+)?Worshipful\s+the\s+)?(?:(?:(?:Deputy|Lord)\s+)?(?:Mayor|Provost)\s+(?=Councillor|Cllr))?"
    rf"(?P<name>{_NAME})\s*\(?(?i:in\s+the\s+chair)\)?\s*(?P<tail>[;,]|\.?[ \t]*(?:\|[ \t]*)?$)",
    re.M,
)


def in_the_chair(text: str, start: int, end: int):
    """(spans, present) of 'Councillor X in the Chair.' and 'Councillor X (in the Chair); Councillors A, B ...'."""
    for match in _IN_THE_CHAIR.finditer(text, start, end):
        if match["tail"] in (";", ","):
            stop = _SENTENCE_END.search(text, match.end(), min(end, match.end() + 1500))
            yield _entries(text, [(match.start("name"), stop.start() if stop else min(end, match.end() + 1500), True)])
        elif looks_like_name(match["name"]):
            yield [match.span("name")]


# 'The Chair, Councillor A Lowe, welcomed ...' (or another title: a police rank, none) / 'The Mayor (Councillor Roe) was elected to chair the meeting':
# the chair of the meeting is present; a sentence of their absence or death names nobody. A mayor doing
# anything else may be a civic guest, or the meeting's subject (a mayor-making), and counts only when chairing.
_CHAIR_SENTENCE = re.compile(
    rf"\bThe\s+(?:(?P<chair>(?:(?:Vice|Deputy)[-\s]?)?Chair(?:man|woman|person)?)|(?:Worshipful\s+the\s+)?(?P<mayor>(?:Deputy\s+)?Mayor))"
    rf"(?:,\s+|\s+\()(?P<name>(?:(?:Councillor|Cllr)\.?\s+)?{_NAME})(?:,|\))\s+"
    rf"(?=(?(chair)(?:also\s+)?(?:(?!apologi[sz]ed|died|deceased|retired|resigned|passed)[a-z]{{2,}}ed|said|gave|took|read|led|made|put|began|opened|moved)\b|(?!x)x)"
    rf"|(?P<chairing>was\s+(?:elected\s+to\s+(?:chair|preside)|in\s+the\s+chair)\b|presided\b))"
)


# 'The Vice Chairman Councillor A Lowe took the chair ...': the post and name unparted, the sentence saying they chaired.
_TOOK_CHAIR = re.compile(
    rf"\bThe\s+(?P<chair>(?:(?:Vice|Deputy)[-\s]?)?Chair(?:man|woman|person)?)\s+(?P<name>(?:Councillor|Cllr)\.?\s+{_NAME})\s+took\s+the\s+chair\b"
)


def chair_sentences(text: str, start: int, end: int):
    """(span, post, chairing) of the chair named in a sentence of what they did at the meeting; ``chairing``
    when the sentence says they chaired it ('was elected to chair', 'presided', 'took the chair'), which states their presence."""
    for match in _CHAIR_SENTENCE.finditer(text, start, end):
        # A chair titled otherwise ('The Chair, Chief Superintendent A Lowe, welcomed ...'): a name's shape, no body's.
        if looks_like_name(match["name"]):
            yield match.span("name"), match["chair"] or match["mayor"], bool(match["chairing"])
    for match in _TOOK_CHAIR.finditer(text, start, end):
        yield match.span("name"), match["chair"], True


# The member an apology names just before its bracket: a capitalised word ('Ann Lowe (represented by ...').
_NAMED_BEFORE = re.compile(r"\b[A-Z][\w'’.-]*[ \t]*$")


def substitute_records(document: ParsedDocument, text: str, start: int, end: int) -> list[AttendeeRecord]:
    """Substitutes named in sentences and brackets, present with the role 'Substitute'.

    A substitute's own line ('Councillor X attended as a substitute for ...') names them before a bracket does.
    """
    found: list[AttendeeRecord] = []
    for match in sorted(_SUBSTITUTE.finditer(text, start, end), key=lambda m: bool(m["by"])):
        group = next(g for g in ("name", "with", "bracket", "by", "whom", "made", "who") if match[g])
        # 'It was noted X attended as a substitute at ... last month' is past news: the noted form names whom X stood in for.
        if group == "name" and re.search(r"\bnoted\s+$", text[max(0, match.start() - 8) : match.start()]):
            tail = text[match.end() : match.end() + 80]
            if not (re.search(r"\bfor$", match[0]) and re.match(r"\s+[A-Z]", tail)) and not re.match(r"\s+for\s+[A-Z]", tail):
                continue
        # 'the appellant (represented by X)': a party's advocate; only a member named before the bracket is stood in for.
        if group == "by" and match[0].startswith("(represented") and not _NAMED_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue
        start, end = match.span(group)
        # A heading line above the sentence ('2. Substitutes' / 'Councillor A advised ...') is no part of the name.
        start = max(start, text.rfind("\n", start, end) + 1)
        record = _attendee(document, text, start, end, "present")
        if record:
            found.append(record.model_copy(update={"role": record.role or "Substitute"}))
    return found


# '<names> were in attendance (for this item).' / '<names> attended to explain ...' / '<names> sent (submitted) apologies.':
# the names open the sentence.
_ATTENDED = re.compile(
    r",?\s+(?:(?:was|were)\s+(?:also\s+)?(?:in\s+attendance|present)\b(?!\s+as\b)|attended\s+the\s+meeting\b(?!\s+as\b)"
    # 'Ann Lee, Partnership Manager attended to explain ...': attending for the item.
    r"|attended\s+to\s+(?:explain|present|answer|update|give|provide|respond|introduce|outline|speak|brief|report)\b)"
)
# Each word read one way only (no '[A-Z]{2,}[A-Z]*'): a long heading of capitals before no name stays linear.
_CAPITALS_HEAD = re.compile(r"(?:^\s*(?:\d{1,3}\.?\s+)?|\s\d{1,3}\.?\s+)(?:[A-Z]{2}[A-Z&'’-]*\s+)*[A-Z]{3}[A-Z&'’-]*\s+(?=[A-Z][a-z])")
_REMOTE_AFTER = re.compile(r"\s+(?:remotely|virtually|online|via\s+[A-Z]|by\s+(?:video|telephone|phone)\b)")
# ... not one there to speak or watch ('... via Zoom to speak as ward member', '... remotely as an observer').
_GUEST_AFTER = re.compile(
    r"[^.\n]*?\b(?:as\s+(?:an?\s+|the\s+)?(?:observer|ward|local|objector|supporter|speaker|guest|visitor)"
    r"|to\s+(?:speak|address|present|answer|observe|report|give|introduce)|(?:gave|presented)\s+(?:his|her|their|a|the)\s+report|for\s+(?:this\s+|the\s+)?item)\b"
)
_COUNCILLOR_NAME = re.compile(r"(?:Councillor|Cllr)\b")
# '<names> attended (the meeting) as substitutes.': present, each a substitute.
_AS_SUBSTITUTES = re.compile(r",?\s+(?:attended(?:\s+the\s+meeting)?|(?:was|were)\s+present)\s+as\s+(?:a\s+)?substitutes?\b")
_PARAGRAPH_NUMBER = re.compile(r"[ \t]*(?:\d{1,3}(?:\.\d{1,3})+[ \t]+)?")
_SENT_APOLOGIES = re.compile(
    r"\s+(?:(?:has|have|had)\s+(?:(?:also|since)\s+)?)?(?:also\s+)?(?:sent|submitted|tendered)\s+(?:their\s+|his\s+|her\s+|an\s+)?apolog(?:ies|y)(?:\s+for\s+(?:their\s+|his\s+|her\s+)?absence)?"
    # '... sent her apology (no substitute present).': a bracketed note before the full stop.
    r"(?:\s*\([^()]{0,60}\))?\s*\.",
    re.I,
)


def sentence_lists(document: ParsedDocument, text: str, start: int, end: int):
    """The records of the sentences that name people in attendance or sending apologies.

    Every entry must be a name or the role after one ('Ann Lee, Chief Finance Officer; and Tom Roe,
    Head of Policy, were in attendance for this item.'), or the sentence is not a list.
    """
    for pattern, kind in ((_ATTENDED, "in_attendance"), (_SENT_APOLOGIES, "apologies"), (_AS_SUBSTITUTES, "present")):
        for match in pattern.finditer(text, start, end):
            begin = _sentence_start(text, match.start(), start)
            # 'District Cllrs A and B were present' / 'The Clerk, Mrs C, was present': a sentence whose full stop was not
            # printed ends at its own verb, so the next sentence's names never share its title.
            for earlier in pattern.finditer(text, begin, match.start()):
                begin = earlier.end()
            # 'Cllr A Lowe (Cllr B Ray attended as substitute)': a bracket's sentence names the substitute only (``substitute_records``).
            if text.count("(", begin, match.start()) > text.count(")", begin, match.start()):
                continue
            # A heading line may run into the sentence when no full stop or blank line parts them.
            line_starts = [begin + m.end() for m in re.finditer(r"\n", text[begin : match.start()])]
            # '... no apologies at the meeting – Ann Lee has since sent hers': a clause after a spaced dash, tried last.
            # Only word sent since: '7. Hall – the committee met – Ann Lee sent her apologies' may be another meeting's.
            since = re.match(r"\s+(?:has|have|had)\s+since\b", match[0])
            dash_starts = [begin + m.end() for m in re.finditer(r"\s[–—]\s+", text[begin : match.start()])] if since else []
            # '... 2. HOUSING UPDATE Ann Lee, Head of Finance, was in attendance.' (run on): after an item's heading in capitals.
            heads = [begin + m.end() for m in _CAPITALS_HEAD.finditer(text[begin : match.start()])]
            # A numbered paragraph ('1.1 Ann Lee, Head of Housing, sent her apologies.') opens with its number.
            for offset in [begin, *line_starts, *heads, *dash_starts]:
                offset += len(_PARAGRAPH_NUMBER.match(text, offset)[0])
                records = _sentence_records(document, text, offset, match.start(), kind)
                # 'Councillor A attended the meeting via Teams': a member attending remotely is present.
                # ... the names bare before the verb: 'Councillor A, the county councillor, attended ...' is a guest.
                bare = records and not text[records[-1].provenance.end : match.start()].strip(" \t")
                remote = pattern is _ATTENDED and (after := _REMOTE_AFTER.match(text, match.end()))
                if remote and bare and not _GUEST_AFTER.match(text, after.end()):
                    records = [r.model_copy(update={"attendance": "present"}) if _COUNCILLOR_NAME.match(r.name) else r for r in records]
                if records:
                    yield [r.model_copy(update={"role": "Substitute"}) for r in records] if pattern is _AS_SUBSTITUTES else records
                    break


_POST_FIRST = re.compile(r"The\s+(?P<post>(?:[A-Z][a-z]+\s+){0,3}(?:Clerk|Officer|Secretary|Treasurer|Manager|Director|Adviser|Advisor))")


def _sentence_records(document: ParsedDocument, text: str, begin: int, end: int, kind: Attendance) -> list[AttendeeRecord]:
    """The people named by ``text[begin:end]``, or [] when it is not a list of names and their roles."""
    entries = _entries(text, [(begin, end, True)], run_on=False)
    semicolons = ";" in text[begin:end]
    records: list[AttendeeRecord] = []
    post = None
    for (s, e), hint in zip(entries, shared_titles(text, entries)):
        record = _attendee(document, text, s, e, kind, hint, trim=False)
        # 'The Clerk, Mrs A Lee, was in attendance.': the post before the first name is its role.
        if record is None and not records and post is None and (lead := _POST_FIRST.fullmatch(text[s:e].strip())):
            post = lead["post"]
            continue
        if record is not None and post and not records:
            record = record.model_copy(update={"role": record.role or post})
        # '...; Bob Roe, Planning Officer and Cal Poe, Housing Manager were ...': the 'and' before a name parts like a semicolon.
        gap = text[records[-1].provenance.end : s] if records else ""
        after_name = records and ";" not in gap and not (record is not None and re.search(r"\band\s+$", gap))
        # A titled name opening a new line is no role of the name before, nor part of it ('Cllr Ray' / 'Mrs G Hay (Clerk) was
        # ...', 'Councillors A and B' / 'Councillors C and D sent apologies.'): the sentence starts on that line.
        if name_prefix(text[s:e].rsplit("\n", 1)[-1].strip()) and "\n" in text[s:e]:
            return []
        if after_name and (semicolons or record is None):
            if records[-1].role is None:
                records[-1] = records[-1].model_copy(update={"role": " ".join(text[s:e].split())})
            continue
        if record is None:
            return []
        records.append(record)
    return records
