"""Payouts, running totals and balances as commissioners' and mayors' news pages word them.

Read by ``stated_totals.stated_kind`` after its own forms, for a yearless figure whose clause alone fixes its kind.
``approved_total``: 'by granting a total of £N to <projects>' (a payout to collective recipients); 'brings the total
amount of funding provided to <projects> to £N' (a running total); 'the £N already delivered by the scheme to 700
projects'; 'has given away £N from his X Fund'; 'organisations will get a share of £N'; 'the fund has supported 100 projects with £N';
'Charities and groups ..., including A and B, will receive £N of funding from <funder>'. ``grant_total``: '<funder>
provided the PCSP with £N', 'to apply to the Commissioner for a share of £N'; never 'A further £N has been allocated to
the fund' (``top_up``: a sum added to a fund is not its size). ``remaining``: '£N still to be allocated'. ``underspend``: 'an
under-spend of £N'. A cumulative figure 'since the fund was launched' or 'since 2014' spans years (``since_launch``).
A total the next sentence splits into two or more printed shares adding up to it is left for the shares
(``split_into_shares``: '... granted £N by the two commissioners. Area A will receive a share of £A and area B
will get a share of £B').
"""

from __future__ import annotations

import re

from extractors.grants.funding_layout import FundingLayout
from extractors.grants.round_cues import COUNT, RECIPIENTS, TO_MANY
from extractors.readers.fiscal_year import YEAR_DIGITS
from schemas.facts import AllocationKind
from schemas.funding import MoneyAmount

_GRANTING_A_TOTAL = re.compile(
    r"\b(?:granting|awarding|giving|distributing|handing\s+out|sharing\s+out)\s+(?:a\s+total\s+(?:sum\s+)?of|in\s+total)\s*$", re.I
)
_RUNNING_TOTAL_TO = re.compile(
    r"\bbring(?:s|ing)?\s+the\s+total\s+(?:amount|sum|value)\s+of\s+(?:funding|grants?|money|awards)\s+"
    r"(?:awarded|provided|given|granted|distributed|allocated|delivered)\b[^.£]{0,80}?\bto\s*$",
    re.I,
)
_ALREADY_GIVEN_TO_COUNTED = re.compile(
    r"^\W{0,3}(?:already|so\s+far)\s+(?:delivered|awarded|distributed|given|granted|provided)\s+"
    r"(?:by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?)?to\s+(?:(?:more\s+than|over|almost|nearly|around|some)\s+)?"
    rf"{COUNT}\s+(?:[\w-]+\s+){{0,3}}?{RECIPIENTS}\b",
    re.I,
)
# 'The trust has since given away more than £N in grants' (``stated_totals``), '... £N from his X Fund' (here).
GAVE_AWAY = re.compile(r"\b(?:has|have|had)\s+(?:since\s+|now\s+|so\s+far\s+|already\s+)?(?:given\s+away|handed\s+out|paid\s+out)\s*$", re.I)
_FROM_OWN_FUND = re.compile(r"^\W{0,3}from\s+(?:the|his|her|its|their|our)\s+(?:[\w'’-]+\s+){0,4}?(?:fund|scheme|pot)\b", re.I)
_STILL_TO_GIVE = re.compile(
    r"^\W{0,3}(?:still|left|remaining|yet)\s+to\s+(?:be\s+)?(?:allocated|awarded|distributed|given\s+out|allocate|award|distribute)\b", re.I
)
_UNDERSPEND_OF = re.compile(r"\b(?:an?|the)\s+(?:total\s+)?under[-\s]?spend\s+of\s*$", re.I)
# 'Since the fund was launched three years ago', 'since starting the fund in 2013', 'since its launch', 'since 2014'.
_SINCE_LAUNCH = re.compile(
    rf"\bsince\s+(?:{YEAR_DIGITS}\b(?!\s*[/-]\s*\d)|(?:it\s+|its\s+|the\s+|this\s+|our\s+)?(?:[\w'’-]+\s+){{0,3}}?"
    r"(?:launch(?:ed)?|inception|start(?:ed|ing)|began|was\s+(?:launched|set\s+up|established|created|started))\b)",
    re.I,
)
_SHARE_OF = re.compile(r"\ba\s+share\s+of\s*$", re.I)
# 'organisations in the county will get a share of £N' (never after counted recipients: '33 groups get a share of £N').
_GET_A_SHARE = re.compile(r"\b(?:will\s+get|are\s+to\s+get|is\s+to\s+get)\s+a\s+share\s+of\s*$", re.I)
# 'the fund has supported 100 projects with over £N' (never 'each'): what the fund gave out.
_SUPPORTED_COUNTED_WITH = re.compile(
    rf"\b(?:has|have|had)\s+(?:now\s+|so\s+far\s+|already\s+)?supported\s+(?:(?:more\s+than|over|almost|nearly|around|some)\s+)?"
    rf"{COUNT}\s+(?:[\w-]+\s+){{0,3}}?{RECIPIENTS}\s+with\s*$",
    re.I,
)
# 'Charities and groups across the county, including A, B and C, will receive £N of funding from the Commissioner':
# uncounted collective recipients opening the sentence take the round's payout.
_RECIPIENTS_OPENING = re.compile(rf"^\W{{0,3}}(?:[\w'’-]+\s+){{0,3}}?{RECIPIENTS}\b", re.I)
_RECEIVE_BEFORE = re.compile(r"\b(?:will\s+receive[d]?|are\s+to\s+receive|(?:have|had)\s+received|received)\s*$", re.I)
_FUNDING_FROM_AFTER = re.compile(r"^\W{0,3}(?:(?:of|in)\s+(?:funding|grants?|awards)\s+)?from\b", re.I)
# 'the Joint Committee provided the PCSP with £N': the partnership's own grant from its funder.
_PROVIDED_PARTNERSHIP_WITH = re.compile(
    r"\b(?:provided|awarded|allocated|gave)\s+(?:the|this|our)\s+(?:[\w-]+\s+){0,3}?(?:partnership|PCSP|DPCSP|CSP)s?\s+with\s*$", re.I
)
# 'groups have until Friday to apply to the Commissioner for a share of £N': the pot open to bids.
_APPLY_FOR_A_SHARE = re.compile(r"\b(?:apply|applying|bid|bidding)\b[^.£;]{0,80}?\bfor\s+a\s+share\s+of(?:\s+the)?\s*$", re.I)
# 'A further £N has been allocated to the fund': a sum added to a fund, never the fund's size.
_TOP_UP_BEFORE = re.compile(r"\b(?:a\s+further|an\s+additional|an\s+extra|another)\s*$", re.I)
_INTO_FUND_AFTER = re.compile(
    r"^\W{0,3}(?:(?:has|have)\s+been|was|were|is|will\s+be)\s+(?:allocated|added|put|paid|contributed)\s+(?:to|into)\s+"
    r"(?:the|this|that|its)\s+(?:[\w'’-]+\s+){0,3}?(?:fund|pot)\b",
    re.I,
)
_COUNTED = re.compile(rf"\b{COUNT}\s+(?:[\w-]+\s+){{0,4}}?{RECIPIENTS}\b", re.I)


def running_kind(left: str, right: str) -> AllocationKind | None:
    """The kind one of this module's forms fixes for a yearless figure (module docstring), else None."""
    if _UNDERSPEND_OF.search(left):
        return "underspend"
    if _STILL_TO_GIVE.match(right):
        return "remaining"
    if _GRANTING_A_TOTAL.search(left) and TO_MANY.match(right):
        return "approved_total"
    if _RUNNING_TOTAL_TO.search(left) or _ALREADY_GIVEN_TO_COUNTED.match(right):
        return "approved_total"
    if GAVE_AWAY.search(left) and _FROM_OWN_FUND.match(right):
        return "approved_total"
    if _GET_A_SHARE.search(left) and not _COUNTED.search(left):
        return "approved_total"
    if _SUPPORTED_COUNTED_WITH.search(left):
        return "approved_total"
    opening = _RECIPIENTS_OPENING.match(left)
    if opening and not _COUNTED.search(left) and _RECEIVE_BEFORE.search(left) and _FUNDING_FROM_AFTER.match(right):
        return "approved_total"
    if _PROVIDED_PARTNERSHIP_WITH.search(left) or _APPLY_FOR_A_SHARE.search(left):
        return "grant_total"
    return None


def top_up(left: str, right: str) -> bool:
    """'A further £N has been allocated to the fund': a sum put into a fund, not the fund's size (never 'has been
    awarded a further £N', a grant of its own)."""
    return bool(_TOP_UP_BEFORE.search(left) and _INTO_FUND_AFTER.match(right))


def since_launch(sentence: str) -> bool:
    """The figure's sentence counts from a fund's start ('since the fund was launched'): a total over several years."""
    return bool(_SINCE_LAUNCH.search(sentence))


def split_into_shares(layout: FundingLayout, amount: MoneyAmount, sentence: tuple[int, int]) -> bool:
    """The next sentence prints two or more figures as 'a share of £N' that add up to the figure (to within half a
    per cent: the total may be rounded): the figure is the shares' sum, each share a body's own total."""
    if amount.amount is None or not amount.amount or sentence[1] >= layout.end:
        return False
    following = layout.sentence_at(min(sentence[1] + 1, layout.end - 1))
    if following[0] < sentence[1]:
        return False
    shares = [
        a.amount for a in layout.amounts_in(*following)
        if a.amount is not None and _SHARE_OF.search(layout.flat[max(following[0], a.start - 30) : a.start])
    ]
    return len(shares) >= 2 and abs(sum(shares) - amount.amount) <= amount.amount / 200
