"""Totals whose own words say what they are: a fund's size, or what a round gave out.

Funding pages and press releases often print a fund's size or a round's total with no financial
year ('The Community Fund of £200,000 was launched', 'A total of £7,490 was awarded'). Such a
figure is kept without a year only when its clause alone fixes its kind (see ``stated_kind``);
the classifier's broader cues ('allocated', 'awarded', 'across') are not enough without a year.

Fund size (``grant_total``): '<fund|scheme|pot> of £N', 'the X Fund, worth £N,', 'the <grant> Fund (for <year>) is £N', 'the <grant> Fund will provide £N'; 'the grants budget, which this year is £N'; 'a/the/<owner>'s £N [<up to three
words>] fund|scheme|pot|programme' (a scheme or programme only with grant words: 'a £2m scheme to repair potholes' is
a project; 'the £N for the X Fund' too); 'the total allocation|funds available of/to £N' ('total budget of £N' only after the grant, fund or scheme
it budgets: 'approve the total budget of £N' alone is a project's cost);
'£N allocated to the pot'; 'the <X> Fund makes £N available'.
Round total (``approved_total``): 'a total (sum) of £N was awarded|distributed|shared out';
'have shared (a total of) £N', 'sharing in the £N'; 'has distributed|awarded|provided £N to|across
<(more than N) local groups|initiatives|projects...>' or naming no recipient ('has awarded over £N, reaching ...') (also 'has awarded a further £N to ...'; a further sum 'allocated' or 'provided' is a new fund), 'the fund granted £N to support 21 projects',
'N grants/awards totalling £N', '£N has been allocated to more than 30 groups', 'allocated to 5 projects,
totalling £N' (``given_to_counted``), '£N of grants from the X Fund were awarded' (opening its sentence),
'with £N being shared out|distributed',
'allocated grants of £N to <ten local groups>', '£N was allocated by the X to 36 projects', 'groups are sharing £N',
'groups have benefited from <X> grants of £N', 'In total £N of grants has been handed out', 'donations totalling £N
have included ...', 'has since given away £N in grants'; 'this
round has seen £N distributed', 'the round saw a total of £N awarded to ...', 'saw £N shared by 24 initiatives'; a sentence opening '£N (was) awarded|given to <voluntary ... organisations>' ('the region's charities'). Balance (``remaining``): 'the remaining grants budget is £N',
'still has £N available to award', '£N that was unallocated'. Also
``approved_total``: 'will receive|received a share of £N' (after counted recipients only when they open the
sentence: 'Forty projects received a share of £N'; '41 organisations were selected, representing £N'), 'have received
grants totalling £N', 'supported 31 projects with grants totalling £N', '<charities|groups> ... have been granted £N', a sentence opening '£N <seized ...> has
been donated to <community groups>'; ``grant_total``: 'has (this year) allocated £N to her grants scheme',
'a new £N <Name> Fund', 'This £N <Name> Fund', 'clubs will share in a £N bonus' (no count: recipients
not yet chosen), the fund on offer ('the funding available ... has doubled to|remains £N',
'a (grand) total of £N available|up for grabs', '£N funding up for grabs'); and a council's 'agreed ... to release|allocate £N' (``stated_decisions.decided_total``). A hedged
figure ('around £84,000', 'more than £141,000', 'just over £1.2 million') is read the same way, at its
printed amount: the allocation keeps the hedge in ``qualifier`` and reconcile treats it as a bound or an
estimate, never as an exact input; 'up to £N' is a cap and is not read here. A running total ('since 2016
the trust has distributed £N to local initiatives') is read as the payout it states, without a year. A funder putting a new sum
on offer (``grant_total``): 'has made £N available' (or 'has made available £N'), 'has set aside £N (in 2022-23) to support ...', 'has
allocated an additional £N to support ...', 'the total available funding stands at £N'. Session 21: 'the budget for
small grants is £N' (``grant_total``), 'the remaining X funding stood at £N' (``remaining``), '£N worth of funding was
awarded to seven groups', 'presented more than £N in grants to a diverse range of worthy causes' (``approved_total``).
Session 22: 'has now been awarded to <groups>' reads as 'has been awarded'; a partnership or commissioner opening the
sentence that 'has been awarded' or 'has successfully bid for' £N took it as its grant (``grant_total``, ``stated_forms``).
Session 27: payouts through a fund or round, money yet to be given out, an area's share 'of which' (``stated_payouts``);
session 28: payouts worded as investment.
"""

from __future__ import annotations

import re

from extractors.grants.decision_layout import GRANT_WORDS
from extractors.grants.round_cues import COLLECTIVE, COUNT, GIVEN_OUT, NOT_GRANT_USE_IN, RECIPIENTS, TO_MANY, grant_budget
from extractors.grants.stated_forms import A_TOTAL_OF
from extractors.grants.stated_forms import GAVE_AWAY as _GAVE_AWAY
from extractors.grants.stated_forms import stated_form, taker_given
from extractors.grants.stated_payouts import payout_kind
from extractors.grants.stated_running import running_kind, top_up
from extractors.readers.fiscal_year import YEAR_OR_TO_TEXT, YEAR_PAIR
from schemas.facts import AllocationKind

VERSION = "60"

_FUND = r"(?:fund|scheme|pot|programme|grants?\s+scheme)"
_FUND_OF = re.compile(rf"\b{_FUND}\s+of\s*$|\b{_FUND},?\s+worth\s*$", re.I)
_OWNER_BEFORE = re.compile(r"(?:^|\b(?:a|the|an|his|her|their|its|this|our)(?:\s+(?:brand\s+)?new)?|[\w]['’]s?)\s*$", re.I)
_FUND_AFTER = re.compile(rf"^\s*(?:(?:for|in)\s+the\s+)?(?P<name>(?:[\w'’-]+\s+){{0,3}}?)(?P<fund>{_FUND})\b", re.I)
# 'a £2m scheme to repair potholes', 'the £1.2m regeneration programme', 'its £8,000 scheme': a scheme or programme
# is a grant fund only when named by grant words ('a £50,000 grant scheme', 'the £1m Community Grants Programme');
# 'an appeal to fund a new wing' is the verb.
_PROJECT_LIKE_FUND = re.compile(r"^(?:scheme|programme)$", re.I)
_TO_VERB = re.compile(r"\bto\s+$", re.I)
# 'The Community Grants Fund for 2024/2025 is £N', 'the Community Safety Fund is £N', 'The Commissioner's Fund 2023/24
# totals £N': a grant fund's size
# (grant words needed: 'the Pension Fund is £N' is no grant).
_FUND_IS = re.compile(
    rf"\b{_FUND}\s+(?:(?:for\s+(?:the\s+)?(?:financial\s+year\s+)?)?{YEAR_OR_TO_TEXT}\s+)?"
    r"(?:is|was|will\s+be|stands\s+at|totals|amounts\s+to)\s*$",
    re.I,
)
_TOTAL_FUND_OF = re.compile(
    r"\btotal\s+(?:allocation|funds?\s+available|funding\s+available|pot)\s+(?:of|to|is|was)\s*$", re.I
)
# 'the scheme has a total budget of £N': a grant scheme's budget (``round_cues.grant_budget``).
_TOTAL_BUDGET_OF = re.compile(r"\btotal\s+budget\s+(?:of|to|is|was)\s*$", re.I)
_A_TOTAL_OF = re.compile(rf"\b{A_TOTAL_OF}\s*$", re.I)
# 'a total of £N has been donated' ending its sentence or given to many ('to local charities'); never to one body
# ('donated to the Tarn Hospice', 'to the council') nor money given by others ('donated so far by sponsors').
_GIVEN_OUT_AFTER = re.compile(
    rf"^\W{{0,3}}(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:{GIVEN_OUT}\b|donated(?=\s*(?:[.;]|$)|\s+(?:to|among|amongst|between|across)\s+{COLLECTIVE}))",
    re.I,
)
# 'have shared £N', 'Village projects are sharing £N' (never 'will be sharing': still on offer).
_SHARED = re.compile(r"\b(?:shared|(?<!\bbe\s)sharing(?:\s+in)?|shared\s+out)(?:\s+a\s+total(?:\s+of)?|\s+the)?\s*$", re.I)
# 'Dale sports clubs will share in a £N bonus', 'groups are to share £N': a sum on offer to recipients not yet chosen
# (never after counted ones, a round being awarded).
# 'Twenty organisations in Tarnby are set to share a £N windfall': counted recipients, the decision still to come.
_SET_TO_SHARE = re.compile(r"\b(?:are|is)\s+set\s+to\s+share\s+(?:an?|the)\s*$", re.I)
_WILL_SHARE = re.compile(r"\b(?:will|(?:are|is)\s+(?:set\s+)?to)\s+share(?:\s+in)?(?:\s+(?:an?|the))?\s*$", re.I)
_IN_GRANTS = re.compile(r"^\W{0,3}in\s+(?:[\w-]+\s+)?(?:grants|awards)\b", re.I)
# 'Recent donations totalling £N have included X, Y and Z': the total of the awards it goes on to list.
_GIFTS_TOTALLING = re.compile(r"\b(?:donations|grants|awards)\s+totall?ing\s*$", re.I)
_INCLUDED_AFTER = re.compile(r"^\W{0,3}(?:(?:have|has)\s+)?(?:included|include|includes)\b", re.I)
# 'Dozens of groups have benefited from the Ward Fund grants of £N': what recipients were given.
_BENEFITED_FROM = re.compile(
    r"\b(?:have|has|had)\s+(?:now\s+|already\s+)?benefit(?:ed|ted)\s+from\s+(?:[\w'’-]+\s+){0,6}?(?:grants?|funding|awards?)"
    r"\s+(?:of|worth|totall?ing)\s*$",
    re.I,
)
# 'Services across the county will receive a share of £N'; never after counted recipients ('33 projects
# received a share of £N'), whose money is no allocation (as '25 groups received £N').
_RECEIVED_SHARE = re.compile(r"\b(?:received|will\s+receive|got|(?:were|was)\s+given)\s+a\s+share\s+of\s*$", re.I)
_COUNTED_SUBJECT = re.compile(rf"\b{COUNT}\s+(?:[\w-]+\s+){{0,6}}?{RECIPIENTS}\b", re.I)
# 'Forty projects received a share of £N' opening its sentence: the round's payout (never 'a further 33
# projects received a share of £N', part of a round); '43 organisations were selected, representing £N'.
_COUNTED_OPENING = re.compile(
    rf"^\W{{0,3}}(?:(?:in\s+)?(?:total|all|this\s+round|the\s+latest\s+round),?\s+|a\s+total\s+of\s+)?{COUNT}\s+(?:[\w-]+\s+){{0,4}}?"
    rf"{RECIPIENTS}\s+(?:\w+ly\s+)?(?:have\s+|had\s+)?(?:received|got|(?:were|was)\s+given)\s+a\s+share\s+of"
    r"(?:\s+the)?\s*$",
    re.I,
)
# 'Among the winning bids, totalling £N, were A, B and C': the total the chosen bids were given.
_WINNING_BIDS_TOTALLING = re.compile(
    r"\b(?:winning|successful)\s+(?:bids|applications|applicants),?\s+(?:totall?ing|worth\s+a\s+total\s+of)\s*$", re.I
)
_COUNTED_SELECTED = re.compile(
    rf"\b{COUNT}\s+(?:[\w-]+\s+){{0,3}}?{RECIPIENTS}\s+(?:were|have\s+been|had\s+been)\s+"
    r"(?:selected|chosen|funded)\s*,?\s+representing\s*$",
    re.I,
)
# 'Over 380 projects have now received grants totalling £N'; 'Charities ... have been granted £N by the
# Commissioners'; '£N seized from criminals has been donated to several community organisations'.
# 'The meeting resolved to award grants totalling £N to ...', 'Members agreed grants totalling £N', 'approval for the awards,
# totalling £N, was granted': a decision's total.
_RECEIVED_GRANTS_TOTALLING = re.compile(
    r"\b(?:received|been\s+(?:awarded|given)|(?:resolved|agreed|decided|voted)\s+to\s+(?:award|approve|make)"
    r"|awarded|approved|agreed|made|\w+\s+(?:projects|groups|organisations|charities)\s+with)\s+(?:[\w-]+\s+)?grants\s+totall?ing\s*$"
    r"|\bapproval\s+(?:for|of)\s+the\s+(?:awards|grants),?\s+totall?ing\s*$",
    re.I,
)
_GROUPS_GRANTED = re.compile(
    rf"\b{RECIPIENTS}\b[^.£]{{0,80}}\b(?:have|has)\s+been\s+(?:granted|awarded|given)\s*$",
    re.I,
)
# 'distributed by councillors to ... groups': the body's own givers ('donated by staff to local charities' is no grant).
_GIVER = r"(?:the\s+|its\s+|our\s+)?(?:ward\s+)?(?:councillors|members|council|committee|board|fund|commissioner|partnership|panel|scheme)"
_DONATED_AFTER = re.compile(
    r"^\W{0,3}(?:[\w-]+\s+){0,6}?(?:has|have)\s+(?:now\s+)?been\s+(?:donated|awarded|distributed|given|granted)\s+"
    rf"(?:by\s+{_GIVER}\s+)?to\s+(?:[\w-]+\s+){{0,5}}?"
    rf"{RECIPIENTS}\b",
    re.I,
)
# A page's scraped date stamp ('date 2019-08-22') may open the sentence before a headline figure.
_BARE_LEFT = re.compile(r"^\s*(?:date\s+\d{4}-\d{2}-\d{2})?\s*$", re.I)
# 'In total £N of grants has been handed out ...': a total's own opening words before the figure.
_IN_TOTAL_BEFORE = re.compile(r"\b(?:in\s+total|altogether|overall)\s*,?\s*$", re.I)
# 'has this year allocated £N to her community grants scheme': the scheme's size.
_ALLOCATED_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:this\s+year\s+)?(?:allocated|set\s+aside)\s*$", re.I)
_TO_FUND_AFTER = re.compile(
    rf"^\W{{0,3}}(?:to|for)\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){{0,4}}?{_FUND}\b", re.I
)
_GAVE_OUT = re.compile(
    rf"\b(?:has|have|had)\s+(?:distributed|awarded|provided|given\s+out|allocated)(?:\s+{A_TOTAL_OF})?\s*$|"
    r"\b(?:has|have|had)\s+(?:distributed|awarded)\s+(?:a\s+further|another)\s*$|"
    r"\b(?:allocated|awarded|distributed)\s+grants\s+(?:of|totall?ing)\s*$",
    re.I,
)
# 'have awarded voluntary and community organisations £N from the X Fund': the funder, a collective
# recipient in lower case, then the figure (never 'each' or 'apiece': a per-recipient figure).
_GAVE_RECIPIENTS_BEFORE = re.compile(
    r"\b(?:has|have|had)\s+(?:now\s+|today\s+|this\s+year\s+|jointly\s+)?(?:awarded|given|granted|provided)\s+"
    r"(?:(?:more\s+than|over|some|around)\s+)?(?-i:(?:[\d]+|[a-z][\w-]*)\s+){0,4}?"
    rf"(?-i:{RECIPIENTS})\s*$",
    re.I,
)
_EACH_AFTER = re.compile(r"^\W{0,3}(?:each|apiece|per)\b", re.I)
# 'This brings the total awarded by the fund to £N': the running total given out.
BRINGS_TOTAL_TO = re.compile(
    r"\bbring(?:s|ing)?\s+the\s+total\s+(?:amount\s+|sum\s+)?(?:of\s+grants\s+)?(?:awarded|provided|given|granted|distributed|allocated)"
    r"\b[^.£]{0,60}?\bto\s*$",
    re.I,
)
# 'The Unit has awarded over £N, reaching 900 young people through its fund': what it gave out, its clause naming no
# recipient (never 'has awarded £N, its largest grant, to the X Club', nor a figure for each).
_NO_RECIPIENT_AFTER = re.compile(r"^(?![^.;]*\b(?:to|each|apiece|per)\b)\s*(?:[,.;]|$|(?:through|via)\b|in\s+grants\b)", re.I)
# 'Last year the fund granted more than £N to support 21 projects'; never a figure quoted for comparison
# ('the fund awarded £N to 22 groups, compared with £M in 2022/23').
_FUND_GAVE_OUT = re.compile(rf"\b{_FUND}\s+(?:granted|awarded|distributed|gave\s+out)\s*$", re.I)
_COMPARED_AFTER = re.compile(r"\bcompared\s+(?:with|to)\b", re.I)
# 'Civic leaders presented more than £N in grants to a diverse range of worthy causes': handed over to many at once.
# Only a sum handed over in grants or as a total: 'the Mayor presented £100 to ten local charities' is each one's figure.
_PRESENTED = re.compile(
    r"\b(?:presented|handed\s+out|gave\s+out|gave\s+away)(?P<total>\s+(?:more\s+than|over|a\s+total\s+of|in\s+total))?\s*$",
    re.I,
)
_IN_GRANTS_OR_FUNDING_AFTER = re.compile(r"^\W{0,3}in\s+(?:grants|funding)\b", re.I)
# '£N allocated to the pot', 'the X Fund makes £N available': the fund's size.
_ALLOCATED_TO_POT_AFTER = re.compile(
    rf"^\W{{0,3}}(?:(?:was|is|has\s+been)\s+)?(?:allocated|set\s+aside)\s+(?:to|for|in)\s+(?:the\s+)?{_FUND}\b", re.I
)
_FUND_MAKES = re.compile(rf"\b{_FUND}\s+(?:makes|made|has\s+made|will\s+make)\s*$", re.I)
# 'with this fourth round offering £N', 'the scheme is offering £N': what a round or fund puts on offer.
_ROUND_OFFERING = re.compile(rf"\b(?:round|{_FUND})\s+(?:is\s+|will\s+be\s+)?offering\s*$", re.I)
# 'The Commissioner's Community Fund 2024/25 will provide £N for local projects': what the fund offers.
_FUND_WILL_PROVIDE = re.compile(rf"\b{_FUND}\s+(?:{YEAR_PAIR}\s+)?(?:will\s+provide|provides|offers|will\s+offer)\s*$", re.I)
_AVAILABLE_AFTER = re.compile(r"^\W{0,3}available\b", re.I)
# 'this round has seen £N distributed'; '£N awarded to voluntary and community organisations' (a headline).
_SEEN_BEFORE = re.compile(rf"\b(?:(?:has|have|had)\s+seen|saw|sees)(?:\s+{A_TOTAL_OF})?\s*$", re.I)
# 'the town's small grants budget, which this year is £N'; 'The remaining grants budget is £N'.
_GRANTS_BUDGET_IS = re.compile(
    r"\bgrants?\s+budget,?\s+(?:which\s+)?(?:this\s+year\s+)?(?:is|was|of)\s*$"
    r"|\bbudget\s+for\s+(?:[\w-]+\s+){0,2}?grants\s+(?:is|was)\s*$",  # 'The current year's budget for small grants is £N'
    re.I,
)
_REMAINING_BUDGET_IS = re.compile(r"\bremaining\s+(?:grants?\s+)?budget\s+(?:is|was|of)\s*$", re.I)
# 'the remaining Community Chest funds available for allocation in 2015/2016 is £N', 'The remaining X Fund funding stood
# at £N': a grant, fund or relief word among the words before (never 'the remaining highways funding', another service's budget).
REMAINING_FUNDS_ARE = re.compile(
    r"\bthe\s+remaining\s+(?:(?:[\w'’-]+\s+){0,2}?(?:grants?|fund|chest|pot|scheme|awards?|lottery"
    r"|response|relief|recovery|hardship|emergency|crisis)\s+(?:[\w'’-]+\s+)?)?"
    r"(?:budget|funds|funding)\s+(?:available\s+(?:for\s+(?:allocation|award)\s+)?)?"
    rf"(?:(?:in|for)\s+(?:the\s+)?(?:financial\s+year\s+)?{YEAR_PAIR}\s+)?(?:is|was|stands\s+at|stood\s+at)\s*$",
    re.I,
)
_GIVEN_OUT_BARE = re.compile(
    r"^\W{0,3}(?:distributed|awarded|shared\s+(?:out|by|between|among|amongst)|handed\s+out|paid\s+out)\b", re.I
)
# 'with more than £N being shared out in the last few months': a payout under way.
_WITH_BEFORE = re.compile(r"\bwith\s*$", re.I)
_BEING_GIVEN_OUT_AFTER = re.compile(r"^\W{0,3}being\s+(?:shared\s+out|distributed|handed\s+out|paid\s+out)\b", re.I)
# 'More than £N of grants from the X Fund were awarded at ...', opening its sentence: the round's payout
# (not when given to one named body: '£500 of grants were awarded to the Tarn Angling Club').
_OF_GRANTS_AWARDED_AFTER = re.compile(
    r"^\W{0,3}of\s+(?:[\w-]+\s+)?grants?\b[^.£]{0,80}?\b(?:were|was|have\s+been|has\s+been)\s+"
    r"(?:awarded|approved|distributed|handed\s+out|given\s+out|paid\s+out)\b(?!\s+to\s+(?:the\s+)?(?-i:[A-Z]))",
    re.I,
)
# '£N awarded to voluntary organisations', '£N was given to the county's charities' (never 'given to 640 projects': a
# counted headline over a fund's life).
_AWARDED_TO_AFTER = re.compile(
    r"^\W{0,3}(?:(?:was|were|has\s+been|have\s+been)\s+)?(?:awarded|distributed|granted|given(?!\s+to\s+\d))\s+to\s+(?:[\w'’-]+\s+){0,4}?"
    rf"{RECIPIENTS}\b",
    re.I,
)
# 'the following three grants, totalling £N', 'The 4 awards totalling £N were': a counted list's total.
_COUNTED_GRANTS_TOTALLING = re.compile(
    rf"\b{COUNT}\s+(?:[\w-]+\s+)?(?:grants|awards),?\s+"
    r"(?:totall?ing|worth\s+a\s+total\s+of)\s*$",
    re.I,
)
# '£N has been allocated to more than 30 groups', '£N worth of funding was awarded to seven groups', '£N was allocated by the
# fund to 36 projects', 'Funding was allocated to
# 5 projects, totalling £N': money
# given to counted recipients is what the round gave out.
_COUNTED_RECIPIENTS = (
    rf"(?:(?:more\s+than|over|almost|nearly|around|some|at\s+least)\s+)?{COUNT}\s+(?:[\w-]+\s+){{0,3}}?{RECIPIENTS}\b"
)
_ALLOCATED_TO_COUNTED_AFTER = re.compile(
    rf"^\W{{0,3}}(?:worth\s+of\s+(?:[\w-]+\s+)?(?:funding|grants?|money)\s+)?(?:(?:has|have|had)\s+(?:now\s+)?been|was|were)\s+(?:allocated|awarded|granted|distributed|earmarked|set\s+aside|committed)"
    rf"\s+(?:by\s+(?:the\s+)?(?:[\w'’&-]+\s+){{0,4}}?)?(?:to|for)\s+{_COUNTED_RECIPIENTS}",
    re.I,
)
_ALLOCATED_TO_COUNTED_TOTALLING = re.compile(
    rf"\b(?:allocated|awarded|granted|given|distributed)\s+to\s+{_COUNTED_RECIPIENTS}[^.£;]{{0,40}}?,?\s*"
    r"(?:totall?ing|worth|amounting\s+to)(?:\s+a\s+total\s+of)?\s*$",
    re.I,
)
# 'the funding available to apply for has doubled to £N', 'the funding available for this round remains £N',
# 'a grand total of £N available for community projects', 'a total of £N up for grabs', '£N funding up for
# grabs': the size of the fund on offer; never what is 'still' or 'left' available (a balance).
_FUNDING_AVAILABLE_IS = re.compile(
    r"\b(?:funding|money|grant\s+funding|funds|pot)\s+available\b(?:(?!\bstill\b|\bleft\b|\bremaining\b|\brest\b)[^.£]){0,60}?"
    r"\b(?:is|was|remains|totals|(?:has|have)\s+(?:been\s+)?(?:doubled|increased|risen|raised|grown)\s+to)\s*$",
    re.I,
)
_ON_OFFER_AFTER = re.compile(r"^\W{0,3}(?:(?:is|are)\s+)?(?:available|up\s+for\s+grabs)\b", re.I)
_UP_FOR_GRABS_AFTER = re.compile(r"^\W{0,3}(?:of\s+)?(?:[\w-]+\s+)?(?:(?:is|are)\s+)?up\s+for\s+grabs\b", re.I)
# 'I have made £N available for charities', 'has set aside £N in 2022-23 to bolster local efforts', 'has
# allocated an additional £N to support local charities', 'the total available funding stands at £N':
# a funder putting a new sum on offer states the fund's size.
_MADE_BEFORE = re.compile(r"\b(?:has|have|had|is|are)\s+(?:(?:this\s+year|now|again|also|once\s+again)\s+)?(?:made|making)\s*$", re.I)
# 'The Commissioner ... has made available £N for local voluntary organisations': the verb before the figure, for grant
# takers ('... £N for a new custody suite' or '£N in loans for small businesses' is no fund).
_MADE_AVAILABLE_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:now\s+|also\s+|again\s+)?made\s+available\s*$", re.I)
_TO_ONE_NAMED_AFTER = re.compile(r"^\W{0,3}to\s+(?:the\s+)?[A-Z]")  # '... £N to the Tarn Trust': one body's grant
_SET_ASIDE_BEFORE = re.compile(
    r"\b(?:has|have|had)\s+(?:this\s+year\s+|now\s+)?(?:set\s+aside|allocated\s+(?:an\s+additional|an\s+extra|a\s+further|another))\s*$",
    re.I,
)
_TO_SUPPORT_AFTER = re.compile(
    rf"^\W{{0,3}}(?:(?:in|for)\s+(?:{YEAR_PAIR}|this\s+(?:financial\s+)?year)\s+)?"
    r"to\s+(?:support|bolster|help|fund|back|boost)\b",
    re.I,
)
_AVAILABLE_FUNDING_IS = re.compile(
    r"\b(?:total\s+)?available\s+(?:funding|money|funds|grant\s+funding)\s+(?:stands\s+at|is|was|totals)\s*$", re.I
)


# 'groups can apply for a share of £N', 'bid for a share of the £N': the pot open to applicants.
_OPEN_TO_BIDS = re.compile(
    r"\b(?:apply|applying|bid|bidding)\s+(?:now\s+)?for\s+(?:a|their)\s+share\s+of(?:\s+the)?\s*$", re.I
)


# A balance its clause states: 'the Tarnvale board still has £N left to allocate', '£N which was unallocated stays
# open to bids', '£N which remains unspent' (in a clause naming grants, projects or awards).
_STILL_HAS = re.compile(r"\bstill\s+(?:has|have|had)\s*$", re.I)
_LEFT_TO_GIVE_AFTER = re.compile(
    r"^\W{0,3}(?:available|left|remaining|unallocated|unspent|uncommitted)\b|^\W{0,3}(?:left\s+)?to\s+(?:award|allocate|distribute|give)\b",
    re.I,
)
_UNALLOCATED_AFTER = re.compile(
    r"^\W{0,3}(?:(?:that|which)\s+)?(?:was|is|were|are|has\s+been|have\s+been|remains?|remained)\s+(?:still\s+)?"
    r"(?:unallocated|unspent|uncommitted|unclaimed)\b",
    re.I,
)
_AWARD_WORDS = re.compile(r"\b(?:award|awards|allocate|distribute)\b", re.I)


def _stated_balance(left: str, right: str) -> bool:
    """A balance its own clause states, among grant words (see ``_STILL_HAS``)."""
    if not (GRANT_WORDS.search(f"{left} {right}") or _AWARD_WORDS.search(right)):
        return False
    return bool((_STILL_HAS.search(left) and _LEFT_TO_GIVE_AFTER.match(right)) or _UNALLOCATED_AFTER.match(right))


def stated_kind(left: str, right: str) -> AllocationKind | None:
    """The kind a yearless figure's clause states unambiguously (module docstring), else None.

    ``left`` and ``right`` are the words of the figure's own clause before and after it."""
    if _REMAINING_BUDGET_IS.search(left) or REMAINING_FUNDS_ARE.search(left) or _stated_balance(left, right):
        return "remaining"
    if _OPEN_TO_BIDS.search(left) or taker_given(left, right):
        return "grant_total"
    if _FUND_OF.search(left) or _TOTAL_FUND_OF.search(left) or _GRANTS_BUDGET_IS.search(left):
        return "grant_total"
    if _TOTAL_BUDGET_OF.search(left) and grant_budget(left):
        return "grant_total"
    if (_FUND_IS.search(left) or _FUND_WILL_PROVIDE.search(left)) and GRANT_WORDS.search(left):
        return "grant_total"
    if _OWNER_BEFORE.search(left) and _named_fund_after(left, right) and not TO_MANY.match(right):
        return "grant_total"
    if (_ALLOCATED_TO_POT_AFTER.match(right) and not top_up(left, right)) or (_FUND_MAKES.search(left) and _AVAILABLE_AFTER.match(right)) or _ROUND_OFFERING.search(left):
        return "grant_total"
    if (_SEEN_BEFORE.search(left) and _GIVEN_OUT_BARE.match(right)) or (not left.strip() and _AWARDED_TO_AFTER.match(right)):
        return "approved_total"
    if _COUNTED_GRANTS_TOTALLING.search(left) or given_to_counted(left, right):
        return "approved_total"
    if _A_TOTAL_OF.search(left) and _GIVEN_OUT_AFTER.match(right):
        return "approved_total"
    if (_RECEIVED_SHARE.search(left) and not _COUNTED_SUBJECT.search(left)) or _COUNTED_OPENING.search(left):
        return "approved_total"
    if _COUNTED_SELECTED.search(left) or _WINNING_BIDS_TOTALLING.search(left):
        return "approved_total"
    if (_GIFTS_TOTALLING.search(left) and _INCLUDED_AFTER.match(right)) or (_GAVE_AWAY.search(left) and _IN_GRANTS.match(right)):
        return "approved_total"
    if _WILL_SHARE.search(left) and (not re.search(rf"\b{COUNT}\b", left, re.I) or _SET_TO_SHARE.search(left)):
        return "grant_total"
    if _SHARED.search(left) or _RECEIVED_GRANTS_TOTALLING.search(left) or _GROUPS_GRANTED.search(left) or _BENEFITED_FROM.search(left):
        return "approved_total"
    if (_BARE_LEFT.match(left) or _IN_TOTAL_BEFORE.search(left)) and (_DONATED_AFTER.match(right) or _OF_GRANTS_AWARDED_AFTER.match(right)):
        return "approved_total"
    if _WITH_BEFORE.search(left) and _BEING_GIVEN_OUT_AFTER.match(right):
        return "approved_total"
    if _ALLOCATED_BEFORE.search(left) and _TO_FUND_AFTER.match(right) and not TO_MANY.match(right):
        return "grant_total"
    if _GAVE_OUT.search(left) and (TO_MANY.match(right) or _NO_RECIPIENT_AFTER.match(right)):
        return "approved_total"
    if (_GAVE_RECIPIENTS_BEFORE.search(left) and not _EACH_AFTER.match(right)) or BRINGS_TOTAL_TO.search(left):
        return "approved_total"
    presented = _PRESENTED.search(left)
    presented_sum = presented is not None and (presented.group("total") or _IN_GRANTS_OR_FUNDING_AFTER.match(right))
    if (_FUND_GAVE_OUT.search(left) or presented_sum) and TO_MANY.match(right) and not _COMPARED_AFTER.search(right):
        return "approved_total"
    if _FUNDING_AVAILABLE_IS.search(left) or _UP_FOR_GRABS_AFTER.match(right):
        return "grant_total"
    if re.search(r"\ba\s+(?:grand\s+)?total\s+of\s*$", left, re.I) and _ON_OFFER_AFTER.match(right):
        return "grant_total"
    if (_MADE_BEFORE.search(left) and _AVAILABLE_AFTER.match(right)) or _AVAILABLE_FUNDING_IS.search(left) or (
        _MADE_AVAILABLE_BEFORE.search(left) and not _TO_ONE_NAMED_AFTER.match(right) and GRANT_WORDS.search(right[:160])
        and not NOT_GRANT_USE_IN.search(right[:160])
    ):
        return "grant_total"
    if _SET_ASIDE_BEFORE.search(left) and _TO_SUPPORT_AFTER.match(right):
        return "grant_total"
    return stated_form(left, right) or running_kind(left, right) or payout_kind(left, right)


def _named_fund_after(left: str, right: str) -> bool:
    """'£N <up to three words> fund|pot', or a scheme or programme that grant words name or lead to ('Groups can
    bid for money from the £N scheme'; see ``_PROJECT_LIKE_FUND``)."""
    fund = _FUND_AFTER.match(right)
    if fund is None or _TO_VERB.search(fund.group("name")):
        return False
    return not _PROJECT_LIKE_FUND.match(fund.group("fund")) or bool(GRANT_WORDS.search(f"{left} {fund.group('name')}"))


# 'Already £N from the first allocation has been used to fund 40 micro charities': what counted recipients were given.
_USED_TO_FUND_COUNTED_AFTER = re.compile(
    r"^\W{0,3}(?:from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:allocation|fund|funding|grant|pot)\s+)?"
    rf"(?:has|have|had)\s+been\s+used\s+to\s+(?:fund|support)\s+{_COUNTED_RECIPIENTS}",
    re.I,
)


def given_to_counted(left: str, right: str) -> bool:
    """'£N has been allocated to more than 30 groups', 'allocated to 5 projects, totalling £N', '£N has been used to fund
    40 charities': what counted recipients were given (read by the classifier too, so that a year does not make it the fund)."""
    return bool(
        _ALLOCATED_TO_COUNTED_AFTER.match(right) or _ALLOCATED_TO_COUNTED_TOTALLING.search(left)
        or _USED_TO_FUND_COUNTED_AFTER.match(right)
    )
