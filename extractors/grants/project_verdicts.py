"""A figure closed by its verdict: '£N awarded.', '– £N agreed', '£N recommended', the applicant at the head of its entry.

Minutes and notes of grant panels print each decision as an entry opening on the applicant and ending on the money
and the word that decides it: 'Eastby Scouts. New tents for camp. £400 awarded.' (the figure may open the entry's
next line), 'Tarn Players – £250 agreed'. The other readers expect a line to end on its figure (a word after it is a
status note, and the line no pair) or a giving verb before it; this one reads only figures they left unclaimed.

The applicant is the entry's head: a short first sentence ('Eastby Scouts.', 'TVP/EYC.') or the words before a spaced
dash or a colon, a name of capitalised words (one word only when it is a short acronym, never a decision word such as
'RESOLVED'), never a person ('Cllr Lowe.', 'Ann Lowe.'). The entry must sit under its own lead: the few lines above the
run of entries (a heading, a sentence or a colon line) must name grants, funding, donations, applications or requests;
grant words further up (a donation item above a finance item) do not make the council's own spending an award. Its
sentence must not price a service (a quote, a contract, hire, fees, an invoice, a salary, accounts, a bench; 'to
purchase' is a grant's purpose). The verdict word gives the status; one that asks or refuses ('£N requested', '£N
declined') gives no project. Versioned by ``extractors.grants.projects.VERSION``.
"""

from __future__ import annotations

import re

from extractors.grants.allocation_cues import PAYMENT_WORDS
from extractors.grants.decision_layout import GRANT_WORDS
from extractors.grants.funding_layout import FundingLayout
from extractors.grants.project_mention import build_mention, valid_name
from extractors.readers.blocks import clean
from extractors.readers.given_names import GIVEN_NAMES
from extractors.readers.names import PERSONAL_TITLE
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
# A price or a payment, not a grant: 'Quote of £300 approved', 'Hall hire £40 agreed' (the payments words are shared).
_PRICE = re.compile(
    rf"{PAYMENT_WORDS}|\b(?:quotes?|quotations?|tenders?|contracts?|hire|fees?|wages|VAT|precept|estimates?|costs?\s+of|"
    r"purchase\s+of|bench(?:es)?)\b",
    re.I,
)
# A one-word head is an applicant only as a short acronym ('ETRA', 'TVP/EYC'), never a minute's decision word.
_ACRONYM = re.compile(r"^(?=[A-Z&/.-]{2,8}$)(?:[A-Z]+[&/.-]?)+$")
_DECISION_WORD = re.compile(r"^(?:RESOLVED|RESOLUTION|AGREED|DECIDED|DECISION|NOTED|APPROVED|RECOMMENDED|PROPOSED|ACTION|NOTE|ITEM|MINUTE|NONE)$")
_PERSON = re.compile(rf"^{PERSONAL_TITLE}\.?\s")
# The entry's own lead: at most this many lines without a figure above the run of entries.
_LEAD_LINES = 3


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
    if not valid_name(name) or _PERSON.match(name) or (words[0] in GIVEN_NAMES and len(words) <= 3):
        return None
    if len(words) == 1 and (not _ACRONYM.match(name) or _DECISION_WORD.match(name)):
        return None
    return name, line_start + match.start("name")


def _entry_lead(layout: FundingLayout, line_start: int) -> str:
    """The lines leading the run of entries above ``line_start``: lines carrying a figure (the run's other entries) are
    passed over (as is an entry's head whose figure opens the next line) until the first lines without one, and at
    most ``_LEAD_LINES`` of those are taken (up to the next line with a figure or 600 characters)."""
    lines: list[str] = []
    end = line_start
    floor = max(layout.start, line_start - 600)
    below_opens_on_figure = False
    while end > floor and len(lines) < _LEAD_LINES:
        start = max(layout.text.rfind("\n", floor, end - 1) + 1, floor)
        line = layout.text[start:end]
        figures = layout.amounts_in(start, end)
        if figures or (below_opens_on_figure and not lines):
            if lines:
                break
        elif line.strip():
            lines.append(line)
        below_opens_on_figure = bool(figures) and not layout.text[start : figures[0].start].strip()
        end = start
    return " ".join(reversed(lines))


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
        line_start = layout.text.rfind("\n", layout.start, start) + 1 or layout.start
        if not _MONEY_CONTEXT.search(_entry_lead(layout, line_start) + " " + layout.text[line_start : amount.start]):
            continue
        claimed.add(amount.start)
        found.append(build_mention(
            layout, extractor, name=name, amount=amount, start=start, end=amount.end + verdict.end(),
            status=_VERDICT_STATUS[verdict.group("verdict").lower()], evidence=verdict.group("verdict"),
            layout_kind="decision", block=block, recipient=name, own_year_only=True,
        ))
    return found
