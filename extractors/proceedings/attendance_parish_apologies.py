"""Apologies that parish, town and community council minutes word in ways the labelled lists do not read.

Three shapes, all held to titled names only (every entry of the list must be a person's name with its title, or
share a plural title: 'Cllrs Hale and Moss'), so a sentence that is no list names nobody:

- the names as the subject of a sentence whose verb is the apology: 'Cllr A Hale and Cllr B Moss sent apologies
  which were approved', 'Cllr Hale gave his apologies', 'Cllrs Hale and Moss had given their apologies', 'Cllr Hale
  apologised for his absence', 'Cllr Hale apologised for his inability to attend', 'Cllr Hale had advised that he would be
  unable to attend' (the sentence may open after an item
  heading run into it, '1. Apologies. Cllr Hale ...', or a point's letter, 'b) Cllr Hale ...');
- an apologies item with its names on the heading's line, the heading worded as the agenda's ('To accept apologies
  for absence – Cllr A Hale and Cllr B Moss.', 'To receive apologies for absence: Cllr Hale – work; Cllr Moss –
  illness.'), with the reasons ('24/031 APOLOGIES AND REASONS FOR ABSENCE – Cllr Hale'), or the names after 'received
  (and accepted) from' after the label's colon ('Apologies: received and accepted from Cllrs Hale and Moss');
- a line 'Received from Cllrs Hale and Moss.' under an apologies item (its heading or description among the four
  lines above, no other heading nor a 'None' between: a webcast agenda's decision, a meeting page's description).

Part of the attendance extractor: ``attendance`` reads the spans given here into records that carry
``attendance.NAME`` and ``attendance.VERSION``, which a change here must bump.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.proceedings.attendance_sentences import SENTENCE_END, sentence_start
from extractors.readers.name_lists import entry_name, split_list
from extractors.readers.names import PLURAL_TITLE, looks_like_name, split_honorifics

# The verb of an apology after its subject: 'sent apologies', 'had given their apologies', 'apologised'.
_APOLOGY_VERB = re.compile(
    r"[ \t]+(?:(?:has|have|had)[ \t]+(?:(?:also|since)[ \t]+)?)?(?:also[ \t]+)?"
    r"(?:(?:sent|submitted|tendered|gave|given|offered|forwarded|conveyed)[ \t]+(?:(?:their|his|her|an|the|her/his|his/her)[ \t]+)?apolog(?:ies|y)"
    r"|apologi[sz]ed"
    # 'Cllr Hale had advised that she would be unable to attend': word of the absence sent ahead.
    r"|(?:advised|informed[ \t]+the[ \t]+(?:clerk|chair(?:man)?))[ \t]+(?:that[ \t]+)?(?:s?he|they)[ \t]+(?:would[ \t]+be|was|were)[ \t]+unable[ \t]+to[ \t]+attend)\b"
    # ... for this meeting's absence, then the sentence's end or its next clause (a run-on 'sent his apologies he was
    # away' too, not 'apologised he had not circulated ...'): not 'apologised for the delay', nor 'sent apologies for
    # the next meeting'.
    r"(?=(?:[ \t]+for[ \t]+(?:(?:his|her|their)[ \t]+)?(?:absence|non-?attendance|not[ \t]+attending|(?:being[ \t]+unable|inability)[ \t]+to[ \t]+attend(?:[ \t]+(?:this|the|tonight's)[ \t]+meeting)?"
    r"|(?:this|the|tonight's)[ \t]+meeting))?[ \t]*(?:[.,;(–—-]|$|[ \t]+(?:and|as|due|owing|which|that|because|since|but)\b"
    r"|(?:(?<=apologies)|(?<=apology))[ \t]+(?:s?he|they)[ \t]+(?:was|were|is|are|would[ \t]+be)\b))",
    re.I | re.M,
)
# A numbered or lettered paragraph, a bullet or a heading run into the sentence ('1. Apologies. ', 'b) ', '• ').
_LEAD = re.compile(r"[ \t]*(?:[-•*·▪][ \t]*)?(?:\d{1,4}(?:[./]\d{1,4})*[.)]?[ \t]+|\(?[a-h]\)[ \t]+)?")
# An apologies item printed as the agenda words it, the names after its colon or dash on the same line.
_ITEM = re.compile(
    r"^[ \t]*(?:[A-Z]?\d{1,4}(?:[./]\d{1,4})*[.):]?[ \t]+)?"
    r"(?:to[ \t]+(?:receive|accept|note|consider|record)(?:[ \t]+(?:and|&)[ \t]+(?:accept|approve|note|receive))?[ \t]+(?:any[ \t]+)?)?"
    r"apologies(?:[ \t]+for[ \t]+absence)?(?:[ \t]+and[ \t]+(?:the[ \t]+)?reasons[ \t]+for[ \t]+absence)?"
    r"[ \t]*(?::|[-–—])[ \t]*"
    r"(?:(?:were[ \t]+)?(?:received|accepted|noted)(?:[ \t]+(?:and|&)[ \t]+(?:accepted|noted|approved))?[ \t]+from[ \t]+)?",
    re.I | re.M,
)


def _titled_list(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a list of titled names only: each has a title of its own or shares a plural one."""
    body = text[start:end].strip(" \t.,;")
    parts = [part for part in split_list(body) if part.strip(" \t.,;")]
    if not parts:
        return False
    shared = bool(PLURAL_TITLE.match(body))
    for part in parts:
        name = entry_name(part)
        if not split_honorifics(name)[0]:
            # A name sharing the plural title: a surname, or initials and a surname ('Hale', 'A Hale').
            if not shared or len(name.split()) > 2:
                return False
            name = f"Councillor {name}"
        if not looks_like_name(name):
            return False
    return True


def apology_subjects(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of the names that are the subject of an apology's verb ('Cllr A and Cllr B sent apologies')."""
    for match in _APOLOGY_VERB.finditer(text, start, end):
        begin = sentence_start(text, match.start(), start)
        # The sentence's own line: a heading line above it, run into it without a full stop, is no part of it.
        begin = max(begin, text.rfind("\n", begin, match.start()) + 1)
        begin += len(_LEAD.match(text, begin)[0])
        if begin < match.start() and _titled_list(text, begin, match.start()):
            yield begin, match.start()


def apology_items(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of the names of an apologies item worded as the agenda's, on the heading's line."""
    for match in _ITEM.finditer(text, start, end):
        line_end = text.find("\n", match.end())
        line_end = min(end, line_end if line_end >= 0 else len(text))
        stop = SENTENCE_END.search(text, match.end(), line_end)
        finish = stop.start() if stop else line_end
        if match.end() < finish and _titled_list(text, match.end(), finish):
            yield match.end(), finish


# An apologies item's decision or minute printed without the word: 'Received from Councillors A Lowe and B Ray.' alone on
# its line (perhaps bulleted), the item's apologies heading or description among the few lines above it.
_RECEIVED = re.compile(r"^[ \t]*(?:[•·*▪-][ \t]*)?Received[ \t]+from[ \t]+(?=(?:Councillors?|Cllrs?|Mrs?|Ms|Miss|Dr)\.?[ \t])", re.M)
_APOLOGIES_ABOVE = 4


def received_lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of the titled names a 'Received from ...' line under an apologies item gives."""
    for match in _RECEIVED.finditer(text, start, end):
        line_end = text.find("\n", match.end())
        stop = min(end, line_end if line_end >= 0 else len(text))
        finish = match.end() + len(text[match.end() : stop].rstrip(" \t."))
        if _apologies_item_above(_lines_above(text, start, match.start())) and _titled_list(text, match.end(), finish):
            yield match.end(), finish


def _lines_above(text: str, start: int, at: int) -> list[str]:
    """The last ``_APOLOGIES_ABOVE`` non-blank lines of ``text[start:at]``, found walking back from ``at`` (a page of
    thousands of 'Received from' lines is not split again from its top for each one)."""
    lines: list[str] = []
    end = at
    while end > start and len(lines) < _APOLOGIES_ABOVE:
        begin = max(start, text.rfind("\n", start, end - 1) + 1)
        if text[begin:end].strip():
            lines.append(text[begin:end].rstrip("\n"))
        end = begin
    return lines[::-1]


# A line closing the look-up: a numbered item's heading, a short heading in capitals with no closing stop ('Correspondence',
# 'PLANNING MATTERS'), or the apologies item's own 'None' / 'Nil' (the item ended naming nobody). The item's own
# 'Decision' or 'Minutes' line is no other heading.
_NUMBERED_HEADING = re.compile(r"^\W*\d{1,4}[ \t]*[.)]?[ \t]+[A-Z]")
_HEADING = re.compile(r"^[ \t]*(?!(?i:decisions?|minutes?|resolved|resolution)\b)[A-Z][\w'’&,/() \t-]{2,60}$")
_NO_ONE = re.compile(r"(?i)^\W*(?:none|nil)\W*$")


def _apologies_item_above(above: list[str]) -> bool:
    """The nearest of the lines ``above`` that names apologies comes before any other heading, and its item did not
    close on 'None'."""
    for line in reversed(above):
        if re.search(r"(?i)\bapolog", line):
            return True
        if _NUMBERED_HEADING.match(line) or _HEADING.match(line.rstrip()) or _NO_ONE.match(line):
            return False
    return False


def parish_apologies(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the shapes in ``text[start:end]``, each list once."""
    spans = set(apology_subjects(text, start, end)) | set(apology_items(text, start, end))
    return sorted(spans | set(received_lines(text, start, end)))
