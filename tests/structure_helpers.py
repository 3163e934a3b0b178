"""Builders shared by the structure extractor tests: documents from inline strings."""

from __future__ import annotations

from textwrap import dedent

from schemas.parsed import ParsedDocument


def document(*pages: str, printed: list[int | None] | None = None, name: str = "variant.txt") -> ParsedDocument:
    """A document of the given page texts (dedented), optionally with printed page numbers."""
    return ParsedDocument.from_page_texts(
        [dedent(page).strip("\n") + "\n" for page in pages],
        printed_numbers=printed,
        sha256="0" * 64,
        path=name,
        format="text",
        parser="test",
    )


def attendance_kinds(text: str) -> dict[str, str]:
    """Each attendee's name read from ``text`` (one page) and its attendance."""
    from extractors.proceedings.attendance import extract_attendance
    from extractors.proceedings.split import split_papers

    doc = document(text)
    return {a.name: a.attendance for a in extract_attendance(doc, split_papers(doc))}
