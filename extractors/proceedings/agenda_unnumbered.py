"""Unnumbered rows of a meeting page's text rendering: which lines are row titles (``heading_line``) and which,
under a row, are not (rules versioned by ``extractors.proceedings.agenda.VERSION``; titles are cut and cleaned by
``agenda_rows``).

- An unnumbered row is a title-case line (or a short phrase, or one over a 'To ...' description) between blank
  lines (on a page with none: carrying its document, or under a closed sentence, another row's title, a lone cell
  label or the page's dated title, or over its 'To ...' line or a cell label); not a sentence, label, resolution,
  name, a 'Part 1' heading, a 'To ...' description one blank line under its row's title, a 'Note' column's time
  ('5.15pm'), or a line indented deeper than the rows' titles; the page's last line is a row when it carries its
  document mark, whole or cut ('pdf ic').
- A title ending in a full stop ('Declarations of Interest.') is in title case after two blank lines; rows printed
  ending in a colon ('Apologies for absence:') make such short phrases titles; a cell label with a document size
  ('Minutes: pdf icon PDF 98 KB') is the row titled by its label.
- A table row in a row's minutes is no row (cells split by a tab, or ending in money: 'Riverside Youth Club 1,250').
"""

from __future__ import annotations

import re

from extractors.readers.dates import WEEKDAY, WELSH_WEEKDAY
from extractors.readers.spans import Line
from extractors.proceedings.agenda_rows import AMOUNT_END, CELL_LABEL_START, CELL_NOISE, FINITE, MAX_WORDS, MEETING_PAGE_TITLE
from extractors.proceedings.agenda_rows import RESOLUTION, RESOLVED, SIZED_LABEL, TEMPLATE_LINE, TO_ROW, phrase, title_case

_ANY_WEEKDAY_START = re.compile(rf"^\s*(?:{WEEKDAY}|{WELSH_WEEKDAY})\b", re.I)
# A line leading into the rows below it: 'To approve and sign the following minutes: -'.
_LEAD_IN = re.compile(r"[:;,]\s*[-–]?\s*$")
_ATTENDANCE_LABEL = re.compile(r"^\W*(?:(?:also|officers?)\s+)?(?:in\s+attendance|present)\s*:?\s*$", re.I)
# A part of the agenda: 'Part 1', 'PART B - ...'; 'SECTION ONE' only as the whole line ('Section 106 ...' is a title).
_PART_HEADING = re.compile(r"^\W*(?:PART\s+(?:[12AB]|I{1,2}|ONE|TWO)\b|SECTION\s+(?:[12AB]|I{1,2}|ONE|TWO)\W*$)", re.I)
_LABEL_LINE = re.compile(r"^(?:[A-Z][a-z]+(?: [a-z]+)?|(?i:action(?:\s+by)?|lead\s+officers?|contact))\s*:\s")
# A table row inside a row's minutes, not a row title: cells split by a tab, or a last cell of a large number.
_TABLE_ROW = re.compile(r"\S\t+\S|\s(?!(?:19|20)\d{2}\b)\d{3,}\s*$")
# A title may open with the financial year it is about ('2021/22 Revenue Budget Outturn').
_TITLE_START = re.compile(r"(?:(?:19|20)\d{2}(?:/\d{2}|[-–](?:19|20)?\d{2})\s+)?[A-Z]")


def heading_line(
    region: list[Line], index: int, indent: int | None = None, stopped: bool = False, colons: bool = False, dense: bool = False,
    after_row: bool = False,
) -> bool:
    """A row title of an unnumbered page (see the module docstring); ``indent``: that of the rows'
    titles so far; ``stopped``: whether a row so far was printed with a full stop; ``colons``: whether
    the rows so far were printed ending in a colon ('Apologies for absence:'); ``dense``: the page is
    rendered with no blank lines (see ``_dense_row``); ``after_row``: the line above is a row's title."""
    line = region[index]
    # The page's last line is a row's title too when blank lines stand above it and it carries its document mark.
    if index == 0 or not dense and (not region[index - 1].is_blank or index + 1 < len(region) and not region[index + 1].is_blank):
        return False
    if dense and not _dense_row(region, index, after_row):
        return False
    if SIZED_LABEL.match(line.text):
        return indent is None or indent_of(line) <= indent
    if indent is not None and indent_of(line) > indent or _PART_HEADING.match(line.text) or _LABEL_LINE.match(line.text):
        return False
    if AMOUNT_END.search(line.text) or _TABLE_ROW.search(line.raw) or _dated_title(line.text):
        return False
    sized = bool(CELL_NOISE.search(" " + line.text))
    if index + 1 == len(region) and not sized:
        return False
    words = CELL_NOISE.split(" " + line.text)[0].split()
    lead_in = _LEAD_IN.search(line.text) and not (colons and colon_title(line.text))
    # A row title may open with a name when it carries its document ('Councillor Services Group Minutes PDF 103 KB'),
    # and runs longer then ('Minutes of the meeting of the Council held on DATE to be read or taken as read ...').
    if not words or len(words) > (_SIZED_WORDS if sized else MAX_WORDS) or lead_in or re.match(RESOLVED, line.text) or RESOLUTION.match(line.text) and not sized:
        return False
    if len(words) == 1 and FINITE.fullmatch(words[0]) or not re.search(r"[A-Za-z]", line.text):
        return False
    if line.text.endswith("."):
        return _stopped_title(region, index, words, stopped)
    below = next((n.text for n in region[index + 1 :] if not n.is_blank), "")
    described = bool(re.match(r"To\s+[a-z]", below)) and not FINITE.search(" ".join(words))
    return bool(_TITLE_START.match(line.text)) and (title_case(words) or sized or phrase(words) or described)


def _dense_row(region: list[Line], index: int, after_row: bool) -> bool:
    """With no blank lines to set a row's title apart, the lines around it do: the title carries its document, or the
    line above ends what came before (a sentence's full stop, another row's title, a cell label alone on its line
    ('Additional documents:'), the page's dated title), or the line below opens the row's cells (its 'To ...'
    description, a cell label: 'Supporting documents:', 'Minutes:')."""
    above, text = region[index - 1].text, region[index].text
    below = region[index + 1].text if index + 1 < len(region) else ""
    if CELL_NOISE.search(" " + text) or after_row or _closes_above(above) or _dated_title(above):
        return True
    return bool(CELL_LABEL_START.match(above) and TEMPLATE_LINE.match(above) or TO_ROW.match(below) or CELL_LABEL_START.match(below))


def _closes_above(text: str) -> bool:
    """The line above a row's title on a page with no blank lines (the title carries no document): a sentence
    closed by its full stop, not an initial's ('Councillor R. T.')."""
    text = text.rstrip()
    return text.endswith((".", "!", "?", ".)")) and not re.search(r"\b[A-Z]\.$", text)


def _dated_title(text: str) -> bool:
    """The meeting page's own title ('Cabinet - Monday, 7th February, 2022 11.00 am'), which a text rendering
    prints above its unnumbered rows: a body, then a weekday (or a Welsh 'Dydd Llun') and a date."""
    found = MEETING_PAGE_TITLE.match(text)
    return bool(found and _ANY_WEEKDAY_START.match(found["when"]))


def colon_title(text: str) -> bool:
    """A row title printed ending in a colon ('Announcements from the Mayor:'): a short phrase with
    no verb, opening in capitals, not a 'To ...' line leading into a list."""
    body = CELL_NOISE.split(" " + text)[0].strip()
    words = body.rstrip(":").split()
    return body.endswith(":") and body[:1].isupper() and phrase(words) and not TO_ROW.match(body)


def _stopped_title(region: list[Line], index: int, words: list[str], stopped: bool) -> bool:
    """A row title printed with a full stop ('Declarations of Interest.'): after two blank lines, two
    words or more with no verb, in title case or a short phrase in sentence case ('Apologies for absence.'; not an
    outcome of the minutes: 'No declarations.', 'Item deferred.'), or opening 'To <verb>' among rows printed with full
    stops ('To receive petitions.'; elsewhere such a line is a row's description, its title not shown). A standing item's
    'of which notice has been given' clause holds no verb of the minutes."""
    joined = _NOTICE_CLAUSE.sub(" ", " ".join(words))
    words = joined.split()
    if index < 2 or not region[index - 2].is_blank or len(words) < 2 or FINITE.search(joined):
        return False
    if TO_ROW.match(joined):
        return stopped or title_case(words)
    return title_case(words) or phrase(words) and not _OUTCOME.match(joined) and not _PAST.search(joined)


# A standing item's clause, no verb of the minutes: 'Questions (if any) of which notice shall have been given.'
_NOTICE_CLAUSE = re.compile(r"\bof\s+which\s+(?:due\s+)?notice\s+(?:has|have|had|shall\s+have|will\s+have)\s+been\s+(?:given|received)\b", re.I)
# A row title carrying its document runs longer than one without ('MAX_WORDS').
_SIZED_WORDS = 30
# A minuted outcome printed like a short title: 'No declarations.', 'None received.', 'Nil return.'.
_OUTCOME = re.compile(r"^(?:no|none|nil|not|n/a)\b", re.I)
# A past-tense word after the first: an outcome ('Item deferred.', 'Report withdrawn.' has none), not a title.
_PAST = re.compile(r"\s[a-z]+ed\b")


def indent_of(line: Line) -> int:
    return len(line.raw) - len(line.raw.lstrip())


# A start time in a 'Note' column before a row's number: '5pm', '5.15pm', '17:30'.
_NOTE_TIME = re.compile(r"^\s*\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?|hrs)\s*$|^\s*\d{1,2}:\d{2}\s*$", re.I)


# The page's note on the meeting's recording, where a row would stand: 'Audio recording of this meeting is not available',
# 'This meeting will be webcast'.
_RECORDING_NOTE = re.compile(
    r"^(?=.*\b(?:recording|recorded|webcast|broadcast|live[\s-]?stream\w*)\b).*\b(?:this|the)\s+meeting\b.*\b(?:is|was|will)\b", re.I
)


def first_row_ok(text: str) -> bool:
    """An unnumbered first row under a 'No. Item' header is not a 'Part 1' heading, nor a time in its 'Note' column,
    nor an attendance label ('Also in attendance'), nor a note on the meeting's recording."""
    return not (_PART_HEADING.match(text) or _NOTE_TIME.match(text) or _ATTENDANCE_LABEL.match(text) or _RECORDING_NOTE.match(text))


def description_under(region: list[Line], index: int, under_row: bool) -> bool:
    """``region[index]`` is a row's 'To ...' description: right under the row's title, one blank line between."""
    return under_row and index >= 2 and not region[index - 2].is_blank and bool(TO_ROW.match(region[index].text))
