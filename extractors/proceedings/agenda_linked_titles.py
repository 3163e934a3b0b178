"""The agenda fallback's last readings (``agenda_fallback``), on a meeting page or an unclassified page where still nothing
is found.

The titles a page kept because they link a document ('Play Area Renewal pdf icon PDF 310 KB' alone on its line, the
item table's numbers and plain titles lost), two or more, unnumbered (``sized_titles``); else a document list whose
papers name their items ('pdf Item 05 - Title (105Kb)', ``document_items``).

Part of the agenda extractor: its records carry ``agenda.NAME`` and ``agenda.VERSION``, which a change here must bump.
"""

from __future__ import annotations

import re

from extractors.proceedings.agenda_numbered_runs import MIN_PAIR, RunItem
from extractors.proceedings.agenda_rows import DOCUMENT_SIZE, OWN_DOCUMENT, PDF_ICON
from extractors.readers.item_numbers import lone_number
from extractors.readers.spans import lines

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
