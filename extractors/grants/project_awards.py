"""Awards printed figure first: '£N to Organisation towards/for purpose'.

Layouts read: a resolution's or news item's list of award lines ('£4,500 to Passion towards the
Passion Youth Project;', '£800 for Tarn Together, to put towards ...', a possessive recipient '£N to Hill Bloom’s work to ...', '- £2,500 Mytchett Bowls Club for ...', the 'to' left out), and prose
where the figure follows an award verb ('the council awarded £2k to the Doe Lea Arts Project for
...', or a named body ending the sentence: 'the panel awarded £3,000 to Tarn Gala Committee.') or is followed by 'went to / went towards' ('£1,900 went towards the Bailey Bears Den, a ...'),
a purpose in quotation marks then the body it is at ('Projects included £N to “replace the roof” at Tarn Hall'),
a figure given 'to' a named body in a sentence whose funded projects 'include' it ('Projects benefitting include:
£N to Tarn Rovers to run ..., and £M to Fell Boxing'), a donation ('agreed to donate £N to Tarn Trust.', '£N has been donated to X towards ...'), a later figure of a
sentence that already gave one ('awarded £N to X for ... and £M to Y, a rambling club'), and 'X received the
same amount' / 'X got the same', which takes the figure printed before it in the same sentence (kept as
printed: 'the same amount').
The project is the organisation as printed. A line-opening figure counts only in a list led by
words that approve, recommend or propose awards; a bullet run onto the line after a colon or an item's end
('awarded: • £500 to X towards ...; • £750 to Y ...') opens a line too. Money for counted or collective recipients, a
partnership's year or outside the grant is no project. These rules are versioned by
``extractors.grants.projects.VERSION`` (no version of their own).
"""

from __future__ import annotations

import re

from extractors.grants.allocation_cues import outside_grant
from extractors.readers.blocks import clean
from extractors.grants.funding_layout import FundingLayout
from extractors.grants.project_decision_names import ORG_PATTERN
from extractors.grants.project_mention import build_mention, strip_name, valid_name
from extractors.grants.project_status import status_of_context
from extractors.grants.stated_forms import A_TOTAL_OF
from schemas.funding import ProjectMention

_ORG = rf"(?:\d+(?:st|nd|rd|th)\s+)?{ORG_PATTERN}"
# The organisation after the figure (with its name in brackets: 'Tarn PCM (Polish Centre)'), then what the money is for.
_TO_ORG = re.compile(
    rf"^\s*(?P<to>to\s+)?(?:the\s+)?(?P<org>{_ORG}(?:\s+\([A-Z][^()\n]{{1,60}}\))?)(?:\s+(?:towards|for)\s+(?!(?:the\s+)?(?:(?:financial\s+)?year|\d{{4}}))\S"
    r"|(?<=[’']s)\s+(?:work|project|scheme|efforts?|activities|campaign|appeal|programme|services?)\b"
    r"|,?\s+(?:which|who)\s+[a-z])"  # '£N to Tarnby Swimming Club which ran the pool ...': what the body does
)
# A line '£800 for Tarn Together, to put towards ...' (or '£520 for Fell Youth Theatre, for ...') in such a list.
FOR_ORG_LINE = re.compile(
    rf"^\s*for\s+(?:the\s+)?(?P<org>{_ORG})(?:,\s+|\s+)(?:to\s+(?:put\s+)?towards|towards|for)\s+[a-z]"
)
# A line '£2,500 – Tarn Food Bank – winter hampers' in a list led by words that approve awards.
_DASH_ORG = re.compile(rf"^[ \t]*[–—-][ \t]+(?:the\s+)?(?P<org>{_ORG})[ \t]+[–—-][ \t]+[A-Za-z][^£\n]{{2,120}}$")
_WENT_TO = re.compile(rf"^\s*went\s+(?:to|towards)\s+(?:the\s+)?(?P<org>{_ORG})\s*(?:$|[.,;]|\s+(?:for|to|towards)\s)")
# 'donate' bare only after a decision ('agreed to donate £N'; never 'declined to donate', 'agreed not to donate').
_DONATE = r"donated|(?:agreed|resolved|decided|voted)\s+to\s+donate"
# 'the fund awarded a total of £N to Tarn Transport for ...': one named body's total is its award.
_AWARD_VERB = re.compile(rf"\b(?:awarded|gave|given|allocated|granted|provided|{_DONATE})(?:\s+{A_TOTAL_OF})?\s*$", re.I)
# '£N has been donated to Tarn Sea Cadets towards a new boat.': a donation, figure first.
_DONATED_TO = re.compile(
    rf"^\s*(?:(?:has|have|had)\s+been|will\s+be|was|were)\s+donated\s+to\s+(?:the\s+)?(?P<org>{_ORG})"
    r"(?=\s*(?:[.;,]|$)|\s+(?:towards|for|to)\s)"
)
# '... awarded £3,000 to Tarn Rovers for kit and £1,200 to Fell Walkers, a rambling club': a later figure
# of a sentence whose award verb gave an earlier one, its recipient described after a comma or followed
# by what the money is for.
_GAVE = r"\b(?:awarded|granted|gave|given|donated|contributed|allocated|provided)\b"
_EARLIER_AWARD = re.compile(
    rf"(?:{_GAVE}[^.;£]{{0,120}}£[^.;£]{{1,160}}?|£[^.;£]{{1,40}}?{_GAVE}[^.;£]{{1,120}}?)(?:,|\band|\bwhile)\s*$", re.I
)
# '... and £1,200 to the Finance Committee, a committee of the council': money moved inside the council.
_COUNCIL_BODY = re.compile(r"\b(?:Committee|Cabinet|Council|Board)$")
_TO_DESCRIBED_ORG = re.compile(rf"^\s*to\s+(?:the\s+)?(?P<org>{_ORG}),\s+(?:a|an)\s+\w")
# 'The PCSP approved £N to Tarn Boxing Club for ...': 'approved' gives money only to a named body of two or
# more words that is no council service, budget or pot ('approved £N to the Youth Service' moves a budget).
_APPROVED_VERB = re.compile(r"\bapproved\s*$", re.I)
_SERVICE = re.compile(r"\b(?:Services?|Team|Department|Directorate|Budget|Reserves?|Account|Programme|Scheme|Fund|Pot)$", re.I)
# 'The grant of £N awarded to Tarn Carers was withdrawn': an award taken back.
_GRANT_OF = re.compile(r"\b(?:the|a|their|its)\s+(?:grant|award)\s+of\s*$", re.I)
_AWARDED_TO_WITHDRAWN = re.compile(
    rf"^\s*(?:awarded|made|given|granted)\s+to\s+(?:the\s+)?(?P<org>{_ORG})\s+(?:was|has\s+been|had\s+been|were)\s+"
    r"(?:later\s+|subsequently\s+)?(?:withdrawn|returned|cancelled|rescinded|revoked)\b"
)
# 'The panel awarded £3,000 to Millbrook Gala Committee.': a named body of two or more words ending the
# sentence after a giving verb ('allocated £N to Highways.' moves money between budgets: not read).
_TO_ORG_END = re.compile(rf"^\s*(?P<to>to\s+)(?:the\s+)?(?P<org>{_ORG})\s*(?:[.;!]\s*)?$")
_GIVING_VERB = re.compile(rf"\b(?:awarded|gave|given|granted|{_DONATE})\s*$", re.I)
# 'and there was £995 for the Dales Explorer Scout Unit to buy tents'.
_THERE_WAS = re.compile(r"\bthere\s+(?:was|were)\s*$", re.I)
_FOR_ORG = re.compile(rf"^\s*for\s+(?:the\s+)?(?P<org>{_ORG})\s+to\s+[a-z]")
# 'Projects included £3,966 to “replace the fire door” at Tarn Hall, £20,062 for “car park resurfacing” at X':
# a purpose in quotation marks, then the body it is at or for, in a sentence listing what the money included.
_QUOTED_PURPOSE_AT = re.compile(
    r"^\s*(?:to|for|towards)\s+(?:an?\s+|the\s+)?(?:“[^”]{3,160}”|\"[^\"]{3,160}\"|‘[^’]{3,160}’)\s+(?:at|linked\s+to|for|by)\s+"
    rf"(?:the\s+(?=[a-z]))?(?P<org>{_ORG})(?=\s*(?:[.,;:!]|$)|\s+(?:and|while|with|plus)\s)"
)
# 'Projects benefitting from the fund include: £N to Tarn Rovers to run ..., and £M to Fell Boxing.': a sentence
# whose funded projects, groups or awards 'include' a run of figures, each given 'to' a named body.
_INCLUDE_LEAD = re.compile(
    r"\b(?:projects|groups|organisations|organizations|charities|clubs|recipients|awards|grants)\b[^.;£]{0,120}?"
    r"\b(?:benefit+(?:ed|ing)|funded|successful|awarded|supported|receiving|funds?|grants?)\b[^.;£]{0,80}?\binclude[sd]?\s*:?\s*"
    r"(?:£[^.;£]{1,200}?(?:,\s*(?:and\b\s*)?|\s+and\b\s*))?$",
    re.I,
)
_LISTED_TO_ORG = re.compile(
    rf"^\s*to\s+(?:the\s+)?(?P<org>{_ORG})(?=\s*(?:[.;,]|$)|\s+(?:towards|for)\s|\s+to\s+(?!the\b|a\b|an\b|be\b)[a-z]{{3,}}\b)"
)
_LISTED_MONEY = re.compile(r"\b(?:includ(?:ed|es|ing)|awarded|approved|granted|allocated)\b", re.I)
# 'Other grants of less than £N included; £N for Tarn Rugby Club for a lift, £M for a new fence at Fell Tennis Club, £K for
# windows in Eydon village hall, and £J for mowers for Tarn Sports Trust.': a sentence whose grants 'included' a run of
# figures, each for a named body and what it is for, or for a purpose 'at' or 'for' a body (or 'in' a hall, club, ...).
# Grants the body 'won', 'received' or 'secured' are its own income: the places they paid for name no award.
_GRANTS_INCLUDED = re.compile(
    r"\b(?:grants|awards|donations)\b(?:(?!\b(?:won|received|secured|obtained|attracted)\b)[^.;]){0,80}?\binclude[sd]\s*[;:]?\s*"
    r"(?:£[^£]{1,200}?,\s*(?:and\b\s*)?)*$",
    re.I,
)
_KIND = r"(?:\s+(?:[a-z]+\s+)?(?:group|club|project|team|centre|hub|hall|station|church|school))"
_FOR_BODY_THEN_PURPOSE = re.compile(rf"^\s*for\s+(?:the\s+)?(?P<org>{_ORG}{_KIND}?)\s+(?:for|to|towards)\s+(?:an?\s+|the\s+)?[a-z]")
_PURPOSE_AT_BODY = re.compile(
    rf"^\s*(?:for|towards)\s+(?:an?\s+|the\s+|new\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,6}}?\s+(?:(?:at|for)\s+(?:the\s+)?(?P<org>{_ORG}{_KIND}?)"
    rf"|in\s+(?:the\s+)?(?P<hall>{_ORG}{_KIND}))(?=\s*(?:[.,;]|$)|\s+and\s)"
)
_LINE_OPEN = re.compile(r"^[\s\-–•*·]*(?:\d+[.)]\s+|[a-z][.)]\s+)?$")
# 'be awarded: • £500 to X towards ...; • £750 to Y towards ...': a bullet list the rendering ran onto one line;
# each bullet after the lead's colon or the previous item's end opens an award line.
_INLINE_BULLET = re.compile(r"[:;.]\s*(?P<bullet>[•▪])\s*$")


def _inline_bullet(before_line: str) -> re.Match | None:
    """``_INLINE_BULLET`` ending ``before_line``, searched from the mark before its bullet (the line's last character
    that is no white space), not from the line's start: a run-on line is not read again for every figure in it."""
    bullet = len(before_line.rstrip()) - 1
    mark = len(before_line[: max(bullet, 0)].rstrip()) - 1
    return _INLINE_BULLET.search(before_line, max(mark, 0))


_NOT_A_BODY = re.compile(
    r"^(?:each|every|all|local|community|voluntary|the\s+(?:partnership|council|fund|pot))\b|\b(?:projects|groups|organisations|schemes)$"
    r"|^(?:Council|Authority|Partnership|Board|Force|Constabulary|Police|Panel|Committee|CSP|PCSP)$"
    r"|\b(?:Commissioner|OPCC|PCC|Fund|Pot)$",
    re.I,
)
_LEAD_REACH = 1500


def _lead_status(layout: FundingLayout, line_start: int) -> tuple[str | None, str]:
    """The status the list's lead-in gives its lines: the last line ending in ':' within reach."""
    floor = max(layout.start, line_start - _LEAD_REACH)
    colon = layout.flat.rfind(":", floor, line_start)
    if colon < 0:
        return None, ""
    lead_start = layout.text.rfind("\n", floor, colon) + 1
    lead = clean(layout.flat[lead_start : colon + 1])
    if re.search(r"\brecommend", lead, re.I):
        return "recommended", "recommend"
    return status_of_context(lead)


def _rest_of_line(layout: FundingLayout, start: int) -> str:
    end = layout.text.find("\n", start, layout.end)
    return layout.text[start : end if end >= 0 else layout.end]


class _Named:
    """The body a listed figure is for, read from whichever group of its pattern named it."""

    def __init__(self, org: str) -> None:
        self.org = org

    def group(self, _: str) -> str:
        return self.org


def _later_award(left: str, right: str, to_org: re.Match | None) -> re.Match | None:
    """A later figure of a sentence whose award verb gave an earlier one, to a body outside the council."""
    m = _TO_DESCRIBED_ORG.match(right) or (to_org if to_org and to_org.group("to") else None)
    if m is None or not _EARLIER_AWARD.search(left) or _SERVICE.search(m.group("org")) or _COUNCIL_BODY.search(m.group("org")):
        return None
    return m


def amount_first_mentions(layout: FundingLayout, claimed: set[int], extractor: tuple[str, str]) -> list[ProjectMention]:
    """Mentions of the layouts in the module docstring."""
    found = []
    for amount in layout.amounts:
        if amount.start in claimed or amount.qualifier or amount.amount is None:
            continue
        block = layout.block_at(amount.start)
        if block is None or block.kind == "table_row":
            continue
        s_start, s_end = layout.sentence_at(amount.start)
        line_start = layout.text.rfind("\n", layout.start, amount.start) + 1
        before_line = layout.text[line_start : amount.start - len(amount.qualifier_text or "")]
        if inline := _inline_bullet(before_line):
            line_start, before_line = line_start + inline.start("bullet"), ""
        left = clean(layout.flat[s_start : amount.start - len(amount.qualifier_text or "")])
        right = layout.flat[amount.end : s_end]
        status, evidence = "approved", "award decision"
        if m := _WENT_TO.match(right):
            pass
        elif (m := _TO_ORG.match(right)) and m.group("to") and _AWARD_VERB.search(left):
            pass
        elif (
            m and m.group("to") and _APPROVED_VERB.search(left)
            and len(m.group("org").split()) >= 2 and not _SERVICE.search(m.group("org"))
        ):
            pass
        elif _DONATED_TO.match(right):
            m = _DONATED_TO.match(right)
        elif later := _later_award(left, right, m):
            m = later
        elif _GRANT_OF.search(left) and (m := _AWARDED_TO_WITHDRAWN.match(right)):
            status, evidence = "withdrawn", "withdrawn"
        elif _THERE_WAS.search(left) and (m := _FOR_ORG.match(right)):
            pass
        elif (quoted := _QUOTED_PURPOSE_AT.match(right)) and _LISTED_MONEY.search(left):
            m = quoted
        elif (
            m or (m := _DASH_ORG.match(_rest_of_line(layout, amount.end))) or (m := FOR_ORG_LINE.match(right))
        ) and _LINE_OPEN.match(before_line):
            status, evidence = _lead_status(layout, line_start)
            if status not in ("approved", "recommended", "proposed"):
                continue
        elif (m := _TO_ORG_END.match(right)) and _GIVING_VERB.search(left) and len(m.group("org").split()) >= 2:
            pass
        elif (m := _LISTED_TO_ORG.match(right)) and _INCLUDE_LEAD.search(left) and not _SERVICE.search(m.group("org")):
            pass
        elif (m := _FOR_BODY_THEN_PURPOSE.match(right) or _PURPOSE_AT_BODY.match(right)) and _GRANTS_INCLUDED.search(left):
            m = _Named(m.group("org") or m.group("hall"))
        else:
            continue
        name = strip_name(re.sub(r"[’']s$|\.$", "", m.group("org")))
        if not valid_name(name) or _NOT_A_BODY.search(name) or outside_grant(clean(layout.flat[s_start:s_end])):
            continue
        start = layout.flat.find(m.group("org"), amount.end, s_end)
        claimed.add(amount.start)
        found.append(
            build_mention(
                layout, extractor, name=name, amount=amount, start=min(amount.start, start if start >= 0 else amount.start),
                end=s_end, status=status, evidence=evidence, layout_kind="decision", block=block, recipient=name,
            )
        )
    return found


_SAME = re.compile(
    rf"(?P<org>{_ORG}(?:\s+(?:[a-z]+\s+)?(?:group|club|project|team|centre))?)\s+(?:also\s+)?"
    r"(?:received|got|(?:was|were)\s+(?:given|awarded|granted))\s+(?P<same>the\s+same(?:\s+(?:amount|sum))?)\b"
)


# How far before 'the same' a recipient's name may start: the pattern is tried only in that window,
# so a long sentence costs linear time (a 150 KB list sentence took 200 s when scanned whole).
_SAME_REACH = 240


def _same_matches(text: str, start: int, end: int) -> list[re.Match]:
    found, at = [], text.find("the same", start, end)
    while at != -1:
        match = next((m for m in _SAME.finditer(text, max(start, at - _SAME_REACH), min(end, at + 40)) if m.start("same") == at), None)
        found.extend([match] if match else [])
        at = text.find("the same", at + 1, end)
    return found


def same_amount_mentions(layout: FundingLayout, claimed: set[int], extractor: tuple[str, str]) -> list[ProjectMention]:
    """'X received the same amount': X takes the project figure printed before it in its sentence."""
    found = []
    for block in layout.blocks:
        if block.kind not in ("paragraph", "item") or layout.flat.find("the same", block.start, block.end) < 0:
            continue
        for s_start, s_end in layout.sentences(block):
            for m in _same_matches(layout.flat, s_start, s_end):
                earlier = [a for a in layout.amounts_in(s_start, s_start + m.start("org") - s_start) if a.start in claimed]
                name = strip_name(m.group("org"))
                if not earlier or not valid_name(name) or _NOT_A_BODY.search(name):
                    continue
                start, end = s_start + m.start("same") - s_start, s_start + m.end("same") - s_start
                amount = earlier[-1].model_copy(update={"text": m.group("same"), "start": start, "end": end})
                found.append(
                    build_mention(
                        layout, extractor, name=name, amount=amount, start=m.start("org"), end=end, status="approved",
                        evidence="award decision", layout_kind="decision", block=block, recipient=name,
                    )
                )
    return found
