"""The agenda fallback's unnumbered headings (``agenda_fallback``), read where no numbered run is found.

Headings printed in capitals on lines of their own ('APOLOGIES', 'MATTERS ARISING'), from the first
that names standard business (see ``_BUSINESS_HEAD``), three or more: not an attendance label ('PRESENT'), a decision
word ('RESOLVED'), a name ('CLLR A BEE') or a meeting's heading ('MINUTES OF THE MEETING HELD ON ...'). Else the same in
mixed case ('Minutes of the last meeting' alone on its line, a paper's link mark 'pdf icon PDF 106 KB' after it left
out, or an older page's 'PDF 81 KB' without the icon; a title printed with its colon before the mark, 'Title: pdf icon PDF 54
KB', up to 20 words), stricter: no label with its colon, no closed sentence, no
page link ('Agenda and minutes'), no outcome ('Approved'); a heading naming no standard business counts only over a line
of prose and joined by a small word ('Review of the Plan', never a name).

Part of the agenda extractor: its records carry ``agenda.NAME`` and ``agenda.VERSION``, which a change here must bump.
"""

from __future__ import annotations

import re

from extractors.proceedings.agenda_linked_titles import _MAX_SIZED_TITLE
from extractors.proceedings.agenda_numbered_runs import _REPORT_SECTION, _SENTENCE, MAX_TITLE_WORDS, MIN_RUN, RunItem, _segments, in_shape
from extractors.proceedings.agenda_rows import DOCUMENT_SIZE, PDF_ICON
from extractors.readers.dates import MONTHS, NUMERIC_DATE
from extractors.readers.spans import lines

# The standard business an unnumbered agenda or minutes opens with.
_BUSINESS_HEAD = re.compile(
    r"\b(?:APOLOG\w*|ABSENCE|WELCOME|MINUTES|DECLARATIONS?|DISCLOSURES?|INTERESTS?|MATTERS\s+ARISING|PUBLIC\s+(?:PARTICIPATION|QUESTIONS?|FORUM|SESSION|TIME)"
    r"|CORRESPONDENCE|CHAIR\w*\s+ANNOUNCEMENTS?|SEDERUNT)\b"
)
_NOT_HEAD = re.compile(
    r"^(?:(?:MEMBERS\s+|ALSO\s+)?PRESENT|(?:ALSO\s+)?IN\s+ATTENDANCE|ATTENDEES|ATTENDANCE|ABSENT|OFFICERS(?:\s+PRESENT)?|MEMBERS"
    r"|RESOLVED|AGREED|NOTED|ACTIONS?|PROPOSED|SECONDED|CARRIED|DECISION|RECOMMENDATIONS?|CLOSED?|END)\b\W*$"
    r"|^(?:CLLRS?|COUNCILLORS?|MRS?|MS|MISS|DR|SIR|THE\s+REV(?:D|EREND)?)\b\.?\s"
    r"|\bMEETING\s+(?:OF|HELD)\b|\bHELD\s+(?:ON|AT)\b|\b(?:" + "|".join(m.upper() for m in MONTHS) + r")\b|" + NUMERIC_DATE
)
_MAX_HEAD_GAP = 40


def _capital_head(text: str) -> str | None:
    """The heading a line in capitals prints, or None."""
    head = text.strip().rstrip(":").strip()
    letters = re.sub(r"[^A-Za-z]", "", head)
    if len(letters) < 4 or letters.upper() != letters or len(head.split()) > MAX_TITLE_WORDS or len(head) > 100:
        return None
    return None if _NOT_HEAD.search(head) else head


def _headings_kept(found: list[RunItem]) -> list[RunItem]:
    """``found`` when it holds three headings or more and is no report's outline, else []."""
    return [] if len(found) < MIN_RUN or sum(bool(_REPORT_SECTION.match(item.title)) for item in found) >= 2 else found


def capital_headings(text: str, start: int = 0, end: int | None = None) -> list[RunItem]:
    """Unnumbered headings in capitals from the first naming standard business (see the module docstring), or []."""
    return heading_run((index, line, _capital_head(line.text)) for index, line in enumerate(_segments(lines(text, start, end))))


def heading_run(heads) -> list[RunItem]:
    """The run of (line index, line, heading or None) from the first heading naming standard business, or []."""
    found: list[RunItem] = []
    for index, line, head in heads:
        if head is None or not found and not _BUSINESS_HEAD.search(head):
            continue
        if found and index - found[-1].index > _MAX_HEAD_GAP:
            break
        found.append(RunItem("", head, line, index))
    return _headings_kept(found)


_MIXED_WORDS = 8
# A line of prose under a heading: eight words or more, or a closed sentence of four.
_PROSE = re.compile(r"^(?:\S+\s+){7,}\S|^(?:\S+\s+){3,}.*[.!?]\s*$")
# A meeting page's labels and links ('Agenda and minutes', 'Minutes:', 'Additional documents'), a paper's own heading
# ('X Panel Minutes') and an outcome ('APPROVED', 'No declarations', 'Recommended to Cabinet'): no item's heading.
_NO_MIXED_HEAD = re.compile(
    r"^(?:agenda(?:\s+and\s+(?:draft\s+)?minutes)?|minutes|decisions?|(?:additional\s+)?documents)$"
    r"|^(?:approved|agreed|noted|recommended|none|nil|no\s+\w+)\b"
    r"|\b(?:panel|committee|council|board|authority|partnership|meeting)\s+(?:minutes|agenda)$",
    re.I,
)
# A heading that names no standard business joins words with a small word in lower case: no person's name.
_JOINED = re.compile(r"\s(?:of|and|for|the|on|in|to|from|with|&)\s")


# A heading closed by a colon alone on its line ('Communications from the Chair:') heads a minute when a sentence of the
# minute stands under it: a verb in the past tense or a form of 'be' ('The Chair welcomed ...', 'No questions were
# received'); a label over names ('Apologies:' over 'Cllr A Lowe, Cllr B Ray') has none.
# Possessive spaces, the same matches (only spaces before the colon still give the last space as head): a line of
# padding was split three ways, cubic (review s18 item 11).
_COLON_HEAD = re.compile(r"^(?:\s*(?=\s:)|\s*+)(?P<head>[^:]+?)\s*+:\s*+$")
_MINUTE_SENTENCE = re.compile(r"^(?=(?:\S+\s+){3,}\S).*\b(?:[a-z]{2,}ed|was|were|is|are|has|had)\b")


# A meeting page's heading may carry its paper's link mark ('Bus Services Review pdf icon PDF 106 KB', an older page's
# 'Minutes PDF 81 KB' without the icon): no part of it.
_LINK_MARK = re.compile(rf"\s+(?:{PDF_ICON}\s+)?PDF\s+{DOCUMENT_SIZE}\s*$", re.I)


def _mixed_head(text: str) -> str | None:
    """The heading a short line in mixed case prints alone (its paper's link mark left out), or None: never a label
    ('Apologies for absence:' over the names) or a sentence's close ('... the rest.'). A heading linking its paper may run
    longer; 'Minutes PDF 81 KB' on an older page (no icon) is the item, not the page's label ('Minutes pdf icon PDF 81 KB'
    is as often the page's own minutes: on the development and blind sets it only lost items)."""
    head = _LINK_MARK.sub("", text.strip())
    linked = head != text.strip()
    if linked and head.endswith(":"):
        head = head[:-1].rstrip()  # a site printing every title with its colon, the link mark after it ('Title: pdf icon ...')
    # A heading linking its paper runs to the title shape's length ('Review of the Village Bus Services and Timetables'),
    # or longer when the site printed its colon before the mark.
    shaped = in_shape(head) or linked and _linked_shape(head, text)
    if not re.match(r"[A-Z]", head) or ":" in head or head.endswith(".") or not linked and len(head.split()) > _MIXED_WORDS or not shaped:
        return None
    bare_minutes = linked and head.casefold() == "minutes" and not re.search(PDF_ICON, text, re.I)
    return None if _NOT_HEAD.search(head.upper()) or _NO_MIXED_HEAD.search(head) and not bare_minutes else head


def _linked_shape(head: str, text: str) -> bool:
    """A heading printed with its colon before its paper's link mark ('The Work of X in Y: pdf icon PDF 61 KB'): up to
    ``_COLON_LINKED_WORDS`` words, no sentence."""
    return bool(re.search(r":\s+" + PDF_ICON, text, re.I)) and len(head.split()) <= _COLON_LINKED_WORDS and len(head) <= _MAX_SIZED_TITLE and not _SENTENCE.search(head)


_COLON_LINKED_WORDS = 20


# An item worded as the agenda put it, closed by a full stop: 'To confirm the Minutes of the Meeting held on DATE.'.
_AGENDA_LINE = re.compile(r"^To\s+[a-z]{3,}\s[^.:;]*[^\s.:;]\.$")
_AGENDA_LINE_VERB = re.compile(r"\b(?:is|are|was|were|has|had|have|will|would|did|does|been)\b", re.I)


def _stopped_agenda_line(text: str) -> str | None:
    """An item worded as the agenda put it and closed by a full stop (up to ``_COLON_LINKED_WORDS`` words, no verb of
    the minutes), its stop left out; read among headings closed by colons, only away from a heading (a line right under
    one is its description) and over its minute."""
    text = text.strip()
    if not _AGENDA_LINE.match(text) or _AGENDA_LINE_VERB.search(text) or len(text.split()) > _COLON_LINKED_WORDS:
        return None
    return text[:-1] if len(text) <= _MAX_SIZED_TITLE else None


def mixed_headings(text: str, start: int = 0, end: int | None = None) -> list[RunItem]:
    """Unnumbered headings in mixed case alone on their lines (or closed by a colon over a minute's sentence), from the
    first naming standard business: each names standard business, or joins its words with a small word ('Review of the
    Plan', never a person's name) and stands over a line of prose; three or more. Among headings closed by colons, a
    'To confirm the minutes ...' line closed by a full stop over its minute is an item too (``_stopped_agenda_line``)."""
    found: list[RunItem] = []
    segments = _segments(lines(text, start, end))
    colons = False
    for index, line in enumerate(segments):
        below = segments[index + 1].text if index + 1 < len(segments) else ""
        head = _mixed_head(line.text)
        if head is None and (labelled := _COLON_HEAD.match(line.text)) and _MINUTE_SENTENCE.search(below):
            head = _mixed_head(labelled["head"])
            colons = colons or head is not None
        if head is None and colons and found and found[-1].index != index - 1 and _MINUTE_SENTENCE.search(below):
            head = _stopped_agenda_line(line.text)
        if head is None:
            continue
        business = _BUSINESS_HEAD.search(head.upper())
        if not business and (not found or not _JOINED.search(head) or not _PROSE.match(below.strip()) or _mixed_head(below) is not None):
            continue
        if found and index - found[-1].index > _MAX_HEAD_GAP:
            break
        found.append(RunItem("", head, line, index))
    return _headings_kept(found)
