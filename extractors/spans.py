"""Helpers shared by the structure extractors: lines with offsets, markup cleaning, provenance."""

from __future__ import annotations

import re
from dataclasses import dataclass

from schemas.parsed import ParsedDocument
from schemas.provenance import Provenance

_MARKUP = re.compile(r"\*\*|__|</?sup>|(?<!\w)\*|\*(?!\w)|\\(?=[*_#])")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_BLANK_PAGE = re.compile(r"^\W*this page (?:is |has been )?(?:intentionally|deliberately) (?:left )?blank\W*$", re.I)
# A bare number of four digits is a year far more often than a page (see page_numbers).
_FOOTER = re.compile(r"^\s*(?:page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|[-–]?\s*\d{1,3}\s*[-–]?)\s*$", re.I)


@dataclass(frozen=True)
class Line:
    """One line of the document text: its offsets and its text with markup removed."""

    start: int
    end: int
    raw: str

    @property
    def text(self) -> str:
        return clean_markup(self.raw).strip()

    @property
    def is_blank(self) -> bool:
        return not self.text

    @property
    def is_blank_page_marker(self) -> bool:
        return bool(_BLANK_PAGE.match(self.text))

    @property
    def is_page_footer(self) -> bool:
        return bool(_FOOTER.match(self.text))


def clean_markup(text: str) -> str:
    """Drop markdown emphasis, <sup> tags and link targets that text extracts carry."""
    return _MARKUP.sub("", _LINK.sub(r"\1", text)).replace("\u00a0", " ")


def squash(text: str) -> str:
    """Markup removed and every run of white space (line wraps included) made one space."""
    return " ".join(clean_markup(text).split())


def lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """Lines of ``text[start:end]`` (split on newlines and form feeds), offsets into ``text``."""
    end = len(text) if end is None else end
    found, position = [], start
    for match in re.finditer(r"[\n\f]", text[start:end]):
        stop = start + match.start()
        found.append(Line(position, stop, text[position:stop]))
        position = stop + 1
    found.append(Line(position, end, text[position:end]))
    return found


def provenance(
    document: ParsedDocument, text: str, start: int, end: int, extractor: str, version: str
) -> Provenance:
    """Provenance of ``text[start:end]``; ``text`` is ``document.text``, passed in to join pages once."""
    page = document.page_at(start)
    return Provenance(
        document_sha256=document.sha256,
        page_index=page.index,
        printed_page=page.printed_number,
        start=start,
        end=end,
        text=text[start:end],
        extractor=extractor,
        extractor_version=version,
    )
