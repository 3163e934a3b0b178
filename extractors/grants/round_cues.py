"""Cue phrases of a grant round's figures: counted recipients sharing a sum, a panel's sum to allocate,
what a panel awarded (and one recipient's passive award), and a fund raised to a new size; and the shared vocabularies
of money that is no grant and of names that are no recipient.

These rules are versioned by ``extractors.grants.allocations.VERSION`` (no version of their own).
"""

from __future__ import annotations

import re

from extractors.grants.own_body import GRANT_TAKER

# The one vocabulary of counted recipients ('12 projects', 'twenty-three groups', 'several charities'): a count and the
# kinds of recipient a round's figure is shared among, read by ``allocation_fallback``, ``allocation_clauses``,
# ``stated_totals``, ``project_mention`` and ``project_decisions``. ``SOME_COUNT`` adds the counts that give no number.
COUNT = (
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen"
    r"|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-\w+)?)"
)
SOME_COUNT = rf"(?:{COUNT}|several|many|various|a\s+number\s+of)"
# The one vocabulary of money that is not a grant, in two parts that share the contracts. ``OWN_ACCOUNT``: the body's
# own budget lines; a figure put to one ('£N to general reserves', '£M for the grass cutting contract') splits the
# body's budget, so an award run holding one gives no awards (``project_award_runs``). Read after a figure they often
# name where a grant fund's money comes from ('a pot of up to £N from the council's budget', 'met from reserves'), so
# the fund and payout forms read ``NOT_GRANT_USE`` only: spending, relief, lending, pay or a contract ('14 capital road
# projects', 'to repair the bridge', 'a new custody suite', 'the staff car loan scheme', 'business rates relief', 'the
# successful contractor'). A gift in an award run may pay for a repair ('£N towards the repair of X'): runs do not read
# the spending words.
_CONTRACTS = r"contract(?:or)?s?"
OWN_ACCOUNT = rf"(?:reserves?|budget|precept|contingency|{_CONTRACTS})"
NOT_GRANT_USE = (
    r"(?:capital|roads?|highways?|bridges?|housing|buildings?|estates?|vehicles?|custody|depots?|infrastructure|repairs?|"
    r"resurfacing|refurbish\w*|construction|insulation|loans?|pensions?|(?:rates|tax)\s+relief|rebates?|"
    rf"salar(?:y|ies)|bonus(?:es)?|{_CONTRACTS})"
)
NOT_GRANT_USE_IN = re.compile(rf"\b{NOT_GRANT_USE}\b", re.I)
# The police's own resources, a third part read only where money is 'invested' (``stated_payouts``): 'has so far
# invested £N in 30 extra officers', '... in new cameras and drones' is the force's spending, no payout.
POLICE_RESOURCE = r"(?:officers?|PCSOs?|staff|police|technology|equipment|cameras?|CCTV|drones?|stations?|systems?|(?-i:IT))"
NOT_INVESTED_IN = re.compile(rf"\b(?:{POLICE_RESOURCE}|{NOT_GRANT_USE})\b", re.I)
# 'Awards were given to staff:', 'Staff awards:': the body's own people honoured, no grants (``project_list_leads``).
STAFF_AWARDS = re.compile(
    r"\b(?:awards?|prizes?)\s+(?:(?:were|was|have\s+been|has\s+been)\s+)?(?:given|presented|made|handed\s+out)\s+to\s+"
    r"(?:(?:the|our|its|council|long[\s-]serving)\s+){0,2}(?:staff|employees|officers|colleagues|workers)\b|\bstaff\s+awards?\b",
    re.I,
)
# 'towards new benches in Westby Town Centre': a name ending in a 'Centre' that is a place names no body
# (``project_clauses``).
PLACE_CENTRE = re.compile(r"\b(?:Town|City|Shopping|Retail)[ \t]+Cent(?:re|er)$")
RECIPIENTS = (
    r"(?:groups|projects|organisations|organizations|charities|applicants|clubs|schemes|initiatives|causes|associations"
    r"|societies)"
)
# The fund-clause vocabulary ``allocation_fallback`` and ``stated_totals`` share: what holds a fund's money (a scheme or
# programme is a grant fund only beside grant words, which their callers ask for), the verbs of money given out, and
# collective or counted recipients after 'to|among|between|across' ('to more than 30 local groups', 'between the
# partnerships').
FUND_NOUN = r"(?:funds?|pot|budget|scheme|programme|grants?)"
GIVEN_OUT = r"(?:awarded|distributed|shared(?:\s+out)?|given\s+out|paid\s+out|handed\s+out|granted)"
COLLECTIVE = (
    r"(?:(?:more\s+than|over|some|around|about|almost|nearly|at\s+least|up\s+to)\s+)?"
    rf"(?:{COUNT}|local|community|voluntary|various|successful|a\s+(?:wide\s+|broad\s+|diverse\s+)?(?:range|variety|number)\s+of|the)?\s*"
    rf"(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+){{0,3}}?(?:{RECIPIENTS}|(?:community\s+safety\s+)?partnerships|CSPs)\b"
)
TO_MANY = re.compile(rf"^\W{{0,3}}(?:in\s+(?:grants|funding)\s+)?(?:to|among|amongst|between|across)\s+{COLLECTIVE}", re.I)
# 'agreed to split its <named> budget of £N to groups ...', 'decided to share out the <X> budget of £N among local
# clubs': a budget the body divides among collective recipients is its grant fund, whatever it is called.
_SPLIT_BUDGET_BEFORE = re.compile(
    r"\b(?:agreed|decided|voted|resolved)\s+(?:\w+\s+){0,3}?to\s+(?:split|share|divide|distribute|allocate)\s+(?:out\s+)?(?:its|their|the)\s+"
    r"(?:[\w'’-]+\s+){0,6}?budget\s+of\s*$",
    re.I,
)


def budget_split_among_many(left: str, right: str) -> bool:
    """A budget the body agreed to divide among collective recipients ('split its budget of £N to groups ...')."""
    return bool(_SPLIT_BUDGET_BEFORE.search(left) and TO_MANY.match(right))


# A budget is a grant budget only when grant words or a fund come before it ('the grants budget', 'unallocated funds
# within the Committee's budget', 'the scheme has a total budget of £N') or it is on offer ('an available budget of
# £N'): 'approve the total budget of £N and the funding plan for a new pool' is one project's cost.
_FUND_BEFORE_BUDGET = re.compile(r"\b(?:funds?|pot|scheme|programme|grants?|allocation)\b|\bavailable\s+budget\b", re.I)


def grant_budget(clause: str, grant_words: bool = False) -> bool:
    """Whether the budget a clause's words name before a figure is a grant fund's (``grant_words``: the caller's own
    grant-word test on the words)."""
    return grant_words or bool(_FUND_BEFORE_BUDGET.search(clause))


# 'Twelve projects will share £N', '£N has been split between 13 organisations': a round's awards.
_COUNTED_SHARE = re.compile(
    rf"\b{COUNT}\s+(?:[\w-]+\s+){{0,3}}?{RECIPIENTS}\s+(?:will\s+share|have\s+shared|shared|are\s+sharing|sharing|share)"
    r"(?:\s+a\s+total\s+of)?\s*$",
    re.I,
)
_SPLIT_BETWEEN_COUNTED = re.compile(
    rf"^\W{{0,3}}(?:has|have|had|will)\s+been?\s+(?:split|shared|divided)\s+(?:between|among|amongst)\s+{COUNT}\s+"
    rf"(?:[\w-]+\s+){{0,3}}?{RECIPIENTS}\b",
    re.I,
)
# 'which is distributing a further £N across 13 organisations': the round's awards, the verb before the figure.
_DISTRIBUTING_BEFORE = re.compile(r"\b(?:distribut(?:ing|ed|es)|shar(?:ing|ed)|splitting)(?:\s+(?:a\s+further|a\s+total\s+of))?\s*$", re.I)
_ACROSS_COUNTED = re.compile(rf"^\W{{0,3}}(?:across|among|amongst|between)\s+{COUNT}\s+(?:[\w-]+\s+){{0,3}}?{RECIPIENTS}\b", re.I)
_FUND_OF_BEFORE = re.compile(r"\bof\s*$", re.I)
_A_FURTHER_COUNT = re.compile(rf"\b(?:a\s+further|another|the\s+remaining|the\s+other)\s+{COUNT}\b", re.I)
# 'The panel had £N to allocate in 2023/24', 'There is £N to allocate in this round': the fund.
_HAD_BEFORE = re.compile(r"\b(?:had|has|have|there\s+(?:is|was|will\s+be))\s*$", re.I)
_PANEL_SUBJECT = re.compile(r"\b(?:panel|committee|sub-committee|fund|scheme|programme)\b[^.£]{0,30}$", re.I)
# 'The panel awarded £N', 'Awarded | £N' (a row label); never the passive 'The Partnership was awarded £N'
# nor 'awarded £N to the CSP' (the partnership's grant).
_BARE_AWARDED = re.compile(r"(?:awarded|granted)\s*\W{0,2}", re.I)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|be|being|is|are|got|get)\s+(?:\w+\s+)?$", re.I)
_TO_GRANT_TAKER_AFTER = re.compile(r"^\W{0,3}to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?" + GRANT_TAKER + r"\b", re.I)
# 'The Community Grants Fund has been increased to £N', 'the fund has been increased from £N to £M'.
_FUND_INCREASED_TO = re.compile(
    r"\b(?:fund|scheme|programme|budget)\b[^.£]{0,40}?\b(?:increased|raised|doubled|topped\s+up|risen|grown|rose)\s+to\s*$", re.I
)
_FUND_INCREASED_FROM = re.compile(
    r"\b(?:fund|scheme|programme|budget)\b[^.£]{0,40}?\b(?:increased|raised|risen|grown|rose)\s+from\s+£[\d,.]+\s*[km]?\s+to\s+£",
    re.I,
)


def shared_round(left: str, right: str) -> bool:
    """Counted recipients share the figure ('Twelve projects will share £N', '24 groups sharing £N', '£N has been
    split between 13 organisations', 'distributing £N across 13 organisations'); not 'the Fund of £N has been shared between ...' (the fund's size)."""
    return bool(
        _COUNTED_SHARE.search(left) or (_SPLIT_BETWEEN_COUNTED.match(right) and not _FUND_OF_BEFORE.search(left))
        or (_DISTRIBUTING_BEFORE.search(left) and _ACROSS_COUNTED.match(right))
    )


def part_of_a_round(left: str) -> bool:
    """'A further 8 projects will share £N': part of a round, no round total."""
    return bool(_A_FURTHER_COUNT.search(left))


def had_to_give(left: str, grant_context: bool) -> bool:
    """'<panel> had £N' or 'there is £N' before 'to allocate|share ...': the sum a panel gives out."""
    return bool(_HAD_BEFORE.search(left) and (grant_context or _PANEL_SUBJECT.search(left)))


def gave_out(left: str, right: str, given_to: re.Match) -> bool:
    """An active 'awarded|granted £N' (or a bare 'Awarded' label) before the figure: what was given out."""
    return bool(
        _BARE_AWARDED.fullmatch(given_to.group(0).strip())
        and not _PASSIVE_BEFORE.search(left[: given_to.start()])
        and not _TO_GRANT_TAKER_AFTER.match(right)
    )


# 'The hall committee was awarded £N', 'Tarn Club which was granted £N': one recipient's award; not a grant taker
# ('The Partnership was awarded £N', 'we were given £N') nor collective recipients ('local groups were awarded £N').
_GRANT_TAKER_SUBJECT = re.compile(rf"\b(?:{GRANT_TAKER}|we|us)\b", re.I)
_COLLECTIVE_SUBJECT = re.compile(rf"\b{RECIPIENTS}\s+(?:\w+\s+)?$", re.I)


def one_passive_award(left: str, given_to: re.Match) -> bool:
    """A passive 'was awarded|granted|given £N' whose subject is one recipient, not the body or a collective."""
    before = left[: given_to.start()]
    return bool(
        given_to.group("verb").lower() in {"awarded", "granted", "given"}
        and _PASSIVE_BEFORE.search(before)
        and not _GRANT_TAKER_SUBJECT.search(before)
        and not _COLLECTIVE_SUBJECT.search(_PASSIVE_BEFORE.sub("", before))
    )


def fund_raised_to(left: str, sentence: str) -> bool:
    """The new figure of a fund raised ('has been increased to £N', 'increased from £A to £N')."""
    return bool(_FUND_INCREASED_TO.search(left) or (re.fullmatch(r"\W*to\W*", left) and _FUND_INCREASED_FROM.search(sentence)))
