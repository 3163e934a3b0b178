"""Serially numbered agenda items ('I', 'II' ... or '(a)', '(b)' ...) count only in a run of two
or more in order ('A.', 'B.', 'C.' in a run of three from 'A', unless they head sections of items 'A1', 'B1'); a list numbered again inside an item is none; the order of
item numbers ('41a/19'); a page's '1. Title' lines numbered in order. Rules versioned by ``extractors.proceedings.agenda.VERSION``."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol, TypeVar

from extractors.proceedings.agenda_rows import FINITE, MAX_WORDS
from extractors.proceedings.agenda_lines import FoundItem
from extractors.readers.numerals import roman_value
from extractors.readers.spans import Line

_SERIAL = re.compile(r"^(?:(?P<roman>[IVX]{1,5})|\((?P<letter>[a-zA-Z])\)|\((?P<marked>[ivx]{2,5})\)|(?P<capital>[A-Z]))$")
# Items lettered 'A.', 'B.', 'C.' count only in a run of this many from 'A' (not initials 'A. Brown').
_CAPITAL_RUN = 3
# A lettered line longer than this is a note of the agenda's ('(a) Members of the public are welcome ...').
_NOTE_WORDS = 16
# A lettered line of business, however long: 'To receive the Certificate and Return of the Returning Officer ...'.
_TO_VERB = re.compile(r"To\s+(?:receive|consider|note|approve|agree|appoint|elect|answer|hear|confirm|adopt)\b")

# An item line of a page's text rendering carrying its document's size: '19 Bus Review PDF 378 KB'.
SIZED_ITEM = re.compile(r"^(?P<number>\d{1,4}[a-z]?)\.?\s+(?P<title>[A-Z(].*?)\s+(?i:pdf\s+icon\s+)?PDF\s+\d+(?:\.\d+)?\s*[KM]B\s*$")
NUMBERED_TITLE = re.compile(r"^(?P<number>\d{1,4}[a-z]?)\.?\s+(?P<title>[A-Z(].*)$")


class _Numbered(Protocol):
    @property
    def number(self) -> str: ...

    @property
    def start(self) -> int: ...

    @property
    def title(self) -> str: ...

    @property
    def end(self) -> int: ...


T = TypeVar("T", bound=_Numbered)


def _serial(number: str) -> tuple[str, int] | None:
    """('roman', 4) for 'IV', ('letter', 2) for '(b)'; None for other numbers or malformed numerals."""
    match = _SERIAL.match(number)
    if match is None:
        return None
    if match["letter"] or match["capital"]:
        letter = match["letter"] or match["capital"]
        return ("letter" if match["letter"] else "capital"), ord(letter.lower()) - ord("a") + 1
    if match["marked"]:
        value = roman_value(match["marked"].upper())
        return ("marked", value) if value is not None else None
    # Marked with I, V and X alone, the tens past 30 are more X's ('XXXX' is 40).
    value = roman_value(match["roman"], plain_tens=True)
    return ("roman", value) if value is not None else None


def business_line(title: str) -> bool:
    """A line of the meeting's business, opening 'To receive', 'To approve' ... (at most ``_BUSINESS_WORDS`` words)."""
    return bool(_TO_VERB.match(title)) and len(title.split()) <= _BUSINESS_WORDS


# A topic then its business after a spaced dash, as parish agendas print a point: 'Accounts for Payment – To receive and
# approve ...' (the business may be cut short: '... Reports – to rec').
_DASHED_BUSINESS = re.compile(r"^[A-Z][^–—]{2,80}?\s[–—-]\s+[Tt]o\s")


def dashed_business(title: str) -> bool:
    """A topic then its business after a spaced dash ('Pavilion Roof – To receive the quotes ...'), at most
    ``_BUSINESS_WORDS`` words."""
    return bool(_DASHED_BUSINESS.match(title)) and len(title.split()) <= _BUSINESS_WORDS


def _marked_first(serials: list[tuple[str, int] | None], items: Sequence[_Numbered]) -> list[tuple[str, int] | None]:
    """``serials`` with a point '(i)' read as the first of a run marked '(i)', '(ii)' when the next point is '(ii)'."""
    found = list(serials)
    for index, serial in enumerate(serials):
        after = next((s for s in serials[index + 1 :] if s), None)
        if serial == ("letter", 9) and items[index].number == "(i)" and after == ("marked", 2):
            found[index] = ("marked", 1)
    return found


def in_runs(items: list[T]) -> list[T]:
    """``items`` without serially numbered items ('II', '(b)') that are not in a run of two or more
    consecutive ones of their kind (an initial 'I Brown' in a membership list is not an item, nor a
    resolution '(a) That ...', nor a long note '(a) Members of the public are welcome to attend ...')."""
    # A resolution or a long note ('(a) Members of the public are welcome ...') is no item, nor the neighbour of one: the
    # short line lettered after it ('(b) Declarations of Interests') is the notes' next point.
    serials = _marked_first([None if _note(item) else _serial(item.number) for item in items], items)
    # Under 'A. Committee Business' sit items 'A1', 'A2': the letters head sections, not items.
    sectioned = any(re.fullmatch(r"[A-Z]{1,2}\d.*", item.number) for item in items)
    capitals = set() if sectioned else _capital_runs(serials)
    keep = []
    for index, item in enumerate(items):
        serial = serials[index]
        if _note(item):
            continue
        if serial is None:
            keep.append(item)
            continue
        kind, value = serial
        if kind == "capital":
            if index in capitals:
                keep.append(item)
            continue
        before = next((s for s in reversed(serials[:index]) if s and s[0] == kind), None)
        after = next((s for s in serials[index + 1 :] if s and s[0] == kind), None)
        if before == (kind, value - 1) or after == (kind, value + 1):
            keep.append(item)
    return keep


def _note(item: _Numbered) -> bool:
    """A serially numbered line that is a resolution ('(a) That ...') or a long note of the agenda's (not a 'To receive ...' line)."""
    serial = _serial(item.number)
    long = len(item.title.split()) > _NOTE_WORDS and not _TO_VERB.match(item.title)
    return serial is not None and serial[0] != "capital" and bool(re.match(r"That\s", item.title) or long)


def _capital_runs(serials: list[tuple[str, int] | None]) -> set[int]:
    """Indices of items lettered 'A.', 'B.', 'C.' ... in runs from 'A' of ``_CAPITAL_RUN`` or more."""
    keep: set[int] = set()
    run: list[int] = []
    for index, serial in enumerate(serials):
        if serial is None or serial[0] != "capital":
            continue
        if serial[1] == 1:
            run = [index]
        elif run and serial[1] == len(run) + 1:
            run.append(index)
        else:
            run = []
        if len(run) >= _CAPITAL_RUN:
            keep.update(run)
    return keep


# '4.1', or '4(1)' / '4(a)' as some pages number the points of item 4.
_SUB_NUMBER = re.compile(r"^\s*(?P<number>(?P<top>\d{1,3})(?:\.\d{1,2}|\((?:\d{1,2}|[a-z])\)))\.?\s*$")


def sub_number(text: str, items: Sequence[_Numbered], below: Sequence[Line], max_words: int = MAX_WORDS) -> re.Match | None:
    """A sub-item's number alone on its line under its item ('4.1' or '4(1)' under item 4 or under '4.1'), over a
    title of at most ``max_words`` words that is no sentence of the minutes ('The Panel noted ...'), else None."""
    last = next((item.number for item in reversed(items) if item.number), None)
    sub = _SUB_NUMBER.match(text)
    if not sub or last is None or re.match(r"\d*", last).group() != sub["top"]:
        return None
    title = next((line.text.strip() for line in below if not line.is_blank), "")
    return None if title.endswith(".") or FINITE.search(title) or len(title.split()) > max_words else sub


def follows(items: Sequence[_Numbered], number: str) -> bool:
    """A lone number continues a page's item numbers when it is above the last one ('1.' under
    item 62 is a paragraph of its minutes; '3a' under item 3 is its sub-item; '23-24/FRA/2' follows '23-24/FRA/1')."""
    last = next((item.number for item in reversed(items) if item.number), None)
    return last is None or number_order(number) > number_order(last)


def number_order(number: str) -> tuple[tuple[int, str], ...]:
    """The order of an item number: its numbers with their letters ('41a/19' -> ((41, 'a'), (19, '')))."""
    return tuple((int(digits), letter) for digits, letter in re.findall(r"(\d+)([a-z]?)", number))


def same_shape(items: Sequence[_Numbered], number: str) -> bool:
    """A number printed like the first item's ('C 10/035' after 'C 10/034'), not a resolution's '(1)'."""
    return not items or re.sub(r"\d", "9", items[0].number) == re.sub(r"\d", "9", number)


def _indent(text: str, start: int) -> int:
    end = text.find("\n", start)
    line = text[start : end if end >= 0 else len(text)].expandtabs()
    return len(line) - len(line.lstrip())


def outside_lists(text: str, items: list[T]) -> list[T]:
    """``items`` without a list numbered inside an item: lines indented deeper than the item above
    them whose numbers start again ('1. Payments' under '2. Finance'), and the lines of that list after."""
    keep: list[T] = []
    nested: int | None = None
    for item in items:
        indent = _indent(text, item.start)
        if nested is not None and indent >= nested:
            continue
        nested = None
        last = keep[-1] if keep else None
        again = last is not None and item.number.isdigit() and last.number.isdigit() and int(item.number) <= int(last.number)
        if again and indent > _indent(text, last.start):
            nested = indent
            continue
        keep.append(item)
    return keep


def next_numbered(text: str, items: Sequence[_Numbered], first: bool) -> re.Match | None:
    """A '12. Title' line numbered next after the last item of a page's numbered lines (or, opening
    them, numbered 1; after a sub-item '11.2', numbered 12): its rows without a document size."""
    numbered = NUMBERED_TITLE.match(text)
    if numbered is None or not numbered["number"].isdigit():
        return None
    last = next((item.number for item in reversed(items) if item.number), None)
    if not first and last is None and items:
        return None  # under unnumbered rows (an item page's title), a '1.' line is a minute's paragraph
    top = re.fullmatch(r"(\d+)(?:\.\d{1,2})?", last or "")
    expected = 1 if first or last is None else int(top[1]) + 1 if top else None
    return numbered if int(numbered["number"]) == expected else None


def numbered_run(region: list[Line], index: int) -> bool:
    """``region[index]`` opens a run of lines numbered 1, 2, ... that reaches a sized item line."""
    number = 1
    for line in region[index:]:
        if line.is_blank:
            continue
        if SIZED_ITEM.match(line.text):
            return True
        numbered = NUMBERED_TITLE.match(line.text)
        if numbered is None or numbered["number"] != str(number):
            return False
        number += 1
    return False


def prefer_summary(text: str, found: list[T], listed: list[T], max_words: int) -> list[T]:
    """A 'Public Items' page's numbered-next items (``listed``) over the ordinary reading (``found``) when
    the ordinary reading adds only minuted sentences to them (a line ending in a full stop, or longer than
    ``max_words``); else the ordinary reading, which keeps what the summary rule skips ('3a', unnumbered rows)."""
    kept = {(item.number, item.title) for item in listed}
    extra = [item for item in found if (item.number, item.title) not in kept]
    if all(text[item.start : item.end].rstrip().endswith(".") or len(item.title.split()) > max_words for item in extra):
        return listed
    return found


_LOST_RUN = 3


def lost_numbers(items: list[T]) -> list[T]:
    """``items`` with numbers '' when every one of three or more is numbered '1' ('1.' on each line: a list
    whose numbering was lost in rendering, so no item's number is printed); else ``items``."""
    if len(items) >= _LOST_RUN and all(item.number == "1" for item in items):
        return [replace(item, number="") for item in items]
    return items


# A sub-item lettered 'a)' or 'b)' under a numbered item ('9. Standing Items' over 'a) Actions log'), or 'a.' before a
# line of business ('a. To approve the minutes of ...'): item '9a'.
_LETTERED = re.compile(r"^\s*(?P<letter>[a-z])(?P<mark>[.)])\s+(?P<title>[A-Z].*?)\s*$")
_BUSINESS_WORDS = 30
_STOPPED_LETTER = re.compile(r"\s*[a-z]\.\s")
# A sentence or a resolution is a point of the item, not a sub-item ('a) Councillors received the accounts.').
_POINT = re.compile(r"^That\s|[.;]$|\b(?:is|are|was|were|has|had|have|will|would|received|resolved|agreed|noted)\b")


def lettered_sub_item(text: str, items: Sequence[_Numbered], max_words: int) -> tuple[str, str] | None:
    """(number, title) of a line lettered 'a)' under item '9' ('9a'), or the next letter after sub-item '9a' ('9b');
    a title of ``max_words`` words or fewer that is no sentence, or a line of business ('a. To approve ...', see
    ``business_line``). None for any other line."""
    match = _LETTERED.match(text)
    if match is None or not items:
        return None
    if match["mark"] == "." and not business_line(match["title"]):
        return None
    # Brackets (the pages, a note: '(Pages 12 - 16) (Submitted under the procedure rules)') are not the title's words.
    short = len(re.sub(r"\([^()]*\)", "", match["title"]).split()) <= max_words
    if match["mark"] == ")" and not dashed_business(match["title"]) and (_POINT.search(match["title"]) or not short):
        return None
    number = lettered_number(match["letter"], items)
    return None if number is None else (number, match["title"])


def lettered_number(letter: str, items: Sequence[_Numbered]) -> str | None:
    """The number of a sub-item lettered ``letter`` under the last item: 'a' under '9' is '9a', 'b' under '9a' is '9b';
    None when the letter does not follow."""
    last = re.fullmatch(r"(?P<parent>\d{1,3})(?P<letter>[a-z]?)", items[-1].number) if items else None
    if last is None or ord(letter) != (ord(last["letter"]) + 1 if last["letter"] else ord("a")):
        return None
    return f"{last['parent']}{letter}"


# A point numbered '(1)', '(2)' in brackets, as an item's sub-items are printed under it ('12. Matters referred' over
# '(1) Enforcement Policy'): item '12(1)'.
_BRACKETED = re.compile(r"^\((?P<point>\d{1,2})\)$")


def bracketed_sub_items(items: list[T]) -> list[T]:
    """``items`` with a run of points numbered '(1)', '(2)' ... in order, the first right after item '12' (a number
    alone), numbered as its sub-items '12(1)', '12(2)'; a run not from '(1)', or after no such item, is left as read."""
    renumbered = list(items)
    parent: str | None = None
    for index, item in enumerate(items):
        point = _BRACKETED.match(item.number)
        if point is None:
            parent = None
            continue
        previous = items[index - 1].number if index else ""
        if point["point"] == "1" and re.fullmatch(r"\d{1,3}", previous):
            parent = previous
        elif parent is None or previous != f"({int(point['point']) - 1})":
            parent = None
        if parent is not None:
            renumbered[index] = replace(item, number=f"{parent}({point['point']})")
    return renumbered


def lettered_with_papers(text: str, items: list[FoundItem], lettered: set[int]) -> list[FoundItem]:
    """``items`` without the sub-items read from lettered lines (starting at ``lettered``) that are not two or more under
    their item with papers of their own ('(Pages 12 - 16)') among them: lettered lines under an item are its points unless
    they list reports or are lettered as items are numbered, with a full stop ('a. To approve ...', lines of business), or
    are all business ('a) To receive the Clerk's Report', 'a) Accounts – To approve ...', see ``_business_run``). A
    sub-item printed with its number ('2a. Matters arising') is kept."""
    runs: dict[str, list[FoundItem]] = {}
    for item in items:
        if item.start in lettered:
            runs.setdefault(item.number[:-1], []).append(item)
    listed = [run for run in runs.values() if len(run) < 2 or not any(item.pages for item in run) and not all(_STOPPED_LETTER.match(text, item.start) for item in run) and not _business_run(run)]
    dropped = {item.start for run in listed for item in run}
    return [item for item in items if item.start not in dropped]


def _business_run(run: list[FoundItem]) -> bool:
    """Every lettered line of ``run`` is business of the meeting: 'To receive ...' or a topic with its business after a
    dash ('Accounts for Payment – To approve ...'), at least one of them dashed or two opening 'To ...'."""
    if not all(business_line(item.title) or dashed_business(item.title) for item in run):
        return False
    return any(dashed_business(item.title) for item in run) or sum(business_line(item.title) for item in run) >= 2


# A point lettered '(a)' or marked '(i)' (lower case).
_POINT_NUMBER = re.compile(r"^\((?P<point>[a-z]|[ivx]{2,5})\)$")
# A first point naming a paper, an option of the item's report or a planning application ('(i) Appendix A - Options
# Appraisal', '(a) Option 1 ...', '(i) 24/00123/FUL Land at ...'): the run lists the item's papers, not its sub-items.
_PAPER_POINT = re.compile(r"(?i:Appendix|Appendices|Annex|Enclosure|Schedule|Option)\b|\d{2,4}/\d{3,6}/[A-Z]{2,6}\b")


def pointed_sub_items(text: str, items: list[T]) -> list[T]:
    """``items`` with the sub-items of an item numbered as its number and their point: a run of points lettered '(a)',
    '(b)' ... or marked '(i)', '(ii)' ... in order, the first on the next printed line under item '7' (a number alone),
    are '7a', '7b' or '7i', '7ii' (an item printed '7(i)' keeps its printed number). A run lettered so elsewhere is left
    as read; one marked '(i)', '(ii)' elsewhere is no items (a list of the item's papers or applications), as is one under
    its item whose first point names a paper or an option ('(i) Appendix A ...')."""
    renumbered: list[T] = []
    parent, kind, last = None, "", 0
    for index, item in enumerate(items):
        point = _POINT_NUMBER.match(item.number)
        serial = _point_serial(point["point"], items[index + 1].number if index + 1 < len(items) else "") if point else None
        above = items[index - 1] if index else None
        under = above and re.fullmatch(r"\d{1,3}", above.number) and not text[above.end : item.start].strip()
        if serial and serial[1] == 1 and under and not _PAPER_POINT.match(item.title):
            parent, kind, last = above.number, serial[0], 0
        if serial is None or parent is None or serial != (kind, last + 1):
            parent = None
            if serial is None or serial[0] != "marked":
                renumbered.append(item)
            continue
        last = serial[1]
        renumbered.append(replace(item, number=f"{parent}{point['point']}"))
    return renumbered


def _point_serial(point: str, following: str) -> tuple[str, int] | None:
    """('letter', 2) for 'b', ('marked', 2) for 'ii'; 'i' is the first marked point when '(ii)' follows it."""
    if point == "i" and following == "(ii)" or len(point) > 1:
        value = roman_value(point.upper())
        return ("marked", value) if value is not None else None
    return "letter", ord(point) - ord("a") + 1
