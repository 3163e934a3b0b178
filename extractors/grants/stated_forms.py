"""More totals whose own words fix their kind (read by ``stated_totals.stated_kind``): a funder confirming or
offering the paper's body its grant, a named grants or commissioning budget, a round shared by counted
recipients, money put into counted or placed recipients, a per-area budget's total across all areas, an
unallocated balance, and a payout to plural recipients ('award funding to successful applicants to the value of £N',
'groups ... are to benefit from funds of £N', '..., with organisations and groups receiving £N', a headline's 'X Awards
£N to Local Community Groups').

A funder's grant ('the Ministry has now confirmed the funding of £N for the year 2025/26', 'the Department confirmed
Tarn Housing Duty funding for the 2025-26 financial year of £N', 'The Ministry have formally offered a
grant of <amount in words> (£N) to the Mayor'), or the area's share of a wider fund named before it ('Part of the £M X Fund, Tarnshire's award amounts to £N', 'The
Council's allocation was £N' after a sentence stating a national sum),
or one the body accepts ('propose the acceptance of £N of grant funding
from the Department', 'accept the X Fund grant offer of £N', 'accept the sum of £N offered to the Council'; never a sum
offered by a buyer or insurer, a named buyer's offer, or 'the Cabinet approved the acceptance of £N ... from the DfE') is the body's grant for the year even though another government
funder pays it: ``funder_grant`` is read before the rule that puts other funders' money outside the grant
(``allocation_cues.outside_grant``), and never when the grant goes to another named body ('confirmed a grant
of £N to the regional Violence Reduction Unit') or is passive ('Tarn Club was offered a grant of £N').
The forms of news pages' payouts, running totals and balances that ``stated_running`` reads are declared here too.
These rules are versioned by ``extractors.grants.stated_totals.VERSION`` (no version of their own).
Session 27: a national funder's grant to a commissioner or partnership named after the figure ('The government has given
£N to the Tarnshire police and crime commissioner's office'); a grant taker opening the sentence may carry a relative
clause up to 240 characters before 'has been awarded £N' ('The Tarn Community Safety Partnership, which brings together
..., has been awarded £N'); never a taker told that another body 'has been awarded £N' (reported speech).
"""

from __future__ import annotations

import re

from extractors.grants.decision_layout import GRANT_WORDS
from extractors.grants.own_body import OWN_BODY_KIND
from extractors.grants.round_cues import COUNT, NOT_GRANT_USE, RECIPIENTS, TO_MANY, part_of_a_round, shared_round
from extractors.readers.fiscal_year import YEAR_DIGITS, YEAR_TEXT
from schemas.facts import AllocationKind

_CONFIRMED_GRANT_BEFORE = re.compile(
    r"\b(?P<aux>(?:has|have|had|was|were|been|is|are)\s+)?(?:now\s+|formally\s+|today\s+)?(?:confirmed|offered)\s+"
    r"(?:(?:a|an|the|its|their)\s+)?(?:[\w'’-]+\s+){0,4}?(?:grant|funding|allocation)"
    r"(?:\s+(?:for|in)\s+(?:the\s+)?(?:[\w/–-]+\s+){0,3}?(?:financial\s+)?year)?"
    r"\s+of(?:\s+[a-z][a-z ,-]{0,200}\()?\s*$",
    re.I,
)
# 'Decision: To accept £N Safer Streets funding', 'agreed to accept the grant of £N', 'accept the Heritage Fund grant
# offer of £N', 'the acceptance of £N of grant funding': the body taking up its grant. 'accept the (total) sum of £N'
# only when the sum is offered or awarded after it ('accept the sum of £N offered to the Council by the Department').
_ACCEPT_BEFORE = re.compile(
    r"\b(?:accept(?:s|ed|ing)?|acceptance\s+of)(?:\s+(?:the|a|this))?"
    r"(?:\s+(?:(?:(?-i:[A-Z])[\w'’-]*|of|and|&)\s+){0,6}?(?P<noun>grant(?:\s+offer)?|funding(?:\s+offer)?)\s+of"
    r"|\s+(?P<offer>offer)\s+of|\s+(?:total\s+)?(?P<sum>sum|amount)\s+of)?\s*$",
    re.I,
)
_CABINET_APPROVED = re.compile(r"\b(?:cabinet|executive)\s+(?:has\s+|had\s+)?approved\s+(?:the\s+)?$", re.I)
# The sum offered to the body, or by a funder ('offered by the Department'); never by a buyer or an insurer.
_OFFERED_AFTER = re.compile(
    r"^\W{0,3}(?:(?:being|was|has\s+been)\s+)?(?:offered|awarded|granted)\s+(?:to\b|by\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:Department|Ministry|Government|Home\s+Office|Fund|Foundation|Lottery|Agency|Commissioner)\b)",
    re.I,
)
_GRANT_NOUN_AFTER = re.compile(r"^\W{0,3}(?:of\s+)?(?:[\w'’-]+\s+){0,4}?(?:funding|grant)\b", re.I)
_PASSIVE_AUX = re.compile(r"^(?:was|were|been|is|are)\s+$", re.I)
# '... to the Mayor of X', 'to the Commissioner': the paper's own body; '(for 2024/25) to the regional Violence
# Reduction Unit' and other bodies are someone else's grant ('to support victims' names no body).
_TO_AFTER = re.compile(r"^[^.;£]{0,40}?\bto\s+(?P<who>(?i:the)\s+[^.;,]{1,60}|[A-Z][^.;,]{0,60})")
_OWN_BODY = re.compile(rf"^(?:the\s+)?(?:Mayor|Police\s+and\s+Crime|us|{OWN_BODY_KIND})\b", re.I)
_YEAR_PRINTED = re.compile(rf"\b{YEAR_TEXT}\b", re.I)
# 'The 2025/26 Commissioning budget is £N', 'the community grants budget for 2024/25 is £N': a named grant-giving budget.
_NAMED_BUDGET_IS = re.compile(
    rf"\bthe\s+(?:{YEAR_TEXT}\s+)?(?:commissioning|(?:community\s+|small\s+|ward\s+|locality\s+)?grants?)\s+budget"
    rf"(?:\s+for\s+(?:the\s+)?(?:financial\s+year\s+)?{YEAR_TEXT})?\s+(?:is|was|stands\s+at|totals|amounts\s+to)\s*$",
    re.I,
)
# 'has injected £N of seized cash into helping more than 40 organisations', 'we have invested £N across Tarnshire
# that has helped projects', 'I have allocated more than £N to support over 250 crime reduction and community safety
# initiatives' (or '£N has been allocated to support ...'): money put into counted recipients, or across a named place
# for grant words (projects, groups), is what was given out ('invested £2m across Tarnby in new housing' is not, nor
# '£N has been allocated to support 14 capital road projects': ``NOT_GRANT_USE``).
_PUT_INTO = r"(?:now\s+|so\s+far\s+|already\s+)?(?:injected|invested|ploughed|pumped|allocated)"
_PUT_INTO_BEFORE = re.compile(rf"\b(?:has|have|had)\s+{_PUT_INTO}\s*$", re.I)
_PUT_INTO_AFTER = re.compile(rf"^\W{{0,3}}(?:has|have|had)\s+(?:now\s+|already\s+)?been\s+{_PUT_INTO}\b", re.I)
_INTO_COUNTED_AFTER = re.compile(
    r"^[^.£;]{0,80}?\b(?:into|to|across|among|helping|supporting|to\s+(?:support|help|fund))\s+"
    r"(?:(?:more\s+than|over|almost|nearly|some)\s+)?\d+\s+"
    rf"(?:(?!{NOT_GRANT_USE}\b)[\w-]+\s+){{0,5}}?(?:organisations|organizations|groups|projects|charities|initiatives|causes|clubs)\b",
    re.I,
)
_ACROSS_PLACE_AFTER = re.compile(r"^\W{0,3}(?:across|throughout)\s+(?:the\s+)?(?:county|district|borough|city|region|[A-Z][\w-]+)\b")
# 'fourteen more local organisations recently awarded funding totalling more than £N': what the recipients were given.
_RECIPIENTS_AWARDED_FUNDING = re.compile(
    rf"\b{RECIPIENTS}\b[^.£;]{{0,40}}?\b(?:awarded|granted|given)\s+(?:funding|grants)\s+totall?ing\s*$", re.I
)
# 'a £20,000 budget allocation (£80,000 across all four areas)': the whole fund behind a per-area budget.
_PER_AREA_BEFORE = re.compile(r"\b(?:budget|allocation|fund)\s*\(\s*$", re.I)
_ACROSS_ALL_AREAS_AFTER = re.compile(
    r"^\s*(?:in\s+total\s+)?across\s+(?:all\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:areas|wards|districts|localities|sub-areas|parishes)\s*\)",
    re.I,
)


# 'leaving a large unallocated underspend of £N', 'note the unallocated £N': money not yet given out is the balance.
_UNALLOCATED_BEFORE = re.compile(
    r"\b(?:unallocated|uncommitted)(?:\s+(?:underspend|under-spend|balance|sum|amount|funding|funds))?(?:\s+of)?\s*$", re.I
)


def unallocated_before(left: str) -> bool:
    """'an unallocated underspend of £N', 'the unallocated £N': the balance left to allocate."""
    return bool(_UNALLOCATED_BEFORE.search(left))


def funder_grant(left: str, right: str, before: str = "", opening: str = "") -> bool:
    """A funder confirming or offering the body its grant (module docstring): named as going to the body, or
    for a year printed in its clause ('confirmed funding of £3m for Safer Streets' alone may be a national sum); or the
    body accepting it ('To accept £N Safer Streets funding'); or the area's share of a wider fund whose size ``opening``
    (the sentence up to the figure) prints; or the council's allocation when ``before`` (the sentence before) states a
    national sum."""
    accepted = _ACCEPT_BEFORE.search(left)
    if accepted and _CABINET_APPROVED.search(left[: accepted.start()]):
        accepted = None  # 'the Cabinet approved the acceptance of £N ... from the DfE': a department's grant to the council
    if accepted and accepted.group("sum"):
        return bool(_OFFERED_AFTER.match(right))
    if accepted and accepted.group("offer") and accepted.group().lower().startswith("acceptance") and not _GRANT_NOUN_AFTER.match(right):
        accepted = None  # 'acceptance of the offer of £N for the depot': no grant named
    if accepted and (accepted.group("noun") or accepted.group("offer") or _GRANT_NOUN_AFTER.match(right)) or taker_given(left, right):
        return True
    if _SHARE_OF_FUND_BEFORE.search(opening) or (_COUNCILS_ALLOCATION_BEFORE.search(left) and _NATIONAL_SUM.search(before)):
        return True
    confirmed = _CONFIRMED_GRANT_BEFORE.search(left)
    if not confirmed or (confirmed.group("aux") and _PASSIVE_AUX.match(confirmed.group("aux"))):
        return False
    to = _TO_AFTER.search(right)
    if to is not None:
        return bool(_OWN_BODY.match(to.group("who")))
    return bool(_YEAR_PRINTED.search(f"{left} {right}"))


# 'Part of the £12 million Ministry of Justice Victims Fund, Tarnshire's award amounts to £N': the area's share of a wider
# fund named just before it, its size printed, is the body's grant ('Under the Small Grants Scheme, X Club's grant was £N'
# is an award).
_SHARE_OF_FUND_BEFORE = re.compile(
    r"£\s?[\d.,]+\s*(?:million|billion|bn|m)?\s+(?:[A-Z][\w'’&-]*\s+|(?:of|and|for)\s+){0,8}(?:Fund|Programme|Scheme|Grant),\s+"
    r"(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s\s+(?:award|share|allocation|grant)\s+(?:amounts\s+to|totals|comes\s+to|is|was)\s*$"
)

# '... would provide £500million to local authorities. The Councils allocation was £N.': the body's own share, when the
# sentence before states a national sum ('The Council's allocation was £N for the year' alone may be its own budget).
_COUNCILS_ALLOCATION_BEFORE = re.compile(
    r"^\W{0,3}(?:the\s+)?(?:council|partnership|authority)(?:['’]s|s['’]?)\s+(?:own\s+)?(?:allocation|share)\s+"
    r"(?:was|is|will\s+be|amounts\s+to|totals)\s*$",
    re.I,
)
_NATIONAL_SUM = re.compile(
    r"£\s?[\d.,]+\s*(?:million|billion|bn)\b|\bto\s+(?:all\s+)?(?:local\s+authorities|councils)\b", re.I
)


# 'The Tarn Violence Reduction Partnership – a group which ... – has been awarded £N', 'The Office of the Commissioner
# has successfully bid for £N': the sentence opens on a partnership, unit, board or commissioner (the grant taker), and
# the money it was given or won is its grant, never a round it gave out (the clause may open inside the name, 'and
# Crime Commissioner has ...', where the reader split it at 'and').
_TAKER = (
    r"(?:(?:the|and|of)\s+)?(?:[A-Z][\w'’&-]*\s+(?:(?:and|of|the|for)\s+)*){0,6}"
    r"(?:Partnership|Unit|Board|CSP|VRP|Commissioner|PCC|OPCC)\b"
)
_TAKER_GIVEN = re.compile(
    rf"^\W{{0,3}}{_TAKER}(?P<between>[^.£;]{{0,240}}?)"
    r"\b(?:has|have|had)\s+(?:now\s+|today\s+)?(?:been\s+(?:awarded|granted|given)|(?:successfully\s+)?(?:bid\s+for|secured|(?P<won>won)))\s*$"
)


# 'The Safeguarding Board was told ... that the local hospice has been awarded £N': the taker opening the sentence hears
# of another body's award (reported speech: 'that' opening the subject of the award), no grant of its own, unless a taker
# opens what it heard ('The Board noted that the Tarn Community Safety Partnership, which ..., has been awarded £N').
_REPORTED_THAT = re.compile(
    r"\b(?:told|heard|hears|hear|said|says|reported|reports|noted|notes|learned|learnt|announced|announces|confirmed|"
    rf"confirms|welcomed\s+(?:the\s+)?news)\b[^.£;]{{0,200}}?\bthat\s+(?!(?-i:{_TAKER}))[^,]{{0,80}}$",
    re.I,
)


# 'The government has given £N to the Tarnshire police and crime commissioner's office to run a unit': a national
# funder's grant to a commissioner, partnership or unit named after the figure.
_NATIONAL_FUNDER_GAVE = re.compile(
    r"\b(?:the\s+)?(?:government|home\s+office|ministry\s+of\s+justice)\s+(?:has|have|had)\s+(?:now\s+|today\s+)?"
    r"(?:given|awarded|granted|allocated)\s*$",
    re.I,
)
_TO_TAKER_AFTER = re.compile(
    r"^\W{0,3}to\s+[^.;£]{0,60}?\b(?:police(?:,\s+fire)?\s+and\s+crime\s+commissioner|commissioner|pcc|opcc|"
    r"community\s+safety\s+partnership|violence\s+reduction\s+(?:unit|partnership))\b",
    re.I,
)


def taker_given(left: str, right: str = "") -> bool:
    """The grant taker opening the sentence was awarded or won the figure (see ``_TAKER_GIVEN``), or a national funder
    gave it to one (``_NATIONAL_FUNDER_GAVE``); 'has won £N' only when funding or a grant follows the figure ('has won
    £1,000 as the runner-up prize' is no grant)."""
    if _NATIONAL_FUNDER_GAVE.search(left) and _TO_TAKER_AFTER.match(right):
        return True
    taken = _TAKER_GIVEN.search(left)
    if taken and _REPORTED_THAT.search(taken.group("between")):
        return False
    return bool(taken) and (taken.group("won") is None or bool(_GRANT_NOUN_AFTER.match(right)))


# Session 23 payouts (``approved_total``): 'Award funding to successful applicants to the value of £N'; 'Over 100 groups
# are to benefit from funds of £N'; '..., with organisations and groups receiving £N'; a headline's 'X Awards £N to
# Local Community Groups' (a body, the verb capitalised, recipients after).
_TO_THE_VALUE_OF = re.compile(
    rf"\baward(?:s|ed|ing)?\s+(?:grant\s+)?(?:funding|grants)\s+to\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{RECIPIENTS}\s+to\s+the\s+value\s+of\s*$",
    re.I,
)
_TO_BENEFIT_FROM = re.compile(
    rf"\b{RECIPIENTS}\b[^.£;]{{0,80}}?\b(?:are|is)\s+(?:set\s+)?to\s+benefit\s+from\s+(?:the\s+)?(?:funds|funding|grants)\s+(?:of|worth|totall?ing)\s*$",
    re.I,
)
_WITH_GROUPS_RECEIVING = re.compile(rf"\bwith\s+(?:[\w-]+\s+){{0,2}}?{RECIPIENTS}(?:\s+(?:and|&)\s+{RECIPIENTS})?\s+receiving\s*$", re.I)
_HEADLINE_AWARDS = re.compile(
    r"\b(?-i:Commissioner|Council|PCC|Mayor|Foundation|Trust|Fund|Police|Partnership|Lottery|Board|Authority)"
    r"\s+(?-i:Awards|Gives|Grants|Hands\s+Out)\s*$"
)  # a body before the verb: 'Community Grants £N to local groups' is a budget line
# '£N each' is one recipient's sum, '£N to £M' a range's bound; 'funding of £2m announced by the Government' a national one.
_EACH_AFTER = re.compile(
    r"^\s*(?:(?:each|apiece|per\s+(?:group|project|organisation|applicant|club|school|scheme))\b|(?:to|–|-)\s*(?:£|$))", re.I
)
_NATIONAL_AFTER = re.compile(r"^[^.;]{0,60}?\b(?:Government|Department\s+for|Ministry|Treasury|national(?:ly)?)\b", re.I)


def payout_form(left: str, right: str) -> bool:
    """One of the session 23 payout forms above, for no single recipient's sum nor a national one."""
    if _EACH_AFTER.match(right) or _NATIONAL_AFTER.match(right):
        return False
    return bool(
        _TO_THE_VALUE_OF.search(left) or _TO_BENEFIT_FROM.search(left) or _WITH_GROUPS_RECEIVING.search(left)
        or (_HEADLINE_AWARDS.search(left) and TO_MANY.match(right))
    )


def stated_form(left: str, right: str) -> AllocationKind | None:
    """The kind one of this module's forms fixes for a figure (module docstring), else None."""
    if unallocated_before(left):
        return "remaining"
    if funder_grant(left, right) or _NAMED_BUDGET_IS.search(left):
        return "grant_total"
    if _PER_AREA_BEFORE.search(left) and _ACROSS_ALL_AREAS_AFTER.match(right):
        return "grant_total"
    if (shared_round(left, right) or payout_form(left, right)) and not part_of_a_round(left):
        return "approved_total"
    across_place = _ACROSS_PLACE_AFTER.match(right) and GRANT_WORDS.search(right)
    if _RECIPIENTS_AWARDED_FUNDING.search(left):
        return "approved_total"
    if _PUT_INTO_AFTER.match(right) and _INTO_COUNTED_AFTER.match(right[_PUT_INTO_AFTER.match(right).end() :]):
        return "approved_total"
    if _PUT_INTO_BEFORE.search(left) and (_INTO_COUNTED_AFTER.match(right) or across_place):
        return "approved_total"
    return None


# The forms ``stated_running.running_kind`` reads: news pages' payouts, running totals and balances (its docstring).
# 'a total of', 'a total sum of' (``stated_totals`` and ``project_awards`` read it too).
A_TOTAL_OF = r"a\s+total\s+(?:sum\s+)?of"
_A_SHARE_OF = r"a\s+share\s+of"
# 'to more than 700 projects', 'supported 100 local groups': counted collective recipients.
_SOME_COUNTED = rf"(?:(?:more\s+than|over|almost|nearly|around|some)\s+)?{COUNT}\s+(?:[\w-]+\s+){{0,3}}?{RECIPIENTS}"
GRANTING_A_TOTAL = re.compile(
    rf"\b(?:granting|awarding|giving|distributing|handing\s+out|sharing\s+out)\s+(?:{A_TOTAL_OF}|in\s+total)\s*$", re.I
)
RUNNING_TOTAL_TO = re.compile(
    r"\bbring(?:s|ing)?\s+the\s+total\s+(?:amount|sum|value)\s+of\s+(?:funding|grants?|money|awards)\s+"
    r"(?:awarded|provided|given|granted|distributed|allocated|delivered)\b[^.£]{0,80}?\bto\s*$",
    re.I,
)
ALREADY_GIVEN_TO_COUNTED = re.compile(
    r"^\W{0,3}(?:already|so\s+far)\s+(?:delivered|awarded|distributed|given|granted|provided)\s+"
    rf"(?:by\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,4}}?)?to\s+{_SOME_COUNTED}\b",
    re.I,
)
# 'The trust has since given away more than £N in grants' (``stated_totals``), '... £N from his X Fund' (``stated_running``).
GAVE_AWAY = re.compile(r"\b(?:has|have|had)\s+(?:since\s+|now\s+|so\s+far\s+|already\s+)?(?:given\s+away|handed\s+out|paid\s+out)\s*$", re.I)
FROM_OWN_FUND = re.compile(r"^\W{0,3}from\s+(?:the|his|her|its|their|our)\s+(?:[\w'’-]+\s+){0,4}?(?:fund|scheme|pot)\b", re.I)
STILL_TO_GIVE = re.compile(
    r"^\W{0,3}(?:still|left|remaining|yet)\s+to\s+(?:be\s+)?(?:allocated|awarded|distributed|given\s+out|allocate|award|distribute)\b", re.I
)
UNDERSPEND_OF = re.compile(r"\b(?:an?|the)\s+(?:total\s+)?under[-\s]?spend\s+of\s*$", re.I)
# 'Since the fund was launched three years ago', 'since starting the fund in 2013', 'since its launch', 'since 2014'.
SINCE_LAUNCH = re.compile(
    rf"\bsince\s+(?:{YEAR_DIGITS}\b(?!\s*[/-]\s*\d)|(?:it\s+|its\s+|the\s+|this\s+|our\s+)?(?:[\w'’-]+\s+){{0,3}}?"
    r"(?:launch(?:ed)?|inception|start(?:ed|ing)|began|was\s+(?:launched|set\s+up|established|created|started))\b)",
    re.I,
)
SHARE_OF = re.compile(rf"\b{_A_SHARE_OF}\s*$", re.I)
# 'organisations in the county will get a share of £N' (never after counted recipients: '33 groups get a share of £N').
GET_A_SHARE = re.compile(rf"\b(?:will\s+get|are\s+to\s+get|is\s+to\s+get)\s+{_A_SHARE_OF}\s*$", re.I)
# 'the fund has supported 100 projects with over £N' (never 'each'): what the fund gave out.
SUPPORTED_COUNTED_WITH = re.compile(
    rf"\b(?:has|have|had)\s+(?:now\s+|so\s+far\s+|already\s+)?supported\s+{_SOME_COUNTED}\s+with\s*$",
    re.I,
)
# 'Charities and groups across the county, including A, B and C, will receive £N of funding from the Commissioner':
# uncounted collective recipients opening the sentence take the round's payout.
RECIPIENTS_OPENING = re.compile(rf"^\W{{0,3}}(?:[\w'’-]+\s+){{0,3}}?{RECIPIENTS}\b", re.I)
RECEIVE_BEFORE = re.compile(r"\b(?:will\s+receive[d]?|are\s+to\s+receive|(?:have|had)\s+received|received)\s*$", re.I)
FUNDING_FROM_AFTER = re.compile(r"^\W{0,3}(?:(?:of|in)\s+(?:funding|grants?|awards)\s+)?from\b", re.I)
# 'the Joint Committee provided the PCSP with £N': the partnership's own grant from its funder.
PROVIDED_PARTNERSHIP_WITH = re.compile(
    r"\b(?:provided|awarded|allocated|gave)\s+(?:the|this|our)\s+(?:[\w-]+\s+){0,3}?(?:partnership|PCSP|DPCSP|CSP)s?\s+with\s*$", re.I
)
# 'groups have until Friday to apply to the Commissioner for a share of £N': the pot open to bids.
APPLY_FOR_A_SHARE = re.compile(rf"\b(?:apply|applying|bid|bidding)\b[^.£;]{{0,80}}?\bfor\s+{_A_SHARE_OF}(?:\s+the)?\s*$", re.I)
# 'A further £N has been allocated to the fund': a sum added to a fund, never the fund's size.
TOP_UP_BEFORE = re.compile(r"\b(?:a\s+further|an\s+additional|an\s+extra|another)\s*$", re.I)
INTO_FUND_AFTER = re.compile(
    r"^\W{0,3}(?:(?:has|have)\s+been|was|were|is|will\s+be)\s+(?:allocated|added|put|paid|contributed)\s+(?:to|into)\s+"
    r"(?:the|this|that|its)\s+(?:[\w'’-]+\s+){0,3}?(?:fund|pot)\b",
    re.I,
)
COUNTED = re.compile(rf"\b{COUNT}\s+(?:[\w-]+\s+){{0,4}}?{RECIPIENTS}\b", re.I)
