"""What every project layout shares: name checks, the pot before a mention, the mention itself.

A name holds 1 to 22 words, never opens on a total, a pot or 'a further', holds no
verb or second sentence, and never ends on a word that needs a continuation. Pot
comes only from the paper's structure: the last 'upfront' or 'tactical' printed
before the mention in the same section. These rules are versioned by
``extractors.grants.projects.VERSION`` (no version of their own), which the caller passes
with the extractor name for each mention's provenance.
"""

from __future__ import annotations

import re

from extractors.readers.blocks import Block, clean
from extractors.readers.fiscal_year import YEAR_DIGITS
from extractors.grants.funding_layout import FundingLayout
from schemas.facts import Pot, ProjectStatus
from schemas.funding import MoneyAmount, ProjectMention

NOT_A_NAME = re.compile(
    r"^(?:the\s+)?(?:total|sub-?total|grant|upfront|up-front|tactical|remaining|remainder|balance|underspend|"
    r"budget|income|expenditure|allocation|funding|amount|pot|retained|kept|held|unallocated)\b|"
    r"^(?:a\s+further|another|an\s+additional)\b|^(?:further|additional)(?:\s+(?:funding|money|monies|sums?|amounts?|grants?|"
    r"allocations?|resources|budget|spend|contributions?)\b|\s*$)",
    re.IGNORECASE,
)
# Words a name never holds: a verb makes it a sentence ('My team secured £N', 'Members note the unallocated £N'),
# 'including' a category of spending.
_SENTENCE_INSIDE = re.compile(r"[.;!?]\s+[A-Z]|\b(?:said|says|was|were|is|are|has|have|had|will|would|including|secured|note)\b")
# 'divided between the upfront and tactical pots' names both pots, so neither is the list's.
_BOTH_POTS = re.compile(r"\b(?:up-?front|tactical)\s+(?:and|or|&)\s+(?:the\s+)?(?:up-?front|tactical)\b", re.I)
_POT = re.compile(r"\b(?P<upfront>up-?front)\b|\b(?P<tactical>tactical)\b", re.I)
# A name never ends on a word that needs a continuation ('That a grant of', 'the spend at
# the end of June being', 'the unallocated'), never opens a
# resolution ('That ...') and never opens with a financial year ('2024/25 to support ...').
_FRAGMENT = re.compile(
    r"\b(?:of|for|to|from|that|the|a|an|and|or|by|with|towards|at|in|on|be|is|was|being|unallocated|remaining|unspent)$|"
    rf"^That\b|^{YEAR_DIGITS}\s*[-/–]",
    re.IGNORECASE,
)


def valid_name(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 22 or len(name) > 200 or not re.search(r"[A-Za-z]{3}", name):
        return False
    if _FRAGMENT.search(name):
        return False
    first = name.lstrip("“\"'‘(")[:1]
    return (
        not first.islower()
        and not NOT_A_NAME.match(name)
        and not _SENTENCE_INSIDE.search(name)
        and name.count(",") <= 1
    )


def strip_name(raw: str) -> str:
    name = clean(raw)
    name = re.sub(r"[\s(–—:,-]+$", "", name)
    name = re.sub(r"^[\s\-–—•*]+", "", name)
    return name.strip()


def _pot_before(layout: FundingLayout, block: Block, limit: int) -> Pot | None:
    """The last pot word printed before ``limit`` in the section holding ``block``; none when it pairs both pots."""
    section_start = layout.section_start(block)
    last = layout.last_match(_POT, section_start, limit)
    if last is None:
        return None
    if _BOTH_POTS.search(layout.flat[max(section_start, last.start() - 20) : last.end()]):
        return None
    return "upfront" if last.group("upfront") else "tactical"


def _year_window(layout: FundingLayout, block: Block, start: int) -> tuple[int, int]:
    """Where a mention's own year is read: a list item or row whole; in a paragraph its own sentence and
    the ones either side, in the paragraphs next to it too: whether a site renders blank lines between
    paragraphs or runs them together into one block, the same sentences are read."""
    if block.kind != "paragraph":
        return block.start, block.end
    sentences = layout.sentences(block)
    own = next((k for k, (a, b) in enumerate(sentences) if a <= start < b), None)
    if own is None:
        return block.start, block.end
    first, last = sentences[max(0, own - 1)][0], sentences[min(len(sentences) - 1, own + 1)][1]
    blocks = layout.blocks
    if own == 0 and block.index > 0 and blocks[block.index - 1].kind == "paragraph":
        first = layout.sentences(blocks[block.index - 1])[-1][0]
    if own == len(sentences) - 1 and block.index + 1 < len(blocks) and blocks[block.index + 1].kind == "paragraph":
        last = layout.sentences(blocks[block.index + 1])[0][1]
    return first, last


def _years_differ_before(layout: FundingLayout, block: Block, start: int) -> bool:
    """Two or more different grant years are printed before ``start`` ('the budget for 2007/08 ... grants from
    the 2008/09 budget'), so which one a mention without a year of its own belongs to is not stated. Read in
    the lead before the mention (the block before it, back over the list items between) when that prints a
    year ('The grant for 2023/24 was £N. These projects were funded:' fixes it), else in its whole section."""
    section_start = layout.section_start(block)
    index = block.index - 1
    while index >= 0 and layout.blocks[index].kind == "item":
        index -= 1
    lead_start = max(section_start, layout.blocks[index].start if index >= 0 else layout.start)

    def printed(begin: int) -> set[str]:
        return {y.year for y in layout.years_in(begin, start) if y.year and y.form != "relative"}

    return len(printed(lead_start) or printed(section_start)) >= 2


def build_mention(
    layout: FundingLayout,
    extractor: tuple[str, str],
    *,
    name: str,
    amount: MoneyAmount | None,
    start: int,
    end: int,
    status: ProjectStatus | None,
    evidence: str | None,
    layout_kind,
    block: Block,
    recipient: str | None = None,
    list_id: int | None = None,
    year: str | None = None,
    own_year_only: bool = False,
) -> ProjectMention:
    """A mention stamped with ``extractor``, the (NAME, VERSION) of ``extractors.grants.projects``;
    with ``own_year_only`` its year is one printed in its own sentence or none (a story's award whose
    fund's year is printed elsewhere states no year of its own). A year read from the section around it is
    dropped when the section prints two or more different years before it (``_years_differ_before``)."""
    if own_year_only and not year:
        printed = [y for y in layout.years_in(start, end) if y.year and y.form != "relative"]
        year, source = (printed[0].year, "sentence") if printed else (None, "none")
    elif year:
        source = "section"
    else:
        year, source = layout.year_for(start, _year_window(layout, block, start))
        if source == "section" and _years_differ_before(layout, block, start):
            year, source = None, "none"
    return ProjectMention(
        name=name,
        amount=amount.amount if amount else None,
        amount_text=amount.text if amount else None,
        malformed=bool(amount and amount.malformed),
        financial_year=year,
        year_source=source,
        pot=_pot_before(layout, block, start),
        status=status,
        status_evidence=evidence,
        recipient=recipient,
        layout=layout_kind,
        list_id=list_id,
        provenance=layout.provenance(start, end, *extractor),
    )
