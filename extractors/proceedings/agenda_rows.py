"""Row titles of meeting pages: how an item's title is told from its description, cell labels
and minutes in ModernGov's item tables and their text renderings (rules versioned by
``extractors.proceedings.agenda.VERSION``).

- A title is cut at its cell noise: a document size ('pdf icon PDF 213 KB') or a cell label
  ('Minutes:', 'Additional documents:', 'Decision:'); template lines are no titles.
- A ruled row ('---|---' then the row) is titled up to its cell noise or description ('Apologies
  To receive ...'); a row closed by its '|' with no description is titled by its short phrase.
- A flattened row (no rule, no '|' cells, under a 'No. | Item' header) is a line opening with a
  title in title case (or a short phrase with no verb) run into its description or cell label,
  after the header or after a line that ends a row ('.' or '|'), its title's full stop kept off ('Welcome. Minutes:');
  under the header, a row printing only its 'To ...' line run straight into its cell label is titled by that line
  (with no header, it has no title).
- A 'Report by ...' line under a row title is no row, nor is a report title over its exempt paragraph
  ('(3) Information relating to ...') in a resolution's table of exempt items.
- A ruled row holding only a short title over its 'Minutes:' line is titled by it.
Item forms of plain pages and table cells are read in ``agenda_plain``; unnumbered rows of a page's text rendering in
``agenda_unnumbered``.
"""

from __future__ import annotations

import re
from collections import Counter

from extractors.readers.dates import ORDINAL_SUFFIX, WEEKDAY, WELSH_WEEKDAY
from extractors.readers.item_numbers import NUMBER_ONLY
from extractors.readers.spans import Line, squash

# A contents entry's dot leader and page ('Declarations of Interest ...... 3') is noise too.
_TRAILING_NOISE = re.compile(r"(?<!\s)\s*+(?:(?:PDF|DOC|DOCX)\s+\d+\s*[KM]B\b.*|\.{3,}\s*\d{1,3}|[.:;,|*-]+)\s*$", re.I)
# A minute reference printed after the title: 'Public Questions. Ref 19/048'.
# Or a minute's number/year between colons after it, before the minute: 'Finance: 006/24: Payments were ...'
# (not a planning reference: 'Planning: 24/0123: Land at ...').
_TRAILING_REFERENCE = re.compile(r"\s+Ref(?:erence)?\.?:?\s*\d{1,4}/\d{1,4}\s*$|\s*:\s*\d{1,4}/(?:\d{2}|20\d{2})\s*:.*$")
# The marks of a document link: its icon and its size ('pdf icon PDF 213 KB', Welsh 'pdf eicon'), matched ignoring case.
PDF_ICON = r"pdf\s+e?icon"
DOCUMENT_SIZE = r"\d+(?:\.\d+)?\s*[KM]B\b"
# A meeting page's own documents, listed like its items' papers: never an item ('Agenda frontsheet', 'Printed minutes').
OWN_DOCUMENT = re.compile(r"^(?:agenda|printed|(?:public\s+)?reports?\s+pack|supplement\w*|appendi(?:x|ces)|annex|decision\s+notice)\b", re.I)
# A weekday's name, and a line opening with one ('Monday, 23 March 2026').
WEEKDAY_START = re.compile(rf"^\s*{WEEKDAY}\b", re.I)
# A Welsh meeting page's cell labels: 'Cofnodion:' (Minutes:), 'Dogfennau ychwanegol:' (Additional documents:).
WELSH_LABELS = r"Cofnodion|Dogfennau\s+ychwanegol"
# A match never starts after a space (it would start there): not tried again from every space of a padded run.
CELL_NOISE = re.compile(
    rf"(?<!\s)\s++(?:(?:{PDF_ICON}\s+)?PDF\s+{DOCUMENT_SIZE}|(?:Minutes|Additional\s+documents|Supporting\s+documents|Decision|{WELSH_LABELS})\s*:"
    # A page cut inside the mark: 'Budget Update pdf ic', 'pdf icon PDF 365 K', 'Additional documents' cut to 'Addit'
    # (a whole word 'Addition' or 'Additional' ends a title: 'Grants - Additional').
    rf"|pdf\s+ic(?:on?)?\s*$|{PDF_ICON}(?:\s+PDF(?:\s+\d+(?:\.\d+)?(?:\s*[KM])?)?)?\s*$|PDF\s+\d+(?:\.\d+)?\s*[KM]\s*$|Addit(?:i|io|iona)?\s*$|Addition(?:al)?\s+doc\w*\s*$)",
    re.I,
)
MAX_TITLE = 250
LONE_NUMBER = re.compile(rf"^\s*(?:[•·]\s*)?{NUMBER_ONLY}[.:)]?\s*$")
# A minute reference alone in a 'No. Item' table's number cell: any short token of capitals and digits
# ('ABC/16', 'ABC/17a', 'CB20/15.', 'O&S.68/17', a council's 'C/1'); it counts when two or more lone lines of the page
# share its letters.
_REFERENCE_CELL = re.compile(r"^\s*(?P<number>(?P<prefix>[A-Z][A-Z&]{1,7}|[A-Z](?=/))[/.-]?\d{1,4}[a-z]?(?:[/.-]\d{1,4}[a-z]?)?)\.?\s*$")
_MIN_REFERENCES = 2


def reference_prefixes(region: list[Line]) -> frozenset[str]:
    """The letters of the minute references standing alone on two or more lines of ``region``; one letter ('K/1') only
    when it numbers the rows from the first, before any number alone ('P/1' under row 1 is an application's reference)."""
    found = [(m["prefix"] if m else None) for line in region if (m := _REFERENCE_CELL.match(line.text)) or LONE_NUMBER.match(line.text)]
    first = set(found[: found.index(None)] if None in found else found)
    return frozenset(p for p, n in Counter(found).items() if p and n >= _MIN_REFERENCES and (len(p) > 1 or p in first))


def lone_number(text: str, prefixes: frozenset[str] = frozenset()) -> re.Match | None:
    """A number alone on its line ('62.', '14/25'), or a minute reference whose letters are in ``prefixes``."""
    if lone := LONE_NUMBER.match(text):
        return lone
    reference = _REFERENCE_CELL.match(text)
    return reference if reference and reference["prefix"] in prefixes else None
# A meeting page's title: 'Cabinet - Tuesday, 4th February, 2025 7.00 pm', 'Planning Committee: 6 March 2025', a parish's
# 'X Parish Council – Ordinary Meeting Tuesday 2nd April 2019, 7.30pm Venue' (split.find_meeting_titles reads the meeting from it).
MEETING_PAGE_TITLE = re.compile(
    r"^\W*(?:(?:agenda|minutes|decisions)(?:\s+and\s+(?:minutes|decisions))?\s+(?:for|of)\s+)?"
    r"(?:(?:moved|rescheduled|postponed|re-?arranged|changed)\s+from\s+[^,\n]{3,40},\s*)?"
    r"(?P<body>[A-Z][^\n|:]{2,150}?)(?:[ \t]+[-–—][ \t]+(?:(?:ordinary|annual|extraordinary|special|monthly)[ \t]+meeting[ \t]+)?|[ \t]+on[ \t]+|:[ \t]+)"
    rf"(?P<when>(?:(?:{WEEKDAY}|{WELSH_WEEKDAY}),?\s+)?"
    rf"\d{{1,2}}{ORDINAL_SUFFIX}?,?\s+[a-z]{{3,10}},?\s+\d{{4}}\b[^\n]*)$",
    re.I | re.M,
)
ITEM_PAGE_HEADING = re.compile(r"^\s*agenda\s+item\s*$", re.I)
TEMPLATE_LINE = re.compile(
    rf"^\W*(?:(?:minutes|decision|additional\s+documents|supporting\s+documents|attachments|{WELSH_LABELS})\s*:"
    r"|media|items|view\s+directions|share\s+this\s+item|pdf\s+icon\b.*|title\s+of\s+(?:the\s+)?report|report\s+title|description\s+of\s+exempt\s+information\b.*)\W*$",
    re.I,
)
DESCRIPTION_START = re.compile(
    r"\s(?=(?:To|Members|The|This|That|Report(?!\s+and\b)|Any|Up|Under|There|Councillors|Officers|You|An?|It|All|In)\s+[a-z])"
    # 'Deputations (NOTE: The Board is required to receive ...)': a standing item's note in brackets after its title.
    r"|\s(?=\((?i:note)\s*:)"
    # 'Announcements 1) To receive any announcements from the Chair; 2) To receive ...': a description of numbered points.
    r"|\s(?=\(?(?:\d{1,2}|[a-z])\)\s+To\s+[a-z])"
)
# A row's title running into its description before its 'Minutes:' label: 'Apologies To receive ...'.
TO_DESCRIPTION = re.compile(r"\s(?=To\s+[a-z]+\s)")
MAX_WORDS = 14
_PHRASE_WORDS = 7
# A verb marks a minuted sentence, not a row title: 'Questions were answered'.
FINITE = re.compile(r"\b(?:is|are|was|were|has|had|have|will|would|be|been|did|does|noted|agreed|none)\b", re.I)
RESOLVED = r"^\W*(?:RESOLVED|AGREED|NOTED|RECOMMENDED|DEFERRED|APPROVED|(?i:resolved)\b)\b"
RESOLUTION = re.compile(RESOLVED + r"|^(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\.?\s")
# A title does not end on a word that needs another: 'The', 'of', 'and'.
OPEN_END = re.compile(r"\b(?:the|an?|of|and|or|to|for|in|on|with|by|from|at)\s*$", re.I)
TO_ROW = re.compile(r"^To\s+[a-z]+\s")
# A cell label carrying a document size is the row's title, printed with a colon: 'Minutes: pdf icon PDF 117 KB'.
SIZED_LABEL = re.compile(rf"^\s*(?P<label>Minutes|Decisions?)\s*:\s*(?:{PDF_ICON}\s+)?PDF\s+{DOCUMENT_SIZE}", re.I)
# A Schedule 12A paragraph under a report's title in a table of exempt items: '(3) Information relating to ...'.
EXEMPT_PARAGRAPH = re.compile(r"^\W*(?:\(\d{1,2}\)|paragraph\s+\d{1,2})\s*[-–:]?\s*information\s+(?:relating|which)\b", re.I)
# A row's description line under its title: 'Report by Councillor A, Cabinet Member for Finance'.
REPORT_BY = re.compile(r"^\s*Report\s+(?:by|of|from)\s+(?:the\s+)?[A-Z]")
CELL_LABEL_START = re.compile(r"^\W*(?:Minutes|Additional\s+documents|Supporting\s+documents|Decision|Note)\s*:", re.I)
# A table row inside a row's minutes, not a row title: a last cell of money
# ('Organisation £', 'Riverside Youth Club 1,250', 'Hillside Allotment Society 800').
AMOUNT_END = re.compile(r"(?:£|£\s?\d[\d,]*(?:\.\d{2})?|\b\d{1,3}(?:,\d{3})+(?:\.\d{2})?|\s\d{3,6}\.\d{2})\s*$")
# A street address under a list, its house number read as an item's: '1 Market Square, Anytown'.
ADDRESS = re.compile(
    r"(?:[A-Z][\w'’.-]*\s+)+(?:Street|Road|Square|Lane|Avenue|Place|Close|Way|Drive|Crescent|Terrace|Gardens|Court|Row|Parade|Walk)"
    r"(?:\s*,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)+(?:,?\s+[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})?\s*"
)
PAGE_RANGE = re.compile(r"\(\s*pages?\s+(?P<first>\d{1,4})(?:\s*(?:[-–—]|to)\s*(?P<last>\d{1,4}))?\s*\)", re.I)
_BARE_PAGES = re.compile(r"\s+(?-i:P(?:AGES?|ages?))\s+(?P<first>\d{1,4})(?:\s*[-–—]\s*(?P<last>\d{1,4}))?\s*$")
_COLUMN_PAGES = re.compile(r"(?:\s+(?P<first>\d{1,3})\s*[-–—]\s*(?P<last>\d{1,3})|\s{2,}(?P<only>\d{1,3}))\s*$")


# A paper's status after its title ('Minutes (attached)', 'Budget (to follow)') and a last table cell
# holding only its pages ('Minutes | 3 - 8').
_PAPER_STATUS = re.compile(
    r"\s*(?:[-–—]\s*)?[(\[]\s*(?:(?:copy|report|papers?|documents?)\s+)?(?:attached|enclosed|to\s+follow|herewith|to\s+be\s+circulated)"
    r"\s*[)\]]\s*$|\s*\|\s*\d{1,4}(?:\s*[-–—]\s*\d{1,4})?\s*\|?\s*$",
    re.I,
)
# A site's navigation or footer link read as a numbered line ('1. Cookies', '2. Sitemap').
SITE_LINK = re.compile(
    r"^(?:home(?:\s+page)?|cookies?(?:\s+(?:policy|settings))?|privacy(?:\s+(?:policy|notice|statement))?"
    r"|accessibility(?:\s+statement)?|site\s*map|contact(?:\s+us)?|terms(?:\s+(?:and|&)\s+conditions)?"
    r"|back\s+to\s+top|skip\s+to\s+(?:main\s+)?content)\s*$",
    re.I,
)
# A lettered or roman sub-point under an item ('a) To approve payments', 'ii. To note'), never a wrapped title.
SUB_POINT = re.compile(r"^\s*\(?(?:[a-z]|[ivx]{1,4})[.)]\s")


def item_pages(title: str, page_column: bool) -> tuple[str, list[int]]:
    """``title`` without its printed page range, and that range: '(Pages 3 - 8)', 'Pages 3 - 8' at its end, or under a
    'Page No.' column heading a bare '3 - 8' (or, after a wide gap, '3')."""
    match = PAGE_RANGE.search(title) or _BARE_PAGES.search(title) or (_COLUMN_PAGES.search(title) if page_column else None)
    if not match:
        return title, []
    first = int(match["first"] or match["only"]) if "only" in match.groupdict() else int(match["first"])
    last = int(match["last"] or first)
    return (title[: match.start()] + title[match.end() :]), [first, last] if first <= last else []


_POSTCODE_LINE = re.compile(r"^\s*(?:[A-Z][\w'’ -]*,?\s+)?[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\s*$")
_ADDRESS_WORDS = 4


def postal_lines(title: str, following: list[str]) -> bool:
    """A numbered line that opens a postal address set out one part a line: a short title ('12 The Green') with a
    postcode line ('OK1 2AB', 'Oakby OK1 2AB') among the next two lines."""
    return len(title.split()) <= _ADDRESS_WORDS and any(_POSTCODE_LINE.match(text) for text in following[:2])


def wraps_on(title: str, following: str) -> bool:
    """Whether ``following`` continues an item ``title`` wrapped onto the next line: it starts in lower case, or
    the title stops at an open word ('... the report of the' over 'Clerk on the allotments'); never a sub-point."""
    if following.startswith(("-", "•")) or SUB_POINT.match(following):
        return False
    return following[:1].islower() or bool(OPEN_END.search(title) and re.match(r"[A-Z\d]", following)) or _caps_wrap(title, following)


_CAPS_TITLE = re.compile(r"[A-Z][A-Z'’&,/()-]*(?:\s+[A-Z\d][A-Z\d'’&,/()-]*)+")
_CAPS_WRAP_WORDS = (3, 8)
_NOT_WRAP = re.compile(r"\b(?:PART|ITEMS?|BUSINESS|AGENDA|SECTION|APPENDIX|EXEMPT|RESTRICTED|CONFIDENTIAL|PUBLICATION)\b")


def _caps_wrap(title: str, following: str) -> bool:
    """A title in capitals of three words or more over a short line in capitals that is not a heading ('REVIEW OF THE
    COUNCIL'S' over 'CONTRACT STANDING ORDERS')."""
    short = len(following.split()) <= _CAPS_WRAP_WORDS[1] and len(title.split()) >= _CAPS_WRAP_WORDS[0]
    caps = _CAPS_TITLE.fullmatch(title.strip()) and _CAPS_TITLE.fullmatch(following.strip())
    return bool(short and caps and not _NOT_WRAP.search(following) and not PAGE_RANGE.search(title))


def clean_title(title: str) -> str:
    title = squash(_PAPER_STATUS.sub("", title).replace("|", " "))
    return _TRAILING_NOISE.sub("", _TRAILING_REFERENCE.sub("", title)).strip()


def page_title(title: str, heading: bool = False) -> str | None:
    """A meeting page item title cut at its cell noise and cleaned, or None for a template line
    (or, under a page ``heading``, for a sentence of the minutes, or its first line wrapped after a comma)."""
    if label := SIZED_LABEL.match(title):
        return label["label"]
    noise = CELL_NOISE.search(" " + title)
    raw = (" " + title)[: noise.start()].strip() if noise else title
    raw = PAGE_RANGE.sub("", raw).strip()  # 'Minutes of the last meeting (Pages 3 - 4)'
    title = clean_title(raw)
    if not title or TEMPLATE_LINE.match(title) or LONE_NUMBER.match(title) or ITEM_PAGE_HEADING.match(title):
        return None
    if len(title) > MAX_TITLE:
        return None
    if not re.match(r"[A-Z0-9('\"‘“]", title) or heading and raw.endswith(".") and len(raw.split()) > 12:
        return None
    if heading and raw.endswith((",", ";")):
        return None
    return title


def title_case(words: list[str]) -> bool:
    long_words = [w for w in words if len(w) > 3 and not w[:1].isdigit()]
    return sum(w[:1].isupper() for w in long_words) >= 0.75 * len(long_words)


def phrase(words: list[str]) -> bool:
    """A short phrase with no verb; a bracketed aside or a lone mark does not count ('Items from the public
    (questions; petitions)', 'Apologies / substitutes')."""
    bare = [w for w in re.sub(r"\([^()]*\)", " ", " ".join(words)).split() if re.search(r"\w", w)]
    return 0 < len(bare) <= _PHRASE_WORDS and not FINITE.search(" ".join(words))


# A section heading in capitals over a table's rows, closed with nothing else: 'PROCEDURAL MATTERS |', 'ITEMS FOR DECISION |'.
# Not 'URGENT ITEMS', 'ANY OTHER MATTERS': items themselves.
_SECTION_ROW = re.compile(r"(?!.*\b(?:URGENT|OTHER|ANY|ARISING)\b)(?:(?:[A-Z]{3,}\s+)+(?:MATTERS|ITEMS)|ITEMS(?:\s+[A-Z]{2,})+)")


# A closed row naming the minutes it confirms, in any case: 'Minutes of a previous meeting of the Council held on 23/05/19 |'.
_MINUTES_ROW = re.compile(r"(?:draft\s+)?minutes\s+of\s+(?:the|a|an)\s+\w", re.I)


def ruled_row(text: str) -> tuple[str, str | None]:
    """(number, title) of a row opening after a '---|---' or '|' rule, its title ended by a cell
    label, a document size or the start of its description ('Apologies To receive ...'), or by the
    row's closing '|' when it has nothing else ('Community Engagement |', or naming the minutes it confirms); otherwise no
    title."""
    # 'Questions from Members of the Public': a title ending on 'from' runs on, its description not begun.
    described = next((m for m in DESCRIPTION_START.finditer(text) if not OPEN_END.search(text[: m.start()])), None)
    ends = [m.start() for m in (CELL_NOISE.search(text), described) if m]
    if not ends:
        closed = re.fullmatch(r"(?P<title>[A-Z][^|.:]*?)\s*\|\s*", text)
        words = closed["title"].split() if closed and not _SECTION_ROW.fullmatch(closed["title"]) else []
        standing = bool(words) and bool(_MINUTES_ROW.match(closed["title"])) and len(words) <= MAX_WORDS and not FINITE.search(closed["title"])
        return ("", page_title(closed["title"])) if words and (title_case(words) and phrase(words) or standing) else ("", None)
    numbered = re.match(rf"^{NUMBER_ONLY}\.?\s+(?=[A-Z(])", text)
    title = page_title(text[numbered.end() if numbered else 0 : min(ends)])
    return (numbered["number"] if numbered else ""), title


def flat_row(text: str, previous: str | None, headed: bool = False) -> str | None:
    """The title of a flattened row opening ``text`` (see the module docstring); ``previous`` is
    the line above, None right under the header; ``headed``: the rows stand under a 'No. | Item' header
    (only there is a row's lone 'To ...' line its title)."""
    if previous is not None and not previous.rstrip().endswith((".", "|")) or CELL_LABEL_START.match(text):
        return None
    # The title itself may open like a description ('Report of the Monitoring Officer'): look past its first word.
    ends = [m.start() for m in (CELL_NOISE.search(" " + text), DESCRIPTION_START.search(" " + text, 1)) if m]
    if not ends or min(ends) == 0:
        return None
    raw = text[: min(ends) - 1].strip()
    # A row printing only its 'To ...' line, run straight into its cell label, is titled by that line.
    labelled = (noise := CELL_NOISE.search(" " + text)) is not None and noise.start() == min(ends)
    if headed and labelled and TO_ROW.match(raw) and not FINITE.search(raw):
        raw = raw.rstrip(".").rstrip()
        return page_title(raw) if len(raw.split()) <= MAX_WORDS and not OPEN_END.search(raw) else None
    if labelled and _STOPPED.search(raw) and not _PAST.search(raw):
        raw = raw[:-1].rstrip()  # 'Introductions. Minutes: ...': the title's full stop before its cell label
    words = raw.split()
    if not words or len(words) > MAX_WORDS or raw.endswith((".", ":", ";", ",")) or RESOLUTION.match(raw):
        return None
    if FINITE.search(raw) or OPEN_END.search(raw) or not (title_case(words) or phrase(words)):
        return None
    return page_title(raw)


_STOPPED = re.compile(r"[^.\s]\.$")
# A past-tense word after the first: a minuted sentence ('The Chair thanked the officers.'), not a title.
_PAST = re.compile(r"\s[a-z]+ed\b")
_MINUTED_LABEL = re.compile(r"\s(?:Minutes|Decision)\s*:|^\W*(?:Minutes|Decision)\s*:", re.I)
_MIN_LABEL_ROWS = 2


def _row_text(texts: list[Line], position: int) -> str:
    """The lines of the row opening at ``texts[position]`` up to the first ending in ' |' (at most a few)."""
    row = []
    for line in texts[position : position + _ROW_LINES]:
        row.append(line.text)
        if line.text.rstrip().endswith("|"):
            break
    return " ".join(row)


_ROW_LINES = 6


def minuted_flat_rows(region: list[Line]) -> list[tuple[str, Line]]:
    """(title, line) of flattened meeting page rows with no header above them (the page's 'No. Item' header
    cut off): each row a line opening with its title run into its description or its 'Minutes:' /
    'Decision:' cell ('Apologies for Absence Minutes: Apologies were ...'), the cell label on that line or
    opening the next (under a row closed by ' |', on any line up to its own ' |'), the line above ending a row ('.' or
    '|'); two such rows or more, else []. Among them, a row under a row closed by ' |' whose title runs into its 'To ...'
    description counts without its label (the page lost it: 'Minutes of the last meeting To confirm ...'; the page's
    last row, cut off before its label)."""
    texts = [line for line in region if not line.is_blank]
    rows: list[tuple[str, Line, bool]] = []
    for position, line in enumerate(texts):
        above = texts[position - 1].text if position else None
        title = flat_row(line.text, above)
        below = texts[position + 1].text if position + 1 < len(texts) else ""
        labelled = _MINUTED_LABEL.search(line.text) or CELL_LABEL_START.match(below) and _MINUTED_LABEL.match(below)
        # Under a row closed by ' |', the row runs on to its own ' |': its label may stand on any of its lines.
        closed_above = bool(above and above.rstrip().endswith("|"))
        labelled = bool(labelled or closed_above and _MINUTED_LABEL.search(_row_text(texts, position)))
        described = closed_above and title is not None and bool(_TO_AFTER_TITLE.match(line.text, len(title)))
        if title and (labelled or described):
            rows.append((title, line, labelled))
    return [(title, line) for title, line, _ in rows] if sum(labelled for _, _, labelled in rows) >= _MIN_LABEL_ROWS else []


# A flattened row's title run straight into its 'To ...' description.
_TO_AFTER_TITLE = re.compile(r"\s+To\s+[a-z]+\s")


def label_over(text: str, below: str) -> str | None:
    """A ruled row holding only its title, its cell label on the next line ('Announcements' over 'Minutes: ...', or over
    its description's first numbered point: '1) To receive any announcements from the Chair;'); or only its 'To ...'
    line, no verb of the minutes, its stop dropped ('To approve as a correct record the minutes of the meeting held on
    DATE.' over 'Minutes: ...')."""
    words = text.split()
    labelled = bool(CELL_LABEL_START.match(below))
    if not words or not labelled and not _TO_POINT.match(below):
        return None
    if labelled and TO_ROW.match(text) and not FINITE.search(text) and len(words) <= _TO_LINE_WORDS:
        return page_title(text.rstrip().rstrip("."))
    return page_title(text) if title_case(words) and phrase(words) else None


_TO_LINE_WORDS = 30
# The first numbered point of a row's description: '1) To receive any announcements from the Chair;'.
_TO_POINT = re.compile(r"^\s*\(?(?:1|a)\)\s+To\s+[a-z]")
