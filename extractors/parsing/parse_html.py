"""HTML pages saved from a council site (ModernGov meeting and agenda-item pages).

The page is flattened to text with its block structure kept: one line per
heading, paragraph, list item ("- " prefix) and table row (cells joined by
" | "), so the same line-based extractors read HTML, PDF and text alike.
A row of ModernGov's item table (a cell after the first holding an .mgAiTitleTxt) is read from the DOM:
its number cell and title make one line ('54. | Minutes', '| Minutes' when the number cell
is empty), and the rest of the cell (text, 'Minutes:', 'Decision:' blocks) follows as lines.
Hidden notes (span.mgHide) and file-size badges (.mgFileSize) are dropped.
"""

from __future__ import annotations

import re
from importlib.metadata import version
from pathlib import Path

from bs4 import BeautifulSoup, NavigableString, Tag

from extractors.errors import EmptyDocument
from extractors.parsing.parse_text import decode_text, normalise_newlines
from schemas.parsed import ParsedDocument

VERSION = "5"
PARSER = f"beautifulsoup4 {version('beautifulsoup4')} lxml"
_DROP = ("script", "style", "noscript", "template", "svg", "head", "form", "button", "iframe")
# ModernGov wraps the content in #modgov; most council sites use <main>.
_CONTENT_SELECTORS = ("#modgov", "main", "[role=main]", "#content", "body")
_BLOCKS = {
    "p", "div", "section", "article", "header", "footer", "aside", "main", "nav",
    "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "dt", "dd", "blockquote",
    "pre", "address", "figure", "figcaption", "table", "thead", "tbody", "tfoot", "caption",
    "br", "hr", "li", "tr",
}
_SPACES = re.compile(r"[ \t\u00a0]+")
_NOT_SHOWN = "span.mgHide, .mgFileSize"
_ITEM_TITLE_CLASS = "mgAiTitleTxt"
# The walk recurses once per level; elements nested deeper are read as plain text.
MAX_DEPTH = 200


def _inline_text(node: Tag) -> str:
    return _SPACES.sub(" ", node.get_text(" ")).strip()


def _list_marker(item: Tag) -> str:
    """'- ' for a bullet; the printed number ('3.') for an item of an ordered list, which
    agendas use for their item numbers."""
    parent = item.parent
    if not isinstance(parent, Tag) or parent.name != "ol":
        return "-"
    if str(item.get("value", "")).isdecimal():
        return f"{int(item['value'])}."
    start = int(parent["start"]) if str(parent.get("start", "")).isdecimal() else 1
    siblings = [li for li in parent.find_all("li", recursive=False)]
    return f"{start + siblings.index(item)}."


def _flatten_deep(root: Tag) -> None:
    """Replace each element nested more than ``MAX_DEPTH`` levels below ``root`` by its text, so
    that a page of 100,000 nested ``div``s is read (as one block there) instead of exhausting the
    recursion of ``_walk``. Iterative: the tree may be deeper than Python's recursion limit."""
    stack, deep = [(root, 0)], []
    while stack:
        node, depth = stack.pop()
        for child in node.contents:
            if isinstance(child, Tag):
                (deep if depth >= MAX_DEPTH else stack).append((child, depth + 1))
    for node, _ in deep:
        if node.name in _DROP:
            node.extract()
        else:
            node.replace_with(NavigableString(_inline_text(node)))


def _walk(node: Tag, lines: list[str]) -> None:
    """Append the text of ``node`` to ``lines``, one line per block element."""
    buffer: list[str] = []

    def flush() -> None:
        text = _SPACES.sub(" ", "".join(buffer)).strip()
        if text:
            lines.append(text)
        buffer.clear()

    for child in node.children:
        if isinstance(child, NavigableString):
            if type(child) is NavigableString:
                buffer.append(str(child).replace("\n", " "))
            continue
        if not isinstance(child, Tag) or child.name in _DROP:
            continue
        if child.name not in _BLOCKS:
            buffer.append(_inline_text(child) and f" {_inline_text(child)} ")
            continue
        flush()
        if child.name == "li":
            inner: list[str] = []
            _walk(child, inner)
            if inner:
                lines.append(f"{_list_marker(child)} {inner[0]}")
                lines.extend(inner[1:])
        elif child.name == "tr":
            _row(child, lines)
        else:
            _walk(child, lines)
    flush()


def _row(row: Tag, lines: list[str]) -> None:
    """A table row as one line of cells; an agenda item row as its number and title, then its text."""
    cells = row.find_all(["td", "th"], recursive=False)
    holder = next((cell for cell in cells[1:] if cell.find(class_=_ITEM_TITLE_CLASS)), None)
    if holder is None:
        texts = [_inline_text(cell) for cell in cells]
        if any(texts):
            lines.append(" | ".join(texts))
        return
    title = holder.find(class_=_ITEM_TITLE_CLASS)
    lines.append(f"{_inline_text(cells[0])} | {_inline_text(title)}".strip())
    title.extract()
    for cell in cells[1:]:
        _walk(cell, lines)


def _tables(root: Tag) -> list[list[list[str | None]]]:
    tables = []
    for table in root.find_all("table"):
        rows = [
            [_inline_text(cell) for cell in row.find_all(["td", "th"], recursive=False)]
            for row in table.find_all("tr")
        ]
        rows = [row for row in rows if any(row)]
        if len(rows) >= 2 and max(map(len, rows)) >= 2:
            tables.append(rows)
    return tables


def parse_html(path: Path, data: bytes, sha256: str) -> ParsedDocument:
    markup, warnings = decode_text(data)
    soup = BeautifulSoup(markup, "lxml")
    title = soup.title.get_text(" ", strip=True) if soup.title else None
    root = next((found for sel in _CONTENT_SELECTORS if (found := soup.select_one(sel))), None)
    lines: list[str] = []
    tables = []
    if root is not None:
        _flatten_deep(root)
        tables = _tables(root)
        for hidden in root.select(_NOT_SHOWN):
            hidden.decompose()
        _walk(root, lines)
    text = normalise_newlines("\n".join(lines))
    if not text.strip():
        raise EmptyDocument("the HTML page has no visible text")
    return ParsedDocument.from_page_texts(
        [text],
        tables={0: tables} if root is not None else None,
        sha256=sha256,
        path=str(path),
        format="html",
        parser=PARSER,
        title=title or None,
        warnings=warnings,
    )
