"""Report headers: By:/To:/Classification:/Subject:, Title:/Author:/To:, To:/Subject:/Date: blocks.

A lone 'Subject:' title with a 'Report by the Head of X' line (no colon) among the two printed lines over it is a header too.

A header is a run of labelled lines holding a title (Subject: or Title:) and at least one of
author, addressee, classification or date, with at most a few lines between labels; under a decision record's heading
('DECISION RECORD ... Ref: 14/25 Date: ...' run into one line, 'Decision Notice') printed a few lines above it, the
title alone is the record's header. Author
values run over blank lines until the next label (several authors, one per line); the other
values take only the lines wrapped directly under them, so a paragraph after
'Classification: Unclassified' is never read as part of it. A block with a 'Decision number:'
and no addressee is a decision record (a commissioner's or officer's decision notice): its
Date: is the day of the decision, not of a meeting, as it is in a decision log's entry ('Date:', 'Title:',
'Summary:', 'Decision Approved: Approved'); so is a 'Date of decision:' or 'Decision
date:' value, which stands for the date in a header but is never read as a meeting date. Each
label may stand on its own line with its value on the next (a blank line between or not), and a bilingual label names the field
in two languages around a slash ('Teitl / Title:'). A flattened table row's tab ends a label too
('Report title<TAB>X'), as does a cell's bar ('| Report to | Fire Authority |'); a block of three labels or more printed
without colons, the title among them, each value opening in capitals ('Subject FUNDED INITIATIVES', 'Date THURSDAY 20 ...'),
is read as labelled too.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from extractors.readers.dates import find_dates
from extractors.proceedings.report_authors import addressee, author_entries, parse_author
from extractors.readers.names import looks_like_name
from extractors.readers.spans import Line, folded, lines, provenance, squash
from extractors.readers.vocabulary import ADDRESSED_KINDS, kinds_alternation
from schemas.parsed import ParsedDocument
from schemas.structure import ReportHeader

VERSION = "20"
NAME = "report_header"

_LABELS: dict[str, str] = {
    "by": "author", "from": "author", "author": "author", "authors": "author", "author(s)": "author",
    "report of": "author", "report by": "author", "report from": "author", "report author": "author",
    "report authors": "author", "report author(s)": "author", "lead officer": "author",
    "author and job role": "author",
    "to": "to", "report to": "to", "meeting": "to", "committee": "to", "name of committee": "to",
    "date of committee": "date", "committee date": "date",
    "subject": "title", "title": "title", "report title": "title", "title of report": "title", "report on": "title",
    "classification": "classification", "security classification": "classification",
    "protective marking": "classification",
    "date": "date", "meeting date": "date", "date of meeting": "date",
    "summary": "summary", "executive summary": "summary",
    "date of decision": "decision_date", "decision date": "decision_date", "date decision taken": "decision_date",
    "decision maker": "other", "decision taken by": "other",
    "key decision": "other", "decision no": "decision", "decision number": "decision",
    "decision reference": "decision", "decision ref": "decision", "title and reference": "decision", "division": "other",
    "decision approved": "outcome",
    "electoral division": "other", "wards": "other", "ward(s)": "other", "purpose": "other",
    "status": "other", "future pathway of paper": "other", "past pathway of paper": "other",
}


def _spaced(label: str) -> str:
    """``label`` as a pattern whose words may stand without the space between them: PDF text drops it ('REPORTON:')."""
    return r"[ \t]*".join(re.escape(word) for word in label.split())


_ROLES_UNSPACED = {label.replace(" ", ""): role for label, role in _LABELS.items()}


def _role(label: str) -> str:
    """The role of a label as printed, its spacing aside ('REPORTON', 'Report  to')."""
    return _ROLES_UNSPACED["".join(label.lower().split())]


# A bilingual label names the field twice, around a slash: 'Teitl / Title:', 'Date / Dyddiad:'.
_OTHER_TONGUE_BEFORE = r"(?:[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}\s*/\s*)?"
_OTHER_TONGUE_AFTER = r"(?:\s*/\s*[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}?)?"
_LABEL = re.compile(
    r"^\s*+(?P<cell>\|\s*+)?(?:\*\*|__)?\s*+" + _OTHER_TONGUE_BEFORE + r"(?P<label>" + "|".join(_spaced(k) for k in sorted(_LABELS, key=len, reverse=True))
    + r")" + _OTHER_TONGUE_AFTER + r"\s*(?:\*\*|__)?\s*(?::|(?<=[a-z)])\t+|(?(cell)\s*\||(?!))|(?:(?<=ummary)|(?<=ummary\*\*)|(?<=ummary__))(?=\s)|(?<=reference)\s*[–—-](?=\s))"
    + r"\s*(?:\*\*|__)?\s*(?P<value>.*?)(?(cell)[ \t|]*)$",
    re.I,
)
# A body's noun in a report's 'To:' value (the narrower list: see ``vocabulary``).
_BODY_WORDS = re.compile(rf"\b{kinds_alternation(ADDRESSED_KINDS)}\b", re.I)
_HEADER_ROLES = {"author", "to", "classification", "date", "decision_date"}
_MAX_GAP_LINES = 8
# A decision record's heading ('DECISION RECORD', 'Decision Notice'), within a few lines above a lone 'Title:' label.
_RECORD_HEADING = re.compile(r"^\W*(?:[\w ]{0,30}\s)?decision\s+(?:record|notice)\b", re.I)
_RECORD_REACH = 6
_MAX_AUTHOR_LINES = 10
_SUMMARY_STOP = re.compile(r"^\s*(?:#|-{3,}|_{3,}|\d+(?:\.\d+)*\.?\s+[A-Z]|(?:background|introduction|recommendations?)\b)", re.I)
_MAX_SUMMARY = 1500


@dataclass
class HeaderBlock:
    """Label -> value lines of one header block, and its span."""

    start: int
    end: int
    values: dict[str, list[Line]] = field(default_factory=dict)

    def value(self, role: str) -> str | None:
        found = self.values.get(role)
        return squash(" ".join(line.text for line in found)) or None if found else None


# A label printed without its colon, its value in capitals or figures: 'Subject FUNDED INITIATIVES', 'Date THURSDAY 20 ...'.
_BARE_LABEL = re.compile(
    r"^\s*(?P<label>" + "|".join(re.escape(k) for k in sorted(_LABELS, key=len, reverse=True)) + r")[ \t]+(?P<value>(?-i:[A-Z0-9][A-Z0-9'’&,/()–—-]*)(?:\s.*)?)$",
    re.I,
)
_BARE_BLOCK = 3


def _bare_labels(region: list[Line]) -> dict[int, re.Match]:
    """Lines of ``region`` that are labels printed without a colon (a table of label and value cells flattened, each
    value opening in capitals), by their start: only in a block of three or more such lines, blank lines apart and
    no other line between, that holds the title ('Report of X' / 'Subject X' / 'Date X' / 'Authors X')."""
    found: dict[int, re.Match] = {}
    block: list[tuple[Line, re.Match]] = []
    for line in [*region, Line(0, 0, "end")]:
        if line.is_blank:
            continue
        match = _BARE_LABEL.match(line.raw) if not _LABEL.match(line.raw) else None
        if match and (not block or _role(match["label"]) not in {_role(m["label"]) for _, m in block}):
            block.append((line, match))
            continue
        if len(block) >= _BARE_BLOCK and any(_role(m["label"]) == "title" for _, m in block):
            found.update((bare.start, m) for bare, m in block)
        block = [(line, match)] if match else []
    return found


def _label(line: Line, bare: dict[int, re.Match] | None = None) -> tuple[str, str, int] | None:
    if bare and line.start in bare:
        match = bare[line.start]
        return _role(match["label"]), match["value"], line.start + match.start("value")
    # A label ends in a colon, is '... summary' or 'Title and Reference –' (see _LABEL): most lines are none.
    if ":" not in line.raw and "\t" not in line.raw and "|" not in line.raw:
        lowered = line.raw.lower()
        if "ummary" not in lowered and "reference" not in lowered:
            return None
    match = _LABEL.match(line.raw)
    if not match:
        return None
    return _role(match["label"]), match["value"], line.start + match.start("value")


def _continues(role: str, line: Line, value_so_far: list[Line]) -> bool:
    """Whether ``line`` (not blank, not a label) continues the value of ``role``."""
    words = line.text.split()
    if role == "title":
        return len(words) <= 10 and not line.text.endswith(".")
    if role == "to":
        have_year = find_dates(" ".join(v.text for v in value_so_far))
        return len(line.text) <= 40 and not any(d.date and not d.year_inferred for d in have_year)
    if role == "date":
        return not find_dates(" ".join(v.text for v in value_so_far)) and len(line.text) <= 20
    return False


# What ``_label``'s cheap test looks for, on the lower-cased text: a line without any is no label.
_LABEL_MARKS = re.compile(r"[:\t|]")
_LABEL_WORDS = ("ummary", "reference")


@lru_cache(maxsize=4)
def _label_hints(text: str) -> list[tuple[int, int]] | None:
    """(start, end) of every label mark and word in ``text``, in order (once per text); None when
    lower-casing moves offsets. The words are found with ``str.find``, ~3x faster than re's scan
    for them; no two hints overlap, so these are the matches of one alternation."""
    lowered = folded(text)
    if lowered is None:
        return None
    hints = [m.span() for m in _LABEL_MARKS.finditer(lowered)]
    for word in _LABEL_WORDS:
        at = lowered.find(word)
        while at != -1:
            hints.append((at, at + len(word)))
            at = lowered.find(word, at + 1)
    return sorted(hints)


def _label_lines(text: str, region: list[Line]) -> list[int] | None:
    """Indexes of the lines of ``region`` that may hold a label, in order (None: all may)."""
    hints = _label_hints(text)
    if hints is None or not region:
        return None
    low, high = region[0].start, region[-1].end
    starts = [line.start for line in region]
    found: list[int] = []
    for at, stop in hints[bisect_left(hints, (low, -1)) :]:
        if stop > high:
            break
        index = bisect_right(starts, at) - 1
        if not found or found[-1] != index:
            found.append(index)
    return found


_TITLE_ABOVE_WORDS = 12
_NUMBER_LINE = re.compile(r"^\W*(?:report|paper|agenda\s+item|item)(?:\s+(?:no\.?|number))?\s*[:.]?\s*[A-Z]{0,4}[/.-]?\d[\w/.-]{0,10}\s*$", re.I)


def _title_above(region: list[Line], start: int) -> Line | None:
    """A report's title printed unlabelled over its label block ('Winter Support Fund' over 'Date of Meeting:' and
    'Report of:'), a report number line ('Report: 6') passed over: the nearest printed line above, short, no label,
    sentence or date, with nothing printed above it but a blank line or the region's start."""
    index = next((i for i, line in enumerate(region) if line.start == start), None)
    above = [line for line in region[:index] if not line.is_page_footer] if index else []
    while above and (above[-1].is_blank or _NUMBER_LINE.match(above[-1].text)):
        above.pop()  # the report's number between its title and the labels ('Report: 6') is no title
    if not above:
        return None
    title = above[-1]
    words = title.text.split()
    if not 1 <= len(words) <= _TITLE_ABOVE_WORDS or not title.text[:1].isupper() or title.text.rstrip().endswith((".", ":", ",")):
        return None
    if _label(title) or find_dates(title.text) or (len(above) > 1 and not above[-2].is_blank):
        return None
    return title


# A front sheet's author line printed without its colon right over the 'Subject:' label: 'Report by the Head of X'.
_REPORT_BY = re.compile(r"^\s*report\s+(?:by|of|from)\s+(?=[A-Z]|the\s)", re.I)
_REPORT_BY_REACH = 2


def _report_by_above(region: list[Line], start: int) -> Line | None:
    """The author's value of a 'Report by X' line among the two printed lines over the title's label, or None."""
    index = next((i for i, line in enumerate(region) if line.start == start), 0)
    above = [line for line in region[:index] if not line.is_blank and not line.is_page_footer][-_REPORT_BY_REACH:]
    for line in reversed(above):
        if (match := _REPORT_BY.match(line.raw)) and not _label(line):
            return Line(line.start + match.end(), line.end, line.raw[match.end() :])
    return None


def find_header_blocks(text: str, start: int = 0, end: int | None = None) -> list[HeaderBlock]:
    """Report header blocks in ``text[start:end]``, in order.

    Outside a value (no open role) only a label changes anything but the gap count, so the
    lines up to the next that may hold one are passed over in a step."""
    region = lines(text, start, end)
    blocks: list[HeaderBlock] = []
    current: HeaderBlock | None = None
    role: str | None = None
    gap = 0
    blank_run = False
    candidates = _label_lines(text, region)
    bare = _bare_labels(region)
    if bare and candidates is not None:
        starts = {line.start: index for index, line in enumerate(region)}
        candidates = sorted({*candidates, *(starts[start] for start in bare if start in starts)})
    next_candidate = 0

    record_lines = [i for i, line in enumerate(region) if len(line.text) <= 160 and _RECORD_HEADING.search(line.text)]
    line_starts = [line.start for line in region]

    def close() -> None:
        if current and "title" not in current.values and {"date", "author"} <= current.values.keys():
            title = _title_above(region, current.start)
            if title is not None:
                current.values["title"], current.start = [title], title.start
        if current and "title" in current.values and not _HEADER_ROLES & current.values.keys():
            author = _report_by_above(region, current.start)
            if author is not None:
                current.values["author"], current.start = [author], author.start
        if current and "title" in current.values and (_HEADER_ROLES & current.values.keys() or _under_record(current)):
            blocks.append(current)

    def _under_record(block: HeaderBlock) -> bool:
        """A title printed within a few lines under the paper's 'DECISION RECORD' heading is the record's header."""
        at = bisect_left(line_starts, block.start)
        return any(at - _RECORD_REACH <= i < at for i in record_lines)

    index = 0
    while index < len(region):
        if candidates is not None and (current is None or role is None):
            while next_candidate < len(candidates) and candidates[next_candidate] < index:
                next_candidate += 1
            jump = candidates[next_candidate] if next_candidate < len(candidates) else len(region)
            if jump > index and current is not None:
                gap += jump - index
                skipped = region[jump - 1]
                blank_run = skipped.is_blank or skipped.is_page_footer
            if jump >= len(region):
                break
            index = jump
        line = region[index]
        index += 1
        labelled = _label(line, bare)
        if labelled:
            label_role, value, value_start = labelled
            if current is None or gap > _MAX_GAP_LINES or label_role in current.values and label_role != "other":
                close()
                current = HeaderBlock(start=line.start, end=line.end)
            role, gap, blank_run = label_role, 0, False
            taken = current.values.setdefault(role, [])
            if value.strip():
                taken.append(Line(value_start, value_start + len(value), value))
            current.end = line.end
            continue
        if current is None:
            continue
        gap += 1
        if line.is_blank or line.is_page_footer:
            blank_run = True
            continue
        taken = current.values.get(role, [])
        if role == "author" and len(taken) < _MAX_AUTHOR_LINES and len(line.text) <= 120:
            taken.append(line)
        elif role == "summary" and not _SUMMARY_STOP.match(line.text) and (not blank_run or line.text[:1].islower()):
            if sum(len(v.text) for v in taken) < _MAX_SUMMARY:
                taken.append(line)
            else:
                role = None
        elif role in ("title", "to", "date") and (not blank_run or not taken) and _continues(role, line, taken):
            taken.append(line)
        else:
            role = None
            blank_run = False
            continue
        blank_run = False
        current.values[role] = taken
        current.end = line.end
    close()
    return blocks or _front_sheet(region)


# A council report's unlabelled front sheet: 'Report of the Head of X' over the title, over a 'Purpose of the Report' heading.
_REPORT_OF_LINE = re.compile(r"^\W*report\s+(?:of|by|from)\s+(?:the\s+)?(?P<author>[A-Z][^:.]{3,80}?)\W*$", re.I)
_PURPOSE_HEADING = re.compile(r"^\W*(?:\d{1,2}\.?\s+)?(?:purpose\s+of\s+(?:the\s+)?report|purpose\s+of\s+(?:the\s+)?paper)\W*$", re.I)
# 'Democratic Services Committee: 24th July 2013' above the author's line: the addressee and the meeting's date.
_ADDRESSEE_LINE = re.compile(r"^\W*(?P<to>[A-Z][\w&'’ ,-]{2,80}?)\s*:\s*(?P<date>\S.*)$")
_FRONT_SHEET_LINES = 20


def _front_sheet(region: list[Line]) -> list[HeaderBlock]:
    """The header of an unlabelled front sheet: a 'Report of X' line, the title on the next printed line or two, then a
    'Purpose of the Report' heading; an 'X Committee: DATE' line above names the addressee and the date."""
    printed = [line for line in region if not line.is_blank and not line.is_page_footer][:_FRONT_SHEET_LINES]
    for index, line in enumerate(printed):
        author = _REPORT_OF_LINE.match(line.text)
        if author is None:
            continue
        purpose = next((i for i in range(index + 2, min(len(printed), index + 4)) if _PURPOSE_HEADING.match(printed[i].text)), None)
        if purpose is None:
            return []
        title = printed[index + 1 : purpose]
        if any(_label(t) or t.text.rstrip().endswith(".") or len(t.text.split()) > 14 for t in title):
            return []
        block = HeaderBlock(start=line.start, end=title[-1].end, values={"author": [line], "title": title})
        author_start = line.start + author.start("author")
        block.values["author"] = [Line(author_start, author_start + len(author["author"]), author["author"])]
        for above in reversed(printed[max(0, index - 3) : index]):
            addressed = _ADDRESSEE_LINE.match(above.text)
            if addressed and find_dates(addressed["date"]) and _BODY_WORDS.search(addressed["to"]):
                block.values["to"], block.start = [above], above.start
                break
        return [block]
    return []


def extract_report_headers(document: ParsedDocument, start: int = 0, end: int | None = None) -> list[ReportHeader]:
    """Report headers in ``document.text[start:end]``."""
    return _headers(document, find_header_blocks(document.text, start, end))


def _headers(document: ParsedDocument, blocks: list[HeaderBlock]) -> list[ReportHeader]:
    """The report header each header block states."""
    text = document.text
    headers: list[ReportHeader] = []
    for block in blocks:
        to_value = block.value("to")
        to, date_text = addressee(to_value) if to_value else (None, None)
        record = "decision" in block.values or "outcome" in block.values
        date_value = None if record and not to_value else block.value("date")
        if date_text is None and date_value:
            date_text = date_value
        parsed = find_dates(date_text) if date_text else []
        meeting_date = parsed[0].date if parsed and not parsed[0].year_inferred else None
        authors = [parse_author(entry) for entry in author_entries(block.values.get("author", []))]
        headers.append(
            ReportHeader(
                title=block.value("title") or "",
                authors=authors,
                to=to or None,
                meeting_date=meeting_date,
                meeting_date_text=date_text if meeting_date is None else None,
                classification=block.value("classification"),
                summary=block.value("summary"),
                provenance=provenance(document, text, block.start, block.end, NAME, VERSION),
            )
        )
    return headers


_FIRST_HEADER_CHARS = 4000


def paper_headers(document: ParsedDocument, start: int, end: int) -> list[ReportHeader]:
    """The report header of a paper (its first header block, in its first 4000 characters), then
    each further decision record of the paper: a page of several records ('Title and Reference –
    PCC/D/001', 'Subject:', 'Report of:', 'Date:' each) is one report per record. A log's entries
    ('Date:', 'Title:', 'Summary:' again and again, no author or addressee) are no report."""
    first = extract_report_headers(document, start, min(end, start + _FIRST_HEADER_CHARS))[:1]
    if not first:
        return []
    after = first[0].provenance.end
    blocks = find_header_blocks(document.text, after, end)
    if _log_entries(find_header_blocks(document.text, first[0].provenance.start, after)[:1] + blocks):
        return []
    records = [header for header, block in zip(_headers(document, blocks), blocks) if "decision" in block.values]
    return first + records


# The labels a log's entries print ('Date:', 'Title:', 'Summary:'); an entry naming an author, addressee,
# classification or decision number is a report's header.
_LOG_ROLES = frozenset({"title", "date", "decision_date", "summary", "outcome", "other"})


def _log_entries(blocks: list[HeaderBlock]) -> bool:
    """The paper's header blocks are a log's entries: the first's labels printed again by another, none a report's."""
    if len(blocks) < 2 or not blocks[0].values.keys() <= _LOG_ROLES:
        return False
    return any(block.values.keys() == blocks[0].values.keys() for block in blocks[1:])
