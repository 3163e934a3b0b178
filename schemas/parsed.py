"""A parsed document: pages of text with character offsets, before any extraction.

The document text is the page texts joined by a form feed (``\\f``), the same
convention as pdftotext. A page's ``char_start``/``char_end`` index into that
document text, so a fact found anywhere can be traced to (sha256, page, start, end).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cached_property
from typing import Literal

from pydantic import BaseModel, Field

PAGE_SEPARATOR = "\f"

# Unicode space separators (no-break, figure, thin, en/em, ideographic...) as one ASCII space each:
# web pages and PDFs print them where rules expect a space ("12\u00a0March", "£\u202f500"), and a
# one-for-one swap keeps every offset. Zero-width characters are not spaces and are left alone.
SPACES = {code: " " for code in (0x00A0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000)}
_ANY_SPACE = re.compile("[" + "".join(map(chr, SPACES)) + "]")


def plain_spaces(text: str) -> str:
    """``text`` with every space separator as ' ' (a search first: most pages have none)."""
    return text.translate(SPACES) if _ANY_SPACE.search(text) else text

InputFormat = Literal["pdf", "html", "text", "docx"]


class ParsedPage(BaseModel):
    """One page as extracted, with its place in the document text."""

    index: int = Field(description="0-based position of the page in the file (PDF page index).")
    printed_number: int | None = Field(
        default=None, description="Page number printed in the page footer, when one was found."
    )
    char_start: int = Field(description="Offset of the page's first character in the document text.")
    char_end: int = Field(description="Offset just past the page's last character in the document text.")
    text: str = Field(
        description="Page text, line ends normalised to \\n and Unicode space separators to ' ' (one for one)."
    )
    tables: list[list[list[str | None]]] = Field(
        default_factory=list,
        description="Ruled tables found on the page (rows of cells), only for pages that have them.",
    )
    line_sources: list[str] = Field(
        default_factory=list,
        description="Where each line of the text came from in the file ('paragraph 12', 'table 3 row 2'), "
        "one per line; only for formats that have paragraphs (Word), else empty.",
    )

    @property
    def has_text(self) -> bool:
        return bool(self.text.strip())


class ParsedDocument(BaseModel):
    """Everything a parser read from one file; the input of every extractor."""

    sha256: str = Field(description="SHA-256 of the file's bytes, hex.")
    path: str = Field(description="Path the file was read from.")
    format: InputFormat = Field(description="Which parser read the file.")
    parser: str = Field(description="Parser name and version, e.g. 'pypdfium2 5.15.2'.")
    title: str | None = Field(default=None, description="Title from the file's metadata or <title>, if any.")
    pages: list[ParsedPage] = Field(description="Pages in file order.")
    warnings: list[str] = Field(
        default_factory=list,
        description="Things the parser noticed and did not hide (e.g. decoded as cp1252, pages without text).",
    )

    @cached_property
    def text(self) -> str:
        """The page texts joined by form feeds (computed once; pages are not changed after parsing)."""
        return PAGE_SEPARATOR.join(page.text for page in self.pages)

    @cached_property
    def _page_ends(self) -> list[int]:
        return [page.char_end for page in self.pages]

    def source_at(self, offset: int) -> str | None:
        """The paragraph or table row of the file holding document-text ``offset``, where the parser
        recorded one (Word files), else None."""
        page = self.page_at(offset)
        line = self.text.count("\n", page.char_start, offset)
        return page.line_sources[line] if line < len(page.line_sources) else None

    def page_at(self, offset: int) -> ParsedPage:
        """The page holding document-text ``offset`` (a separator belongs to the page before it)."""
        index = bisect_left(self._page_ends, offset)
        if index >= len(self.pages):
            raise IndexError(f"offset {offset} is past the end of the document text")
        return self.pages[index]

    @classmethod
    def from_page_texts(
        cls,
        texts: list[str],
        printed_numbers: list[int | None] | None = None,
        tables: dict[int, list[list[list[str | None]]]] | None = None,
        line_sources: list[list[str]] | None = None,
        **fields,
    ) -> "ParsedDocument":
        """Build a document from page texts, computing every page's offsets; space separators in
        texts and table cells become ' ' (``plain_spaces``)."""
        pages, offset = [], 0
        for index, text in enumerate(texts):
            text = plain_spaces(text)
            pages.append(
                ParsedPage(
                    index=index,
                    printed_number=printed_numbers[index] if printed_numbers else None,
                    char_start=offset,
                    char_end=offset + len(text),
                    text=text,
                    tables=[
                        [[cell if cell is None else plain_spaces(cell) for cell in row] for row in table]
                        for table in (tables or {}).get(index, [])
                    ],
                    line_sources=line_sources[index] if line_sources else [],
                )
            )
            offset += len(text) + len(PAGE_SEPARATOR)
        return cls(pages=pages, **fields)
