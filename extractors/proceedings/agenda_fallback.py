"""A fallback for agenda items, read only when no other reader finds any item in a document.

The longest run of item lines numbered in order (1, 2, 3 ... or N, N+1 ...), three or more, each with a short title
in title shape: it opens with a capital, runs to at most ``MAX_TITLE_WORDS`` words and is no sentence ('That the
plan be approved.'). An item number is any form ``readers.item_numbers`` reads ('Item 4', '4.', '4)', 'A4', '245',
'C049/23', '23/045', 'PCP 2/13', '46.2024' ...): a minute reference counts when its other figures and letters stay the
same from line to line; after a reference, an agenda number may stand before the title ('C048/23  1.  APOLOGIES').
A minute number printed like a date ('52/07/23', see ``item_numbers.dated_minute``), a letter or a Roman numeral ('A.',
'IV.', 'iv)', see ``agenda_serials``; a run of these opens at the first) count too, and a number glued to a heading in
capitals ('26-01APOLOGIES') reads as if spaced; a title out of shape or closed by a full stop that opens with a heading
in capitals is that heading ('HIGHWAYS The verge was reported.'). A number alone on its line ('1.', 'Item 3', '(2)',
'26.01', '1 -') takes the title on the next line. Lines are read as printed and as
a web page's paragraphs printed in one line ('<p>1 APOLOGIES</p><p>...'), a table row's leading '|' or a bullet
before the number left out; a '|' cell edge after the title ends it like a description. The lines of a run need not
be adjacent (a description or a minute may stand under each), but a gap of more than ``MAX_GAP`` lines ends it. A run
whose titles are a report's own section headings ('Purpose of the report', 'Background', 'Recommendations') is a
report's outline, not a meeting's items. One item line whose title breaks the title shape (too long, a sentence) may
carry a run on when the numbers continue in order on both sides of it; a second one ends the run, and a run neither
opens nor ends on one. One pass over the lines, each line extending at most one open run of each reading.

Else, unnumbered headings printed in capitals on lines of their own ('APOLOGIES', 'MATTERS ARISING'), from the first
that names standard business (see ``_BUSINESS_HEAD``), three or more: not an attendance label ('PRESENT'), a decision
word ('RESOLVED'), a name ('CLLR A BEE') or a meeting's heading ('MINUTES OF THE MEETING HELD ON ...'). Else the same in
mixed case ('Minutes of the last meeting' alone on its line, a paper's link mark 'pdf icon PDF 106 KB' after it left
out, or an older page's 'PDF 81 KB' without the icon; a title printed with its colon before the mark, 'Title: pdf icon PDF 54
KB', up to 20 words), stricter: no label with its colon, no closed sentence, no
page link ('Agenda and minutes'), no outcome ('Approved'); a heading naming no standard business counts only over a line
of prose and joined by a small word ('Review of the Plan', never a name).

Last, on a meeting page or an unclassified page where still nothing is found: the titles a page kept because they link a
document ('Play Area Renewal pdf icon PDF 310 KB' alone on its line, the item table's numbers and plain titles lost),
two or more, unnumbered (``sized_titles``); else a document list whose papers name their items ('pdf Item 05 - Title
(105Kb)', ``document_items``).

Part of the agenda extractor: its records carry ``agenda.NAME`` and ``agenda.VERSION``, which a change here must bump.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.parsing.text_markup import LINE_TAGS
from extractors.proceedings.agenda_rows import DOCUMENT_SIZE, OWN_DOCUMENT, PDF_ICON
from extractors.readers.dates import MONTHS, NUMERIC_DATE
from extractors.proceedings.agenda_serials import SERIAL_KEY, serial_mark
from extractors.readers.item_numbers import ItemNumber, dated_minute, item_number, lone_number
from extractors.readers.runon_items import is_reference
from extractors.readers.spans import Line, lines, provenance
from schemas.parsed import ParsedDocument
from schemas.structure import AgendaItemRecord, Paper

MIN_RUN = 3
MIN_PAIR = 2
MAX_GAP = 80
MAX_TITLE_WORDS = 12
# Between a number and its title: its stop, a dash or colon, a table's cell edge; after a reference, an agenda number.
_BEFORE_TITLE = re.compile(r"^[ \t]*(?:[.):][ \t]*)?(?:\|[ \t]*)?(?:\d{1,2}[.)]?[ \t]+)?(?:[-–:][ \t]*)?(?=[A-Z‘'\"“(])")
# A sentence, not a title: 'That ...', a finite verb, or a full stop after more than a few words.
_SENTENCE = re.compile(
    r"^That\b|\b(?:is|are|was|were|has|had|have|will|would|did|does|noted|agreed|resolved|received)\b|;\s*$"
    r"|^(?:\S+\s+){6,}.*\.\s*$",
    re.I,
)
# Where a title ends and its description or minute begins: a wide gap, a spaced dash, a colon, a cell edge.
_DESCRIPTION = re.compile(r"\s{2,}|\s[-–—]\s|:\s|\s?\|")
_REPORT_SECTION = re.compile(
    r"^(?:purpose|background|introduction|summary|recommendations?|conclusions?|appendi(?:x|ces)|"
    r"(?:financial|legal|equality|risk|resource|staffing)\b.*\bimplications?|risks?|consultation|options?|"
    r"executive\s+summary|reasons?\s+for)\b",
    re.I,
)
_PAGES = re.compile(r"\s*\(?\bpages?\s+\d{1,4}(?:\s*[-–]\s*\d{1,4})?\)?\s*$", re.I)
# A web page's paragraph and break tags printed in the text: each paragraph is a line.
_TAG = re.compile(rf"</?(?:{'|'.join(LINE_TAGS)}|h[1-6])\b[^>\n]{{0,80}}>", re.I)
# What may stand before an item's number on its line: a table row's edge, a bullet.
_LEAD = re.compile(r"[\s|•▪●◦■►·*]*")
# An item run on inside a line: its number after a space, a title in capitals, then a word in mixed case, a number or the
# line's end ('... members. 2 DECLARATIONS OF INTEREST Councillor A ...', 'AGENDA 1 APOLOGIES 2 MINUTES 2.1 To ...').
_CAPS_WORD = r"(?!RESOLVED\b|AGREED\b)[A-Z][A-Z'’&/,()-]*[A-Z)]"
_INLINE = re.compile(
    rf"(?<=\s)(?P<number>\d{{1,3}})\.?\s+(?P<title>{_CAPS_WORD}(?:\s+(?:{_CAPS_WORD}|[&/–-]))*)(?=\s+[A-Z]?[a-z]|\s+\d|\s*$)"
)


# A number glued to a heading in capitals: its figures end, three capitals follow ('26-01APOLOGIES').
_GLUED = re.compile(r"^\d[\d/.-]{0,9}\d(?=[A-Z]{3})|^\d(?=[A-Z]{3})")
# A heading in capitals opening a run-on minute, before the first word in mixed case: two words or more, or one of five
# letters or more.
_CAPS_HEADING = re.compile(
    rf"^(?P<head>{_CAPS_WORD}(?:\s+(?:{_CAPS_WORD}|[&/–-]))+|(?!RESOLVED\b|AGREED\b)[A-Z]{{5,}})(?=\s+[A-Z][a-z])"
)


@dataclass(frozen=True)
class RunItem:
    """One item line of a run: its number as printed (letter kept), its title and its line."""

    number: str
    title: str
    line: Line
    index: int
    shaped: bool = True


def _segments(region: list[Line]) -> list[Line]:
    """The lines of ``region``, each web paragraph printed in one line ('<p>...</p><p>...</p>') a line of its own,
    without a leading table edge or bullet."""
    out: list[Line] = []
    for line in region:
        raw = line.raw
        cuts = [0, *(position for tag in _TAG.finditer(raw) for position in (tag.start(), tag.end())), len(raw)]
        for start, end in zip(cuts[::2], cuts[1::2]):
            lead = _LEAD.match(raw, start, end).end()
            if lead < end:
                out.append(Line(line.start + lead, line.start + end, raw[lead:end]))
    return out


def in_shape(title: str) -> bool:
    """Whether ``title`` keeps the title shape: at most ``MAX_TITLE_WORDS`` words and 100 characters, no sentence."""
    return len(title.split()) <= MAX_TITLE_WORDS and len(title) <= 100 and not _SENTENCE.search(title)


def _title(raw: str) -> tuple[str, bool] | None:
    """The title at the start of ``raw`` and whether it keeps the title shape, or None. A title out of shape that opens
    or closed by a full stop that opens with a heading in capitals ('APOLOGIES FOR ABSENCE Cllr Reed sent apologies.',
    'DECLARATIONS None.') is that heading."""
    title = _PAGES.sub("", _DESCRIPTION.split(raw.strip(), maxsplit=1)[0]).strip(" -–:")
    words = title.split()
    if not words:
        return None
    if (not in_shape(title) or title.endswith(".")) and (head := _CAPS_HEADING.match(title)):
        return head["head"], True
    return title, in_shape(title)


def _candidates(segments: list[Line], index: int) -> list[tuple[tuple[str, int], RunItem]]:
    """Each reading (run key, number) of the item line at ``segments[index]`` with its item; a number alone on its line
    is titled by the next line."""
    line = segments[index]
    text = line.text
    # A number glued to its heading in capitals ('26-01APOLOGIES') is read as if a space stood between them.
    glued = _GLUED.match(text)
    found = item_number(f"{text[: glued.end()]} {text[glued.end() :]}") if glued else item_number(text)
    if glued and found is not None and found.end != glued.end():
        found = None
    # A minute number printed like a date reads whole where the page lost its stroke ('56/07 23', not '56/07').
    dated = dated_minute(text)
    found = dated if dated is not None and (found is None or dated.end > found.end) else found or serial_mark(text)
    end = line.end
    found_end = found.end if isinstance(found, ItemNumber) else found[1] if found else 0
    if found is not None and (before := _BEFORE_TITLE.match(text[found_end:])) is not None:
        rest = text[found_end + before.end() :]
    elif (lone := lone_number(text) or serial_mark(text)) is not None and index + 1 < len(segments):
        found, below = lone, segments[index + 1]
        if item_number(below.text) is not None or not re.match(r"[A-Z‘'\"“(]", below.text):
            return []
        rest, end = below.text, below.end
    else:
        return []
    titled = _title(rest)
    if titled is None:
        return []
    printed, readings = (found.printed, found.readings) if isinstance(found, ItemNumber) else (found[0], found[2])
    item = RunItem(printed, titled[0], Line(line.start, end, text), index, titled[1])
    return [(reading, item) for reading in readings]


def _inline(segments: list[Line], index: int) -> list[tuple[tuple[str, int], RunItem]]:
    """Items run on inside the line at ``segments[index]`` (see ``_INLINE``), not after a word that makes the number a
    reference ('minute 4 ABC'), with their readings."""
    line = segments[index]
    found = []
    for match in _INLINE.finditer(line.text):
        if is_reference(line.text[max(0, match.start() - 40) : match.start()]) or len(re.sub(r"[^A-Z]", "", match["title"])) < 4:
            continue
        titled = _title(match["title"])
        if titled is not None:
            item = RunItem(match["number"], titled[0], Line(line.start + match.start(), line.start + match.end(), match.group()), index, titled[1])
            found.append((("#", int(match["number"])), item))
    return found


def fallback_items(text: str, start: int = 0, end: int | None = None, least: int = MIN_RUN) -> list[RunItem]:
    """The longest run of numbered item lines in ``text[start:end]`` (see the module docstring), ``least`` items or
    more, or []."""
    open_runs: dict[tuple[str, int], list[RunItem]] = {}
    carried: dict[tuple[str, int], bool] = {}  # an open run already carried on over a title out of shape
    best: list[RunItem] = []
    segments = _segments(lines(text, start, end))
    for index in range(len(segments)):
        for (letter, number), item in [*_candidates(segments, index), *_inline(segments, index)]:
            run = open_runs.get((letter, number))
            over = carried.get((letter, number), False)
            if run is None or index - run[-1].index > MAX_GAP:
                run, over = [], False
            if not run and letter.startswith(SERIAL_KEY) and number != 1:
                continue  # a run of letters or numerals opens at its first ('A.', 'I.', 'i)')
            if not item.shaped and over:
                # A second title out of shape ends the run: a later line of the same number is no item of it.
                open_runs.pop((letter, number), None)
                continue
            if not item.shaped and not run:
                continue
            open_runs.pop((letter, number), None)
            carried.pop((letter, number), None)
            run.append(item)
            waiting = open_runs.get((letter, number + 1))
            if waiting is None or len(waiting) <= len(run):
                open_runs[(letter, number + 1)] = run
                carried[(letter, number + 1)] = over or not item.shaped
            if len(run) > len(best):
                best = run
    while best and not best[-1].shaped:
        best = best[:-1]
    if len(best) < least or sum(bool(_REPORT_SECTION.match(item.title)) for item in best) >= 2:
        return []
    return best


# The standard business an unnumbered agenda or minutes opens with.
_BUSINESS_HEAD = re.compile(
    r"\b(?:APOLOG\w*|ABSENCE|WELCOME|MINUTES|DECLARATIONS?|DISCLOSURES?|INTERESTS?|MATTERS\s+ARISING|PUBLIC\s+(?:PARTICIPATION|QUESTIONS?|FORUM|SESSION|TIME)"
    r"|CORRESPONDENCE|CHAIR\w*\s+ANNOUNCEMENTS?|SEDERUNT)\b"
)
_NOT_HEAD = re.compile(
    r"^(?:(?:MEMBERS\s+|ALSO\s+)?PRESENT|(?:ALSO\s+)?IN\s+ATTENDANCE|ATTENDEES|ATTENDANCE|ABSENT|OFFICERS(?:\s+PRESENT)?|MEMBERS"
    r"|RESOLVED|AGREED|NOTED|ACTIONS?|PROPOSED|SECONDED|CARRIED|DECISION|RECOMMENDATIONS?|CLOSED?|END)\b\W*$"
    r"|^(?:CLLRS?|COUNCILLORS?|MRS?|MS|MISS|DR|SIR|THE\s+REV(?:D|EREND)?)\b\.?\s"
    r"|\bMEETING\s+(?:OF|HELD)\b|\bHELD\s+(?:ON|AT)\b|\b(?:" + "|".join(m.upper() for m in MONTHS) + r")\b|" + NUMERIC_DATE
)
_MAX_HEAD_GAP = 40


def _capital_head(text: str) -> str | None:
    """The heading a line in capitals prints, or None."""
    head = text.strip().rstrip(":").strip()
    letters = re.sub(r"[^A-Za-z]", "", head)
    if len(letters) < 4 or letters.upper() != letters or len(head.split()) > MAX_TITLE_WORDS or len(head) > 100:
        return None
    return None if _NOT_HEAD.search(head) else head


def _headings_kept(found: list[RunItem]) -> list[RunItem]:
    """``found`` when it holds three headings or more and is no report's outline, else []."""
    return [] if len(found) < MIN_RUN or sum(bool(_REPORT_SECTION.match(item.title)) for item in found) >= 2 else found


def capital_headings(text: str, start: int = 0, end: int | None = None) -> list[RunItem]:
    """Unnumbered headings in capitals from the first naming standard business (see the module docstring), or []."""
    return heading_run((index, line, _capital_head(line.text)) for index, line in enumerate(_segments(lines(text, start, end))))


def heading_run(heads) -> list[RunItem]:
    """The run of (line index, line, heading or None) from the first heading naming standard business, or []."""
    found: list[RunItem] = []
    for index, line, head in heads:
        if head is None or not found and not _BUSINESS_HEAD.search(head):
            continue
        if found and index - found[-1].index > _MAX_HEAD_GAP:
            break
        found.append(RunItem("", head, line, index))
    return _headings_kept(found)


_MIXED_WORDS = 8
# A line of prose under a heading: eight words or more, or a closed sentence of four.
_PROSE = re.compile(r"^(?:\S+\s+){7,}\S|^(?:\S+\s+){3,}.*[.!?]\s*$")
# A meeting page's labels and links ('Agenda and minutes', 'Minutes:', 'Additional documents'), a paper's own heading
# ('X Panel Minutes') and an outcome ('APPROVED', 'No declarations', 'Recommended to Cabinet'): no item's heading.
_NO_MIXED_HEAD = re.compile(
    r"^(?:agenda(?:\s+and\s+(?:draft\s+)?minutes)?|minutes|decisions?|(?:additional\s+)?documents)$"
    r"|^(?:approved|agreed|noted|recommended|none|nil|no\s+\w+)\b"
    r"|\b(?:panel|committee|council|board|authority|partnership|meeting)\s+(?:minutes|agenda)$",
    re.I,
)
# A heading that names no standard business joins words with a small word in lower case: no person's name.
_JOINED = re.compile(r"\s(?:of|and|for|the|on|in|to|from|with|&)\s")


# A heading closed by a colon alone on its line ('Communications from the Chair:') heads a minute when a sentence of the
# minute stands under it: a verb in the past tense or a form of 'be' ('The Chair welcomed ...', 'No questions were
# received'); a label over names ('Apologies:' over 'Cllr A Lowe, Cllr B Ray') has none.
# Possessive spaces, the same matches (only spaces before the colon still give the last space as head): a line of
# padding was split three ways, cubic (review s18 item 11).
_COLON_HEAD = re.compile(r"^(?:\s*(?=\s:)|\s*+)(?P<head>[^:]+?)\s*+:\s*+$")
_MINUTE_SENTENCE = re.compile(r"^(?=(?:\S+\s+){3,}\S).*\b(?:[a-z]{2,}ed|was|were|is|are|has|had)\b")


# A meeting page's heading may carry its paper's link mark ('Bus Services Review pdf icon PDF 106 KB', an older page's
# 'Minutes PDF 81 KB' without the icon): no part of it.
_LINK_MARK = re.compile(rf"\s+(?:{PDF_ICON}\s+)?PDF\s+{DOCUMENT_SIZE}\s*$", re.I)


def _mixed_head(text: str) -> str | None:
    """The heading a short line in mixed case prints alone (its paper's link mark left out), or None: never a label
    ('Apologies for absence:' over the names) or a sentence's close ('... the rest.'). A heading linking its paper may run
    longer; 'Minutes PDF 81 KB' on an older page (no icon) is the item, not the page's label ('Minutes pdf icon PDF 81 KB'
    is as often the page's own minutes: on the development and blind sets it only lost items)."""
    head = _LINK_MARK.sub("", text.strip())
    linked = head != text.strip()
    if linked and head.endswith(":"):
        head = head[:-1].rstrip()  # a site printing every title with its colon, the link mark after it ('Title: pdf icon ...')
    # A heading linking its paper runs to the title shape's length ('Review of the Village Bus Services and Timetables'),
    # or longer when the site printed its colon before the mark.
    shaped = in_shape(head) or linked and _linked_shape(head, text)
    if not re.match(r"[A-Z]", head) or ":" in head or head.endswith(".") or not linked and len(head.split()) > _MIXED_WORDS or not shaped:
        return None
    bare_minutes = linked and head.casefold() == "minutes" and not re.search(PDF_ICON, text, re.I)
    return None if _NOT_HEAD.search(head.upper()) or _NO_MIXED_HEAD.search(head) and not bare_minutes else head


def _linked_shape(head: str, text: str) -> bool:
    """A heading printed with its colon before its paper's link mark ('The Work of X in Y: pdf icon PDF 61 KB'): up to
    ``_COLON_LINKED_WORDS`` words, no sentence."""
    return bool(re.search(r":\s+" + PDF_ICON, text, re.I)) and len(head.split()) <= _COLON_LINKED_WORDS and len(head) <= _MAX_SIZED_TITLE and not _SENTENCE.search(head)


_COLON_LINKED_WORDS = 20


# An item worded as the agenda put it, closed by a full stop: 'To confirm the Minutes of the Meeting held on DATE.'.
_AGENDA_LINE = re.compile(r"^To\s+[a-z]{3,}\s[^.:;]*[^\s.:;]\.$")
_AGENDA_LINE_VERB = re.compile(r"\b(?:is|are|was|were|has|had|have|will|would|did|does|been)\b", re.I)


def _stopped_agenda_line(text: str) -> str | None:
    """An item worded as the agenda put it and closed by a full stop (up to ``_COLON_LINKED_WORDS`` words, no verb of
    the minutes), its stop left out; read among headings closed by colons, only away from a heading (a line right under
    one is its description) and over its minute."""
    text = text.strip()
    if not _AGENDA_LINE.match(text) or _AGENDA_LINE_VERB.search(text) or len(text.split()) > _COLON_LINKED_WORDS:
        return None
    return text[:-1] if len(text) <= _MAX_SIZED_TITLE else None


def mixed_headings(text: str, start: int = 0, end: int | None = None) -> list[RunItem]:
    """Unnumbered headings in mixed case alone on their lines (or closed by a colon over a minute's sentence), from the
    first naming standard business: each names standard business, or joins its words with a small word ('Review of the
    Plan', never a person's name) and stands over a line of prose; three or more. Among headings closed by colons, a
    'To confirm the minutes ...' line closed by a full stop over its minute is an item too (``_stopped_agenda_line``)."""
    found: list[RunItem] = []
    segments = _segments(lines(text, start, end))
    colons = False
    for index, line in enumerate(segments):
        below = segments[index + 1].text if index + 1 < len(segments) else ""
        head = _mixed_head(line.text)
        if head is None and (labelled := _COLON_HEAD.match(line.text)) and _MINUTE_SENTENCE.search(below):
            head = _mixed_head(labelled["head"])
            colons = colons or head is not None
        if head is None and colons and found and found[-1].index != index - 1 and _MINUTE_SENTENCE.search(below):
            head = _stopped_agenda_line(line.text)
        if head is None:
            continue
        business = _BUSINESS_HEAD.search(head.upper())
        if not business and (not found or not _JOINED.search(head) or not _PROSE.match(below.strip()) or _mixed_head(below) is not None):
            continue
        if found and index - found[-1].index > _MAX_HEAD_GAP:
            break
        found.append(RunItem("", head, line, index))
    return _headings_kept(found)


# A meeting page's item title closed by its linked document's mark ('Minutes pdf icon PDF 436 KB'), alone on its line.
_SIZED_TITLE = re.compile(rf"^(?P<title>[A-Z0-9‘'\"“].*?)\s+{PDF_ICON}\s+PDF\s+{DOCUMENT_SIZE}\s*$")
_ADDITIONAL = re.compile(r"^\s*additional\s+documents\s*:\s*$", re.I)
_MAX_SIZED_TITLE = 160
_BULLETED = re.compile(r"^\s*[•·▪◦*-]\s")


def sized_titles(text: str, start: int = 0, end: int | None = None) -> list[RunItem]:
    """The item titles of a meeting page printed without its item table's numbers and plain titles (only the titles
    that link a document kept): each line closed by its document's 'pdf icon PDF 272 KB' mark, opening with its title (a
    bulleted document under 'Additional documents:' is an item's paper), not the page's own documents
    ('Agenda frontsheet', 'Printed minutes', 'Appendix A'); two or more, on a page with no lone item number. Read only
    where no other reader finds an item."""
    region = lines(text, start, end)
    if any(lone_number(line.text) is not None for line in region):
        return []
    found: list[RunItem] = []
    additional = False
    for index, line in enumerate(region):
        if _ADDITIONAL.match(line.text):
            additional = True
        sized = _SIZED_TITLE.match(line.text.strip())
        if sized is None or additional and _BULLETED.match(line.text):
            continue
        additional = False
        title = sized["title"].strip()
        if not OWN_DOCUMENT.match(title) and len(title) <= _MAX_SIZED_TITLE and not title.endswith("."):
            found.append(RunItem("", title, line, index))
    return found if len(found) >= MIN_PAIR else []


# A meeting's document list naming each paper's item ('3. pdf Item 04 - 00 - Title (50Kb)'): its list number and file
# type, the item's number, the paper's place among the item's papers ('00' the report, '01' its first appendix), the
# title, the file's size.
_ITEM_DOCUMENT = re.compile(
    r"^\s*(?:\d{1,3}[.)]\s+)?(?:(?:pdf|docx?|word|xlsx?)\s+)?item\s+(?P<number>\d{1,3}[a-z]?)\s*[-–:]\s*"
    r"(?:(?P<part>\d{1,2})\s*[-–]\s+)?(?P<title>[A-Z0-9‘'\"“].*?)\s*\(\s*\d+(?:\.\d+)?\s*[KM]i?B\s*\)\s*$",
    re.I,
)


def document_items(text: str, start: int = 0, end: int | None = None) -> list[RunItem]:
    """The items of a meeting's document list whose papers name their item ('pdf Item 05 - Title (105Kb)'): each
    item's first paper, not its appendices ('Item 04 - 01 - Appendix 1 ...', a part after '00'), numbered as printed;
    two items or more. Read only where no other reader finds an item."""
    found: list[RunItem] = []
    for index, line in enumerate(lines(text, start, end)):
        listed = _ITEM_DOCUMENT.match(line.text)
        if listed is None or listed["part"] and int(listed["part"]) > 0 or any(item.number == listed["number"] for item in found):
            continue
        title = listed["title"].strip()
        if not OWN_DOCUMENT.match(title) and len(title) <= _MAX_SIZED_TITLE:
            found.append(RunItem(listed["number"], title, line, index))
    return found if len(found) >= MIN_PAIR else []


def bridged(items: list[AgendaItemRecord], run: list[AgendaItemRecord]) -> list[AgendaItemRecord]:
    """``items`` (another reader's, numbered 1, 3, 4) with each gap in their numbers filled from the fallback's ``run``
    when the run holds the numbers on both sides of the gap and the missing item's title keeps the title shape
    ('2  Minutes' printed where the other reader saw no item line)."""
    numbers = {item.number for item in items}
    whole = sorted(int(number) for number in numbers if number.isdigit())
    held = {item.number for item in run}
    missing = [
        item
        for item in run
        if item.number.isdigit() and item.number not in numbers and in_shape(item.title)
        and any(low < int(item.number) < high and {str(low), str(high)} <= held for low, high in zip(whole, whole[1:]))
    ]
    return sorted([*items, *missing], key=lambda item: item.provenance.start) if missing else items


# The header of a minutes page's item table, its cells run together: 'Item Number Item/Resolution', 'Item Item/Description'.
_ITEM_TABLE_HEAD = re.compile(r"^[ \t]*item(?:[ \t]+(?:number|no\.?))?[ \t]+item[ \t]*/[ \t]*(?:resolution|description|decision)s?[ \t]*$", re.I | re.M)


def _items_start(text: str, paper: Paper) -> int:
    """Where ``paper``'s items may start: under its item table's header when it prints one (the attendance details
    above it, 'Apologies for absence:' over a sentence, are no items), else at its start."""
    header = _ITEM_TABLE_HEAD.search(text, paper.start, paper.end)
    return header.end() if header else paper.start


def fallback_readings(document: ParsedDocument, papers: list[Paper]) -> list[list[AgendaItemRecord]]:
    """The fallback's readings of the document's papers other than reports, best first: the longest numbered run of
    them all (two items or more: a page cut off after its second item; the caller asks more of a pair), then the
    longest run of headings in capitals (else run into their paragraphs: ``agenda_runin_heads``)."""
    from extractors.proceedings.agenda_runin_heads import runin_headings

    text = document.text
    kept = [(_items_start(text, paper), paper.end) for paper in papers if paper.kind != "report"]
    numbered = max((fallback_items(text, start, end, MIN_PAIR) for start, end in kept), key=len, default=[])
    capitals = max((capital_headings(text, start, end) or runin_headings(text, start, end) for start, end in kept), key=len, default=[])
    mixed = max((mixed_headings(text, start, end) for start, end in kept), key=len, default=[])
    return [_records(document, run) for run in (numbered, capitals, mixed)]


def sized_records(document: ParsedDocument, paper: Paper) -> list[AgendaItemRecord]:
    """The items of ``sized_titles`` (else ``document_items``) in ``paper``, a meeting page's or an unclassified one."""
    text = document.text
    return _records(document, sized_titles(text, paper.start, paper.end) or document_items(text, paper.start, paper.end))


def _records(document: ParsedDocument, run: list[RunItem]) -> list[AgendaItemRecord]:
    from extractors.proceedings import agenda

    return [
        AgendaItemRecord(
            number=item.number,
            title=item.title,
            pages=[],
            access="unrestricted",
            provenance=provenance(document, document.text, item.line.start, item.line.end, agenda.NAME, agenda.VERSION),
        )
        for item in run
    ]
