"""Several awards given in one run of a sentence, the decision's verb once before the first figure: 'the panel agreed to
give £N towards the repair of Tarn Scout Hut, £M to the rewiring of Fell Village Hall, near Eastby, £P for the
re-roofing of the bell tower at Hensby church, and £Q towards the purchase of benches at Tarn Green', 'Members agreed
to contribute £N to the upkeep of Mill Gardens, £M to Marsh Music Trust, and a total of £P to visitor centres in A, B,
and C', 'the board awarded £N towards the repair of X, £M for the upkeep of Y and £P to Z', 'approved grants of £N to X
and £M to Y'.

Each figure is followed by 'to', 'towards' or 'for' and where the money goes, up to the comma or 'and' before the next
figure (or the sentence's end); a run with a figure put to reserves, a budget, the precept or a contract splits
the body's own budget and gives none. A purpose of a place ('the repair of X', 'the upkeep of X') names X; a part of a
place before it ('the bell tower at X') is dropped, a thing bought there kept ('benches at Tarn Green'); an aside
after a comma ('X, near Eastby') or a purpose after a body ('X for new kit') is no part of the name; a destination
described as a part of the body ('the Finance Committee, a committee of the council') is no project. A figure whose
words name nothing in Title Case ('£N towards running costs'), a pot, a fund or counted recipients is no project, and
the run stops at the first figure that breaks the shape. Two figures at least; the status is the verb's (a decision or
an active past 'awarded', 'gave', 'granted', 'donated': approved; 'recommended' or 'proposed': recommended or proposed;
a passive 'X was awarded £N ...' leads no run). Forms whose recipients follow 'to' and a figure
each ('awarded £N to X and £M to Y') are read first by ``project_decisions`` and ``project_awards``: a figure they
claimed stays theirs and still counts in the run. These rules are versioned by ``extractors.grants.projects.VERSION``
(no version of their own).
"""

from __future__ import annotations

import re

from extractors.grants.allocation_cues import outside_grant
from extractors.grants.funding_layout import FundingLayout
from extractors.grants.project_decision_names import MAX_NAME_WORDS
from extractors.grants.project_mention import NOT_A_NAME, build_mention
from extractors.grants.round_cues import OWN_ACCOUNT
from extractors.readers.blocks import clean
from schemas.funding import ProjectMention, ProjectStatus

# Gift verbs only: 'allocate' and 'provide' split a budget as often ('resolved to allocate £N for Grounds Maintenance').
_GIVE = r"(?:give|contribute|award|grant|donate)"
_GRANTS_OF = r"(?:grants?|awards?|donations?)\s+of"
# The verb right before the run's first figure ('agreed to give', 'awarded', 'approved grants of', 'resolved to contribute
# a total of'); a passive's subject ('X was awarded £N ...') is a recipient, no lead.
_LEAD = re.compile(
    rf"(?:\b(?P<decided>(?:agreed|decided|resolved|voted)\s+to\s+{_GIVE}|(?:approved|agreed|awarded|made)\s+{_GRANTS_OF}"
    r"|(?<!\bbeen\s)(?<!\bbe\s)(?<!\bbeing\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)(?:awarded|gave|granted|donated))"
    rf"|\b(?P<recommended>recommended\s+(?:to\s+{_GIVE}|{_GRANTS_OF}))|\b(?P<proposed>proposed\s+(?:to\s+{_GIVE}|{_GRANTS_OF})))"
    r"(?:\s+a\s+total\s+of)?\s*$",
    re.I,
)
# What follows one figure: where the money goes, up to the next figure's separator.
_ENTRY = re.compile(r"^\s*(?:to|towards|for)\s+(?P<dest>[^.;:£]{3,200}?)\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:a\s+(?:total|further\s+sum|sum)\s+of\s+)?$")
_LAST_ENTRY = re.compile(r"^\s*(?:to|towards|for)\s+(?P<dest>[^.;:£]{3,200}?)\s*[.!]?\s*$")
# 'the repair of X', 'the upkeep of the X': a purpose of a place.
_PURPOSE_OF = re.compile(r"^(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s+of\s+(?P<object>\S.*)$")
# 'the bell tower at X': a part of the place, then the place.
_PART_AT = re.compile(r"^the\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*\s+(?:at|of|in)\s+(?=\S)")
# An aside after a comma ('X, near Eastby'; not a list of places 'in A, B, and C'), a purpose after a body ('X for kit').
_NAME_END = re.compile(r",\s+(?!and\s+[A-Z]|[A-Z])|\s+(?:to|for|towards)\s+(?=[a-z])")
_TITLE_WORD = re.compile(r"\b[A-Z][a-z]|\b[A-Z]{2,}\b")
_NO_BODY = re.compile(
    r"^(?:\d|(?:the\s+)?(?:council|partnership|fund|pot|budget|projects|groups|organisations|charities|causes)\b)"
    r"|\b(?:Fund|Budget|Pot|Reserves?|Scheme|Programme|Services?|Team|Department|Directorate|Account|projects|groups"
    r"|organisations|schemes)$",
    re.I,
)
_MIN_ENTRIES = 2
# A figure put to reserves or a budget line (``OWN_ACCOUNT``): the run splits the body's own budget ('£N to general
# reserves, £M for the grass cutting contract and £P for the Christmas Lights'), no awards.
_BUDGET_SPLIT = re.compile(rf"\b{OWN_ACCOUNT}\b", re.I)


# '£N to the Finance Committee, a committee of the council': money moved inside the body.
_PART_OF_BODY = re.compile(
    r",\s+(?:a|an|the)\s+(?:[a-z-]+\s+)?(?:committee|sub-committee|panel|working\s+group|department|service|team)\s+of\s+the\b",
    re.I,
)


def _name(dest: str) -> str | None:
    """The project a figure's destination names (module docstring), or None."""
    dest = clean(dest)
    if _PART_OF_BODY.search(dest):
        return None
    place = _PURPOSE_OF.match(dest)
    name = place.group("object") if place else re.sub(r"^the\s+", "", dest)
    name = name[_PART_AT.match(name).end() :] if _PART_AT.match(name) else name
    if cut := _NAME_END.search(name):
        name = name[: cut.start()]
    name = name.strip(" ,")
    if not name or not _TITLE_WORD.search(name) or _NO_BODY.search(name) or NOT_A_NAME.match(name):
        return None
    return name if len(name.split()) <= MAX_NAME_WORDS else None


def _status(lead: re.Match) -> ProjectStatus:
    return "approved" if lead.group("decided") else "recommended" if lead.group("recommended") else "proposed"


def award_run_mentions(layout: FundingLayout, claimed: set[int], extractor: tuple[str, str]) -> list[ProjectMention]:
    """The awards of each run of figures led by one decision's verb (module docstring); their figures are claimed."""
    found: list[ProjectMention] = []
    read_to = layout.start
    for amount in layout.amounts:
        if amount.start < read_to or amount.qualifier or amount.amount is None:
            continue
        block = layout.block_at(amount.start)
        if block is None or block.kind == "table_row":
            continue
        s_start, s_end = layout.sentence_at(amount.start)
        lead = _LEAD.search(clean(layout.flat[max(s_start, amount.start - 200) : amount.start]))
        if lead is None or outside_grant(clean(layout.flat[s_start:s_end])):
            continue
        run = layout.amounts_in(amount.start, s_end)
        entries = []
        budget = False
        for index, figure in enumerate(run):
            last = index + 1 == len(run)
            words = layout.flat[figure.end : s_end if last else run[index + 1].start]
            entry = (_LAST_ENTRY if last else _ENTRY).match(words)
            if entry is None or figure.qualifier:
                break
            budget = budget or bool(_BUDGET_SPLIT.search(entry.group("dest")))
            entries.append((figure, _name(entry.group("dest")), figure.end + entry.start("dest")))
        read_to = max(read_to, run[len(entries) - 1].end if entries else amount.end)
        if len(entries) < _MIN_ENTRIES or budget:
            continue
        for figure, name, start in entries:
            if name is None or figure.start in claimed or figure.amount is None:
                continue
            claimed.add(figure.start)
            found.append(
                build_mention(
                    layout, extractor, name=name, amount=figure, start=figure.start, end=s_end, status=_status(lead),
                    evidence=lead.group(0).strip(), layout_kind="decision", block=block, recipient=name,
                )
            )
    return found
