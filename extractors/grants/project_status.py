"""Status rules shared by the project layouts, and the order of statuses.

A lead-in or decision sentence approves, recommends or proposes what it introduces
(conditional approval - 'if', 'subject to approval' - approves nothing; 'agreed, at its May
meeting, to allocate £N to:' approves); a press release
reporting money given ('the groups with most votes received the funding', 'Awards were given to:', 'I have already
made several awards:', 'the successful
applicants were', 'those successful in receiving funding included', 'among those to benefit were', 'the list
of recipients is as follows', 'projects receiving funding include', 'the grants provided have included', 'projects supported by the X Fund included', 'the awards
went to', 'settlements were confirmed for', 'areas receiving funds')
approves its list, as do 'unanimously agreed', 'RESOLVED to allocate ... grant funding as follows:' (not reserves
or a budget) and a resolution agreeing or approving a payment ('RESOLVED, that
Members note the report and agree a one-off payment to the following charities,') ('That a grant ... be supported' is a meeting's recommendation); a progress
note says withdrawn, completed or in progress. A signed decision approves what it
lists near it and a report asking approval recommends it, as does one 'submitted for ratification' (an item's printed flag stands); a lead that refuses
('Do not fund ...:', 'be declined:') or names the money's sources ('from the following funding streams:') gives its
list no project. These rules are versioned by
``extractors.grants.projects.VERSION`` (no version of their own).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extractors.readers.vocabulary import REFUSED_WORDS
from schemas.facts import ProjectStatus
from schemas.funding import ProjectMention

STATUS_RANK: dict[str, int] = {
    "proposed": 0, "recommended": 1, "approved": 2, "in_progress": 3, "completed": 4, "withdrawn": 5,
}
# A status flag printed before an item's name: 'WITHDRAWN: Name', 'DEFERRED - Name'.
FLAG = re.compile(
    r"^\s*(?P<flag>WITHDRAWN|CANCELLED|CANCELED|COMPLETED|COMPLETE|APPROVED|DEFERRED|ON HOLD)\s*[:–—-]\s*",
)
# 'subject to Cabinet approval', 'pending final approval': one fragment for a conditional lead and an awaited award.
_SUBJECT_TO_APPROVAL = r"\bsubject\s+to\s+(?:\w+\s+){0,4}approval\b"
_CONDITIONAL = re.compile(rf"\bif\b[^.;:]*|\b(?:for|awaiting|pending)\s+(?:\w+\s+){{0,4}}approval\b|{_SUBJECT_TO_APPROVAL}", re.I)
APPROVED = re.compile(
    r"\b(?:approved|approving|agreed\s+to\s+fund|received\s+approval|been\s+awarded|awarded|granted|set\s+aside|"
    r"funding\s+(?:has\s+been|was)\s+confirmed|agreed\s+funding|resolved\s+to\s+(?:fund|award|allocate(?=[^.;:]{0,100}?\b(?:grants?|funding|donations?|awards?)\b))|"
    r"agreed\s+the\s+following|\bresolved\b[,:]?\s+(?:that\s+)?[^.;:£]{0,80}?\b(?<!to\s)(?:agree|approve)s?\s+(?:a|an|the|these)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:payments?|grants?|awards?|donations?|contributions?|funding|allocations?)\b|(?:were|was|been)\s+agreed|agreed,?\s+(?:[^.;:£]{0,40}?,\s*)?to\s+(?:allocate|award|fund|release|give)|"
    r"received\s+(?:the\s+|their\s+|this\s+|some\s+)?(?:(?-i:[A-Z][\w'’-]*)\s+){0,3}(?:funding|support|grants?|money|awards?)|"
    r"successfully\s+applied\s+for|successful\s+(?:in\s+(?:receiving|securing|gaining|obtaining)|applicants|applications|bids|bidders|groups|"
    r"projects|organisations|organizations)|(?:were|was|have\s+been|has\s+been)\s+(?:successful|funded)|"
    r"(?:grant\s+)?(?:recipients|beneficiaries)\s+(?:\w+\s+){0,3}?(?:were|are|is|was|include|included)|unanimously\s+(?:agreed|approved)|"
    r"(?:those|projects?|groups?|organisations?|organizations?|charities|schemes?)\s+(?:(?:which|that)\s+are\s+)?(?:set\s+)?to\s+benefit\b|"
    r"(?:those|projects?|groups?|organisations?|organizations?|charities|schemes?)\s+to\s+receive\s+(?:an?\s+|the\s+)?"
    r"(?:awards?|grants?|funding|money)\s+(?:include[ds]?\b|(?:were|are)(?=\s*(?::|\n|as\s+follows\b|(?:listed\s+)?below\b|the\s+following\b|(?-i:[A-Z]))))|"
    r"(?:projects?|groups?|organisations?|organizations?|charities|schemes?)\s+(?:that|which|who)\s+will\s+benefit\b|awards?\s+(?:were|was|have\s+been|has\s+been)\s+(?:made|distributed(?=\s+to\s*(?::|the\s+following\b|these\b|$)))|"
    r"benefit(?:ed|ted)\s+from\s+(?:the\s+)?(?:funding|grants?|a\s+grant)|"
    r"(?:projects?|groups?|organisations?|organizations?|charities|schemes?)\s+(?:funded\s+(?:by|through|from)\s+[^.;:£]{1,60}?\s+"
    r"include[ds]?|supported\s+(?:by|through|from)\s+[^.;:£]{1,60}?\s+included)|"
    r"(?:awards?|funding|money|grants?)\s+(?:went|go|goes|will\s+go)\s+to\b|"
    r"(?:awards?|grants?|donations?)\s+(?:were|was|have\s+been|has\s+been)\s+(?:given|presented|handed\s+(?:out|over))\s+to\b|"
    r"(?:have|has|had)\s+(?:already\s+|now\s+|so\s+far\s+)?made\s+(?:(?:several|some|a\s+few|a\s+number\s+of|the\s+following|these|"
    r"\w+\s+more)\s+)?(?:awards|grants|donations)\b|"
    r"grants\s+(?:provided|given|made|awarded)\s+(?:have\s+|has\s+)?include[ds]?\b|"
    r"(?:awards?|funding|money|grants?)\s+(?:will\s+be|is|are|was|were|has\s+been|have\s+been)\s+shared\s+(?:by|between|among)\b|"
    r"(?:settlements?|allocations?|awards?|funding|grants?)\s+(?:were|was|have\s+been|has\s+been)\s+confirmed|"
    r"(?:projects?|groups?|organisations?|organizations?|charities|schemes?|initiatives?|those|areas?|places?|authorities)\s+"
    r"(?:(?:receiving|set\s+to\s+receive)\s+(?:the\s+)?(?:funding|funds|grants?|awards?|money|support)|"
    r"(?:(?:that|which)\s+(?:were|have\s+been)\s+|(?:are|is)\s+being\s+)?(?<!be\s)supported\s+(?:by|through|from)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,4}?(?:fund|funding|grants?|scheme|programme|(?-i:[A-Z]{2,}F))))\b",
    re.I,
)
# 'if approved, Tarn Hall will receive £N', 'subject to Cabinet approval', 'Tarn Trust looks set to receive £N': an award
# still waiting for the decision that makes it, as a report or a story forecasts it.
AWAITING_APPROVAL = re.compile(
    rf"\bif\s+(?:it\s+is\s+|this\s+is\s+)?approved\b|{_SUBJECT_TO_APPROVAL}|\blooks?\s+set\s+to\b", re.I
)
# 'RESOLVED that a grant of £N be awarded to X, subject to approval of its accounts': the body decided; the approval
# is a condition of paying, not the decision still to come.
_DECIDED_BEFORE = re.compile(r"\b(?:resolved|agreed|decided|approved|awarded|granted)\b", re.I)


def awaiting_approval(sentence: str) -> re.Match[str] | None:
    """The wording of an award still waiting for its decision (``AWAITING_APPROVAL``); 'subject to ... approval'
    after the body's own decision in the sentence is a condition and waits for nothing."""
    found = AWAITING_APPROVAL.search(sentence)
    if found and found.group(0).lower().startswith("subject") and _DECIDED_BEFORE.search(sentence, 0, found.start()):
        return None
    return found


# A lead that refuses what it lists: 'Do not fund two applications ...:', 'That the following be declined:'.
REFUSING_LEAD = re.compile(
    r"\b(?:do\s+not|not\s+to|will\s+not)\s+(?:fund|award|support|approve|donate|give|grant|pay)\b|"
    rf"\b(?:{REFUSED_WORDS}|not\s+(?:been\s+)?(?:supported|approved|funded|awarded|given))\b",
    re.I,
)
# A lead over a list of both kinds ('Successful and unsuccessful applications:') refuses none of it.
_MIXED_LEAD = re.compile(r"\b(?:un)?successful\s*(?:and|or|/|&)\s*(?:un)?successful\b", re.I)


def refusing_lead(lead: str) -> bool:
    """The lead refuses what it lists ('That the following be declined:'); one naming both outcomes does not."""
    return bool(REFUSING_LEAD.search(_MIXED_LEAD.sub(" ", lead)))


def mixed_lead(lead: str) -> bool:
    """The lead names both outcomes ('Successful and unsuccessful applications:'): each item's own words decide."""
    return bool(_MIXED_LEAD.search(lead))


_OWN_APPROVAL = re.compile(r"\b(?:successful|approved|awarded|granted|agreed)\b", re.I)


def own_approval(item: str) -> str | None:
    """The words of a list item under a mixed lead that approve it ('- Eastfield Club - £500 (successful)'); None when
    the item refuses itself ('(unsuccessful)', 'declined') or says neither: the text does not state it was funded."""
    if REFUSING_LEAD.search(item):
        return None
    match = _OWN_APPROVAL.search(item)
    return match.group(0) if match else None


# A lead naming where the money came from ('approved the allocation of £N from the following funding streams:'):
# its lines are funds, not projects.
_SOURCES_LEAD = re.compile(
    r"\bfrom\s+the\s+following\s+(?:[\w-]+\s+){0,2}?(?:funding\s+)?(?:streams|funds|sources|budgets|pots)\b", re.I
)


def lists_no_projects(lead: str) -> bool:
    """A lead whose list holds no projects: it refuses them (``refusing_lead``) or names the money's sources."""
    return refusing_lead(lead) or bool(_SOURCES_LEAD.search(lead))


_RECOMMENDED = re.compile(
    r"\b(?:recommended|recommends?|endorsed|supported|consensus\s+of\s+support|shortlisted|prioritised|"
    r"(?:submitted|passed|referred|forwarded|put\s+forward)\s+to\b[^.]{0,80}?\bfor\s+(?:approval|consideration|sign[- ]off)|"
    r"for\s+(?:his|her|their|the\s+\w+'?s?)?\s*approval|(?:submitted|put|presented)\s+for\s+ratification)",
    re.I,
)
_PROPOSED = re.compile(r"\b(?:propos(?:ed|al|als)|bids?|applications?|for\s+consideration|submitted\s+by)\b", re.I)
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


def status_of_context(text: str) -> tuple[ProjectStatus | None, str | None]:
    """Status a lead-in or decision sentence gives to what it introduces."""
    unconditional = _CONDITIONAL.sub(" ", text)
    for pattern, status in ((APPROVED, "approved"), (_RECOMMENDED, "recommended"), (_PROPOSED, "proposed")):
        match = pattern.search(unconditional if status == "approved" else text)
        if match:
            return status, match.group(0)
    return None, None


def withdrawn_words(text: str) -> str | None:
    """The words saying a grant or project was withdrawn or will not go ahead, or None."""
    match = _WITHDRAWN.search(text)
    return match.group(0) if match else None


def status_of_description(text: str, progress_section: bool) -> tuple[ProjectStatus | None, str | None]:
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


def lead_in_done(lead_text: str) -> str | None:
    """The words of a lead-in's last sentence saying its list was delivered ('were funded and delivered')."""
    last = re.split(r"(?<=[.!?])\s+", lead_text.strip())[-1]
    done = _COMPLETED.search(last)
    return done.group(0) if done and not _ONGOING.search(last) else None


def decided(
    mentions: list[ProjectMention],
    decision_at: Callable[[int], tuple[str, str] | None],
    adoption_at: Callable[[int], str | None] = lambda _: None,
) -> list[ProjectMention]:
    """A signed decision approves what is listed near it; a report asking approval recommends it; a meeting adopting
    what was put to it ('resolved to agree the proposed awards') approves what near it was proposed or recommended.
    A flag printed on an item ('DEFERRED:', 'WITHDRAWN:') is never overridden."""
    found = []
    for mention in mentions:
        decision = decision_at(mention.provenance.start)
        flagged = bool(mention.status_evidence and FLAG.match(mention.status_evidence))
        if decision is None and mention.status in ("proposed", "recommended") and not flagged:
            adopted = adoption_at(mention.provenance.start)
            decision = ("approved", adopted) if adopted else None
        if decision is None or flagged or (mention.status and STATUS_RANK[mention.status] >= STATUS_RANK[decision[0]]):
            found.append(mention)
        else:
            found.append(mention.model_copy(update={"status": decision[0], "status_evidence": decision[1]}))
    return found


# Minutes' verdict on the line after the list ('To agree the grants below: - A £N ... Agreed: 9 votes in favour'):
# the word alone, or with its count of votes; 'Agreed to defer' says something else.
_VERDICT_LINE = re.compile(
    r"^\W*(?:all\s+|unanimously\s+)?(?:agreed|approved|carried)\b[\s:.,-]*"
    r"(?:(?:unanimously|nem\.?\s*con\.?|(?:by\s+)?(?:all|\d+)\s+(?:votes?\s+)?in\s+favour|votes?\s+(?:in\s+favour\s+)?\d+(?:\s+in\s+favour)?)\b[^\n]*)?$",
    re.I,
)


def verdict_line(line: str) -> re.Match | None:
    """The verdict a line of minutes gives the list above it, or None."""
    return _VERDICT_LINE.match(line.strip())
