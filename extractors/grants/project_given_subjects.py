"""A recipient named as the subject before its award verb, for ``project_decisions`` (versioned by
``extractors.grants.projects.VERSION``): 'X has been awarded £N', 'X, which runs Y and received £N', 'X, a charity
..., was awarded £N', 'X has been awarded £N and Y £M', a chain 'with X receiving £N and Y getting £M', and
``org_awarded_before``, the linear-time search for the first of these.
"""

from __future__ import annotations

import re

from extractors.grants.project_decision_names import ORG

# 'X was granted £N to ...' names the recipient; 'X has awarded £N to Y for ...' names the funder.
# 'have both been given', 'applied for and were awarded', 'an ‘in principle’ sum of'; 'X which won £N', 'Y which secured a
# grant of £N' (only after 'which' or 'who': 'Tarn Council secured £N' is a body's own grant).
_GIVEN_VERB = (
    r"(?:itself\s+)?(?:applied\s+for\s+and\s+)?"
    r"(?:(?P<passive>(?:has|have)\s+(?:both\s+|each\s+|also\s+)?been|was|were|will\s+be|is|are|be)\s+(?:also\s+)?"
    r"(?:awarded|granted|given|allocated|gifted|handed)"
    r"|(?:has|have)\s+(?:awarded|granted|given|allocated)|(?P<got>(?:has\s+|have\s+)?(?:also\s+)?received"
    r"|(?:has\s+|have\s+)?successfully\s+applied\s+for"
    r"|(?:is|are)\s+(?:also\s+)?getting|got|(?:will|is\s+to|are\s+to|(?:is|are|looks?)\s+set\s+to)\s+(?:also\s+)?(?:get|receive)"
    r"|(?:(?<=\bwhich\s)|(?<=\bwho\s))(?:won|secured))|(?P<bare>receives?|gets?))"
    r"(?:\s+(?:the\s+(?:highest|largest|biggest|top)\s+(?:amount|award|grant|sum)\s+of"
    r"|an?\s+(?:[‘'\"“][^’'\"”]{1,20}[’'\"”]\s+|(?:[A-Z][\w'’&-]*\s+){1,6})?(?:grant|sum|award)\s+of))?\s*$"
)
# 'Mill Lane Chapel youth group has been given': a named body with a lower-case kind after it;
# 'Tarnby Youth Services who have been awarded', '‘Fellside Friends’, which received'.
KIND_TAIL = r"(?:\s+(?:[a-z]+\s+)?(?:group|club|project|team|centre|hub|hall|station))?"
# '(BSL)' after a name, or a one-word qualifier in brackets: 'Hill Bowling Club (ladies)'.
_ACRONYM = r"(?:\s+\([A-Za-z][A-Za-z&]{1,9}\))?"
_ORG_AWARDED_BEFORE = re.compile(
    rf"(?P<org>(?:\d+(?:st|nd|rd|th)\s+)?{ORG}{KIND_TAIL}{_ACRONYM})[’']?(?:,\s+(?:at|in|from|of)\s+{ORG}|\s+(?:at|in|from)\s+{ORG}(?=,))?(?:,?\s+(?:who|which))?\s+{_GIVEN_VERB}"
)
# Where a recipient's name may start (a capital, or an ordinal: '1st Tarn Scouts'), and the run of name words from there.
_ORG_START = re.compile(r"[A-Z]|\d+(?:st|nd|rd|th)\s")
_ORG_RUN = re.compile(rf"(?:\d+(?:st|nd|rd|th)\s+)?{ORG}")


def org_awarded_before(left: str) -> re.Match | None:
    """``_ORG_AWARDED_BEFORE.search(left)``, in time linear in ``left``: a start inside a run of name words that failed
    is not tried again (the run's own start reaches every ending a later start in it reaches, and the leftmost match
    is the search's), where the search tried every capital of a long run to its end (0.9 s on 3,000 capitals)."""
    position = 0
    while (start := _ORG_START.search(left, position)) is not None:
        if (hit := _ORG_AWARDED_BEFORE.match(left, start.start())) is not None:
            return hit
        run = _ORG_RUN.match(left, start.start())
        position = max(run.end() if run else 0, start.start() + 1)
    return None


# 'X has been awarded £N and Y £M towards ...', 'X was awarded £N towards hall hire, Y £M ...' (the verb left out for Y).
_ELLIPSIS_BEFORE = re.compile(rf"\b(?:awarded|received|given|granted|gets?|receives?|receiving)\s+£[\d,.]+\s*[km]?"
                              rf"(?:\s+and|\s+(?:towards|for)\s+[^£,;.]{{3,80}}?,)\s+(?:the\s+)?(?P<org>{ORG}{KIND_TAIL})\s*$")
_CHAIN_VERB = r"(?:receiving|getting|being\s+(?:awarded|given|granted))"  # 'with X being awarded £N, Y receiving £M and Z getting £K'
WITH_RECEIVING_BEFORE = re.compile(rf"\bwith\s+(?:(?:the\s+)?{ORG}{KIND_TAIL}\s+{_CHAIN_VERB}\s+£[\d,.]+\s*[km]?(?:,\s*|\s+and\s+)){{0,4}}"
                                    rf"(?:the\s+)?(?P<org>{ORG}{KIND_TAIL})\s+{_CHAIN_VERB}\s*$")
# 'A was given £N, B received £N, C secured £N and D got £N': a later member of a chain of awards, any verb.
_CHAIN_MEMBER_BEFORE = re.compile(
    rf"£[\d,.]+\s*[km]?\s*(?:,\s*(?:and\s+|while\s+|whilst\s+)?|\s+and\s+|;\s*)(?:the\s+)?(?P<org>{ORG}{KIND_TAIL})\s+"
    r"(?:secured|won|(?:has\s+|have\s+)?(?:also\s+)?received|got|gets|receives|(?:was|were)\s+(?:also\s+)?(?:awarded|given|granted))\s*$"
)
# 'X, which runs Y and received £N': the body named before its relative clause, never the clause's last words.
_WHICH_AND_BEFORE = re.compile(
    rf"(?P<org>{ORG}),\s+(?:which|who)\s+[^,;£]{{3,120}}?\s+and\s+(?:has\s+|have\s+)?(?:also\s+)?"
    r"(?P<got>received|got|secured|(?:was|were|has\s+been|have\s+been)\s+(?:awarded|given|granted))\s*$"
)
# 'motor skills charity Trax, which was awarded': a one-word name after the kind of body it is.
KIND_BEFORE_NAME = re.compile(r"\b(?:charity|company|organisation|organization|group|club|trust|enterprise)\s+$")
# 'SEQOL, a Swindon-based company, was awarded', 'X (ABC), which ..., will get £N', 'X - the charity that ... - was awarded':
# a name opening the sentence (after a linking adverb: 'Finally, X – a day service ... – was awarded'), an aside between
# commas or dashes, or a relative clause of lower-case words left unclosed ('X, which helps older people looks set to
# receive £N'), then the verb.
_ORG_DESCRIBED_BEFORE = re.compile(
    rf"(?:^(?:(?:Finally|Lastly|Also|Additionally|Meanwhile),\s+)?|\band\s+)(?:The\s+)?(?P<org>{ORG}{KIND_TAIL}{_ACRONYM})(?:,\s+[^,£]{{3,140}},|\s+[-–—]\s+[^£–—-]{{3,200}}?\s+[-–—]|,\s+(?:which|who)(?:\s+[a-z][\w'’-]*){{1,20}}?)\s+{_GIVEN_VERB}")


def subject_before(left: str) -> re.Match | None:
    """The recipient named as the subject of the award verb that ends ``left``, by the first form that reads it."""
    return (
        _WHICH_AND_BEFORE.search(left) or _ORG_DESCRIBED_BEFORE.search(left) or org_awarded_before(left)
        or _ELLIPSIS_BEFORE.search(left) or WITH_RECEIVING_BEFORE.search(left) or _CHAIN_MEMBER_BEFORE.search(left)
    )
