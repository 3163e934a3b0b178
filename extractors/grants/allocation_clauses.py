"""What one figure's clause says it is (``classify``): the year's grant, a pot, an approved total, a balance, an underspend, or
no allocation; the rules, round by round, are in ``allocations``' docstring, which finds the figures and keeps one
allocation per kind, year and amount. Versioned by ``extractors.grants.allocations.VERSION``.
"""

from __future__ import annotations

import re

from extractors.grants import stated_decisions, stated_totals
from extractors.grants.allocation_cues import grant_words as _grant_words
from extractors.grants.allocation_cues import is_limit
from extractors.grants.allocation_cues import labels as _labels
from extractors.grants.allocation_cues import outside_grant
from extractors.grants.round_cues import COUNT, RECIPIENTS, fund_raised_to, gave_out, had_to_give, one_passive_award, part_of_a_round, shared_round
from extractors.grants.allocation_cues import requested as _requested
from extractors.grants.own_body import GRANT_HOLDER, GRANT_TAKER
from extractors.grants.stated_forms import unallocated_before
from extractors.grants.figure_roles import earlier_figure, named_body_after, one_named_grant, placed_remainder, share_of_a_fund
from extractors.grants.figure_roles import one_application, project_cost, to_be_awarded
from extractors.readers.fiscal_year import OVER_SEVERAL_YEARS, YEAR_DIGITS, YEAR_PAIR
from schemas.facts import AllocationKind

_AMOUNT_THEN_BALANCE = re.compile(
    r"^\W{0,3}(?:remaining|remains|remained|left|unallocated|still\s+available|(?:will|would)\s+(?:remain|be\s+left))\b", re.I
)

# 'This leaves £N in the grants budget': the balance.
_LEAVES_BEFORE = re.compile(r"\b(?:this|which|that|it)\s+(?:leaves|will\s+leave|would\s+leave)\s*(?:a\s+(?:balance|sum)\s+of\s*)?$", re.I)

# 'has awarded £N so far this year': what was given out to date, not the fund.
_SO_FAR = re.compile(r"\b(?:so\s+far|to\s+date)\b", re.I)

# 'The Partnership received £N from the PCC for 2024/25': the year's grant to the partnership.
_FROM_FUNDER_AFTER = re.compile(
    r"^\W{0,3}from\s+(?:the\s+)?(?:PCC|OPCC|Police(?:,)?\s+(?:Fire\s+)?and\s+Crime\s+Commissioner|Commissioner)\b", re.I
)

_GRANT_TAKER = re.compile(rf"\b(?:{GRANT_TAKER}|we)\b", re.I)

# '£N is available through the Community Grants Programme in 2025/26': the fund on offer (a sentence opening on it).
_AVAILABLE_THROUGH_AFTER = re.compile(
    r"^\W{0,3}(?:is|are|will\s+be|has\s+been)\s+(?:made\s+)?available\s+(?:through|from|under|via|in)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[\w'’-]+\s+){0,4}?(?:fund|scheme|programme|grants?)\b",
    re.I,
)

_ALLOCATED_THEN_AMOUNT = re.compile(
    r"\b(?P<verb>allocated|awarded|provided|received|granted|given|allocation\s+of|grant\s+of)"
    r"(?:\s+the\s+(?:[\w-]+\s+){0,3}?" + GRANT_TAKER + r")?\s*\W{0,2}$",
    re.I,
)

# 'leaving £N in the upfront pot' after the other pot is set: the remainder is that pot, not a balance.
_LEFT_IN_POT = re.compile(r"^\W{0,3}(?:in|for|to)\s+(?:the\s+|an?\s+)?(?P<pot>up-?front|tactical)\s+(?:pot|fund)\b", re.I)

# '20% (£6,200) in the tactical pot': the amount's own words put it in a pot.
_IN_POT_AFTER = re.compile(
    r"^\W{0,3}(?:(?:is|was|are|were|will\s+be)\s+)?(?:(?:held|placed|kept|put)\s+)?in\s+(?:the|a|an)\s+"
    r"(?P<pot>up-?front|tactical)\s+(?:pot|fund)\b",
    re.I,
)

# '£N had been allocated to the projects agreed in May': money committed to projects, not a pot.
_ALLOCATED_TO_PROJECTS = re.compile(
    r"^\W{0,3}(?:has|have|had)\s+been\s+(?:allocated|committed|awarded)\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?projects\b",
    re.I,
)

# '£N is allocated to upfront projects agreed in May': the verb after the amount places it in a pot,
# whatever approval the rest of the clause mentions.
_PLACED_AFTER = re.compile(
    r"^\W{0,3}(?:is|was|are|were|has\s+been|have\s+been|will\s+be)\s+(?:being\s+)?(?:allocated|placed|held|set\s+aside|"
    r"ring-?fenced|reserved|earmarked|kept)\b",
    re.I,
)

# Money given out of the year's grant: 'of which £N has been given to the five councils'.
_OF_WHICH_GIVEN = re.compile(r"\bof\s+which\s*$", re.I)

_GIVEN_AFTER = re.compile(r"^\W{0,3}(?:(?:has|have|had)\s+been|was|were)\s+(?:given|awarded|granted|distributed)\s+(?:(?:in|as)\s+(?:grants?|awards?|funding)\s+)?to\b", re.I)

# 'The remaining £N', 'a further £N is available': the unallocated balance.
# 'the remaining £N'; 'the Committee's remaining (grants) budget for 2019/20 is £N'; 'with the remaining Community
# Grants budget (£N)': the balance left.
_REMAINING_BEFORE = re.compile(
    r"\bthe\s+remaining(?:\s+(?:balances?|sums?)\s+of)?\s*$"
    r"|\bthe\s+remaining\s+(?:[\w'’-]+\s+){0,3}?(?:budget|balance|funds|funding|allocation)\s*(?:\(|:|of)\s*$"
    rf"|\bremaining\s+(?:grants?\s+)?(?:budget|balance)\s+(?:for\s+(?:the\s+)?(?:financial\s+year\s+)?{YEAR_PAIR}\s+)?"
    r"(?:is|was|stands\s+at)\s*$",
    re.I,
)

_FURTHER_AVAILABLE = re.compile(r"\ba\s+further\s*$", re.I)

_AVAILABLE_AFTER = re.compile(r"^\W{0,3}(?:is|are|remains?)\s+(?:still\s+)?available\b", re.I)

# The year's fund: '£N to share between local groups', 'a total of £400k shared between charities',
# '£N set aside for the fund', '£N for small grants'.
_TO_SHARE_AFTER = re.compile(r"^\W{0,3}(?:to\s+(?:share|distribute|award|allocate|give\s+out)|(?:shared|split|divided)\s+between)\b", re.I)

# 'approve the allocation of £N from the 2024-5 <Fund> to the three organisations', 'To award a total of
# £N in grants to ...': the total of a decision's list, approved only when the decision is signed.
# 'set aside £N for the fund' under a heading naming a grant fund: that fund.
_THE_FUND = re.compile(r"\bthe\s+fund\b", re.I)

_ALLOCATION_OF = re.compile(
    r"\b(?:approve|approved|approves)\s+(?:the\s+)?(?:allocation|award)\s+of\s*$|\bgrants\s+totall?ing\s*$"
    r"|\bto\s+award\s+(?:a\s+total\s+of|[^.£]{0,80}?\btotall?ing)\s*$",
    re.I,
)

# 'The total cost of £N will be met from the Community Safety Fund', 'The scheme will cost £N of which £M will come
# from the grant': a cost, or its part, charged to a fund, not the fund.
_MET_FROM_AFTER = re.compile(
    r"^\W{0,3}(?:will\s+be|is|are|to\s+be|would\s+be|be|can\s+be)\s+(?:met|financed|funded|drawn|contained)\s+(?:from|within|out\s+of)\b"
    r"|^\W{0,3}(?:will|would|is\s+to|is\s+expected\s+to)\s+come\s+from\b",
    re.I,
)

_COST_BEFORE = re.compile(r"\b(?:costs?|expenditure|spend)\b", re.I)

# '£N required to pay these 17 grant awards': what a list costs, not money allocated.
_REQUIRED_AFTER = re.compile(r"^\W{0,3}(?:is\s+|are\s+|will\s+be\s+)?(?:required|needed)\s+(?:to|for)\b", re.I)

_FROM_FUND_AFTER = re.compile(r"^\W{0,3}from\s+the\s+", re.I)

# '£N per annum over 3 years', '(total of £N for the 3 years)', '£N a year for 2024/25 to 2026/27': money over
# several years is no year's figure.
SEVERAL_YEARS = re.compile(
    rf"^\W{{0,3}}(?:per\s+annum\s+|a\s+year\s+|each\s+year\s+)?{OVER_SEVERAL_YEARS}"
    r"|^\W{0,3}(?:per\s+(?:annum|year)|a\s+year|each\s+year|annually)\s+(?:for|from|over|between)\s+(?:the\s+)?(?:years\s+)?"
    rf"{YEAR_PAIR}\s+(?:to|until|and|[-–])\s+{YEAR_DIGITS}",
    re.I,
)

# 'approved £N from the X Fund for the four projects outlined in Appendix A': the total of a list.
_FOR_LISTED_PROJECTS = re.compile(
    rf"\bfor\s+(?:the\s+)?{COUNT}\s+(?:\w+\s+)?(?:projects|schemes|applications|bids)\b",
    re.I,
)

# '25 groups received £90,000', '12 projects have been awarded £N': a round's payout to counted recipients.
_COUNTED_RECIPIENTS = re.compile(
    rf"\b{COUNT}\s+(?:\w+\s+)?{RECIPIENTS}"
    r"\s+(?:have\s+|had\s+)?(?:been\s+)?(?:received|awarded|granted|given)(?:\s+a\s+total\s+of)?\s*$",
    re.I,
)

# 'A total sum of £N was distributed to successful applicants', 'when £N was shared out across the
# county': what a round gave out.
_DISTRIBUTED_AFTER = re.compile(
    r"^\W{0,3}(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:distributed|shared\s+out|paid\s+out|handed\s+out)\b"
    r"(?P<recipients>\s+(?:to|among|amongst|between)\s+(?:the\s+)?(?:\w+\s+)?"
    rf"(?:{RECIPIENTS}|recipients)"
    r"|\s+(?:across|throughout)\s+(?:the\s+)?(?:county|district|borough|city|region|area|[A-Z][\w-]+)\b)?",
    re.I,
)

# 'the PCC is providing through a bidding process, £N for the financial year 2014/15': the year's fund.
_PROVIDING_BEFORE = re.compile(
    r"\b(?:(?:is|are|will\s+be)\s+(?:providing|making\s+available|offering)|(?:has|have)\s+(?:provided|made\s+available))"
    r"\b[^.£]{0,60}$",
    re.I,
)

_FOR_YEAR_AFTER = re.compile(rf"^\W{{0,3}}(?:for|in)\s+(?:the\s+)?(?:(?:financial|fiscal)\s+year\b|{YEAR_DIGITS}\b)", re.I)

# 'another organisation has also received £N to deliver ...', 'our charity was awarded £N', 'our shelter was
# awarded £N' (a speaker's own body, whatever its kind): one recipient's award, no total.
_ONE_RECIPIENT_BEFORE = re.compile(
    r"\b(?:another|an?|one|our|this|their)\s+(?:\w+\s+)?(?:organisation|organization|group|charity|club|applicant|scheme)\b[^.£]{0,40}$"
    r"|\bour\s+[\w-]+\s+(?:was|has\s+been|had\s+been)\s+(?:awarded|granted|given)\s*$",
    re.I,
)

# 'That X be awarded a grant of £N', 'a grant of £N be awarded (to X)': one award to one recipient, not
# the year's grant (unless the sentence names the partnership or the commissioner's grant to it).
_ONE_AWARD_BEFORE = re.compile(r"\b(?:awarded|given|offered|made|receives?|received)\s+an?\s+(?:[\w-]+\s+){0,2}?grant\s+of\s*$", re.I)

_AN_AWARD_BEFORE = re.compile(r"\b(?:an?|one)\s+(?:[\w-]+\s+){0,2}?grant\s+of\s*$", re.I)

_BE_AWARDED_AFTER = re.compile(
    r"^\s*(?:be|was|were|has\s+been|had\s+been|is|will\s+be)\s+(?:awarded|made|approved|given|paid|offered|withdrawn|returned|"
    r"repaid|cancelled|declined|refused|deferred|rescinded)\b",
    re.I,
)

_GRANT_HOLDER = re.compile(rf"\b{GRANT_HOLDER}\b", re.I)

# 'increased its annual budget for the X Fund to £N', 'This increases the total Community Safety Fund to £N': the fund's new size.
_FUND_RAISED_TO = re.compile(
    r"\b(?:increas(?:ed|es)|rais(?:ed|es)|doubl(?:ed|es)|top(?:ped|s)\s+up)\b[^.]{0,80}\bfund\b[^.]{0,20}\bto\s*$", re.I
)

# 'provided each of its 57 councillors with an allocated fund of £N': one member's share, no total.
# 'each of the 12 groups will receive', 'the offer to each club of a £350 grant': a rate per recipient, no total.
# 'Each ward councillor has £N allocation', 'each member is given a budget of £N': one member's share of a scheme, no total.
PER_UNIT_BEFORE = re.compile(
    r"\beach\s+of\b[^.£;]{0,80}$|\b(?:to|for)\s+each\s+(?:[\w-]+\s+){1,3}?of(?:\s+an?)?\s*$"
    r"|\beach\s+(?:[\w-]+\s+){0,2}?(?:councillors?|members?|wards?)\s+(?:has|have|gets|receives|is\s+given|is\s+allocated)"
    r"(?:\s+(?:an?\s+)?(?:allocation|budget|pot|fund|sum)\s+of)?\s*$",
    re.I,
)

# 'That the Community Grant awards, totalling £N in revenue grants and £M in capital grants, ... be
# approved': each kind's approved total.
_AWARDS_TOTALLING = re.compile(r"\bawards?,?\s+totall?ing\b", re.I)

_IN_KIND_GRANTS_AFTER = re.compile(r"^\W{0,3}in\s+(?:[\w-]+\s+)?grants\b", re.I)

_BE_APPROVED = re.compile(r"\bbe\s+approved\b", re.I)

# 'the unspent balance of £N was returned', 'an underspend of £N': the money not spent, not a balance to allocate.
_UNSPENT_BEFORE = re.compile(r"\b(?:unspent|underspent|under-?spend)\s+(?:(?:balance|sum|amount|money|monies|funds?)\s+)?(?:of\s*)?$", re.I)

# 'DECISION: I approve grants totalling £N from the X Fund': the signer's own approval.
_I_APPROVE = re.compile(r"\bI\s+(?:hereby\s+)?(?:approve|have\s+approved|agree|authorise|authorize)\b")

# 'The budget for 2023/24 is £N' under a grants heading: that grant's budget.
_THE_BUDGET_IS = re.compile(
    r"(?:^|[.:]\s*|\b(?:scheme|fund|grants?)\s+)the\s+(?:annual\s+)?budget\s+(?:for\s+(?:the\s+)?(?:financial\s+year\s+)?"
    r"(?:\d{4}\s*[-/–]\s*\d{2,4}|\d{4}\s+to\s+\d{4}|FY\s?\d{2}/\d{2}|this\s+year)\s+)?(?:is|was|will\s+be|stands\s+at)\s*$",
    re.I,
)


# 'Annual grant normally £500', 'the grant is usually £N': what one applicant habitually gets, a rate and no total.
_HABITUAL_BEFORE = re.compile(r"\b(?:normally|usually|typically|generally|ordinarily)\s*(?:of|is|was|been|about|around)?\s*$", re.I)


def _pot_kind(pot: str) -> AllocationKind:
    return "tactical_pot" if pot.lower() == "tactical" else "upfront_pot"


# 'has spent £390 of its £400 budget allocation for grant aid', 'had committed £N of the £M fund': the part of the
# body's budget already given out, the budget its next figure.
_SPENT_BEFORE = re.compile(
    r"\b(?:has|have|had)\s+(?:now\s+|already\s+|so\s+far\s+)?(?:spent|awarded|allocated|committed|distributed|used)\s*$", re.I
)
_OF_ITS_AFTER = re.compile(r"^\s*of\s+(?:its|the|their|his|her|our|this\s+year'?s|the\s+year'?s)\s*$", re.I)


def classify(
    left: str, right: str, sentence: str, decision: str | None = None, grant_context: bool = True
) -> AllocationKind | None:
    """The allocation kind of an amount from its clause, or None when it is not one.

    ``decision`` is the status of the decision printed near it ('approved' for a signed decision
    record); ``grant_context`` whether its paragraph names a grant (a balance needs one). Totals,
    the year's fund and balances read from general words ('in total', 'set aside', 'the
    remaining', 'received £N') need grant vocabulary in the clause ('the pension fund' is no grant).
    """
    if "EXCLUDE" in _labels(sentence) or outside_grant(f"{left} {right}") or SEVERAL_YEARS.match(right):
        return None
    if is_limit(left, right) or _REQUIRED_AFTER.match(right) or PER_UNIT_BEFORE.search(left) or project_cost(left) or _HABITUAL_BEFORE.search(left):
        return None
    if _MET_FROM_AFTER.match(right) and _COST_BEFORE.search(f"{left} {sentence}"):
        return None
    if (_AWARDS_TOTALLING.search(sentence) and _BE_APPROVED.search(sentence) and _IN_KIND_GRANTS_AFTER.match(right)) or stated_decisions.resolved_total(left, right):
        return "approved_total"
    if stated_decisions.replaced_figure(left, right):
        return None
    if _SPENT_BEFORE.search(left) and _OF_ITS_AFTER.match(right) and _grant_words(sentence):
        return "approved_total"
    if stated_totals.given_to_counted(left, right):
        return "approved_total"
    if shared_round(left, right):
        return None if part_of_a_round(left) else "approved_total"
    if _COUNTED_RECIPIENTS.search(left) or _ONE_RECIPIENT_BEFORE.search(left) or one_application(left) or _requested(left, right):
        return None
    if (_ONE_AWARD_BEFORE.search(left) or (_AN_AWARD_BEFORE.search(left) and _BE_AWARDED_AFTER.match(right))) and not _GRANT_HOLDER.search(sentence):
        return None
    if named_body_after(right) or earlier_figure(left, right) or one_named_grant(left, right):
        return None
    grant_words = _grant_words(f"{left} {right}")
    if fund_raised_to(left, sentence) and (grant_words or _grant_words(sentence) or (grant_context and _THE_FUND.search(sentence))):
        return "grant_total"
    if (_FUND_RAISED_TO.search(left) and grant_words) or (_PROVIDING_BEFORE.search(left) and _FOR_YEAR_AFTER.match(right)):
        return "grant_total"
    if (distributed := _DISTRIBUTED_AFTER.match(right)) and (distributed.group("recipients") or "TOTAL" in _labels(left)):
        return "approved_total"
    if _ALLOCATION_OF.search(left) and (_FROM_FUND_AFTER.match(right) or "TOTAL" in _labels(left)):
        return "approved_total" if decision == "approved" or _I_APPROVE.search(left) else None
    if (_OF_WHICH_GIVEN.search(left) and _GIVEN_AFTER.match(right)) or stated_totals.BRINGS_TOTAL_TO.search(left):
        return "approved_total"
    labels = _labels(f"{left} {right}")
    if _REMAINING_BEFORE.search(left) and placed_remainder(right):
        return None
    if not {"UPFRONT", "TACTICAL", "MOVE"} & labels and grant_context and (
        _REMAINING_BEFORE.search(left) or stated_totals.REMAINING_FUNDS_ARE.search(left)
        or (_FURTHER_AVAILABLE.search(left) and _AVAILABLE_AFTER.match(right))
    ):
        return "remaining"
    if "UPFRONT" in labels and "MOVE" in labels and "TACTICAL" in labels:
        return "moved_to_tactical"
    left_in = _LEFT_IN_POT.match(right)
    if left_in and re.search(r"\bleaving$", left, re.I):
        other = "tactical" if left_in.group("pot").lower() != "tactical" else "up-?front"
        if re.search(rf"\b{other}\b", sentence, re.I) and not re.search(r"\b(?:unallocated|unspent|remain)", right, re.I):
            return _pot_kind(left_in.group("pot"))
    if unallocated_before(left) and grant_context:
        return "remaining"
    if _UNSPENT_BEFORE.search(left):
        return "underspend"
    if _AMOUNT_THEN_BALANCE.match(right) or "BALANCE" in labels or (_LEAVES_BEFORE.search(left) and grant_context):
        return "remaining"
    if "UNDERSPEND" in labels:
        return "underspend"
    if in_pot := _IN_POT_AFTER.match(right):
        return _pot_kind(in_pot.group("pot"))
    if _ALLOCATED_TO_PROJECTS.match(right):
        return "upfront_approved" if re.search(r"\btactical\b", sentence, re.I) else "approved_total"
    if "TACTICAL" in labels and "PLACEMENT" in labels:
        return "tactical_pot"
    if "UPFRONT" in labels:
        if "PLACEMENT" in labels and _PLACED_AFTER.match(right):
            return "upfront_pot"
        if "APPROVAL" in labels:
            return "upfront_approved"
        if "PLACEMENT" in labels:
            return "upfront_pot"
    if to_be_awarded(right) and grant_words:
        return "grant_total"
    if "APPROVAL" in labels and ("TOTAL" in labels or _FOR_LISTED_PROJECTS.search(right)) and grant_words:
        return "approved_total"
    given_to = _ALLOCATED_THEN_AMOUNT.search(left)
    if given_to and _SO_FAR.search(f"{left} {right}") and given_to.group("verb").lower() in {"awarded", "granted", "allocated"}:
        return "approved_total"
    if given_to and gave_out(left, right, given_to):
        return "approved_total"
    if given_to and one_passive_award(left, given_to):
        return None
    if given_to and given_to.group("verb").lower() == "received" and _FROM_FUNDER_AFTER.match(right) and _GRANT_TAKER.search(left):
        return "grant_total"
    if given_to and given_to.group("verb").lower() in {"received", "provided", "given"} and not grant_words:
        given_to = None
    if _AVAILABLE_THROUGH_AFTER.match(right) and grant_words and not left.strip():
        return "grant_total"
    if _TO_SHARE_AFTER.match(right) and had_to_give(left, grant_context):
        return "grant_total"
    if share_of_a_fund(right):
        return None
    if "GRANT" in labels or given_to or (_TO_SHARE_AFTER.match(right) and grant_words):
        return "grant_total"
    if "PLACEMENT" in labels and (grant_words or (grant_context and _THE_FUND.search(f"{left} {right}"))):
        return "grant_total"
    if grant_context and _THE_BUDGET_IS.search(left):
        return "grant_total"
    return None
