"""Lettered or bulleted items that open on a figure and name only what it is for.

Layout read: a decision's list under a lead ending in a colon that names contributions, grants or funding
('That the Cabinet Member approves the following contributions:') whose items print no recipient:
'a) £N for the delivery of a mentoring service.', 'b) £N for 2024-25 towards the Night Bus scheme',
'c) A total of £N for 2024/25 to support delivery of a ...'. The project is the purpose as printed, from
its first word after 'for the', 'towards the', 'to enable' or 'to support' to the item's end (it may open in
lower case: the purpose is all the text names); a named body after 'for' with what it is for after it ('£N for Tarn
Together, to put towards ...') is a recipient, read by ``project_awards``. Its year is the one year the item itself prints; an item
printing two ('for 2024-25 and 2025-26') or none states none of its own, whatever the items around it say.
The status is the lead's (a decision printed near it overrides, ``project_status.decided``); a list that
neither its lead nor a decision near it approves, recommends or proposes is not read. These rules
are versioned by ``extractors.grants.projects.VERSION`` (no version of their own).
"""

from __future__ import annotations

import re

from extractors.grants.funding_layout import FundingLayout
from extractors.grants.project_awards import FOR_ORG_LINE
from extractors.grants.project_mention import build_mention
from extractors.grants.project_status import status_of_context
from extractors.readers.blocks import clean
from schemas.funding import ProjectMention

_LEAD = re.compile(r"\b(?:contributions?|grants?|funding|awards?)\b[^:]{0,40}:\s*$", re.I)
# What follows the figure: its years, then the words that say what it is for.
_PURPOSE = re.compile(
    r"^\s*(?:for\s+(?:the\s+)?(?:financial\s+)?years?\s+)?(?:for\s+[\d/–-]{4,9}(?:\s+(?:and|&)\s+[\d/–-]{4,9})?\s+)?"
    r"(?:(?:for|towards)(?:\s+(?:the|a|an)(?=\s))?|to\s+(?:enable|support|fund|help\s+fund))\s+(?P<purpose>[^£]{8,300}?)\s*[.;]?\s*$"
)
_TOTAL_OF = re.compile(r"^(?:a\s+)?total\s+of\s*$", re.I)
_SENTENCE_INSIDE = re.compile(r"[.;!?]\s+[A-Z]")
_MAX_WORDS = 40


def _lead_of(layout: FundingLayout, index: int) -> str | None:
    """The lead paragraph of the item run holding block ``index``: the block before the run."""
    while index >= 0 and layout.blocks[index].kind == "item":
        index -= 1
    if index < 0:
        return None
    block = layout.blocks[index]
    return clean(layout.flat[block.start : block.end])


def purpose_mentions(layout: FundingLayout, claimed: set[int], extractor: tuple[str, str]) -> list[ProjectMention]:
    """Mentions of the layout in the module docstring."""
    found = []
    for block in layout.blocks:
        if block.kind != "item":
            continue
        amounts = layout.amounts_in(block.start, block.end)
        if len(amounts) != 1 or amounts[0].start in claimed or amounts[0].amount is None or amounts[0].qualifier:
            continue
        amount = amounts[0]
        before = layout.flat[block.body_start : amount.start].strip()
        if before and not _TOTAL_OF.match(before):
            continue
        if FOR_ORG_LINE.match(layout.flat[amount.end : block.end]):
            continue  # '£N for Tarn Together, to put towards ...': a recipient, ``project_awards``' to read
        match = _PURPOSE.match(layout.flat[amount.end : block.end])
        lead = _lead_of(layout, block.index)
        if match is None or lead is None or not _LEAD.search(lead):
            continue
        purpose = clean(match.group("purpose")).rstrip(" .;")
        if not 2 <= len(purpose.split()) <= _MAX_WORDS or _SENTENCE_INSIDE.search(purpose):
            continue
        status, evidence = status_of_context(lead)
        if status is None and layout.decision_at(amount.start) is None:
            continue
        years = {y.year for y in layout.years_in(block.start, block.end) if y.year and y.form != "relative"}
        start = amount.end + match.start("purpose")
        claimed.add(amount.start)
        found.append(
            build_mention(
                layout, extractor, name=purpose, amount=amount, start=start, end=block.end, status=status,
                evidence=evidence, layout_kind="decision", block=block,
                year=next(iter(years)) if len(years) == 1 else None, own_year_only=True,
            )
        )
    return found
