"""The one report of a single-item ModernGov page (mgAi, ieIssueDetails, ie/mgDecisionDetails).

The page may also open on its page title ('Agenda item - Title') or on the item heading 'Meeting of X,
DATE (Item N.)', which dates the report.

Such a page prints one item under a page heading ('Agenda item', 'Issue - meetings', 'Decision
details', 'Issue - decisions'). When its text says a report was presented or considered under the
item ('considered a report of the Director of X', 'The Cabinet received a report', 'presented her report', 'A report of the
Head of Y.', 'The report was moved', 'A report setting out W was tabled', 'Consideration was given
to a report', 'The Panel was provided with a report', 'had before it a report', 'The report of the Head of X, circulated at
Pages 4-9, provided ...' (a sentence or a line, a numbered minute or a bracket, opening on it), '(Report of Chief
Executive)' under a decision line, 'To consider the Z Report', 'Report author:', 'Report number:', 'Consideration of
report:'), the item has one report: titled as the item, dated by the page's 'Meeting:' or
'Decided at meeting:' line, with the printed report author. A page of several items (an issue at
several meetings, several decisions), a page without an item title, and a mere reference to a
report ('as set out in the report') give none.

A decision mirror page (a council's decisions republished elsewhere) opens on a bare 'Decision' label over the title
and prints its meeting under a 'Related Meeting' label ('Cabinet - Tuesday, 3rd March, 2026 6.00 pm'): the label is
no title, and that line dates the report when no 'Meeting:' or 'Decided at meeting:' line does.

A commissioner's decision notice printing no header labels has one report when its title line opens with the
notice's reference and a notice line prints the reference again ('09/2026 – Title' over 'DN 09/2026  Date ...').
"""

from __future__ import annotations

import re

from extractors.readers.dates import find_dates
from extractors.proceedings.report_header import parse_author
from extractors.readers.spans import lines, provenance
from schemas.parsed import ParsedDocument
from schemas.structure import ReportHeader

VERSION = "12"
NAME = "item_reports"

_HEADING = re.compile(
    r"^(?:agenda\s+item|issue\s*-\s*meetings|issue\s*-\s*decisions|decision\s+details)$", re.I
)
_HEADING_LINES = 12
# A page's label over the title of a page that prints no ModernGov heading: 'Decision' on a decision mirror.
_PAGE_LABEL = re.compile(r"^(?:decision|decision\s+record|issue)$", re.I)
# The page title run into the item's title: 'Agenda item - Fleet Renewal'.
_TITLED_HEADING = re.compile(r"^agenda\s+item\s+[-–—]\s+(?P<title>\S.*)$", re.I)
# ModernGov's item heading: 'Meeting of Cabinet, Tuesday, 5th March, 2024 7.00 pm (Item 6.)'.
_MEETING_OF_ITEM = re.compile(
    r"^meeting\s+of\s+(?:the\s+)?[A-Z][^,()|]{1,120}?,\s+(?P<date>[^()|]*?\d{4}\b[^()|]*?)"
    r"\s*\(\s*item\s*(?P<number>[\w.]+?)[.:]?\s*\)\.?$",
    re.I,
)
# A page whose excerpt opens on the item line itself: '19 Title PDF 378 KB'.
_ITEM_FILE_LINE = re.compile(r"^\d+[.\w]*\s+\S.*?\s(?:pdf\s+icon\s+)?PDF\s+\d+(?:\.\d+)?\s*[KM]B$", re.I)
_MEETING_LINE = re.compile(r"^meeting:\s*(?P<date>\d{1,2}/\d{1,2}/\d{4})\s*-\s*.+?(?:\(item\s*(?P<number>[\w.]+?)[.:]?\s*\))?$", re.I)
_DECIDED_AT = re.compile(r"^decided\s+at\s+meeting:\s*(?P<date>\d{1,2}/\d{1,2}/\d{4})", re.I)
_DECISION_LINE = re.compile(r"^(?P<date>\d{1,2}/\d{1,2}/\d{4})\s*-\s*(?P<title>\S.*)$")
_AUTHOR_LINE = re.compile(r"^report\s+author:\s*(?P<value>.*)$", re.I)
_ITEM_NUMBER = re.compile(r"^\d+[.\w]*\s+")
_FILE_SUFFIX = re.compile(r"\s*(?:pdf\s+icon\s+)?PDF\s+\d+(?:\.\d+)?\s*[KM]B\s*$", re.I)
_NOT_TITLE = re.compile(
    r"(?:^(?:minutes|decision|decisions|purpose|supporting\s+documents|additional\s+documents)\b.*:$|[.;]$)",
    re.I,
)
# A page's label line ('Decision Maker: Cabinet', 'Wards affected: All', 'Purpose:'), not a title run on after a colon
# ('Update to Constitution: Panel Terms of Reference'): one word before the colon, nothing after it, or a label's word.
_LABEL_LINE = re.compile(r"^(?P<label>[\w\s?()]{1,40}):(?:\s+(?P<value>\S.*)|\s*$)")
_LABEL_WORDS = frozenset(
    "decision decisions maker status date meeting report author purpose subject key call ward wards contact officer "
    "officers publication effective reason reasons lead portfolio title item minutes documents consultees consultation "
    "deadline notice division divisions exempt confidential category reference ref number type summary background "
    "recommendation recommendations resolved agreed interests interest alternative options affected holder member members "
    "cabinet committee scrutiny service services area directorate department responsible executive councillor "
    "councillors cllr tel email phone published restriction restrictions impact implications urgency due".split()
)
# Words between a verb and 'report' that turn it into a reference to some other report, or an oral one.
_STOP = r"(?:in|to|at|on|of|for|with|by|from|as|and|or|that|which|set|out|within|verbal|oral|further)"
# The report named with an article or by its presenter's possessive ('presented her report to members').
_PHRASE = r"(?:a|the|an|his|her|their|its)\s+(?:(?!" + _STOP + r"\b)[\w’'&/().-]+\s+){0,6}?reports?\b"
_CUES = re.compile(
    r"\b(?:consider(?:ed|s)?|receiv(?:e|ed|es)|submit(?:ted|s)?|present(?:ed|s)?|introduc(?:e|ed|es)|tabled),?\s+"
    + _PHRASE
    + r"|\bconsideration\s+(?:was\s+)?given\s+to\s+" + _PHRASE
    + r"|\b(?:provided|furnished)\s+(?:with\s+)?" + _PHRASE
    + r"|\bhad\s+before\s+(?:it|them)\s+" + _PHRASE
    # After a sentence's stop only: a line opening 'The report of the X' is the line-start alternative below.
    + r"|[.:]\s+the\s+report\s+(?:of|by|from)\s+the\s+(?-i:[A-Z])(?:[^.\n]|\.(?=\s*\d)){0,120}?\s(?:provided|set\s+out|sought|informed|outlined|detailed|updated|asked|advised|summarised|explained)\b"
    # 'was presented|submitted' unqualified is the next alternative's.
    + r"|\bthe\s+report\s+(?:was|were)\s+(?:formally\s+(?:moved|presented|introduced|considered|received|submitted)|moved|introduced|considered|received)"
    + r"|\b(?:a|the)\s+report\b[^.\n]{0,120}?\s(?:was|were)\s+(?:tabled|circulated|submitted|presented)\b"
    + r"|\breports?\s+now\s+submitted\b"
    + r"|\bcop(?:y|ies)\s+of\s+" + _PHRASE
    + r"|^\s*(?:\d+(?:\.\d+)*\.?\s+)?\(?(?:a\s+|the\s+)?report\s+(?:of|by|from)\s+(?:the\s+)?[A-Z]"
    + r"|^\s*(?:report\s+author|consideration\s+of\s+report|report\s+(?:number|no\.?|reference|ref\.?))\s*:"
    # A report named by its reference: 'To receive and consider report 252/05 of the Director', 'received report CX/14'.
    + r"|\b(?:consider(?:ed|s)?|receiv(?:e|ed|es)|submit(?:ted|s)?|present(?:ed|s)?)\s+reports?\s+(?:no\.?\s*)?(?-i:[A-Z]{0,5})[/ ]?\d+[A-Za-z]?(?:[/.-]\w+)*\b",
    re.I | re.M,
)


def extract_item_report(document: ParsedDocument, start: int = 0, end: int | None = None) -> list[ReportHeader]:
    """The report of the single item printed in ``document.text[start:end]``, or nothing."""
    text = document.text
    end = len(text) if end is None else end
    page = [line for line in lines(text, start, end) if not line.is_blank]
    heading = next(
        (i for i, line in enumerate(page[:_HEADING_LINES]) if _HEADING.match(line.text) or _MEETING_OF_ITEM.match(line.text)),
        None,
    )
    titled = next((i for i, line in enumerate(page[:_HEADING_LINES]) if _TITLED_HEADING.match(line.text)), None)
    if heading is None and titled is not None:
        heading = titled
    if heading is None and page and _ITEM_FILE_LINE.match(page[0].text):
        if sum(1 for line in page if _ITEM_FILE_LINE.match(line.text)) > 1:
            return []
        heading = -1
    if heading is None and _single_item_marks(page):
        heading = -1
    if heading is None:
        return _reference_notice(document, page)
    meeting_lines = [line for line in page if _MEETING_LINE.match(line.text)]
    decision_lines = [line for line in page if _DECISION_LINE.match(line.text)]
    if len(meeting_lines) > 1 or len(decision_lines) > 1:
        return []
    meeting_of = [line for line in page if _MEETING_OF_ITEM.match(line.text)]
    if len(meeting_of) > 1 or meeting_of and (meeting_lines or decision_lines):
        return []
    if titled is not None and _usable(_TITLED_HEADING.match(page[titled].text)["title"].strip()):
        title_line, title = page[titled], _TITLED_HEADING.match(page[titled].text)["title"].strip()
    else:
        title_line, title = _item_title(page, heading, meeting_lines, decision_lines)
    if title is None:
        return []
    body = text[title_line.end : end]
    if not _CUES.search(body):
        return []
    date_match = next(
        (m for m in (_MEETING_LINE.match(line.text) or _DECIDED_AT.match(line.text) for line in page) if m), None
    ) or (_MEETING_OF_ITEM.match(meeting_of[0].text) if meeting_of else None)
    dates = find_dates(date_match["date"]) if date_match else _related_meeting_dates(page)
    authors = [
        parse_author(m["value"].strip())
        for m in (_AUTHOR_LINE.match(line.text) for line in page)
        if m and m["value"].strip()
    ]
    return [
        ReportHeader(
            title=title,
            authors=[a for a in authors if a.name],
            to=None,
            meeting_date=dates[0].date if dates else None,
            meeting_date_text=None,
            classification=None,
            summary=None,
            provenance=provenance(document, text, title_line.start, title_line.end, NAME, VERSION),
        )
    ]


# A decision notice's title opening with its reference ('09/2026 – Community Safety Awards'), the reference printed
# again on its notice line ('DN 09/2026      Date 15/03/2026', 'Decision Notice: 09/2026').
_REFERENCE = r"(?:[A-Z]{1,5}[/ -]?)?\d{1,4}[/.-]\d{2,4}"
_REFERENCE_TITLE = re.compile(rf"^(?P<ref>{_REFERENCE})\s+[-–—]\s+(?P<title>\S.*)$")
_NOTICE_LINE = re.compile(
    rf"^(?:DN|decision\s+(?:notice|record|no\.?|number|ref(?:erence)?))\s*:?\s*(?:no\.?\s*)?(?P<ref>{_REFERENCE})\b", re.I
)
_NOTICE_LINES = 12
_NOTICE_GAP = 4


def _reference_notice(document: ParsedDocument, page) -> list[ReportHeader]:
    """The report of a decision notice titled by its reference, read near the top of the page (see ``_REFERENCE_TITLE``):
    titled as printed after the reference, with no meeting date (a decision's date is no meeting's)."""
    top = page[:_NOTICE_LINES]
    for index, line in enumerate(top):
        notice = _NOTICE_LINE.match(line.text)
        if notice is None:
            continue
        for above in top[max(0, index - _NOTICE_GAP) : index]:
            titled = _REFERENCE_TITLE.match(above.text)
            if titled and titled["ref"] == notice["ref"] and _usable(titled["title"].strip()):
                return [
                    ReportHeader(
                        title=titled["title"].strip(), authors=[], to=None, meeting_date=None, meeting_date_text=None,
                        classification=None, summary=None,
                        provenance=provenance(document, document.text, above.start, above.end, NAME, VERSION),
                    )
                ]
    return []


# A single-item page whose page heading was cut off still prints ModernGov's item marks near its top.
_ITEM_MARK = re.compile(r"^(?:meeting:\s*\d{1,2}/\d{1,2}/\d{4}\s*-|decided\s+at\s+meeting:|decision\s+maker:)", re.I)
_MARK_LINES = 4


# A decision mirror's meeting, on the line under its label: 'Related Meeting' / 'Cabinet - Tuesday, 3rd March, 2026 6.00 pm'.
_RELATED_MEETING = re.compile(r"^related\s+meetings?:?$", re.I)


def _related_meeting_dates(page) -> list:
    """The dates printed on the line under a 'Related Meeting' label (one such label only)."""
    labels = [i for i, line in enumerate(page) if _RELATED_MEETING.match(line.text)]
    if len(labels) != 1 or labels[0] + 1 >= len(page):
        return []
    return find_dates(page[labels[0] + 1].text)


def _single_item_marks(page) -> bool:
    """The page opens on the item's title line or its 'Meeting: DATE - X (Item N)' line, a mark within the first lines."""
    return bool(page) and any(_ITEM_MARK.match(line.text) for line in page[:_MARK_LINES])


def _item_title(page, heading, meeting_lines, decision_lines):
    """The item's title line and title: the line under the 'Meeting: ... (Item N)' line (its number and
    file size dropped), the title of the one decision line, or the line under the page heading."""
    if decision_lines:
        line = decision_lines[0]
        return line, _DECISION_LINE.match(line.text)["title"].strip()
    if meeting_lines:
        index = page.index(meeting_lines[0])
        number = _MEETING_LINE.match(meeting_lines[0].text)["number"]
        if index + 1 < len(page):
            line = page[index + 1]
            title = _FILE_SUFFIX.sub("", line.text)
            if number and title.startswith(number + " "):
                title = title[len(number) + 1 :].strip()
            if _usable(title):
                return line, title
    below = [line for line in page[heading + 1 :] if not _HEADING.match(line.text) and not _MEETING_OF_ITEM.match(line.text)]
    if heading < 0 and below and _PAGE_LABEL.match(below[0].text):
        below = below[1:]  # a decision mirror's bare 'Decision' label over the title
    if not below or _MEETING_LINE.match(below[0].text):
        return None, None
    numbered = heading < 0 or _MEETING_OF_ITEM.match(page[heading].text)
    title = _ITEM_NUMBER.sub("", _FILE_SUFFIX.sub("", below[0].text)) if numbered else _FILE_SUFFIX.sub("", below[0].text)
    return (below[0], title) if _usable(title) else (None, None)


def _usable(title: str) -> bool:
    """A title: a short line, not a label, not a sentence. A title in title case may end on a full stop ('Spending
    Receipts From The Levy, Village Share.'): every word of four letters or more capitalised."""
    stated = title[:-1] if title.endswith(".") and not title.endswith("..") and _TITLE_CASE.fullmatch(title[:-1]) else title
    return 0 < len(title) <= 200 and not _NOT_TITLE.search(stated) and not _label_line(title)


_TITLE_CASE = re.compile(r"(?:(?:[A-Z0-9][\w’'&/-]*|[a-z]{1,3})[,:]?(?:\s+|$))+")


def _label_line(line: str) -> bool:
    label = _LABEL_LINE.match(line)
    if label is None:
        return False
    words = re.findall(r"[a-z]+", label["label"].lower())
    return len(words) <= 1 or not label["value"] or bool(_LABEL_WORDS.intersection(words))
