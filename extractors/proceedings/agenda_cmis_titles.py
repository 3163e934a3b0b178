"""A CMIS meeting page whose 'Agenda' panel prints its items' titles without their numbers.

A CMIS page lists its panels as a tab strip of bullets ('• Documents', '• Attendance', '• Visitors', ...) over the
'Documents' panel, whose 'Agenda' label heads the items. Some councils' pages print no item numbers there: each title
stands on its own line, every word capitalised as CMIS styles it ('Order Of Business'), over its description
('Including notice of ...') or straight over the next title ('Motions' over 'Public Reports'). A sub-item keeps its
number alone on its line over its description ('5.1' under the fifth title): its title is that description's first
sentence. A table inside a description (its cells 'Meeting' / 'Date of Meeting' / a body over a date, one to a line)
holds no items: a run of titles counts only when a description, or a sub-item's number, follows it; a run ending on a
date or another short line is a table's cells, and one holding a document's name or size ('Public Reports Pack', 'PDF
120 KB') is a list of documents. The panel ends at the next tab's name alone on its line. Where the panel prints an
'Items Of Business' heading, the items are under it: the titled notes above it ('Notification', 'Further Information',
'Chair' over 'Councillor X presided', 'In Attendance') are the page's, no items. A title may keep a short linking word in
lower case ('Declarations of Interest').

Read only where the panel holds no numbered item (a page printing its numbers is read by ``agenda_pages``) and three
titles or more are found (two under an 'Items Of Business' heading).

Part of the agenda extractor: its records carry ``agenda.NAME`` and ``agenda.VERSION``, which a change here must bump.
"""

from __future__ import annotations

import re

from extractors.proceedings.agenda_lines import FoundItem
from extractors.readers.dates import find_dates
from extractors.readers.item_numbers import lone_number
from extractors.readers.spans import Line

_TAB = re.compile(r"^\s*[•·▪]\s*(?P<name>[A-Z][A-Za-z ]{2,40}?)\s*$")
_DOCUMENTS = re.compile(r"^\s*documents\s*$", re.I)
_AGENDA = re.compile(r"^\s*agenda\s*$", re.I)
_BUSINESS = re.compile(r"^\s*items\s+of\s+business\s*$", re.I)
# Short linking words a title may print in lower case after its first word.
_LINKING = frozenset({"of", "and", "the", "for", "to", "in", "on", "by", "from", "with", "at", "a", "an"})
# A sub-item's number alone on its line: '5.1'.
_SUB_NUMBER = re.compile(r"^\s*(?P<item>\d{1,2})\.(?P<sub>\d{1,2})\s*$")
# An item line printed with its number: '1 Apologies', '2. Minutes', '3) Petitions'.
_NUMBERED = re.compile(r"^\s*\d{1,3}[.)]?\s+[A-Z]")
_FIRST_SENTENCE = re.compile(r"^(?P<sentence>.+?[.!?])(?=\s+[(A-Z]|\s*$)")
# A document's name or size in the panel ('Public Reports Pack', 'Agenda Frontsheet', 'PDF 120 KB', '(43Kb)'): the panel
# lists documents there, and the capitalised lines above it are their names, no items.
_DOCUMENT = re.compile(
    r"\b(?:Pack|Frontsheet|Front\s+Sheet)\s*$|(?:^|\s)(?:PDF\s+\d+(?:\.\d+)?\s*[KM]B?|\(?\d+(?:\.\d+)?\s*[KM]B\)?)\s*$", re.I
)
_MAX_TITLE_WORDS = 8
_MIN_DESCRIPTION_WORDS = 4
_MIN_TITLES = 3
_MIN_UNDER_HEADING = 2


def _tab_names(region: list[Line], end: int) -> set[str]:
    return {tab["name"].casefold() for line in region[:end] if (tab := _TAB.match(line.text))}


def _title(text: str) -> bool:
    """Every word opens with a capital (or is a figure or mark), at most ``_MAX_TITLE_WORDS``, no closing mark, no date."""
    text = text.strip()
    words = text.split()
    if not words or len(words) > _MAX_TITLE_WORDS or text.endswith((".", ":", ";", ",")) or _TAB.match(text):
        return False
    if any(re.match(r"[a-z]", word) and word not in _LINKING for word in words) or not re.match(r"[A-Z]", text):
        return False
    return not find_dates(text)


def _description(text: str) -> bool:
    """A description's line: no title, no date alone, four words or more or a closed sentence."""
    text = text.strip()
    if _title(text) or find_dates(text) and len(text.split()) <= _MIN_DESCRIPTION_WORDS:
        return False
    return len(text.split()) >= _MIN_DESCRIPTION_WORDS or text.endswith(".")


def cmis_titles(region: list[Line]) -> list[FoundItem]:
    """The unnumbered items of a CMIS 'Agenda' panel in ``region`` (see the module docstring), or []."""
    texts = [(index, line) for index, line in enumerate(region) if not line.is_blank]
    start = next(
        (k for k, (index, line) in enumerate(texts[:-1]) if _DOCUMENTS.match(line.text) and _AGENDA.match(texts[k + 1][1].text)),
        None,
    )
    if start is None:
        return []
    tabs = _tab_names(region, texts[start][0]) - {"documents"}
    if not {"attendance", "visitors"} & tabs:
        return []
    panel: list[Line] = []
    for _, line in texts[start + 2 :]:
        if line.text.strip().casefold() in tabs:
            break
        panel.append(line)
    business = next((k for k, line in enumerate(panel) if _BUSINESS.match(line.text)), None)
    panel = panel if business is None else panel[business + 1 :]
    if any(_NUMBERED.match(line.text) and not find_dates(line.text) or lone_number(line.text) and not _SUB_NUMBER.match(line.text) for line in panel):
        return []
    items: list[FoundItem] = []
    pending: list[Line] = []
    position = 0
    while position < len(panel):
        line = panel[position]
        position += 1
        sub = _SUB_NUMBER.match(line.text)
        described = position < len(panel) and _description(panel[position].text)
        if sub and described and int(sub["item"]) == sum(not item.number for item in items) + len(pending):
            items += [FoundItem("", title.text.strip(), [], False, title.start, title.end, page_layout="text") for title in pending]
            pending = []
            below = panel[position]
            sentence = _FIRST_SENTENCE.match(below.text.strip())
            title = sentence["sentence"] if sentence else below.text.strip()
            items.append(FoundItem(line.text.strip(), title, [], False, line.start, below.end, page_layout="text"))
            position += 1
        elif _DOCUMENT.search(line.text):
            pending = []
        elif _title(line.text):
            pending.append(line)
        else:
            if _description(line.text):
                items += [FoundItem("", title.text.strip(), [], False, title.start, title.end, page_layout="text") for title in pending]
            pending = []
    least = _MIN_TITLES if business is None else _MIN_UNDER_HEADING
    return items if sum(not item.number for item in items) >= least else []
