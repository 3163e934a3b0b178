"""What every project layout shares: name checks, the pot before a mention, the mention itself.

A name holds 1 to 22 words, never opens on a total, a pot or 'a further', holds no
verb or second sentence, and never ends on a word that needs a continuation. Pot
comes only from the paper's structure: the last 'upfront' or 'tactical' printed
before the mention in the same section. These rules are versioned by
``extractors.grants.projects.VERSION`` (no version of their own), which the caller passes
with the extractor name for each mention's provenance.
"""

from __future__ import annotations

import bisect
import re

from extractors.readers.blocks import Block, clean
from extractors.readers.fiscal_year import YEAR_DIGITS
from extractors.readers.names import PERSONAL_TITLE
from extractors.grants.allocation_cues import NATIONAL_SCALE
from extractors.grants.funding_layout import FundingLayout
from extractors.grants.own_body import OWN_BODY_KIND
from extractors.grants.project_list_leads import KIND_PLURAL, own_spending
from extractors.grants.round_cues import RECIPIENTS, SOME_COUNT
from schemas.facts import Pot, ProjectStatus
from schemas.funding import MoneyAmount, ProjectMention

NOT_A_NAME = re.compile(
    r"^(?:the\s+)?(?:total|sub-?total|grant|upfront|up-front|tactical|remaining|remainder|balance|underspend|"
    r"budget|income|expenditure|allocation|funding|amount|pot|retained|kept|held|unallocated)\b|"
    r"^(?:a\s+further|another|an\s+additional)\b|^(?:further|additional)(?:\s+(?:funding|money|monies|sums?|amounts?|grants?|"
    r"allocations?|resources|budget|spend|contributions?)\b|\s*$)",
    re.IGNORECASE,
)
# Words a name never holds: a verb makes it a sentence ('My team secured £N', 'Members note the unallocated £N'),
# 'including' a category of spending.
_SENTENCE_INSIDE = re.compile(r"[.;!?]\s+[A-Z]|\b(?:said|says|was|were|is|are|has|have|had|will|would|including|secured|note)\b")
# 'Cllr Ash provided £350 to X', 'Cllr Carr gave £600 towards ...': a line read up to its figure names the giver.
_GIVER_VERB_LAST = re.compile(r"\b(?:gave|gives|provided|provides|donated|donates|contributed|contributes|pledged|pledges)$")
# 'Westby's charities', 'Ashford's community groups': a place's many bodies in lower case are no one recipient.
PLACES_BODIES = re.compile(
    r"^(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}['’]s\s+(?:[a-z][\w-]*\s+){0,2}"
    r"(?:charities|groups|organisations|organizations|clubs|causes|societies|projects|schemes|voluntary\s+sector)\b"
)
# 'divided between the upfront and tactical pots' names both pots, so neither is the list's.
_BOTH_POTS = re.compile(r"\b(?:up-?front|tactical)\s+(?:and|or|&)\s+(?:the\s+)?(?:up-?front|tactical)\b", re.I)
_POT = re.compile(r"\b(?P<upfront>up-?front)\b|\b(?P<tactical>tactical)\b", re.I)
# A name never ends on a word that needs a continuation ('That a grant of', 'the spend at
# the end of June being', 'the unallocated', '... be approved with an additional'), never opens a
# resolution ('That ...') and never opens with a financial year ('2024/25 to support ...').
_FRAGMENT = re.compile(
    r"\b(?:of|for|to|from|that|the|a|an|and|or|by|with|towards|at|in|on|be|is|was|being|unallocated|remaining|unspent|"
    r"additional|extra|further)$|"
    rf"^That\b|^{YEAR_DIGITS}\s*[-/–]",
    re.IGNORECASE,
)


def valid_name(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 22 or len(name) > 200 or not re.search(r"[A-Za-z]{3}", name):
        return False
    if _FRAGMENT.search(name):
        return False
    first = name.lstrip("“\"'‘(")[:1]
    return (
        not first.islower()
        and not NOT_A_NAME.match(name)
        and not _SENTENCE_INSIDE.search(name)
        and not _GIVER_VERB_LAST.search(name)
        and not PLACES_BODIES.match(name)
        and name.count(",") <= 1
    )


_TITLE_SMALL = frozenset("of and the for in on at to & de a".split())


def title_case_name(text: str) -> bool:
    """'The Millbrook Supper Club', 'Re-link', 'Roll Forward CIC': every word capitalised but the small joining words."""
    words = text.split()
    if not 1 <= len(words) <= 8 or not valid_name(text):
        return False
    if not re.match(r"[A-Z0-9]", words[0]) or words[-1].lower() in _TITLE_SMALL:
        return False
    return all(re.match(r"[A-Z0-9(]", w) or w.lower() in _TITLE_SMALL for w in words)


def strip_name(raw: str) -> str:
    name = clean(raw)
    name = re.sub(r"[\s(–—:,…-]+$", "", name)  # a dash, colon or leader dots before the figure
    name = re.sub(r"^[\s\-–—•*]+", "", name)
    # 'Westford Youth Project received £2,000' read up to its figure: the verb is no part of the name
    name = re.sub(r"\s+(?:received|receives|gets|got|secured|won)$", "", name.strip())
    return name.strip()


def _pot_before(layout: FundingLayout, block: Block, limit: int) -> Pot | None:
    """The last pot word printed before ``limit`` in the section holding ``block``; none when it pairs both pots."""
    section_start = layout.section_start(block)
    last = layout.last_match(_POT, section_start, limit)
    if last is None:
        return None
    if _BOTH_POTS.search(layout.flat[max(section_start, last.start() - 20) : last.end()]):
        return None
    return "upfront" if last.group("upfront") else "tactical"


def _year_window(layout: FundingLayout, block: Block, start: int) -> tuple[int, int]:
    """Where a mention's own year is read: a list item or row whole; in a paragraph its own sentence and
    the ones either side, in the paragraphs next to it too: whether a site renders blank lines between
    paragraphs or runs them together into one block, the same sentences are read."""
    if block.kind != "paragraph":
        return block.start, block.end
    sentences = layout.sentences(block)
    starts = layout.memo(("sentence_starts", block.index), lambda: [a for a, _ in sentences])
    own = bisect.bisect_right(starts, start) - 1
    if own < 0 or start >= sentences[own][1]:
        return block.start, block.end
    first, last = sentences[max(0, own - 1)][0], sentences[min(len(sentences) - 1, own + 1)][1]
    blocks = layout.blocks
    if own == 0 and block.index > 0 and blocks[block.index - 1].kind == "paragraph":
        first = layout.sentences(blocks[block.index - 1])[-1][0]
    if own == len(sentences) - 1 and block.index + 1 < len(blocks) and blocks[block.index + 1].kind == "paragraph":
        last = layout.sentences(blocks[block.index + 1])[0][1]
    return first, last


def _years_differ_before(layout: FundingLayout, block: Block, start: int) -> bool:
    """Two or more different grant years are printed before ``start`` ('the budget for 2007/08 ... grants from
    the 2008/09 budget'), so which one a mention without a year of its own belongs to is not stated. Read in
    the lead before the mention (the block before it, back over the list items between) when that prints a
    year ('The grant for 2023/24 was £N. These projects were funded:' fixes it), else in its whole section."""
    section_start = layout.section_start(block)
    index = block.index - 1
    while index >= 0 and layout.blocks[index].kind == "item":
        index -= 1
    lead_start = max(section_start, layout.blocks[index].start if index >= 0 else layout.start)

    def printed(begin: int) -> set[str]:
        return {y.year for y in layout.years_in(begin, start) if y.year and y.form != "relative"}

    return len(printed(lead_start) or printed(section_start)) >= 2


def build_mention(
    layout: FundingLayout,
    extractor: tuple[str, str],
    *,
    name: str,
    amount: MoneyAmount | None,
    start: int,
    end: int,
    status: ProjectStatus | None,
    evidence: str | None,
    layout_kind,
    block: Block,
    recipient: str | None = None,
    list_id: int | None = None,
    year: str | None = None,
    own_year_only: bool = False,
) -> ProjectMention:
    """A mention stamped with ``extractor``, the (NAME, VERSION) of ``extractors.grants.projects``;
    with ``own_year_only`` its year is one printed in its own sentence or none (a story's award whose
    fund's year is printed elsewhere states no year of its own). A year read from the section around it is
    dropped when the section prints two or more different years before it (``_years_differ_before``)."""
    if own_year_only and not year:
        printed = [y for y in layout.years_in(start, end) if y.year and y.form != "relative"]
        year, source = (printed[0].year, "sentence") if printed else (None, "none")
    elif year:
        source = "section"
    else:
        year, source = layout.year_for(start, _year_window(layout, block, start))
        if source == "section" and _years_differ_before(layout, block, start):
            year, source = None, "none"
    return ProjectMention(
        name=name,
        amount=amount.amount if amount else None,
        amount_text=amount.text if amount else None,
        malformed=bool(amount and amount.malformed),
        financial_year=year,
        year_source=source,
        pot=_pot_before(layout, block, start),
        status=status,
        status_evidence=evidence,
        recipient=recipient,
        layout=layout_kind,
        list_id=list_id,
        provenance=layout.provenance(start, end, *extractor),
    )


def list_mentions(
    layout: FundingLayout,
    extractor: tuple[str, str],
    pairs: list[tuple[int, str, MoneyAmount]],
    *,
    status: ProjectStatus | None,
    evidence: str | None,
    block: Block,
    claimed: set[int],
    year: str | None = None,
) -> list[ProjectMention]:
    """One 'bullet' mention for each (name start, name, amount) of a list in ``block``, its amount claimed; ``year``
    is one the list's lead gives every line (None: each line's own section rules read it)."""
    found = []
    for start, name, amount in pairs:
        claimed.add(amount.start)
        found.append(
            build_mention(
                layout, extractor, name=name, amount=amount, start=start, end=amount.end, status=status,
                evidence=evidence, layout_kind="bullet", block=block, list_id=block.index, year=year,
            )
        )
    return found


# 'Small Grants (£250 or less) awarded', 'Large applications (for £10,000 or more)': a bound on grants, not one project's award.
_BOUND_AFTER = re.compile(r"[ \t]*(?:or|and)[ \t]+(?:less|under|below|fewer|more|over|above)\b|[ \t]*(?:maximum|max\.?)\b", re.I)
# 'agreed to release £N from the following funding streams: Safer Lanes Pot £N': the sources of money.
_SOURCES_LEAD = re.compile(
    r"\bfrom\s+the\s+following\s+(?:funding\s+streams|funds|funding\s+sources|sources(?:\s+of\s+funding)?)\s*:"
    r"(?P<listed>(?:\s*[^\n.:£]{3,80}£[\d,.]+[ \t]*\n)*)\s*$",
    re.I,
)
# A list of funds is the body's income ('Funding streams received in 2023/24: - Victims Grant – £N') unless its lead
# says the body bid for them and won ('We were successful in these bids:', 'secured from', 'awarded') or pays the list ('agree a
# payment to the following charities,', 'The beneficiaries were': a charity called a fund is a recipient).
_WON_LEAD = re.compile(
    r"\b(?:successful|succeeded|secured|won|bids?|awarded|granted|approved|recommended|beneficiaries|recipients)\b"
    r"|\b(?:payments?|grants?|donations?|contributions?)\s+to\s+the\s+following\b",
    re.I,
)
_FUND_NAME = re.compile(rf"^(?:the\s+)?(?:[\w'’&-]+\s+){{0,5}}(?:Fund|Grant|Budget)(?:\s+{YEAR_DIGITS}(?:[/-]\d{{2,4}})?)?$", re.I)


# 'grants of a maximum of £N', 'at least £N': the limit of a kind of grant, no award (the money reader's own hedges,
# 'up to £N' and 'less than £N', are read from its qualifier).
_LIMIT_BEFORE = re.compile(
    r"\b(?:maximum(?:\s+of)?|max\.?|minimum(?:\s+of)?|min\.?|no\s+more\s+than|not\s+exceeding|at\s+least)[ \t]*$", re.I
)
# 'X was granted up to £500 towards ...': an award of at most the figure, to the body named.
# 'be awarded up to a maximum of £N': the same cap, worded twice.
_AWARDED_UP_TO = re.compile(
    r"\b(?:granted|awarded|given|approved|received|offered|agreed?|agrees|allocated)\s+(?:[\w-]+\s+){0,3}?up\s+to"
    r"(?:\s+a\s+maximum\s+of)?[ \t]*$",
    re.I,
)
# Counted recipients of any kind, places and bodies too ('shared between nine districts').
_MANY = (
    rf"(?:{RECIPIENTS}|applications|bids|recipients|partners|councils|forces|areas|districts|parishes|wards|places|towns|services)"
)
# 'Round 1 – £45,000 awarded to 12 groups', '£N shared between nine projects': money for counted recipients, not one.
_COUNTED_AFTER = re.compile(
    rf"^[ \t]*(?:(?:was|were|has\s+been|have\s+been|is|are)\s+)?(?:(?:awarded|given|granted|shared|split|divided|distributed|"
    rf"allocated|paid|spread)\s+)?(?:to|between|among(?:st)?|across|over)\s+(?:the\s+|all\s+|each\s+of\s+the\s+)?{SOME_COUNT}\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{_MANY}|boroughs|counties|authorities)\b",
    re.I,
)
# A name that is an aim, not a body or a project: '£N to tackle anti-social behaviour' read as 'Tackle anti-social behaviour'
# (a verb before a lower-case word: 'Support Tarnshire' is a body).
_AIM_NAME = re.compile(
    r"^(?:to\s+)?(?:tackle|tackling|help|helping|improve|improving|reduce|reducing|make|keep|boost|prevent|protect|increase|"
    r"encourage|enable|ensure|combat|fight|stop|cut|address|raise|bring|create|deliver|promote|strengthen|"
    r"support(?!\s+(?:for|to|and|services?|groups?|workers?|hub|network|scheme|programme|project|package|officers?|line)\b))"
    r"\s+(?=(?-i:[a-z]))",
    re.I,
)
# The body a funding page's money is for itself, by its kind: a commissioner's (or a mayor's) force, fire and rescue
# service or the units of its own office ('Corvale Constabulary – two drones', 'the Violence Reduction Unit'), with or
# without a place, is its budget; the partnership named only by its kind ('£N has been allocated to the CSP') is the
# body taking its own grant, which the allocation rules read (a partnership with a place, 'the Eastby CSP', is a
# recipient). Neither is a project.
_FORCE_KINDS = (
    r"Police(?:\s+(?:Service|Force))?|Constabulary|the\s+force|Chief\s+Constable|Fire\s+(?:and|&)\s+Rescue(?:\s+(?:Service|Authority))?"
    r"|Violence\s+Reduction\s+(?:Unit|Partnership|Network)|VRU|VRP|OPCC|Office\s+of\s+the\s+(?:Police\s+and\s+Crime\s+)?Commissioner"
)
_PARTNERSHIP_KINDS = rf"{OWN_BODY_KIND}|CSPs|SCP|community\s+safety\s+partnership|safer\s+communities\s+partnership"
_OWN_BODY = re.compile(rf"\b(?:{_FORCE_KINDS})(?:\s+\([A-Z]{{2,6}}\))?$|^the\s+(?:{_PARTNERSHIP_KINDS})$", re.I)
# 'its mentoring programme': a purpose read without its owner names nothing.
# (never a name whose pronoun opens a possessive proper name: 'My Sister’s Place', 'Our Lady’s Hall')
_OWNER_FIRST = re.compile(r"^(?:its|their|his|her|our|my)\b(?!(?-i:\s+[A-Z][a-z]+['’]s\s+[A-Z]))", re.I)
# 'a core grant of £N for 2022-23 – 40 per cent higher ...' read as a purpose: a name never opens on a year.
_YEAR_FIRST = re.compile(rf"^{YEAR_DIGITS}\s*[-/–]")
# A name that is a kind, size or stage of grant rather than a recipient or a project: 'Small grants', 'Round 2',
# 'Tier 1', 'Phase 3 allocation', 'Year 2', 'Quarter 1'.
_NO_RECIPIENT_NAME = re.compile(
    r"^(?:the\s+)?(?:(?:small|large|medium|main|micro|major|minor|mini|capital|revenue)\s+(?:grants?|awards?|bids?|scheme)"
    r"|(?:round|phase|tier|stage|lot|band|year|quarter|q|wave|tranche|window)\s*(?:\d+|one|two|three|four|five|[A-E])\b"
    r"(?:\s+(?:grants?|awards?|allocations?|funding|total|recipients|applications))?)\s*$",
    re.I,
)


# 'Nineteen grants awarded, totalling £N', '12 projects worth £N': a count of grants or recipients and the sum they
# make, run into a list line's name, is a round's total, not one recipient's award.
_COUNTED_TOTAL_NAME = re.compile(
    rf"\b{SOME_COUNT}[ \t]+(?:[\w-]+[ \t]+){{0,2}}?(?:grants|awards|{RECIPIENTS})[ \t]+(?:(?:were|have[ \t]+been|had[ \t]+been)[ \t]+)?"
    r"(?:awarded|approved|made|funded|given|agreed)?[ \t]*,?[ \t]*(?:totall?ing|worth|amounting[ \t]+to|with[ \t]+a[ \t]+(?:total[ \t]+)?value[ \t]+of)$",
    re.I,
)


# An administrative area ('£N is allocated to the Tarnside committee area', 'the policing area'): a share of a fund
# by place, not a recipient ('the new play area' is a project).
_ADMIN_AREA = re.compile(r"\b(?:committee|council|authority|policing|partnership|CSP|county|district|borough)\s+areas?$", re.I)


# 'a one-off grant of up to £N be awarded': one grant, given with its ceiling, is an award of that figure.
_ONE_GRANT_UP_TO = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:grant|award|contribution)\s+of\s+up\s+to[ \t]*$", re.I)
_GIVEN_AFTER = re.compile(r"[ \t]+(?:be|was|has\s+been)\s+(?:awarded|approved|granted|given|made)\b", re.I)


def _one_grant_given_up_to(layout: FundingLayout, amount: MoneyAmount) -> bool:
    before = layout.text[max(layout.start, amount.start - 60) : amount.start]
    return bool(_ONE_GRANT_UP_TO.search(before) and _GIVEN_AFTER.match(layout.text, amount.end))


def _bound_figure(layout: FundingLayout, amount: MoneyAmount) -> bool:
    """The figure is a limit ('Small grants – up to £2,500', 'less than £N', 'a maximum of £N') or a range end
    ('£2,501 to £10,000', ``FundingLayout.in_range``) of a grant's size, money for counted recipients ('£N awarded to
    12 groups') or other money a grant's condition asks for ('£N, being obtained by 31 March')."""
    before = layout.text[max(layout.start, amount.start - 40) : amount.start]
    hedged = amount.qualifier == "up_to" or (amount.qualifier == "under" and (amount.qualifier_text or "").lower().startswith("less"))
    return bool(
        _BOUND_AFTER.match(layout.text, amount.end)
        or (hedged and not _AWARDED_UP_TO.search(before) and not _one_grant_given_up_to(layout, amount))
        or (_LIMIT_BEFORE.search(before) and not _AWARDED_UP_TO.search(before))
        or layout.in_range(amount, to_joins=True)
        or _COUNTED_AFTER.match(layout.text, amount.end)
        or _CONDITION_AFTER.match(layout.text, amount.end)
    )


# '(i) Alternative funding for the remaining cost of the project, £N, being obtained by 31 March': a grant's condition on
# other money, no award.
_CONDITION_AFTER = re.compile(r"\s*,?\s*being\s+(?:obtained|secured|raised|found|confirmed)\b", re.I)


def not_a_project(layout: FundingLayout, mention: ProjectMention) -> bool:
    """A mention whose figure is nil ('£0'), a bound ('£250 or less', 'up to £N', '£N to £M') or goes to counted recipients, one
    named as a kind or stage of grant ('Small grants', 'Round 2') or by an aim ('Tackle anti-social behaviour') or opening on a year or an owner's pronoun, a count of grants and their sum ('Nine
    grants awarded, totalling £N'), money for the force or
    the commissioner's own units ('Corvale Constabulary – two drones'), or a fund listed as a source of money ('from the
    following funding streams:', or in a list whose lead says nothing of bidding for or winning it); a kind of recipient
    in capitals ('Community Safety Partnerships') or a list line under a lead of the force's own spending or of what
    money will be spent on (``project_list_leads``); a figure of £100 million or more printed as the
    government's or a national programme's."""
    start, end = mention.provenance.start, mention.provenance.end
    if mention.amount is not None and mention.amount == 0:
        return True  # '£0' in an award column: the body was given nothing
    if mention.amount_text:
        printed = next((a for a in layout.amounts_in(start, end + len(mention.amount_text)) if a.text == mention.amount_text), None)
        if printed is not None and (_bound_figure(layout, printed) or _national_programme(layout, printed)):
            return True
    if any(p.match(mention.name) for p in (_NO_RECIPIENT_NAME, _AIM_NAME, _YEAR_FIRST, _OWNER_FIRST)) or _ADMIN_AREA.search(mention.name):
        return True
    if _COUNTED_TOTAL_NAME.search(mention.name):
        return True
    # the name's own recipient, or the one a decision read ('The force received £N for X'): a partnership table's lead
    # partner ('Bike Marking | Police') leads a project
    decided_by = mention.recipient if mention.layout == "decision" else None
    owners = (re.split(r"\s+[–—]\s+", mention.name, maxsplit=1)[0].strip(), (decided_by or "").strip())
    if any(owner and _OWN_BODY.search(owner) for owner in owners):
        return True
    if KIND_PLURAL.search(mention.name) or (
        mention.layout in ("bullet", "table") and own_spending(layout, start, recipient_shaped(mention.name))
    ):
        return True
    lead = layout.text[max(layout.start, start - 300) : start]
    if not _FUND_NAME.match(mention.name):
        return False
    return bool(_SOURCES_LEAD.search(lead)) or (mention.layout in ("bullet", "table") and not _WON_LEAD.search(lead))


# 'the Government's £1 billion project': the figure printed as the government's own or a national programme's.
_NATIONAL_OWNER_BEFORE = re.compile(r"\b(?:government|national|nationwide)(?:['’]s)?\s*$", re.I)


def _national_programme(layout: FundingLayout, amount: MoneyAmount) -> bool:
    """A figure of £100 million or more printed as the government's or a national programme's, no local grant (a
    department's page listing its awards to authorities still names them)."""
    before = layout.flat[max(0, amount.start - 40) : amount.start]
    return amount.amount is not None and amount.amount >= NATIONAL_SCALE and bool(_NATIONAL_OWNER_BEFORE.search(before))


_SMALL_WORDS = frozenset("of and the for in on at to by with & de la".split())
_PERSON = re.compile(rf"^{PERSONAL_TITLE}\.?\s+[A-Z]")


def recipient_shaped(name: str) -> bool:
    """'Fellside Park Golf Club', 'Mr T Lowe', 'TYN', 'Kindle': a body's or a person's name, every word capitalised but
    the joining words (an aside in brackets left out; the recipient of 'Recipient – purpose', the words after a run-in
    lead's colon); 'Rural crime', 'Alley gates', 'CCTV in the town centre' are
    things money is spent on."""
    name = re.split(r"\s+[–—-]\s+", name.rsplit(": ", 1)[-1], maxsplit=1)[0]
    words = re.sub(r"\s*\([^)]*\)", " ", name).split()
    if not words or _PERSON.match(name):
        return bool(words)
    return words[-1].lower() not in _SMALL_WORDS and all(
        re.match(r"[A-Z0-9\"“‘'(]", w) or w.lower() in _SMALL_WORDS or w in ("–", "-", "—") for w in words
    )


# 'Sports projects – £45,000', 'Youth clubs – £30,000': a kind of recipient in lower case, what a fund spent on a kind.
_CATEGORY_NAME = re.compile(rf"\b(?:{RECIPIENTS}|services|activities|events|grants|awards)$")


def unbacked_line(mention: ProjectMention) -> bool:
    """A list line or table row with a figure that nothing around calls an award, a grant, a bid or a decision (no
    status read from its lead, its own words or a decision near it) is a project only under a recipient's name: a page
    listing 'Rural crime – £400,000' under 'The budget will fund these priorities:' lists spending, not projects. A kind of
    recipient in lower case ('Youth clubs – £N') is never one, whatever its lead says."""
    if mention.layout not in ("bullet", "table") or mention.amount_text is None or recipient_shaped(mention.name):
        return False
    return mention.status is None or bool(_CATEGORY_NAME.search(mention.name))
