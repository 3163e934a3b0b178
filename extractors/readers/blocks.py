"""Blocks: the printed units of a span that the money extractors read.

A *block* is a heading, a paragraph, a list item (with its wrapped lines and any
description under it) or a table row: a '|' or tab row, or a row of a space-aligned
table (columns set by a header line of three or more cells two spaces apart; a line
without figures that fills fewer cells continues the row above, as a wrapped cell). Blocks survive PDF line wrapping: a line
continues the block above unless it starts a list item, a numbered paragraph or
a heading, or follows a blank line after a finished sentence (in a double-spaced rendering, a
blank line after every line, a lone blank line after a printed-width line is only a line end). Page footers
(every form of the page-number vocabulary, ``parsing.page_numbers``: 'Page 12', '- 4 -', 'Page 3 of 9 Agenda
Item 4') and markdown emphasis are blanked in a *flat* copy of the text with the same length, so every offset
found in it is a document offset. These rules are
versioned by ``extractors.grants.funding_layout.VERSION`` (no version of their own).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from extractors.parsing.page_numbers import is_footer_line

BlockKind = Literal["heading", "paragraph", "item", "table_row"]

_LINE = re.compile(r"[^\n\f]+")
# Longer lines are text, never a footer (a running page line has ten words at most).
_FOOTER_WIDTH = 150
_MARKUP = re.compile(r"\*+|</?sup>|</?b>|</?strong>|\\(?=[-*_])")
# A bullet symbol, a lone 'o', or '>' before an award line (a news page's list rendered as quote markers: '> Eastfield
# Club – £500 for kit'); other '>' lines are a quoted e-mail's lines of prose, no list.
_SYMBOL_BULLET = re.compile(r"^[ \t]*(?:[-–•*·▪◦●○■□➢►✓]|o(?=[ \t])|>(?=[ \t]+[A-Z][^\n]*£[ \t]?\d))[ \t]+")
# 'a) ', '(iv) ', and 'a. ' before a capital or a figure ('c. £500' is circa, not an item).
_LETTER_ITEM = re.compile(r"^[ \t]*(?:\(?(?:[a-z]|[ivx]{1,4})\)|(?:[a-z]|[ivx]{1,4})\.(?=[ \t]+[A-Z0-9]))[ \t]+")
_NUMBERED = re.compile(r"^[ \t]*(?:\d{1,3}(?:\.\d{1,2}){1,2}\.?|\d{1,3}[.)])[ \t]+(?=\S)")
_DECIMAL_NUMBERED = re.compile(r"^[ \t]*(?:[-–•*][ \t]+)?\d{1,3}\.\d")
_NUMBERED_HEADING = re.compile(
    r"^[ \t]*(?:#+[ \t]*)?(?:\d{1,2}\.0\b|\d{2,4}\.(?=[ \t]+[A-Z])|(?:Appendix|Annex|Annexe|Part|Section|Schedule)[ \t]+[\w.]+)",
    re.IGNORECASE,
)
_MARKDOWN_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+\S")
# Any of the five line shapes above, in one match: most lines have none and are tried once.
_ANY_SHAPE = re.compile(
    "|".join(f"(?:{p.pattern})" for p in (_MARKDOWN_HEADING, _SYMBOL_BULLET, _LETTER_ITEM, _NUMBERED))
    + f"|(?i:{_NUMBERED_HEADING.pattern})"
)
# Longer lines are unwrapped paragraphs (web text, one paragraph a line), never PDF lines.
_WRAPPED_LINE_WIDTH = 110
# A text is double-spaced when at least this share of its (at least this many) lines has a blank line after it.
_DOUBLE_SPACED_SHARE = 0.9
_DOUBLE_SPACED_MIN_LINES = 6
# Tabs that only space prose: between two sentences, after a ':-' lead ('Resolved:-') or a lettered marker ('(ii)').
_PROSE_TAB = re.compile(r"(?<=[a-z][.!?])\t+(?=(?:A|I|[A-Z][a-z]+)\b)|(?<=:-)\t+|(?:(?<=\([a-z]\))|(?<=\([ivx]{2}\))|(?<=\([ivx]{3}\))|(?<=\([ivx]{4}\)))\t+")
_SENTENCE_END = re.compile(r"(?:[.!?:;][\"'’”)\]]*|:[ \t]*[-–—])$")
_TAIL_CHARS = 200
# An item printed as 'Name - £N', 'Name: £N' or 'Name, £N' is finished: a paragraph after a blank line is not its
# description (a bold '**Name (£N)**' item is a heading whose description follows it).
_ENDS_WITH_AMOUNT = re.compile(r"(?:[–—:-]|,)\s*£\s?\d[\d,]*(?:\.\d+)?$")
_RUN = re.compile(r"\S+(?: \S+)*")
_OTHER_SPACE = re.compile(r"[^\S ]")
_MAX_CELL_WORDS = 8


@dataclass(frozen=True)
class Block:
    index: int
    kind: BlockKind
    start: int
    end: int
    body_start: int
    section: int
    first_line_end: int
    columns: tuple[int, ...] = ()


def clean(text: str) -> str:
    """Collapse white space and drop markdown emphasis left in a printed name."""
    if "*" in text or "<" in text or "\\" in text:
        text = _MARKUP.sub(" ", text)
    return " ".join(text.split())


@lru_cache(maxsize=4)
def flatten(text: str) -> str:
    """Same-length copy: line ends, footers and markup become spaces (once per document text)."""
    flat = _LINE.sub(lambda m: " " * len(m.group()) if _is_footer(m.group()) else m.group(), text)
    flat = _MARKUP.sub(lambda m: " " * len(m.group(0)), flat)
    return flat.replace("\f", " ").replace("\n", " ").replace("\t", " ").replace("\r", " ")


def _is_footer(line: str) -> bool:
    return len(line) <= _FOOTER_WIDTH and is_footer_line(line)


def _is_heading(
    line: str, context: Callable[[], tuple[str | None, str | None]] | None = None, shaped: bool = True
) -> bool:
    """``context``: the (previous, next) content lines, asked for only when the line's shape leaves it open.
    ``shaped`` False: the caller found none of the shapes of ``_ANY_SHAPE`` at the line's start."""
    stripped = clean(line)
    if not stripped or "£" in stripped or len(stripped) > 120:
        return False
    if shaped and _MARKDOWN_HEADING.match(line):
        return True
    if shaped and _NUMBERED_HEADING.match(line) and not re.search(r"[.;!?]$", stripped):
        return True
    if _SENTENCE_END.search(stripped) and not stripped.endswith(")"):
        return False
    if shaped and (_SYMBOL_BULLET.match(line) or _NUMBERED.match(line) or _LETTER_ITEM.match(line)):
        return False
    if len(stripped.split()) > 10 or not stripped[0].isupper():
        return False
    previous, next_line = context() if context else (None, None)
    return (
        (previous is None or not previous.strip() or bool(_SENTENCE_END.search(previous.strip())))
        and (next_line is None or not next_line.strip()[0].islower())
    )


def _tab_cells(line: str) -> bool:
    """A tab parts cells, unless it only spaces prose (``_PROSE_TAB``: '... system.<TAB>Furthermore, ...',
    'Resolved:-<TAB>(i)<TAB>That ...'), as a rendering that turns a double space into a tab gives it."""
    stripped = line.strip()
    return "\t" in stripped and len(_PROSE_TAB.sub(" ", stripped).split("\t")) > 1


def _soft_blanks(contents: list[str], blank: list[bool]) -> set[int]:
    """In a double-spaced rendering (a blank line after nearly every line) a lone blank line after a
    printed-width line is a line end, not a paragraph break: the indexes of those blank lines."""
    followed = [i for i in range(len(contents) - 1) if not blank[i]]
    if len(followed) < _DOUBLE_SPACED_MIN_LINES:
        return set()
    if sum(blank[i + 1] for i in followed) < _DOUBLE_SPACED_SHARE * len(followed):
        return set()
    return {
        i + 1
        for i in followed
        if blank[i + 1] and i + 2 < len(contents) and not blank[i + 2]
        and len(contents[i].strip()) <= _WRAPPED_LINE_WIDTH and not _is_footer(contents[i + 1])
    }


def _finished(text: str, block: dict) -> bool:
    """The open block ends a sentence, or is a list item ending with its amount ('Name - £N')."""
    tail = clean(text[max(block["start"], block["end"] - _TAIL_CHARS) : block["end"]])
    return bool(_SENTENCE_END.search(tail)) or (
        block["kind"] == "item"
        and bool(_ENDS_WITH_AMOUNT.search(tail))
        and "**" not in text[block["start"] : block["end"]]
    )


def _previous_content(contents: list[str], blank: list[bool], i: int) -> str | None:
    return next((contents[j] for j in range(i - 1, -1, -1) if not blank[j]), None)


def _next_content(contents: list[str], blank: list[bool], i: int) -> str | None:
    return next((contents[j] for j in range(i + 1, len(contents)) if not blank[j]), None)


def _item_marker(line: str) -> re.Match | None:
    return _SYMBOL_BULLET.match(line) or _LETTER_ITEM.match(line) or _NUMBERED.match(line)


def _body_offset(line: str) -> int:
    """Where the words of a list item or numbered paragraph start ('- 2.1 The ...' -> 'The')."""
    offset = 0
    while (marker := _item_marker(line[offset:])) is not None and marker.end() > 0:
        offset += marker.end()
    return offset if offset else len(line) - len(line.lstrip())


def _numbered_kind(text: str) -> BlockKind:
    """'1. Name (£N)', '1. £N for the delivery of ...' or a short '1. Name' is a list item; '2.1 ...' and sentences
    are paragraphs."""
    if _DECIMAL_NUMBERED.match(text):
        return "paragraph"
    body = clean(text[_body_offset(text) :])
    if re.match(r"[^.£]{3,200}?[(–:-]\s*£|£\s?\d", body) or (len(body) < 60 and not _SENTENCE_END.search(body)):
        return "item"
    return "paragraph"


def cell_runs(line: str) -> list[tuple[int, str]]:
    """Cells of a space-aligned line: runs of words one space apart, with their columns."""
    if "|" in line or "\t" in line:
        return []
    return [(m.start(), m.group(0)) for m in _RUN.finditer(line)]


def _may_have_three_cells(line: str) -> bool:
    """False only for a line ``cell_runs`` cannot split in three: without white space other than
    an ASCII space, that needs two gaps of two spaces. Most lines are skipped unsplit."""
    stripped = line.strip()
    return stripped.count("  ") >= 2 or bool(_OTHER_SPACE.search(stripped))


def column_of(start: int, columns: tuple[int, ...]) -> int:
    return max((k for k, c in enumerate(columns) if c <= start + 2), default=0)


def _row_fits(runs: list[tuple[int, str]], columns: tuple[int, ...]) -> bool:
    """A line belongs to the table: it starts at a column and puts at most one cell in each."""
    if not runs or not any(abs(runs[0][0] - c) <= 2 for c in columns):
        return False
    if any(len(cell.split()) > _MAX_CELL_WORDS for _, cell in runs):
        return False
    used = [column_of(start, columns) for start, _ in runs]
    return len(set(used)) == len(used)


def _space_tables(contents: list[str], blank: list[bool]) -> tuple[dict[int, tuple[int, ...]], set[int]]:
    """Lines of space-aligned tables -> their header's column starts; and the lines continuing a row."""
    columns_of: dict[int, tuple[int, ...]] = {}
    continuing: set[int] = set()
    i = 0
    while i < len(contents):
        header = [] if blank[i] or not _may_have_three_cells(contents[i]) else cell_runs(contents[i])
        columns = tuple(start for start, _ in header)
        if (
            len(header) < 3
            or any(len(cell.split()) > 5 for _, cell in header)
            or i + 1 >= len(contents)
            or blank[i + 1]
            or len(cell_runs(contents[i + 1])) < 2
            or not _row_fits(cell_runs(contents[i + 1]), columns)
        ):
            i += 1
            continue
        columns_of[i] = columns
        previous_cells = len(header)
        j = i + 1
        while j < len(contents) and not blank[j]:
            runs = cell_runs(contents[j])
            if not _row_fits(runs, columns):
                break
            columns_of[j] = columns
            if j > i + 1 and not re.search(r"\d", contents[j]) and len(runs) < previous_cells:
                continuing.add(j)
            else:
                previous_cells = len(runs)
            j += 1
        i = j
    return columns_of, continuing


def split_blocks(text: str, start: int = 0, end: int | None = None) -> list[Block]:
    """Blocks of ``text[start:end]`` in order, each tagged with the index of its section heading."""
    end = len(text) if end is None else end
    lines: list[tuple[int, int]] = []
    position = start
    for raw in re.split(r"(?<=[\n\f])", text[start:end]):
        if raw:
            lines.append((position, position + len(raw.rstrip("\n\f"))))
            position += len(raw)
    contents = [text[a:b] for a, b in lines]
    blank = [not line.strip() or _is_footer(line) for line in contents]
    soft = _soft_blanks(contents, blank)
    if soft:
        lines = [line for k, line in enumerate(lines) if k not in soft]
        contents = [line for k, line in enumerate(contents) if k not in soft]
        blank = [flag for k, flag in enumerate(blank) if k not in soft]
    table_columns, continuing = _space_tables(contents, blank)
    blocks: list[Block] = []
    open_block: dict | None = None
    section = -1

    def close() -> None:
        nonlocal open_block
        if open_block is None:
            return
        kind = open_block.pop("kind")
        if kind == "numbered":
            kind = _numbered_kind(text[open_block["start"] : open_block["end"]])
        blocks.append(Block(index=len(blocks), kind=kind, section=section, **open_block))
        open_block = None

    for i, (a, b) in enumerate(lines):
        if blank[i]:
            continue
        line = contents[i]
        if i in continuing and open_block is not None and open_block["kind"] == "table_row":
            open_block["end"] = b
            continue
        after_blank = i > 0 and blank[i - 1]
        # A heading line ends where it stands: the line after it may open a heading without a blank line.
        under_heading = open_block is not None and open_block["kind"] == "heading"
        kind: str | None
        shaped = _ANY_SHAPE.match(line) is not None
        if shaped and (_NUMBERED_HEADING.match(line) or _MARKDOWN_HEADING.match(line)):
            kind = "heading" if _is_heading(line) else "numbered"
        elif shaped and (_SYMBOL_BULLET.match(line) or _LETTER_ITEM.match(line)):
            inner = line[_SYMBOL_BULLET.match(line).end() :] if _SYMBOL_BULLET.match(line) else ""
            kind = "numbered" if _NUMBERED.match(inner) else "item"
        elif shaped and _NUMBERED.match(line):
            kind = "numbered"
        elif line.count("|") >= 2 or _tab_cells(line) or i in table_columns:
            kind = "table_row"
        elif _is_heading(
            line,
            lambda: ("" if after_blank or under_heading else _previous_content(contents, blank, i), _next_content(contents, blank, i)),
            shaped=False,
        ):
            kind = "heading"
        else:
            kind = None
        if kind is None and open_block is not None and open_block["kind"] not in ("heading", "table_row"):
            lower = line.lstrip()[:1].islower()
            whole_sentence_after_item = (
                open_block["kind"] == "item"
                and not lower
                and "**" not in text[open_block["start"] : open_block["first_line_end"]]
                and open_block["end"] == open_block["first_line_end"]
                and len(line.strip()) > _WRAPPED_LINE_WIDTH
                and bool(_SENTENCE_END.search(line.strip()))
            )
            # Whether the block finished a sentence matters only after a blank line, and only
            # its end decides: cleaning the whole block for every wrapped line was quadratic.
            finished = after_blank and not lower and _finished(text, open_block)
            if not whole_sentence_after_item and not finished:
                open_block["end"] = b
                continue
        close()
        if kind == "heading":
            section = len(blocks)
        lead = len(line) - len(line.lstrip())
        open_block = {
            "kind": kind or "paragraph",
            "start": a + lead,
            "end": b,
            "body_start": a + (_body_offset(line) if kind in ("item", "numbered") else lead),
            "first_line_end": b,
            "columns": table_columns.get(i, ()) if kind == "table_row" else (),
        }
    close()
    return blocks
