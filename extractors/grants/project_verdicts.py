"""A figure closed by its verdict: '£N awarded.', '– £N agreed', '£N recommended', the applicant at the head of its entry.

Minutes and notes of grant panels print each decision as an entry opening on the applicant and ending on the money
and the word that decides it: 'Eastby Scouts. New tents for camp. £400 awarded.' (the figure may open the entry's
next line), 'Tarn Players – £250 agreed'. The other readers expect a line to end on its figure (a word after it is a
status note, and the line no pair) or a giving verb before it; this one reads only figures they left unclaimed.

The applicant is the entry's head: a short first sentence ('Eastby Scouts.', 'EPH/CCP.') or the words before a spaced
dash or a colon, a name of capitalised words (one word only when it is an acronym). The entry must sit under words
that name grants, funding, donations, applications or requests, and its sentence must not price a service (a quote, a
contract, hire, fees, an invoice, a salary). The verdict word gives the status; one that asks or refuses
('£N requested', '£N declined') gives no project. Versioned by ``extractors.grants.projects.VERSION``.
"""

from __future__ import annotations

import re

from extractors.grants.decision_layout import GRANT_WORDS
from extractors.grants.funding_layout import FundingLayout
from extractors.grants.project_mention import build_mention, valid_name
from extractors.readers.blocks import clean
from schemas.facts import ProjectStatus
from schemas.funding import ProjectMention

_VERDICT_AFTER = re.compile(
    r"^[ \t]*(?:[–—:-][ \t]*)?(?:(?:was|were|has[ \t]+been|have[ \t]+been|is|be)[ \t]+)?(?:(?:duly|unanimously)[ \t]+)?"
    r"(?P<verdict>awarded|agreed|approved|granted|recommended|supported)\b(?=[ \t]*(?:[.;,]|\n|$))",
    re.I,
)
_VERDICT_STATUS: dict[str, ProjectStatus] = {
    "awarded": "approved", "agreed": "approved", "approved": "approved", "granted": "approved",
    "recommended": "recommended", "supported": "recommended",
}
_WORD = r"[-–(]?[A-Z0-9][\w'’&/()-]*(?:\.(?=\w)[\w'’&/()-]*)*"
_SMALL = r"(?:of|and|&|the|for|with|on|at|in|de)"
_HEAD_NAME = rf"(?P<name>{_WORD}(?:[ \t]+(?:{_WORD}|{_SMALL})){{0,7}})"
# The head of an entry: 'Name.' opening a sentence, or 'Name –' / 'Name:' before the rest of the entry.
_HEAD = re.compile(
    rf"^[ \t]*(?:[-•*·▪●]|\(?[a-z0-9]{{1,3}}[.)])?[ \t]*{_HEAD_NAME}(?:\.[ \t]+(?=[A-Z£])|[ \t]+[–—-][ \t]+|:[ \t]+|[ \t]*[–—-][ \t]*(?=£))"
)
_MONEY_CONTEXT = re.compile(rf"{GRANT_WORDS.pattern}|\b(?:donations?|applications?|requests?|awards?)\b", re.I)
# A price or a payment, not a grant: 'Quote of £300 approved', 'Hall hire £40 agreed'.
_PRICE = re.compile(
    r"\b(?:quotes?|quotations?|tenders?|contracts?|hire|fees?|invoices?|salar(?:y|ies)|wages|payments?|cheques?|VAT|"
    r"precept|estimates?|costs?\s+of|purchase\s+of)\b",
    re.I,
)
_ACRONYM = re.compile(r"\w[A-Z]")


def _head(layout: FundingLayout, offset: int) -> tuple[str, int] | None:
    """The applicant at the head of the entry holding ``offset``: its line, or the line above when the figure opens its
    line; None when the head names no body."""
    line_start = layout.text.rfind("\n", layout.start, offset) + 1 or layout.start
    if not layout.text[line_start:offset].strip() and line_start > layout.start:
        line_start = layout.text.rfind("\n", layout.start, line_start - 1) + 1 or layout.start
    if offset - line_start > 400:
        return None
    match = _HEAD.match(layout.text[line_start:offset])
    if match is None or layout.amounts_in(line_start, line_start + match.end("name")):
        return None
    name = match.group("name").strip().rstrip(".")
    words = name.split()
    if not valid_name(name) or (len(words) == 1 and not _ACRONYM.search(name)):
        return None
    return name, line_start + match.start("name")


def verdict_mentions(layout: FundingLayout, claimed: set[int], extractor: tuple[str, str]) -> list[ProjectMention]:
    """Mentions of figures closed by their verdict under an entry's applicant (see the module docstring)."""
    found = []
    for amount in layout.amounts:
        if amount.start in claimed or amount.qualifier is not None or amount.amount is None:
            continue
        verdict = _VERDICT_AFTER.match(layout.text[amount.end : amount.end + 60])
        block = layout.block_at(amount.start)
        if verdict is None or block is None or block.kind == "table_row":
            continue
        head = _head(layout, amount.start)
        if head is None:
            continue
        name, start = head
        s_start, s_end = layout.sentence_at(amount.start)
        if _PRICE.search(clean(layout.text[start:amount.start])) or _PRICE.search(clean(layout.flat[s_start:s_end])):
            continue
        if not _MONEY_CONTEXT.search(layout.flat[max(layout.start, start - 600) : amount.start]):
            continue
        claimed.add(amount.start)
        found.append(build_mention(
            layout, extractor, name=name, amount=amount, start=start, end=amount.end + verdict.end(),
            status=_VERDICT_STATUS[verdict.group("verdict").lower()], evidence=verdict.group("verdict"),
            layout_kind="decision", block=block, recipient=name, own_year_only=True,
        ))
    return found
