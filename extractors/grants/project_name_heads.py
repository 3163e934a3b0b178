"""Grant lists printed as a recipient's name over its award: a funder's round page or a committee's schedule whose
page store turned each name into a heading line and its award into the paragraph under it ('Eastmere Refugee Welcome'
over '£95,000 over three years (...) towards ...', 'Funding over four years of £N (...) towards ...', 'APPROVED £N
over three years ...'), or lost the line break between them ('Westgate Language Circle£72,000 over three years ...').

A pair counts only on a page whose text before it says grants were awarded or approved ('Seventy grants awarded',
'A full list of grants awarded ... below', 'approve the recommended amounts for the following applications'), and
only when the page holds two pairs or more (one is a story, not a list). The name is the heading as printed, a body's
name (``recipient_shaped``, no figure in it); a heading over a paragraph that opens on anything else is a programme or
theme heading ('Connecting Communities'), and a second paragraph under the same name (the page lost its own name)
gives nothing. The figure is the paragraph's first, the multi-year total before its yearly parts; no year (an award
over several years states none). Versioned by ``extractors.grants.projects.VERSION``.
"""

from __future__ import annotations

import re

from extractors.grants.funding_layout import FundingLayout
from extractors.grants.project_mention import build_mention, recipient_shaped, strip_name, valid_name
from extractors.readers.blocks import clean
from schemas.funding import ProjectMention

# The award lead somewhere before the list: grants awarded or approved, in either order.
_AWARD_LEAD = re.compile(
    r"\b(?:grants?|awards?|applications)\b[^.\n£]{0,60}?\b(?:awarded|approved|made)\b"
    r"|\b(?:awarded|approved?)\b[^.\n£]{0,60}?\b(?:grants?|awards?|amounts)\b",
    re.I,
)
# The award paragraph's opening words before its figure.
_FIGURE_OPENING = re.compile(
    r"^(?:(?:APPROVED|AWARDED|Approved|Awarded)[ \t]*[:–—-]?[ \t]*|Funding[ \t]+over[ \t]+\w+[ \t]+years?[ \t]+of[ \t]+)?$"
)
# After the figure: a period, a purpose or yearly parts ('over three years', 'towards', '(£N x 2)').
_AWARD_AFTER = re.compile(r"[ \t]*(?:\(|over\b|for\b|towards\b|to\b|as\b)")
# A name the text layer ran straight into its figure ('Westgate Language Circle£72,000 over ...').
_GLUED = re.compile(r"(?P<name>[A-Z][^£\n\d]{2,100}?[^\s£])£")
_MIN_PAIRS = 2


def name_head_mentions(layout: FundingLayout, claimed: set[int], extractor: tuple[str, str]) -> list[ProjectMention]:
    """Mentions of names printed over (or glued to) the award paragraph under them (see the module docstring)."""
    pairs = []
    used_heads: set[int] = set()
    for block in layout.blocks:
        if block.kind != "paragraph":
            continue
        amounts = layout.amounts_in(block.start, block.end)
        if not amounts or amounts[0].start in claimed:
            continue
        first = amounts[0]
        opening = layout.text[block.start : first.start]
        glued = _GLUED.match(layout.text, block.start, first.start + 1)
        if glued and glued.end() - 1 == first.start:
            name, start = strip_name(glued.group("name")), block.start
        elif _FIGURE_OPENING.match(opening) and block.index > 0:
            head = layout.blocks[block.index - 1]
            if head.kind != "heading" or head.index in used_heads or block.section != head.index:
                continue
            name, start = strip_name(clean(layout.text[head.start : head.end])), head.start
            used_heads.add(head.index)
        else:
            continue
        if not (_AWARD_AFTER.match(layout.text, first.end) and valid_name(name) and recipient_shaped(name)):
            continue
        if re.search(r"\d", name) or len(name.split()) > 12:
            continue
        if not _AWARD_LEAD.search(layout.flat, max(layout.start, start - 3000), start):
            continue
        pairs.append((name, start, first, block))
    if len(pairs) < _MIN_PAIRS:
        return []
    found = []
    for name, start, amount, block in pairs:
        found.append(build_mention(
            layout, extractor, name=name, amount=amount, start=start, end=amount.end, status="approved",
            evidence="grants awarded", layout_kind="decision", block=block, recipient=name, year=None, own_year_only=True,
        ))
        claimed.add(amount.start)
    return found
