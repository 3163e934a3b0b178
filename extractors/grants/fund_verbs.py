"""One reading of a fund's size by its verb (session 30): a sum whose clause names a fund, pot, grant scheme or funding
programme, or many recipients, as the subject or object of a verb of size, availability, investment or commitment, and
names no one recipient. Commissioners' and partnerships' pages word the same fact many ways; each wording below is one
slot of the same clause, not a rule of its own:

- the fund the subject ('The Tarn Fund has £N available', 'the fund, which totals £N', 'This year's fund now stands at
  £N', 'the fund has been increased to £N', 'the Community Fund will provide £N');
- the fund the object ('has increased|doubled the fund to £N', 'will provide £N through the Community Fund', 'A total
  of £N will be available from the fund');
- the sum committed, pledged, invested, earmarked or ring-fenced for a fund, for many recipients or for an area's
  communities ('has committed £N to the Safer Tarn Fund', 'the £N pledged by Tarnshire Police for projects in the
  area', 'with last year seeing £N invested into neighbourhoods'), or grown in a fund ('over £N had accrued in the
  Police Property Fund').

The precision guards are the caller's (``fund_relations.fund_total_kind``: parts, rates, named recipients, national
funds, costs); here only: no club, trust or other recipient as the subject, and no fund that gives no grants ('the
Pension Fund'). Versioned by ``extractors.grants.allocations.VERSION``.
"""

from __future__ import annotations

import re

from extractors.grants.round_cues import COLLECTIVE, FUND_NOUN
from schemas.facts import AllocationKind

RECIPIENT_NOUN = r"\b(?:club|trust|association|society|charity|church|school|academy|foundation|cic|group|team|centre|hub|ltd|limited)"
_RECIPIENT_SUBJECT = re.compile(rf"{RECIPIENT_NOUN}\b", re.I)
# 'the Pension Fund', 'the Insurance Fund', 'the overtime fund': an internal fund that gives no grants.
# A council's own accounts ('the General Fund', 'the Collection Fund', 'the Housing Revenue Account') and the funds its
# treasury deposits in ('£4m invested in the CCLA Property Fund', 'money market funds') hold no grants either.
NOT_GRANT_FUND = re.compile(
    r"\b(?:pension|insurance|reserves?|sinking|capital|renewals?|repairs?|overtime|staffing|salar(?:y|ies)|payroll|contingency)\s+(?:[\w'’-]+\s+)?fund\b"
    r"|\b(?:general|collection)\s+fund\b|\bhousing\s+revenue\s+account\b|\btreasury\b|\bccla\b|\bmoney\s+market\b|\bpooled\s+funds?\b"
    r"|\b(?<!police\s)(?:property|income|bond|equity|multi-asset)\s+funds?\b",
    re.I,
)
# A grant fund named as a noun phrase: 'the fund', 'This year's Community Fund', 'its grants scheme', 'the pot'.
_FUND = r"(?:fund|pot|kitty|grants?\s+scheme|grants?\s+programme|funding\s+programme)"
_FUND_SUBJECT = (
    rf"\b{_FUND}(?:\s+for\s+(?:the\s+)?(?:[\w/-]+\s+){{0,3}}?[\w/-]+)?\s*,?\s*(?:which\s+|that\s+)?"
    r"(?:(?:now|this\s+year|currently|again)\s+)?"
)
_SIZE_VERB = (
    r"(?:totals|totalled|totaled|amounts\s+to|amounted\s+to|stands\s+at|stood\s+at|equates\s+to|is\s+worth|was\s+worth|will\s+be\s+worth"
    r"|(?:has|have|had)\s+(?:now\s+)?(?:been\s+)?(?:increased|raised|risen|grown|doubled|boosted|topped\s+up)\s+to"
    r"|(?:will\s+)?(?:provides?|offers?|is\s+offering|makes?\s+available|will\s+make\s+available))"
)
_SUBJECT_SIZE = re.compile(rf"{_FUND_SUBJECT}{_SIZE_VERB}\s*$", re.I)
# 'The Tarn Fund has £N available', 'the pot will have £N to award'.
_SUBJECT_HAS = re.compile(rf"{_FUND_SUBJECT}(?:has|had|will\s+have)\s*$", re.I)
_TO_GIVE_AFTER = re.compile(r"^\W{0,3}(?:available|to\s+(?:award|allocate|distribute|give\s+out|share|spend|invest))\b", re.I)
# 'has increased the fund to £N', 'doubled its Community Fund to £N'.
_OBJECT_TO = re.compile(
    r"\b(?:increased|increasing|raised|raising|doubled|doubling|boosted|boosting|topped\s+up|grown|grew)\s+(?:the|its|his|her|their|our|this)\s+"
    rf"(?:[\w'’&-]+\s+){{0,4}}?{_FUND}\s+to\s*$",
    re.I,
)
# '(will provide) £N through the Community Fund', '£N will be available from the fund'.
_THROUGH_FUND_AFTER = re.compile(
    r"^\W{0,3}(?:(?:is|are|will\s+be|has\s+been|was)\s+(?:now\s+)?(?:made\s+)?available\s+)?(?:through|from|via|under)\s+"
    rf"(?:the\s+|its\s+|his\s+|her\s+|their\s+|our\s+)(?:[\w'’&-]+\s+){{0,4}}?{_FUND}\b",
    re.I,
)
_OFFER_BEFORE = re.compile(
    r"\b(?:will|is|are|has|have)\s+(?:now\s+|also\s+)?(?:provide|provides|providing|provided|offer|offering|offered|make\s+available)"
    r"(?:\s+(?:a\s+total\s+of|up\s+to))?\s*$"
    r"|\ba\s+total\s+of\s*$",
    re.I,
)
# 'The fund stood at £N last year': an earlier figure, no size now.
_EARLIER_AFTER = re.compile(r"^\W{0,3}(?:last|previous|the\s+previous)\s+(?:financial\s+)?year\b", re.I)
_COMMIT_VERB = r"(?:commit(?:s|ted|ting)?|pledg(?:e|es|ed|ing)|invest(?:s|ed|ing)?|earmark(?:s|ed|ing)?|ring-?fenc(?:e|es|ed|ing))"
_DESTINATION = (
    r"(?:to|into|in|for|towards)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+)?"
    rf"(?:(?:[\w'’&-]+\s+){{0,4}}?{FUND_NOUN}\b|{COLLECTIVE}|(?:[\w-]+\s+)?(?:communities|community|neighbourhoods)\b)"
)
_COMMITS_BEFORE = re.compile(
    rf"\b(?:has|have|had|is|are|will|would)\s+(?:now\s+|also\s+|again\s+|this\s+year\s+)?{_COMMIT_VERB}"
    r"(?:\s+(?:a\s+further|an\s+additional|an\s+extra|another|a\s+total\s+of))?\s*$",
    re.I,
)
_TO_DESTINATION = re.compile(rf"^\W{{0,3}}{_DESTINATION}", re.I)
_COMMITTED_AFTER = re.compile(
    r"^\W{0,3}(?:(?:has|have|had|is|are|was|were|will)\s+(?:been\s+|being\s+|be\s+)?)?(?:now\s+)?"
    r"(?:committed|pledged|invested|earmarked|ring-?fenced)(?:\s+back)?(?:\s+by\s+(?:the\s+)?(?:[\w'’&-]+\s+){0,4}?[\w'’&-]+)?"
    rf"\s+{_DESTINATION}",
    re.I,
)
_ACCRUED_AFTER = re.compile(
    rf"^\W{{0,3}}(?:had|has|have)\s+(?:now\s+)?(?:accrued|accumulated|built\s+up)\b[^.;£]{{0,60}}?\b{FUND_NOUN}\b", re.I
)
# Money already invested is what the body gave out ('has invested £N in local projects', '£N invested into
# neighbourhoods'); money committed, pledged or being invested is still the fund ('a share of the £N pledged by ...').
_INVESTED_PAST = re.compile(r"\b(?:has|have|had)\s+(?:now\s+|also\s+)?invested\s*$", re.I)
_INVESTED_PAST_AFTER = re.compile(r"^\W{0,3}(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?invested\b", re.I)


def committed_sum(left: str, right: str) -> bool:
    """A figure its clause ties to a fund, or to many, by a verb of size, availability, investment or commitment (module
    docstring); ``left`` and ``right`` are the clause's words before and after it."""
    clause = f"{left[-160:]} {right[:160]}"
    if NOT_GRANT_FUND.search(clause):
        return False
    if commits := _COMMITS_BEFORE.search(left):
        subject = left[: commits.start()].rsplit(",", 1)[-1][-80:]
        return bool(_TO_DESTINATION.match(right)) and not _RECIPIENT_SUBJECT.search(subject)
    if _EARLIER_AFTER.match(right):
        return False
    subject = _SUBJECT_SIZE.search(left) or (_SUBJECT_HAS.search(left) if _TO_GIVE_AFTER.match(right) else None)
    if subject or _OBJECT_TO.search(left):
        return not (subject and _RECIPIENT_SUBJECT.search(left[max(0, subject.start() - 40) : subject.start()]))
    if offer := _OFFER_BEFORE.search(left):
        owner = left[: offer.start()].rsplit(",", 1)[-1][-80:]
        return bool(_THROUGH_FUND_AFTER.match(right)) and not _RECIPIENT_SUBJECT.search(owner)
    return bool(_COMMITTED_AFTER.match(right) or _ACCRUED_AFTER.match(right))


def committed_kind(left: str, right: str) -> AllocationKind:
    """Money already invested is a payout (``approved_total``); any other sum the reading ties is the fund."""
    return "approved_total" if _INVESTED_PAST.search(left) or _INVESTED_PAST_AFTER.match(right) else "grant_total"


# 'The Tarn Fund varies each year ... For the next financial year, the total is £N': a bare total whose sentence follows
# one opening on a fund (its subject) is that fund's size.
_BARE_TOTAL = re.compile(r"^\W{0,3}(?:(?:for|in)\s+[^,.;£]{0,50},\s*)?the\s+(?:total|sum|amount)\s+(?:is|was|will\s+be|comes\s+to)\s*$", re.I)
_OPENS_ON_FUND = re.compile(rf"^\W{{0,3}}(?:the|this|our|its|his|her|their)\s+(?:[\w'’&-]+\s+){{0,4}}?{_FUND}\b", re.I)


def fund_before(previous: str, left: str) -> bool:
    """A bare total ('the total is') whose previous sentence opens on a grant fund (``_BARE_TOTAL``)."""
    return bool(_BARE_TOTAL.match(left) and _OPENS_ON_FUND.match(previous) and not NOT_GRANT_FUND.search(previous[:120]))

