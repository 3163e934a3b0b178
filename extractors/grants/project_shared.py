"""One figure given to each of several named bodies: 'grants of £1,400 to Tarn Playhouse Trust, Fell Museum and the
Hill office of the Advice Bureau', 'grants of £500 each to A, B and C', '£100 each should be awarded to A, B and C' (the list
ending where the sentence turns to another figure: '..., C with £400 going to D'), a press list after a colon ('The 18 groups
receiving grants of £250 were: A, B, ... and C.'), and names before a bracketed figure for each ('were: A, B, C and D (£200
each towards ...), E (£400)': the names back to the colon or the previous bracket). The plural 'grants' or 'each' says each
body got the figure (a singular 'a grant of £N to A and B' is one award, read elsewhere); every item must be a name (capital
first, 'the' left out) and there must be three or more (a comma between), the last two split at the last 'and' (two
before a bracketed 'each', whose lead's words alone give its status; these two press forms take only a year their
own sentence prints). Status as a decision sentence gives it: approved, recommended
when the sentence recommends, proposed when it applies or bids. These rules are versioned by
``extractors.grants.projects.VERSION`` (no version of their own).
"""

from __future__ import annotations

import re

from extractors.grants.funding_layout import FundingLayout
from extractors.grants.project_status import status_of_context
from extractors.grants.project_mention import NOT_A_NAME, build_mention, strip_name, valid_name
from extractors.readers.blocks import clean
from extractors.readers.vocabulary import REFUSED_WORDS
from schemas.funding import ProjectMention

_GRANTS_OF_BEFORE = re.compile(r"\bgrants\s+of\s*$", re.I)
_EACH_TO_AFTER = re.compile(r"^\s*(?:each\s+)?to\s+(?P<list>[^.;:£]{5,400})")
# '£100 each should be awarded to A, B and C', '£50 each to A, B and C': 'each' after the figure says the same.
_EACH_GIVEN_AFTER = re.compile(
    r"^\s*each\s+(?:(?:should|will|would|shall|to)\s+)?(?:be\s+|have\s+been\s+|has\s+been\s+|was\s+|were\s+)?"
    r"(?:(?:awarded|given|granted|paid|allocated|donated)\s+)?to\s+(?P<list>[^.;:£]{5,400})",
    re.I,
)
# 'The 18 groups receiving grants of £250 were: A, B and C.': the list after the lead's colon, to the sentence's end.
_WERE_LISTED_AFTER = re.compile(r"^\s*(?:each\s+)?(?:were|are)\s*:\s*(?P<list>[^.;:£]{5,1500})")
# 'were: A, B, C and D (£200 each towards upkeep), E (£400)': a bracketed figure for each of the names before it.
EACH_BRACKET_AFTER = re.compile(r"\s*each\b[^()£\n]{0,80}\)")
_BRACKET_BEFORE = re.compile(r"(?:^|[:;]|\),)\s*(?P<list>[^:;()£\n]{5,600}?)\s*\(\s*$")
# '..., the Chess Club with £250 going to the Food Bank': the list ends where the sentence turns to another figure.
_LIST_END = re.compile(r"\s+(?:with|while|whilst|and\s+with)\s*$")
_LAST_AND = re.compile(r"\s+and\s+(?=(?:the\s+)?[A-Z])")


def _items(listed: str, split_pair: bool = False) -> list[str]:
    """'A and District Trust, B, C and the D': the items between commas, the last split at its last 'and' (names
    hold 'and' too, so a list without a comma is split only when ``split_pair``: 'A and B (£N each)')."""
    parts = [p for p in re.split(r",\s*(?:and\s+)?", listed) if p.strip()]
    if len(parts) < 2 and not split_pair:
        return parts
    last = list(_LAST_AND.finditer(parts[-1]))
    if last:
        parts[-1:] = [parts[-1][: last[-1].start()], parts[-1][last[-1].end() :]]
    return parts
_COLLECTIVE = re.compile(r"\b(?:groups|organisations|organizations|projects|charities|clubs|schemes|causes)\b", re.I)
# 'The groups turned down for grants of £N were: ...': a lead refusing the listed groups lists no awards.
_REFUSED_LEAD = re.compile(
    rf"\b(?:{REFUSED_WORDS}|not\s+(?:been\s+)?(?:awarded|successful|approved|funded)"
    r"|missed\s+out|ineligible|withdrawn|deferred)\b",
    re.I,
)


def shared_figure_mentions(layout: FundingLayout, claimed: set[int], extractor: tuple[str, str]) -> list[ProjectMention]:
    found = []
    for amount in layout.amounts:
        if amount.start in claimed or amount.amount is None:
            continue
        s_start, s_end = layout.sentence_at(amount.start)
        after = layout.flat[amount.end : s_end]
        least, lead, press_list = 3, None, False
        if _GRANTS_OF_BEFORE.search(layout.flat[max(s_start, amount.start - 30) : amount.start]):
            listed = _EACH_TO_AFTER.match(after)
            if listed is None and (listed := _WERE_LISTED_AFTER.match(after)):
                press_list = True
                if _REFUSED_LEAD.search(layout.flat[s_start : amount.start]):
                    claimed.add(amount.start)
                    continue
        elif EACH_BRACKET_AFTER.match(after):
            before = layout.flat[s_start : amount.start - len(amount.qualifier_text or "")]
            listed, least = _BRACKET_BEFORE.search(before), 2
            lead, press_list = clean(before[: listed.start()]) if listed else None, True
        else:
            listed = _EACH_GIVEN_AFTER.match(after)
        if listed is None:
            continue
        items = _items(_LIST_END.sub("", listed.group("list")), split_pair=least == 2)
        names = [strip_name(re.sub(r"^the\s+", "", item.strip())) for item in items]
        if len(names) < least or not all(
            n[:1].isupper() and valid_name(n) and not NOT_A_NAME.match(n) and not _COLLECTIVE.search(n) for n in names
        ):
            continue
        sentence = clean(layout.flat[s_start:s_end])
        status, evidence = "approved", "grants of"
        if lead is not None:
            status, evidence = status_of_context(lead)  # a bracketed figure for each: the lead's words give its status
            if status is None:
                continue
        elif re.search(r"\brecommend", sentence, re.I):
            status, evidence = "recommended", "recommend"
        elif re.search(r"\b(?:propos|appl(?:y|ies|ied|ication)|bid)", sentence, re.I):
            status, evidence = "proposed", "proposal"
        claimed.add(amount.start)
        block = layout.block_at(amount.start)
        for name in names:
            found.append(
                build_mention(
                    layout, extractor, name=name, amount=amount, start=s_start, end=s_end, status=status, evidence=evidence,
                    layout_kind="decision", block=block, recipient=name, own_year_only=press_list,
                )
            )
    return found
