"""Project mentions in decisions (prose names before '(£N)' are ``project_prose``).

Decisions: 'To award X £N to ...', 'approved a grant of £N to X for ...', 'awarded a £N grant to
X, a ...', '£N has been awarded to X for ...', 'A grant of £N from the round was awarded to X',
'Another £N was given to X', 'X received £N to ...', 'X has been gifted / handed £N', 'X which is set to receive £N', 'X will get £N towards its Y Project',
'a grant had been made to X (towards ...) in the sum of £N', 'X had applied for a grant of £N for Y', 'X was awarded a Town Halls Fund grant of £N towards ...' (the fund's name between 'a' and 'grant'), 'X (youth group) who have been awarded /
applied for and were awarded / have both been given £N' (with no purpose after the figure
when X is a name), resolutions 'That a grant of £N be awarded to X towards ...', a decision opening 'To award £N to X for Y', 'grants of £N to X and £M to Y', 'a grant of £N was approved for X towards Y', 'That X be awarded|given (a grant of) £N
(as applied)', 'a grant of £N be made to X', 'agreed to award £N to X for ...', 'I approve the award of £N to X', 'approved the use of £N from the Y budget to support the X project', 'approved the allocation of £N of
funding from the Y Fund to X to ...', 'to grant an award £N from the Y Fund to X', 'in respect
of the application submitted by X (Project), a grant of £N be awarded', 'In respect of the application from X; A grant of £N is
awarded for ...' (recommended under 'It is recommended that;'), 'Approves ... a Grant Funding Agreement with X to a value of £N'; press forms in the present tense
('X, at <Place>, which receives £N', 'X get £N and Y receive £M', a proper name needed), the verb
left out for the second of a pair ('X has been awarded £N and Y £M towards ...', 'X was awarded £N towards hall hire,
Y £M towards ...', 'with X receiving
£N and Y village hall £M', a chain 'with Y being awarded £M, Z receiving £K'), 'charity Trax, which was awarded £N' (one word after its kind) and
'..., and X, an organisation ..., received £N', '..., with £N going to X'. A decision under an 'Organisation – Project' title is named by that title;
a named recipient printed with a purpose names the project 'Recipient – purpose', and the fund the money comes from
('X from the Community Fund 2023/24') is no part of the name. Money for a pot or a named fund, for 'N projects' or for a partnership's year
is not a project, nor is money outside the partnership's grant (another funder's grant, a
council's own budget, a failed bid), nor a place named as the subject ('projects based across Tarn Borough have been
awarded £N', 'Ashby is set to receive £N towards developing community safety in the borough'). These rules are versioned by
``extractors.grants.projects.VERSION`` (no version of their own). How a recipient is named is
``project_decision_names``.
"""

from __future__ import annotations

import re

from extractors.grants.allocation_cues import outside_grant
from extractors.grants.own_body import GRANT_HOLDER, OWN_BODY_KIND
from extractors.grants.round_cues import SOME_COUNT
from extractors.readers.blocks import clean
from extractors.grants.funding_layout import FundingLayout
from extractors.grants.project_mention import PLACES_BODIES, build_mention, strip_name
from extractors.grants.project_names import broken_name_head, full_name, heading_name, without_place
from extractors.grants.project_status import APPROVED, awaiting_approval, status_of_description
from extractors.grants.project_subjects import (
    awarded_applicant, back_reference, grant_user, respected_applicant, thanking_recipient, unnamed_subject,
)
from extractors.grants.project_given_subjects import KIND_BEFORE_NAME, KIND_TAIL, WITH_RECEIVING_BEFORE, org_awarded_before, subject_before
from schemas.funding import ProjectMention
from extractors.grants.project_decision_names import (
    LEADING_DATE,
    LEADING_VERB,
    MAX_NAME_WORDS,
    ORG,
    PLACE_BEFORE,
    after_source,
    is_named,
    outside_source,
    split_recipient,
    without_hedge,
)

UNSUCCESSFUL = re.compile(r"\b(?:unsuccessful|not\s+(?:been\s+)?successful|rejected|turned\s+down)\b", re.I)
_AWARD_BEFORE = re.compile(rf"\b(?:to\s+)?award(?:ed|s)?\s+(?P<org>{ORG})\s*$")
_GRANT_OF_BEFORE = re.compile(
    r"\b(?:approved?|approves|awarded|agreed?|agrees|made|allocated|given|provided)\s+(?:a\s+|the\s+)?(?:grants?|award|(?:grant\s+)?funding|contribution|sum)\s+of\s*$"
    r"|\b(?:a\s+)?grant\s+of\s*$",
    re.I,
)
# 'a grant had been made to the Hill Choir (towards a new piano) in the sum of £N': the recipient, then the sum.
_MADE_TO_BEFORE = re.compile(
    r"\b(?:grant|award|payment|contribution|donation)\s+(?:(?:had|has|have)\s+been|was|were|is|will\s+be)\s+"
    rf"(?:made|given|paid|awarded)\s+to\s+(?:the\s+)?(?P<org>{ORG})(?:\s+(?:towards|for)\s+[^.;£]{{3,150}}?)?"
    r"\s+in\s+the\s+sum\s+of\s*$"
)
# 'Approves the issue of a new Grant Funding Agreement with Tarn Advice Centre to a value of £N to continue ...': a
# council's grant to one named body, the agreement naming it. Only an agreement the council issues, awards or offers:
# councils sign as many as grantees ('entering into a Grant Funding Agreement with Homes England'), and a national
# funder or government body on the other side is the giver, never the project.
_AGREEMENT_FUNDER = (
    r"(?:Homes\s+England|Arts\s+Council|(?:National\s+)?Lottery|Heritage\s+Fund|Department|Ministry|DLUHC|MHCLG|DfE|DfT"
    r"|Sport\s+England|Historic\s+England|Natural\s+England|Environment\s+Agency|[\w\s]*Combined\s+Authority"
    r"|[\w\s]*Enterprise\s+Partnership|LEP\b|Government|Secretary\s+of\s+State)"
)
_AGREEMENT_WITH_BEFORE = re.compile(
    r"\b(?:[Ii]ssu(?:e|es|ed|ing)|[Aa]ward(?:s|ed|ing)?|[Oo]ffer(?:s|ed|ing)?)\s+(?:of\s+)?(?:(?:a|an|the)\s+)?"
    r"(?:new\s+|further\s+)?[Gg]rant\s+(?:[Ff]unding\s+)?[Aa]greement\s+with\s+(?:the\s+)?"
    rf"(?!{_AGREEMENT_FUNDER})(?P<org>{ORG})\s+(?:to\s+(?:a|the)\s+value\s+of|worth|valued\s+at)\s*$"
)
# 'Each group will receive £N', 'All applicants got £N': a collective subject names no recipient.
_COLLECTIVE_SUBJECT = re.compile(r"^(?:Each|Every|All|Some|Many|Most|Both|These|Those|Successful|Others?)\b")
# 'The Council has received £N to run the elections': an unnamed body itself (a funder or the grant holder) is no project.
_GENERIC_BODY_SUBJECT = re.compile(rf"^(?:The\s+)?{OWN_BODY_KIND}$", re.I)
# 'of which Tarnside Borough Council have been allocated £N': a principal council's share of a fund is its grant.
_COUNCIL_ALLOCATED = re.compile(r"(?<!Town\s)(?<!Parish\s)(?<!Community\s)\bCouncil\s+(?:has|have)\s+been\s+allocated\s*$")
# 'Eastby Council has been given £N.', 'Westby City Council will receive £N for local schemes': a principal council handed a
# sum with no scheme of its own named is money to a body (its grant, read by the allocation rules), no project; a parish's,
# town's or school's council keeps its award.
_PRINCIPAL_COUNCIL = re.compile(r"(?<!Town\s)(?<!Parish\s)(?<!Community\s)(?<!Parent\s)(?<!Youth\s)\bCouncil$")
# 'Ashby is set to receive £N towards developing community safety in the borough': a district's community safety money is
# its partnership's grant, no project.
_AREA_SAFETY_PURPOSE = re.compile(r"^(?:[\w-]+\s+){0,2}?community\s+safety\s+in\s+the\s+(?:borough|district|county|city|area)\b", re.I)
# 'towards its Youth Cohesion project': the owner's pronoun is not part of a named purpose.
_OWNER_PRONOUN = re.compile(r"^(?:its|their|his|her|our)\s+", re.I)
# Nothing after the figure but the sentence end or another award: 'Friends of X have been awarded £800.'
_NO_PURPOSE = re.compile(r"^\s*(?:(?:from\s+(?:the\s+)?(?:(?:[A-Z][\w’'-]*|and|&)\s+){0,5}?(?:Commissioner|Mayor|PCC|PFCC|OPCC)\b[^.;£]{0,60}?)?"
                         r"[.!]?\s*$|[,;]?\s*(?:while|whilst|and|with)\b|(?:as\s+(?:applied|requested|applied\s+for|sought)|in\s+full)"
                         r"\s*[.;]?\s*$|,\s*(?:the\s+)?[A-Z][^,.;£]{0,60}?\s+(?:receiving|getting|being\s+(?:awarded|given|granted)"
                         r"|received|receives|got|gets|secured|(?:was|were)\s+(?:awarded|given|granted))\s+£)")
# '£N has been awarded to X for ...', 'A grant of £N from the round was awarded to X', 'Another £N was given to X'.
_AMOUNT_AWARDED_AFTER = re.compile(
    r"^\s*(?:from\s+the\s+(?:\w+\s+){0,3}?(?:round|fund|scheme)\s+)?"
    r"(?:has|have|was|were|will\s+be|is|are|be)\s+(?:also\s+)?(?:been\s+)?(?:awarded|granted|approved|allocated|given|made|paid)\s+"
    r"(?:to|for)\s+(?P<rest>[^.;]{3,200})"
)
# 'A grant of £N enabled the Tarn Street Pastors to recruit ...', 'A £N grant has helped Hill Scouts to ...': the
# grant is the subject, the body it let do something its recipient.
_ENABLED_AFTER = re.compile(
    rf"^\s*(?:grant\s+|award\s+)?(?:has\s+|have\s+)?(?:enabled|allowed|helped)\s+(?:the\s+)?(?P<org>{ORG})\s+to\s+(?P<purpose>[^.;]{{3,200}})"
)
_GRANT_SUBJECT_BEFORE = re.compile(r"(?:^|[.;:]\s+)(?:(?:A|An|The|This|That)\s+grant\s+of|A|An)\s*$")
# A headline or summary line opening on the figure, the verb's auxiliary left out: '£25k awarded to Tarn Carers'.
_HEADLINE_AWARDED_AFTER = re.compile(r"^\s*(?:awarded|granted)\s+to\s+(?P<rest>(?:the\s+)?[A-Z][^.;\n]{2,120})")
# '... to A, B and C, with £400 going to the Advice Bureau': a figure the sentence gives to one more named body.
# '£N went to the Tarn Safe Space project' names its recipient the same way.
_WITH_BEFORE = re.compile(r"\bwith\s*$")
_GOING_TO_AFTER = re.compile(r"^\s*(?:going|to\s+go)\s+to\s+(?P<rest>(?:the\s+)?[A-Z][^.;\n£]{1,120})")
_WENT_TO_AFTER = re.compile(r"^\s*(?:went|has\s+gone|have\s+gone|will\s+go|is\s+going|goes)\s+to\s+(?P<rest>(?:the\s+)?[A-Z][^.;\n£]{1,120})")
# 'agreed a contribution of up to £N (30% of the whole scheme cost) from the Village Assets Fund budget to X':
# an aside in brackets and the fund the money comes from, between the figure and its recipient.
_ASIDE_SOURCE = re.compile(
    r"^\s*(?:\([^()]{1,80}\)\s*)?(?P<source>from\s+(?:the\s+)?(?:[\w’'-]+\s+){0,6}?(?:Fund|Budget|Grants?|Reserves?)"
    r"(?:\s+budget)?\s+)?(?=(?:to|for|towards)\s)",
    re.I,
)
_FUND_WORD = re.compile(r"\b(?:Fund|Grants?)\b")


def _past_aside(right: str) -> str:
    """The words after a figure from its 'to', 'for' or 'towards' on, past an aside and a grant fund named as the source;
    as they are when the source is the council's own budget ('from its capital budget') or another funder's money."""
    aside = _ASIDE_SOURCE.match(right)
    if aside is None:
        return right
    source = aside.group("source") or ""
    if outside_grant(source) or (source and re.search(r"\b(?:capital|revenue|budget)\b", source, re.I) and not _FUND_WORD.search(source)):
        return right
    return right[aside.end() :]


# 'The arts fund awarded a £2,498 grant to Musical Keys, an organisation ...': the grant after the figure.
_A_BEFORE = re.compile(r"\b(?:awarded|gave|made|approved|allocated|agreed)\s+(?:a|an)\s*$", re.I)
_GRANT_TO_AFTER = re.compile(r"^\s*(?:grant|award)\s+to\s+(?!each\b|every\b|all\b)(?P<rest>[^.;]{3,200})", re.I)
# 'agreed to award £N to Tarn Carers for ...', 'has agreed to provide £N to X': the verb, the figure, a named recipient.
_VERB_BEFORE = re.compile(
    r"\b(?:agreed|resolved|decided|approved|was\s+asked)\s+to\s+(?:award|grant|give|provide|allocate|pay)\s*$"
    r"|(?:^|[:.]\s*)\W{0,3}to\s+(?:award|grant|allocate)\s*$",
    re.I,
)
_TO_NAMED_AFTER = re.compile(r"^\s*to\s+(?P<rest>(?:the\s+)?[A-Z](?:(?!\s+and\s+£|,\s*£)[^.;]){2,200})")
# 'to the Ward Budget', 'to the X Fund': money moved to a pot, not given to a recipient.
_POT_NAME = re.compile(r"\b(?:Fund|Budget|Pot|Scheme|Programme|Reserve|Account|Grants?)s?\s*$", re.I)
_FUNDING_OF_BEFORE = re.compile(r"\b(?:funding|grant\s+funding|a\s+grant|an\s+award)\s+of\s*$", re.I)
# A purpose ends where the next figure of a list starts: 'allocated £N to X, £M to Y and £K to Z'.
_PURPOSE_AFTER = re.compile(r"^\s*,?\s*(?:to|for|towards)\s+(?P<purpose>(?:(?!\s+and\s+£|,\s*£)[^.;]){3,200})")
# 'for upfront projects', 'to fund projects', 'to the partnership': where money goes, not one project.
_GENERIC_PURPOSE = re.compile(
    r"^(?:fund\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:projects|schemes|bids|pots?)\b|^(?:fund\s+)?(?:a\s+)?project\b"
    r"|^(?:the\s+)?partnership\b",
    re.I,
)
# 'to help fight crime', 'to help keep communities safer': a fund's community-safety aim, never one project's name.
_ONE_PROJECT = re.compile(r"^an?\s+project\b", re.I)
_OWN_KIND_END = re.compile(rf"\b{OWN_BODY_KIND}$")
_GENERIC_AIM = re.compile(
    r"^help\s+(?:to\s+)?(?:fight|tackle|reduce|prevent|cut|combat|beat)\s+(?:\w+\s+){0,2}?crime\b"
    r"|^help\s+(?:to\s+)?(?:keep|make)\s+(?:\w+\s+){0,3}?(?:communities|streets|people|residents|neighbourhoods|areas?)\s+safer?\b",
    re.I,
)
# 'in respect of the application submitted by X (Camp Project), a grant of £N be awarded': the applicant
# named before the figure, the award after it.
_APPLICATION_BY_BEFORE = re.compile(
    rf"\b(?:application|bid|request)\s+(?:(?:submitted|made|received)\s+)?(?:by|from)\s+(?:the\s+)?(?P<org>{ORG}(?:\s*\([^()]{{1,60}}\))?)"
    r"\s*,?\s+(?:an?\s+(?:[\w-]+\s+){0,2}?grant\s+of|the\s+sum\s+of)\s*$"
)
_BE_AWARDED_AFTER = re.compile(r"^\s*(?:be|is|was|has\s+been|were)\s+(?:awarded|approved|made|given|granted)\b")
# 'The club has applied for a grant of £N': the figure asked for, whoever asks (an award later in the sentence aside).
_APPLIED_FOR_FIGURE = re.compile(r"\bappl(?:ied|ies|y)\s+for\s+(?:(?:a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:grants?|funding|award|sum)?\s*(?:of\s*)?$", re.I)
# 'Marsh Lane Pavilion had applied for a grant of £N for new guttering': the applicant names the project.
_APPLIED_FOR_BEFORE = re.compile(rf"(?P<org>{ORG}{KIND_TAIL})\s+(?:has|have|had)\s+(?:also\s+)?applied\s+for\s+(?:a\s+)?grant\s+of\s*$")
# Counted or collective recipients ('12 projects across the county') make a total, not one project.
_COLLECTIVE = re.compile(
    r"^(?:the\s+)?(?:(?:more\s+than|over|almost|nearly|around|about|some|up\s+to|at\s+least)\s+)?"
    rf"(?:{SOME_COUNT}|a\s+(?:range|total)\s+of)\b"
    r"(?:\s+\w+){0,3}?\s+(?:projects?|schemes?|organisations?|groups?|clubs?|initiatives?|charities|causes|bids?|applications?)\b"
    r"|^(?:the|these|those)\s+(?:\w+\s+)?(?:partnerships|organisations|applicants|applications|projects|groups|councils|"
    r"bids|schemes|charities)\b"
    r"|^(?:local|community|voluntary|good|worthy|deserving)\s+(?:\w+\s+)?(?:causes|groups|organisations|charities|projects)\b"
    r"|^(?:organisations|groups|charities|projects|causes|clubs|schemes|initiatives)\b",
    re.I,
)
# Money given to a partnership or board with no purpose but a year is its grant, an allocation.
_BODY_RECIPIENT = re.compile(rf"\b{GRANT_HOLDER}$")
_YEAR_ONLY = re.compile(
    r"^(?:the\s+)?(?:(?:financial|fiscal)\s+year\s+)?(?:FY\s?)?(?:\d{2}|\d{4})\s*[-/–]\s*\d{2,4}(?:\s+(?:financial|fiscal)\s+year)?$"
    r"|^(?:this|the\s+current|the\s+coming|next)\s+(?:financial\s+)?year$",
    re.I,
)
# Money coming in ('To accept the grant of £N from the Commissioner') is the partnership's grant, no project.
_ACCEPT_BEFORE = re.compile(r"\baccept(?:ing|ance\s+of)?\s+(?:the\s+|a\s+)?(?:(?:grant|award|offer|funding)\s+of\s*)?$", re.I)
# 'we secured £N in round five of the X Fund for the Y project', 'approve the allocation of £N from
# the 2025-26 X Fund to Z for the Y pilot': the funding source comes before the purpose.
_SECURED_BEFORE = re.compile(r"\b(?:secured|won)\s*$", re.I)
_ALLOCATION_OF_BEFORE = re.compile(r"\b(?:approve|approved|approves|agreed)\s+(?:the\s+)?allocation\s+of\s*$|\bto\s+grant\s+an\s+award(?:\s+of)?\s*$", re.I)
# 'I approve the allocation of £N to Tarn Youth Trust from the Community Safety Fund': the recipient, then its fund.
_ALLOCATION_TO_AFTER = re.compile(r"^\s*to\s+(?P<rest>(?:the\s+)?[A-Z][^.;£]{2,200})")
_FROM_FUND_END = re.compile(r"\s+(?:from|through|under)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w’'-]+\s+){0,5}?(?:Fund|Grant|Budget|Scheme|Programme|Pot|Reserve)s?\b.*$", re.I)
_SOURCE_FIRST = re.compile(
    r"^\s*(?:of\s+(?:[\w-]+\s+)?funding\s+)?(?P<source>(?:in|from|through|under)\s+[^.;]{3,90}?\b(?:fund|grant|budget|round|programme|pot)\b(?:\s+\S+){0,2}?)\s+"
    r"(?:(?P<to>to)|for|towards)\s+(?P<rest>[^.;]{3,200})",
    re.I,
)

# 'has approved a decision to provide a grant of £N from the X Grant to support the Y Hub in Z', 'approved the use of £N
# from the X budget to support the Y project': a commissioner's decision names its recipient after 'to support the';
# a plan, a strategy or the force supported names none.
_SUPPORT_DECISION_BEFORE = re.compile(r"\bapprove[sd]?\b[^.;£]{0,60}?\b(?:use|grant|funding|sum|contribution)\s+of\s*$", re.I)
_SUPPORT_NAMED_AFTER = re.compile(
    r"^\s*(?:from\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:[\w’'&-]+\s+){0,6}?(?:Fund|Grant|[Bb]udget|Reserves?)\s+)?"
    r"to\s+support\s+(?:the\s+)?(?P<org>[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|of|and|&|for))*"
    r"(?:\s+(?:project|service|scheme|programme|initiative))?)(?=\s+in\s+[A-Z]|\s+as\s|\s*[.;,(]|\s*$)"
)
# ... nor does the force's own kit or estate ('to support the Mobile Data project', '... the Control Room move').
_SUPPORTED_NOT_RECIPIENT = re.compile(
    r"\b(?:Plan|Strategy|Priorit\w*|Commissioner|Constabulary|Police|Force|Office"
    r"|(?i:systems?|data|ICT|software|hardware|technology|equipment|fleet|vehicles?|video|radios?|control\s+room|custody"
    r"|estates?|headquarters|network))\b|\bIT\b"
)

# A purpose ends where a relative clause about the project's progress starts.
# A purpose also ends where the sentence turns to another award (', while X received ...', ', X got ...', ' and X
# received £N ...').
_PURPOSE_END = re.compile(
    r",\s*(?:which|who|where|as|following|subject\s+to|conditional|with\s+the\s+(?:following\s+)?condition|\w+ing\b"
    r"|and|while|whilst|but)\b|,\s+(?=[A-Z])"
    r"|\s+(?:which|that)\s+(?:took|has|have|was|were|will)\b|\s+(?:while|whilst)\s+(?=(?:the\s+)?[A-Za-z])"
    r"|\s+be\s+supported\b"
    r"|\s+(?=(?-i:[A-Z][a-z]{2,15})\s*:(?:\s|$))"  # 'X Parish Council Reason: for ...': a resolution run into its next label
    r"|\s+and\s+(?=(?:the\s+)?[A-Z][^.;£]{0,80}?\b(?:received|got|gets|was\s+(?:awarded|granted|given)|were\s+(?:awarded|granted|given))\s+£)"
)
# 'Crimestoppers will receive £N to run a campaign': a one-word body's own name (not a kind of body, a pronoun or a
# sentence adverb) still names the recipient of the purpose after the figure.
_ONE_WORD_BODY = re.compile(
    r"(?!(?:They|This|That|These|Those|Each|Every|Both|Also|Meanwhile|Elsewhere|Today|Previously|Council|Partnership|Police|"
    r"Force|Group|Club|Charity|Project|Scheme|Organisation|Organization|Applicant|School|Church|Commissioner|Mayor|Panel|"
    r"Board|Committee|Trust|Service)\b)[A-Z][a-z][\w'’-]{2,}"
)
# 'grants of £N to X and £M to Y', '£N to X, £M to Y': the next figure's recipient follows it, the verb left out.
_AND_ANOTHER_BEFORE = re.compile(rf"£[\d,.]+\s*[km]?\s+to\s+(?:the\s+)?{ORG}(?:\s+and|,)\s*$")


_RECOMMENDED_THAT = re.compile(r"\b(?:it\s+is\s+)?recommended\s+that\b", re.I)
_RECOMMENDATION_REACH = 2500


def decision_mentions(layout: FundingLayout, claimed: set[int], extractor: tuple[str, str]) -> list[ProjectMention]:
    found = []
    for amount in layout.amounts:
        if amount.start in claimed:
            continue
        block = layout.block_at(amount.start)
        if block is None or block.kind == "table_row":
            continue
        s_start, s_end = layout.sentence_at(amount.start)
        left = without_hedge(clean(layout.flat[s_start : amount.start]), amount.qualifier_text)
        right = clean(layout.flat[amount.end : s_end])
        sentence = clean(layout.flat[s_start:s_end])
        recipient = purpose = named_by = None
        unnamed, applied, recommended_above = (False, None), False, False
        if _ACCEPT_BEFORE.search(left):
            continue
        if (_WITH_BEFORE.search(left) and (m := _GOING_TO_AFTER.match(right))) or (m := _WENT_TO_AFTER.match(right)):
            recipient, purpose = split_recipient(re.sub(r"^the\s+", "", m.group("rest")))
            if not is_named(strip_name(recipient)):
                continue
        elif (m := _SOURCE_FIRST.match(right)) and (_SECURED_BEFORE.search(left) or _ALLOCATION_OF_BEFORE.search(left)):
            if outside_source(m.group("source")):
                continue
            recipient, purpose = split_recipient(m.group("rest")) if m.group("to") else (None, m.group("rest"))
            purpose = LEADING_VERB.sub("", purpose) if purpose else None
        elif _ALLOCATION_OF_BEFORE.search(left) and (m := _ALLOCATION_TO_AFTER.match(right)):
            source = _FROM_FUND_END.search(m.group("rest"))
            recipient, purpose = split_recipient(m.group("rest")[: source.start()] if source else m.group("rest"))
            if (source and outside_source(source.group(0))) or not is_named(strip_name(recipient)) or _POT_NAME.search(recipient):
                continue
        elif m := _MADE_TO_BEFORE.search(left) or _AGREEMENT_WITH_BEFORE.search(left):
            recipient = m.group("org")
        elif (m := _APPLICATION_BY_BEFORE.search(left)) and _BE_AWARDED_AFTER.match(right):
            recipient = m.group("org")
        elif (_SUPPORT_DECISION_BEFORE.search(left) and (m := _SUPPORT_NAMED_AFTER.match(right))
              and is_named(m.group("org")) and not _SUPPORTED_NOT_RECIPIENT.search(m.group("org"))):
            recipient = named_by = m.group("org")
        elif (m := _AWARD_BEFORE.search(left)) and (p := _PURPOSE_AFTER.match(right)):
            recipient, purpose = m.group("org"), LEADING_VERB.sub("", p.group("purpose"))
        elif (_VERB_BEFORE.search(left) or _AND_ANOTHER_BEFORE.search(left)) and (g := _TO_NAMED_AFTER.match(right)):
            recipient, purpose = split_recipient(g.group("rest"))
            if not is_named(recipient) or _POT_NAME.search(recipient):
                continue
        elif _GRANT_SUBJECT_BEFORE.search(left) and (g := _ENABLED_AFTER.match(right)):
            recipient = named_by = g.group("org")
            purpose = LEADING_VERB.sub("", g.group("purpose"))
            if not is_named(recipient):
                continue
        elif _A_BEFORE.search(left) and (g := _GRANT_TO_AFTER.match(right)):
            recipient, purpose = split_recipient(g.group("rest"))
        elif applicant := respected_applicant(clean(layout.flat[max(layout.start, s_start - 300) : amount.start]), right):
            recipient = named_by = applicant
            # one of a report's recommendations ('It is recommended that; In respect of ...'), however its sentence words it
            recommended_above = bool(_RECOMMENDED_THAT.search(layout.flat[max(layout.start, s_start - _RECOMMENDATION_REACH) : amount.start]))
        elif (
            _GRANT_OF_BEFORE.search(left) and (p := _PURPOSE_AFTER.match(_past_aside(right)))
            and not (org_awarded_before(left) and not is_named(split_recipient(p.group("purpose"))[0]))
        ):
            recipient, purpose = split_recipient(p.group("purpose"))
            if (applicant := _APPLIED_FOR_BEFORE.search(left)) and is_named(applicant.group("org")) and not re.match(r"[A-Z]", recipient):
                recipient = named_by = applicant.group("org")  # 'X had applied for a grant of £N for kitchen works'
                purpose, applied = LEADING_VERB.sub("", p.group("purpose")), True
        elif applicant := awarded_applicant(layout, left, s_start):
            recipient = named_by = applicant
        elif thanked := thanking_recipient(left, right):
            recipient = named_by = thanked
        elif used := grant_user(left, right):
            recipient = named_by = used[0]
            purpose = LEADING_VERB.sub("", used[1])
        elif (unnamed := unnamed_subject(layout, left, s_start, s_end))[0]:
            if unnamed[1] is None:
                continue  # 'It has been awarded £N to provide a Holiday Programme': no recipient named
            p = _PURPOSE_AFTER.match(after_source(right, layout.text[s_start : amount.start]))
            recipient = named_by = unnamed[1]
            purpose = LEADING_VERB.sub("", p.group("purpose")) if p else None
        elif (m := subject_before(left)) and ((p := _PURPOSE_AFTER.match(after := after_source(right, layout.text[s_start : amount.start])))
               or _NO_PURPOSE.match(after)):
            verb = m.groupdict()
            if verb.get("passive") or verb.get("got") or verb.get("bare") or "passive" not in verb:
                # A capital 'The' inside the run starts the name: the run began on the line before.
                org = re.split(r"(?<![–—])\s+(?=The\s)", m.group("org"))[-1].strip("’'")
                org = LEADING_DATE.sub("", re.sub(r"^That\s+", "", org))
                if left.startswith(org) and (head := broken_name_head(layout.text, s_start)):
                    org = f"{head} {org}"
                if verb.get("got") and re.search(r"\b(?:which|who)\s+(?:won|secured)\b", m.group(0)):
                    org = without_place(org)  # 'X in Place which won £N': the subject ran on to the place
                definite, named_before = back_reference(layout, org, s_start)
                if definite and named_before is None:
                    continue
                org = named_before or org
                chained = m.re is WITH_RECEIVING_BEFORE and "£" in m.group(0)  # a later member of a named chain
                named = is_named(org) or chained or bool(KIND_BEFORE_NAME.search(left[: m.start("org")]))
                if (((p is None or verb.get("bare")) and not named) or _COLLECTIVE_SUBJECT.match(org) or _GENERIC_BODY_SUBJECT.match(org)
                        or PLACE_BEFORE.search(left[: m.start("org")])  # 'projects based across Tarn Borough have been awarded
                        or _COUNCIL_ALLOCATED.search(left) or (p is not None and _AREA_SAFETY_PURPOSE.match(LEADING_VERB.sub("", p.group("purpose"))))
                        or re.search(r"\s(?:and|&|of|the|for)$", org)):  # 'The Brick and received': a broken name
                    continue
                purpose = LEADING_VERB.sub("", p.group("purpose")) if p else None
                if _PRINCIPAL_COUNCIL.search(org) and (purpose is None or _GENERIC_PURPOSE.match(purpose)):
                    continue
                if purpose and re.match(r"[A-Z]", _OWNER_PRONOUN.sub("", purpose)):
                    purpose = _OWNER_PRONOUN.sub("", purpose)
                recipient = org
                named_by = recipient
            elif p is None:
                continue
            else:
                recipient, purpose = split_recipient(p.group("purpose"))
        elif not left and (m := _HEADLINE_AWARDED_AFTER.match(right)):
            recipient, purpose = split_recipient(m.group("rest"))
            if not is_named(strip_name(recipient)):
                continue
        elif m := _AMOUNT_AWARDED_AFTER.match(right):
            recipient, purpose = split_recipient(m.group("rest"))
            if not re.match(r"(?:the\s+|a\s+|an\s+)?[A-Z0-9]", recipient):
                continue  # 'a grant of £N be awarded to be paid in two instalments': no recipient named
            towards = " towards " in m.group("rest") and is_named(recipient)
            if _FUNDING_OF_BEFORE.search(left) and re.match(r"^\s*\S+\s+(?:also\s+)?(?:been\s+)?\w+\s+for\b", right) and not towards:
                recipient, purpose = None, LEADING_VERB.sub("", m.group("rest"))
        else:
            continue
        remainder = ""
        if purpose and (cut := _PURPOSE_END.search(purpose)):
            purpose, remainder = purpose[: cut.start()], purpose[cut.start() :]
        if recipient and (cut := _PURPOSE_END.search(recipient)):
            recipient, remainder = recipient[: cut.start()], remainder or recipient[cut.start() :]
        if purpose and _YEAR_ONLY.match(clean(purpose).split(",")[0]):
            purpose = None
        if (recipient and _YEAR_ONLY.match(clean(recipient).split(",")[0])) or outside_grant(left) or UNSUCCESSFUL.search(sentence):
            continue
        if recipient and not purpose and _POT_NAME.search(clean(recipient)):
            continue  # '£N has been allocated to the Community Safety Fund for 2024/25': money for a fund
        if named_by and purpose and is_named(named_by) and _GENERIC_PURPOSE.match(purpose):
            purpose = None  # 'X has received £N to help fund a project which ...': the named body is the project
        elif (recipient and purpose and _ONE_PROJECT.match(purpose) and is_named(strip_name(recipient))
              and not _OWN_KIND_END.search(strip_name(recipient))):
            purpose = None  # '£N was awarded to X for a project to ...': the named recipient's one project (no council's)
        if any(
            pattern.match(text or "") for pattern in (_GENERIC_PURPOSE, _COLLECTIVE, _GENERIC_AIM, PLACES_BODIES) for text in (purpose, recipient)
        ) or (purpose is None and recipient and _BODY_RECIPIENT.search(clean(recipient))):
            continue
        name = heading_name(layout, block, amount.start, recipient) or strip_name(purpose or recipient or "")
        bare = re.sub(r"^the\s+", "", strip_name(recipient or ""))  # 'to the Tarn Carers Trust to buy ...'
        if not named_by and recipient and purpose and name == strip_name(purpose) and is_named(bare):
            # 'a grant of £N to Tarn Carers towards a new kitchen': the named recipient, then what it is for
            both = f"{bare} – {strip_name(purpose)}"
            name = both if len(both.split()) <= MAX_NAME_WORDS else bare
        if named_by and purpose and (is_named(named_by) or _ONE_WORD_BODY.fullmatch(strip_name(named_by))):
            body = full_name(layout, strip_name(named_by), amount.start)
            name = f"{body} – {strip_name(purpose)}"
            # A purpose running on for a whole sentence: the body as printed names the project.
            name = body if len(name.split()) > MAX_NAME_WORDS else name
        if not name or len(name.split()) > MAX_NAME_WORDS or not re.search(r"[A-Za-z]{3}", name):
            continue  # a bare year or number ('allocated to the X Fund for 2021') names nothing
        name = name[0].upper() + name[1:]
        status, evidence = "approved", "award decision"
        if re.search(r"\brecommend|\bbe\s+(?:supported|endorsed)\s*(?:[.;]|$)", sentence, re.I):  # 'That a grant of £N to X be supported'
            status, evidence = "recommended", "recommend"
        elif awaiting := awaiting_approval(sentence):
            status, evidence = "recommended", awaiting.group(0)
        elif recommended_above:
            status, evidence = "recommended", "recommended that"
        elif (re.search(r"\b(?:propos|appl(?:y|ies|ication)|bid)", sentence, re.I) or applied or _APPLIED_FOR_FIGURE.search(left)) and not APPROVED.search(sentence):
            status, evidence = "proposed", "proposal"
        elif remainder and (progress := status_of_description(remainder, False))[0]:
            status, evidence = progress
        claimed.add(amount.start)
        found.append(
            build_mention(
                layout, extractor, name=name, amount=amount, start=s_start, end=s_end, status=status, evidence=evidence,
                layout_kind="decision", block=block, recipient=strip_name(recipient) if recipient else None,
                own_year_only=unnamed[0],
            )
        )
    return found
