"""Items of a meeting page's own layouts (for ``agenda.find_items``, whose docstring lists them): where a layout starts
(``layout_start``) and its item lines from there (``page_items``). Versioned by ``extractors.proceedings.agenda.VERSION``.
"""

from __future__ import annotations

from bisect import bisect_left
import re

from extractors.proceedings.agenda_minute_ref import minute_reference
from extractors.proceedings.agenda_cells import capitals_head, lettered_cell, marked_sub, member_sentence, number_after
from extractors.proceedings.closed_rows import closes_row, row_title, texts_before
from extractors.proceedings.agenda_plain import NEXT_CELL, capitals_aside
from extractors.proceedings.agenda_plain import inside_row
from extractors.proceedings.agenda_rows import (
    CELL_NOISE,
    EXEMPT_PARAGRAPH,
    FINITE,
    ITEM_PAGE_HEADING,
    LONE_NUMBER,
    NUMBER_ONLY,
    PAGE_RANGE,
    PDF_ICON,
    REPORT_BY,
    TO_DESCRIPTION,
    WELSH_LABELS,
    flat_row,
    label_over,
    lone_number,
    reference_prefixes,
    page_title,
    ruled_row,
)
from extractors.proceedings.agenda_unnumbered import colon_title, description_under, first_row_ok, heading_line, indent_of
from extractors.proceedings.agenda_paragraphs import counted_rows
from extractors.proceedings.agenda_lines import EXCLUSION, ITEM, OPEN_HEADING, RESTRICTED_HEADING, FoundItem, item_match
from extractors.proceedings.agenda_runs import (
    NUMBERED_TITLE,
    SIZED_ITEM,
    follows,
    lettered_number,
    sub_number,
    next_numbered,
    numbered_run,
    same_shape,
)
from extractors.readers.furniture import furniture_between
from extractors.readers.spans import Line, lines

_ROW_HEADER = re.compile(r"^\W*(?:item\s+)?(?:no|number|item|ref)\.?\s*\|\s*(?:agenda\s+)?(?:item|title|subject)\b", re.I)
# 'No. Item', 'Note No. Item', Welsh 'Rhif eitem'.
PLAIN_HEADER = re.compile(r"^\s*(?:(?:note\s+)?no\.?\s+item|rhif\s+eitem)\s*$", re.I)
_ROW = re.compile(rf"^\s*(?:\|\s*)?(?:{NUMBER_ONLY}[.:)]?\s*)?\|\s*(?P<title>\S.*?)\s*$")
_ISSUE_MEETING = re.compile(
    r"^\W*meeting\s*:\s*\d{1,2}/\d{1,2}/\d{2,4}\s*[-–]\s*.+?\(\s*item\s+"
    r"(?P<number>[A-Z]{0,2}\d{1,4}[a-z]?(?:[./]\d{1,4})?)\s*[.:]?\s*\)\s*$",
    re.I,
)
# A section of the item table, its words in the number cell and its item cell empty: '| Public Session | |'.
# Its words name a section ('Public Items for Decision', 'Part 2'): '| Chair's Announcements | |' is an item unnumbered.
_SECTION_ROW = re.compile(
    r"^\s*\|\s*(?=[^|\n]*[a-z])(?=[^|\n]*\b(?i:session|items?\s+for|part\s+(?:[12ab]|one|two|i{1,2})"
    r"|(?:public|private|open|closed|exempt|confidential|restricted)\s+(?:items?|business)))[A-Za-z][A-Za-z0-9' ]*\|\s*\|\s*$"
)
# A webcast page's agenda point: 'Agenda item :' over '4 Title' or '(b) Title' (a point may be listed again).
_AGENDA_POINT = re.compile(r"^\s*agenda\s+item\s+:\s*$", re.I)
_LETTERED_POINT = re.compile(r"^\s*\((?P<number>[a-z])\)\s+(?P<title>[A-Z].*)$")
# An older ModernGov page's item table, its header cells run together: 'ItemDescriptionResolution'.
_DESCRIBED_HEADER = re.compile(
    r"^\s*item\s*(?:(?:no\.?\s*)?agenda\s+item\s+details\s+status|description\s*(?:resolution|decision)s?)\s*$", re.I
)
# A CMIS page's 'Documents' panel over 'Agenda' (with '1 Title' on one line, read as agenda lines).
_DOCUMENTS_PANEL = re.compile(r"^\s*documents\s*$", re.I)
_AGENDA_LABEL = re.compile(r"^\s*agenda\s*$", re.I)
PAGE_LAYOUT_START = re.compile(
    "|".join(p.pattern for p in (_ROW_HEADER, PLAIN_HEADER, ITEM_PAGE_HEADING, _ISSUE_MEETING, _AGENDA_POINT, _DESCRIBED_HEADER)),
    re.I,
)
ITEM_TABLE_HEADER = re.compile("|".join(p.pattern for p in (_ROW_HEADER, PLAIN_HEADER)), re.I)
# Marks of a saved meeting page: without them, a 'No. Item' column header over '1. Apologies'
# lines is an agenda's, read line by line.
PAGE_MARKS = re.compile(
    rf"\bview\s+directions\b|\b{PDF_ICON}\b|^\s*(?:minutes|additional\s+documents|decision|{WELSH_LABELS})\s*:\s*$"
    r"|^\s*agenda(?:,\s*decisions)?\s+and\s+(?:draft\s+)?(?:minutes|decisions)\s*$|^\s*agenda\s+a\s+chofnodion(?:\s+drafft)?\s*$",
    re.I | re.M,
)
_RULE = re.compile(r"^(?=.*\|)[\s|:-]+$")

_HEAD_LINES = 5


def _issue_title(text: str, first: Line) -> tuple[Line, str] | None:
    """The issue's title: the line above an issue page's first meeting line, under 'Issue - meetings'."""
    above = [n for n in lines(text, max(0, first.start - 600), first.start) if not n.is_blank][-2:]
    if len(above) == 2 and re.match(r"^\W*issue\s*-", above[0].text, re.I):
        title = page_title(above[1].text, heading=True)
        return (above[1], title) if title else None
    return None


def _exempt_cell(region: list[Line], index: int) -> bool:
    """The line before ``region[index]`` titles a report in a table of exempt items: its exempt paragraph follows."""
    found = _next_text(region, index)
    return bool(found and EXEMPT_PARAGRAPH.match(found[1].text))


def layout_start(region: list[Line], index: int) -> bool:
    """Whether ``region[index]`` opens a meeting page layout (see the module docstring)."""
    text = region[index].text
    if _DOCUMENTS_PANEL.match(text):
        following = [line for line in region[index + 1 : index + 40] if not line.is_blank][:4]
        return bool(following and _AGENDA_LABEL.match(following[0].text)) and any(
            LONE_NUMBER.match(line.text) for line in following[1:]
        )
    if SIZED_ITEM.match(text) or NUMBERED_TITLE.match(text) and numbered_run(region, index):
        return sum(not line.is_blank for line in region[:index]) < _HEAD_LINES
    return bool(PAGE_LAYOUT_START.match(text))


def _next_text(region: list[Line], index: int) -> tuple[int, Line] | None:
    """The first non-blank line at or after ``index``, with its index."""
    return next(((i, line) for i, line in enumerate(region[index:], start=index) if not line.is_blank), None)


def near_top(text: str, line: Line) -> bool:
    """An 'Agenda item' line is the page heading when it is the first of its kind near the top."""
    above = [n for n in lines(text, 0, line.start) if not n.is_blank]
    return len(above) < _HEAD_LINES and not any(ITEM_PAGE_HEADING.match(n.text) for n in above)


def _numbered_rows(region: list[Line], references: frozenset[str]) -> list[int]:
    """Indices of the lines where a row number stands alone with text under it, in order: a number on the last line of
    a page cut off there ('2.' of a description's list) numbers no row. Read once per region, so that a page of many
    'No. Item' headers stays linear."""
    last = max((index for index, line in enumerate(region) if not line.is_blank), default=-1)
    return [index for index in range(last) if lone_number(region[index].text, references)]


def _numbered_below(rows: list[int], first: int) -> bool:
    """Whether one of ``rows`` (from ``_numbered_rows``) is at or below ``region[first]``."""
    return bisect_left(rows, first) < len(rows)


# A line lettered '(a)' in a row's item cell, above the row's minutes: '(a)  To agree the minutes of the last meeting'.
_LETTERED_LINE = re.compile(r"^\s*\((?P<letter>[a-z])\)\s+(?P<title>[A-Z].*?)\s*$")
# A cell label opening the row's minutes or papers: lettered lines under it are the minutes' points.
_CELL_LABEL = re.compile(r"^\s*(?:minutes|decisions?|additional\s+documents|supporting\s+documents|resolved)\s*:", re.I)


def _lettered_row(region: list[Line], line: Line, items: list[FoundItem]) -> tuple[str, str] | None:
    """(number, title) of a sub-item lettered in order under the last row of a 'No. Item' page ('(a)' under row 40 is
    '40a', '(b)' under '40a' is '40b'), printed in the row's item cell: no cell label ('Minutes:') between the row and it,
    a title that is no sentence (its closing stop dropped); else None. Kept only two or more under one row (``page_items``)."""
    lettered = _LETTERED_LINE.match(line.text)
    sub = lettered_number(lettered["letter"], items) if lettered and items else None
    title = lettered["title"] if sub else ""
    # A stop closes a sentence only with its verb: '(b) Apologies for absence.' is a title.
    if sub is None or title.endswith(".") and FINITE.search(title) or len(title.split()) > _MAX_LETTERED_WORDS:
        return None
    between = (n for n in region if items[-1].end <= n.start < line.start)
    return None if any(_CELL_LABEL.match(n.text) for n in between) else (sub, title.rstrip("."))


_MAX_LETTERED_WORDS = 20
# A sub-item's title under its number on a page of numbered rows: long report titles, no sentence.
_SIZED_SUB_WORDS = 30
# A description under 'Agenda item' is a sentence: two words or more in lower case.
_SENTENCE_LOWER = 2


def _marked_row(region: list[Line], line: Line, items: list[FoundItem]) -> tuple[str, str] | None:
    """(mark, title) of a sub-item marked '(i)' in the item cell of the last unnumbered row (see
    ``agenda_cells.marked_sub``), printed right under the row's title or the sub-item before it (blank lines only
    between: a marked line under a description is one of its points); else None."""
    sub = marked_sub(line.text, items[-1].number) if items else None
    between = (n for n in region if items[-1].end <= n.start < line.start) if sub else ()
    return None if sub is None or any(not n.is_blank for n in between) else sub


def _marked_run(items: list[FoundItem], item: FoundItem, marked: set[int]) -> int:
    """How many marked sub-items stand together in the run holding ``item``: a lone one is a point of its row."""
    at = items.index(item)
    first = next(k for k in range(at, -1, -1) if k == 0 or items[k - 1].start not in marked)
    return next((k for k in range(at, len(items)) if items[k].start not in marked), len(items)) - first


# A row titled by its 'To ...' line, printed with no full stop: 'To receive any announcements from the Chair'.
_TO_TITLE = re.compile(r"^To\s+[a-z]+\s[^.]*[^.\s]$")
_TO_TITLE_WORDS = 30


def _to_title(region: list[Line], index: int, under_row: bool) -> bool:
    """``region[index]`` is an unnumbered row's 'To ...' title (no full stop, no verb of the minutes) right over its cell
    label ('Additional documents:', 'Minutes:'), after blank lines and not under a row's title (there such a line is the
    row's description)."""
    line = region[index]
    if under_row or index == 0 or not region[index - 1].is_blank or not _TO_TITLE.match(line.text):
        return False
    if FINITE.search(line.text) or len(line.text.split()) > _TO_TITLE_WORDS:
        return False
    found = _next_text(region, index + 1)
    return bool(found and _CELL_LABEL.match(found[1].text))


def _lost_title(region: list[Line], index: int) -> bool:
    """``region[index]``, the first row under a 'No. Item' header, is a 'To ...' description straight over the next row's
    title carrying its document ('Minutes pdf icon PDF 456 KB'): the first row's title was not saved, so no row. Where
    that title opens on 'To' too ('To approve the minutes pdf icon PDF 212 KB'), the page titles its items so: a title."""
    found = _next_text(region, index + 1)
    return bool(
        _TO_TITLE.match(region[index].text) and found and CELL_NOISE.search(" " + found[1].text)
        and not re.match(r"\s*To\s+[a-z]", found[1].text)
    )


def _stopped_opening(
    region: list[Line], index: int, items: list[FoundItem], indent: int | None, colons: bool, dense: bool
) -> list[FoundItem]:
    """The first row under a 'No. Item' header printed with a full stop, 'To receive apologies for absence.', on a page
    whose rows are printed with full stops: read as the rows after it are ('To ...' among stopped rows is a title)."""
    line = region[index]
    if items and items[0].start <= line.start or not heading_line(region, index, indent, True, colons, dense):
        return []
    return [FoundItem("", title, [], False, line.start, line.end, page_layout="text")] if (title := page_title(line.text)) else []


def _repeated_numbers(region: list[Line]) -> set[str]:
    """Numbers standing alone on two or more lines of ``region`` with no other lone number between them: a 'Minute No.'
    column of a table in a row's minutes (a councillor's interest declared under each), never a row's number, printed
    once; points '1', '2' of a resolution repeating earlier rows' numbers leave those rows be."""
    numbers = [lone["number"] for line in region if (lone := LONE_NUMBER.match(line.text))]
    return {number for number, previous in zip(numbers[1:], numbers) if number == previous}


def _not_echoed(items: list[FoundItem]) -> list[FoundItem]:
    """Unnumbered rows without a heading in the minutes of the row above that repeats that row's title's last words
    ('Minutes of the last meeting & Matters Arising' over 'Matters Arising')."""
    return [
        item for position, item in enumerate(items)
        if not position or item.number or not _ends_with(items[position - 1].title, item.title)
    ]


def _details_below(above: str | None) -> bool:
    """``above`` is a whole numbered row printed between pipes ('| 01 | Apologies for Absence |'): the line under it
    is that row's details cell ('Councillors A, B and C |'), not the next row."""
    row = _ROW.match(above or "")
    return bool(row and row["number"] and above and above.lstrip().startswith("|"))


def _ends_with(title: str, words: str) -> bool:
    """``title`` ends with ``words`` as whole words, after words of its own."""
    title, words = " ".join(title.casefold().split()), " ".join(words.casefold().split())
    return len(title) > len(words) and title.endswith(" " + words)


def page_items(text: str, region: list[Line], first: int, layout: str | None = None) -> list[FoundItem]:
    """Items of a meeting page from ``region[first]``, its first layout line (see the module docstring);
    ``layout``: the layout already known ('unnumbered' for a page whose header was cut off)."""
    items: list[FoundItem] = []
    restricted = flat = stops = colons = False
    indent: int | None = None
    last: str | None = None
    previous: Line | None = None

    def add(number: str, title: str | None, start: int, end: int, form: str = "text") -> None:
        nonlocal restricted
        if title:
            number, title = (number, title) if number else number_after(title)
            items.append(FoundItem(number, title, [], restricted, start, end, page_layout=form))
            restricted = restricted or bool(EXCLUSION.search(title))

    opening: int | None = None  # a first row under the header printed with a full stop, judged once the rows are known
    sub_rows: set[int] = set()  # where sub-items lettered in a row's item cell stand
    marked_rows: set[int] = set()  # where sub-items marked '(i)' under an unnumbered row stand
    references = reference_prefixes(region)
    numbered: list[int] | None = None
    repeated = _repeated_numbers(region)
    dense = not any(line.is_blank for line in region[first:])
    prior = texts_before(region)
    index = first
    while index < len(region):
        line = region[index]
        index += 1
        if line.is_blank:
            continue
        above, last = last, line.text
        under_row, previous = bool(items and previous is not None and items[-1].start == previous.start), line
        if layout is None and _DOCUMENTS_PANEL.match(line.text):
            layout = "plain"
        elif layout in (None, "sized") and (sized := SIZED_ITEM.match(line.text)):
            layout = "sized"
            add(sized["number"], page_title(sized["title"]), line.start, line.end)
        elif layout in (None, "sized") and (numbered := next_numbered(line.text, items, index - 1 == first)):
            layout = "sized"
            add(numbered["number"], page_title(PAGE_RANGE.sub("", numbered["title"]).rstrip(), heading=True), line.start, line.end)
        elif layout == "sized" and (sub := sub_number(line.text, items, region[index : index + 4], _SIZED_SUB_WORDS)) and follows(items, sub["number"]):
            # '1.1' alone under '1. Order of business', its title (with its document's size) on the next line.
            if found := _next_text(region, index):
                add(sub["number"], page_title(found[1].text), line.start, found[1].end)
                index = found[0] + 1
        elif _DESCRIBED_HEADER.match(line.text):
            layout = "described"
        elif layout == "described" and (found := item_match(line)) and same_shape(items, found[0]["number"]):
            add(found[0]["number"], page_title(found[1], heading=True), line.start, line.end)
        elif _ROW_HEADER.match(line.text):
            if items:
                break
            layout, last = "rows", None
            flat = not any(_RULE.match(n.text) or _ROW.match(n.text) for n in region[index:])
        elif PLAIN_HEADER.match(line.text):
            layout = "plain"
            found = _next_text(region, index)
            below = found[1] if found else None
            if below and (first_line := NUMBERED_TITLE.match(below.text)) and first_line["number"] == "1":
                # Rows printed as '1. Title' lines under the header, some with their document's size.
                layout = None
                continue
            opening = found[0] if below and below.text.endswith(".") else None
            if below and first_row_ok(below.text) and not member_sentence(below.text) and not (lone_number(below.text, references) or ITEM.match(below.text) or below.text.endswith(".")) and not _lost_title(region, found[0]):
                add("", page_title(below.text), below.start, below.end)
                indent, index, colons = indent_of(below), found[0] + 1, colon_title(below.text)
                previous = below
            # No row numbered below the header: rows are titled between blank lines (on a saved
            # page, also when the first row shows only its description).
            if items or PAGE_MARKS.search(text):
                if numbered is None:
                    numbered = _numbered_rows(region, references)
                if not _numbered_below(numbered, index):
                    layout = "unnumbered"
        elif layout == "unnumbered" and (sub := _marked_row(region, line, items)):
            add(sub[0], page_title(sub[1]), line.start, line.end)
            marked_rows.add(line.start)
        elif layout == "unnumbered" and _to_title(region, index - 1, under_row):
            add("", page_title(line.text), line.start, line.end)
        elif layout == "unnumbered" and (under_row and REPORT_BY.match(line.text) or _exempt_cell(region, index) or description_under(region, index - 1, under_row)):
            continue
        elif (
            layout == "unnumbered" and heading_line(region, index - 1, indent, stops, colons, dense, under_row)
            and not (not items and _lost_title(region, index - 1))
            and not capitals_aside(line.text, items[0].title if items else None)
            and not inside_row(text, line, [(item.start, item.end) for item in items if not item.number])
        ):
            add("", page_title(line.text), line.start, line.end)
            stops = stops or CELL_NOISE.split(" " + line.text)[0].rstrip().endswith(".")
            indent = indent_of(line) if indent is None else indent
        elif _AGENDA_POINT.match(line.text):
            found = _next_text(region, index)
            numbered = NUMBERED_TITLE.match(found[1].text) or _LETTERED_POINT.match(found[1].text) if found else None
            if numbered and not any(item.number == numbered["number"] for item in items):
                add(numbered["number"], page_title(numbered["title"]), found[1].start, found[1].end)
        elif ITEM_PAGE_HEADING.match(line.text) and near_top(text, line) or _ISSUE_MEETING.match(line.text):
            found = _next_text(region, index)
            # The heading printed twice ('Agenda item' over 'Agenda item'): the title stands under the second,
            # unless that line is the item's description ('To consider the work programme.').
            if found and not _ISSUE_MEETING.match(line.text) and ITEM_PAGE_HEADING.match(found[1].text):
                found = _next_text(region, found[0] + 1)
                if found is None or found[1].text.rstrip().endswith(".") or re.match(r"To\s+[a-z]+\s", found[1].text):
                    continue
            issue = _ISSUE_MEETING.match(line.text)
            while issue and found and (_ROW_HEADER.match(found[1].text) or PLAIN_HEADER.match(found[1].text)):
                found = _next_text(region, found[0] + 1)
            if found is None:
                continue
            below, number, title = found[1], "", found[1].text
            # 'Agenda item' over 'The Board will receive a presentation.': the item's description, its title not printed
            # (a title in title case closed by a stop, 'What Is Scrutiny For.', is the item's title).
            sentence = len(re.findall(r"(?<![\w'’-])[a-z]+\b", title)) >= _SENTENCE_LOWER
            if not issue and sentence and title.rstrip().endswith(".") and FINITE.search(title) and not NUMBERED_TITLE.match(title):
                index = found[0] + 1
                continue
            if not issue and _ISSUE_MEETING.match(below.text):
                index = found[0]
                continue
            if (row := _ROW.match(title)) and row["number"]:
                title = f"{row['number']} {row['title']}"
            numbered = NUMBERED_TITLE.match(title)
            if issue:
                number = issue["number"]
                if numbered and numbered["number"] == number:
                    title = numbered["title"]
                elif page_title(title, heading=True) is None:
                    # No item title under the meeting line, only its minutes: the issue's title is the item's.
                    if above := _issue_title(text, region[first]):
                        add(number, above[1], above[0].start, above[0].end, "single")
                    index = found[0]
                    continue
            elif numbered:
                number, title = numbered["number"], numbered["title"]
            number = number or minute_reference(region, found[0])
            add(number, page_title(title, heading=not issue), below.start, below.end, "single")
            index = found[0] + 1
        elif layout == "rows" and _RULE.match(line.text):
            found = _next_text(region, index)
            if found is not None and not (_RULE.match(found[1].text) or _ROW.match(found[1].text)):
                number, title = ruled_row(found[1].text)
                below = _next_text(region, found[0] + 1)
                # A title in capitals over its description in mixed case (on its line or the next): the capitals.
                cell = f"{title or found[1].text} {below[1].text if below and title is None else ''}".rstrip()
                if (head := capitals_head(cell)) != cell and found[1].text.startswith(head):
                    title = page_title(head)
                if title is None and below:
                    title = label_over(found[1].text, below[1].text)
                add(number, title, found[1].start, found[1].end)
                index = found[0] + 1
        elif layout == "rows" and (lettered := lettered_cell(line.text)) and (sub := lettered_number(lettered[0], items)):
            add(sub, page_title(NEXT_CELL.sub("", lettered[1])), line.start, line.end, "table")
        elif layout == "rows" and not flat and closes_row(prior[index - 1]) and not _ROW.match(line.text) and not _details_below(prior[index - 1]):
            found = _next_text(region, index)
            number, title = row_title(line.text, found[1].text if found else "")
            add(number, title, line.start, line.end)
        elif layout == "rows" and _SECTION_ROW.match(line.text):
            restricted = bool(RESTRICTED_HEADING.search(line.text)) or restricted and not OPEN_HEADING.search(line.text)
        elif layout == "rows" and (row := _ROW.match(line.text)):
            cell = NEXT_CELL.sub("", row["title"])
            if CELL_NOISE.search(" " + cell) and (described := TO_DESCRIPTION.search(cell)):
                cell = cell[: described.start()]
            add(row["number"] or "", page_title(capitals_head(cell)), line.start, line.end, "table")
        elif layout == "rows" and flat and (title := flat_row(line.text, above, headed=True)):
            add("", title, line.start, line.end)
        elif layout == "plain" and (sub := _lettered_row(region, line, items)):
            add(sub[0], page_title(sub[1]), line.start, line.end)
            sub_rows.add(line.start)
        elif (
            layout == "plain"
            and (lone := lone_number(line.text, references) or sub_number(line.text, items, region[index : index + 4]))
            and follows(items, lone["number"]) and lone["number"] not in repeated
        ):
            found = _next_text(region, index)
            if found is not None:
                # A number at a page's foot, its title on the next page: the span is the title's line, holding no footer.
                opens = found[1].start if furniture_between(text, line.end, found[1].start) else line.start
                add(lone["number"], page_title(found[1].text), opens, found[1].end)
                index = found[0] + 1
        elif len(line.text) <= 60 and not line.text.endswith("."):
            if OPEN_HEADING.search(line.text):
                restricted = False
            elif RESTRICTED_HEADING.search(line.text):
                restricted = True
    # A lone lettered line under a row is a point of its description: two or more are its sub-items.
    parents = [item.number[:-1] for item in items if item.start in sub_rows]
    items = [item for item in items if item.start not in sub_rows or parents.count(item.number[:-1]) >= 2]
    items = [item for item in items if item.start not in marked_rows or _marked_run(items, item, marked_rows) >= 2]
    if layout == "unnumbered":
        items = _not_echoed(items)
    if layout == "unnumbered" and stops and opening is not None:
        items = _stopped_opening(region, opening, items, indent, colons, dense) + items
    return counted_rows(region, items) if layout == "unnumbered" and not any(item.number for item in items) else items
