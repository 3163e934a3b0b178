"""The paragraph a funding paper prints under a project's bullet or heading: what the project
is for, in the paper's words (the evidence project themes are matched on).

Read from the mention's own page once the document's projects are merged (``with_descriptions``),
so linking across documents never reads page texts again; everything it needs (the page, the
span, the names the same project goes by in the document) is local to one document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from schemas.funding import FundingResult, ProjectMention
from schemas.parsed import ParsedDocument, ParsedPage

VERSION = "1"

_WORD = re.compile(r"[a-z0-9]+")
_STOP_LINE = re.compile(
    r"^\s*(?:$|[•·▪●◦‣*]|[-–—]\s|\d+(?:\.\d+)*[.)]?\s|(?:appendix|annex|page)\b|\d+\s*$|#)", re.IGNORECASE
)
_FLAG = re.compile(r"^[^A-Za-z0-9]*(?:[A-Z][A-Z ]{3,}:)?")
_MAX_DESCRIPTION = 600


def _letters(text: str) -> str:
    return "".join(_WORD.findall(text.lower()))


def _lines_after(page: str, position: int) -> Iterator[str]:
    """The lines after the newline at ``position``, one at a time: splitting the rest of the page
    for every mention made a page of thousands of bullets quadratic."""
    while position < len(page):
        following = page.find("\n", position + 1)
        following = len(page) if following < 0 else following
        yield page[position + 1 : following]
        position = following


def describe(page: str, start: int, end: int, names: Sequence[str], layout: str) -> str | None:
    """The paragraph printed under a project's bullet or heading, read from its page text
    (``start``/``end`` are the mention's offsets in ``page``). It stops at the next bullet,
    numbered paragraph, heading word (Appendix, Page) or blank line; None when there is none."""
    if layout not in ("bullet", "heading"):
        return None
    line_end = page.find("\n", end)
    line_end = len(page) if line_end < 0 else line_end
    parts: list[str] = []
    if layout == "bullet":
        tail = page[end:line_end].lstrip(" )*")
        if tail[:1] in ("–", "—", "-", ":"):
            parts.append(tail[1:].strip())
    else:
        line_end = page.find("\n", start)
        line_end = len(page) if line_end < 0 else line_end
        seen = _letters(_FLAG.sub("", page[page.rfind("\n", 0, start) + 1 : line_end]))
        targets = [_letters(n) for n in names]
        while line_end < len(page):
            following = page.find("\n", line_end + 1)
            following = len(page) if following < 0 else following
            joined = seen + _letters(page[line_end + 1 : following])
            if not any(joined in target for target in targets):
                break
            seen, line_end = joined, following
    for line in _lines_after(page, line_end):
        if _STOP_LINE.match(line) or sum(map(len, parts)) > _MAX_DESCRIPTION:
            break
        parts.append(line.strip())
    text = " ".join(" ".join(parts).replace("**", "").split())
    if len(text) > _MAX_DESCRIPTION:
        cut = text.rfind(". ", 0, _MAX_DESCRIPTION)
        text = text[: cut + 1] if cut > 0 else text[:_MAX_DESCRIPTION].rsplit(" ", 1)[0] + " …"
    return text or None


def _described(pages: dict[int, ParsedPage], mention: ProjectMention, names: list[str]) -> ProjectMention:
    """The mention with ``describe`` of its own page (its offsets made page-relative)."""
    page = pages.get(mention.provenance.page_index)
    if page is None:
        return mention
    start, end = mention.provenance.start - page.char_start, mention.provenance.end - page.char_start
    return mention.model_copy(update={"description": describe(page.text, start, end, names, mention.layout)})


def with_descriptions(document: ParsedDocument, result: FundingResult) -> FundingResult:
    """``result`` with each project's mentions described, the names of all its mentions telling
    where a heading that wraps onto the next line ends."""
    pages = {page.index: page for page in document.pages}
    described: dict[int, ProjectMention] = {}
    projects = []
    for project in result.projects:
        names = [mention.name for mention in project.mentions]
        for mention in project.mentions:
            described[id(mention)] = _described(pages, mention, names)
        projects.append(project.model_copy(update={"mentions": [described[id(m)] for m in project.mentions]}))
    mentions = [described.get(id(mention), mention) for mention in result.project_mentions]
    return result.model_copy(update={"projects": projects, "project_mentions": mentions})
