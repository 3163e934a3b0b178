"""A single decision's award named by the decision's title (read first, before the other readers, on the figures no
one has claimed).

Decision and issue pages of council websites (ModernGov 'Decision details', 'Issue - meetings', decision mirrors) title
one decision for the application it settles: 'Fellbeck Canoe Club - Application for Financial Assistance EXE24-031',
'Grant to Holmbrook Bowls Club'. Their decision then awards the money without naming anyone ('a one-off capital award
of £6,500 be approved towards a trailer', 'The Portfolio Holder approved a grant of £1,200 towards new mats'), so no
reader of award sentences names it. This reader takes the applicant from such a title, printed among the page's first
lines (or after a grant scheme's name: 'Small Grants Fund 2025-26 Decision - Tarn Deaf Club', the applicant's name
ending on the kind of body it is), and the award from the page's one figure that a sentence gives as a grant, award, contribution or funding with
a verb of giving or approving and no recipient of its own ('to X' after the figure).

Nothing is read when two or more different figures are so given (which one is the applicant's is not stated), nor
when one sentence gives the same figure twice (two grants, not one); the same figure in a recommendation and then in
the decision is one award. Nothing is read when the figure is asked for ('applied for a grant of £N'; never 'the
application be approved and a grant of £N awarded'), when the sentence refuses, defers or only limits ('no grant be
awarded', 'up to £N per applicant' without a verb of giving), when the title names a scheme or a fund rather than an
applicant, or when the title's body is the paper's own kind standing alone ('The Committee') or a principal council
('Tarnshire County Council'; an applicant may end on Committee or Partnership: 'Eastby Carnival Committee'). The status
is the sentence's mood, the deciding sentence first: a recommendation recommends, a resolution or a decision approves. 'Therefore a total of £N was awarded' names the award when the decision ends on
it. The year is the one printed in the sentence, else the one the title prints, if any. Versioned by
``extractors.grants.projects.VERSION``.
"""

from __future__ import annotations

import re

from extractors.grants.funding_layout import FundingLayout
from extractors.grants.own_body import OWN_BODY_KIND
from extractors.grants.project_decision_names import ORG, is_named
from extractors.grants.project_mention import build_mention
from extractors.grants.project_status import refusing_lead, withdrawn_words
from extractors.readers.blocks import clean
from schemas.facts import ProjectStatus
from schemas.funding import ProjectMention

_TITLE_LINES = 8
_TITLE_WIDTH = 240
# The kind of body an applicant's name ends on, when the title names it after a scheme.
_BODY_END = (
    r"Club|Society|Association|Group|Trust|Community|Centre|Center|Charity|CIC|Foundation|Hall|Church|Chapel|Scouts|"
    r"Guides|Band|Choir|Players|Museum|Pantry|Larder|Foodbank|Hospice|Forum|Network|Alliance|Project|Festival|Committee"
)
_NUMBER = r"(?:\d+[.\w]*\s+)?"
_FOR_MONEY = (
    r"(?:Financial\s+Assistance|(?:Grant\s+)?Funding|Grant\s+Aid|(?:a\s+)?(?:(?:Capital|Revenue|Community|Small)\s+)?Grant)"
)
# 'X - Application for Financial Assistance', 'X: Grant Application', 'Grant to X', 'Application for Funding from X'.
_TITLES = (
    re.compile(rf"^{_NUMBER}(?P<org>{ORG}?)\s*[-–—:]\s*(?:An?\s+)?(?:Application|Request|Bid)s?\s+for\s+{_FOR_MONEY}\b"),
    re.compile(rf"^{_NUMBER}(?P<org>{ORG}?)\s*[-–—:]\s*(?:Grant|Funding)\s+(?:Application|Request)\b"),
    re.compile(rf"^{_NUMBER}(?:(?:Capital|Revenue|Community|Small)\s+)?(?:Grant|Financial\s+Assistance|Contribution|Donation)\s+to\s+(?:the\s+)?(?P<org>{ORG})$"),
    re.compile(rf"^{_NUMBER}(?:Application|Request)\s+for\s+{_FOR_MONEY}\s+(?:from|by)\s+(?:the\s+)?(?P<org>{ORG})$"),
    # 'Small Grants Fund 2025-26 Delegated Decision - Tarn Deaf Club': a grant scheme's decision, then its applicant.
    re.compile(rf"^{_NUMBER}[^–—\n]*?\b(?:Fund|Grants?|Scheme|Programme)\b[^–—\n]*?\s+[-–—]\s+(?:the\s+)?(?P<org>{ORG}\s(?:{_BODY_END}))$"),
)
# A reference or a file size printed after the title: 'EXE24-031', 'pdf icon PDF 88 KB'.
_TITLE_TAIL = re.compile(r"(?:\s+(?:pdf\s+icon\s+)?PDF\s+\d+(?:\.\d+)?\s*[KM]B|\s+\(?[A-Z]{1,6}\d{0,4}[/-]\d{2,4}(?:[/-]\d+)?\)?)+\s*$", re.I)
# A scheme, fund or programme is what a title names when it names no applicant.
_SCHEME = re.compile(r"\b(?:Fund|Funds|Scheme|Schemes|Programme|Grants|Budget|Round|Pot|Allocations?)$")
_OWN_KIND = re.compile(
    rf"^(?:the\s+)?{OWN_BODY_KIND}$|\b(?:Commissioner|PCC|OPCC|Cabinet|Authority)$|(?<!Town\s)(?<!Parish\s)(?<!Community\s)\bCouncil$",
    re.I,
)

# The figure's sentence gives money: 'a one-off capital award of £N be approved', 'approved a grant of £N',
# 'awarded the organisation £N', 'a contribution of £N be made'.
_MONEY_NOUN = r"(?:grant|award|contribution|donation|funding|sum|payment)"
_GIVEN_BEFORE = re.compile(
    rf"\b{_MONEY_NOUN}\s+of(?:\s+up\s+to)?\s*$"
    r"|\b(?:approved?|awarded|agreed\s+to\s+(?:award|give|fund)|resolved\s+to\s+(?:award|give))\s+"
    r"(?:(?:the|this)\s+(?:organisation|organization|group|club|applicant|charity)\s*)?(?:up\s+to(?:\s+a\s+maximum\s+of)?)?\s*$",
    re.I,
)
_GIVEN_AFTER = re.compile(r"^\s*(?:be|is|was|were|has\s+been|have\s+been)\s+(?:approved|awarded|made|given|granted|agreed)\b", re.I)
_TOTAL_BEFORE = re.compile(r"\ba\s+total\s+of\s*$", re.I)
_DECIDED = re.compile(r"\b(?:approved?|awarded|agreed|resolved|granted)\b", re.I)
# A figure asked for (before it in its sentence: 'applied for a grant of £N', 'its request for £N'; '£N as requested'
# is given, and so is 'the application be approved and a grant of £N awarded') gives no award, nor one refused,
# deferred or only bounded (anywhere in its sentence).
_ASKED_BEFORE = re.compile(
    r"\b(?:appl(?:y|ied|ies|ying|ications?)|request(?:ed|s|ing)?|sought|seeks?|seeking|bids?|bidding)\b"
    r"(?!\s+(?:\w+\s+){0,2}?(?:be|is|was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:approved|granted|agreed|supported)\b)",
    re.I,
)
# (the shared ``project_status`` refusal and withdrawal words are read too; these add the stems they lack: 'refusal',
# 'declining', 'rejection', 'withdrew', 'deferred', and the limits).
_NOT_GIVEN = re.compile(
    r"\b(?:no\s+(?:\w+\s+)?(?:grant|funding|award)|not\s+(?:be\s+)?(?:awarded|approved|funded|given)|refus\w*|"
    r"defer\w*|declin\w*|reject\w*|withdrew|maximum|per\s+applicant)\b",
    re.I,
)
# 'That a grant ... be awarded up to a maximum of £N': one award's cap, no limit on a kind of grant ('Groups may be
# awarded up to a maximum of £N' is the scheme's limit).
_CAPPED_AWARD = re.compile(
    r"(?<!may\s)(?<!can\s)(?<!could\s)(?<!will\s)\bbe\s+(?:awarded|granted|given|approved|offered)\s+up\s+to\s+a\s+maximum\s+of\b", re.I
)
# 'to X' after the figure names the recipient itself: the sentence readers' business.
_TO_NAMED_AFTER = re.compile(r"^\s*(?:be\s+\w+\s+)?to\s+(?:the\s+)?[A-Z]")
_RECOMMEND = re.compile(r"\brecommend", re.I)
# 'Tarn Trust was awarded a grant of £N': the sentence names its own recipient before the figure.
_SUBJECT_GIVEN = re.compile(
    rf"(?P<org>{ORG})\s+(?:(?:was|were|is|are|has\s+been|have\s+been|will\s+be)\s+(?:awarded|given|granted|offered)|"
    r"received|receives|gets|got|will\s+receive)\b"
)


def _title_match(line: str) -> re.Match | None:
    """The title pattern ``line`` matches; a line longer than a title is never read (the patterns' lazy runs would
    cost time growing with the square of its length)."""
    if len(line) > _TITLE_WIDTH:
        return None
    head = _TITLE_TAIL.sub("", line.strip())
    return next((match for pattern in _TITLES if (match := pattern.match(head))), None)


def _after_titles(layout: FundingLayout, start: int, at: int) -> int:
    """``start`` moved past the title lines run into the sentence before ``at`` (a title has no full stop)."""
    cursor = start
    while (stop := layout.text.find("\n", cursor, at)) >= 0:
        if _title_match(layout.text[cursor:stop]):
            start = stop + 1
        cursor = stop + 1
    return start


def titled_applicant(layout: FundingLayout) -> tuple[str, int, int] | None:
    """The applicant named by the decision's title among the first printed lines, with its line's start and end."""
    at, seen = layout.start, 0
    while at < layout.end and seen < _TITLE_LINES:
        stop = layout.text.find("\n", at, layout.end)
        stop = layout.end if stop < 0 else stop
        line = layout.text[at:stop]
        if line.strip():
            seen += 1
            match = _title_match(line)
            org = clean(match.group("org")) if match else ""
            if org and is_named(org) and not _SCHEME.search(org) and not _OWN_KIND.search(org):
                return org, at, stop
        at = stop + 1
    return None


def _one_year(layout: FundingLayout, start: int, end: int) -> str | None:
    """The one financial year printed in ``[start, end)`` (a relative year aside), or None."""
    years = {y.year for y in layout.years_in(start, end) if y.year and y.form != "relative"}
    return next(iter(years)) if len(years) == 1 else None


def _other_subject(left: str, applicant: str) -> bool:
    """The words before the figure name a recipient that is not the title's applicant."""
    own = set(applicant.lower().split())
    return any(
        is_named(match.group("org")) and not set(match.group("org").lower().split()) & own
        for match in _SUBJECT_GIVEN.finditer(left)
    )


def titled_mentions(layout: FundingLayout, claimed: set[int], extractor: tuple[str, str]) -> list[ProjectMention]:
    """The one award of a decision titled for its applicant (see the module docstring)."""
    applicant = titled_applicant(layout)
    if applicant is None:
        return []
    given = []
    for amount in layout.amounts:
        if amount.start in claimed or amount.start < applicant[1] or amount.qualifier not in (None, "up_to"):
            continue
        block = layout.block_at(amount.start)
        if block is None:
            continue
        s_start, s_end = layout.sentence_at(amount.start)
        s_start = _after_titles(layout, max(s_start, block.start), amount.start)
        sentence = clean(layout.flat[s_start:s_end])
        left = clean(layout.flat[max(s_start, amount.start - 120) : amount.start])
        right = layout.flat[amount.end : min(s_end, amount.end + 80)]
        asked = _ASKED_BEFORE.search(layout.flat[s_start : amount.start])
        refused = _NOT_GIVEN.search(_CAPPED_AWARD.sub("", sentence)) or refusing_lead(sentence) or withdrawn_words(sentence)
        if asked or refused or _TO_NAMED_AFTER.match(right) or _other_subject(left, applicant[0]):
            continue
        if (_GIVEN_BEFORE.search(left) and (_DECIDED.search(sentence) or _RECOMMEND.search(sentence))) or (
            re.search(rf"\b(?:{_MONEY_NOUN}|total)\s+of(?:\s+up\s+to)?\s*$", left, re.I) and _GIVEN_AFTER.match(right)
        ):
            given.append((amount, s_start, s_end, sentence, block))
    # 'Therefore a total of £N was awarded': the sum the decision ends on is the award.
    totals = [g for g in given if _TOTAL_BEFORE.search(layout.flat[max(g[1], g[0].start - 40) : g[0].start])]
    given = totals or given
    if len({amount.amount for amount, *_ in given}) != 1 or len({g[1] for g in given}) < len(given):
        return []  # different figures, or one sentence giving the figure twice
    amount, s_start, s_end, sentence, block = next((g for g in given if not _RECOMMEND.search(g[3])), given[0])
    status: ProjectStatus = "recommended" if _RECOMMEND.search(sentence) else "approved"
    year = _one_year(layout, s_start, s_end) or _one_year(layout, applicant[1], applicant[2])
    claimed.add(amount.start)
    name = applicant[0]
    return [
        build_mention(
            layout, extractor, name=name, amount=amount, start=s_start, end=s_end, status=status,
            evidence="titled decision", layout_kind="decision", block=block, recipient=name, own_year_only=True,
            year=year,
        )
    ]
