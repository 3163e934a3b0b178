"""Project mentions in prose: Title-Case names before '(£N)' ('the Tarn Valley Carers (£2,000)').

A funding stream named so ('the Safer Streets Fund (£N)', 'Small Grants (£N)') or a body ('the Council (£N)') is no
project, nor is a figure bounding a kind of grant ('(£250 or less)'), money outside the partnership's grant or a failed bid; in a paragraph, a name whose sentence says nothing of money
given or approved ('Tarn Victim Care (£N) and Hill Rape Crisis (£M) provide the core services', 'Operation X (£N) will
target ...') is a line of a budget: every name read so is Title-Case, so only the words around it back an award. These rules are versioned by
``extractors.grants.projects.VERSION`` (no version of their own).
"""

from __future__ import annotations

import re

from extractors.grants.allocation_cues import outside_grant
from extractors.grants.funding_layout import FundingLayout
from extractors.grants.project_decisions import UNSUCCESSFUL
from extractors.grants.project_mention import build_mention, strip_name, valid_name
from extractors.grants.project_status import status_of_context, status_of_description
from extractors.readers.blocks import clean
from schemas.funding import ProjectMention

_TITLE_RUN = re.compile(
    r"(?P<name>(?:[A-Z][\w'’&-]*|\([A-Z]{2,}\))(?:\s+(?:[A-Z][\w'’&-]*|\([A-Z]{2,}\)|of|and|&|the|for|in|on|to|–|-)){1,14})"
    r"\s*\(\s*$"
)
_BODY_WORDS = re.compile(r"\b(?:Partnership|Council|Commissioner|Office|Police|Government|Home Office|CSP|Cabinet)\s*$")
# 'the Safer Streets Fund (£N)', 'the Ward Flexibility Budget (£N from ...)': a funding stream named in prose, not a project.
_FUND_NAME = re.compile(r"\b(?:Funds?|Grants?|Budgets?)\s*$")
# 'Small Grants (£250 or less)': the figure bounds a kind of grant, no one award.
_BOUND_AFTER = re.compile(r"^\s*(?:or|and)\s+(?:less|under|below|more|over|above)\b", re.I)


def prose_mentions(layout: FundingLayout, claimed: set[int], extractor: tuple[str, str]) -> list[ProjectMention]:
    found = []
    for amount in layout.amounts:
        if amount.start in claimed or amount.qualifier:
            continue
        block = layout.block_at(amount.start)
        if block is None or block.kind not in ("paragraph", "item"):
            continue
        left_start = max(block.start, amount.start - 200)
        match = _TITLE_RUN.search(layout.flat[left_start : amount.start])
        if not match:
            continue
        name = strip_name(match.group("name"))
        name = re.sub(r"^(?:In|On|For|To|With|And|From|By|The)\s+(?=[A-Z])", "", name)
        capitals = sum(1 for w in name.split() if w[:1].isupper())
        if capitals < 2 or not valid_name(name) or _BODY_WORDS.search(name) or _FUND_NAME.search(name) or _BOUND_AFTER.match(
            layout.flat[amount.end : amount.end + 20]
        ):
            continue
        s_start, s_end = layout.sentence_at(amount.start)
        sentence = clean(layout.flat[s_start:s_end])
        if outside_grant(sentence) or UNSUCCESSFUL.search(sentence):
            continue
        status, evidence = status_of_description(clean(layout.flat[amount.end : s_end]), False)
        if status is None:
            status, evidence = status_of_context(sentence)
        if status is None and block.kind == "paragraph":
            continue  # 'Tarn Victim Care (£N) and Hill Rape Crisis (£M) provide the services': a budget's lines, no award
        claimed.add(amount.start)
        start = left_start + match.start("name")
        found.append(
            build_mention(
                layout, extractor, name=name, amount=amount, start=max(start, s_start), end=amount.end, status=status,
                evidence=evidence, layout_kind="prose", block=block,
            )
        )
    return found
