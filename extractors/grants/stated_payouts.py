"""Session 27 forms of a yearless figure's clause, read by ``stated_totals.stated_kind`` after its own: payouts and
funds as commissioners', community foundations' and councils' news pages word them.

``approved_total``: the figure then a passive payout to many or through a fund or round ('£N has been handed out
through the fund this year', '£N has been awarded to partners for 2013/14', 'funding totalling £N has been allocated
in the sixth round of grants', '..., with more than £N being awarded to organisations in the latest round'); a
running amount ('brings the amount now awarded to good causes since 2012 to £N'); a payout to many in the simple past
('In October, Jo awarded £N to charities and organisations', 'has now given £N to over 340 groups'); 'groups ... are to
benefit from a share of £N'; 'the Panel approved £N worth of grant applications'; a payout worded as investment (session 28:
'£N invested into neighbourhoods across the county', 'has so far invested £N in the current financial year'). ``grant_total``: money a funder is
yet to give out, to no named recipient ('The four foundations will distribute a total of £N by March', 'expect to
allocate around £N in this grant round', 'This £N funding will be spent on local projects'); a fund's size after a
dashed aside ('the X Fund - a fund created from ... - amounts to £N'); money yet to be invested in
communities or projects ('£N will be invested in community-based projects', session 29); a share 'of which' a wider sum gives a named area ('£N is available to
<Council>, of which £M is allocated to the <Area> committee area': the share; the wider sum is ``figure_roles.wider_fund``).
"""

from __future__ import annotations

import re

from extractors.grants.round_cues import NOT_GRANT_USE, NOT_GRANT_USE_IN, NOT_INVESTED_IN, RECIPIENTS, TO_MANY
from schemas.facts import AllocationKind

_GIVEN = r"(?:handed\s+out|given\s+out|paid\s+out|shared\s+out|awarded|allocated|distributed|granted)"
# Where the payout went: through or from a fund, in a round, or to many (never one named body: 'to the Tarn Club'; nor
# a fund named by other money: 'through the staff car loan scheme'; nor a round's money for works: 'allocated in the
# third round of the X Fund to road schemes').
_THROUGH_FUND = rf"(?:through|from|via)\s+(?:the|its|this)\s+(?:(?!{NOT_GRANT_USE}\b)[\w'’-]+\s+){{0,3}}?(?:fund|scheme|programme|pot)\b"
_IN_ROUND = r"(?:in|during)\s+(?:the|this|its)\s+(?:[\w-]+\s+){0,2}?round\b"
_TO_PARTNERS = r"to\s+(?:local\s+|its\s+|our\s+|key\s+)?partners\b"
_PASSIVE_PAYOUT_AFTER = re.compile(
    rf"^\W{{0,3}}(?:has|have)\s+(?:now\s+|already\s+)?been\s+{_GIVEN}\s+(?:{_THROUGH_FUND}|{_IN_ROUND}|{_TO_PARTNERS})",
    re.I,
)
# '..., with more than £N being awarded to organisations in the latest round of funding'.
_WITH_BEFORE = re.compile(r"\bwith\s*$", re.I)
_BEING_PAID_AFTER = re.compile(rf"^\W{{0,3}}being\s+{_GIVEN}\s+(?:{_IN_ROUND}|{_THROUGH_FUND}|{_TO_PARTNERS})", re.I)
# '..., with more than £N being awarded to organisations': a payout to many under way (``TO_MANY`` reads the rest).
_BEING_GIVEN = re.compile(rf"^\W{{0,3}}being\s+{_GIVEN}(?=\s)", re.I)
# Never one recipient's ('brings the amount now awarded to the former officer to £N'): a recipient named must be many.
_RUNNING_AMOUNT_TO = re.compile(
    r"\bbring(?:s|ing)?\s+the\s+(?:amount|sum)\s+(?:of\s+(?:funding|grants?|money)\s+)?(?:now\s+|so\s+far\s+)?"
    r"(?:awarded|given|granted|distributed|provided|allocated|donated)\b(?P<between>[^.£;]{0,100}?)\bto\s*$",
    re.I,
)
# 'In October, the Commissioner awarded £N to charities and organisations', 'the Fund has now given £N to over 340
# groups': a payout to many, in the simple past or with an adverb ('has given out', 'has awarded' are ``stated_totals``').
_GAVE_TO_MANY_BEFORE = re.compile(
    r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bwas\s)(?<!\bwere\s)\b(?:awarded|distributed|handed\s+out|gave\s+out)\s*$"
    r"|\b(?:has|have|had)\s+(?:now|so\s+far|already)\s+(?:given|awarded|distributed)\s*$"
    r"|\b(?:has|have|had)\s+given\s*$",
    re.I,
)
# 'TEN community organisations ... are to benefit from a share of £N': what the round's recipients share, named as the
# sentence opens ('After review, a further nine clubs are to benefit from a share of £N' is part of a round).
_BENEFIT_FROM_SHARE = re.compile(
    rf"^\W{{0,3}}(?:the\s+)?(?:[\w-]+\s+){{0,3}}?{RECIPIENTS}\b[^.£;]{{0,80}}?\b(?:are|is)\s+(?:set\s+)?to\s+benefit\s+from\s+a\s+share\s+of(?:\s+the)?\s*$", re.I
)
# 'Tarnby District Council approved £N worth of community grants', 'the Panel approved £N worth of grant applications'.
_APPROVED_BEFORE = re.compile(r"\b(?:approved|agreed|awarded)\s*$", re.I)
_WORTH_OF_GRANTS_AFTER = re.compile(r"^\W{0,3}worth\s+of\s+(?:[\w-]+\s+)?(?:grants|grant\s+(?:applications|awards|funding))\b", re.I)
# 'The four community foundations will distribute a total of £N', 'expect to allocate around £N in this grant round';
# never spending, relief or a contract ('will award £N to the successful contractor', ``NOT_GRANT_USE``).
_TO_GIVE_BEFORE = re.compile(
    r"\b(?:will|expects?\s+to|plans?\s+to|intends?\s+to|aims?\s+to)\s+(?:distribute|allocate|award|give\s+out|hand\s+out|share\s+out)"
    r"(?:\s+a\s+total\s+of)?\s*$",
    re.I,
)
# A named recipient or a figure for each: one award, not the money on offer. Nor money put into a fund or spread over years ('will allocate £N to the fund over the next three years').
_ONE_OR_EACH_AFTER = re.compile(
    r"^\W{0,3}(?:to|for)\s+(?:the\s+)?(?-i:[A-Z])|^[^.;]{0,60}?\b(?:each|apiece|per)\b"
    r"|^\W{0,3}(?:to|into)\s+(?:the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?(?:fund|pot|scheme|budget)\b"
    r"|^[^.;]{0,60}?\bover\s+(?:the\s+)?(?:next\s+)?(?:\w+\s+)?years\b",
    re.I,
)
# 'This £N funding will be spent on local projects': the sum on offer, its clause opening on it.
_THIS_BEFORE = re.compile(r"^\W{0,3}this\s*$", re.I)
_FUNDING_TO_SPEND_AFTER = re.compile(
    r"^\W{0,3}(?:funding|fund|pot)\s+will\s+be\s+(?:spent\s+on|used\s+(?:for|to\s+fund|on)|shared\s+(?:between|among))\s+"
    rf"(?:(?!{NOT_GRANT_USE}\b)[\w-]+\s+){{0,2}}?(?:projects|groups|organisations|schemes|initiatives|causes)\b",
    re.I,
)
# "X's Property Act Fund - a fund created from ... - amounts to £N": a fund's size after a dashed aside.
_FUND_ASIDE_AMOUNTS_TO = re.compile(
    r"\bfund\s+[-–—]\s+[^£;]{1,240}?\s+[-–—]\s+(?:amounts\s+to|totals|stands\s+at|is\s+worth)\s*$", re.I
)
_SHARE_OF_WHICH = re.compile(
    r"\b(?:is|was|are|has\s+been|will\s+be)\s+(?:made\s+)?available\s+to\s+(?:the\s+)?(?-i:[A-Z])[^.£;]{0,60}?,?\s+of\s+which\s*$", re.I
)
_ALLOCATED_TO_NAMED_AFTER = re.compile(
    r"^\W{0,3}(?:is|was|has\s+been|will\s+be)\s+(?:allocated|given|awarded|set\s+aside)\s+(?:to|for)\s+(?:the\s+)?(?-i:[A-Z])", re.I
)


# '... and £N invested into neighbourhoods across the county', 'the Commissioner has so far invested £N in the current
# financial year in a bid to support victims': a commissioner's payout worded as investment, into communities or to date;
# never the police's own resources ('has so far invested £N in 30 extra officers', ``NOT_GRANT_USE``).
_INVESTED_INTO_AFTER = re.compile(
    rf"^\W{{0,3}}(?:(?:has|have)\s+been\s+|was\s+|were\s+)?invested\s+(?:in|into)\s+(?:local\s+|our\s+|the\s+)?"
    rf"(?:communities|neighbourhoods|neighborhoods|{RECIPIENTS})\b",
    re.I,
)
_SO_FAR_INVESTED_BEFORE = re.compile(r"\b(?:has|have)\s+so\s+far\s+invested\s*$", re.I)
# The period 'so far' runs to, printed straight after the figure: what it was invested in is then not printed there ('has
# so far invested £N in the control room upgrade' is the force's own spending).
_SO_FAR_PERIOD_AFTER = re.compile(
    r"^\W{0,3}(?:in|during|over)\s+(?:the\s+)?(?:current|this|last|past)\s+(?:financial\s+)?year\b", re.I
)


# 'Over the next 12 months, (up to) £N will be invested in community-based projects', '£N set to be invested back into
# communities': money a commissioner is yet to put into many, the fund on offer (session 29); never police resources.
_TO_BE_INVESTED_AFTER = re.compile(
    r"^\W{0,3}(?:will|(?:is|are)\s+(?:set\s+|going\s+)?to)\s+be\s+(?:re-?)?invested\s+(?:back\s+)?(?:in|into)\s+"
    rf"(?:local\s+|our\s+|the\s+)?(?:community[- ]based\s+|grassroots\s+|local\s+)?(?:communities|neighbourhoods|neighborhoods|{RECIPIENTS})\b",
    re.I,
)


def to_be_invested(right: str) -> bool:
    """The figure is yet to be invested in communities or many recipients (``_TO_BE_INVESTED_AFTER``): a fund. The words
    it names are no police resource, so 'support the Police and Crime Plan' after them may follow; works may not."""
    return bool(_TO_BE_INVESTED_AFTER.match(right)) and not NOT_GRANT_USE_IN.search(right[:160])


def _invested_payout(left: str, right: str) -> bool:
    """A payout worded as investment (``_INVESTED_INTO_AFTER``, ``_SO_FAR_INVESTED_BEFORE``), not in police resources
    nor other spending (``round_cues.NOT_INVESTED_IN``)."""
    if NOT_INVESTED_IN.search(right[:160]):
        return False
    return bool(_INVESTED_INTO_AFTER.match(right) or (_SO_FAR_INVESTED_BEFORE.search(left) and _SO_FAR_PERIOD_AFTER.match(right)))


def payout_kind(left: str, right: str) -> AllocationKind | None:
    """The kind one of this module's forms fixes for a yearless figure (module docstring), else None."""
    being_paid = _BEING_PAID_AFTER.match(right) or ((being := _BEING_GIVEN.match(right)) and TO_MANY.match(right[being.end() :]))
    if (_PASSIVE_PAYOUT_AFTER.match(right) or (_WITH_BEFORE.search(left) and being_paid)) and not NOT_GRANT_USE_IN.search(right[:160]):
        return "approved_total"
    if (_GAVE_TO_MANY_BEFORE.search(left) and TO_MANY.match(right) and not _ONE_OR_EACH_AFTER.search(right)) or _BENEFIT_FROM_SHARE.search(left):
        return "approved_total"
    if _running_amount(left) or (_APPROVED_BEFORE.search(left) and _WORTH_OF_GRANTS_AFTER.match(right)) or _invested_payout(left, right):
        return "approved_total"
    if _TO_GIVE_BEFORE.search(left) and not _ONE_OR_EACH_AFTER.search(right) and not NOT_GRANT_USE_IN.search(right[:160]):
        return "grant_total"
    if (_THIS_BEFORE.match(left) and _FUNDING_TO_SPEND_AFTER.match(right)) or _FUND_ASIDE_AMOUNTS_TO.search(left) or to_be_invested(right):
        return "grant_total"
    if _SHARE_OF_WHICH.search(left) and _ALLOCATED_TO_NAMED_AFTER.match(right):
        return "grant_total"
    return None


def _running_amount(left: str) -> bool:
    """'brings the amount now awarded to good causes since 2012 to': a running payout, its recipients (if named) many."""
    running = _RUNNING_AMOUNT_TO.search(left)
    if running is None:
        return False
    between = running.group("between")
    return not re.match(r"\s*to\b", between) or bool(TO_MANY.match(between))
