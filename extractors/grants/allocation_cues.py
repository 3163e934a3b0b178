"""Cue words of the allocation rules: the phrases that mark a figure's kind, and money outside the grant.

Cue phrases are matched by a spaCy PhraseMatcher (``labels``); ``outside_grant`` reads a clause that
places its money outside the partnership's grant; ``requested`` reads money applicants asked for.
Readers of two entries (``allocations`` and ``projects``: project_clauses, project_decisions, project_awards) share
these words, so the module has its own ``VERSION``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from extractors.grants.decision_layout import GRANT_WORDS
from extractors.readers.nlp import nlp

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher

VERSION = "4"

# A figure this large is a national programme's, never one local body's fund, awards, balance or grant to a project.
NATIONAL_SCALE = 100_000_000

CUES: dict[str, tuple[str, ...]] = {
    "EXCLUDE": (
        "saving", "savings", "reserve", "reserves", "buffer", "precept", "council tax", "threshold", "budget i hold",
        "police budget", "policing budget", "financial benefits", "salary", "fine", "fines", "compensation",
        "per hour", "per head", "per person", "income", "cost of one review", "revenue budget", "net budget",
        "budget requirement", "police grant", "core grant", "band d", "pay award", "capital programme",
        "balance of funding being", "balance of the funding being", "match funded", "match-funded",
        "credit balance", "bank balance", "cash balance", "current account", "bank account", "cash at bank",
        "cashbook", "cash book", "bank statement", "bank statements", "bank reconciliation",
    ),
    "UPFRONT": ("upfront", "up-front", "up front", "initial business case", "initial business cases"),
    "TACTICAL": ("tactical pot", "tactical", "in-year pot", "in year pot"),
    "MOVE": ("added to", "moved to", "transferred to", "carried into", "rolled into", "moved into", "added into",
             "transferred into", "carried forward to"),
    "BALANCE": ("leaving", "left", "unallocated", "balance", "still available",
                "yet to be allocated", "remaining balance", "left over"),
    "UNDERSPEND": ("underspend", "under-spend", "underspent", "unspent", "not spent", "returned to the office",
                   "returned to the opcc", "returned to the pcc", "clawed back", "handed back", "unclaimed", "not claimed",
                   "returned to the fund"),
    "PLACEMENT": ("hold", "held", "keep", "keeps", "retain", "retains", "retained", "placed in", "placed into",
                  "allocated to", "allocated for", "held in", "being held", "set aside",
                  "ring-fenced", "ringfenced", "available for", "reserved for", "earmarked", "kept in", "pot of",
                  "allocated"),
    "APPROVAL": ("approved", "approving", "approval", "utilised", "spent", "committed", "awarded", "agreed"),
    "TOTAL": ("totalling", "totaling", "in total", "a total of", "total of", "total sum of", "altogether", "across",
              "total amount"),
    "GRANT": ("grant", "grants budget", "funding allocation", "allocated funding", "grant allocation", "allocation to",
              "allocation for", "allocation from", "fund allocation", "funding to the", "community safety fund",
              "crime reduction grant", "partnership fund", "csp fund"),
}
# Another funder by name: a government department (GOVERNMENT_FUNDER) or the lottery (match case-insensitively).
GOVERNMENT_FUNDER = (
    r"home\s+office|welsh\s+government|scottish\s+government|ministry\s+of\s+\w+|department\s+(?:for|of)\s+\w+|"
    r"(?:dluhc|mhclg|moj|dfe|dhsc|dwp|dcms|defra)\b"
)
FUNDER_BODY = rf"{GOVERNMENT_FUNDER}|lottery"
# Money that is not the partnership's grant: another funder's grant, a council's own budget or
# capital, money held for other bodies, a bid that failed. Read in the amount's own clause.
OUTSIDE = re.compile(
    rf"\b(?:{FUNDER_BODY}|"
    r"council'?s?'?\s+own|own\s+(?:budget|resources|funds)|"
    r"funded\s+separately|separately\s+funded|(?:funded|paid|met)\s+(?:separately\s+)?(?:by|from)\s+the\s+(?:\w+\s+)?council|"
    r"not\s+(?:met|funded|paid)\s+(?:from|by|out\s+of)\s+the\s+(?:\w+\s+)?(?:grant|fund)|not\s+part\s+of\s+(?:the|this)\b|"
    r"reported\s+separately|(?:approved|agreed)\s+by\s+(?:the\s+)?(?:cabinet|council|executive)|"
    r"(?:cabinet|executive)\s+(?:has\s+|had\s+)?(?:approved|agreed)|"
    r"held\s+by\s+the\s+(?:\w+\s+)?council|"
    r"unsuccessful|(?:was|were|had|has|have)\s+not\s+(?:been\s+)?successful)",
    re.I,
)
# 'applications amounting to a total of £N were submitted', 'Five applications, totalling £N had been received': money
# asked for, not given; 'the report
# sought approval of N grants, totalling £N': a debate narrating what was asked, not the resolution;
# 'Tarn Museum requesting £N', 'a request for £N', 'fund the full amount requested of £N', 'Tarn Club - £N
# requested', 'Amount of grant requested - £N': one applicant's ask.
REQUESTED = re.compile(
    r"\b(?:applications?|bids?|requests?),?\s+(?:\w+\s+){0,3}?(?:amounting|totall?ing|worth|asking|requesting)\b"
    r"|\b(?:sought|seeks|seeking|sought\s+the\s+committee'?s)\s+(?:the\s+)?approval\s+(?:of|for)\b"
    r"|^\W{0,3}(?:\w+\s+)?(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:submitted|requested|applied\s+for|bid\s+for)\b"
    r"|^\W{0,3}(?:requested|applied\s+for|sought)\b"
    r"|\b(?:requesting|requests|request\s+(?:for|of)|applied\s+for|applying\s+for|asking\s+for)\s*$"
    r"|\b(?:amount|sum)\s+(?:of\s+(?:the\s+)?(?:grant|funding|award)\s+)?(?:requested|applied\s+for|sought)(?:\s+(?:of|is|was))?\W*$"
    # 'received from Elmby Parish Council, seeking a grant of £N', 'its bid for £N' (never 'bid for a share of £N': the pot;
    # never 'a successful bid for £N': money won)
    r"|\b(?:seeking|seeks|sought|(?<!successful\s)(?<!winning\s)bid(?:ding)?\s+for|(?<!successful\s)bids\s+for)(?:\s+(?:an?|the)\s+(?:grant|contribution|award|sum|total)\s+of)?\s*$",
    re.I,
)
# The words of a payments schedule (payees, salaries, bills, the accounts to be paid): a lead or a sentence holding
# them lists the body's own payments, never grants (``project_list_leads``, ``project_segments``).
PAYMENT_WORDS = (
    r"\b(?:payments?|expenses|expenditure|invoices?|accounts?|cheques?|bills|payees?|salar(?:y|ies)|schedule)\b"
)
# Words anywhere in a clause that make it an ask or a hope rather than money given: 'X applied for a grant of £N', 'the
# club hopes to raise £N', 'a bid of £N'. Read by the award-clause readers with ``requested`` (the same asks anchored on
# the figure). 'may' only in lower case: 'In May 2025 the club was awarded £N' names the month.
ASKING = re.compile(
    r"\b(?:request(?:ed|s|ing)?|appl(?:y|ied|ying|ication)|bid(?:s|ding)?|seek(?:s|ing)?|sought|hop(?:e|es|ing)|"
    r"would\s+like|could|might|(?-i:may)|if|unless)\b",
    re.I,
)
# 'financial regs limits for £100 grant', '(£0 - £2,000) to be awarded for each', 'a maximum of £N per
# application', 'applications for £1,500 or less': a limit or threshold on single grants, never money allocated;
# nor is a price ('£333 plus VAT') or a rate ('paid at an hourly rate of £7').
LIMIT_BEFORE = re.compile(r"\b(?:limits?|maximum|minimum|ceiling|cap)\b(?:\s+\w+){0,3}\s*$|\brate\s+(?:of|is|was)\s*$", re.I)
LIMIT_AFTER = re.compile(
    r"^\W{0,3}(?:\w+\s+){0,6}?(?:for\s+each|to\s+each\b(?!\s+(?:of\s+the\s+)?(?:\w+\s+)?years?\b)|per\s+(?:application|applicant|grant|award|project|organisation|group|bid))\b"
    r"|^\W{0,3}(?:limit|maximum|minimum|cap)\b"
    r"|^\s*(?:or|and)\s+(?:less|under|below|more|over|above)\b"  # 'applications for £1,500 or less'
    r"|^\s*(?:plus|\+|excluding|exc\.?|excl\.?|inc\.?|incl\.?|including)\s*VAT\b",  # 'a laptop for £333 plus VAT': a price
    re.I,
)


def is_limit(left: str, right: str) -> bool:
    """True when the clause makes its figure a limit on single grants or a rate (see ``LIMIT_BEFORE``)."""
    return bool(LIMIT_BEFORE.search(left) or LIMIT_AFTER.match(right))


@lru_cache(maxsize=1)
def _matcher() -> PhraseMatcher:
    from spacy.matcher import PhraseMatcher

    matcher = PhraseMatcher(nlp().vocab, attr="LOWER")
    for label, phrases in CUES.items():
        matcher.add(label, [nlp().make_doc(p) for p in phrases])
    return matcher


# 'the sale of unclaimed found property': where a fund's money comes from (police property funds), no money unclaimed.
_UNCLAIMED_GOODS = frozenset(("property", "found", "lost", "goods", "items"))


def labels(text: str) -> set[str]:
    """The cue labels of ``text``; a cue that is only the tail of a hyphened word ('life-saving') is none, nor
    'unclaimed' before the goods it qualifies ('unclaimed found property')."""
    doc = nlp().make_doc(text)
    return {
        nlp().vocab.strings[match_id]
        for match_id, start, end in _matcher()(doc)
        if not (start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_)
        and not (doc[start].lower_ == "unclaimed" and end < len(doc) and doc[end].lower_ in _UNCLAIMED_GOODS)
    }


def outside_grant(clause: str) -> bool:
    """True when a clause places its money outside the partnership's grant (see the module docstring)."""
    return bool(OUTSIDE.search(clause))


def requested(left: str, right: str) -> bool:
    """True when the clause is money applicants asked for ('bids amounting to £N', '£N was requested')."""
    return bool(REQUESTED.search(left) or REQUESTED.match(right))


def grant_words(text: str) -> bool:
    """The words name a grant, a community-safety or grants fund, or the groups money goes to."""
    return bool(GRANT_WORDS.search(text)) or "GRANT" in labels(text)
