"""Fallback award clauses: a figure no other project reader claimed, read from the clause around it.

The specific readers read one wording each and stop at the first word they do not expect ('X was awarded £N in
funding to ...', 'a grant of £N per annum (...) be awarded to the X'). This reader runs last, only on figures left
unclaimed, and accepts two clause shapes in any wording between their parts:

- the recipient before its verb, an aside between ('X, which runs ..., received £N'): 'X was awarded / given /
  allocated / gifted £N', 'X received / receives / gets / won /
  secured (a grant of) £N', 'X benefitted from £N', 'X will (each) receive £N', 'X, which won £N', 'X (ABBR), the
  county's largest ... charity, has been given £N' (the acronym kept in the name; an aside naming a council is no
  recipient's), 'the 5 X organisation has benefited from almost £N' (a kind noun after a name of two words or more
  after 'the'; a hedged figure only for a recipient named before its verb), 'X (an aside) was
  awarded second place and given £N', '..., with X receiving £N';
- the figure before the recipient: 'awarded a grant of £N to X', 'a grant of £N (aside) be awarded to X', 'A £N award has
  been made to X', 'A £N grant goes to X' (a town or parish council named so is a recipient too), 'the largest
  award was for £N to the X Club', 'agreed to
  donate £N to X', 'allocate £N of funding for 2025/26 to X', and 'incorporate £N for the X Festival' when the name
  ends on the kind of body it is (Club, Trust, Festival, Hall ...: '£N for Community Safety' names an aim);
- 'to support the X with a grant of £N'; a bare resolution ('Resolved to award £N', 'a donation of £N') under the
  applicant named at the head of its printed line ('X – resolved to donate £N', 'a) X requested £N ... Resolved to
  award £M');
- an award with no year in its sentence (nor a calendar year or 'last year') takes the one year of the sentence right
  before when that one states a pot to give out ('... had been given £N to allocate in the 2026/27 financial year. At
  the previous meeting the Committee allocated £M to X');
- a pronoun for the body the sentence before is about: 'X is a pipe band ... They were awarded £N', '... is X who
  ... . It received £N', 'Among those funded is X, based at ... . The local charity was awarded £N'.

A recipient is a Title-Case name of a body (joining words such as 'with', 'of', 'and' allowed inside): never a
person (a personal title or a common given name first), a pronoun, the council, commissioner, force or a department
itself, a principal council or partnership (money it receives is its own total), a fund, or a place after 'across' or
'in' (the subject before it is the recipients). A clause that asks,
bids, hopes or was turned down gives no project (its mood read with the shared ask and refusal words; a grant
withdrawn is recorded withdrawn), nor one paying for a service or a person (hire, fees, invoices,
salaries, allowances, loans, a precept), nor one placing its money outside a grant (a funder named as the giver
excepted: 'DCMS has awarded a grant of £N to X' is X's award). Versioned by
``extractors.grants.projects.VERSION``.
"""

from __future__ import annotations

import re

from extractors.grants.allocation_cues import ASKING, FUNDER_BODY, OUTSIDE, requested
from extractors.grants.funding_layout import FundingLayout
from extractors.grants.own_body import OWN_BODY_KINDS
from extractors.grants.project_decision_names import PLACE_BEFORE
from extractors.grants.project_mention import build_mention, valid_name
from extractors.grants.project_names import without_place
from extractors.grants.project_status import refusing_lead, withdrawn_words
from extractors.grants.round_cues import PLACE_CENTRE
from extractors.readers.blocks import clean
from extractors.readers.fiscal_year import YEAR_DIGITS
from extractors.readers.given_names import GIVEN_NAMES
from extractors.readers.names import PERSONAL_TITLE
from schemas.facts import ProjectStatus
from schemas.funding import ProjectMention

_WORD = r"[A-Z][\w'’&.-]*"
_JOIN = r"(?:of|and|&|the|for|with|on|at|de|in)"
# A Title-Case run ending right before the link; it opens after a word boundary and never on a joining word.
_NAME = rf"(?P<name>{_WORD}(?:[ \t]+(?:{_WORD}|{_JOIN}))*)"
# What may stand between a recipient and its figure: an aside in brackets, ', which', a verb phrase, 'a grant of'.
_PLACE = r"[A-Z][\w'’-]+"
# 'X, the county's largest food charity, has been given ...': an aside naming what the recipient is (never the body
# itself or a council, whose money is its own total).
_APPOSITIVE = (
    r",[ \t]+(?:the|a|an|one)[ \t](?![^,;£\n]*\b(?i:council|partnership|commissioner|authority|force|constabulary|"
    r"government|department|ministry)\b)[^,;£\n]{1,120},"
)
# 'Tarn Harriers, based at Mill Park, was awarded ...': where the recipient is based, an aside (never the recipient).
_BASED_AT = rf",[ \t]+(?:based|located)[ \t]+(?:in|at|on|near)[ \t][^,;£\n]{{1,80}}(?:,[ \t]+{_PLACE})?,"
# The link between a recipient and its figure: a kind noun after the name ('the X organisation has benefited from'), a place ('in Balby, Tarnshire'), an aside in brackets, ', which', then a
# verb that gives the money to the subject: 'received', 'won', 'gets' in any voice, 'awarded', 'given' only passive
# ('X has awarded £N' names the giver).
_LINK = (
    rf"(?:[ \t]+(?P<kind>organisation|organization|charity|group|project|club|society))?"
    rf"(?:[ \t]+in[ \t]+{_PLACE}(?:,[ \t]+{_PLACE})?)?(?:[ \t]*\([^()\n]{{1,80}}\))?(?:,[ \t]+(?:which|who)[ \t][^,;£\n]{{1,120}},|{_APPOSITIVE}|{_BASED_AT})?,?[ \t]+"
    r"(?:(?:which|who|that)[ \t]+)?"
    r"(?:(?:(?:has|have|had)[ \t]+(?:(?:also|each|now|just|recently)[ \t]+)?been|was|were|is|are|will[ \t]+be)[ \t]+"
    r"(?:(?:also|each|now|just|recently)[ \t]+){0,2}(?:awarded|given|granted|allocated|gifted|handed)"
    r"|(?:(?:has|have|had|was|were)[ \t]+)?(?:(?:also|each|now|just|recently)[ \t]+){0,2}"
    r"(?:won|secured|received|receives?|gets?|got|benefit+ed[ \t]+from|benefits[ \t]+from|"
    r"will[ \t]+(?:also[ \t]+)?(?:each[ \t]+)?(?:receive|get)|successful[ \t]+in[ \t]+(?:receiving|securing)|"
    r"awarded[ \t]+(?:first|second|third)[ \t]+place[ \t]+and[ \t]+(?:was[ \t]+)?given))"
    r"[ \t]+(?:(?:a|an)[ \t]+)?(?:(?:grant|award|donation|sum|funding|contribution)[ \t]+(?:of[ \t]+)?)?$"
)
# '... the 5 Towns Veterans organisation has benefited from': a subject's name may open on a small number.
_NUMBERED_NAME = rf"(?P<name>(?:[1-9]\d?[ \t]+)?{_WORD}(?:[ \t]+(?:{_WORD}|{_JOIN}))*)"
_NAME_BEFORE = re.compile(rf"(?<![\w'’&.-]){_NUMBERED_NAME}{_LINK}")
# 'awarded a grant of £N', 'agreed to donate £N', 'That a grant of £N', 'the largest award was for £N': the giving words
# before a figure.
_GIVING_BEFORE = re.compile(
    r"\b(?:(?:award(?:ed|s)?|grant(?:ed|s)?|donat(?:e|ed|es)|give[ns]?|gave|allocat(?:e|ed|es)|contribut(?:e|ed|es)|"
    r"pa(?:y|id|ys)|agreed|approved?|resolved|incorporat(?:e|ed|es)|provid(?:e|ed|es)|set[ \t]+aside)[ \t]+(?:(?:a|an|the)[ \t]+)?"
    r"(?:(?:grant|award|donation|sum|contribution|payment)[ \t]+(?:funding[ \t]+)?of[ \t]+)?"
    r"|\b(?:a|an|the)[ \t]+(?:grant|donation|contribution|award)[ \t]+of[ \t]+"
    r"|\b(?:grant|donation|award)s?[ \t]+(?:was|were|is)[ \t]+(?:one[ \t]+)?(?:for|of)[ \t]+)$",
    re.I,
)
# '(aside) per annum of funding for 2025/26 be awarded to (the) X'
_TO_NAME_AFTER = re.compile(
    rf"^(?:[ \t]*\([^()\n]{{1,80}}\)|[ \t]+per[ \t]+annum|[ \t]+(?:of|in)[ \t]+(?:grant[ \t]+)?funding){{0,3}}"
    rf"(?:[ \t]+for[ \t]+(?:the[ \t]+year[ \t]+)?\d{{4}}[/-]\d{{2,4}})?"
    rf"(?:[ \t]+(?:be|is|was|were|has[ \t]+been|will[ \t]+be|to[ \t]+be)[ \t]+(?:awarded|granted|given|donated|paid|made|allocated))?"
    rf"[ \t]+to[ \t]+(?:the[ \t]+)?{_NAME}(?![\w'’&.-])"
)
# 'A £N award has been made to X so it can ...', 'A £N grant goes to X for ...': the figure modifying the award noun, whose
# verb then names the recipient after 'to' (a local council of the smallest tier is a recipient here too).
_ARTICLE_LEFT = re.compile(r"\b(?:a|an)[ \t]+(?:(?:one-off|further|new|special|extra|separate|single)[ \t]+)?$", re.I)
_NOUN_TO_NAME_AFTER = re.compile(
    r"^[ \t]+(?:grant|award|donation|contribution)[ \t]+(?:(?:has|have)[ \t]+(?:also[ \t]+)?been[ \t]+|was[ \t]+|is[ \t]+|will[ \t]+(?:also[ \t]+)?)?"
    rf"(?:made|awarded|given|granted|paid|allocated|go(?:es)?|went)[ \t]+to[ \t]+(?:the[ \t]+)?{_NAME}(?![\w'’&.-])"
)
_LOCAL_COUNCIL = re.compile(r"\b(?:Town|Parish|Community|Village)[ \t]+Council$")
# '..., with the Tarn Advice Centre receiving £N': a recipient in an absolute clause.
_WITH_RECEIVING = re.compile(
    rf"\bwith[ \t]+(?:the[ \t]+)?{_NAME}[ \t]+(?:also[ \t]+)?receiving[ \t]+(?:(?:a|an)[ \t]+)?"
    r"(?:(?:grant|award|donation|sum|contribution)[ \t]+of[ \t]+)?$"
)
# 'to support the Tarn Carnival with a grant of £N'.
_SUPPORT_WITH = re.compile(
    rf"\b(?:support|help|assist)[ \t]+(?:the[ \t]+)?{_NAME}[ \t]+with[ \t]+(?:a|an)[ \t]+(?:grant|donation|contribution|award)"
    r"[ \t]+of[ \t]+$"
)
# A bare resolution under its applicant's name at the head of the line: 'Fell Hospice – resolved to donate £N',
# 'a) Tarn Bowls Club requested £N for mats. Resolved to award £M.'
_LINE_HEAD = re.compile(
    rf"^[ \t]*(?:\(?[a-z0-9]{{1,3}}[.)][ \t]+)?{_NAME}(?=[ \t]*[—–:-][ \t]|[ \t]+(?:has[ \t]+|have[ \t]+)?(?:requested|applied|asked|sought)\b)"
)
# '£N for the Tarn Film Festival': a figure for a named body only when the name ends on the kind of body it is.
_FOR_NAME_AFTER = re.compile(
    rf"^(?:[ \t]+(?:of|in)[ \t]+(?:grant[ \t]+)?funding)?[ \t]+(?:for|towards)[ \t]+(?:the[ \t]+)?{_NAME}(?![\w'’&.-])"
)
# 'gave £N towards new lighting in Fellside Village Hall', 'agreed to give £N towards a reading project at Eastfield
# Academy': a purpose in lower case, then the body it is for (kept only when the name ends on a kind of body).
_PURPOSE_AT_NAME_AFTER = re.compile(
    rf"^[ \t]+(?:for|towards)[ \t]+(?:(?:a|an|the|its|their)[ \t]+)?(?:[a-z][\w'’-]*[ \t]+){{1,5}}?(?:at|in)[ \t]+(?:the[ \t]+)?"
    rf"{_NAME}(?![\w'’&.-])"
)
_BODY_HEAD = re.compile(
    r"\b(?:Club|Society|Association|Group|Trust|Festival|Hall|Church|Chapel|Centre|Center|Charity|CIC|Foundation|"
    r"Committee|Scouts|Guides|Brownies|Cubs|Academy|School|Pre-School|Playgroup|Band|Choir|Players|Museum|Library|"
    r"Larder|Pantry|Foodbank|Food\s+Bank|Hospice|Appeal|Forum|Network|Collective|Alliance|Federation|League|Lifeboat|"
    r"Allotments?|Bloom|Carnival|Gala|Fair|Show|Theatre|Orchestra|Rangers|Rovers|United|Athletic|FC|RFC|CC|GAC|Ltd|Limited|"
    r"Academies|Schools|Nursery|Players)$"
)
# A clause paying for a service or a person, or placing its money in a budget, gives no project (asks and refusals:
# ``_status``).
_NOT_GIVEN = re.compile(
    r"\b(?:(?:capital|revenue|own)\s+budgets?|hire|fees?|charges?|invoices?|salar(?:y|ies)|wages|expenses|allowances?|loans?|"
    r"precept|refunds?|reimburse\w*)\b",
    re.I,
)
# The body itself (its kind alone, ``own_body``) or one whose money is its own total: never a project's recipient.
_OWN_BODY = re.compile(
    r"^(?:the\s+)?(?:" + "|".join(OWN_BODY_KINDS) + r"|Government|Police|Force|Constabulary)$"
    r"|(?<!Town\s)(?<!Parish\s)(?<!Community\s)(?<!Village\s)\bCouncil$|\bAuthority$"
    r"|\b(?:Partnership|PCSP|CSP|Commissioner|PCC|OPCC|Constabulary|Police|Government|Department|Ministry|Office|Home\s+Office)$"
    r"|\b(?:Fund|Funds|Grants?|Budget|Scheme|Programme|Pot|Lottery)$",
    re.I,
)
_PRONOUN_OR_LEAD = re.compile(
    r"^(?:It|They|He|She|We|This|These|Those|Each|Both|All|Some|In|On|For|To|With|And|From|By|The|A|An|Meanwhile|While|"
    r"Also|Now|Last|Recently|Today|Yesterday|Mr|Mrs|Ms|Dr)$"
)
_LEADING = re.compile(r"^(?:(?:In|On|For|To|With|And|But|From|By|The|Meanwhile|While|Also|Now|Recently)[ \t]+)+(?=[A-Z])")
_PERSON = re.compile(rf"^{PERSONAL_TITLE}\.?\s")


# A funder named in the clause ('The Ministry of Justice has awarded a grant of £N to X') is the giver of this award,
# not money outside a partnership's grant: only the clause's other outside words (a council's own budget, a failed
# bid) keep it from being a project here.
_FUNDER = re.compile(FUNDER_BODY, re.I)


def _outside(sentence: str) -> bool:
    return any(not _FUNDER.fullmatch(match.group(0)) for match in OUTSIDE.finditer(sentence))


# 'They were awarded £N', 'The club received £N': a sentence opening on a pronoun for the body the sentence before
# is about.
# 'The other group', 'The next project': another body than the one named before.
_NOT_SAME = r"(?:other|another|next|first|second|third|last|final|remaining|former|latter)"
_PRONOUN_BEFORE = re.compile(
    rf"^[ \t]*(?:They|It|The[ \t]+(?:(?!{_NOT_SAME}\b)[a-z][\w-]*[ \t]+)?(?:group|club|charity|organisation|organization|project|band|team))(?P<link>{_LINK})"
)
# That sentence's subject: 'X is a pipe band ...', 'X, a charity, has ...', or '... is X who provide ...'.
_SUBJECT_FIRST = re.compile(rf"^[ \t]*(?:The[ \t]+)?{_NAME}(?:,[^,]{{1,80}},)?[ \t]+(?:is|are|was|were|has|have|runs?|provides?|works?)\b")
_SUBJECT_AFTER_IS = re.compile(rf"\b(?:is|are)[ \t]+{_NAME}(?:[ \t]+(?:who|which|that)\b|,)")


def _pronoun_recipient(layout: FundingLayout, s_start: int) -> tuple[str, int] | None:
    """The body the sentence before ``s_start`` (same paragraph or the one above) is about, with its offset."""
    before = layout.flat[max(layout.start, s_start - 400) : s_start].rstrip()
    if not before:
        return None
    p_start, p_end = layout.sentence_at(s_start - 400 + len(before) - 1 if s_start - 400 > layout.start else layout.start + len(before) - 1)
    if p_end > s_start or p_start >= s_start:
        return None
    previous = layout.flat[max(p_start, s_start - 400) : p_end]
    match = (_SUBJECT_FIRST.match(previous) if p_start >= s_start - 400 else None) or _SUBJECT_AFTER_IS.search(previous)
    name = _recipient(match.group("name")) if match else None
    named = name and (len(name.split()) >= 2 or re.search(r"[a-z][A-Z]", name))  # 'GoFurther': one word in two capitals
    return (name, max(p_start, s_start - 400) + match.start("name")) if named else None


def _recipient(raw: str) -> str | None:
    """The recipient named by a Title-Case run, or None when the run names no plausible body."""
    name = _LEADING.sub("", raw.strip().rstrip("."))
    name = re.sub(r"(?:[ \t]+(?:of|and|&|the|for|with|on|at|de|in))+$", "", name)
    name = without_place(name)
    words = name.split()
    if not words or _PRONOUN_OR_LEAD.match(name) or _PERSON.match(name) or not valid_name(name):
        return None
    if words[0] in GIVEN_NAMES and len(words) <= 3:
        return None  # 'Ann Lowe received £500': a person, not a body
    if _OWN_BODY.search(name) or (len(words) == 1 and not re.search(r"\w[A-Z-]", name)):
        return None  # 'Charity', 'Tarnshire has been awarded £N': one plain word is a kind of body or a place
    return name


# 'Three groups, A, B and C will each receive £N': a lead counting the list, then its names.
_COUNT_LEAD = re.compile(r"^(?:(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d+)[ \t]+[a-z][\w-]*(?:[ \t]+[a-z][\w-]*)?|[a-z][^,]*)$")


def _each_names(head: str, offset: int) -> list[tuple[str, int]]:
    """The names of a list printed before 'will each receive £N' ('A, B and C', after a counting lead or a colon), with
    their offsets; empty unless every part names a body and there are at least two."""
    cut = head.rfind(":") + 1
    head, offset = head[cut:], offset + cut
    parts = [(m.group(0), m.start()) for m in re.finditer(r"[^,]+", head)]
    last = parts.pop() if parts else None
    if last is None or " and " not in last[0]:
        return []
    first, second = last[0].rsplit(" and ", 1)
    parts += [(first, last[1]), (second, last[1] + len(first) + 5)]
    if parts and _COUNT_LEAD.match(parts[0][0].strip()):
        parts = parts[1:]
    names = []
    for text, start in parts:
        name = _recipient(text)
        if name is None:
            return []
        names.append((name, offset + start + text.index(name)))
    return names if len(names) >= 2 else []


def _line_head(layout: FundingLayout, offset: int) -> tuple[str, int] | None:
    """The applicant named at the head of the printed line holding ``offset``, before a dash or 'requested'."""
    line_start = layout.text.rfind("\n", layout.start, offset) + 1 or layout.start
    match = _LINE_HEAD.match(layout.text[max(line_start, offset - 300) : offset])
    name = _recipient(match.group("name")) if match and line_start >= offset - 300 else None
    return (name, line_start + match.start("name")) if name and len(name.split()) >= 2 else None


def _named_body(name: str) -> bool:
    """A recipient after 'to' ('allocated £N to Public Health' names a service): a body of a kind, or in capitals."""
    return bool(_BODY_HEAD.search(name) or re.fullmatch(r"[A-Z]{3,}", name) or name.startswith("Trustees"))


def _for_body(right: str) -> re.Match | None:
    match = _FOR_NAME_AFTER.match(right) or _PURPOSE_AT_NAME_AFTER.match(right)
    name = _recipient(match.group("name")) or "" if match else ""
    return match if match and _BODY_HEAD.search(name) and not PLACE_CENTRE.search(name) else None


def _status(sentence: str, left: str, right: str) -> tuple[ProjectStatus, str] | None:
    """The clause's mood, read with the shared vocabulary: an ask or a hope (``allocation_cues``: 'applied for', 'bid',
    '£N requested') or a refusal (``project_status.refusing_lead``: 'declined', 'not awarded', 'agreed not to donate')
    gives no project; a grant withdrawn is withdrawn; 'recommend' and 'propose' as worded; else the money was given."""
    if ASKING.search(sentence) or requested(left, right) or refusing_lead(sentence):
        return None
    if withdrawn := withdrawn_words(sentence):
        return "withdrawn", withdrawn
    if re.search(r"\brecommend", sentence, re.I):
        return "recommended", "recommend"
    if re.search(r"\bpropos", sentence, re.I):
        return "proposed", "propose"
    return "approved", "award clause"


_ACRONYM_AFTER = re.compile(r"[ \t]*(\([A-Z][A-Z&]{1,9}\))")
# 'almost £N', 'just under £N': a hedged figure a named recipient received is recorded at the stated figure.
_HEDGES = ("nearly", "just_over", "just_under", "around", "approximately", "circa")


def clause_mentions(layout: FundingLayout, claimed: set[int], extractor: tuple[str, str]) -> list[ProjectMention]:
    """Mentions read from the clause around each figure no other reader claimed (see the module docstring)."""
    found = []
    for amount in layout.amounts:
        if amount.start in claimed or amount.qualifier not in (None, "up_to", *_HEDGES):
            continue
        block = layout.block_at(amount.start)
        if block is None or block.kind not in ("paragraph", "item", "numbered"):
            continue
        s_start, s_end = layout.sentence_at(amount.start)
        sentence = clean(layout.flat[s_start:s_end])
        left_start = max(s_start, amount.start - 200)
        left = layout.text[left_start : amount.start]  # a name never runs across a line end
        hedge = amount.qualifier_text or ""
        if amount.qualifier in _HEDGES and hedge and left.rstrip().lower().endswith(hedge.lower()):
            left = left.rstrip()[: -len(hedge)]  # '... has benefited from almost £N': the verb ends the clause
        right = layout.text[amount.end : min(s_end, amount.end + 200)]
        mood = _status(sentence, left, right)
        if _outside(sentence) or _NOT_GIVEN.search(sentence) or mood is None:
            continue
        before = _NAME_BEFORE.search(left) or _SUPPORT_WITH.search(left) or _WITH_RECEIVING.search(left)
        if amount.qualifier in _HEDGES and not (before and before.re is _NAME_BEFORE):
            continue  # 'X has benefited from almost £N': a hedged figure only for a recipient named before its verb
        if before and not re.search(r"\beach\b", before.group(0)) and re.search(r"(?:,|\band|&)[ \t]*$", left[: before.start("name")]):
            before = None  # 'including A, B and C will receive £N': one figure for a list, no one body's
        if before and before.re is _NAME_BEFORE and before.group("kind") and not (
            len(before.group("name").split()) >= 2 and re.search(r"\bthe[ \t]+$", left[: before.start("name")], re.I)
        ):
            before = None  # 'A Dalesford charity has been awarded £N': a place before the kind noun names no one
        if before and PLACE_BEFORE.search(left[: before.start("name")]):
            before = None  # 'Twenty projects based across Tarn Borough have been awarded £N': the name is a place
        giving = _GIVING_BEFORE.search(left)
        after = (_TO_NAME_AFTER.match(right) or _for_body(right)) if giving else None
        noun_first = not before and not after and _ARTICLE_LEFT.search(left) is not None
        if noun_first:
            after = _NOUN_TO_NAME_AFTER.match(right)
        match, offset = (before, left_start) if before else (after, amount.end)
        named: list[tuple[str, int]] = []
        if match is not None and before and re.search(r"\beach\b", match.group(0)):
            named = _each_names(layout.flat[s_start : offset + match.end("name")], s_start)
        elif match is not None and (name := _recipient(match.group("name"))) and (
            before or _named_body(name) or (noun_first and _LOCAL_COUNCIL.search(name))
        ):
            if before and (acronym := _ACRONYM_AFTER.match(left, match.end("name"))):
                name += f" {acronym.group(1)}"  # 'Eastby Food Bank (EFB), the ...': the bracketed acronym is the name's
            named = [(name, offset + match.start("name") if before else amount.start)]
        elif _PRONOUN_BEFORE.match(layout.flat[s_start : amount.start]) and (subject := _pronoun_recipient(layout, s_start)):
            named, offset, match = [subject], amount.start, None
        elif giving and (head := _line_head(layout, amount.start)):
            named, offset, match = [head], amount.start, None
        if not named:
            continue
        status, evidence = mood
        if evidence == "award clause" and match is not None and re.search(r"\bwill\b", match.group(0)):
            evidence = "will receive"
        years = {y.year for y in layout.years_in(s_start, s_end) if y.year and y.form != "relative"}
        year = next(iter(years)) if len(years) == 1 else None  # a year printed in the sentence, when it prints one
        if not years and not layout.years_in(s_start, s_end) and not _OTHER_TIME.search(layout.flat[s_start:s_end]):
            year = _pot_year_before(layout, block.start, s_start)
        for name, start in named:
            end = offset + match.end("name") if match is after and match is not None else amount.end
            found.append(build_mention(
                layout, extractor, name=name, amount=amount, start=start, end=end, status=status, evidence=evidence,
                layout_kind="decision", block=block, recipient=name, own_year_only=True,
                year=year,
            ))
        claimed.add(amount.start)
    return found


# '... had been given £N to allocate in the 2024/25 financial year.': the sentence states the year of a pot it gives out.
# 'Last year the Committee allocated £N', 'In March 2023 it awarded £N': the award names a time of its own.
_OTHER_TIME = re.compile(rf"\b{YEAR_DIGITS}\b|\b(?:last|previous|prior|past)\s+(?:financial\s+)?years?\b", re.I)
_POT_TO_GIVE = re.compile(r"\bto\s+(?:allocate|award|distribute|give\s+out)\b|\bavailable\s+(?:to|for)\s+(?:allocate|award|allocation|distribution)\b", re.I)


def _pot_year_before(layout: FundingLayout, block_start: int, s_start: int) -> str | None:
    """The one year of the sentence right before, in the same paragraph, when it states a pot to give out in that year
    ('The Committee had been given £N to allocate in the 2024/25 financial year. At its last meeting it allocated £M to
    X'): the award is drawn from that year's pot."""
    if s_start <= block_start:
        return None
    p_start, p_end = layout.sentence_at(s_start - 1)
    if p_start < block_start or not _POT_TO_GIVE.search(layout.flat[p_start:p_end]):
        return None
    years = {y.year for y in layout.years_in(p_start, p_end) if y.year and y.form != "relative"}
    return next(iter(years)) if len(years) == 1 else None
