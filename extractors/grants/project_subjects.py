"""The recipient of an award whose subject does not name it, named in the sentence next to it.

Press releases open on an unnamed subject and name it once: 'A Tarnside boxing club has been awarded
£N from the Fund to ...' then 'Hilltop Boxing Club has been given the funding to ...' (the next sentence
names who got 'the funding / money / grant'); 'Among the groups funded is the Tarn Youth Club, in
Kendal. It has been awarded £N to ...' (a pronoun: the last body named in the sentence before, a place
after 'in / at / from' left out). A body that uses its grant names it: 'The Friends of Tarn Park, in Kendal, will
use its £N grant to ...', 'Community centre Fell Hall in Ambleside used their £N grant to ...'. A definite kind ('The group received
£N') stands for the body the sentence before opens on. An unnamed subject that neither sentence resolves names no project:
its purpose ('to provide a Holiday Programme') is not the recipient. A body thanking a council 'for their £N grant' got it.
'A grant of £N is awarded for ...' under its own
paragraph 'In respect of the application from X;' is X's. These rules are versioned by
``extractors.grants.projects.VERSION`` (no version of their own).
"""

from __future__ import annotations

import bisect
import re

from extractors.grants.funding_layout import FundingLayout
from extractors.grants.project_mention import strip_name, valid_name
from extractors.readers.blocks import clean
from extractors.readers.given_names import GIVEN_NAMES

_KINDS = (
    r"(?:club|school|group|charity|project|trust|centre|center|organisation|organization|society|association|team|hall|"
    r"scheme|initiative|partnership|company|enterprise|academy|church|foodbank|food\s+bank)"
)
_VERB = (
    r"(?:(?:has|have)\s+(?:also\s+)?been|was|were|will\s+be|is|are)\s+(?:awarded|granted|given|allocated)"
    r"|(?:has\s+|have\s+)?(?:also\s+)?received|(?:will|is\s+to)\s+(?:also\s+)?(?:get|receive)|receives?|gets?"
)
# 'It has been awarded', 'A Tarnside boxing club has been given', 'An Eastfield school will receive',
# '... and a Fellside group received'.
_UNNAMED_SUBJECT = re.compile(
    rf"(?:^\s*(?P<pronoun>It|They)|(?:^\s*|(?:,|\band|\bwhile|\bwhilst)\s+)(?:A|a|An|an)\s+(?:[A-Z][\w'’-]*\s+){{0,3}}(?:[a-z-]+\s+){{0,2}}{_KINDS})"
    rf"\s+(?:{_VERB})\s*(?:(?:a|an)\s+(?:grant|award|sum)\s+of\s*)?$"
)
_ORG = r"[A-Z][\w&'’./-]*(?:\s+(?:[A-Z][\w&'’./-]*|of|and|&|the|for|in|on|at|upon|under))*"
# 'Hilltop Boxing Club has been given the funding', 'Redhill School received the money'.
_GOT_THE_FUNDING = re.compile(
    rf"^\s*(?:The\s+)?(?P<org>{_ORG})\s+(?:{_VERB})\s+(?:the|this)\s+(?:funding|money|grant|cash|award)\b"
)
# A body's own name ends on the kind of body it is ('Tarn Youth Club', 'Safe Space CIC'), never a person's.
_BODY_END = re.compile(
    r"\b(?:Club|School|Group|Charity|Project|Trust|Centre|Center|Association|Society|Team|Hall|CIC|Academy|Church|"
    r"Foundation|Partnership|Scouts|Guides|Forum|Network|Bank|Company|Enterprise|Initiative|Cafe|Café|Theatre|Institute)$"
)
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|of|near|to|by|with|across|around|for)\s+(?:the\s+)?$", re.I)


def _named(name: str) -> bool:
    words = [w for w in name.split() if w.lower() not in ("the", "of", "and", "&", "for", "in", "on", "at")]
    return valid_name(name) and (len(words) >= 2 or (len(words) == 1 and words[0].isupper()))


def _sentence_after(layout: FundingLayout, end: int) -> str:
    at = end
    while at < layout.end and layout.flat[at].isspace():
        at += 1
    if at >= layout.end:
        return ""
    start, stop = layout.sentence_at(at)
    return clean(layout.flat[start:stop]) if start >= end else ""


def _last_body_before(layout: FundingLayout, start: int) -> str | None:
    at = start - 1
    while at > layout.start and layout.flat[at].isspace():
        at -= 1
    if at <= layout.start:
        return None
    s_start, s_end = layout.sentence_at(at)
    if s_end > start:
        return None
    sentence = clean(layout.flat[s_start:s_end])
    bodies = [
        strip_name(m.group(0)) for m in re.finditer(_ORG, sentence)
        if not _PLACE_BEFORE.search(sentence[: m.start()]) and _named(strip_name(m.group(0)))
        and _BODY_END.search(strip_name(m.group(0)))
    ]
    return bodies[-1] if bodies else None


def unnamed_subject(layout: FundingLayout, left: str, s_start: int, s_end: int) -> tuple[bool, str | None]:
    """Whether the words before a figure are an award with an unnamed subject, and the recipient the
    sentence after it (or, for a pronoun, the one before it) names; ``None`` when neither names one."""
    subject = _UNNAMED_SUBJECT.search(left)
    if subject is None:
        return False, None
    got = _GOT_THE_FUNDING.match(_sentence_after(layout, s_end))
    if got and _named(strip_name(got.group("org"))):
        return True, strip_name(got.group("org"))
    if subject.group("pronoun"):
        return True, _last_body_before(layout, s_start)
    return True, None


# 'The group received £N', 'The Academy successfully applied for £N': a definite kind of body standing for a body named before.
_DEFINITE_KIND = re.compile(rf"^The\s+(?:[a-z-]+\s+)?(?i:{_KINDS}|hub)$")
# How far back a definite kind may find the body whose name ends on it: a news item's few paragraphs.
_KIND_NAMED_REACH = 1200
# 'The Eastby-based Hill Family Centre is ...': where the body is based is no part of its name.
_BASED_PREFIX = re.compile(r"^(?:[A-Z][\w'’]*[\s-])+based\s+")
# 'Tarn Council has praised the volunteers. The group received £N': a funder or council is never the group meant.
_FUNDER_END = re.compile(r"\b(?:Council|Partnership|Commissioner|Police|Office|Government|Fund|Board|Authority|PCC|OPCC|CSP)$")
_OPENING_BODY = re.compile(rf"^\s*(?:The\s+)?(?P<org>{_ORG})\s+(?:has|have|had|was|were|is|are|will|runs?|ran|[a-z]+ed)\b")


def back_reference(layout: FundingLayout, subject: str, s_start: int) -> tuple[bool, str | None]:
    """Whether ``subject`` is a definite kind of body ('The group', 'The youth club'), and the body the
    sentence before opens on ('Hill Hood has run boxing sessions ... The group received £N'); ``None``
    when that sentence opens on no named body (the award then names no project)."""
    if not _DEFINITE_KIND.match(subject):
        return False, None
    at = s_start - 1
    while at > layout.start and layout.flat[at].isspace():
        at -= 1
    if at <= layout.start:
        return True, None
    p_start, p_end = layout.sentence_at(at)
    opening = _OPENING_BODY.match(clean(layout.flat[p_start:p_end])) if p_end <= s_start else None
    body = _BASED_PREFIX.sub("", strip_name(opening.group("org"))) if opening else ""
    if _named(body) and not _FUNDER_END.search(body):
        return True, body
    return True, _named_of_kind(layout, subject.split()[-1], s_start)


def _named_of_kind(layout: FundingLayout, kind: str, s_start: int) -> str | None:
    """The one body named in the paragraphs before ``s_start`` whose name ends on ``kind`` ('Tarn Boxing Academy' for
    'The Academy', 'Hill Family Centre' for 'The centre itself'), below the last headline; ``None`` when none is, or
    two different ones are."""
    floor = max(layout.start, s_start - _KIND_NAMED_REACH)
    blocks = layout.blocks
    for index in range(bisect.bisect_left(blocks, s_start, key=lambda b: b.start) - 1, -1, -1):
        block = blocks[index]
        if block.end <= floor:
            break
        if block.kind == "heading" and block.end <= s_start:  # a news item's headline: the bodies above it are another item's
            floor = block.end
            break
    window = clean(layout.flat[floor:s_start])
    ending = re.compile(rf"\b{re.escape(kind)}$", re.I)
    bodies = set()
    for match in re.finditer(_ORG, window):
        name = strip_name(match.group(0))
        parts = re.split(r"\s+(?:and|&)\s+", name)  # 'Eastby Boxing Academy and Westby Dance Academy': two of the kind
        if sum(bool(_BODY_END.search(part)) for part in parts) > 1 and not all(ending.search(part) for part in parts):
            return None  # 'Eastby Rangers Football Club and Westby Community Group': which one 'The group' is, unsaid
        of_kind = [part for part in parts if ending.search(part)] if len(parts) > 1 else []
        bodies.update(_BASED_PREFIX.sub("", n) for n in (of_kind if len(of_kind) > 1 else [name]) if ending.search(n))
    bodies = {re.sub(r"^the\s+", "", b, flags=re.I) for b in bodies}
    bodies = {b for b in bodies if _named(b) and not _FUNDER_END.search(b)}
    return bodies.pop() if len(bodies) == 1 else None


# 'The Friends of Tarn Park, in Kendal, will use its', 'Community centre Fell Hall in Ambleside, used their'.
_USES_ITS_BEFORE = re.compile(
    rf"(?:^|[.;:]\s+)(?:(?:[A-Z][a-z]+\s+)?[a-z]+\s+)?(?:The\s+)?(?P<org>{_ORG})(?:,\s+(?:in|at|from|near)\s+{_ORG})?,?\s+"
    r"(?:will\s+use|used|(?:is|are)\s+using|plans?\s+to\s+use|(?:has|have)\s+used|(?:is|are)\s+to\s+use)\s+(?:its|their)\s*$"
)
_GRANT_PURPOSE_AFTER = re.compile(r"^\s*(?:grant|award|funding)\s+(?:to|for|towards)\s+(?P<purpose>[^.;]{3,200})")


def grant_user(left: str, right: str) -> tuple[str, str] | None:
    """'X will use its £N grant to Y': the body X and the purpose Y."""
    user = _USES_ITS_BEFORE.search(left)
    purpose = _GRANT_PURPOSE_AFTER.match(right)
    if user is None or purpose is None:
        return None
    org = re.sub(r"\s+(?:in|at|from|near)\s+[A-Z][^,]*$", "", strip_name(user.group("org")))
    return (org, purpose.group("purpose")) if _named(org) else None


# 'Two leaders from the 1st Tarn Scouts thanked the council for their £N grant, which will ...': the body thanking for
# its grant (after 'from', or opening the sentence with a kind of body last: 'Tarn Art Club thanked ...').
_THANKED_FOR_BEFORE = re.compile(
    rf"(?:^|\bfrom\s+)(?:the\s+)?(?P<org>(?:\d+(?:st|nd|rd|th)\s+)?{_ORG})\s+thanked\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?"
    r"(?:council|councillors|committee|panel|trust|fund|board)\s+for\s+(?:their|its|the|his|her)\s*$"
)
# the grant itself, not a noun after it ('grant offer, which the club has declined', 'grant refusal letter')
_GRANT_AFTER = re.compile(
    r"^\s*(?:grant|award|donation)(?:\s*(?:[,.;:!)]|$)|\s+(?:which|that|towards|to|for|of|and|from|in|at|this|last|was|has|is|will)\b)"
)
# 'The Chairman of Tarn Cricket Club thanked ...': the body, not its officer (nor a heading run into the sentence).
_OFFICER_OF = re.compile(
    r"^.*?\b(?:Chairman|Chairwoman|Chairperson|Chair|Secretary|Treasurer|President|Captain|Leader|Manager|Clerk|members?)"
    r"\s+of\s+(?:the\s+)?"
)
_TITLED = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Rev|Sir|Dame|Lady|Lord)\b\.?")


def thanking_recipient(left: str, right: str) -> str | None:
    """'X thanked the council for their £N grant': X."""
    thanked = _THANKED_FOR_BEFORE.search(left) if _GRANT_AFTER.match(right) else None
    name = strip_name(_OFFICER_OF.sub("", thanked.group("org"))) if thanked else ""
    if not _named(name) or name.split()[0] in GIVEN_NAMES or _TITLED.match(name):
        return None
    # opening the sentence, only a name ending on a kind of body ('Tarn Art Club'): 'Jo Lowe thanked ...' is a person
    after_from = thanked.group(0).lower().startswith("from")
    return name if after_from or re.search(rf"\b{_KINDS}s?$", name, re.I) else None


# 'Members considered the application from Tarn Trust. ... agreed to award the group £N': the applicant named before.
_AWARD_THE_KIND = re.compile(
    r"\baward(?:ed)?\s+(?:the|this)\s+(?:group|organisation|organization|applicant|club|trust|charity|society)\s*$", re.I
)
_APPLICATION_FROM = re.compile(rf"\b(?:application|request|bid)\s+(?:received\s+)?from\s+(?:the\s+)?(?P<org>{_ORG})")
_APPLICATION_REACH = 1500


def awarded_applicant(layout: FundingLayout, left: str, s_start: int) -> str | None:
    """'agreed to award the group £N' after 'the application from X' in the same block: X."""
    if not _AWARD_THE_KIND.search(left):
        return None
    block = layout.block_at(s_start)
    floor = max(layout.start, s_start - _APPLICATION_REACH, block.start if block is not None else 0)
    found = list(_APPLICATION_FROM.finditer(layout.flat, floor, s_start))
    name = strip_name(re.split(r"\.\s|\s+(?:for|to|towards)\s+", found[-1].group("org"))[0]) if found else ""
    return name if _named(name) else None


# 'In respect of the application from Tarn Cricket Club;' on its own line over 'A grant of £N is awarded for ...': a report's
# recommendations, one applicant each, the grant sentence naming no one.
_IN_RESPECT_OF = re.compile(
    rf"\b(?i:in\s+respect\s+of\s+the\s+application\s+from)\s+(?:[Tt]he\s+)?(?P<org>{_ORG})\s*[;:,.]\s*[Aa]n?\s+[Gg]rant\s+of\s*$"
)  # no re.I: with it _ORG's capital words also match 'of', 'the', 'and', ..., and a failing search backtracks exponentially
_AWARDED_FOR_AFTER = re.compile(r"^\s*(?:is|be)\s+(?:awarded|approved|made|given)\s+(?:for|towards)\b", re.I)


def respected_applicant(before: str, right: str) -> str | None:
    """'A grant of £N is awarded for ...' under 'In respect of the application from X;': X (``before``: the text before
    the figure, past its sentence's start, as the heading may stand in a block of its own)."""
    heading = _IN_RESPECT_OF.search(before) if _AWARDED_FOR_AFTER.match(right) else None
    name = strip_name(heading.group("org")) if heading else ""
    return name if _named(name) else None
