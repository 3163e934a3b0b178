"""What a figure's own clause says it is not: one named body's award, one project's cost, an earlier or
compared figure, a share of a fund stated before, money placed rather than left over, one grant named by its purpose, the
size of one grant ('grants of between £100 and £3,000', 'grants of up to £N') unlike a fund's ceiling ('a funding pool of up to
£N') or each area's share ('force areas will each receive up to £N'), a sum of figures before it, a fund wider than the body's;
and a fund still to be awarded. Who received a figure (the body or a recipient, ``receiver``), and the one reader of a
national pot or a sum open to a class of bodies (``national_pot``), read with a cut and a council handed a sum by
``no_bodys_total``, the checks both allocation readers run.

These rules are versioned by ``extractors.grants.allocations.VERSION`` (no version of their own).
"""

from __future__ import annotations

import re

from extractors.grants.allocation_cues import GOVERNMENT_FUNDER
from extractors.grants.decision_layout import ONE_GRANT_BOUND_BEFORE
from extractors.grants.fund_verbs import RECIPIENT_NOUN
from extractors.grants.project_decision_names import ORG_PATTERN
from extractors.grants.round_cues import COUNT, NOT_GRANT_USE_IN
from extractors.grants.stated_payouts import to_be_invested
from schemas.funding import MoneyAmount

# '£N awarded to Tarn Gala Club', 'the grant of £N to Tarn Carers was withdrawn': one award to a named
# body, never the year's grant or a round's total ('to Local Community Groups' and a partnership are).
_TO_NAMED_BODY_AFTER = re.compile(
    rf"^\W{{0,3}}(?:(?:was|has\s+been|had\s+been)\s+)?(?:(?:awarded|paid|made|given|granted|allocated)\s+)?to\s+(?P<org>{ORG_PATTERN})"
)
# 'award £N to the Parish Newsletter': two or more capitalised words after 'the'.
_TO_THE_NAMED_AFTER = re.compile(rf"^\W{{0,3}}to\s+the\s+(?P<org>[A-Z][\w'’&-]*\s+{ORG_PATTERN})")
# 'towards a reading project at Eastfield Junior Academy': a purpose in lower case, then the one body it is at.
_PURPOSE_AT_NAMED_AFTER = re.compile(
    rf"^\W{{0,3}}(?:for|towards)\s+(?:(?:a|an|the|new)\s+)(?:[a-z][\w'’-]*\s+){{0,4}}?at\s+(?:the\s+)?(?P<org>[A-Z][\w'’&-]*\s+{ORG_PATTERN})"
)
_FUND_LIKE = re.compile(r"\b(?:Scheme|Schemes|Budget|Programme|Grants?|Funds?|Pot|Account|Reserves?|Round|Year)\b", re.I)
_COLLECTIVE = re.compile(
    r"^(?:Local|Community|Voluntary|All|Each|Various|Other|Successful)\b|\b(?:groups|organisations|organizations|projects|schemes"
    r"|charities|applicants|bodies|clubs|partnerships|councils)$|\b(?:Partnership|CSP|Board|Council|Commissioner|PCC|OPCC|Fund|Pot)\b",
    re.I,
)
# 'compared with £N', 'last year the fund awarded £N': a figure quoted for comparison, not the year's
# ('as last year, £N is held' is this year's figure).
# 'over the last year' (in, during, within the last year) is the twelve months to now, no earlier year.
_EARLIER_FIGURE = re.compile(
    r"\b(?:compared\s+(?:with|to)|as\s+against|down\s+from|up\s+from)\s*$|(?<!\bas\s)(?<!\blike\s)\b(?:last|previous|prior)\s+(?:financial\s+)?year\b"
    r"(?<!\bover\sthe\slast\syear)(?<!\bin\sthe\slast\syear)(?<!\bduring\sthe\slast\syear)(?<!\bwithin\sthe\slast\syear)",
    re.I,
)
# 'dropped from £45,000 in 2023/24 to £25,000': the old figure of a change.
_FROM_THEN_TO = re.compile(r"\bfrom\s*$", re.I), re.compile(r"^\s*(?:in\s+[\w/-]+\s+)?to\s*$", re.I)
# 'The remaining £N was allocated to the Youth Fund': money placed, no unallocated balance.
_PLACED_AFTER_REMAINING = re.compile(
    r"^\W{0,3}(?:was|were|has\s+been|had\s+been|will\s+be)\s+(?:allocated|awarded|given|paid|spent|used|distributed|transferred)\b", re.I
)
# '£N of this was ring fenced for ...': a share of a fund stated before, not the year's grant.
_SHARE_OF_AFTER = re.compile(
    r"^\s*of\s+(?:this|that|these|it)\b"
    r"|^\s*from\s+(?:the|its|this)\s+[^.£;]{0,60}?\b(?:budget|fund|pot)\s+(?:will\s+be|is\s+to\s+be|was|has\s+been|is)\s+used\b",
    re.I,
)
# '£N in total available during 2024/25 to be awarded through the grants process': the fund, not awards.
_AVAILABLE_TO_AWARD = re.compile(r"\bavailable\b[^.£]{0,80}?\bto\s+be\s+(?:awarded|allocated|distributed|granted)\b", re.I)
# 'the £1,200 website grant cheque', 'details of the £250 defibrillator grant': one grant named by its
# purpose, never a fund ('the £1m Community Grant Fund', 'a £50,000 grant scheme' are funds).
_ONE_GRANT_BEFORE = re.compile(r"\b(?:the|this|that|their|our|its)\s*$", re.I)
_LINK_WORD = r"(?:for|the|of|to|an?|and|from|in|on|by|as|with|is|was|be|been|has|have|this|that)\b"
_ONE_GRANT_AFTER = re.compile(
    rf"^\s*(?:(?!{_LINK_WORD})[\w'’-]+\s+){{0,3}}?grant\b"
    r"(?!\s*(?:s\b|scheme|fund|funding|programme|pot|budget|allocation|pool|round|aid\b))",
    re.I,
)
# 'provides a funding pool of up to £N', 'New funding worth up to £N has been pledged': the ceiling of the fund itself,
# its size as printed (unlike 'grants of up to £N', the cap of one grant); never one applicant's ('apply for funding
# worth up to £N'), a unit's ('a pot of up to £N for each ward') nor works' ('secured to repair the bridge').
_FUND_CEILING_BEFORE = re.compile(
    r"\b(?:(?:funding|grant|grants)\s+)?(?:pool|pot|fund|package)(?:\s+(?:of|worth|totalling))?\s*$|\bfunding\s+worth\s*$",
    re.I,
)
_APPLICANT_ASK = re.compile(r"\b(?:apply|applying|applications?|bid|bidding|seek|seeking|request|requesting|ask)\b", re.I)
_PER_UNIT_AFTER = re.compile(r"^\s*(?:per|each|a\s+(?:year|project|group|head)|(?:for|to|in)\s+(?:each|every|any\s+one|one))\b", re.I)


def fund_ceiling(left: str, right: str) -> bool:
    """The figure printed 'up to' is a fund's ceiling, so its size ('a funding pool of up to £N'), not one grant's cap.
    ``left`` and ``right`` are the figure's clause before its hedge and after it."""
    if to_be_invested(right) and not _APPLICANT_ASK.search(left):
        return True  # 'up to £N will be invested in community-based projects' (session 29)
    return bool(
        _FUND_CEILING_BEFORE.search(left) and not _APPLICANT_ASK.search(left) and not _PER_UNIT_AFTER.match(right)
        and not NOT_GRANT_USE_IN.search(right[:160])
    )


# 'Sussex and Hampshire police force areas will each receive up to £N': the share each area of a wider sum is given,
# that area's grant (hedged or not), unlike what each group or applicant may get (nor 'housing units will each receive').
_AREAS_EACH_RECEIVE_BEFORE = re.compile(
    r"\b(?:areas|regions|counties|partnerships|CSPs|reduction\s+units|VRUs)\s+(?:will\s+|would\s+|are\s+to\s+|are\s+set\s+to\s+)?each\s+"
    r"(?:receive|get|be\s+(?:allocated|given|awarded))\s*$",
    re.I,
)


def area_share(left: str) -> bool:
    """The figure is each named area's share of a wider sum ('force areas will each receive up to £N')."""
    return bool(_AREAS_EACH_RECEIVE_BEFORE.search(left))


def grant_bounds(layout) -> set:
    """Figures printed as the bounds of one grant ('grants of between £N and £M', 'grants of up to £N')."""
    return layout.memo(("grant_bounds",), lambda: {
        amount.amount for amount in layout.amounts
        if amount.amount is not None and ONE_GRANT_BOUND_BEFORE.search(layout.flat[max(layout.start, amount.start - 80) : amount.start])
    })


def one_named_grant(left: str, right: str) -> bool:
    """'the £N <purpose> grant': a single grant, not the year's fund."""
    return bool(_ONE_GRANT_BEFORE.search(left) and _ONE_GRANT_AFTER.match(right))


_ONE_APPLICATION_BEFORE = re.compile(
    r"\ban\s+application\b[^.£;]{0,160}?\b(?:from|by|on\s+behalf\s+of)\s+[^.£;]{2,120}\bfor\s+a\s+grant\s+of\s*$", re.I
)


def one_application(left: str) -> bool:
    """'an application from X for a grant of £N': one applicant's grant, not the fund."""
    return bool(_ONE_APPLICATION_BEFORE.search(left))


def named_body_after(right: str) -> bool:
    """The figure goes to one named body ('to Tarn Gala Club', 'award £N to the Parish Newsletter', 'towards a reading
    project at Eastfield Junior Academy'), not to
    collective, grant-holding or fund-like ones ('to the Small Grants Scheme')."""
    named = _TO_NAMED_BODY_AFTER.match(right)
    if named:
        return not _COLLECTIVE.search(named.group("org").strip())
    if (at := _PURPOSE_AT_NAMED_AFTER.match(right)) and not _COLLECTIVE.search(at.group("org").strip()):
        return not _FUND_LIKE.search(at.group("org"))
    named = _TO_THE_NAMED_AFTER.match(right)
    rest = re.sub(r"(?:\s+(?:of|and|the|for|in|on|at|upon|under|&))+$", "", named.group("org").split(None, 1)[1]) if named else ""
    return bool(named) and not _COLLECTIVE.search(rest.strip()) and not _FUND_LIKE.search(named.group("org"))


def earlier_figure(left: str, right: str) -> bool:
    """A figure quoted for comparison, of last year, or the old figure of a change ('from £A to £B')."""
    return bool(_EARLIER_FIGURE.search(left) or (_FROM_THEN_TO[0].search(left) and _FROM_THEN_TO[1].match(right)))


def placed_remainder(right: str) -> bool:
    """'(the remaining £N) was allocated to ...': the rest was placed somewhere, no balance is left."""
    return bool(_PLACED_AFTER_REMAINING.match(right))


def share_of_a_fund(right: str) -> bool:
    """'£N of this was ring fenced for ...': a part of a figure stated before; '£N from the 2020/21 grant budget will
    be used to ...': a part of a budget put to one use."""
    return bool(_SHARE_OF_AFTER.match(right))


def to_be_awarded(right: str) -> bool:
    """'£N in total available ... to be awarded through the grants process': a fund yet to be given out."""
    return bool(_AVAILABLE_TO_AWARD.search(right))


# Capital works: money to buy, build or improve land, buildings, roads or homes ('the acquisition of the depot', 'the
# roundabout improvements', 'affordable housing') is a scheme's cost, never a grant fund's size.
_CAPITAL_WORKS = re.compile(
    r"\b(?:acquisition|acquire|land|construction|refurbish\w*|regeneration|infrastructure|roundabout|housing)\b", re.I
)


def capital_works(clause: str) -> bool:
    """The clause names capital works (``_CAPITAL_WORKS``): its figure is a scheme's cost."""
    return bool(_CAPITAL_WORKS.search(clause))


# 'will put the money towards its £N scheme', 'as part of its £N project', 'towards a £N refurbishment': the
# cost of the recipient's own project, which the grant helps to pay for; never a fund or a round's total
# ('towards the £N fund', 'part of the £N programme' may name the fund itself, so 'the' is left out).
_TOWARDS_A_COST = re.compile(
    r"\b(?:towards?|part\s+of)\s+(?:a|an|its|their|his|her|our)(?:\s+(?:total|overall|wider))?\s*$", re.I
)


def project_cost(left: str) -> bool:
    """'towards its £N scheme', 'part of a £N project': the figure is what the recipient's project costs."""
    return bool(_TOWARDS_A_COST.search(left))


# 'making a total of £N to be distributed': the sum of figures stated before it (a year's budget and a carried
# underspend), never a figure of its own kind.
_COMBINED_BEFORE = re.compile(r"\b(?:making|giving|makes|gives)\s+(?:a|the)\s+(?:combined\s+|grand\s+)?total(?:\s+of)?\s*$", re.I)


def combined_total(left: str) -> bool:
    """'..., making a total of £N': a sum of the figures before it."""
    return bool(_COMBINED_BEFORE.search(left))


# A fund wider than the body's own: one the body's share is then stated of ('a new £N fund, and ... the allocation
# for Tarnside would be £M', '£N, of which Tarn Council has been allocated £M').
_SHARE_STATED_AFTER = re.compile(
    r"\b(?:of\s+which|(?:the|its|their)\s+(?:allocation|share)\s+(?:for|to|of))\s+(?:the\s+)?[A-Z][\w'’&-]*"
    r"(?:\s+(?:and|&|of|the|[A-Z][\w'’&-]*)){0,6}\s+(?:would|will|is|was|has|have|had|were|are)\s+(?:be\s+|been\s+)?"
    r"(?:allocated\s+|awarded\s+|given\s+|granted\s+)?£"
    # '£N is available to Fife, of which £M is allocated to the Tarnside committee area': the share printed first
    r"|\bof\s+which\s+£\s?[\d.,]+\s*(?:million|m|k)?\s+(?:is|was|has\s+been|will\s+be)\s+(?:allocated|given|awarded|set\s+aside)"
    r"\s+(?:to|for)\s+(?:the\s+)?[A-Z]"
)

# The one vocabulary of a national pot, a sum open to a class of bodies (``national_pot``): a nation, a nationwide word,
# a class of bodies, a government.
_NATION = r"(?:England|Wales|Scotland|the\s+UK|the\s+United\s+Kingdom|the\s+country)"
_NATIONWIDE = r"(?:nationwide|nationally|country-?wide)"
_MANY_BODIES = (
    r"(?:councils|(?:local\s+)?authorities|(?:police\s+)?forces|(?:police\s+and\s+crime\s+)?commissioners|PCCs|PFCCs"
    r"|districts|boroughs)"
)
_POLICE_BODIES = r"(?:PCCs|police\s+and\s+crime\s+commissioners|police\s+forces)"
GOVERNMENT = rf"(?:{GOVERNMENT_FUNDER}|(?:uk|the)\s+government|government's)"
# After the figure: made available to a class of authorities across a nation ('made available to District Councils
# and Park Authorities in Wales'), spread nationwide ('a £3M Panel Fund paying for panels nationwide'), or for
# commissioners or forces as a class ('£N has been made available to PCCs') (session 29).
_NATIONAL_AFTER = re.compile(
    r"^\W{0,3}(?:[\w-]+\s+){0,3}?(?:made\s+available|available|allocated|distributed|shared)\s+(?:to|for|among|between|across)\s+"
    r"(?:all\s+|every\s+)?(?:[\w-]+\s+){0,3}?(?:councils|authorities|police\s+forces|commissioners|pccs)\b[^.£]{0,40}?"
    rf"\b(?:in|across)\s+{_NATION}\b"
    rf"|^[^.;£]{{0,120}}?\b{_NATIONWIDE}\b"
    r"|^\W{0,3}(?:(?:has\s+been|have\s+been|was|were|is|will\s+be)\s+)?(?:made\s+available\s+|available\s+)?(?:for|to)\s+(?:all\s+)?"
    rf"{_POLICE_BODIES}\b",
    re.I,
)


def wider_fund(after: str) -> bool:
    """The figure is a fund wider than the body's own: its share is stated after it in the sentence, or it goes to a
    class of authorities across a nation (``after``: the sentence's words after the figure)."""
    return bool(_SHARE_STATED_AFTER.search(after) or _NATIONAL_AFTER.match(after))


# 'The money comes from a national pot of £N', 'This cash is drawn from a national fund of £N': the wider pot a sum
# named before it is drawn from, not a fund of the body's own ('The grants are paid from the X Fund of £N' names the fund).
_SOURCE_POT_BEFORE = re.compile(
    r"\b(?:the|this|that|these)\s+(?:money|monies|funds|funding|cash|sum|windfall)\s+"
    r"(?:comes?|came|will\s+come|(?:is|was|has\s+been|will\s+be)\s+(?:drawn|taken|released))\s+(?:from|out\s+of)\b[^.£;]{0,80}$",
    re.I,
)
# 'successful in applying for a slice of the government's £N Fund': the national fund the body won a part of.
_NATIONAL_SLICE_BEFORE = re.compile(
    r"\b(?:slice|share|portion|part|chunk)\s+of\s+(?:the\s+)?(?:government|home\s+office|national)(?:['’]s)?\s*$", re.I
)
# 'Round two saw 50 projects across England and Wales awarded a total of £N': counted recipients across a nation
# received the figure, a national round's total, no body's; so do bodies of a class across a nation ('PCCs and councils
# across England and Wales to get a total of £N') (session 29 review).
_NATIONAL_ROUND_BEFORE = re.compile(
    rf"(?:\b(?:{COUNT}|hundreds)\s+(?:[\w-]+\s+){{0,2}}?(?:projects|schemes|bids|areas|initiatives|organisations|groups)"
    rf"|\b{_MANY_BODIES})"
    rf"\s+(?:across|throughout|in)\s+{_NATION}\b[^.;£]{{0,60}}$",
    re.I,
)
# A sum several bodies share or may bid for is no one body's: 'Councils across the county will share £N', 'A fund of up
# to £N for Police and Crime Commissioners' (a ceiling open to a class of bodies), 'for PCCs to bid from a fund of £N'
# (never groups or applicants sharing the body's own fund, nor money the body puts 'for community safety partnerships').
_BODIES_SHARE_BEFORE = re.compile(
    rf"\b{_MANY_BODIES}\b[^.£;]{{0,80}}?\b(?:will|(?:are|is)\s+(?:set\s+)?to)\s+share(?:\s+in)?(?:\s+(?:an?|the))?"
    r"(?:\s+total\s+of)?\s*$",
    re.I,
)
# 'giving PCCs another chance to bid from a fund of £N', 'an opportunity for police forces to apply for a share of the
# £N': a national pot a class of bodies bids for, no body's own.
_BODIES_BID_BEFORE = re.compile(
    rf"\b{_MANY_BODIES}\s+(?:[\w-]+\s+){{0,4}}?(?:to|can|could|may|will\s+be\s+able\s+to)\s+(?:bid|apply)\b[^.£;]{{0,60}}$", re.I
)
# '(up to £N) for Police and Crime Commissioners', '(£N million) fund for police forces': for a class of bodies.
_FOR_MANY_BODIES_AFTER = re.compile(
    rf"^\W{{0,3}}(?:[\w-]+\s+){{0,3}}?(?:(?:fund|pot)\s+)?for\s+(?:all\s+|the\s+)?{_MANY_BODIES}\b", re.I
)


def source_pot(left: str) -> bool:
    """The figure is the pot a sum named before it comes from (``_SOURCE_POT_BEFORE``), the national fund the body
    won a slice of (``_NATIONAL_SLICE_BEFORE``), one a class of bodies bids for (``_BODIES_BID_BEFORE``, read by
    ``national_pot`` too), or a national round's total (``_NATIONAL_ROUND_BEFORE``)."""
    return bool(
        _SOURCE_POT_BEFORE.search(left) or _NATIONAL_SLICE_BEFORE.search(left) or _BODIES_BID_BEFORE.search(left)
        or _NATIONAL_ROUND_BEFORE.search(left)
    )


def shared_by_bodies(left: str, right: str, up_to: bool) -> bool:
    """The figure is shared by several bodies (``left`` ends where it starts) or, a ceiling (``up_to``), open to a class
    of them (``right`` opens after it)."""
    return bool(_BODIES_SHARE_BEFORE.search(left) or _BODIES_BID_BEFORE.search(left) or (up_to and _FOR_MANY_BODIES_AFTER.match(right)))


# 'Tarnshire has secured funding of £N', 'the Commissioner has secured an extra £N', 'the YSU has been allocated £N', 'we have been awarded a further £N', 'the Unit
# is to receive a core grant of £N': the body's own grant (its subject a body, never a club or charity).
_BODY = (
    r"(?:\b(?:we|we['’]re|we\s+are|council|partnership|unit|network|authority|commissioner|board|office|county|borough|district"
    r"|region|\w+shire)\b|\b(?-i:[A-Z]{2,5})\b)"
)
_RECEIVES_BEFORE = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:now\s+|also\s+)?(?:secured|been\s+(?:provisionally\s+|conditionally\s+|formally\s+)?(?:awarded|allocated|granted|given|offered))"
    r"|(?:is|are)\s+to\s+receive|will\s+receive|received|receives|secured)"
    r"(?:\s+(?:a\s+further|an\s+additional|an\s+extra|another|a\s+total\s+of))?"
    r"(?:\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:funding|grant|allocation)(?:\s+(?:of|worth))?|\s+an?)?\s*$",
    re.I,
)
_BODY_SUBJECT = re.compile(rf"{_BODY}(?:['’]s)?[^.£;]{{0,40}}?$", re.I)
# 'The Eastby Angling Club (EAC) has been awarded', 'Tarnshire Wildlife Trust has secured': a recipient, no body.
_RECIPIENT_SUBJECT = re.compile(rf"{RECIPIENT_NOUN}\b", re.I)


def receiver(left: str) -> str | None:
    """Who received the figure by the verb before it ('has been awarded', 'has secured funding of'): 'recipient' when
    the words after the clause's last comma before the verb name a club, trust or other recipient, 'body' when the
    words just before it name the body ('the Council', 'we', 'the VRU'), else None."""
    received = _RECEIVES_BEFORE.search(left)
    if received is None:
        return None
    before = left[: received.start()]
    if _RECIPIENT_SUBJECT.search(before.rsplit(",", 1)[-1][-80:]):
        return "recipient"
    return "body" if _BODY_SUBJECT.search(before) else None


def body_received(left: str) -> bool:
    """The body itself received the figure ('the Council has been awarded £N'), not a recipient (``receiver``)."""
    return receiver(left) == "body"


# A fund of this many pounds or more may be a government's; the words below tell when it is.
_NATIONAL_FUND_MINIMUM = 10_000_000
# Before the figure: another fund named beside the body's money ('This sits alongside the £N million Winter Fund'), a
# government ('The Government has set up a £N fund'), a national one ('a national £N fund').
_NATIONAL_BEFORE = re.compile(rf"\balongside(?:\s+(?:the|a|an|this))?\s*$|\b{GOVERNMENT}|\bnational\s*$", re.I)
# After it: a government, a nation or a nationwide word ('a £N fund from the Home Office', '... across England and
# Wales'), or a use or recipients still to be chosen ('how this £N fund ... can best be used, and by which partners').
_NATIONAL_MILLIONS_AFTER = re.compile(
    rf"^[^.;£]{{0,120}}?(?:\b{GOVERNMENT}|\b(?:across|throughout)\s+{_NATION}\b|\b{_NATIONWIDE}\b"
    r"|\b(?:can|could|should|will|would)\s+best\s+be\s+(?:used|spent|allocated|distributed|targeted)\b"
    r"|\bby\s+which\s+(?:partners|bodies|forces|councils|authorities)\b)",
    re.I,
)


def national_millions(amount: float | int | None, left: str, after: str) -> bool:
    """A government's fund of £10 million or more the body is not said to have received (``body_received``), told by
    its vocabulary before or after it (``_NATIONAL_BEFORE``, ``_NATIONAL_MILLIONS_AFTER``) or a class of bodies it is for
    (``_FOR_MANY_BODIES_AFTER``); ``after`` is the sentence after the figure (session 29)."""
    if amount is None or amount < _NATIONAL_FUND_MINIMUM or body_received(left):
        return False
    return bool(_NATIONAL_BEFORE.search(left) or _NATIONAL_MILLIONS_AFTER.search(after) or _FOR_MANY_BODIES_AFTER.match(after))


def national_pot(amount: float | int | None, up_to: bool, left: str, right: str, after: str) -> bool:
    """The figure is a national pot or a sum open to a class of bodies, no one body's: spread across a nation or to
    commissioners or forces as a class (``_NATIONAL_AFTER``, read in ``after``'s first 200 characters), shared by or
    open to several bodies (``shared_by_bodies``), or a government's fund of millions (``national_millions``).
    ``left``/``right`` are the figure's clause before and after it, ``after`` the sentence after it."""
    return bool(
        _NATIONAL_AFTER.match(after[:200]) or shared_by_bodies(left, right, up_to) or national_millions(amount, left, after)
    )


# 'Eastby Borough Council has been given £N.', 'Southby City Council will receive £N': a principal council named as
# receiving the figure (a parish's or town's council is a recipient, read by the project rules).
_COUNCIL_RECEIVES_BEFORE = re.compile(
    r"(?P<council>(?:[A-Z][\w'’-]*\s+(?:(?:and|with|upon|on)\s+)?){1,5}(?:County\s+|Borough\s+|City\s+|District\s+)?Council)"
    r"(?:\s*,[^,.£;]{0,80},|\s+[–—-]\s[^.£;]{0,140}?\s[–—-])?\s+(?:has|have|had|will|is|are|was)\s+(?:now\s+)?(?:been\s+|to\s+)?"
    r"(?:given|awarded|granted|allocated|handed|receive|received)\s*$"
)
_LOCAL_COUNCIL = re.compile(r"\b(?:Parish|Town|Community|Village|Parent|Youth)\s+Council$")


def council_receiving(left: str) -> str | None:
    """The principal council ``left`` (a clause up to the figure) names as receiving the figure, else None. A page naming
    two or more such councils lists their shares of a wider sum, no one body's total."""
    found = _COUNCIL_RECEIVES_BEFORE.search(left)
    if found is None or _LOCAL_COUNCIL.search(found.group("council")):
        return None
    return " ".join(found.group("council").split())


# 'The Community Safety Fund grant was cut by £N', 'reduced by £N in 2025/26': the change to a sum, no sum's size.
_CHANGED_BY_BEFORE = re.compile(
    r"\b(?:cut|reduced|decreased|lowered|increased|raised)\s+by\s*(?:(?:around|about|almost|nearly|some|just)\s+)?$", re.I
)


def changed_by(left: str) -> bool:
    """The figure is the amount a sum was cut or raised by (``left`` ends on 'cut by')."""
    return bool(_CHANGED_BY_BEFORE.search(left))


# A fund, grant or programme named in a sentence ('... has been awarded £N from the Safer Streets Fund').
_FUND_NAMED = re.compile(r"\b(?:funds?|grants?|pots?|programmes?|allocations?)\b", re.I)


def council_handed(left: str, right: str) -> bool:
    """A principal council named as handed the figure (``council_receiving``) in a clause naming no fund, grant or
    programme ('Eastby Council will receive £N.', '... will receive £N for local schemes ...'): money to a body, as a
    government's or an MP's page reports it, no partnership's grant (session 29)."""
    return council_receiving(left) is not None and not _FUND_NAMED.search(f"{left} {right}")


def no_bodys_total(amount: MoneyAmount, left: str, right: str, after: str) -> bool:
    """The checks both allocation readers run: the figure is no one body's total when a share of it is stated after it
    (``wider_fund``), it is a cut (``changed_by``), a principal council is handed it (``council_handed``) or it is a
    national pot (``national_pot``). ``after``: the sentence's words after the figure, at most 300 characters."""
    return bool(
        _SHARE_STATED_AFTER.search(after[:200]) or changed_by(left) or council_handed(left, right)
        or national_pot(amount.amount, amount.qualifier == "up_to", left, right, after)
    )
