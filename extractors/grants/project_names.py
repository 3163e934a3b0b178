"""The names a decision's award takes from elsewhere on the page: the 'Organisation – Project' title printed above
it, and the full name a short form ('The Cricket Club') stands for. These rules are versioned by
``extractors.grants.projects.VERSION`` (no version of their own).
"""

from __future__ import annotations

import re

from extractors.grants.funding_layout import FundingLayout
from extractors.grants.project_merge import name_words
from extractors.grants.project_mention import strip_name, valid_name
from extractors.readers.blocks import Block

_HEADING_DASH = re.compile(r"\s+[–—-]\s+")
# 'the Old Mill Shelter in Dunholm which won £N': the place where a body is, one or two capitalised words after 'in'.
_PLACE_TAIL = re.compile(r"[ \t]+in[ \t]+[A-Z][\w'’-]+(?:,[ \t]+[A-Z][\w'’-]+)?$")


def without_place(name: str) -> str:
    """The body's name without the place printed after it ('Tarn Youth Club in Eastby' -> 'Tarn Youth Club'), for
    readers whose subject runs up to the verb; a name that is only 'X in Y' keeps its first part."""
    return _PLACE_TAIL.sub("", name)
# 'The Tarn Centre for' over a blank line and 'Independent Living has been awarded £N': a web page broke a name into
# two paragraphs; the short line before opens 'The' and ends on a joining word, every other word capitalised.
_BROKEN_HEAD = re.compile(
    r"(?:^|\n)[ \t]*(?P<head>The[ \t]+(?:[A-Z][\w'’-]*[ \t]+){1,4}(?:(?:for|of|and|&)[ \t]+(?:[A-Z][\w'’-]*[ \t]+){0,3})*?(?:for|of|and|&))"
    r"[ \t]*\n[ \t]*\n[ \t]*$"
)
# 'The Community Grants for', 'The Latest News and': a heading over the paragraph, no name of a body.
_HEADING_WORDS = re.compile(r"\b(?:Grants?|Funds?|Funding|Awards?|News|Updates?|Reports?|Schemes?|Programmes?|Applications?|Round)\b")


def broken_name_head(text: str, start: int) -> str | None:
    """The first words of a name that a blank line broke off the paragraph opening at ``start``, or None."""
    found = _BROKEN_HEAD.search(text, max(0, start - 120), start)
    return found.group("head") if found and not _HEADING_WORDS.search(found.group("head")) else None


_SENTENCE_END_MARK = re.compile(r"[.!?:;,]$")


def heading_name(layout: FundingLayout, block: Block, amount_start: int, recipient: str | None) -> str | None:
    """The title printed just above a decision when it names the recipient ('Org – Project' headings).

    The title is the section heading when the decision opens its section, or the decision
    block's own first line when a PDF ran the title into the paragraph (no blank line). A title without a dash
    names the award only when it is the recipient's name whole.
    """
    if not recipient:
        return None
    titles: list[tuple[int, int]] = []
    if block.section >= 0 and block.section == block.index - 1:
        titles.append((layout.blocks[block.section].start, layout.blocks[block.section].end))
    if block.first_line_end < amount_start:
        line = layout.flat[block.start : block.first_line_end]
        if not _SENTENCE_END_MARK.search(line.strip()) and len(line.split()) <= 12:
            titles.append((block.start, block.first_line_end))
    for start, end in titles:
        heading = strip_name(layout.flat[start:end])
        parts = _HEADING_DASH.split(heading, maxsplit=1)
        first, own = name_words(parts[0], {}), name_words(recipient, {})
        # a headline made of some of the recipient's words ('Domestic abuse services' over 'the Independent Domestic
        # Abuse Service') is the story's subject, not the award's name; an 'Organisation – Project' title is
        if first and first <= own and (len(parts) > 1 or first == own) and valid_name(heading):
            return heading
    return None


_BACK_REFERENCE_CHARS = 3000


def full_name(layout: FundingLayout, recipient: str, before: int) -> str:
    """'The Cricket Club' after a list naming 'Huish & Langport Cricket Club': the name printed earlier.

    Only a recipient opening on 'The' is a short form; the last earlier Title-Case name that
    ends on its words (one to five capitalised words, '&'/'and' between them) replaces it. An acronym
    ('WNWN') is a short form too: the name printed earlier with it in brackets ('Waste Not Want Not (WNWN)').
    """
    if re.fullmatch(r"[A-Z]{2,6}", recipient):
        return _expanded(layout, recipient, before)
    core = re.sub(r"^The\s+", "", recipient)
    if core == recipient or not core:
        return recipient
    word = r"(?!The\b)[A-Z][\w'’.-]*"
    floor = max(layout.start, before - _BACK_REFERENCE_CHARS)
    limit = max(layout.flat.rfind(core, floor, before), floor)
    pattern = re.compile(rf"\b{word}(?:\s+(?:&|and)?\s*{word}){{0,4}}\s+{re.escape(core)}\b")
    found = list(pattern.finditer(layout.flat, floor, limit))
    return strip_name(found[-1].group(0)) if found else recipient


_JOINING = frozenset({"of", "and", "&", "the", "for", "in", "on", "at"})


def _expanded(layout: FundingLayout, acronym: str, before: int) -> str:
    """'Tarnby Repair Shed (TRS)' printed before a later 'TRS': the name with its acronym, else the acronym."""
    floor = max(layout.start, before - _BACK_REFERENCE_CHARS)
    pattern = re.compile(rf"((?:[A-Z][\w'’-]*\s+(?:(?:of|and|&|the|for|in|on|at)\s+)?){{2,8}})\({acronym}\)")
    for found in reversed(list(pattern.finditer(layout.flat, floor, before))):
        words = [w for w in found.group(1).split() if w.lower() not in _JOINING]
        words = words[-len(acronym) :]
        if len(words) == len(acronym) and "".join(w[0] for w in words).upper() == acronym:
            start = found.group(1).find(words[0])
            return f"{found.group(1)[start:].strip()} ({acronym})"
    return acronym
