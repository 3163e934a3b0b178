"""Figure-first prose saying what a share of awarded money pays for: 'An investment of £N will fund the continuation
of the Tarn Mentoring programme, ...', 'A further £N will also fund Trauma Awareness training for ...' (a police
and crime commissioner's or violence reduction partnership's press release).

The project is the named programme (its first word capitalised, its last a kind of work: programme, project,
training, scheme, service, initiative or course), without 'the continuation of' before it or who and when after
it. It is approved only when the page said earlier that money at least as large was awarded or received ('The
Partnership has been awarded £M of Government funding for two programmes'): a plan to fund is no award otherwise,
nor is a sentence that makes it wait on something ('If the bid succeeds, ...', 'subject to approval', 'It is proposed').
These rules are versioned by ``extractors.grants.projects.VERSION`` (no version of their own).
"""

from __future__ import annotations

import re

from extractors.grants.funding_layout import FundingLayout
from extractors.grants.project_mention import build_mention, strip_name, valid_name
from extractors.grants.project_status import status_of_context
from schemas.funding import ProjectMention

_WILL_FUND = re.compile(
    r"\s*(?:will|is\s+to|is\s+going\s+to)\s+(?:also\s+)?fund\s+"
    r"(?:the\s+(?:continuation|continued\s+delivery|delivery|expansion|extension|roll[- ]out)\s+of\s+)?(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’&()-]*(?:\s+(?!for\b|until\b|to\b|in\b|across\b|which\b|from\b)[\w'’&()-]+){0,10}?\s+"
    r"(?:programmes?|projects?|training|schemes?|services?|initiatives?|courses?))(?=\s*[,.;]|\s+(?:for|until|to|in|across|which|from)\b)"
)
_CONDITION = re.compile(
    r"\b(?:if|unless|once|should|would|could|subject\s+to|provided|pending|propos\w*|expected|might)\b", re.I
)
_LEAD = re.compile(r"(?:\b(?:an?|the)\s+(?:investment|sum|grant|allocation)\s+of|\ba\s+further|\ban\s+additional|^)\s*$", re.I)


def will_fund_mentions(layout: FundingLayout, claimed: set[int], extractor: tuple[str, str]) -> list[ProjectMention]:
    found = []
    for amount in layout.amounts:
        if amount.start in claimed or amount.qualifier or amount.amount is None:
            continue
        block = layout.block_at(amount.start)
        sentence_start, _ = layout.sentence_at(amount.start)
        if block is None or block.kind != "paragraph" or not _LEAD.search(layout.flat[sentence_start : amount.start]):
            continue
        match = _WILL_FUND.match(layout.flat, amount.end)
        if match is None or _CONDITION.search(layout.flat[sentence_start : match.end()]):
            continue
        if not valid_name(name := strip_name(match.group("name"))):
            continue
        evidence = _awarded_before(layout, amount)
        if evidence is None:
            continue
        claimed.add(amount.start)
        found.append(
            build_mention(
                layout, extractor, name=name, amount=amount, start=sentence_start, end=match.end("name"),
                status="approved", evidence=evidence, layout_kind="prose", block=block, own_year_only=True,
            )
        )
    return found


def _awarded_before(layout: FundingLayout, amount) -> str | None:
    """The words of an earlier sentence saying money at least as large as ``amount`` was awarded, or None."""
    for earlier in layout.amounts:
        if earlier.start >= amount.start:
            break
        if earlier.amount is None or earlier.amount < amount.amount:
            continue
        status, evidence = status_of_context(layout.flat[slice(*layout.sentence_at(earlier.start))])
        if status == "approved":
            return evidence
    return None
