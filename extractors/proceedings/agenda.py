"""Agenda items: number, title, printed page range and whether the item is restricted.

An item is an item line of the agenda (its number and title, see ``agenda_lines``; 'IV' or '(b)' counts in a run of
such numbers in order, see ``agenda_runs``; '1.' on every line of three or more is numbering lost, so no number),
optionally ending in '(Pages N - M)' or '(Page N)'.
Under a 'Page No.' column heading, a bare 'N - M' (or, after a wide gap, 'N') ending the line is the page
range. A title wrapped onto the next line is joined when that line carries the page range or starts in lower
case, or the title stops at an open word ('... report of the'), or a title in capitals runs on in capitals (not a
'PART 2' or 'EXEMPT ITEMS' heading); a lettered sub-point 'a) ...' is never joined. Lines lettered 'a)', 'b)' under item 9 are
its sub-items '9a', '9b' when two or more, short titles, one with its pages (see ``agenda_runs.lettered_sub_item``).
A meeting page's item cell is cut at its document size ('PDF 210 KB') or its 'Minutes:' / 'Additional
documents:' label. Items after a 'RESTRICTED ITEM(S)' / 'EXEMPT ITEMS' / 'Part 2' heading, or after an
'Exclusion of the Press and Public' item, are restricted until an 'UNRESTRICTED ITEMS' / 'Part 1' heading.
A number printed on two or more item lines in a row ('4.1 Draft minutes', '4.1 Appendix 1') lists one item's documents: no items.
A list numbered from 1 under a sentence leading into it ('Reports were prepared with reference to the following:') is
the sentence's points, not items (see ``agenda_plain.prose_lead_in``).
A list numbered again from 1 under each section heading, its papers labelled 'Agenda Item 7' under the items, takes the
labels' numbers after its first restart ('' for an item with no label), and its label lines are no items.
Meeting pages' agenda tables ('A1 | Apologies') are read the same way.

Meeting pages (ModernGov's ieListDocuments, mgAi and ieIssueDetails, as HTML or as their plain-text
renderings) have layouts of their own; once one is recognised, only its item lines count, so numbered
paragraphs in minutes and decisions ('1. That the plan be approved') are not items:
- under a 'No. | Item' (or 'Item no. | Agenda Item') row header, the rows up to a second such header
  (another meeting's table) ('54. | Minutes', '| 54. | Minutes'; '| Minutes' for a row with no number; a row
  running on to its minutes is titled up to its 'To ...' description); in a '---|---' ruled rendering, the
  line after each rule ('|', '||'), titled up to its 'Minutes:' label, document size or description ('To
  receive ...');
- under a plain 'No. Item' (or 'Note No. Item', Welsh 'Rhif eitem') header, a number alone on its line ('62.', '• 4.', '14/25',
  'SSP/14/25', 'C 14/025'; '4.1' under item 4), above the last item's, with the title on the next line, and an unnumbered first
  row that is not a sentence (without the marks of a saved page, 'View directions', 'pdf icon', 'Minutes:'
  ..., the header is a printed agenda's); when no row has a number, each title-case line between blank lines
  is a row's title (on a saved page also when the first row shows only its description);
- an 'Agenda item' page heading over its title, or over a meeting line (printed twice, over the line under the second,
  unless that line is the item's description: 'To note the report.');
- on a webcast page, each 'Agenda item :' line over a numbered title ('4 Title'), once per number;
- a 'Meeting: 19/09/2016 - Board (Item 40)' line over its item's title ('40 Title'), or over its minutes
  alone, the item then titled by the issue ('Issue - meetings' over the title; without the issue's title, no
  item);
- a CMIS 'Documents' panel over 'Agenda': a number alone over each title, as under 'No. Item';
- an item line with its document size ('19 Title PDF 378 KB') among a page's first lines, and such lines
  after; with them, '1. Title' lines numbered in order (under a plain 'No. Item' header, or a run from 1
  reaching a sized line); under mixed-case unnumbered rows, a line in capitals is a heading in a row's
  description;
- under a 'No. | Item' header with no rules or cells, each flattened row line opening with its title (see
  ``agenda_rows``);
- on a plain web page, 'Item 1: Apologies' lines, two or more numbered in order;
- an agenda flattened into one line ('Agenda: 1. Apologies 2. Minutes 3. Finance', see ``agenda_rows``);
- under a CMIS meeting summary's 'Public Items' heading, item lines numbered 1, 2, 3 ... ('1 Sederunt');
- when nothing else is found, numbers alone on their lines ('1.') over short titles, a run from 1 of three
  or more; else, on a saved page whose header was cut off, unnumbered rows as under 'No. Item', three or
  more;
- under an older page's 'ItemDescriptionResolution' header, or an 'Item no. Agenda Item Details Status' one,
  item lines numbered like the first ('C 10/034 Title', '01 Title').
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.proceedings.closed_rows import closed_rows, closes_row, cut_page, numbered_rows, row_title, texts_before
from extractors.proceedings.agenda_plain import NEXT_CELL, capitals_aside, first_cell, inline_items, item_word_lines
from extractors.proceedings.agenda_plain import inside_row, labelled_numbers, lone_number_rows, prose_lead_in
from extractors.proceedings.agenda_rows import (
    CELL_NOISE,
    EXEMPT_PARAGRAPH,
    ITEM_PAGE_HEADING,
    LONE_NUMBER,
    MAX_WORDS,
    NUMBER_ONLY,
    PAGE_RANGE,
    PDF_ICON,
    REPORT_BY,
    SUB_POINT,
    TO_DESCRIPTION,
    WELSH_LABELS,
    clean_title,
    colon_title,
    description_under,
    first_row_ok,
    flat_row,
    heading_line,
    indent_of,
    item_pages,
    label_over,
    lone_number,
    reference_prefixes,
    page_title,
    postal_lines,
    ruled_row,
    wraps_on,
)
from extractors.proceedings.agenda_lines import EXCLUSION, ITEM, OPEN_HEADING, RESTRICTED_HEADING, FoundItem, item_match
from extractors.proceedings.agenda_runs import (
    NUMBERED_TITLE, SIZED_ITEM, follows, in_runs, sub_number, lettered_with_papers, lettered_sub_item, lost_numbers,
    next_numbered, numbered_run, outside_lists, prefer_summary, same_shape,
)
from extractors.readers.spans import Line, lines, provenance
from schemas.parsed import ParsedDocument
from schemas.structure import AgendaItemRecord

VERSION = "47"
NAME = "agenda"

_PAGE_COLUMN = re.compile(
    r"^(?:(?:item|no\.?|number|title|subject|description|report)\s+)*pages?(?:\s+(?:no|nos|numbers?)\.?)?$", re.I
)
_ROW_HEADER = re.compile(r"^\W*(?:item\s+)?(?:no|item|ref)\.?\s*\|\s*(?:agenda\s+)?(?:item|title|subject)\b", re.I)
# 'No. Item', 'Note No. Item', Welsh 'Rhif eitem'.
_PLAIN_HEADER = re.compile(r"^\s*(?:(?:note\s+)?no\.?\s+item|rhif\s+eitem)\s*$", re.I)
_ROW = re.compile(rf"^\s*(?:\|\s*)?(?:{NUMBER_ONLY}[.:)]?\s*)?\|\s*(?P<title>\S.*?)\s*$")
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
PAGE_LAYOUT_START = re.compile(
    "|".join(p.pattern for p in (_ROW_HEADER, _PLAIN_HEADER, ITEM_PAGE_HEADING, _ISSUE_MEETING, _AGENDA_POINT, _DESCRIBED_HEADER)),
    re.I,
)
ITEM_TABLE_HEADER = re.compile("|".join(p.pattern for p in (_ROW_HEADER, _PLAIN_HEADER)), re.I)
# Marks of a saved meeting page: without them, a 'No. Item' column header over '1. Apologies'
# lines is an agenda's, read line by line.
_PAGE_MARKS = re.compile(
    rf"\bview\s+directions\b|\b{PDF_ICON}\b|^\s*(?:minutes|additional\s+documents|decision|{WELSH_LABELS})\s*:\s*$"
    r"|^\s*agenda(?:,\s*decisions)?\s+and\s+(?:draft\s+)?(?:minutes|decisions)\s*$|^\s*agenda\s+a\s+chofnodion(?:\s+drafft)?\s*$",
    re.I | re.M,
)
_RULE = re.compile(r"^(?=.*\|)[\s|:-]+$")
# A CMIS meeting summary's 'Public Items' heading over '1 Sederunt', '2 Minutes' (then 'Private Items').
_PUBLIC_HEADING = re.compile(r"^\s*(?P<private>public|private)\s+(?:items|business)\s*$", re.I)
_HEAD_LINES = 5
_MIN_HEADERLESS_ROWS = 3
_CELL_LABEL_LINE = re.compile(r"^\s*supporting\s+documents\s*:\s*$", re.I | re.M)


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


def _near_top(text: str, line: Line) -> bool:
    """An 'Agenda item' line is the page heading when it is the first of its kind near the top."""
    above = [n for n in lines(text, 0, line.start) if not n.is_blank]
    return len(above) < _HEAD_LINES and not any(ITEM_PAGE_HEADING.match(n.text) for n in above)


def _page_items(text: str, region: list[Line], first: int, layout: str | None = None) -> list[FoundItem]:
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
            items.append(FoundItem(number, title, [], restricted, start, end, page_layout=form))
            restricted = restricted or bool(EXCLUSION.search(title))

    references = reference_prefixes(region)
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
        elif _DESCRIBED_HEADER.match(line.text):
            layout = "described"
        elif layout == "described" and (found := item_match(line)) and same_shape(items, found[0]["number"]):
            add(found[0]["number"], page_title(found[1], heading=True), line.start, line.end)
        elif _ROW_HEADER.match(line.text):
            if items:
                break
            layout, last = "rows", None
            flat = not any(_RULE.match(n.text) or _ROW.match(n.text) for n in region[index:])
        elif _PLAIN_HEADER.match(line.text):
            layout = "plain"
            found = _next_text(region, index)
            below = found[1] if found else None
            if below and (first_line := NUMBERED_TITLE.match(below.text)) and first_line["number"] == "1":
                # Rows printed as '1. Title' lines under the header, some with their document's size.
                layout = None
                continue
            if below and first_row_ok(below.text) and not (lone_number(below.text, references) or ITEM.match(below.text) or below.text.endswith(".")):
                add("", page_title(below.text), below.start, below.end)
                indent, index, colons = indent_of(below), found[0] + 1, colon_title(below.text)
                previous = below
            # No row numbered below the header: rows are titled between blank lines (on a saved
            # page, also when the first row shows only its description).
            if (items or _PAGE_MARKS.search(text)) and not any(lone_number(n.text, references) for n in region[index:]):
                layout = "unnumbered"
        elif layout == "unnumbered" and (under_row and REPORT_BY.match(line.text) or _exempt_cell(region, index) or description_under(region, index - 1, under_row)):
            continue
        elif (
            layout == "unnumbered" and heading_line(region, index - 1, indent, stops, colons, dense, under_row)
            and not capitals_aside(line.text, items[0].title if items else None)
            and not inside_row(text, line, [(item.start, item.end) for item in items if not item.number])
        ):
            add("", page_title(line.text), line.start, line.end)
            stops = stops or CELL_NOISE.split(" " + line.text)[0].rstrip().endswith(".")
            indent = indent_of(line) if indent is None else indent
        elif _AGENDA_POINT.match(line.text):
            found = _next_text(region, index)
            numbered = NUMBERED_TITLE.match(found[1].text) if found else None
            if numbered and not any(item.number == numbered["number"] for item in items):
                add(numbered["number"], page_title(numbered["title"]), found[1].start, found[1].end)
        elif ITEM_PAGE_HEADING.match(line.text) and _near_top(text, line) or _ISSUE_MEETING.match(line.text):
            found = _next_text(region, index)
            # The heading printed twice ('Agenda item' over 'Agenda item'): the title stands under the second,
            # unless that line is the item's description ('To consider the work programme.').
            if found and not _ISSUE_MEETING.match(line.text) and ITEM_PAGE_HEADING.match(found[1].text):
                found = _next_text(region, found[0] + 1)
                if found is None or found[1].text.rstrip().endswith(".") or re.match(r"To\s+[a-z]+\s", found[1].text):
                    continue
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
            add(number, page_title(title, heading=not issue), below.start, below.end, "single")
            index = found[0] + 1
        elif layout == "rows" and _RULE.match(line.text):
            found = _next_text(region, index)
            if found is not None and not (_RULE.match(found[1].text) or _ROW.match(found[1].text)):
                number, title = ruled_row(found[1].text)
                if title is None and (below := _next_text(region, found[0] + 1)):
                    title = label_over(found[1].text, below[1].text)
                add(number, title, found[1].start, found[1].end)
                index = found[0] + 1
        elif layout == "rows" and not flat and closes_row(prior[index - 1]) and not _ROW.match(line.text):
            found = _next_text(region, index)
            number, title = row_title(line.text, found[1].text if found else "")
            add(number, title, line.start, line.end)
        elif layout == "rows" and (row := _ROW.match(line.text)):
            cell = NEXT_CELL.sub("", row["title"])
            if CELL_NOISE.search(" " + cell) and (described := TO_DESCRIPTION.search(cell)):
                cell = cell[: described.start()]
            add(row["number"] or "", page_title(cell), line.start, line.end, "table")
        elif layout == "rows" and flat and (title := flat_row(line.text, above, headed=True)):
            add("", title, line.start, line.end)
        elif layout == "plain" and (lone := lone_number(line.text, references) or sub_number(line.text, items, region[index : index + 4])) and follows(items, lone["number"]):
            found = _next_text(region, index)
            if found is not None:
                add(lone["number"], page_title(found[1].text), line.start, found[1].end)
                index = found[0] + 1
        elif len(line.text) <= 60 and not line.text.endswith("."):
            if OPEN_HEADING.search(line.text):
                restricted = False
            elif RESTRICTED_HEADING.search(line.text):
                restricted = True
    return items


def find_items(text: str, start: int = 0, end: int | None = None) -> list[FoundItem]:
    """Agenda item lines of ``text[start:end]`` with their restricted state, in order."""
    items: list[FoundItem] = []
    restricted = page_column = False
    region = lines(text, start, end)
    index = 0
    summary: int | None = None  # where a 'Public Items' heading stands: its items are a fallback
    sub_items: set[int] = set()  # where lines lettered 'a)' under an item stand
    prose_list: str | None = None  # the next number of a list led into by a sentence
    while index < len(region):
        line = region[index]
        index += 1
        if layout_start(region, index - 1) and (not ITEM_PAGE_HEADING.match(line.text) or _near_top(text, line)):
            page = _page_items(text, region, index - 1)
            if page or not _PLAIN_HEADER.match(line.text) or _PAGE_MARKS.search(text):
                return items + page
        if inline := inline_items(line.text):
            if not prose_lead_in(region, index - 1):
                items.extend(FoundItem(number, title, [], restricted, line.start, line.end) for number, title in inline)
            continue
        if summary is None and _PUBLIC_HEADING.match(line.text):
            summary = index - 1
        found = item_match(line)
        if found is not None and (found[0]["number"] == "1" and prose_lead_in(region, index - 1) or found[0]["number"] == prose_list):
            prose_list = str(int(found[0]["number"]) + 1)  # a sentence's numbered points ('... the following:'), no items
            continue
        prose_list = None if found is not None else prose_list
        if found is None and (lettered := lettered_sub_item(line.text, items, MAX_WORDS)):
            title, pages = item_pages(lettered[1], page_column)
            items.append(FoundItem(lettered[0], clean_title(title), pages, restricted, line.start, line.end))
            sub_items.add(line.start)
            continue
        if found is None:
            if OPEN_HEADING.search(line.text):
                restricted = False
            elif RESTRICTED_HEADING.search(line.text):
                restricted = True
            page_column = page_column or bool(_PAGE_COLUMN.match(line.text))
            continue
        match, title = found
        line_end = line.end
        if postal_lines(title, [n.text for n in region[index : index + 3] if not n.is_blank]):
            continue
        if not PAGE_RANGE.search(title):
            following = next((n for n in region[index : index + 2] if not n.is_blank), None)
            if following is not None and item_match(following) is None:
                if PAGE_RANGE.search(following.text) and not following.text.startswith(("-", "•")) and not SUB_POINT.match(following.text) or wraps_on(title, following.text):
                    title, line_end = f"{title} {following.text}", following.end
                    index = region.index(following) + 1
        title, pages = item_pages(title, page_column)
        title = clean_title(first_cell(line.text, title))
        if not title:
            continue
        items.append(FoundItem(match["number"], title, pages, restricted, line.start, line_end))
        if EXCLUSION.search(title):
            restricted = True
    worded = {line.start for line, _, _ in item_word_lines(region)}
    found = [replace(item, page_layout="text") if item.start in worded else item for item in _documents_out(lost_numbers(in_runs(outside_lists(text, lettered_with_papers(items, sub_items)))))]
    if relabelled := labelled_numbers(region, [(item.number, item.start) for item in found]):
        renumbered, label_lines = relabelled
        found = [replace(item, number=renumbered.get(item.start, item.number)) for item in found if item.start not in label_lines]
    # Only when no line holds a number and its title: '1.' alone over 'Apologies for absence'.
    if summary is not None and (listed := _summary_items(region, summary)):
        found = prefer_summary(text, found, listed, MAX_WORDS)
    # A table printed a cell a line under its cells' labels ('No 1' / 'Item Title'): its rows are the items, not the
    # numbered paragraphs of their minutes.
    if labelled := lone_number_rows(region, cells_only=True):
        return [FoundItem(number, title, [], False, lone.start, row.end) for number, title, lone, row in labelled]
    return (
        found
        or [FoundItem(number, title, [], False, lone.start, row.end) for number, title, lone, row in lone_number_rows(region)]
        or _headerless_rows(text, region)
    )


def _documents_out(items: list[FoundItem]) -> list[FoundItem]:
    """``items`` without the lines of a number printed on two or more item lines in a row: the documents listed under
    one item ('4.1 Draft minutes', '4.1 Appendix 1 - ...', '4.1 Appendix 2 - ...'), which continue no numbering ('1.' on
    every line is numbering lost, see ``agenda_runs.lost_numbers``)."""
    return [
        item
        for position, item in enumerate(items)
        if not item.number
        or not any(0 <= other < len(items) and items[other].number == item.number for other in (position - 1, position + 1))
    ]


def _summary_items(region: list[Line], first: int) -> list[FoundItem]:
    """Item lines under a 'Public Items' heading, each numbered next ('1 Sederunt', '2 Minutes'), restricted
    under 'Private Items'; the minutes between them are skipped. Two items or more, else []."""
    items: list[FoundItem] = []
    restricted = False
    for line in region[first:]:
        if heading := _PUBLIC_HEADING.match(line.text):
            restricted = heading["private"].lower() == "private"
            continue
        found = item_match(line)
        if found is None or not found[0]["number"].isdigit() or int(found[0]["number"]) != len(items) + 1:
            continue
        title = clean_title(found[1])
        if title and len(title.split()) <= MAX_WORDS and not found[1].rstrip().endswith("."):
            items.append(FoundItem(found[0]["number"], title, [], restricted, line.start, line.end, page_layout="text"))
    return items if len(items) >= 2 else []


def _headerless_rows(text: str, region: list[Line]) -> list[FoundItem]:
    """Unnumbered rows of a saved page with its header cut off: with the page's marks (or a lone
    'Supporting documents:' label), no lone number, three rows or more."""
    start, end = (region[0].start, region[-1].end) if len(region) > 1 else (0, 0)
    marked = _PAGE_MARKS.search(text, start, end) or _CELL_LABEL_LINE.search(text, start, end)
    rows = [] if not marked or any(LONE_NUMBER.match(n.text) for n in region) else _page_items(text, region, 0, "unnumbered")
    return rows if len(rows) >= _MIN_HEADERLESS_ROWS else closed_rows(region) if marked else []


def extract_agenda_items(
    document: ParsedDocument, start: int, end: int, page_layout_only: bool = False
) -> list[AgendaItemRecord]:
    """Agenda items in the agenda found at ``document.text[start:end]`` (see ``split.find_agenda``);
    with ``page_layout_only``, the items of a meeting page's own layouts only."""
    return _records(document, [item for item in find_items(document.text, start, end) if item.page_layout or not page_layout_only])


def extract_cut_rows(document: ParsedDocument, start: int, end: int) -> list[AgendaItemRecord]:
    """The rows of a meeting page excerpt in ``document.text[start:end]`` with its header cut off (see
    ``closed_rows``): a flattened item table on a page carrying a meeting page's marks, or rows one cell a line."""
    region = lines(document.text, start, end)
    marked = _PAGE_MARKS.search(document.text, start, end) or _CELL_LABEL_LINE.search(document.text, start, end)
    if (closed := closed_rows(region) if marked else []) or not cut_page(region):
        return _records(document, closed)
    return _records(document, numbered_rows(region) or [item for item in find_items(document.text, start, end) if item.page_layout])


def _records(document: ParsedDocument, items: list[FoundItem]) -> list[AgendaItemRecord]:
    return [
        AgendaItemRecord(
            number=item.number, title=item.title, pages=item.pages, access="restricted" if item.restricted else "unrestricted",
            provenance=provenance(document, document.text, item.start, item.end, NAME, VERSION),
        )
        for item in items
    ]
