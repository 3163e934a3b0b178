"""How a decision names its recipient (for ``project_decisions``): the recipient split from a possessive or a source, the
dates, sources and hedges cut from the words around a figure, and whether a recipient is a body's own name. Versioned by
``extractors.grants.projects.VERSION``.
"""

from __future__ import annotations

import re

from extractors.grants.allocation_cues import outside_grant
from extractors.readers.blocks import clean
from extractors.readers.fiscal_year import YEAR_DIGITS, YEAR_PAIR
from extractors.grants.decision_layout import GRANT_WORDS
from extractors.grants.project_mention import valid_name

LEADING_VERB = re.compile(
    r"^(?:to\s+)?(?:deliver|fund|support|provide|run|develop|purchase|install|deliver\s+the|help\s+fund)\s+", re.I
)

# 'the charity Victims First': the kind of body printed before its name.
_BODY_KIND = re.compile(r"^(?:the\s+)?(?:charity|organisation|organization|group|company|trust|club)\s+(?=[A-Z])", re.I)

# 'the Museum’s harvest fair' (no purpose after it): the named owner is the recipient
# and names the project; 'Westshire Women's Aid to extend ...' is a name with an apostrophe.
_POSSESSIVE = re.compile(r"^(?:the\s+)?(?P<org>[A-Z][^’'.,;]{1,60}?)[’']s\s+(?P<rest>[^.;]{3,200})$")

# 'X from the Community Safety Fund 2023/24': the source the money comes from, no part of the name.
_FROM_SOURCE = re.compile(r"\s+from\s+(?:the\s+|its\s+|their\s+)?(?=[^.;]{0,60}\b(?:[Ff]und|[Bb]udget|[Pp]ot|[Rr]eserves?|[Gg]rants?|[Ss]cheme)\b)")

# 'awarded to Eastby Scouts subject to the Officer's approval of their accounts': a condition on the award, printed
# with no comma before it, is no part of the name (the ' to ' in it read as the recipient's purpose).
_CONDITION = re.compile(r"\s+(?:subject\s+to|conditional\s+(?:up)?on|provided\s+that)\s", re.I)

# 'based across Tarn Borough', 'groups in Eastby': a Title-Case run after one of these is a place, not the subject.
PLACE_BEFORE = re.compile(r"\b(?:across|throughout|within|around|in)[ \t]+(?:the[ \t]+)?$", re.I)


def split_recipient(rest: str) -> tuple[str, str | None]:
    """'Safer Streets CIC for a CCTV upgrade' -> ('Safer Streets CIC', 'a CCTV upgrade');
    'the Hill Centre’s summer fair' -> ('Hill Centre', None).

    A name closed by a comma ('Victims First, completely revitalising ...') is the recipient
    alone: what follows the comma describes it.
    """
    rest = _BODY_KIND.sub("", rest)
    rest = _FROM_SOURCE.split(rest, maxsplit=1)[0]
    rest = _CONDITION.split(rest, maxsplit=1)[0]
    head = rest.split(",", 1)[0].strip()
    if "," in rest and re.fullmatch(ORG, head) and not re.search(r"\s(?:to|for|towards)\s", head):
        return head, None
    parts = re.split(r"\s+(?:to|for|towards)\s+", rest, maxsplit=1)
    owner = _POSSESSIVE.match(rest) if len(parts) == 1 else None
    if owner and re.fullmatch(ORG, owner.group("org")) and is_named(owner.group("org")):
        return owner.group("org"), None
    recipient = parts[0].strip(" ,")
    purpose = LEADING_VERB.sub("", parts[1]).strip(" ,") if len(parts) > 1 else None
    return recipient, purpose


# An organisation as printed: capitalised words joined by the few lower-case words names use.
ORG = r"(?:[A-Z][\w&'’./-]*)(?:\s+(?:[A-Z][\w&'’./-]*|\d[\d.]*s?\b|[–—]|of|and|&|the|for|in|on|at|upon|under))*"

# The organisation pattern, shared with ``project_awards``.
ORG_PATTERN = ORG

# A news item's date line run into its first sentence ('12 March 2025 Tarn Club has received £N'): no part of the name.
_MONTH_DATE = (
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}"
)

LEADING_DATE = re.compile(rf"^{_MONTH_DATE}\s+(?=[A-Z])")

_DATE_LINE = re.compile(rf"^(?:[A-Z][a-z]+day,?\s+)?{_MONTH_DATE}[ \t]*\n")

_ON_DATE_AFTER = re.compile(rf"^\s*on\s+(?:{_MONTH_DATE}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})(?=\s+(?:to|for|towards)\s)")

# 'X has been awarded £N from the Commissioner's Community Fund to run ...': the grant scheme the
# money comes from, printed between the figure and the purpose (or the sentence end), is no purpose.
_FUND_SOURCE_AFTER = re.compile(
    rf"^\s*from\s+(?:the\s+|their\s+|its\s+)?(?:[\w’'-]+\s+){{0,5}}?(?:Fund|Grants?|Scheme|Programme)\b(?:\s+{YEAR_PAIR})?(?=\s*(?:[.!,;]|$|\s+(?:to|for|towards)\s))"
)

# A council's capital or revenue budget, or a budget named for no grant, is the council's own money.
_OWN_BUDGET = re.compile(r"\b(?:capital|revenue)\b|\bbudget\b", re.I)


def outside_source(source: str) -> bool:
    """The funding source of a 'secured/allocation of £N from X for Y' is not the partnership's grant."""
    return outside_grant(source) or bool(_OWN_BUDGET.search(source) and not GRANT_WORDS.search(source))


MAX_NAME_WORDS = 25

# 'X was awarded £N last year to ...': when the money was given, printed between the figure and its purpose.
_WHEN_AFTER = re.compile(
    rf"^\s*(?:(?:last|this|next)\s+(?:year|month|spring|summer|autumn|winter)|in\s+{YEAR_DIGITS})(?=\s+(?:to|for|towards)\s)", re.I
)


def after_source(right: str, before: str) -> str:
    """The words after a figure without when it was given ('last year', 'on 3 May 2022') and without the grant scheme
    named as its source ('from the X Fund') when the sentence up to the figure is on one line (a headline run into the
    body names no body)."""
    right = right[when.end() :] if (when := _WHEN_AFTER.match(right)) else right
    source = _FUND_SOURCE_AFTER.match(right)
    one_line = "\n" not in _DATE_LINE.sub("", before.strip(), count=1)
    right = right[source.end() :] if source and one_line and not outside_grant(source.group(0)) else right
    return right[dated.end() :] if (dated := _ON_DATE_AFTER.match(right)) else right


def is_named(recipient: str) -> bool:
    """'Warminster Street Pastors', 'SEQOL': a body's own name, not 'The organisation' or 'The Club'."""
    words = [w for w in clean(recipient).split() if w.lower() not in ("the", "of", "and", "&", "for", "in", "on", "at")]
    return len(words) >= 1 and valid_name(recipient) and (len(words) >= 2 or words[0].isupper())


def without_hedge(left: str, hedge: str | None) -> str:
    """The words before a figure without its hedge ('was awarded just over' -> 'was awarded')."""
    if not hedge:
        return left
    return re.sub(r"\s*" + r"\s+".join(map(re.escape, hedge.split())) + r"\s*$", "", left, flags=re.I)
