"""Agenda items: number, title, printed page range and whether the item is restricted.

An item is a line of the agenda starting with an item number ('A1', '5', '5.', '17.Title', '3.1', 'Item 7', 'C 10/034',
and 'IV' or '(b)' in a run of such numbers in order, see ``agenda_runs``; or run into a title in capitals,
'1APOLOGIES To receive ...', the title then ending at its description)
followed by a title (a planning application reference such as '24/501234/FULL' may open it) and
optionally '(Pages N - M)' or '(Page N)'. Under a 'Page No.' column heading, a bare 'N - M' (or,
after a wide gap, 'N') ending the line is the page range. A title wrapped onto the next line is
joined when that line carries the page range or starts in lower case. A meeting page's item cell
is cut at its document size ('PDF 210 KB') or its 'Minutes:' / 'Additional documents:' label. Items after a
'RESTRICTED ITEM(S)' / 'EXEMPT ITEMS' / 'Part 2' heading, or after an 'Exclusion of the Press
and Public' item, are restricted until an 'UNRESTRICTED ITEMS' / 'Part 1' heading.
Meeting pages' agenda tables ('A1 | Apologies') are read the same way.

Meeting pages (ModernGov's ieListDocuments, mgAi and ieIssueDetails, as HTML or as their
plain-text renderings) have layouts of their own; once one is recognised, only its item lines
count, so numbered paragraphs in minutes and decisions ('1. That the plan be approved') are not
items:
- under a 'No. | Item' (or 'Item no. | Agenda Item') row header, the rows up to a second such header (another
  meeting's table) ('54. | Minutes', '| 54. | Minutes'; '| Minutes' for a
  row with no number; a row running on to its minutes is titled up to its 'To ...' description); in a '---|---' ruled rendering, the line after each rule ('|', '||'), titled up to
  its 'Minutes:' label, document size or description ('To receive ...');
- under a plain 'No. Item' (or 'Note No. Item') header, a number alone on its line ('62.', '14/25', 'SSP/14/25',
  'C 14/025'), above the last
  item's, with the title on the next line, and an unnumbered first row that is not a sentence (without the marks of a saved
  page, 'View directions', 'pdf icon', 'Minutes:' ..., the header is a printed agenda's); when no
  row has a number, each title-case line between blank lines is a row's title (on a saved page also
  when the first row shows only its description);
- an 'Agenda item' page heading over its title, or over a meeting line;
- on a webcast page, each 'Agenda item :' line over a numbered title ('4 Title'), once per number;
- a 'Meeting: 19/09/2016 - Board (Item 40)' line over its item's title ('40 Title'), or over its
  minutes alone, the item then titled by the issue ('Issue - meetings' over the title; without
  the issue's title, no item);
- a CMIS 'Documents' panel over 'Agenda': a number alone over each title, as under 'No. Item';
- an item line with its document size ('19 Title PDF 378 KB') among a page's first lines, and such lines after;
- under an older page's 'ItemDescriptionResolution' header, or an 'Item no. Agenda Item Details Status' one,
  item lines numbered like the first ('C 10/034 Title', '01 Title').
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.agenda_runs import in_runs
from extractors.dates import MONTHS
from extractors.spans import Line, lines, provenance, squash
from schemas.parsed import ParsedDocument
from schemas.structure import AgendaItemRecord

VERSION = "9"
NAME = "agenda"

_NUMBER = (
    r"(?:item\s+)?(?P<number>[A-Z]{1,4}[ /]\d{1,4}/\d{2,4}|[A-Z]{1,2}\d{1,3}[a-z]?|\d{1,3}[a-z]?(?:\.\d{1,2})?"
    r"|(?-i:[IVX]{1,5})(?=[.)]?\s)|\([a-z]\))"
)
_ITEM = re.compile(rf"^\s*(?:[-•*·]\s*)?{_NUMBER}(?:(?:\.|\)|:)?(?:\s*\|)?\s+|\.(?=(?-i:[A-Z][a-z])))(?P<title>\S.*?)\s*$", re.I)
# A number run into a title in capitals, its description after it: '1APOLOGIES To receive ...'.
_GLUED_ITEM = re.compile(
    r"^\s*(?P<number>\d{1,3})(?P<title>(?-i:[A-Z(]{3}[A-Z'’&,/()-]*(?:\s+[A-Z(][A-Z'’&,/()-]*)*))(?=\s+[A-Z][a-z]|\s*$)"
)
PAGE_RANGE = re.compile(r"\(\s*pages?\s+(?P<first>\d{1,4})(?:\s*(?:[-–—]|to)\s*(?P<last>\d{1,4}))?\s*\)", re.I)
_TRAILING_NOISE = re.compile(r"\s*(?:(?:PDF|DOC|DOCX)\s+\d+\s*[KM]B\b.*|[.:;,|-]+)\s*$", re.I)
_RESTRICTED_HEADING = re.compile(
    r"(?<!UN)(?<!UN-)\b(?:RESTRICTED|EXEMPT|CONFIDENTIAL)\s+(?:ITEMS?|ITEM\(S\)|BUSINESS|INFORMATION|REPORTS?)\b"
    r"|^\W*PART\s+(?:2|II|B)\b",
    re.I,
)
_OPEN_HEADING = re.compile(r"\bUNRESTRICTED\s+ITEMS?\b|\bOPEN\s+(?:ITEMS|BUSINESS)\b|^\W*PART\s+(?:1|I|A)\b", re.I)
EXCLUSION = re.compile(r"\bexclusion\s+of\s+(?:the\s+)?(?:press|public)\b", re.I)
_PAGE_COLUMN = re.compile(
    r"^(?:(?:item|no\.?|number|title|subject|description|report)\s+)*pages?(?:\s+(?:no|nos|numbers?)\.?)?$", re.I
)
_COLUMN_PAGES = re.compile(r"(?:\s+(?P<first>\d{1,3})\s*[-–—]\s*(?P<last>\d{1,3})|\s{2,}(?P<only>\d{1,3}))\s*$")
_CELL_NOISE = re.compile(
    r"\s+(?:(?:pdf\s+icon\s+)?PDF\s+\d+(?:\.\d+)?\s*[KM]B\b|(?:Minutes|Additional\s+documents|Supporting\s+documents|Decision)\s*:)",
    re.I,
)
_REFERENCE_START = re.compile(r"^\d{2,4}/\d{2,}")
MONTH_START = re.compile(r"^(?:" + "|".join(MONTHS) + r")\b", re.I)
_MAX_TITLE = 250
_NUMBER_ONLY = (
    r"(?P<number>\d{1,4}[a-z]?|(?:[A-Z]{1,4}[/ ])?\d{1,4}/\d{2,4}|\d{2,4}(?:-\d{2,4})?/[A-Z]{2,5}/\d{1,4}|[A-Z]{1,2}\d{1,3}[a-z]?)"
)
_ROW_HEADER = re.compile(r"^\W*(?:item\s+)?(?:no|item|ref)\.?\s*\|\s*(?:agenda\s+)?(?:item|title|subject)\b", re.I)
_PLAIN_HEADER = re.compile(r"^\s*(?:note\s+)?no\.?\s+item\s*$", re.I)
_ROW = re.compile(rf"^\s*(?:\|\s*)?(?:{_NUMBER_ONLY}[.:)]?\s*)?\|\s*(?P<title>\S.*?)\s*$")
_LONE_NUMBER = re.compile(rf"^\s*{_NUMBER_ONLY}[.:)]?\s*$")
_ITEM_PAGE_HEADING = re.compile(r"^\s*agenda\s+item\s*$", re.I)
_ISSUE_MEETING = re.compile(
    r"^\W*meeting\s*:\s*\d{1,2}/\d{1,2}/\d{2,4}\s*[-–]\s*.+?\(\s*item\s+"
    r"(?P<number>[A-Z]{0,2}\d{1,4}[a-z]?(?:[./]\d{1,4})?)\s*[.:]?\s*\)\s*$",
    re.I,
)
# A webcast page's agenda point: 'Agenda item :' over '4 Title' (a point may be listed again).
_AGENDA_POINT = re.compile(r"^\s*agenda\s+item\s+:\s*$", re.I)
# An older ModernGov page's item table, its header cells run together: 'ItemDescriptionResolution'.
_DESCRIBED_HEADER = re.compile(
    r"^\s*item\s*(?:(?:no\.?\s*)?agenda\s+item\s+details\s+status|description\s*(?:resolution|decision)s?)\s*$", re.I
)
# A CMIS page's 'Documents' panel over 'Agenda' (with '1 Title' on one line, read as agenda lines).
_DOCUMENTS_PANEL = re.compile(r"^\s*documents\s*$", re.I)
_AGENDA_LABEL = re.compile(r"^\s*agenda\s*$", re.I)
# An item line of a page's text rendering carrying its document's size: '19 Bus Review PDF 378 KB'.
_SIZED_ITEM = re.compile(r"^(?P<number>\d{1,4}[a-z]?)\.?\s+(?P<title>[A-Z(].*?)\s+(?i:pdf\s+icon\s+)?PDF\s+\d+(?:\.\d+)?\s*[KM]B\s*$")
PAGE_LAYOUT_START = re.compile(
    "|".join(p.pattern for p in (_ROW_HEADER, _PLAIN_HEADER, _ITEM_PAGE_HEADING, _ISSUE_MEETING, _AGENDA_POINT, _DESCRIBED_HEADER)),
    re.I,
)
ITEM_TABLE_HEADER = re.compile("|".join(p.pattern for p in (_ROW_HEADER, _PLAIN_HEADER)), re.I)
_TEMPLATE_LINE = re.compile(
    r"^\W*(?:(?:minutes|decision|additional\s+documents|supporting\s+documents|attachments)\s*:"
    r"|media|items|view\s+directions|share\s+this\s+item|pdf\s+icon\b.*)\W*$",
    re.I,
)
# Marks of a saved meeting page: without them, a 'No. Item' column header over '1. Apologies'
# lines is an agenda's, read line by line.
_PAGE_MARKS = re.compile(
    r"\bview\s+directions\b|\bpdf\s+icon\b|^\s*(?:minutes|additional\s+documents|decision)\s*:\s*$"
    r"|^\s*agenda(?:,\s*decisions)?\s+and\s+(?:draft\s+)?(?:minutes|decisions)\s*$",
    re.I | re.M,
)
_RULE = re.compile(r"^(?=.*\|)[\s|:-]+$")
_DESCRIPTION_START = re.compile(r"\s(?=(?:To|Members|The|This|That|Report|Any|Up|Under|There|Councillors|Officers|An?)\s+[a-z])")
# A row's title running into its description before its 'Minutes:' label: 'Apologies To receive ...'.
_TO_DESCRIPTION = re.compile(r"\s(?=To\s+[a-z]+\s)")
_NUMBERED_TITLE = re.compile(r"^(?P<number>\d{1,4}[a-z]?)\.?\s+(?P<title>[A-Z(].*)$")
_HEAD_LINES = 5
_TITLE_WORDS = 14
_PHRASE_WORDS = 6
# A verb marks a minuted sentence, not a row title: 'Questions were answered'.
_FINITE = re.compile(r"\b(?:is|are|was|were|has|had|have|will|would|be|been|did|does|noted|agreed|none)\b", re.I)
_RESOLUTION = re.compile(
    r"^\W*(?:RESOLVED|AGREED|NOTED|RECOMMENDED|DEFERRED|APPROVED)\b|^(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\.?\s"
)


@dataclass(frozen=True)
class FoundItem:
    number: str
    title: str
    pages: list[int]
    restricted: bool
    start: int
    end: int
    # '' (an agenda line), 'table' (a 'No. | Item' table's row), 'text' (a row of its plain-text
    # rendering) or 'single' (the item of an item page)
    page_layout: str = ""


def _item_match(line: Line) -> tuple[re.Match, str] | None:
    """The item match of ``line`` and its title cut at meeting-page cell noise, or None."""
    match = _ITEM.match(line.text) or _GLUED_ITEM.match(line.text)
    if not match:
        return None
    noise = _CELL_NOISE.search(match["title"])
    title = match["title"][: noise.start()] if noise else match["title"]
    opens = re.match(r"[A-Z('\"‘“]", title) or _REFERENCE_START.match(title)
    if MONTH_START.match(title) or not opens or len(title) > _MAX_TITLE:
        return None
    if re.fullmatch(r"[\d\s.,£%/-]+", title):
        return None
    return match, title


def _pages(title: str, page_column: bool) -> tuple[str, list[int]]:
    match = PAGE_RANGE.search(title) or (_COLUMN_PAGES.search(title) if page_column else None)
    if not match:
        return title, []
    first = int(match["first"] or match["only"]) if "only" in match.groupdict() else int(match["first"])
    last = int(match["last"] or first)
    return (title[: match.start()] + title[match.end() :]), [first, last] if first <= last else []


def clean_title(title: str) -> str:
    title = squash(title.replace("|", " "))
    return _TRAILING_NOISE.sub("", title).strip()


def _page_title(title: str, heading: bool = False) -> str | None:
    """A meeting page item title cut at its cell noise and cleaned, or None for a template line
    (or, under a page ``heading``, for a sentence of the minutes, or its first line wrapped after a comma)."""
    noise = _CELL_NOISE.search(" " + title)
    raw = (" " + title)[: noise.start()].strip() if noise else title
    title = clean_title(raw)
    if not title or _TEMPLATE_LINE.match(title) or _LONE_NUMBER.match(title) or _ITEM_PAGE_HEADING.match(title):
        return None
    if len(title) > _MAX_TITLE:
        return None
    if not re.match(r"[A-Z0-9('\"‘“]", title) or heading and raw.endswith(".") and len(raw.split()) > 12:
        return None
    if heading and raw.endswith((",", ";")):
        return None
    return title


def _ruled_row(text: str) -> tuple[str, str | None]:
    """(number, title) of a row opening after a '---|---' or '|' rule, its title ended by a cell
    label, a document size or the start of its description ('Apologies To receive ...');
    without one of them, no title."""
    ends = [m.start() for m in (_CELL_NOISE.search(text), _DESCRIPTION_START.search(text)) if m]
    if not ends:
        return "", None
    numbered = re.match(rf"^{_NUMBER_ONLY}\.?\s+(?=[A-Z(])", text)
    title = _page_title(text[numbered.end() if numbered else 0 : min(ends)])
    return (numbered["number"] if numbered else ""), title


def _issue_title(text: str, first: Line) -> tuple[Line, str] | None:
    """The issue's title: the line above an issue page's first meeting line, under 'Issue - meetings'."""
    above = [n for n in lines(text, max(0, first.start - 600), first.start) if not n.is_blank][-2:]
    if len(above) == 2 and re.match(r"^\W*issue\s*-", above[0].text, re.I):
        title = _page_title(above[1].text, heading=True)
        return (above[1], title) if title else None
    return None


def _follows(items: list[FoundItem], number: str) -> bool:
    """A lone number continues a page's item numbers when it is above the last one ('1.' under
    item 62 is a paragraph of its minutes; '3a' under item 3 is its sub-item; '23-24/FRA/2' follows '23-24/FRA/1')."""
    last = next((item.number for item in reversed(items) if item.number), None)
    return last is None or number_order(number) > number_order(last)


def number_order(number: str) -> tuple[tuple[int, str], ...]:
    """The order of an item number: its numbers with their letters ('41a/19' -> ((41, 'a'), (19, '')))."""
    return tuple((int(digits), letter) for digits, letter in re.findall(r"(\d+)([a-z]?)", number))


def _same_shape(items: list[FoundItem], number: str) -> bool:
    """A number printed like the first item's ('C 10/035' after 'C 10/034'), not a resolution's '(1)'."""
    return not items or re.sub(r"\d", "9", items[0].number) == re.sub(r"\d", "9", number)


def _heading_line(region: list[Line], index: int) -> bool:
    """A row title of an unnumbered page: a line between blank lines in title case, with its document
    size, or a short phrase with no verb; not a sentence, label, resolution, name or lone 'Noted'."""
    line = region[index]
    if index == 0 or index + 1 >= len(region) or not (region[index - 1].is_blank and region[index + 1].is_blank):
        return False
    words = _CELL_NOISE.split(" " + line.text)[0].split()
    if not words or len(words) > _TITLE_WORDS or line.text.endswith((".", ":", ";", ",")) or _RESOLUTION.match(line.text):
        return False
    if len(words) == 1 and _FINITE.fullmatch(words[0]):
        return False
    long_words = [w for w in words if len(w) > 3]
    title_case = sum(w[:1].isupper() for w in long_words) >= 0.75 * len(long_words)
    sized = bool(_CELL_NOISE.search(" " + line.text))
    phrase = len(words) <= _PHRASE_WORDS and not _FINITE.search(" ".join(words))
    return bool(re.match(r"[A-Z]", line.text)) and (title_case or sized or phrase)


def layout_start(region: list[Line], index: int) -> bool:
    """Whether ``region[index]`` opens a meeting page layout (see the module docstring)."""
    text = region[index].text
    if _DOCUMENTS_PANEL.match(text):
        following = [line for line in region[index + 1 : index + 40] if not line.is_blank][:4]
        return bool(following and _AGENDA_LABEL.match(following[0].text)) and any(
            _LONE_NUMBER.match(line.text) for line in following[1:]
        )
    if _SIZED_ITEM.match(text):
        return sum(not line.is_blank for line in region[:index]) < _HEAD_LINES
    return bool(PAGE_LAYOUT_START.match(text))


def _next_text(region: list[Line], index: int) -> tuple[int, Line] | None:
    """The first non-blank line at or after ``index``, with its index."""
    return next(((i, line) for i, line in enumerate(region[index:], start=index) if not line.is_blank), None)


def _near_top(text: str, line: Line) -> bool:
    """An 'Agenda item' line is the page heading when it is the first of its kind near the top."""
    above = [n for n in lines(text, 0, line.start) if not n.is_blank]
    return len(above) < _HEAD_LINES and not any(_ITEM_PAGE_HEADING.match(n.text) for n in above)


def _page_items(text: str, region: list[Line], first: int) -> list[FoundItem]:
    """Items of a meeting page from ``region[first]``, its first layout line (see the module docstring)."""
    items: list[FoundItem] = []
    layout = None
    restricted = False

    def add(number: str, title: str | None, start: int, end: int, form: str = "text") -> None:
        nonlocal restricted
        if title:
            items.append(FoundItem(number, title, [], restricted, start, end, page_layout=form))
            restricted = restricted or bool(EXCLUSION.search(title))

    index = first
    while index < len(region):
        line = region[index]
        index += 1
        if line.is_blank:
            continue
        if layout is None and _DOCUMENTS_PANEL.match(line.text):
            layout = "plain"
        elif layout in (None, "sized") and (sized := _SIZED_ITEM.match(line.text)):
            layout = "sized"
            add(sized["number"], _page_title(sized["title"]), line.start, line.end)
        elif _DESCRIBED_HEADER.match(line.text):
            layout = "described"
        elif layout == "described" and (found := _item_match(line)) and _same_shape(items, found[0]["number"]):
            add(found[0]["number"], _page_title(found[1], heading=True), line.start, line.end)
        elif _ROW_HEADER.match(line.text):
            if items:
                break
            layout = "rows"
        elif _PLAIN_HEADER.match(line.text):
            layout = "plain"
            found = _next_text(region, index)
            if found and not (_LONE_NUMBER.match(found[1].text) or _ITEM.match(found[1].text) or found[1].text.endswith(".")):
                add("", _page_title(found[1].text), found[1].start, found[1].end)
                index = found[0] + 1
            # No row numbered below the header: rows are titled between blank lines (on a saved
            # page, also when the first row shows only its description).
            if (items or _PAGE_MARKS.search(text)) and not any(_LONE_NUMBER.match(n.text) for n in region[index:]):
                layout = "unnumbered"
        elif layout == "unnumbered" and _heading_line(region, index - 1):
            add("", _page_title(line.text), line.start, line.end)
        elif _AGENDA_POINT.match(line.text):
            found = _next_text(region, index)
            numbered = _NUMBERED_TITLE.match(found[1].text) if found else None
            if numbered and not any(item.number == numbered["number"] for item in items):
                add(numbered["number"], _page_title(numbered["title"]), found[1].start, found[1].end)
        elif _ITEM_PAGE_HEADING.match(line.text) and _near_top(text, line) or _ISSUE_MEETING.match(line.text):
            found = _next_text(region, index)
            issue = _ISSUE_MEETING.match(line.text)
            while issue and found and (_ROW_HEADER.match(found[1].text) or _PLAIN_HEADER.match(found[1].text)):
                found = _next_text(region, found[0] + 1)
            if found is None:
                continue
            below, number, title = found[1], "", found[1].text
            if not issue and _ISSUE_MEETING.match(below.text):
                index = found[0]
                continue
            if (row := _ROW.match(title)) and row["number"]:
                title = f"{row['number']} {row['title']}"
            numbered = _NUMBERED_TITLE.match(title)
            if issue:
                number = issue["number"]
                if numbered and numbered["number"] == number:
                    title = numbered["title"]
                elif _page_title(title, heading=True) is None:
                    # No item title under the meeting line, only its minutes: the issue's title is the item's.
                    if above := _issue_title(text, region[first]):
                        add(number, above[1], above[0].start, above[0].end, "single")
                    index = found[0]
                    continue
            elif numbered:
                number, title = numbered["number"], numbered["title"]
            add(number, _page_title(title, heading=not issue), below.start, below.end, "single")
            index = found[0] + 1
        elif layout == "rows" and _RULE.match(line.text):
            found = _next_text(region, index)
            if found is not None and not (_RULE.match(found[1].text) or _ROW.match(found[1].text)):
                add(*_ruled_row(found[1].text), found[1].start, found[1].end)
                index = found[0] + 1
        elif layout == "rows" and (row := _ROW.match(line.text)):
            cell = row["title"]
            if _CELL_NOISE.search(" " + cell) and (described := _TO_DESCRIPTION.search(cell)):
                cell = cell[: described.start()]
            add(row["number"] or "", _page_title(cell), line.start, line.end, "table")
        elif layout == "plain" and (lone := _LONE_NUMBER.match(line.text)) and _follows(items, lone["number"]):
            found = _next_text(region, index)
            if found is not None:
                add(lone["number"], _page_title(found[1].text), line.start, found[1].end)
                index = found[0] + 1
        elif len(line.text) <= 60 and not line.text.endswith("."):
            if _OPEN_HEADING.search(line.text):
                restricted = False
            elif _RESTRICTED_HEADING.search(line.text):
                restricted = True
    return items


def find_items(text: str, start: int = 0, end: int | None = None) -> list[FoundItem]:
    """Agenda item lines of ``text[start:end]`` with their restricted state, in order."""
    items: list[FoundItem] = []
    restricted = page_column = False
    region = lines(text, start, end)
    index = 0
    while index < len(region):
        line = region[index]
        index += 1
        if layout_start(region, index - 1) and (not _ITEM_PAGE_HEADING.match(line.text) or _near_top(text, line)):
            page = _page_items(text, region, index - 1)
            if page or not _PLAIN_HEADER.match(line.text) or _PAGE_MARKS.search(text):
                return items + page
        found = _item_match(line)
        if found is None:
            if _OPEN_HEADING.search(line.text):
                restricted = False
            elif _RESTRICTED_HEADING.search(line.text):
                restricted = True
            page_column = page_column or bool(_PAGE_COLUMN.match(line.text))
            continue
        match, title = found
        line_end = line.end
        if not PAGE_RANGE.search(title):
            following = next((n for n in region[index : index + 2] if not n.is_blank), None)
            if following is not None and _item_match(following) is None and not following.text.startswith(("-", "•")):
                if PAGE_RANGE.search(following.text) or following.text[:1].islower():
                    title, line_end = f"{title} {following.text}", following.end
                    index = region.index(following) + 1
        title, pages = _pages(title, page_column)
        title = clean_title(title)
        if not title:
            continue
        items.append(FoundItem(match["number"], title, pages, restricted, line.start, line_end))
        if EXCLUSION.search(title):
            restricted = True
    return in_runs(items)


def extract_agenda_items(
    document: ParsedDocument, start: int, end: int, page_layout_only: bool = False
) -> list[AgendaItemRecord]:
    """Agenda items in the agenda found at ``document.text[start:end]`` (see ``split.find_agenda``);
    with ``page_layout_only``, the items of a meeting page's own layouts only."""
    text = document.text
    return [
        AgendaItemRecord(
            number=item.number,
            title=item.title,
            pages=item.pages,
            access="restricted" if item.restricted else "unrestricted",
            provenance=provenance(document, text, item.start, item.end, NAME, VERSION),
        )
        for item in find_items(text, start, end)
        if item.page_layout or not page_layout_only
    ]
