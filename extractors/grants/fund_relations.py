"""The general test of ``allocation_fallback`` (read there for spans where the allocation rules keep nothing): a
figure is a fund total when its clause ties it to a fund (``fund_total_kind``) by one of these relations:

- a fund noun governs it: '<budget|allocation|fund|pot|funding|grants|total|balance|sum> [available | remaining |
  for <year> | for <a name> | for community projects | allocated to <...>] <of|is|was|(is) worth|totalling|stands at|
  would be|:> £N', '<fund> ... in the sum of £N', a named fund's size in brackets ('the Youth Grants (£N)'), 'the
  grant amount of £N', a total's label ('Total awarded: £N');
- it is placed in a fund or on offer: '£N <is|has been|will be> <allocated|set aside|held|maintained|remaining>
  <in|to|within> the <X> <fund|pot|budget|scheme|programme>', '£N of funding', '£N in grants', 'a £N package',
  '£N is (being made) available';
- the body received it: '<we|the council|the unit|the network|Tarnshire|YSU> has secured (funding of) | has been
  awarded (a further) | is to receive (a core grant of) £N' (a grant, whoever paid it), or it is placed with the
  partnership ('£N has been allocated to the CSP');
- a fund holds it to give ('the Community Fund has £N available', 'the scheme has £N to award'), it is on offer
  ('there is £N available through the X Scheme', '£N available for the 20-21 year' after the figures it sums);
- the body gave it out: to collective or counted recipients ('has awarded a further £N to a range of projects',
  '£N was shared between 12 projects', 'agreed to distribute £N in grant money to six village groups',
  '9 clubs share a total of £N', 'the Commissioner will be allocating £N to the projects the panel picks'), by a
  passive verb naming who gave it ('£N of grants was handed out by councillors', 'A further £N was awarded by the
  council'; not a national funder, nor to the body: '£N was awarded by the National Lottery to the Council'), or so
  far ('£N has already been donated this year'), or is giving it to many now ('is allocating £N to local projects',
  'Eight sports clubs have now been awarded a total of £N'; money it 'will distribute' is still its fund);
- its section names grants before it and it is on offer, put in a fund or left over ('£N was put into the pot',
  'The total amount available ... was £N', 'there will be £N remaining');

and nothing in its clause makes it a part: a bound ('up to'), a rate ('each', 'per annum'), a limit, an application,
a proposal ('proposed that'), one named recipient ('to Tarn Club', 'for the TYN', 'Tarn Club was awarded'), one project's delivery or
purchase, a cost or capital scheme (land, construction), money moved, contributed, cut or earned as interest, a sum
over several years, the old figure of a change ('the current budget of £N up to £M'), one column of a row of
figures, a revenue or capital part, a national funder's money the body did not receive, a wider fund the body's
share of is stated after it ('£N, of which Tarn Council have been allocated £M') or spread nationwide. Its sentence names a grant or fund
(or the body received it), and it is larger than any grant the span gives out. The words then give its kind: a
balance ('remaining', 'unallocated', 'still available'), what the body gave out (an active 'awarded|distributed|
shared|given away', 'benefited from', an approval, counted recipients' share, a total's label), else the fund (a grant the body
received, a fund to be given out). A figure read as the fund only by default in one place (a headline) and as a
payout by its words in another is the payout; a rounder figure of the same kind within 5% of an exact one restates
it. Its year is the layout's (never a decision's date), else the one year the span prints; none when its sentence
spreads it over years. A hedged payout or balance ('more than £N was given away') is kept at its printed amount, as
the stated totals are.
Moved from ``allocation_fallback`` (session 29). These rules are versioned by ``extractors.grants.allocations.VERSION``
(no version of their own).
"""

from __future__ import annotations

import re

from extractors.grants.allocation_cues import FUNDER_BODY, grant_words, is_limit, labels, requested
from extractors.grants.figure_roles import capital_works, earlier_figure, named_body_after, placed_remainder, project_cost
from extractors.grants.figure_roles import GOVERNMENT, body_received, receiver as _receiver, source_pot
from extractors.grants.fund_verbs import RECIPIENT_NOUN as _RECIPIENT_NOUN
from extractors.grants.fund_verbs import NOT_GRANT_FUND as _NOT_GRANT_FUND
from extractors.grants.fund_verbs import committed_kind, committed_sum
from extractors.grants.round_cues import COLLECTIVE, COUNT, FUND_NOUN, GIVEN_OUT, RECIPIENTS, TO_MANY, budget_split_among_many
from extractors.grants.round_cues import grant_budget, part_of_a_round
from extractors.readers.dates import MONTHS
from extractors.readers.fiscal_year import OVER_SEVERAL_YEARS, YEAR_DIGITS, YEAR_OR_TO_TEXT
from schemas.facts import AllocationKind


_NOUN = r"(?:budget|allocation|fund|funds|pot|funding|grants|total(?:\s+amount)?|balance|sum|kitty|funding\s+commitment)"
_NAME = r"(?-i:[A-Z][\w'’&-]*)(?:\s+(?:and|&|of|(?-i:[A-Z][\w'’&-]*))){0,4}"
# What may stand between the noun and its link: 'available', a year, 'for <a name>', 'allocated by X to Y'.
_QUALIFIER = (
    rf"(?:\s+(?:available|remaining|left|unallocated|this\s+year|at\s+the\s+(?:start|beginning)\s+of\s+the\s+(?:financial\s+)?year|(?:for|in)\s+(?:the\s+)?(?:financial\s+year\s+)?{YEAR_OR_TO_TEXT}"
    rf"|for\s+(?:the\s+)?{_NAME}|for\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:projects|groups|organisations|grants|charities|initiatives)"
    r"|(?:allocated|provided|awarded|given|granted|set\s+aside|made\s+available)(?:\s+(?:by|to|for|from|through|under|within)"
    r"\s+(?:the\s+)?(?:[\w'’&-]+\s+){0,4}?[\w'’&-]+){1,2}))"
)
_LINK = (
    r"(?:(?:is\s+|was\s+|will\s+be\s+)?worth|of|is|was|totall?ing|totals|stands\s+at|amounts\s+to|would\s+be|will\s+be"
    r"|came\s+to|comes\s+to|equates\s+to|equated\s+to|(?:is|was)\s+(?:expected|estimated|likely|projected|forecast)\s+to\s+be"
    r"|(?:is|was)\s+(?:estimated|set)\s+at)"
)
_NOUN_GOVERNS = re.compile(rf"\b(?P<noun>{_NOUN}){_QUALIFIER}{{0,2}}\s*,?\s*{_LINK}\s*$", re.I)
# 'the funding allocation for the PCSP for 2015/16 was expected to be more than £N', 'the total fund is approximately £N':
# a fund noun the subject of a copula before the figure states its size, hedged too (kept at its printed amount).
_COPULA = (
    r"(?:is|was|will\s+be|would\s+be|stands\s+at|stood\s+at|(?:is|was)\s+(?:expected|estimated|likely|projected|forecast)\s+to\s+be"
    r"|(?:is|was)\s+(?:estimated|set)\s+at)"
)
_SIZE_IS = re.compile(rf"\b(?:{_NOUN}){_QUALIFIER}{{0,2}}\s*,?\s*{_COPULA}\s*$", re.I)
# 'the total fund is approximately £N' under a heading or lead naming grants: a fund noun proper (no total, sum or budget)
# needs no grant words of its own clause. Not 'allocation': 'The Council's allocation was £N' may be what the body was
# given or what it gives (s24 review).
_FUND_SIZE_IS = re.compile(rf"\b(?:fund|funds|pot|funding|kitty){_QUALIFIER}{{0,2}}\s*,?\s*{_COPULA}\s*$", re.I)
# 'Each year the Commissioner allocates 1% of the policing budget, c. £N to the Commissioner's Fund': the body putting
# the figure into a fund it names after it, in the active voice (never 'has been allocated £N', the body's receipt).
_PUTS_BEFORE = re.compile(
    r"(?<!\bbeen\s)(?<!\bbe\s)(?<!\bwas\s)(?<!\bwere\s)\b(?:allocates?|allocated|puts|sets\s+aside|set\s+aside|ring-?fences?|ring-?fenced)"
    r"\b(?:\bc\.|[^.;£]){0,60}$",
    re.I,
)
_INTO_FUND_AFTER = re.compile(
    r"^\W{0,3}(?:to|into)\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+|our\s+|my\s+)?(?:[\w'’&-]+\s+){0,4}?(?-i:Fund|Pot)\b"
)
# 'with last year seeing £N invested into neighbourhoods', 'last year saw £N given out': what that year gave, stated as
# such (no figure quoted for comparison).
_YEAR_SAW = re.compile(r"\b(?:last|previous)\s+year\s+(?:saw|seeing|has\s+seen)\b[^.;£]{0,120}$", re.I)
# '1% of the policing budget' before a figure put into a fund: the fund's source, no budget of the figure's own.
_BUDGET_SHARE = re.compile(r"\b\d+(?:\.\d+)?\s*%\s+of\s+(?:the\s+|its\s+|his\s+|her\s+|my\s+|our\s+)?(?:[\w-]+\s+)?budget\b", re.I)
# 'the (Board's) funding allocation for Tarnvale PCSP': a funder's allocation to the partnership, its own grant.
_ALLOCATION_FOR_BODY = re.compile(
    r"\b(?:funding\s+)?allocation\s+(?:to|for)\s+(?:the\s+)?(?:[\w'’&-]+\s+){0,5}?(?-i:PCSP|CSP|Partnership|Council)\b"
)
# A clause opening 'Each year' says what happens yearly: no rate of the figure ('£N each', 'a year' after it still are).
_YEARLY_OPENING = re.compile(r"^\W{0,3}(?:each|every)\s+year\b", re.I)
# How far before its figure a governing noun and its qualifiers may start (the end-anchored search reads no more).
_GOVERNS_REACH = 240
# 'an available budget of £N', 'The total amount available ... was £N': money on offer, grant words or none.
AVAILABLE_BUDGET = re.compile(r"\bavailable\s+budget\b|\btotal\s+(?:amount|sum|budget|funding)\s+available\b", re.I)
_IN_THE_SUM_OF = re.compile(rf"\b{FUND_NOUN}\b[^.;£]{{0,60}}\bin\s+the\s+(?:sum|amount)\s+of\s*$", re.I)
# 'amounts for the Youth Grants (£N) and the Tarn Safety Grants (£M)': a named fund's size in brackets after its name.
_NAMED_FUND_BRACKET = re.compile(r"(?-i:\b[A-Z][\w'’&-]*\s+){1,5}(?-i:Grants?|Fund|Pot|Scheme|Budget)\s*\(\s*$")
_GRANT_AMOUNT_OF = re.compile(r"\bgrant\s+(?:amount|allocation|budget|pot|funding)\s+(?:of|is|was)\s*$", re.I)
# 'Total awarded: £N', 'the total value of grants approved was £N': a payout's label.
_TOTAL_LABEL = re.compile(
    r"\btotal\s+(?:amount\s+|value\s+|sum\s+)?(?:of\s+)?(?:grants?\s+|funding\s+|awards?\s+)?"
    r"(?:awarded|allocated|granted|distributed|committed|approved|paid(?:\s+out)?)(?:\s+(?:to\s+date|so\s+far))?\s*(?:is|was|:|=)?\s*$",
    re.I,
)
PLACED_IN_FUND = re.compile(
    r"^\W{0,3}(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be)\s+)?(?:being\s+)?"
    r"(?:allocated|set\s+aside|held|maintained|kept|placed|put|ring-?fenced|remaining|left|unallocated|available)\s+"
    r"(?:in|to|within|into|for)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w'’&-]+\s+){0,5}?"
    rf"{FUND_NOUN}\b",
    re.I,
)
# '£N has been allocated to the CSP for 2023/24': the partnership's own grant (a body the figure is placed with, no
# recipient of an award).
PLACED_WITH_PARTNERSHIP = re.compile(
    r"^\W{0,3}(?:is|are|was|were|has\s+been|have\s+been|had\s+been|will\s+be)\s+(?:allocated|given|granted|awarded|provided)\s+"
    r"to\s+(?:the\s+|its\s+|our\s+)?(?:[\w'’&-]+\s+){0,4}?(?:community\s+safety\s+partnership|partnership|CSP)\b(?!\s+(?:for|to|towards)\s+(?:the\s+)?(?-i:[A-Z]))",
    re.I,
)
# 'The Community Fund has £N available in 2024/25', 'the scheme has £N to award in total': what a fund holds to give.
_FUND_HAS = re.compile(rf"\b{FUND_NOUN}\s+(?:has|had|will\s+have|now\s+has)\s*$", re.I)
_TO_GIVE_AFTER = re.compile(r"^\W{0,3}(?:available|to\s+(?:award|allocate|distribute|give\s+out|share|spend|invest))\b", re.I)
# 'There is £N available through the X Scheme', '(giving) £N available for the 20-21 year': a sum on offer.
THERE_IS = re.compile(r"\bthere\s+(?:is|was|will\s+be|remains)\s*$", re.I)
# '(If the other bids are accepted) there will be £N remaining': the balance left in a span about grants.
LEFT_AFTER = re.compile(r"^\W{0,3}(?:still\s+)?(?:remaining|left(?:\s+over)?|unallocated|unspent)\b", re.I)
_AVAILABLE_FOR_YEAR_AFTER = re.compile(
    r"^\W{0,3}(?:(?:is|are|was|will\s+be|has\s+been|remains?)\s+)?(?:now\s+)?(?:made\s+)?available\s+(?:for|in|during)\s+(?:the\s+)?"
    rf"(?:{YEAR_OR_TO_TEXT}|(?:\d{{2}}\s*[-/]\s*\d{{2}}\s+|current\s+|coming\s+)?(?:financial\s+)?year)\b",
    re.I,
)
# '£1,500 of reserves plus the budget of £4,000, giving £5,500 available for the year': the sum of what was listed before.
_SUMMING_BEFORE = re.compile(r"\b(?:giving|making|bringing)(?:\s+a\s+total\s+of)?\s*$", re.I)
_AVAILABLE_THROUGH_AFTER = re.compile(
    rf"^\W{{0,3}}available\s+(?:through|from|under|via|in)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){{0,4}}?{FUND_NOUN}\b",
    re.I,
)
_FUNDING_AFTER = re.compile(
    r"^\W{0,3}(?:(?:of|in)\s+(?:new\s+|extra\s+|additional\s+)?(?:grant\s+funding|grant\s+money|funding|grants)|(?:funding\s+)?package)\b", re.I
)
ON_OFFER_AFTER = re.compile(
    r"^\W{0,3}(?:is|are|will\s+be|has\s+been|have\s+been|being)\s+(?:now\s+|again\s+)?(?:made\s+)?available\b", re.I
)
_GIVING_VERB = re.compile(
    r"(?:\b(?:has|have|had|is|are)\s+(?:now\s+|so\s+far\s+|this\s+year\s+|already\s+)?"
    r"(?:awarded|distributed|allocated|given(?:\s+away)?|provided|invested|granted|handed\s+out|shared\s+out)"
    r"|\bwill\s+(?:continue\s+to\s+)?(?:be\s+(?:allocating|distributing|awarding)|allocate|distribute|award)"
    r"|\b(?:is|are)\s+(?:now\s+)?(?:allocat(?:e|ing)|distribut(?:e|ing)|awarding)"
    r"|(?-i:\b[A-Z][\w'’-]+)\s+(?:allocates|distributes|awards)"
    r"|(?-i:\b[A-Z][\w'’-]+)\s+(?:awarded|distributed|allocated|granted|gave\s+out|handed\s+out))"
    r"(?:\s+(?:a\s+total\s+of|grants\s+totall?ing|a\s+further|another))?\s*$",
    re.I,
)
# '£N was distributed between 29 projects', '£N has already been donated this year': what the body gave out.
_GIVEN_OUT_AFTER = re.compile(
    rf"^\W{{0,3}}(?:was|were|has|have|had)\s+(?:already\s+)?(?:been\s+)?(?:{GIVEN_OUT}|allocated|donated)"
    rf"\s+(?:(?:through|from|via|under)\s+(?:the\s+|its\s+|this\s+)?(?:[\w'’-]+\s+){{0,3}}?{FUND_NOUN}\s+)?"
    rf"(?:(?:to|between|among|amongst|across)\s+(?:(?:support|fund|help)\s+)?{COLLECTIVE}"
    r"|this\s+year|so\s+far|to\s+date)",
    re.I,
)
# 'the Town Council agreed to distribute £N in grant money to eight local organisations': a decided payout.
_DECIDED_GIVE = re.compile(
    r"\b(?:agreed|decided|resolved|voted)\s+to\s+(?:distribute|award|allocate|hand\s+out|give(?:\s+out)?)(?:\s+a\s+total\s+of)?\s*$", re.I
)
# '£N of grants was handed out by district councillors', 'A further £N was awarded by the council': the figure before
# a passive payout verb whose agent is named after it (a recipient 'was awarded £N' stands after its verb).
_GIVEN_BY_AFTER = re.compile(
    r"^\W{0,3}(?:of\s+(?:grants?|grant\s+funding|funding)\s+)?(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:handed\s+out|shared\s+out|paid\s+out|given\s+out|distributed|awarded)\s+by\b",
    re.I,
)
# '... awarded by the National Lottery Heritage Fund', '... by the council to the Parish Council': money a funder gave the
# body, not money the body gave out.
_FUNDER_OR_TO_BODY = re.compile(
    rf"\bby\s+(?:the\s+)?(?:[\w'-]+\s+){{0,3}}?(?:{FUNDER_BODY})\b|\bto\s+(?:the\s+)?(?:[\w'-]+\s+){{0,3}}?"
    r"(?:council|partnership|authority|commissioner)\b|\bto\s+us\b",
    re.I,
)
# 'Tarn Boxing Club was awarded £N in funding': one recipient's award, whatever the verb's tense.
_RECIPIENT_AWARDED = re.compile(
    rf"{_RECIPIENT_NOUN}\s+(?:was|has\s+been|is\s+to\s+be|will\s+be)\s+(?:awarded|granted|given|offered)\s*$", re.I
)
_ALLOCATED_BEFORE = re.compile(r"\ballocated(?:\s+a\s+total\s+of)?\s*$", re.I)
_TO_MANY_AFTER = re.compile(rf"\b(?:to|towards|among|amongst|between|across)\s+{COLLECTIVE}", re.I)
_COUNTED_SHARE = re.compile(rf"\b{COLLECTIVE}\s+(?:will\s+)?(?:share|shared|sharing|received|receive|got)\s+a\s+total\s+of\s*$", re.I)
# 'Eight sports clubs have now been awarded a total of £N': counted recipients given the figure between them (a count is
# printed, so the subject is many recipients, never the body).
_COUNTED_AWARDED = re.compile(
    rf"\b{COUNT}\s+(?:[\w-]+\s+){{0,3}}?{RECIPIENTS}\s+(?:have|had|were)\s+(?:now\s+|also\s+)?(?:been\s+)?"
    r"(?:awarded|granted|given|allocated)(?:\s+a\s+total\s+of|\s+grants\s+totall?ing)?\s*$",
    re.I,
)
# 'Ten community groups and charities from across the county are to benefit from a share of £N', opening its sentence:
# the round's payout (counted recipients later in a sentence may be part of a round).
_OPENING_SHARE = re.compile(
    rf"^\W{{0,3}}{COLLECTIVE}[^.;£]{{0,60}}?\s(?:are\s+to\s+|will\s+|have\s+|had\s+)?"
    r"(?:benefit(?:ed|ted)?\s+from|received?|share[ds]?|got)\s+a\s+share\s+of(?:\s+the)?\s*$",
    re.I,
)

_REMAINING = re.compile(
    r"\b(?:balance|remaining|remains?|remained|unallocated|uncommitted|left\s+(?:over|in|to)|still\s+(?:to\s+be\s+allocated|available))\b",
    re.I,
)
# The body giving money out, in the active voice (a grant the body 'has been awarded' is its fund; money 'to be
# invested' is still on offer); an approval in either voice; recipients that 'benefited from' it.
_GAVE = re.compile(
    r"(?<!\bbeen\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeing\s)"
    r"\b(?-i:awarded|distributed|shared?|sharing|hand(?:ed|ing)?\s+out|given\s+(?:out|away)|paid\s+out|funded|invested)\b"
    r"|\b(?-i:approv(?:ed|es|e))\b|\bbenefit(?:ed|ted)\s+from\b",
    re.I,
)
# 'to help communities reduce anti-social behaviour', 'schemes to cut violent crime': a purpose naming the harm a fund
# fights, no figure cut (session 29); 'reduced by £N', 'cuts to the grant of £N' still are.
_NOT_HARM_AFTER = (
    r"(?!\s+(?:down\s+)?(?:(?!(?:to|of|in|by|from)\b)[\w-]+\s+){0,2}?"
    r"(?:crime|crimes|offending|reoffending|re-offending|anti-?social|ASB|violence|violent|harm|nuisance|the\s+risk)\b)"
)
# What makes a figure part of something, or someone else's, not a fund's total.
_PART = re.compile(
    r"\b(?:each|apiece|per\s+(?:annum|year|month|week|head|person|project|application|applicant|group|organisation|ward"
    r"|councillor|member)|a\s+year|transfer|transferred|vire|virement|contribut\w*|comes?\s+from|came\s+from|costs?"
    r"|expenditure|spend|(?<!to\sbe\s)spent\s+on|project\s+total|overspend|deficit|salary|salaries|rent|loan|repay\w*"
    rf"|reserves?|precept|council\s+tax|interest|(?:reduc(?:e|ed|es|ing)|cuts?|cutting){_NOT_HARM_AFTER}|reductions?\s+(?:of|in|to)|decrease[sd]?"
    r"|development\s+of|capital\s+(?:budget|programme|works)|refused|rejected|deferred|declined|withdrawn|whether)\b",
    re.I,
)
# '£N revenue and £M capital': one kind's part; 'for (the continued) delivery of X': one project's money.
_PART_AFTER = re.compile(
    r"^\W{0,3}(?:revenue|capital)\b|^[^.;£]{0,80}?\bfor\s+(?:the\s+)?(?:\w+\s+)?(?:delivery|purchase"
    r"|provision|installation|replacement|creation)\s+of\b",
    re.I,
)
# '£N for the BLN', '£N for Tarn Youth Club': one named recipient (not a year, a month or a fund).
_FOR_NAMED_AFTER = re.compile(rf"^\W{{0,3}}for\s+(?:the\s+)?(?P<name>{_NAME})", re.I)
_FUND_LIKE = re.compile(rf"\b(?:{FUND_NOUN}|year|financial|{'|'.join(MONTHS)}|{YEAR_DIGITS})\b", re.I)
# A national funder's money ('the Ministry set aside £N nationally') is the body's only when the body received it
# ('the Council has been awarded X funding of £N').
_NATIONAL_FUNDER = re.compile(rf"\b{GOVERNMENT}", re.I)
# 'to move £N': money moved between budgets.
_MOVED_BEFORE = re.compile(r"\bmov(?:e|ed|ing)\s*(?:the\s+)?(?:sum\s+of\s*)?$", re.I)
# 'proposed that the council award £N': a proposal the span may not settle.
_PROPOSED = re.compile(r"\b(?:proposed|suggested|moved)\s+that\b", re.I)
_RECEIVED = re.compile(
    r"\b(?:has|have|had)\s+(?:also\s+)?been\s+(?:awarded|allocated|granted|given|offered|confirmed)\b|\b(?:received|receives)\b", re.I
)
# '£N over the next three years': a sum over several years, no fund's size (as the primary rules' ``SEVERAL_YEARS``).
_OVER_YEARS_AFTER = re.compile(rf"^\W{{0,3}}{OVER_SEVERAL_YEARS}", re.I)
# '(£N) awarded to the Tarn Angling Club', '(£N being) allocated to fund the Tarn Arts Festival': one named recipient.
_GIVEN_TO_NAMED = re.compile(rf"\b(?:awarded|given|paid|granted|allocated)\s+to\s+(?:(?:fund|support|pay\s+for)\s+)?(?:the\s+)?(?P<name>{_NAME})")
# 'has secured an extra £N of savings from the contract': money the body saves or raises, no grant.
_NO_GRANT_AFTER = re.compile(r"^\s*(?:of|in)\s+(?:savings|efficiencies|income|borrowing|council\s+tax|business\s+rates)\b", re.I)


def fund_total_kind(left: str, right: str, section_grants: bool = False, fund_named_before: bool = False) -> AllocationKind | None:
    """The kind of a figure whose clause ties it to a fund (module docstring), else None; ``left`` and ``right`` are
    the clause's words before and after it. A sum on offer or put in a fund ('£N was put into the pot', '£N being made
    available') needs no grant words of its own when its section names grants before it (``section_grants``); a bare
    'the total is £N' none when its previous sentence opens on a fund (``fund_named_before``)."""
    clause = f"{left} {right}"
    received = body_received(left) or PLACED_WITH_PARTNERSHIP.match(right)
    if _receiver(left) == "recipient" or _RECIPIENT_AWARDED.search(left) or _PART.search(_YEARLY_OPENING.sub("", clause)) or capital_works(clause) or is_limit(left, right) or requested(left, right) or _OVER_YEARS_AFTER.match(right) or _NO_GRANT_AFTER.match(right):
        return None
    put_in_fund = _PUTS_BEFORE.search(left) and _INTO_FUND_AFTER.match(right)
    if "EXCLUDE" in labels(_BUDGET_SHARE.sub("", clause) if put_in_fund else clause) and not received:
        return None
    if named_body_after(right) or (earlier_figure(left, right) and not _YEAR_SAW.search(left)) or project_cost(left) or _PART_AFTER.match(right) or source_pot(left):
        return None
    named = _FOR_NAMED_AFTER.match(right)
    if named and not _FUND_LIKE.search(named.group("name")):
        return None
    if _NATIONAL_FUNDER.search(clause) and not (received or _RECEIVED.search(clause) or _ALLOCATION_FOR_BODY.search(left)):
        return None
    if _PROPOSED.search(left) or _MOVED_BEFORE.search(left):
        return None
    if part_of_a_round(left) or (_REMAINING.search(clause) and placed_remainder(right)) or _named_recipient(right):
        return None
    counted = (
        _COUNTED_SHARE.search(left) or _COUNTED_AWARDED.search(left) or _OPENING_SHARE.search(left) or _TOTAL_LABEL.search(left) or _GIVEN_OUT_AFTER.match(right) or _DECIDED_GIVE.search(left)
        or (_GIVEN_BY_AFTER.match(right) and not received and not _FUNDER_OR_TO_BODY.search(right))
        or (_ALLOCATED_BEFORE.search(left) and _TO_MANY_AFTER.search(right))
    )
    if (received and not counted) or budget_split_among_many(left, right):
        return "remaining" if _REMAINING.search(clause) else "grant_total"
    reach = max(0, len(left) - _GOVERNS_REACH)
    governs = _NOUN_GOVERNS.search(left, reach)
    if governs and governs.group("noun").lower() == "budget" and not grant_budget(left, grant_words(left)):
        return None
    worded = (
        governs or (_NAMED_FUND_BRACKET.search(left) and right.startswith(")")) or _IN_THE_SUM_OF.search(left) or _GRANT_AMOUNT_OF.search(left) or PLACED_IN_FUND.match(right)
        or _FUNDING_AFTER.match(right) or ON_OFFER_AFTER.match(right) or (_FUND_HAS.search(left) and _TO_GIVE_AFTER.match(right))
        or (THERE_IS.search(left) and _AVAILABLE_THROUGH_AFTER.match(right)) or _AVAILABLE_FOR_YEAR_AFTER.match(right)
        or put_in_fund
    )
    summed = _SUMMING_BEFORE.search(left) and _AVAILABLE_FOR_YEAR_AFTER.match(right)
    left_over = THERE_IS.search(left) and LEFT_AFTER.match(right)
    giving = _GIVING_VERB.search(left)
    given_to_many = giving and TO_MANY.match(right)
    tied = (
        counted or summed or given_to_many or left_over or committed_sum(left, right)
        or (put_in_fund and not _NOT_GRANT_FUND.search(right))
        or (fund_named_before and _SIZE_IS.search(left, reach))
        or (worded and (grant_words(clause) or AVAILABLE_BUDGET.search(left)))
        or (section_grants and (PLACED_IN_FUND.match(right) or ON_OFFER_AFTER.match(right) or _FUND_SIZE_IS.search(left, reach)))
    )
    if not tied:
        return None
    if _REMAINING.search(clause):
        return "remaining"
    # money the body 'will distribute' to groups is still its fund; 'has allocated|is allocating' gives it out
    if committed_sum(left, right) and not counted and not given_to_many:
        return committed_kind(left, right)
    commitment = governs is not None and governs.group("noun").lower().startswith("funding")  # 'a funding commitment of £N': given
    if commitment and re.match(r"funding\s+commitment", governs.group("noun"), re.I):
        return "approved_total"
    if counted or (given_to_many and not giving.group().lower().startswith("will")) or _GAVE.search(clause):
        return "approved_total"
    return "grant_total"



def _named_recipient(right: str) -> bool:
    """'(£N of grants were) awarded to the Tarn Angling Club': the money goes to one named body."""
    given = _GIVEN_TO_NAMED.search(right)
    return bool(given) and not _FUND_LIKE.search(given.group("name")) and not re.search(r"\b(?:Partnership|Council|CSP|Board)\b", given.group("name"))


def size_stated(left: str) -> bool:
    """A fund noun the subject of a copula just before the figure ('the total fund is approximately'; ``_SIZE_IS``)."""
    return bool(_SIZE_IS.search(left, max(0, len(left) - _GOVERNS_REACH)))


def fund_size_stated(left: str) -> bool:
    """A fund noun proper the subject of a copula just before the figure ('the total fund is'; ``_FUND_SIZE_IS``)."""
    return bool(_FUND_SIZE_IS.search(left, max(0, len(left) - _GOVERNS_REACH)))
