"""Agenda items: number, title, printed page range and whether the item is restricted.

An item is an item line of the agenda (its number and title, see ``agenda_lines``; 'IV' or '(b)' counts in a run of
such numbers in order, see ``agenda_runs``; '1.' on every line of three or more is numbering lost, so no number),
optionally ending in '(Pages N - M)' or '(Page N)'.
Under a 'Page No.' column heading, a bare 'N - M' (or, after a wide gap, 'N') ending the line is the page
range. A title wrapped onto the next line is joined when that line carries the page range or starts in lower
case, or the title stops at an open word ('... report of the'), or a title in capitals runs on in capitals (not a
'PART 2' or 'EXEMPT ITEMS' heading); a lettered sub-point 'a) ...' is never joined. Lines lettered 'a)', 'b)' under item 9 are
its sub-items '9a', '9b' when two or more, short titles, one with its pages (see ``agenda_runs.lettered_sub_item``);
points '(1)', '(2)' right under item 12 are its sub-items '12(1)', '12(2)' (``agenda_runs.bracketed_sub_items``); points
'(a)', '(b)' or '(i)', '(ii)' on the lines right under item 7 are '7a', '7b' or '7i', '7ii' (a printed '7(i)' stays as
printed; ``agenda_runs.pointed_sub_items``; points '(i)', '(ii)' elsewhere list papers: no items). Lines of business lettered
'a. To approve ...' under item 4 are '4a', '4b'. Numbered notes under a 'Notes:' label are no items.
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
renderings) have layouts of their own (read by ``agenda_pages``); once one is recognised, only its item lines
count, so numbered paragraphs in minutes and decisions ('1. That the plan be approved') are not items:
- under a 'No. | Item' (or 'Item no. | Agenda Item', 'Number | Item') row header, the rows up to a second such header
  (another meeting's table) ('54. | Minutes', '| 54. | Minutes'; '| Minutes' for a row with no number; a row
  running on to its minutes is titled up to its 'To ...' description; a title in capitals up to its description in mixed
  case; a row lettered '(a) |' under row 3 is sub-item '3a', see ``agenda_cells``; a section row '| Public Session | |'
  is none, nor a details cell printed under a whole '| 01 | Title |' row, closed by its own ' |'); in a '---|---' ruled rendering, the line after each rule ('|', '||'), titled up to its 'Minutes:' label,
  document size or description ('To receive ...', a description in mixed case after a title in capitals), or closed by
  its '|' alone (a title-case phrase, or 'Minutes of a previous meeting ... |');
- under a plain 'No. Item' (or 'Note No. Item', Welsh 'Rhif eitem') header, a number alone on its line ('62.', '• 4.', '14/25',
  'SSP/14/25', 'C 14/025', 'K/1'; '4.1' under item 4), above the last item's and printed alone only once (a number alone on
  two lines or more is a 'Minute No.' cell of a table in the minutes), with the title on the next line, and an unnumbered
  first row that is not a sentence ('Prayers were offered by ...') nor a note on the meeting's recording (without the
  marks of a saved page, 'View directions', 'pdf icon', 'Minutes:'
  ..., the header is a printed agenda's; a first row closed by a stop, 'To receive apologies.', counts once a later row
  is printed with a stop); lines lettered '(a)', '(b)' in order in a row's item cell, above its
  'Minutes:' label, are its sub-items ('40a', '40b'; a closing stop without a verb dropped), and under a row printed without its number, lines marked '(i)', '(ii)'
  (or '(a)', '(b)') right under its title, two or more, are sub-items 'i', 'ii' (see ``agenda_cells.marked_sub``); when no row has a number, each title-case line between blank lines
  is a row's title (as many as the rows' minutes, numbered '2.1', '3.1' by their row, leave room for, see
  ``agenda_paragraphs``; a 'To ...' line with no stop over the row's 'Additional documents:' label, not under a row's title,
  is a row's title) (on a saved page also when the first row shows only its description; numbered by the number its
  title ends in, 'Minutes (Agenda item 4)'; a first line that is the minutes' sentence about a member, 'Cllr Lowe
  opened the meeting', is no row; a line repeating the end of the row above's title, 'Matters Arising' under 'Minutes
  ... & Matters Arising', is a heading in its minutes);
- an 'Agenda item' page heading over its title, or over a meeting line (printed twice, over the line under the second,
  unless that line is the item's description: 'To note the report.');
- on a webcast page, each 'Agenda item :' line over a numbered title ('4 Title', '(b) Title'), once per number; a webcast player's
  ordered list printing its marker before each point's own number ('  2. 2 To elect the Mayor') is read as item lines
  (``agenda_lines``), a point so marked up to any length, and its 'This webcast is scheduled ...' sentence is no item;
- a 'Meeting: 19/09/2016 - Board (Item 40)' line over its item's title ('40 Title'), or over its minutes
  alone, the item then titled by the issue ('Issue - meetings' over the title; without the issue's title, no
  item);
- a CMIS 'Documents' panel over 'Agenda': a number alone over each title, as under 'No. Item';
- an item line with its document size ('19 Title PDF 378 KB') among a page's first lines, and such lines
  after; with them, '1. Title' lines numbered in order (under a plain 'No. Item' header, or a run from 1
  reaching a sized line), each item's sub-items numbered alone ('1.1') over their titles; under mixed-case
  unnumbered rows, a line in capitals is a heading in a row's description;
- under a 'No. | Item' header with no rules or cells, each flattened row line opening with its title (see
  ``agenda_rows``);
- on a plain web page, 'Item 1: Apologies' lines, two or more numbered in order;
- on a recording's page, 'Agenda item N Title HH:MM' lines, the time no part of the title (``agenda_recording``);
- an agenda flattened into one line ('Agenda: 1. Apologies 2. Minutes 3. Finance', see ``agenda_rows``);
- on a CMIS documents list run on ('Item 5 - Title (186Kb) Item 5 - Appendix 1 - ...'), each number's first document
  (``agenda_plain.listed_documents``, read by ``structure`` where nothing else is);
- under a CMIS meeting summary's 'Public Items' heading, item lines numbered 1, 2, 3 ... ('1 Sederunt');
- when nothing else is found, numbers alone on their lines ('1.') over short titles, a run from 1 of three
  or more; else, on a saved page whose header was cut off, unnumbered rows as under 'No. Item', three or
  more;
- under a 'Number Item' header, rows printed with the number glued to the title ('4Title', '(a)Point'; see
  ``agenda_glued``);
- under a CMIS 'Agenda Items' heading, rows saved with only their descriptions in a Scottish council's wording
  ('Submit a report by ...'; see ``agenda_described``);
- under an older page's 'ItemDescriptionResolution' header, or an 'Item no. Agenda Item Details Status' one,
  item lines numbered like the first ('C 10/034 Title', '01 Title').
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.proceedings.closed_rows import closed_rows, cut_page, numbered_rows
from extractors.proceedings.agenda_cmis_titles import cmis_titles
from extractors.proceedings.agenda_described import described_rows
from extractors.proceedings.agenda_glued import glued_rows
from extractors.proceedings.agenda_recording import recording_index
from extractors.proceedings.agenda_plain import first_cell, inline_items, item_word_lines
from extractors.proceedings.agenda_plain import labelled_numbers, listed_documents, lone_number_rows, prose_lead_in
from extractors.proceedings.agenda_rows import (
    ITEM_PAGE_HEADING,
    LONE_NUMBER,
    MAX_WORDS,
    OWN_DOCUMENT,
    PAGE_RANGE,
    SUB_POINT,
    clean_title,
    item_pages,
    postal_lines,
    wraps_on,
)
from extractors.proceedings.agenda_lines import EXCLUSION, OPEN_HEADING, RESTRICTED_HEADING, FoundItem, item_match
from extractors.proceedings.agenda_runs import (
    bracketed_sub_items,
    in_runs,
    pointed_sub_items,
    lettered_with_papers,
    lettered_sub_item,
    lost_numbers,
    outside_lists,
    prefer_summary,
)
from extractors.readers.furniture import furniture_between, printed_lines
from extractors.readers.spans import Line, lines, provenance
from schemas.parsed import ParsedDocument
from schemas.structure import AgendaItemRecord
from extractors.proceedings.agenda_pages import PAGE_MARKS, PLAIN_HEADER, near_top, page_items, layout_start

VERSION = "95"
NAME = "agenda"

_PAGE_COLUMN = re.compile(
    r"^(?:(?:item|no\.?|number|title|subject|description|report)\s+)*pages?(?:\s+(?:no|nos|numbers?)\.?)?$", re.I
)
# A CMIS meeting summary's 'Public Items' heading over '1 Sederunt', '2 Minutes' (then 'Private Items').
_PUBLIC_HEADING = re.compile(r"^\s*(?P<private>public|private)\s+(?:items|business)\s*$", re.I)
_MIN_HEADERLESS_ROWS = 3
_DOCUMENTS_LABEL = re.compile(r"^(?:meeting\s+)?documents:?$", re.I)
_CELL_LABEL_LINE = re.compile(r"^\s*supporting\s+documents\s*:\s*$", re.I | re.M)


def find_items(text: str, start: int = 0, end: int | None = None) -> list[FoundItem]:
    """Agenda item lines of ``text[start:end]`` with their restricted state, in order."""
    items: list[FoundItem] = []
    restricted = page_column = False
    region = printed_lines(text, lines(text, start, end))
    if glued := glued_rows(region) or described_rows(region) or recording_index(region):
        return glued
    index = 0
    summary: int | None = None  # where a 'Public Items' heading stands: its items are a fallback
    sub_items: set[int] = set()  # where lines lettered 'a)' under an item stand
    prose_list: str | None = None  # the next number of a list led into by a sentence
    while index < len(region):
        line = region[index]
        index += 1
        if layout_start(region, index - 1) and (not ITEM_PAGE_HEADING.match(line.text) or near_top(text, line)):
            page = page_items(text, region, index - 1)
            if page or not PLAIN_HEADER.match(line.text) or PAGE_MARKS.search(text):
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
            if following is not None and item_match(following) is None and not furniture_between(text, line.end, following.start):
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
    read = pointed_sub_items(text, bracketed_sub_items(in_runs(outside_lists(text, lettered_with_papers(text, items, sub_items)))))
    found = [replace(item, page_layout="text") if item.start in worded else item for item in _documents_out(lost_numbers(read))]
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
    'Supporting documents:' label), no lone number, three rows or more. The page's own documents listed under its
    'Documents' label ('Agenda frontsheet', 'Printed minutes') and that label are no rows."""
    start, end = (region[0].start, region[-1].end) if len(region) > 1 else (0, 0)
    marked = PAGE_MARKS.search(text, start, end) or _CELL_LABEL_LINE.search(text, start, end)
    rows = [] if not marked or any(LONE_NUMBER.match(n.text) for n in region) else page_items(text, region, 0, "unnumbered")
    rows = [row for row in rows if not OWN_DOCUMENT.match(row.title) and not _DOCUMENTS_LABEL.match(row.title)]
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
    marked = PAGE_MARKS.search(document.text, start, end) or _CELL_LABEL_LINE.search(document.text, start, end)
    if (closed := closed_rows(region) if marked else []) or not cut_page(region):
        return _records(document, closed)
    return _records(document, numbered_rows(region) or [item for item in find_items(document.text, start, end) if item.page_layout])


def extract_cmis_titles(document: ParsedDocument, start: int, end: int) -> list[AgendaItemRecord]:
    """The unnumbered titles of a CMIS page's 'Agenda' panel (``agenda_cmis_titles``), or []."""
    return _records(document, cmis_titles(printed_lines(document.text, lines(document.text, start, end))))


def extract_listed_documents(document: ParsedDocument, start: int, end: int) -> list[AgendaItemRecord]:
    """The items of a CMIS documents list run on in ``document.text[start:end]`` (see ``agenda_plain.listed_documents``)."""
    listed = listed_documents(document.text, start, end)
    return _records(document, [FoundItem(number, title, [], False, first, last) for number, title, first, last in listed])


def _records(document: ParsedDocument, items: list[FoundItem]) -> list[AgendaItemRecord]:
    return [
        AgendaItemRecord(
            number=item.number, title=item.title, pages=item.pages, access="restricted" if item.restricted else "unrestricted",
            provenance=provenance(document, document.text, item.start, item.end, NAME, VERSION),
        )
        for item in items
    ]
