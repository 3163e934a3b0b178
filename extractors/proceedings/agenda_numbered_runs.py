"""The agenda fallback's first reading (``agenda_fallback``): numbered item lines.

The longest run of item lines numbered in order (1, 2, 3 ... or N, N+1 ...), three or more, each with a short title
in title shape: it opens with a capital, runs to at most ``MAX_TITLE_WORDS`` words and is no sentence ('That the
plan be approved.'). An item number is any form ``readers.item_numbers`` reads ('Item 4', '4.', '4)', 'A4', '245',
'C049/23', '23/045', 'PCP 2/13', '46.2024' ...): a minute reference counts when its other figures and letters stay the
same from line to line; after a reference, an agenda number may stand before the title ('C048/23  1.  APOLOGIES').
A minute number printed like a date ('52/07/23', see ``item_numbers.dated_minute``), a letter or a Roman numeral ('A.',
'IV.', 'iv)', see ``agenda_serials``; a run of these opens at the first) count too, and a number glued to a heading in
capitals ('26-01APOLOGIES') reads as if spaced; a title out of shape or closed by a full stop that opens with a heading
in capitals is that heading ('HIGHWAYS The verge was reported.'). A number alone on its line ('1.', 'Item 3', '(2)',
'26.01', '1 -') takes the title on the next line. Lines are read as printed and as
a web page's paragraphs printed in one line ('<p>1 APOLOGIES</p><p>...'), a table row's leading '|' or a bullet
before the number left out; a '|' cell edge after the title ends it like a description. The lines of a run need not
be adjacent (a description or a minute may stand under each), but a gap of more than ``MAX_GAP`` lines ends it. A run
whose titles are a report's own section headings ('Purpose of the report', 'Background', 'Recommendations') is a
report's outline, not a meeting's items. One item line whose title breaks the title shape (too long, a sentence) may
carry a run on when the numbers continue in order on both sides of it; a second one ends the run, and a run neither
opens nor ends on one. One pass over the lines, each line extending at most one open run of each reading.

Part of the agenda extractor: its records carry ``agenda.NAME`` and ``agenda.VERSION``, which a change here must bump.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.parsing.text_markup import LINE_TAGS
from extractors.proceedings.agenda_serials import SERIAL_KEY, serial_mark
from extractors.readers.item_numbers import ItemNumber, dated_minute, item_number, lone_number
from extractors.readers.runon_items import is_reference
from extractors.readers.spans import Line, lines

MIN_RUN = 3
MIN_PAIR = 2
MAX_GAP = 80
MAX_TITLE_WORDS = 12
# Between a number and its title: its stop, a dash or colon, a table's cell edge; after a reference, an agenda number.
_BEFORE_TITLE = re.compile(r"^[ \t]*(?:[.):][ \t]*)?(?:\|[ \t]*)?(?:\d{1,2}[.)]?[ \t]+)?(?:[-–:][ \t]*)?(?=[A-Z‘'\"“(])")
# A sentence, not a title: 'That ...', a finite verb, or a full stop after more than a few words.
_SENTENCE = re.compile(
    r"^That\b|\b(?:is|are|was|were|has|had|have|will|would|did|does|noted|agreed|resolved|received)\b|;\s*$"
    r"|^(?:\S+\s+){6,}.*\.\s*$",
    re.I,
)
# Where a title ends and its description or minute begins: a wide gap, a spaced dash, a colon, a cell edge.
_DESCRIPTION = re.compile(r"\s{2,}|\s[-–—]\s|:\s|\s?\|")
_REPORT_SECTION = re.compile(
    r"^(?:purpose|background|introduction|summary|recommendations?|conclusions?|appendi(?:x|ces)|"
    r"(?:financial|legal|equality|risk|resource|staffing)\b.*\bimplications?|risks?|consultation|options?|"
    r"executive\s+summary|reasons?\s+for)\b",
    re.I,
)
_PAGES = re.compile(r"\s*\(?\bpages?\s+\d{1,4}(?:\s*[-–]\s*\d{1,4})?\)?\s*$", re.I)
# A web page's paragraph and break tags printed in the text: each paragraph is a line.
_TAG = re.compile(rf"</?(?:{'|'.join(LINE_TAGS)}|h[1-6])\b[^>\n]{{0,80}}>", re.I)
# What may stand before an item's number on its line: a table row's edge, a bullet.
_LEAD = re.compile(r"[\s|•▪●◦■►·*]*")
# An item run on inside a line: its number after a space, a title in capitals, then a word in mixed case, a number or the
# line's end ('... members. 2 DECLARATIONS OF INTEREST Councillor A ...', 'AGENDA 1 APOLOGIES 2 MINUTES 2.1 To ...').
_CAPS_WORD = r"(?!RESOLVED\b|AGREED\b)[A-Z][A-Z'’&/,()-]*[A-Z)]"
_INLINE = re.compile(
    rf"(?<=\s)(?P<number>\d{{1,3}})\.?\s+(?P<title>{_CAPS_WORD}(?:\s+(?:{_CAPS_WORD}|[&/–-]))*)(?=\s+[A-Z]?[a-z]|\s+\d|\s*$)"
)


# A number glued to a heading in capitals: its figures end, three capitals follow ('26-01APOLOGIES').
_GLUED = re.compile(r"^\d[\d/.-]{0,9}\d(?=[A-Z]{3})|^\d(?=[A-Z]{3})")
# A heading in capitals opening a run-on minute, before the first word in mixed case: two words or more, or one of five
# letters or more.
_CAPS_HEADING = re.compile(
    rf"^(?P<head>{_CAPS_WORD}(?:\s+(?:{_CAPS_WORD}|[&/–-]))+|(?!RESOLVED\b|AGREED\b)[A-Z]{{5,}})(?=\s+[A-Z][a-z])"
)


@dataclass(frozen=True)
class RunItem:
    """One item line of a run: its number as printed (letter kept), its title and its line."""

    number: str
    title: str
    line: Line
    index: int
    shaped: bool = True


def _segments(region: list[Line]) -> list[Line]:
    """The lines of ``region``, each web paragraph printed in one line ('<p>...</p><p>...</p>') a line of its own,
    without a leading table edge or bullet."""
    out: list[Line] = []
    for line in region:
        raw = line.raw
        cuts = [0, *(position for tag in _TAG.finditer(raw) for position in (tag.start(), tag.end())), len(raw)]
        for start, end in zip(cuts[::2], cuts[1::2]):
            lead = _LEAD.match(raw, start, end).end()
            if lead < end:
                out.append(Line(line.start + lead, line.start + end, raw[lead:end]))
    return out


def in_shape(title: str) -> bool:
    """Whether ``title`` keeps the title shape: at most ``MAX_TITLE_WORDS`` words and 100 characters, no sentence."""
    return len(title.split()) <= MAX_TITLE_WORDS and len(title) <= 100 and not _SENTENCE.search(title)


def _title(raw: str) -> tuple[str, bool] | None:
    """The title at the start of ``raw`` and whether it keeps the title shape, or None. A title out of shape that opens
    or closed by a full stop that opens with a heading in capitals ('APOLOGIES FOR ABSENCE Cllr Reed sent apologies.',
    'DECLARATIONS None.') is that heading."""
    title = _PAGES.sub("", _DESCRIPTION.split(raw.strip(), maxsplit=1)[0]).strip(" -–:")
    words = title.split()
    if not words:
        return None
    if (not in_shape(title) or title.endswith(".")) and (head := _CAPS_HEADING.match(title)):
        return head["head"], True
    return title, in_shape(title)


def _candidates(segments: list[Line], index: int) -> list[tuple[tuple[str, int], RunItem]]:
    """Each reading (run key, number) of the item line at ``segments[index]`` with its item; a number alone on its line
    is titled by the next line."""
    line = segments[index]
    text = line.text
    # A number glued to its heading in capitals ('26-01APOLOGIES') is read as if a space stood between them.
    glued = _GLUED.match(text)
    found = item_number(f"{text[: glued.end()]} {text[glued.end() :]}") if glued else item_number(text)
    if glued and found is not None and found.end != glued.end():
        found = None
    # A minute number printed like a date reads whole where the page lost its stroke ('56/07 23', not '56/07').
    dated = dated_minute(text)
    found = dated if dated is not None and (found is None or dated.end > found.end) else found or serial_mark(text)
    end = line.end
    found_end = found.end if isinstance(found, ItemNumber) else found[1] if found else 0
    if found is not None and (before := _BEFORE_TITLE.match(text[found_end:])) is not None:
        rest = text[found_end + before.end() :]
    elif (lone := lone_number(text) or serial_mark(text)) is not None and index + 1 < len(segments):
        found, below = lone, segments[index + 1]
        if item_number(below.text) is not None or not re.match(r"[A-Z‘'\"“(]", below.text):
            return []
        rest, end = below.text, below.end
    else:
        return []
    titled = _title(rest)
    if titled is None:
        return []
    printed, readings = (found.printed, found.readings) if isinstance(found, ItemNumber) else (found[0], found[2])
    item = RunItem(printed, titled[0], Line(line.start, end, text), index, titled[1])
    return [(reading, item) for reading in readings]


def _inline(segments: list[Line], index: int) -> list[tuple[tuple[str, int], RunItem]]:
    """Items run on inside the line at ``segments[index]`` (see ``_INLINE``), not after a word that makes the number a
    reference ('minute 4 ABC'), with their readings."""
    line = segments[index]
    found = []
    for match in _INLINE.finditer(line.text):
        if is_reference(line.text[max(0, match.start() - 40) : match.start()]) or len(re.sub(r"[^A-Z]", "", match["title"])) < 4:
            continue
        titled = _title(match["title"])
        if titled is not None:
            item = RunItem(match["number"], titled[0], Line(line.start + match.start(), line.start + match.end(), match.group()), index, titled[1])
            found.append((("#", int(match["number"])), item))
    return found


def fallback_items(text: str, start: int = 0, end: int | None = None, least: int = MIN_RUN) -> list[RunItem]:
    """The longest run of numbered item lines in ``text[start:end]`` (see the module docstring), ``least`` items or
    more, or []."""
    open_runs: dict[tuple[str, int], list[RunItem]] = {}
    carried: dict[tuple[str, int], bool] = {}  # an open run already carried on over a title out of shape
    best: list[RunItem] = []
    segments = _segments(lines(text, start, end))
    for index in range(len(segments)):
        for (letter, number), item in [*_candidates(segments, index), *_inline(segments, index)]:
            run = open_runs.get((letter, number))
            over = carried.get((letter, number), False)
            if run is None or index - run[-1].index > MAX_GAP:
                run, over = [], False
            if not run and letter.startswith(SERIAL_KEY) and number != 1:
                continue  # a run of letters or numerals opens at its first ('A.', 'I.', 'i)')
            if not item.shaped and over:
                # A second title out of shape ends the run: a later line of the same number is no item of it.
                open_runs.pop((letter, number), None)
                continue
            if not item.shaped and not run:
                continue
            open_runs.pop((letter, number), None)
            carried.pop((letter, number), None)
            run.append(item)
            waiting = open_runs.get((letter, number + 1))
            if waiting is None or len(waiting) <= len(run):
                open_runs[(letter, number + 1)] = run
                carried[(letter, number + 1)] = over or not item.shaped
            if len(run) > len(best):
                best = run
    while best and not best[-1].shaped:
        best = best[:-1]
    if len(best) < least or sum(bool(_REPORT_SECTION.match(item.title)) for item in best) >= 2:
        return []
    return best
