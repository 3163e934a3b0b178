"""Named recipients of a report of money given, printed without an amount.

Layouts, all after words that say the money was given ('received support including:', 'the
recipients were', 'those benefitting from July's funding include;', 'will be shared by projects
including', 'groups awarded in this round, including', 'sees several organisations benefit, including', 'among the beneficiaries were',
'awarded to community groups including', 'the groups to benefit are'): bullets that are each a Title-Case
name and nothing else after such a lead ending in a colon ('Successful applicants include:'); bullets that open on a Title-Case name
followed by a comma and a description ('• Second Chance, a mentoring scheme run by ...') or by its purpose or
place ('• The Hill and Dale Project's Next Steps programme in Fellbury, which ...', ``purposed_name``), at least three
bullets 'Area – Organisation 'Project title'' after 'contracts renewed alongside 36 new ones including:', and a
sentence whose items are Title-Case names separated by semicolons (the last pair by 'and'), or
by commas when every item is such a name (a leading 'the' dropped; the last pair split at an 'and the', else its first 'and'), a list cut where its last name is described
('Recipients include Tarn Food Bank, a volunteer pantry': one name is enough then); an aside in brackets after a name ('Bay Radio
(covering the south)') is dropped. A figure may come before the lead words ('The £60,000 fund
will be shared by projects including ...'), never among the names. An item that is a
description ending on a name ('theatre company Open Stage') gives that name. Anything else is
left out: a bullet whose words before the comma are not a name ('Evening walks by wardens in
...') names no project. These rules are versioned by ``extractors.grants.projects.VERSION`` (no version
of their own).
"""

from __future__ import annotations

import re

from extractors.readers.blocks import clean
from extractors.grants.funding_layout import FundingLayout
from extractors.grants.project_mention import build_mention, valid_name
from extractors.grants.project_press_lists import purposed_name
from extractors.grants.project_status import status_of_context
from schemas.funding import ProjectMention

_SMALL = frozenset("of and the for in on at to & de a".split())
# A bullet's name, then ', a/an/the' and its description.
_APPOSITIVE = re.compile(r"^(?P<name>[^,]{2,60}),\s+(?:a|an|the)\s+\w")
# 'Among the 29 recipients were', 'the successful applicants were', 'recipients included',
# 'Among the organisations chosen were A, B, and C' (a serial comma before the last).
# 'Those benefitting from July's funding include; A, B', 'will be shared by projects including A, B and C',
# 'a wide spread of groups awarded money this time, including A, B and C', 'the round sees several
# organisations benefit, including A, B, and C'.
_RECIPIENTS_WERE = re.compile(
    r"(?:\b(?:recipients|successful\s+(?:applicants|groups|organisations|bids|projects)(?:\s+and\s+(?:groups|organisations|projects))?|"
    r"(?:organisations|groups|projects|charities)\s+(?:chosen|selected|funded))(?:\s+(?:this|in\s+this)\s+(?:year|round))?"
    r"\s+(?:were|are|included|include)"
    r"|\balso\s+successful\s+(?:were|are)|\bamong\s+the\s+beneficiaries\s+(?:were|are|included?)"
    r"|\b(?:awarded|granted)\s+to\s+(?:[\w-]+\s+){0,2}?(?:groups|organisations|projects|charities)\s+including(?:\s+\([^()]{0,40}\))?"
    r"|\bbenefit+ing\s+from\s+[^.;:£]{0,40}?\s+(?:include[sd]?|including)"
    r"|\b(?:organisations|groups|projects|charities|causes)\s+(?:to\s+)?benefit(?:t?ing)?,?\s+(?:include[sd]?|including|are|were)"
    r"|\bshared\s+by\s+(?:\w+\s+)?(?:projects|groups|organisations|charities)\s+including"
    r"|\b(?:groups|organisations|projects|charities)\s+(?:awarded|funded)\s+in\s+this\s+round,?\s+including)\s*[:;]?\s*",
    re.I
)
# '... 36 new ones including:' over bullets 'Area – Organisation 'Project title'': a lead saying money was
# given or renewed, then at least three such bullets, each naming the organisation after its area.
_FUNDED_INCLUDING = re.compile(
    r"\b(?:renewed|funded|awarded|granted|successful|backed|supported|received)\b[^:]{0,80}\b(?:including|include[sd]?)\s*:$", re.I
)
_AREA_NAME_TITLE = re.compile(
    r"^(?P<area>[A-Z][\w'’.]*(?:\s+(?:of|the|[A-Z][\w'’.]*)){0,3})\s+[–—-]\s+(?P<name>[^‘'“\"–—:]{2,80}?)\s*:?\s+[‘'“\"]\S"
)
# An aside after a name: 'Bay Radio (covering the south)'.
_ASIDE = re.compile(r"\s*\([^()]{0,60}\)")
# 'theatre company Open Stage': a description whose last words are the name.
_DESCRIBED_NAME = re.compile(
    r"\b(?:company|group|charity|organisation|organization|club|trust|enterprise|collective|network|team)\s+"
    r"(?P<name>[A-Z][^\s]*(?:\s+\S+){0,6})$"
)
# 'A, B and C are also named as recipients': the names before the words that say they were given money.
_NAMED_RECIPIENTS_AFTER = re.compile(
    r"^(?P<names>[A-Z][^.;:£]{10,400}?)\s+(?:are|were)\s+(?:also\s+)?(?:named\s+as|among\s+the)\s+(?:other\s+)?"
    r"(?:recipients|successful\s+(?:applicants|groups|organisations))\s*\.?\s*$"
)
_MIN_ITEMS = 3
# 'Recipients include Tarn Food Bank, a volunteer pantry ...': the list ends where its last name is described;
# one name is enough when described as a kind of body (', a|an ...'), never by a clause ('Tarn Ward, which ...').
_DESCRIBED_END = re.compile(r",\s+(?P<kind>a|an|which|who)\s+[a-z]")
# Every lead of ``_RECIPIENTS_WERE`` holds one of these words (keep the two in step): a paragraph
# without any is not split into sentences, which is most of the cost of this module.
_LEAD_WORDS = ("recipients", "successful", "chosen", "selected", "funded", "benefit", "shared", "awarded", "granted", "beneficiar")
_LEAD_WORD = re.compile("|".join(_LEAD_WORDS), re.I)


# The only characters the case-blind pattern matches to a letter of those words besides its
# capital: dotted and dotless i, long s.
_FOLDS_TO_ASCII = "\u0130\u0131\u017f"


def may_have_lead(text: str) -> bool:
    """Whether ``text`` holds a lead word in any case: a plain search of the text lower-cased
    (~20 times faster than the case-blind pattern, which text with those characters still takes)."""
    if not text.isascii() and any(char in text for char in _FOLDS_TO_ASCII):
        return bool(_LEAD_WORD.search(text))
    lowered = text.lower()
    return any(word in lowered for word in _LEAD_WORDS)


def title_case_name(text: str) -> bool:
    """'The Millbrook Supper Club', 'Re-link', 'Roll Forward CIC': every word capitalised but the small joining words."""
    words = text.split()
    if not 1 <= len(words) <= 8 or not valid_name(text):
        return False
    if not re.match(r"[A-Z0-9]", words[0]) or words[-1].lower() in _SMALL:
        return False
    return all(re.match(r"[A-Z0-9(]", w) or w.lower() in _SMALL for w in words)


def _item_name(item: str) -> str | None:
    item = re.sub(r"^(?:the|:)\s+", "", item.strip(" .,:"))
    if title_case_name(item):
        return item
    described = _DESCRIBED_NAME.search(item)
    return described.group("name") if described and title_case_name(described.group("name")) else None


def _last_pair(item: str) -> list[str]:
    """The last two names of a list, split at the 'and' before 'the' ('X and Y Centre and the Z Club'), else at the first."""
    split = re.search(r"\s+and\s+(?=the\s)", item) or re.search(r"\s+and\s+", item)
    return [item[: split.start()], item[split.end() :]] if split else [item]


def recipient_mentions(layout: FundingLayout, claimed: set[int], extractor: tuple[str, str]) -> list[ProjectMention]:
    """Amountless mentions of named recipients (see the module docstring)."""
    found = []
    blocks = layout.blocks
    for i, block in enumerate(blocks):
        if block.kind == "item" and layout.amounts_in(block.start, block.end) == [] and (i == 0 or blocks[i - 1].kind != "item"):
            lead = blocks[i - 1] if i > 0 else None
            lead_text = clean(layout.flat[lead.start : lead.end]) if lead else ""
            approved = lead_text.endswith(":") and status_of_context(lead_text)[0] == "approved"
            if _names_only(layout, blocks, i, lead_text):
                found += _bullet_names(layout, blocks, i, lead_text, extractor)
                continue
            if not approved and not _FUNDED_INCLUDING.search(lead_text):
                continue
            named = []
            every_named = True
            j = i
            while j < len(blocks) and blocks[j].kind == "item":
                item = blocks[j]
                body = clean(layout.flat[item.body_start : item.end])
                match = _APPOSITIVE.match(body) if approved else None
                match = match or _AREA_NAME_TITLE.match(body)
                name = match.group("name").strip() if match and title_case_name(match.group("name").strip()) else None
                purposed = None if name or not approved else purposed_name(body)
                every_named = every_named and bool(name or purposed)
                if (name or purposed) and not layout.amounts_in(item.start, item.end):
                    named.append((name or purposed, item, purposed is not None))
                j += 1
            if not approved and len(named) < _MIN_ITEMS:
                continue
            # a name read with its purpose only when every bullet of the run names a body
            for name, item, _ in (n for n in named if every_named or not n[2]):
                start = layout.flat.find(name, item.body_start, item.end)
                start = start if start >= 0 else item.body_start
                found.append(
                    build_mention(
                        layout, extractor, name=name, amount=None, start=start,
                        end=start + len(name), status="approved",
                        evidence=status_of_context(lead_text)[1] or "funded", layout_kind="bullet", block=item, list_id=i,
                    )
                )
        elif block.kind == "paragraph" and may_have_lead(layout.flat[block.start : block.end]):
            for s_start, s_end in layout.sentences(block):
                sentence = layout.flat[s_start:s_end]
                lead = _RECIPIENTS_WERE.search(sentence)
                after = _NAMED_RECIPIENTS_AFTER.match(sentence.strip()) if not lead else None
                if after and not layout.amounts_in(s_start, s_end):
                    lead_start = s_start + len(sentence) - len(sentence.lstrip())
                    body_start, body_end = lead_start, lead_start + after.end("names")
                elif not lead or layout.amounts_in(s_start + lead.start(), s_end):
                    continue
                else:
                    body_start, body_end = s_start + lead.end(), s_end
                listed = layout.flat[body_start:body_end]
                separator = ";" if ";" in listed else ","
                described = _DESCRIBED_END.search(listed) if separator == "," else None
                listed = listed[: described.start()] if described else listed
                items = listed.rstrip().rstrip(".").split(separator)
                items = items[:-1] + _last_pair(re.sub(r"^\s*and\s+", "", items[-1]))
                names = [_item_name(_ASIDE.sub("", item)) for item in items]
                if sum(1 for n in names if n) < (1 if described and described.group("kind") in ("a", "an") else _MIN_ITEMS) or (separator == "," and not all(names)):
                    continue
                for name in filter(None, names):
                    start = layout.flat.find(name, body_start, s_end)
                    found.append(
                        build_mention(
                            layout, extractor, name=name, amount=None, start=start, end=start + len(name),
                            status="approved", evidence=(lead or after).group(0).strip()[-80:], layout_kind="prose", block=block,
                            list_id=block.index,
                        )
                    )
    return found


def _bullet_text(layout: FundingLayout, item) -> str:
    return re.sub(r"(?:[;,.]|\s+and)+$", "", clean(layout.flat[item.body_start : item.end]).strip())


def _run(blocks, i: int) -> list:
    j = i
    while j < len(blocks) and blocks[j].kind == "item":
        j += 1
    return blocks[i:j]


def _names_only(layout: FundingLayout, blocks, i: int, lead_text: str) -> bool:
    """'The groups to benefit are:' / 'Successful applicants include:' over two or more bullets that are
    each a Title-Case name and nothing else."""
    lead = _RECIPIENTS_WERE.search(lead_text)
    run = _run(blocks, i)
    return (
        lead is not None and lead_text.endswith(":") and lead.end() >= len(lead_text) - 1 and len(run) >= 2
        and all(title_case_name(_bullet_text(layout, item)) and not layout.amounts_in(item.start, item.end) for item in run)
    )


def _bullet_names(layout: FundingLayout, blocks, i: int, lead_text: str, extractor) -> list[ProjectMention]:
    found = []
    for item in _run(blocks, i):
        name = _bullet_text(layout, item)
        start = layout.flat.find(name, item.body_start, item.end)
        start = start if start >= 0 else item.body_start
        found.append(
            build_mention(
                layout, extractor, name=name, amount=None, start=start, end=start + len(name), status="approved",
                evidence=lead_text[-80:], layout_kind="bullet", block=item, list_id=i,
            )
        )
    return found
