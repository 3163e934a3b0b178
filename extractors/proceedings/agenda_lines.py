"""The agenda item line: its number grammar, its title and the headings that open or close restricted items.

An item line starts with an item number ('A1', '5', '5.', '17.Title', '3.1', '3(a)', '(1)', '(ii)', 'Item 7', 'C 10/034',
'2A - Title', '1 . Title', perhaps then a start time '10.05', a CMIS '3 pdf Title (233Kb)' with its document marks
dropped; or run into a title in capitals, '1APOLOGIES To receive ...', the title then ending at its description)
followed by a title (a planning application reference such as '24/501234/FULL', a year '2025-26' or an ordinal '31st'
before a capital may open it); not a line ending in
money ('3 Youth Club £1,250'), nor a street address ('1 Market Square, Anytown'), nor a date ('4 March 2025'), nor a
contact line ('1 Enquiries to: ...', 'Tel:', 'Email:').
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.proceedings.agenda_plain import TIME_FIRST
from extractors.proceedings.agenda_rows import ADDRESS, AMOUNT_END, CELL_NOISE, FINITE, MAX_TITLE, SITE_LINK
from extractors.readers.dates import MONTHS
from extractors.readers.spans import Line

_NUMBER = (
    r"(?:(?:eitem\s+\d{1,3}[a-z]?\s*/\s*)?(?:agenda\s+)?item\s+(?:no\.?\s*)?)?"
    r"(?P<number>[A-Z]{1,4}[ /]\d{1,4}/\d{2,4}|[A-Z]{1,2}\d{1,3}[a-z]?|\d{1,3}\((?:[a-z]|[ivx]{2,4})\)|\d{2}/\d{3}|\d{3}/\d{2}"
    r"|\d{1,3}[a-z]?(?:\.\d{1,2})?|(?-i:[IVX]{1,5})(?=[.)]?\s)|\([a-z]\)|\((?-i:[ivx]{2,4})\)|\(\d{1,2}\)|(?-i:[A-Z])(?=[.)]\s))"
)
# A start time printed before an item's title: '1. 10.05 Declarations of Interest'.
_START_TIME = r"\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s+(?:[-–]\s+)?(?=[A-Z])"
# An ordered list's marker before the printed number ('1. 1.Nomination of the Mayor', a webcast page's '2. 2 To elect the
# Mayor'), and a title glued to its number's
# full stop, in mixed case or opening on initials ('61.PCSO report'). The number the marker repeats is no measure: '10. 10
# Mile Cycle Route' is item 10 titled by its whole line.
_MEASURE = r"(?:years?|miles?|days?|weeks?|months?|hours?|minutes?|beds?|bedrooms?|acres?|metres?|storeys?|points?)\b"
ITEM = re.compile(
    rf"^\s*(?:[-•*·\uf0b7]\s*|o\s+(?=\d)|(?P<marker>\d{{1,3}})\.\s+(?=(?P=marker)(?:\.|[ \t]+(?!{_MEASURE}))(?-i:[A-Z])))?{_NUMBER}(?:\s+[-–.]\s+(?=(?-i:[A-Z]))|(?:\.|\)|:)?(?:\s*\|)?\s+|\.(?=(?-i:[A-Z][a-z]|[A-Z]{{2,6}}\s+[A-Za-z])))"
    rf"(?:{_START_TIME})?(?P<title>\S.*?)\s*$", re.I
)
# A CMIS item line's document marks around its title: '3 pdf Minutes (233Kb)'.
_FILE_MARK = re.compile(r"^(?:pdf|docx?)\s+(?=[A-Z])")
# A document listed under its item, numbered with a full stop: '  1. pdf Appendix 1 - Site Plan' (no item).
_LISTED_FILE = re.compile(r"^\s*\d{1,2}\.\s+(?:pdf|docx?)\s+(?=[A-Z])")
_FILE_SIZE = re.compile(r"\s*\(\d+(?:\.\d+)?\s*[KM]b\)\s*$", re.I)
# A number run into a title in capitals, its description after it: '1APOLOGIES To receive ...'.
GLUED_ITEM = re.compile(
    r"^\s*(?P<number>\d{1,3})(?P<title>(?-i:[A-Z(]{3}[A-Z'’&,/()-]*(?:\s+[A-Z(][A-Z'’&,/()-]*)*))(?=\s+[A-Z][a-z]|\s*$)"
)
RESTRICTED_HEADING = re.compile(
    r"(?<!UN)(?<!UN-)\b(?:RESTRICTED|EXEMPT|CONFIDENTIAL)\s+(?:ITEMS?|ITEM\(S\)|BUSINESS|INFORMATION|REPORTS?)\b"
    r"|^\W*PART\s+(?:2|II|B)\b",
    re.I,
)
OPEN_HEADING = re.compile(r"\bUNRESTRICTED\s+ITEMS?\b|\bOPEN\s+(?:ITEMS|BUSINESS)\b|^\W*PART\s+(?:1|I|A)\b", re.I)
EXCLUSION = re.compile(r"\bexclusion\s+of\s+(?:the\s+)?(?:press|public)\b", re.I)
_REFERENCE_START = re.compile(r"^\d{2,4}/\d{2,}")
# A contact line under a page's last item, its page number before it: '1 Enquiries to: Room 4, County Hall ...'.
_CONTACT_TITLE = re.compile(r"^(?:enquiries(?:\s+to)?|contact(?:\s+officer)?|tel(?:ephone)?|phone|e-?mail|direct\s+(?:dial|line))\s*:", re.I)
# A title opening with a year or an ordinal before a word in capitals: '2025-26 Budget Outturn', '31st Annual Review' (not
# a date: '26th May').
_FIGURE_START = re.compile(r"^(?:(?:19|20)\d{2}(?:[/-]\d{2,4})?|\d{1,3}(?:st|nd|rd|th))\s+(?=[A-Z])(?!(?i:(?:sept|" + "|".join(MONTHS) + r")\b))")
# Month names, English and Welsh ('4 Mawrth 2025' is a date, not item 4).
MONTH_START = re.compile(r"^(?:" + "|".join(MONTHS) + r"|Ionawr|Chwefror|Mawrth|Ebrill|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr)\b", re.I)


# The item's description run on after its title, past a dash or a wide gap: 'Composition of the Council – Following the
# election a list of councillors can be downloaded here', 'Minutes of the Last Meeting  Held on 9 October (as
# circulated). To be signed ...', 'Clerk's Update  Click here to download the Update'.
# A sentence about the page itself, numbered by an ordered list over it: 'This webcast is scheduled for ...', 'This meeting
# will be recorded' (no item).
_PAGE_SENTENCE = re.compile(r"^This\s+\w+\s+(?:is|was|will|has|had|may|can)\b")
_RUN_ON_DESCRIPTION = re.compile(r"(?:\s+[–—-]\s+|\s{2,})(?=[A-Z][a-z]*(?:\s+\S+){3})")
_CLICK = re.compile(r"\s+(?=Click\s+here\b)", re.I)


def _without_description(title: str) -> str:
    """``title`` cut before a description run on after it: a sentence with a verb after a dash or wide gap, or a link's 'Click here'."""
    if click := _CLICK.search(title):
        return title[: click.start()]
    for found in _RUN_ON_DESCRIPTION.finditer(title):
        if FINITE.search(title[found.end() :]) and not FINITE.search(title[: found.start()]):
            return title[: found.start()]
    return title


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


def item_match(line: Line) -> tuple[re.Match, str] | None:
    """The item match of ``line`` and its title cut at meeting-page cell noise, or None."""
    timed = TIME_FIRST.match(line.text)
    text = line.text[timed.end() :] if timed else line.text
    match = ITEM.match(text) or GLUED_ITEM.match(text)
    if not match or _LISTED_FILE.match(text):
        return None
    printed = _FILE_SIZE.sub("", _FILE_MARK.sub("", match["title"]))
    noise = CELL_NOISE.search(printed)
    title = _without_description(printed[: noise.start()] if noise else printed)
    opens = re.match(r"[A-Z('\"‘“]", title) or _REFERENCE_START.match(title) or _FIGURE_START.match(title)
    if MONTH_START.match(title) or _PAGE_SENTENCE.match(title) or not opens or len(title) > MAX_TITLE and not match.groupdict().get("marker") or SITE_LINK.match(title) or _CONTACT_TITLE.match(title):
        return None
    if re.fullmatch(r"[\d\s.,£%/-]+", title) or AMOUNT_END.search(title):
        return None
    if re.match(r"\s*\d+\s", line.text) and ADDRESS.fullmatch(title):
        return None
    return match, title
