"""Project mentions and the projects merged from them.

Layouts read: list items 'Name (£N)', 'Name – £N', '**Name** (£N) – description',
bold headings without an amount ('**Name**', 'WITHDRAWN: Name') that add a status to
a project listed elsewhere, decisions ('To award X £N to ...', 'approved a grant of
£N to X for ...', '£N has been awarded to X for ...', 'X received £N to ...', resolutions
'That a grant of £N be awarded to X towards ...'), table rows with a name (or purpose)
and an amount column (ParsedPage.tables, ' | ' and tab rows), and Title-Case names
before '(£N)' in prose. A decision under an 'Organisation – Project' title is named by
that title. Money for a pot, for 'N projects' or for a partnership's year is not a project.

Status comes from the words around a mention: the list's lead-in paragraph (or the
heading above it; 'were delivered during the year' completes the items that say nothing
themselves), a sentence after the list ('All projects have now received approval'), the
item's own description (progress updates), a note right after the amount ('£3,000 -
approved'), and a table's status column. Money outside the partnership's grant (another
funder's grant, a council's own budget, a failed bid) is no project. Pot comes only from
the paper's structure: the last 'upfront' or 'tactical' printed before the mention
in the same section. Mentions merge when their names share nearly all their words
(acronyms such as '(BSL)' expanded, '&' = 'and', hyphens ignored).
"""

from __future__ import annotations

import re

from extractors import money
from extractors.allocations import outside_grant
from extractors.funding_layout import Block, FundingLayout, clean
from extractors.word_sets import WordSetIndex, same_project
from schemas.facts import Pot, ProjectStatus
from schemas.funding import DataQualityRecord, MoneyAmount, ProjectMention, ProjectRecord

VERSION = "4"
NAME = "projects"

STATUS_RANK: dict[str, int] = {
    "proposed": 0, "recommended": 1, "approved": 2, "in_progress": 3, "completed": 4, "withdrawn": 5,
}
_FLAG = re.compile(
    r"^\s*(?P<flag>WITHDRAWN|CANCELLED|CANCELED|COMPLETED|COMPLETE|APPROVED|DEFERRED|ON HOLD)\s*[:–—-]\s*",
)
_FLAG_STATUS: dict[str, ProjectStatus] = {
    "WITHDRAWN": "withdrawn", "CANCELLED": "withdrawn", "CANCELED": "withdrawn", "COMPLETED": "completed",
    "COMPLETE": "completed", "APPROVED": "approved", "DEFERRED": "recommended", "ON HOLD": "approved",
}
_NOT_A_NAME = re.compile(
    r"^(?:the\s+)?(?:total|sub-?total|grant|upfront|up-front|tactical|remaining|remainder|balance|underspend|"
    r"budget|income|expenditure|allocation|funding|amount|pot|retained|kept|held|unallocated)\b|"
    r"^(?:a\s+further|further|another|an\s+additional|additional)\b",
    re.IGNORECASE,
)
# Words a name never holds: a verb makes it a sentence, 'including' a category of spending.
_SENTENCE_INSIDE = re.compile(r"[.;!?]\s+[A-Z]|\b(?:said|says|was|were|is|are|has|have|had|will|would|including)\b")
_CONDITIONAL = re.compile(r"\bif\b[^.;:]*|\b(?:for|awaiting|pending|subject\s+to)\s+(?:\w+\s+){0,4}approval\b", re.I)
_APPROVED = re.compile(
    r"\b(?:approved|approving|agreed\s+to\s+fund|received\s+approval|been\s+awarded|awarded|granted|set\s+aside|"
    r"funding\s+(?:has\s+been|was)\s+confirmed|agreed\s+funding|resolved\s+to\s+(?:fund|award)|"
    r"agreed\s+the\s+following|(?:were|was|been)\s+agreed)\b",
    re.I,
)
_RECOMMENDED = re.compile(
    r"\b(?:recommended|recommends?|endorsed|supported|consensus\s+of\s+support|shortlisted|prioritised|"
    r"(?:submitted|passed|referred|forwarded|put\s+forward)\s+to\b[^.]{0,80}?\bfor\s+(?:approval|consideration|sign[- ]off)|"
    r"for\s+(?:his|her|their|the\s+\w+'?s?)?\s*approval)",
    re.I,
)
_PROPOSED = re.compile(r"\b(?:propos(?:ed|al|als)|bids?|applications?|for\s+consideration|submitted\s+by)\b", re.I)
_PROGRESS_SECTION = re.compile(r"\bprogress\s+(?:updates?|reports?)\b|\bupdates?\s+on\s+(?:the\s+)?progress\b", re.I)
_ALL_APPROVED = re.compile(
    r"(?:^|[.!?:)]\s+)\W*(?:all|these|the\s+above|both|each\s+of\s+these)\b[^.]{0,40}?\b(?:projects?|bids?|schemes?)?\s*"
    r"(?:have|has)\s+(?:now\s+)?(?:received\s+(?:\w+\s+)?approval|been\s+approved)",
    re.I,
)
_ONGOING = re.compile(
    r"\b(?:underway|under\s+way|ongoing|on\s+track|currently|in\s+progress|progressing|continues|continue\s+to|"
    r"continuing|is\s+live|are\s+live|(?:has|have)\s+begun|(?:is|are)\s+(?:currently\s+)?being\s+\w+|scheduled|awaiting|expected|until|further|"
    r"now\s+trained|in\s+circulation|(?:is|are)\s+(?:now\s+)?(?:running|taking\s+place)|so\s+far|starts|"
    r"will\s+(?:start|begin)|on\s+track)\b",
    re.I,
)
_COMPLETED = re.compile(
    r"\b(?:took\s+place|(?:has|have)\s+(?:now\s+)?taken\s+place|(?:has|have)\s+(?:now\s+)?been\s+(?:delivered|completed)|"
    r"(?:was|were)\s+(?:\w+\s+and\s+)?(?:delivered|completed|held)|completed|concluded|(?:has|have)\s+(?:now\s+)?delivered|"
    r"delivered\s+(?:during|in|over|by)\s+the\s+(?:year|period))\b",
    re.I,
)
_WITHDRAWN = re.compile(
    r"\b(?:withdrawn|cancelled|canceled|unable\s+to\s+proceed|will\s+not\s+(?:go\s+ahead|proceed)|no\s+longer\s+"
    r"(?:going\s+ahead|proceeding))\b",
    re.I,
)
# A status note printed right after an amount: '£3,000 - approved', '(£2,000) – agreed by the Board'.
_NOTE_STATUS = re.compile(
    r"^(?:(?:was|were|has\s+been|have\s+been|now|fully)\s+)?(?P<word>approved|agreed|awarded|funded|recommended|supported|endorsed)\b",
    re.I,
)
_NOTE_STATUSES: dict[str, ProjectStatus] = {
    "approved": "approved", "agreed": "approved", "awarded": "approved", "funded": "approved",
    "recommended": "recommended", "supported": "recommended", "endorsed": "recommended",
}
_STATUS_HEADER = re.compile(r"\b(?:status|progress|update|outcome|position)\b", re.I)
_UNSUCCESSFUL = re.compile(r"\b(?:unsuccessful|not\s+(?:been\s+)?successful|rejected|turned\s+down)\b", re.I)
# 'divided between the upfront and tactical pots' names both pots, so neither is the list's.
_BOTH_POTS = re.compile(r"\b(?:up-?front|tactical)\s+(?:and|or|&)\s+(?:the\s+)?(?:up-?front|tactical)\b", re.I)
_POT = re.compile(r"\b(?P<upfront>up-?front)\b|\b(?P<tactical>tactical)\b", re.I)
_STOPWORDS = frozenset("the a an of in on to for and with by at from".split())
_LEADING_VERB = re.compile(
    r"^(?:to\s+)?(?:deliver|fund|support|provide|run|develop|purchase|install|deliver\s+the|help\s+fund)\s+", re.I
)
_NAME_HEADER = re.compile(r"\b(?:project|scheme|initiative|name|activity|title|proposal|bid|description|purpose)\b", re.I)
_AMOUNT_HEADER = re.compile(r"£|\b(?:amount|cost|award(?:ed)?|grant|funding|allocation|value|total|sum)\b", re.I)
_ORG_HEADER = re.compile(
    r"\b(?:organisation|organization|recipient|applicant|provider|lead|partner|partnership|delivered\s+by|body)\b", re.I
)
# A column that only describes the work ('Description', 'Purpose') names no project when the table
# also has an applicant (recipient, partnership) column: the applicant is the project, as printed.
# A table with an organisation and an amount but no name or description column is named by the
# organisation.
_DESCRIPTION_HEADER = re.compile(r"^(?:(?:project|short)\s+)?(?:description|purpose|details?)\b", re.I)
_APPLICANT_HEADER = re.compile(r"\b(?:recipient|applicant|partnership)\b", re.I)
_STRONG_AMOUNT = re.compile(r"£|\b(?:amount|cost|award(?:ed)?|value|sum)\b", re.I)


def _columns(row: list[str | None]) -> tuple[int, int, int | None] | None:
    """(name, amount, organisation) columns of a header row, or None when it is no header."""
    header = [clean(c or "") for c in row]
    names = [i for i, c in enumerate(header) if _NAME_HEADER.search(c) and not _DESCRIPTION_HEADER.search(c)]
    described = [i for i, c in enumerate(header) if _DESCRIPTION_HEADER.search(c) or _NAME_HEADER.search(c)]
    orgs = [i for i, c in enumerate(header) if _ORG_HEADER.search(c) and i not in names]
    applicants = [i for i in orgs if _APPLICANT_HEADER.search(header[i])]
    if names:
        name_col = names[0]
    elif applicants:
        name_col = applicants[0]
    elif described:
        name_col = described[0]
    elif orgs:
        name_col = orgs[0]
    else:
        return None
    amounts = [i for i, c in enumerate(header) if i != name_col and _AMOUNT_HEADER.search(c)]
    if not amounts:
        return None
    amount_col = next((i for i in amounts if _STRONG_AMOUNT.search(header[i])), amounts[0])
    org_col = next((i for i in orgs if i not in (name_col, amount_col)), None)
    return name_col, amount_col, org_col


def _status_of_context(text: str) -> tuple[ProjectStatus | None, str | None]:
    """Status a lead-in or decision sentence gives to what it introduces."""
    unconditional = _CONDITIONAL.sub(" ", text)
    for pattern, status in ((_APPROVED, "approved"), (_RECOMMENDED, "recommended"), (_PROPOSED, "proposed")):
        match = pattern.search(unconditional if status == "approved" else text)
        if match:
            return status, match.group(0)
    return None, None


def _status_of_description(text: str, progress_section: bool) -> tuple[ProjectStatus | None, str | None]:
    """Status a progress note under a project gives: withdrawn, completed or in progress."""
    if not text.strip():
        return None, None
    if match := _WITHDRAWN.search(text):
        return "withdrawn", match.group(0)
    ongoing, done = _ONGOING.search(text), _COMPLETED.search(text)
    if done and not ongoing:
        return "completed", done.group(0)
    if ongoing:
        return "in_progress", ongoing.group(0)
    if progress_section:
        return "in_progress", "progress update"
    return None, None


# A name never ends on a word that needs a continuation ('That a grant of'), never opens a
# resolution ('That ...') and never opens with a financial year ('2024/25 to support ...').
_FRAGMENT = re.compile(
    r"\b(?:of|for|to|from|that|the|a|an|and|or|by|with|towards|at|in|on|be|is|was)$|^That\b|^(?:19|20)\d{2}\s*[-/–]",
    re.IGNORECASE,
)


def _valid_name(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 22 or len(name) > 200 or not re.search(r"[A-Za-z]{3}", name):
        return False
    if _FRAGMENT.search(name):
        return False
    first = name.lstrip("“\"'‘(")[:1]
    return (
        not first.islower()
        and not _NOT_A_NAME.match(name)
        and not _SENTENCE_INSIDE.search(name)
        and name.count(",") <= 1
    )


def _strip_name(raw: str) -> str:
    name = clean(raw)
    name = re.sub(r"[\s(–—:,-]+$", "", name)
    name = re.sub(r"^[\s\-–—•*]+", "", name)
    return name.strip()


def _pot_before(layout: FundingLayout, block: Block, limit: int) -> Pot | None:
    """The last pot word printed before ``limit`` in the section holding ``block``; none when it pairs both pots."""
    section_start = layout.section_blocks(block)[0].start
    last = layout.last_match(_POT, section_start, limit)
    if last is None:
        return None
    if _BOTH_POTS.search(layout.flat[max(section_start, last.start() - 20) : last.end()]):
        return None
    return "upfront" if last.group("upfront") else "tactical"


class _Lists:
    """Runs of consecutive list items in a span: each run's lead-in and trailer blocks."""

    def __init__(self, layout: FundingLayout) -> None:
        self.layout = layout
        self.run_of: dict[int, int] = {}
        self.lead_in: dict[int, Block | None] = {}
        self.trailer: dict[int, Block | None] = {}
        blocks = layout.blocks
        run = -1
        for i, block in enumerate(blocks):
            if block.kind != "item":
                continue
            if i == 0 or blocks[i - 1].kind != "item":
                run = i
                self.lead_in[run] = next(
                    (b for b in reversed(blocks[:i]) if (b.kind != "item" and b.section == block.section) or b.index == block.section),
                    None,
                )
            self.run_of[i] = run
        for run in self.lead_in:
            end = run
            while end + 1 < len(blocks) and blocks[end + 1].kind == "item":
                end += 1
            self.trailer[run] = blocks[end + 1] if end + 1 < len(blocks) else None


def _mention(
    layout: FundingLayout,
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
) -> ProjectMention:
    year, source = (year, "section") if year else layout.year_for(start, (block.start, block.end))
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
        provenance=layout.provenance(start, end, NAME, VERSION),
    )


def _item_mentions(layout: FundingLayout, lists: _Lists, claimed: set[int]) -> list[ProjectMention]:
    found = []
    for block in layout.blocks:
        if block.kind != "item":
            continue
        run = lists.run_of[block.index]
        body_start = block.body_start
        flag = _FLAG.match(layout.flat[body_start : block.end])
        flag_status = _FLAG_STATUS[flag.group("flag")] if flag else None
        name_start = body_start + (flag.end() if flag else 0)
        amounts = layout.amounts_in(block.start, block.end)
        first = amounts[0] if amounts else None
        name_end = None
        if first is not None and first.start - name_start <= 220:
            prefix = layout.flat[name_start : first.start]
            stripped = re.sub(r"\s*(?:\(\s*|[–—:-]\s*)(?:[A-Za-z.]+\s+){0,2}$", "", prefix)
            qualifier_cut = re.sub(r"\s*(?:approx\.?|approximately|around|circa|c\.|up\s+to|over|just\s+over)\s*$", "", stripped, flags=re.I)
            if granted := _GRANTED_CLAUSE.search(qualifier_cut):
                qualifier_cut = qualifier_cut[: granted.start()]
            if _valid_name(_strip_name(qualifier_cut)):
                name_end = name_start + len(qualifier_cut.rstrip())
        if name_end is None:
            first = None
            line_end = min(block.first_line_end, block.end)
            raw_line = layout.text[block.start : line_end]
            has_description = line_end < block.end
            if not (has_description or "**" in raw_line or flag):
                continue
            name_end = line_end
        name = _strip_name(layout.flat[name_start:name_end])
        if not _valid_name(name):
            continue
        description_start = first.end if first is not None else name_end
        description = clean(layout.flat[description_start : block.end]).lstrip(")–—-:., ")
        description = re.sub(r"^and\b", "", description).strip()
        lead_in = lists.lead_in.get(run)
        lead_text = clean(layout.flat[lead_in.start : lead_in.end]) if lead_in else ""
        trailer = lists.trailer.get(run)
        last_item = layout.blocks[trailer.index - 1] if trailer else layout.blocks[-1]
        trailer_text = " ".join(
            clean(layout.flat[b.start : b.end]) for b in (last_item, trailer) if b is not None
        )
        progress = bool(_PROGRESS_SECTION.search(lead_text))
        candidates: list[tuple[ProjectStatus, str]] = []
        if flag_status:
            candidates.append((flag_status, flag.group(0).strip()))
        if first is not None and (granted := _GRANTED_CLAUSE.search(layout.flat[name_start : first.start])):
            candidates.append(("approved", granted.group("verb")))
        if first is not None and (note := _NOTE_STATUS.match(description)):
            candidates.append((_NOTE_STATUSES[note.group("word").lower()], note.group(0)))
        status, evidence = _status_of_description(description, progress)
        if status:
            candidates.append((status, evidence))
        elif (done := _lead_in_done(lead_text)) is not None:
            candidates.append(("completed", done))
        status, evidence = _status_of_context(lead_text)
        if status:
            candidates.append((status, evidence))
        if (match := _ALL_APPROVED.search(trailer_text)) is not None:
            candidates.append(("approved", match.group(0)))
        chosen = max(candidates, key=lambda c: STATUS_RANK[c[0]]) if candidates else (None, None)
        if first is not None:
            claimed.add(first.start)
        found.append(
            _mention(
                layout,
                name=name,
                amount=first,
                start=block.start,
                end=block.end if first is None else max(first.end, name_end),
                status=chosen[0],
                evidence=chosen[1],
                layout_kind="bullet" if first is not None else "heading",
                block=block,
                list_id=run,
            )
        )
    return found


# 'Org, in Town, which was granted £N toward ...': the bullet names the organisation, then says it was funded.
_GRANTED_CLAUSE = re.compile(
    r"(?:,?\s+in\s+[A-Z][\w'’ -]{1,40}?)?,?\s+(?:which|who)\s+(?:was|were|has\s+been|have\s+been)\s+"
    r"(?P<verb>granted|awarded|given|allocated)\s*$"
)


def _lead_in_done(lead_text: str) -> str | None:
    """The words of a lead-in's last sentence saying its list was delivered ('were funded and delivered')."""
    last = re.split(r"(?<=[.!?])\s+", lead_text.strip())[-1]
    done = _COMPLETED.search(last)
    return done.group(0) if done and not _ONGOING.search(last) else None


def _split_recipient(rest: str) -> tuple[str, str | None]:
    """'Safer Streets CIC for a CCTV upgrade' -> ('Safer Streets CIC', 'a CCTV upgrade')."""
    parts = re.split(r"\s+(?:to|for|towards)\s+", rest, maxsplit=1)
    recipient = parts[0].strip(" ,")
    purpose = _LEADING_VERB.sub("", parts[1]).strip(" ,") if len(parts) > 1 else None
    return recipient, purpose


# An organisation as printed: capitalised words joined by the few lower-case words names use.
_ORG = r"(?:[A-Z][\w&'’.-]*)(?:\s+(?:[A-Z][\w&'’.-]*|of|and|&|the|for|in|on|at|upon|under))*"
_AWARD_BEFORE = re.compile(rf"\b(?:to\s+)?award(?:ed|s)?\s+(?P<org>{_ORG})\s*$")
_GRANT_OF_BEFORE = re.compile(
    r"\b(?:approved|awarded|agreed|made|allocated|given)\s+(?:a\s+|the\s+)?(?:grant|award|funding|contribution|sum)\s+of\s*$"
    r"|\b(?:a\s+)?grant\s+of\s*$",
    re.I,
)
# 'X was granted £N to ...' names the recipient; 'X has awarded £N to Y for ...' names the funder.
_ORG_AWARDED_BEFORE = re.compile(
    rf"(?P<org>{_ORG})\s+(?:(?P<passive>(?:has|have)\s+been|was|were|will\s+be|is|are)\s+(?:awarded|granted|given|allocated)"
    r"|(?:has|have)\s+(?:awarded|granted|given|allocated)|(?:has\s+)?received)\s*$"
)
_AMOUNT_AWARDED_AFTER = re.compile(
    r"^\s*(?:has|have|was|were|will\s+be|is|are|be)\s+(?:also\s+)?(?:been\s+)?(?:awarded|granted|approved|allocated)\s+"
    r"(?:to|for)\s+(?P<rest>[^.;]{3,200})"
)
_FUNDING_OF_BEFORE = re.compile(r"\b(?:funding|grant\s+funding|a\s+grant|an\s+award)\s+of\s*$", re.I)
_PURPOSE_AFTER = re.compile(r"^\s*(?:to|for|towards)\s+(?P<purpose>[^.;]{3,200})")
# 'for upfront projects', 'to fund projects', 'to the partnership': where money goes, not one project.
_GENERIC_PURPOSE = re.compile(
    r"^(?:fund\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:projects|schemes|bids|pots?)\b|^(?:fund\s+)?(?:a\s+)?project\b"
    r"|^(?:the\s+)?partnership\b",
    re.I,
)
# Counted or collective recipients ('12 projects across the county') make a total, not one project.
_COLLECTIVE = re.compile(
    r"^(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+(?:range|number|total)\s+of|various|several)\b"
    r"(?:\s+\w+){0,2}?\s+(?:projects?|schemes?|organisations?|groups?|initiatives?|charities|bids?|applications?)\b"
    r"|^(?:the|these|those)\s+(?:\w+\s+)?(?:partnerships|organisations|applicants|applications|projects|groups|councils|"
    r"bids|schemes|charities)\b",
    re.I,
)
# Money given to a partnership or board with no purpose but a year is its grant, an allocation.
_BODY_RECIPIENT = re.compile(r"\b(?:Partnership|CSP|Board|Commissioner|OPCC|PCC)$")
_YEAR_ONLY = re.compile(
    r"^(?:the\s+)?(?:(?:financial|fiscal)\s+year\s+)?(?:FY\s?)?(?:\d{2}|\d{4})\s*[-/–]\s*\d{2,4}$"
    r"|^(?:this|the\s+current|the\s+coming|next)\s+(?:financial\s+)?year$",
    re.I,
)
# Money coming in ('To accept the grant of £N from the Commissioner') is the partnership's grant, no project.
_ACCEPT_BEFORE = re.compile(r"\baccept(?:ing|ance\s+of)?\s+(?:the\s+|a\s+)?(?:(?:grant|award|offer|funding)\s+of\s*)?$", re.I)
# 'we secured £N in round five of the X Fund for the Y project', 'approve the allocation of £N from
# the 2025-26 X Fund to Z for the Y pilot': the funding source comes before the purpose.
_SECURED_BEFORE = re.compile(r"\b(?:secured|won)\s*$", re.I)
_ALLOCATION_OF_BEFORE = re.compile(r"\b(?:approve|approved|approves|agreed)\s+(?:the\s+)?allocation\s+of\s*$", re.I)
_SOURCE_FIRST = re.compile(
    r"^\s*(?:in|from|through|under)\s+[^.;]{3,90}?\b(?:fund|grant|budget|round|programme|pot)\b(?:\s+\S+){0,2}?\s+"
    r"(?:(?P<to>to)|for|towards)\s+(?P<rest>[^.;]{3,200})",
    re.I,
)
# A purpose ends where a relative clause about the project's progress starts.
_PURPOSE_END = re.compile(r",\s*(?:which|who|where|as|following|subject\s+to|\w+ing\b)\b|\s+(?:which|that)\s+(?:took|has|have|was|were|will)\b")
_HEADING_DASH = re.compile(r"\s+[–—-]\s+")
_SENTENCE_END_MARK = re.compile(r"[.!?:;,]$")


def _heading_name(layout: FundingLayout, block: Block, amount_start: int, recipient: str | None) -> str | None:
    """The title printed just above a decision when it names the recipient ('Org – Project' headings).

    The title is the section heading when the decision opens its section, or the decision
    block's own first line when a PDF ran the title into the paragraph (no blank line).
    """
    if not recipient:
        return None
    titles: list[tuple[int, int]] = []
    if block.section >= 0 and block.section == block.index - 1:
        titles.append((layout.blocks[block.section].start, layout.blocks[block.section].end))
    if block.first_line_end < amount_start:
        line = layout.flat[block.start : block.first_line_end]
        if not _SENTENCE_END_MARK.search(line.strip()) and len(line.split()) <= 12:
            titles.append((block.start, block.first_line_end))
    for start, end in titles:
        heading = _strip_name(layout.flat[start:end])
        first = _HEADING_DASH.split(heading, maxsplit=1)[0]
        if name_words(first, {}) and name_words(first, {}) <= name_words(recipient, {}) and _valid_name(heading):
            return heading
    return None


def _decision_mentions(layout: FundingLayout, claimed: set[int]) -> list[ProjectMention]:
    found = []
    for amount in layout.amounts:
        if amount.start in claimed:
            continue
        block = layout.block_at(amount.start)
        if block is None or block.kind == "table_row":
            continue
        s_start, s_end = layout.sentence_at(amount.start)
        left = clean(layout.flat[s_start : amount.start - len(amount.qualifier_text or "")])
        right = clean(layout.flat[amount.end : s_end])
        sentence = clean(layout.flat[s_start:s_end])
        recipient = purpose = None
        if _ACCEPT_BEFORE.search(left):
            continue
        if (m := _SOURCE_FIRST.match(right)) and (_SECURED_BEFORE.search(left) or _ALLOCATION_OF_BEFORE.search(left)):
            recipient, purpose = _split_recipient(m.group("rest")) if m.group("to") else (None, m.group("rest"))
            purpose = _LEADING_VERB.sub("", purpose) if purpose else None
        elif (m := _AWARD_BEFORE.search(left)) and (p := _PURPOSE_AFTER.match(right)):
            recipient, purpose = m.group("org"), _LEADING_VERB.sub("", p.group("purpose"))
        elif _GRANT_OF_BEFORE.search(left) and (p := _PURPOSE_AFTER.match(right)):
            recipient, purpose = _split_recipient(p.group("purpose"))
        elif (m := _ORG_AWARDED_BEFORE.search(left)) and (p := _PURPOSE_AFTER.match(right)):
            if m.group("passive") or re.search(r"received$", m.group(0)):
                recipient, purpose = m.group("org"), _LEADING_VERB.sub("", p.group("purpose"))
            else:
                recipient, purpose = _split_recipient(p.group("purpose"))
        elif m := _AMOUNT_AWARDED_AFTER.match(right):
            recipient, purpose = _split_recipient(m.group("rest"))
            if _FUNDING_OF_BEFORE.search(left) and re.match(r"^\s*\S+\s+(?:also\s+)?(?:been\s+)?\w+\s+for\b", right):
                recipient, purpose = None, _LEADING_VERB.sub("", m.group("rest"))
        else:
            continue
        remainder = ""
        if purpose and (cut := _PURPOSE_END.search(purpose)):
            purpose, remainder = purpose[: cut.start()], purpose[cut.start() :]
        if recipient and (cut := _PURPOSE_END.search(recipient)):
            recipient, remainder = recipient[: cut.start()], remainder or recipient[cut.start() :]
        if purpose and _YEAR_ONLY.match(clean(purpose).split(",")[0]):
            purpose = None
        if (recipient and _YEAR_ONLY.match(clean(recipient).split(",")[0])) or outside_grant(left) or _UNSUCCESSFUL.search(sentence):
            continue
        if any(
            pattern.match(text or "") for pattern in (_GENERIC_PURPOSE, _COLLECTIVE) for text in (purpose, recipient)
        ) or (purpose is None and recipient and _BODY_RECIPIENT.search(clean(recipient))):
            continue
        name = _heading_name(layout, block, amount.start, recipient) or _strip_name(purpose or recipient or "")
        if not name or len(name.split()) > 25:
            continue
        name = name[0].upper() + name[1:]
        status, evidence = "approved", "award decision"
        if re.search(r"\brecommend", sentence, re.I):
            status, evidence = "recommended", "recommend"
        elif re.search(r"\b(?:propos|appl(?:y|ies|ication)|bid)", sentence, re.I) and not _APPROVED.search(sentence):
            status, evidence = "proposed", "proposal"
        elif remainder and (progress := _status_of_description(remainder, False))[0]:
            status, evidence = progress
        claimed.add(amount.start)
        found.append(
            _mention(
                layout, name=name, amount=amount, start=s_start, end=s_end, status=status, evidence=evidence,
                layout_kind="decision", block=block, recipient=_strip_name(recipient) if recipient else None,
            )
        )
    return found


_TITLE_RUN = re.compile(
    r"(?P<name>(?:[A-Z][\w'’&-]*|\([A-Z]{2,}\))(?:\s+(?:[A-Z][\w'’&-]*|\([A-Z]{2,}\)|of|and|&|the|for|in|on|to|–|-)){1,14})"
    r"\s*\(\s*$"
)
_BODY_WORDS = re.compile(r"\b(?:Partnership|Council|Commissioner|Office|Police|Government|Home Office|CSP|Cabinet)\s*$")
# 'the Safer Streets Fund (£N)': a funding stream named in prose, not a project.
_FUND_NAME = re.compile(r"\b(?:Fund|Grant|Programme\s+Budget)\s*$")


def _prose_mentions(layout: FundingLayout, claimed: set[int]) -> list[ProjectMention]:
    found = []
    for amount in layout.amounts:
        if amount.start in claimed or amount.qualifier:
            continue
        block = layout.block_at(amount.start)
        if block is None or block.kind not in ("paragraph", "item"):
            continue
        left_start = max(block.start, amount.start - 200)
        match = _TITLE_RUN.search(layout.flat[left_start : amount.start])
        if not match:
            continue
        name = _strip_name(match.group("name"))
        name = re.sub(r"^(?:In|On|For|To|With|And|From|By|The)\s+(?=[A-Z])", "", name)
        capitals = sum(1 for w in name.split() if w[:1].isupper())
        if capitals < 2 or not _valid_name(name) or _BODY_WORDS.search(name) or _FUND_NAME.search(name):
            continue
        s_start, s_end = layout.sentence_at(amount.start)
        sentence = clean(layout.flat[s_start:s_end])
        if outside_grant(sentence) or _UNSUCCESSFUL.search(sentence):
            continue
        status, evidence = _status_of_description(clean(layout.flat[amount.end : s_end]), False)
        if status is None:
            status, evidence = _status_of_context(sentence)
        claimed.add(amount.start)
        start = left_start + match.start("name")
        found.append(
            _mention(
                layout, name=name, amount=amount, start=max(start, s_start), end=amount.end, status=status,
                evidence=evidence, layout_kind="prose", block=block,
            )
        )
    return found


def _row_mentions(
    layout: FundingLayout, rows: list[list[str | None]], anchor: Block, context: str, locate
) -> list[ProjectMention]:
    """Mentions from one table: the first row whose cells name a project and an amount column is the header."""
    header_index = next((i for i, row in enumerate(rows[:3]) if _columns(row) is not None), None)
    if header_index is None:
        return []
    header = [clean(c or "") for c in rows[header_index]]
    name_col, amount_col, org_col = _columns(rows[header_index])
    status_col = next(
        (i for i, c in enumerate(header) if i not in (name_col, amount_col, org_col) and _STATUS_HEADER.search(c)), None
    )
    status, evidence = _status_of_context(context + " " + " ".join(header))
    found = []
    for row in rows[header_index + 1 :]:
        if max(name_col, amount_col) >= len(row):
            continue
        name = _strip_name(row[name_col] or "")
        amount = money.parse_cell(row[amount_col])
        if not name or amount is None or _NOT_A_NAME.match(name):
            continue
        start, end = locate(name, amount)
        recipient = _strip_name(row[org_col] or "") if org_col is not None and org_col < len(row) else None
        row_status, row_evidence = status, evidence
        if status_col is not None and status_col < len(row) and row[status_col]:
            cell = clean(row[status_col])
            cell_status = _status_of_description(cell, False)
            if cell_status[0] is None:
                cell_status = _status_of_context(cell)
            if cell_status[0] is not None:
                row_status, row_evidence = cell_status
        found.append(
            _mention(
                layout, name=name, amount=amount.model_copy(update={"start": start, "end": end}), start=start, end=end,
                status=row_status, evidence=row_evidence, layout_kind="table", block=anchor, recipient=recipient or None,
            )
        )
    return found


def _table_mentions(layout: FundingLayout, claimed: set[int]) -> list[ProjectMention]:
    found: list[ProjectMention] = []
    blocks = layout.blocks
    i = 0
    while i < len(blocks):
        if blocks[i].kind != "table_row":
            i += 1
            continue
        run = [blocks[i]]
        while i + 1 < len(blocks) and blocks[i + 1].kind == "table_row":
            i += 1
            run.append(blocks[i])
        i += 1
        rows, spans = [], []
        for block in run:
            cells = layout.cells(block)
            if all(re.fullmatch(r":?-{2,}:?|", c) for c in cells):
                continue
            rows.append(cells)
            spans.append(block)
        lead = next((b for b in reversed(blocks[: run[0].index]) if b.kind != "table_row"), None)
        context = clean(layout.flat[lead.start : lead.end]) if lead else ""

        def locate(name: str, amount: MoneyAmount, spans=spans) -> tuple[int, int]:
            for block in spans:
                raw = layout.text[block.start : block.end]
                if name[:20] in clean(raw):
                    at = raw.find(amount.text)
                    if at >= 0:
                        claimed.add(block.start + at)
                        return block.start + at, block.start + at + len(amount.text)
                    return block.start, block.end
            return spans[0].start, spans[0].end

        found.extend(_row_mentions(layout, rows, run[0], context, locate))
    for page in layout.document.pages:
        if not page.tables or page.char_end < layout.start or page.char_start > layout.end:
            continue
        anchor = layout.block_at(max(page.char_start, layout.start)) or (layout.blocks[0] if layout.blocks else None)
        if anchor is None:
            continue
        for table in page.tables:

            def locate(name: str, amount: MoneyAmount, page=page) -> tuple[int, int]:
                at = page.text.find(amount.text)
                start = page.char_start + max(at, 0)
                if at >= 0:
                    claimed.add(start)
                return (start, start + len(amount.text)) if at >= 0 else (page.char_start, page.char_end)

            for mention in _row_mentions(layout, table, anchor, "", locate):
                if not any(m.name == mention.name and m.amount == mention.amount for m in found):
                    found.append(mention)
    return found


_GIVEN = re.compile(r"\b(?:gave|(?:has|have|had)\s+(?:been\s+)?given|(?:was|were)\s+given|given\s+in\s+grants)\b", re.I)
_LEAD_CHARS = 600


def _stacked_mentions(layout: FundingLayout, claimed: set[int]) -> list[ProjectMention]:
    """Rows of tables flattened to one cell per line: the row's name is the project, one mention per
    amount column (each column its header's year, else the last year printed before the table)."""
    found = []
    for table in layout.stacked_tables:
        first = table[0].name_start
        lead = clean(layout.flat[max(layout.start, first - _LEAD_CHARS) : first])
        status, evidence = _status_of_context(lead)
        if (given := _GIVEN.search(lead)) is not None:
            status, evidence = "approved", given.group(0)
        before = [y for y in layout.reference_years if y.year and y.form != "relative" and first - 2000 < y.start < first]
        for row in table:
            name = _strip_name(row.name)
            if _NOT_A_NAME.match(name) or not _valid_name(name):
                continue
            block = layout.block_at(row.name_start) or layout.block_at(row.amounts[0][0])
            for (start, end, text), year in zip(row.amounts, row.years):
                amount = money.parse_cell(text)
                if amount is None or block is None or start in claimed:
                    continue
                claimed.add(start)
                found.append(
                    _mention(
                        layout, name=name, amount=amount.model_copy(update={"start": start, "end": end}), start=start,
                        end=end, status=status, evidence=evidence, layout_kind="table", block=block,
                        year=year or (before[-1].year if before else None),
                    )
                )
    return found


def _decided(mentions: list[ProjectMention], decision: str | None) -> list[ProjectMention]:
    """A signed decision approves what it lists; a report asking approval recommends it."""
    if decision is None:
        return mentions
    return [
        m.model_copy(update={"status": decision, "status_evidence": f"{decision} decision record"})
        if m.status is None or STATUS_RANK[m.status] < STATUS_RANK[decision]
        else m
        for m in mentions
    ]


def find_mentions(layout: FundingLayout, claimed: set[int]) -> list[ProjectMention]:
    """Every project mention in the span, in text order; adds the offsets of amounts used to ``claimed``."""
    lists = _Lists(layout)
    mentions = _stacked_mentions(layout, claimed)
    mentions += _table_mentions(layout, claimed)
    mentions += _item_mentions(layout, lists, claimed)
    mentions += _decision_mentions(layout, claimed)
    mentions += _prose_mentions(layout, claimed)
    return sorted(_decided(mentions, layout.decision_status), key=lambda m: m.provenance.start)


def _acronyms(names: list[str]) -> dict[str, set[str]]:
    """'(BSL)' after 'British Sign Language' -> {'bsl': {'british', 'sign', 'language'}}."""
    found: dict[str, set[str]] = {}
    for name in names:
        for match in re.finditer(r"\(([A-Z]{2,6})\)", name):
            letters = match.group(1).lower()
            words = [w for w in re.findall(r"[A-Za-z]+", name[: match.start()]) if w.lower() not in _STOPWORDS]
            initials = "".join(w[0].lower() for w in words[-len(letters) :])
            if initials == letters:
                found[letters] = {w.lower() for w in words[-len(letters) :]}
            else:
                found.setdefault(letters, set())
        for match in re.finditer(r"\b([A-Z]{2,6})\b\s*\(([^)]+)\)", name):
            words = [w.lower() for w in re.findall(r"[A-Za-z]+", match.group(2)) if w.lower() not in _STOPWORDS]
            if "".join(w[0] for w in words) == match.group(1).lower():
                found[match.group(1).lower()] = set(words)
    return found


def name_words(name: str, acronyms: dict[str, set[str]]) -> frozenset[str]:
    """Comparable words of a name: lower case, stop words dropped, plural 's' dropped, acronyms expanded."""
    words: set[str] = set()
    for word in re.findall(r"[a-z0-9]+", name.lower().replace("&", " and ")):
        if word in _STOPWORDS:
            continue
        if acronyms.get(word):
            words |= {w.rstrip("s") if len(w) > 3 else w for w in acronyms[word]}
        else:
            words.add(word.rstrip("s") if len(word) > 3 else word)
    return frozenset(words)


def merge(mentions: list[ProjectMention]) -> tuple[list[ProjectRecord], list[DataQualityRecord]]:
    """One project per group of similar names (and compatible years); amountless mentions only add facts.

    A mention joins the first group whose first name ``same_project`` accepts; the groups worth
    comparing come from a ``WordSetIndex``, so a list of thousands of projects stays linear."""
    acronyms = _acronyms([m.name for m in mentions])
    ordered = sorted(mentions, key=lambda m: (m.amount_text is None, m.provenance.start))
    words_of = [name_words(mention.name, acronyms) for mention in ordered]
    index = WordSetIndex(words_of)
    groups: list[list[ProjectMention]] = []
    keys: list[frozenset[str]] = []
    for mention, words in zip(ordered, words_of):
        target = next(
            (
                i for i in index.candidates(words)
                if same_project(keys[i], words)
                and (
                    mention.financial_year is None
                    or groups[i][0].financial_year is None
                    or groups[i][0].financial_year == mention.financial_year
                )
            ),
            None,
        )
        if target is None:
            if mention.amount_text is None:
                continue
            index.add(len(groups), words)
            groups.append([mention])
            keys.append(words)
        else:
            groups[target].append(mention)
    projects, flags = [], []
    for group in groups:
        group.sort(key=lambda m: m.provenance.start)
        record, flag = _merged(group)
        projects.append(record)
        flags.extend(flag)
    projects.sort(key=lambda p: p.mentions[0].provenance.start)
    return projects, flags


def _merged(group: list[ProjectMention]) -> tuple[ProjectRecord, list[DataQualityRecord]]:
    priced = [m for m in group if m.amount_text is not None]
    readable = [m for m in priced if m.amount is not None]
    flags = []
    chosen = priced[0]
    if readable:
        latest = readable[-1]
        close = [m for m in readable if abs(m.amount - latest.amount) < 1]
        chosen = max(close, key=lambda m: (len(str(m.amount).split(".")[-1]) if "." in str(m.amount) else 0, m.provenance.start))
        others = [m for m in readable if m.amount != chosen.amount]
        for other in others:
            gap = chosen.amount - other.amount
            flags.append(
                DataQualityRecord(
                    check="amounts_differ_between_mentions",
                    result="rounding" if abs(gap) < 1 else "mismatch",
                    financial_year=chosen.financial_year,
                    stated=chosen.amount,
                    stated_text=chosen.amount_text,
                    computed=other.amount,
                    difference=gap,
                    detail=f"'{chosen.name}' is {chosen.amount_text} here and {other.amount_text} at offset "
                    f"{other.provenance.start}; the {'more precise' if abs(gap) < 1 else 'later'} figure is kept",
                    provenance=chosen.provenance,
                )
            )
    statuses = [m for m in group if m.status is not None]
    status = max(statuses, key=lambda m: STATUS_RANK[m.status]).status if statuses else "proposed"
    return (
        ProjectRecord(
            name=priced[0].name,
            amount=chosen.amount,
            amount_text=chosen.amount_text,
            financial_year=next((m.financial_year for m in group if m.financial_year), None),
            pot=next((m.pot for m in priced if m.pot), None) or next((m.pot for m in group if m.pot), None),
            status=status,
            recipient=next((m.recipient for m in group if m.recipient), None),
            provenance=chosen.provenance,
            mentions=group,
        ),
        flags,
    )
