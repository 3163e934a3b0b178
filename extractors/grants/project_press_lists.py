"""Recipients named in a press sentence's list, each item a name that may carry its purpose.

Press releases list the groups a round funded in one sentence, after words that say they got the
money: 'groups across the county, including A, B and C will receive £N', 'Lowfield Youth Project was
among those which benefitted, including A, B and C', 'Other successful projects include A's
application for ..., and also B in Tarnside, to provide ...', 'Examples of recent Property Fund
projects include A, where funding has enabled ..., B to support ... and C to help ...', 'Also
successful were volunteers Night Guides and Fellside-based Reach Out, which ...'; 'Among them are ...'
when the sentence before says organisations were funded. Each item is read in the general form of a
recipient name: a Title-Case run ('Tarn Valley Boxing Club', 'Fell CE Primary school' with its kind
word), a possessive project ('Tarn Band's instruments for beginners project'), or a name after its
description ('Eastham charity SAFE@HOME', 'weekend volunteers Night Guides'). What follows a name must
be its purpose or place ('to ...', 'for ...', 'in <Place>', ', where ...', ', which ...', ', teaching
...', ''s application for ...'); anything else rejects the sentence, so a list of purposes, places or
kinds of body names nothing. A closing 'and the <kind of body> in ...' ends the list. Sentences another
reader named recipients in are left alone. These rules are versioned by
``extractors.grants.projects.VERSION`` (no version of their own).
"""

from __future__ import annotations

import re

from extractors.grants.funding_layout import FundingLayout
from extractors.grants.project_mention import build_mention, valid_name
from extractors.readers.blocks import clean
from schemas.funding import ProjectMention

_KINDS = r"(?:groups|organisations|organizations|projects|charities|clubs|causes|schemes|initiatives|bids|applications)"
_GOT = r"(?:received?|receiving|awarded|granted|given|benefit+(?:ed|ing|s)?|funded|successful|supported|backed)"
# 'groups across the county, including' in a sentence saying they got the money.
_INCLUDING = re.compile(rf"\b{_KINDS}\b[^.;:£]{{0,80}}?,?\s+including\s+", re.I)
# 'Other successful projects include', 'Property Fund projects include', 'successful groups and projects this year are'.
_INCLUDE = re.compile(
    rf"\b(?:successful|funded|Fund)\s+(?:[\w-]+\s+){{0,2}}?{_KINDS}(?:\s+and\s+{_KINDS})?(?:\s+(?:this|last)\s+(?:year|round))?"
    r"\s+(?:include[sd]?|were|are)\s+"
    r"|\b[Aa]lso\s+successful\s+(?:were|are)\s+",
)
# 'Lowfield Youth Project was among those which benefitted, including'.
_AMONG_THOSE = re.compile(
    rf"^(?P<first>[A-Z][^,;:£]{{2,80}}?)\s+(?:was|were)\s+(?:among|one\s+of)\s+(?:those|the\s+{_KINDS})\s+(?:which\s+|who\s+|that\s+|to\s+)?"
    rf"(?:have\s+|had\s+)?{_GOT}\b[^,;:£]{{0,40}},?\s+including\s+"
)
_AMONG_THEM = re.compile(r"^\s*Among\s+them\s+(?:are|were)\s+")
_GOT_IN = re.compile(rf"\b{_GOT}\b|\bwill\s+(?:get|share)\b", re.I)
_NOT_GIVEN = re.compile(r"\b(?:apply|applications?\s+(?:are|is)\s+(?:open|invited)|eligible|invited|open\s+to|can\s+bid|could)\b", re.I)
_FUNDED_BEFORE = re.compile(rf"\b{_KINDS}\b.*\b(?:fund|grant|awarded|split|shared|£)|\b(?:fund|grant|awarded|split|shared|£).*\b{_KINDS}\b", re.I)
# The verb after a list opening its sentence: '... and C will receive £N of funding'.
_VERB_END = re.compile(r"\s+(?:will|have|has|had|are|were)\s+(?:also\s+|all\s+|now\s+)?(?:received?|been\s+(?:awarded|given|granted)|benefit|get|share)\b")
_WORD = r"(?:[A-Z0-9][\w&@'’./-]*|\([A-Z]{2,}\))"
_SMALL = r"(?:of|the|for|on|with|de|y|a|and\s+(?=[A-Z][\w-]*\s+(?:Club|Centre|Center|Association|Society)\b)|&)"
_RUN = rf"{_WORD}(?:\s+(?:{_SMALL}\s+)*{_WORD})*"
_KIND_WORD = r"(?:school|club|project|group|centre|programme|scheme|service|team|initiative|academy|association)"
# 'Tarn Band's instruments for beginners project': a body's named project.
_POSSESSIVE = re.compile(rf"^(?P<name>{_RUN}['’]s?\s+(?:[\w-]+\s+){{0,5}}?{_KIND_WORD})\b")
# 'Eastham charity SAFE@HOME', 'weekend volunteers Night Guides': a name after its description.
_DESCRIBED = re.compile(
    rf"^(?:[\w-]+\s+){{0,3}}?(?:charity|volunteers|group|company|organisation|organization|club|enterprise|trust|network|"
    rf"social\s+enterprise|theatre\s+company)\s+(?P<name>{_RUN})"
)
# A lower-case kind of body after the run is part of its name ('Fell CE Primary school'); a generic 'project' or
# 'scheme' only describes it ('the Tarn Harbour project' is the Tarn Harbour one).
_BODY_KIND = r"(?:school|club|group|centre|team|academy|association)"
_TITLE = re.compile(rf"^(?P<name>{_RUN}(?:\s+{_BODY_KIND}\b)?)")
# A bullet holds one item, so 'and' may join the words of its name ('The Hill and Dale Project's ...').
_RUN_AND = rf"{_WORD}(?:\s+(?:(?:{_SMALL}|and)\s+)*{_WORD})*"
_BULLET_PATTERNS = (
    re.compile(rf"^(?P<name>{_RUN_AND}['’]s?\s+(?:[\w-]+\s+){{0,5}}?{_KIND_WORD})\b"),
    _DESCRIBED,
    re.compile(rf"^(?P<name>{_RUN_AND}(?:\s+{_BODY_KIND}\b)?)"),
)
# What may follow a name: its purpose, place or description.
_TAIL = re.compile(
    r"^(?:,?\s*(?:to|for|in|at|from|with|based|where|which|who|whose|that|towards|[a-z]+ing)\b|['’]s?\s+[a-z]|,\s+(?:a|an)\s+[a-z])"
)
_SEPARATOR = re.compile(r"(?:;\s*(?:and\s+)?|,\s*(?:and\s+)?(?:also\s+)?|\s+and\s+(?:also\s+)?)(?=(?:the\s+)?[A-Z0-9])")
# 'including (clockwise from top left): A, B and C': an aside before the list.
_ASIDE_FIRST = re.compile(r"^\s*\([^()]{1,40}\)\s*:?\s*")
# A caption's credit run on after the sentence: '... and C. - Credit: Tarn News'.
_CREDIT_AFTER = re.compile(r"\.\s+[-–—|].*$")
_GENERIC_END = re.compile(r",?\s+and\s+the\s+[a-z][^.]*$")


def _is_name(name: str) -> bool:
    words = [w for w in name.split() if not re.fullmatch(r"of|the|for|on|with|de|y|a|and|&", w)]
    acronym = len(words) == 1 and re.fullmatch(r"[A-Z0-9@&'’.-]{3,}|[A-Z][A-Za-z]*\d\w*", words[0])
    return valid_name(name) and (len(words) >= 2 or bool(acronym))


def _read_item(text: str, patterns: tuple = (_POSSESSIVE, _DESCRIBED, _TITLE)) -> tuple[str, str] | None:
    """The item's name and what follows it, or None when the item opens on no name."""
    text = re.sub(r"^(?:the|The)\s+(?=[A-Z])", "", text)
    for pattern in patterns:
        match = pattern.match(text)
        if not match:
            continue
        name, tail = match.group("name"), text[match.end() :]
        owner = re.search(r"['’]s?$", name) if pattern is patterns[-1] else None
        name, tail = (name[: owner.start()], name[owner.start() :] + tail) if owner else (name, tail)
        if _is_name(name):
            return name, tail
    return None


def purposed_name(bullet: str) -> str | None:
    """A bullet's recipient when it opens on a name followed by nothing but its purpose or place
    ('The Hill and Dale Project's Next Steps programme in Fellbury, which ...'), else None."""
    item = _read_item(bullet.strip(), _BULLET_PATTERNS)
    if item is None:
        return None
    name, tail = item
    tail = re.sub(r"^\s+(?:project|scheme|initiative|programme)\b", "", tail)
    return name if not tail.strip(" ,.;") or _TAIL.match(tail) else None


def split_recipients(listed: str) -> list[str] | None:
    """The names of a listed sentence's items; None when any item opens on no name or is followed by no purpose."""
    listed = _GENERIC_END.sub("", _CREDIT_AFTER.sub("", listed).rstrip().rstrip("."))
    names = []
    rest = listed.strip()
    while rest:
        item = _read_item(rest)
        if item is None:
            return None
        name, tail = item
        separator = _next_separator(tail)
        own = tail[: separator.start()] if separator else tail
        own = re.sub(r"^\s+(?:project|scheme|initiative|programme)\b", "", own)
        if own.strip(" ,") and not _TAIL.match(own):
            return None
        names.append(name)
        rest = tail[separator.end() :] if separator else ""
    return names


def _next_separator(tail: str):
    """The first separator before a name: one inside the purpose ('healthy and unhealthy') is skipped."""
    for separator in _SEPARATOR.finditer(tail):
        if _read_item(tail[separator.end() :]) is not None:
            return separator
    return None


def _lead(layout: FundingLayout, sentence: str, s_start: int) -> tuple[int, int, str | None] | None:
    """Where the list starts and ends in the sentence, and a name opening it ('X was among those ...')."""
    if _NOT_GIVEN.search(sentence):
        return None
    among = _AMONG_THOSE.match(sentence)
    if among:
        return among.end(), len(sentence), among.group("first")
    them = _AMONG_THEM.match(sentence)
    if them:
        before = layout.flat[max(layout.start, s_start - 400) : s_start]
        last = re.split(r"(?<=[.!?])\s+", before.strip())[-1] if before.strip() else ""
        return (them.end(), len(sentence), None) if _FUNDED_BEFORE.search(last) else None
    lead = _INCLUDE.search(sentence)
    if lead:
        return lead.end(), len(sentence), None
    lead = _INCLUDING.search(sentence)
    if lead and _GOT_IN.search(sentence):
        end = _VERB_END.search(sentence, lead.end())
        return lead.end(), end.start() if end else len(sentence), None
    return None


def press_list_mentions(
    layout: FundingLayout, found: list[ProjectMention], extractor: tuple[str, str]
) -> list[ProjectMention]:
    """Recipients listed in press sentences (see the module docstring); ``found`` are the mentions read so far."""
    mentions = []
    starts = [m.provenance.start for m in found]
    for block in layout.blocks:
        if block.kind != "paragraph":
            continue
        for s_start, s_end in layout.sentences(block):
            if any(s_start <= start < s_end for start in starts):
                continue
            sentence = layout.flat[s_start:s_end]
            lead = _lead(layout, sentence, s_start)
            if lead is None:
                continue
            list_start, list_end, first = lead
            if layout.amounts_in(s_start + list_start, s_start + list_end):
                continue
            names = split_recipients(_ASIDE_FIRST.sub("", clean(sentence[list_start:list_end])))
            if not names:
                continue
            if first is not None:
                first_item = _read_item(first.strip())
                if first_item is None or first_item[1].strip():
                    continue
                names.insert(0, first_item[0])
            if len(names) < 2:
                continue
            for name in names:
                start = layout.flat.find(name, s_start, s_end)
                start = start if start >= 0 else s_start
                mentions.append(
                    build_mention(
                        layout, extractor, name=name, amount=None, start=start, end=start + len(name), status="approved",
                        evidence=clean(sentence[:list_start])[-80:], layout_kind="prose", block=block, list_id=block.index,
                    )
                )
    return mentions
