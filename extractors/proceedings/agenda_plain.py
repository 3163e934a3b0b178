"""Item forms of plain pages and table cells (rules versioned by ``extractors.proceedings.agenda.VERSION``).

- 'Item 1: Apologies' lines, two or more numbered in order, are the items of a plain web page.
- Numbers alone on their lines ('1.', 'Item No. 1') over short titles, a run from 1 of three or more; a table printed a
  cell a line with its column's label before each ('No 1' over 'Item Terms of Reference') likewise.
- An agenda flattened into one line ('Agenda: 1. Apologies 2. Minutes 3. Finance') holds a run from 1 of
  three or more short titles with no verb.
  Not under a sentence leading into it that names no business ('Reports have been prepared with reference to
  the following:'): its points are the papers or matters the sentence lists.
- On a page of unnumbered rows, a line inside a row's minutes is no row (an action table's cells: 'Write to the
  forum' / 'Jo Bloggs' / 'Done'): it is set apart by fewer blank lines than every row so far (two or more each), or,
  where every row so far carries a 'To ...' description, it is in that form itself (see ``inside_row``).
- A table row's cells after its title (a presenter, a time) are no part of the title.
- A list numbered again from 1 under each section heading, its papers labelled with the meeting's own item numbers
  ('Agenda Item 7', 'Agenda Item 7 – Presentation'), takes those numbers (see ``labelled_numbers``).
"""

from __future__ import annotations

import re

from extractors.proceedings.agenda_rows import CELL_NOISE, FINITE, OPEN_END, MAX_WORDS, page_title
from extractors.readers.spans import Line

ITEM_WORD = re.compile(r"^\s*Item\s+(?P<number>\d{1,3}[a-z]?)\s*[:.–-]\s+(?P<title>[A-Z‘'\"(].*?)\s*$")


def item_word_lines(region: list[Line]) -> list[tuple[Line, str, str]]:
    """'Item 1: Apologies' lines of ``region`` (line, number, title): two or more, numbered in order from the first."""
    found = [(line, m["number"], m["title"]) for line in region if (m := ITEM_WORD.match(line.text))]
    numbers = [int(re.match(r"\d+", number)[0]) for _, number, _ in found]
    if len(found) < 2 or any(b < a for a, b in zip(numbers, numbers[1:])):
        return []
    return [(line, number, title) for line, number, title in found if page_title(title)]


_LONE_DIGITS = re.compile(r"^\s*(?:item\s+(?:no\.?\s*)?|(?P<cell>no\.?\s*))?(?P<number>\d{1,2})[.)]?\s*$", re.I)
# A table printed a cell a line with its column's label before each cell ('No 1' over 'Item Terms of Reference').
_ITEM_CELL = re.compile(r"^\s*Item\s+(?=[A-Z])")
_LABELLED_ROW = re.compile(r"^\s*No\.?\s*\d{1,2}[.)]?[ \t]*\n\s*Item\s+[A-Z]")


def cell_row(printed: str) -> bool:
    """Whether an item's printed text is a row of a table printed a cell a line under its cells' labels ('No 1' / 'Item X')."""
    return bool(_LABELLED_ROW.match(printed))
_MIN_LONE_ROWS = 3


def lone_number_rows(region: list[Line], cells_only: bool = False) -> list[tuple[str, str, Line, Line]]:
    """(number, title, number line, title line) of a printed agenda whose numbers stand alone on their lines
    ('1.', 'Item 1.' or 'Item No. 1' over 'Apologies for absence'): a run numbered 1, 2, 3 ... of three or more, each over a short title
    that is no sentence; else []. With ``cells_only``, only rows printed with their cells' labels ('No 1' over 'Item X')."""
    rows: list[tuple[str, str, Line, Line]] = []
    texts = [(index, line) for index, line in enumerate(region) if not line.is_blank]
    for position, (_, line) in enumerate(texts[:-1]):
        lone = _LONE_DIGITS.match(line.text)
        if lone is None or int(lone["number"]) != len(rows) + 1 or cells_only and not lone["cell"]:
            continue
        below = texts[position + 1][1]
        cell = _ITEM_CELL.match(below.text) if lone["cell"] else None
        if cells_only and cell is None:
            continue
        title = page_title(below.text[cell.end() :] if cell else below.text, heading=True)
        words = (title or "").split()
        if title is None or len(words) > MAX_WORDS or title.endswith(".") or FINITE.search(title) or OPEN_END.search(title):
            continue
        rows.append((lone["number"], title, line, below))
    return rows if len(rows) >= _MIN_LONE_ROWS else []


def capitals_aside(text: str, first_title: str | None) -> bool:
    """A line in capitals (its bracketed aside aside) under rows titled in mixed case is a heading
    inside a row's description ('WRITTEN QUESTIONS (procedure)'); ``first_title`` is the first row's."""
    letters = re.sub(r"[^A-Za-z]", "", re.sub(r"\([^()]*\)", "", text))
    return first_title is not None and letters.isupper() and not re.sub(r"[^A-Za-z]", "", first_title).isupper()


# A table row's number cell closed by a tab or '|' ('1 | Apologies | Chair'): the title is the next cell alone.
_CELL_ROW = re.compile(r"^\s*\|?\s*[^\s|]+\s*(?:\||\t)")
NEXT_CELL = re.compile(r"\s*(?:\||\t).*$")
# A time cell ending a row ('Welcome and apologies     10:00') or opening it before the number ('10:00  1. Welcome').
_TIME_CELL = re.compile(r"\s{2,}\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s*$", re.I)
TIME_FIRST = re.compile(r"^\s*\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s+(?=\d{1,3}[.)]\s)", re.I)


def first_cell(line: str, title: str) -> str:
    """An item line's ``title`` without the cells after it: a presenter or time cell of a table row whose number
    cell ends in a tab or '|' ('1 | Apologies | Chair'), or a time cell after a wide gap ('Welcome     10:00')."""
    if _CELL_ROW.match(line):
        title = NEXT_CELL.sub("", title)
    return _TIME_CELL.sub("", title)


_INLINE_LABEL = re.compile(r"^\W*(?:agenda|items?|business|order\s+of\s+business)\s*[:–-]?\s*(?=1\.\s)", re.I)
_INLINE_NUMBER = re.compile(r"(?:^|(?<=\s))(?P<number>\d{1,2})\.\s+(?=[A-Z])")
_MIN_INLINE = 3


def inline_items(text: str) -> list[tuple[str, str]]:
    """(number, title) of an agenda flattened into one line, after an 'Agenda:' label or opening it: numbers
    1, 2, 3 ... (three or more) each before a short title with no verb; else []."""
    label = _INLINE_LABEL.match(text)
    body = text[label.end() :] if label else text
    marks = [m for m in _INLINE_NUMBER.finditer(body)]
    if len(marks) < _MIN_INLINE or marks[0].start() != 0 or [m["number"] for m in marks] != [str(n) for n in range(1, len(marks) + 1)]:
        return []
    ends = [m.start() for m in marks[1:]] + [len(body)]
    found = [(m["number"], body[m.end() : end].strip().rstrip(".;,")) for m, end in zip(marks, ends)]
    if any(not title or len(title.split()) > MAX_WORDS or FINITE.search(title) for _, title in found):
        return []
    return found


# A CMIS 'Documents' list run on: 'Item 10 - Constitution Amendments (149Kb) Item 10 - Appendix 1 - ... (155Kb)', its
# documents maybe numbered under the item ('Item 06 - 00 - Title (51Kb)', 'Item 06 - 01 - Plan (111Kb)').
_LISTED_DOCUMENT = re.compile(r"\bItem\s+(?P<number>\d{1,3})(?P<letter>[a-z]?)\s+-\s+(?:\d{1,2}\s+-\s+)?(?P<title>(?:[^()\n]|\([^()\n]*\)){1,250}?)\s*\(\d+(?:\.\d+)?\s*[KM]b\)", re.I)
_MIN_DOCUMENTS = 3


def listed_documents(text: str, start: int, end: int) -> list[tuple[str, str, int, int]]:
    """(number, title, start, end) of the items of a CMIS documents list ('Item 5 - Title (186Kb)', three or more): an
    item is the first document printed with its number; the later ones ('Item 10 - Appendix 1 - ...', 'Item 6a - ...')
    are its papers. [] for fewer."""
    found = list(_LISTED_DOCUMENT.finditer(text, start, end))
    if len(found) < _MIN_DOCUMENTS:
        return []
    items: list[tuple[str, str, int, int]] = []
    for match in found:
        if not any(number == match["number"] for number, *_ in items) and not match["letter"]:
            items.append((match["number"], match["title"].strip(), match.start(), match.end()))
    return items


_DESCRIPTION = re.compile(r"^\s*To\s+[a-z]+\s")
_ROW_GAP = 2


def _gap_above(text: str, position: int) -> int:
    """The blank lines right above the line holding ``position``."""
    above = text[: text.rfind("\n", 0, position) + 1].split("\n")[:-1]
    gap = 0
    for line in reversed(above):
        if line.strip():
            break
        gap += 1
    return gap


def inside_row(text: str, line: Line, rows: list[tuple[int, int]]) -> bool:
    """``line``, read as a row's title on a page of unnumbered rows (``rows``: the (start, end) of the rows so far), is
    a line of a row's minutes (see the module docstring); a line carrying its document ('... PDF 20 KB') is a row's."""
    if not rows or CELL_NOISE.search(" " + line.text):
        return False
    gap = min(_gap_above(text, start) for start, _ in rows)
    if gap >= _ROW_GAP and _gap_above(text, line.start) < gap:
        return True
    return bool(_DESCRIPTION.match(line.text)) and all(_described(text, end) for _, end in rows)


def _described(text: str, end: int) -> bool:
    """The row ending at ``end`` carries its 'To ...' description on the next line but one (one blank line between)."""
    below = text[end:].split("\n", 3)
    return len(below) > 2 and not below[1].strip() and bool(_DESCRIPTION.match(below[2]))


_BUSINESS = re.compile(r"\b(?:business|items?|agenda\s*:)", re.I)


# An agenda's notes label over its numbered notes: 'Notes:', '(Notes:', 'NOTE:'.
_NOTES_LABEL = re.compile(r"^\W*notes?\s*:$", re.I)


def prose_lead_in(region: list[Line], index: int) -> bool:
    """The nearest printed line above ``region[index]`` is a sentence ending in a colon (it has a verb) that names no
    business or items, or a 'Notes:' label: the list it leads into is the sentence's ('... prepared with reference to the
    following:') or the agenda's notes."""
    above = next((line.text.strip() for line in reversed(region[:index]) if not line.is_blank), "")
    return above.endswith(":") and bool(FINITE.search(above)) and not _BUSINESS.search(above) or bool(_NOTES_LABEL.match(above))


# A paper's label under its item: 'Agenda Item 5', 'Agenda Item 5 – Appendix 2'.
_ITEM_LABEL = re.compile(r"^\s*agenda\s+item\s+(?P<number>\d{1,3})\b\s*(?:[–—:-]\s*\S.*)?$", re.I)


def labelled_numbers(region: list[Line], numbers: list[tuple[str, int]]) -> tuple[dict[int, str], set[int]] | None:
    """For a list numbered again from 1 under each section heading ('Development Management' over '1. Application ...')
    whose items' papers are labelled with the meeting's item numbers ('Agenda Item 7' under the item): ``numbers`` are
    the items' (number, start); returns the numbers to give items after the first restart (the item's first label, or
    '' when it has none) by start, and the starts of items read from label lines (no items). None when the list does not
    restart, has fewer than two labels, or a label before the restart disagrees with its item's printed number."""
    labels = [(line.start, m["number"]) for line in region if (m := _ITEM_LABEL.match(line.text))]
    label_starts = {start for start, _ in labels}
    own = [(number, start) for number, start in numbers if start not in label_starts]
    restart = next((i for i, (number, _) in enumerate(own) if number == "1" and any(n.isdigit() and int(n) >= 2 for n, _ in own[:i])), None)
    if restart is None or len(labels) < 2:
        return None
    bounds = [start for _, start in own] + [region[-1].end + 1]
    first_label = [next((n for s, n in labels if a < s < b), "") for a, b in zip(bounds, bounds[1:])]
    if any(label and label != number for (number, _), label in zip(own[:restart], first_label)):
        return None
    renumbered = {start: label for (_, start), label in zip(own[restart:], first_label[restart:])}
    return renumbered, label_starts
