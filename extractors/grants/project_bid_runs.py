"""Named bids listed in one sentence after 'include:', each with its figure.

A press release on bids a commissioner placed for a funder's money lists them in prose: 'The organisations include: A
Tarn Outreach project bid worth £N, a Fell advocacy bid, worth £M, ... and a Moss Lane Trust bid for £K.' Each item is
'a|an <Name> bid|application (,) worth|for|valued at £N', its name printed between the article and the word 'bid'. The
status is the one the text before the sentence gives (``status_of_context``: 'have been granted £N' approves); with none
the bids are left out. These rules are versioned by ``extractors.grants.projects.VERSION`` (no version of their own).
"""

from __future__ import annotations

import re

from extractors.grants.funding_layout import FundingLayout
from extractors.grants.project_mention import build_mention, strip_name, valid_name
from extractors.grants.project_status import status_of_context
from extractors.readers.blocks import clean
from schemas.funding import ProjectMention

_INCLUDE_COLON = re.compile(r"\binclude[sd]?\s*:", re.I)
_BID_ITEM = re.compile(
    r"^\s*(?:,\s*|;\s*)?(?:and\s+)?(?:an?|the)\s+(?P<name>[A-Z0-9][^£;:]{2,120}?)\s+(?:bid|application)\s*,?\s*"
    r"(?:worth|for|valued\s+at|totalling)\s*$",
    re.I,
)
# How far before the sentence the words giving the bids' outcome are looked for.
_CONTEXT_REACH = 800


def bid_run_mentions(layout: FundingLayout, claimed: set[int], extractor: tuple[str, str]) -> list[ProjectMention]:
    """Mentions of the layout in the module docstring: two or more items, every figure after the colon one item."""
    found: list[ProjectMention] = []
    done: set[tuple[int, int]] = set()
    for amount in layout.amounts:
        if amount.start in claimed:
            continue
        sentence = layout.sentence_at(amount.start)
        if sentence in done:
            continue
        done.add(sentence)
        colon = _INCLUDE_COLON.search(layout.flat, sentence[0], amount.start)
        if colon is None:
            continue
        figures = list(layout.amounts_in(colon.end(), sentence[1]))
        items, previous_end = [], colon.end()
        for figure in figures:
            item = _BID_ITEM.match(clean(layout.flat[previous_end : figure.start]))
            if item is None or figure.start in claimed:
                break
            items.append((figure, strip_name(item.group("name"))))
            previous_end = figure.end
        status, evidence = status_of_context(layout.flat[max(layout.start, sentence[0] - _CONTEXT_REACH) : sentence[0]])
        if len(items) < 2 or len(items) != len(figures) or status is None:
            continue
        block = layout.block_at(amount.start)
        for figure, name in items:
            if not valid_name(name):
                continue
            claimed.add(figure.start)
            found.append(
                build_mention(
                    layout, extractor, name=name, amount=figure, start=figure.start, end=figure.end, status=status,
                    evidence=evidence, layout_kind="decision", block=block, recipient=name,
                )
            )
    return found
