"""Grant allocations: the year's grant, its pots, approvals, balances and underspends.

Each £ amount not already read as a project amount is classified from its *clause*:
the words of its sentence (spaCy sentencizer) between the neighbouring amounts, cut
at clause breaks (', with', 'leaving', ';'), so that in '£26,500 is allocated for
upfront projects with the remaining £13,100 being held in a tactical pot' each
figure gets its own words. Cue words are found by a spaCy PhraseMatcher; the few
cues whose position matters ('£N remaining', 'allocated £N') by regex. An amount
whose sentence talks about savings, reserves, a police budget, precept or threshold is
never an allocation, and neither is one without a cue. Nor is money outside the
partnership's grant (``outside_grant``): a grant from another funder (Home Office, Welsh
Government...), money a council or its cabinet funds or holds, lottery money, a failed bid. The
'Total' row of a table that its lead-in approves is the approved total. A PCC grant page's
'is providing ... £N for the financial year X' is the year's fund; 'a total of £N was
distributed to successful applicants' is what the round gave out (approved total); money
applicants asked for ('applications amounting to £N were submitted') is no allocation, nor is
a figure being replaced ('from £N to £M') or moved between budgets. A figure whose year is
printed nowhere is kept only when its own words fix its kind (``stated_totals``: 'the Fund of £N',
'a total of £N was awarded'), and takes that kind (``kind_stated``).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from extractors import fiscal_year, money, stated_totals
from extractors.decision_layout import GRANT_WORDS
from extractors.funding_layout import FundingLayout, clean
from extractors.nlp import nlp
from schemas.facts import AllocationKind
from schemas.funding import AllocationRecord, MoneyAmount

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher

VERSION = "7"
NAME = "allocations"

CUES: dict[str, tuple[str, ...]] = {
    "EXCLUDE": (
        "saving", "savings", "reserve", "reserves", "buffer", "precept", "council tax", "threshold", "budget i hold",
        "police budget", "policing budget", "financial benefits", "salary", "fine", "fines", "compensation",
        "per hour", "per head", "per person", "income", "cost of one review", "revenue budget", "net budget",
        "budget requirement", "police grant", "core grant", "band d", "pay award", "capital programme",
    ),
    "UPFRONT": ("upfront", "up-front", "up front", "initial business case", "initial business cases"),
    "TACTICAL": ("tactical pot", "tactical", "in-year pot", "in year pot"),
    "MOVE": ("added to", "moved to", "transferred to", "carried into", "rolled into", "moved into", "added into",
             "transferred into", "carried forward to"),
    "BALANCE": ("leaving", "left", "unallocated", "balance", "still available",
                "yet to be allocated", "remaining balance", "left over"),
    "UNDERSPEND": ("underspend", "under-spend", "underspent", "unspent", "not spent", "returned to the office",
                   "returned to the opcc", "returned to the pcc", "clawed back", "handed back"),
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
# Money that is not the partnership's grant: another funder's grant, a council's own budget or
# capital, money held for other bodies, a bid that failed. Read in the amount's own clause.
_OUTSIDE = re.compile(
    r"\b(?:home\s+office|welsh\s+government|scottish\s+government|ministry\s+of\s+\w+|department\s+(?:for|of)\s+\w+|"
    r"(?:dluhc|mhclg|moj|dfe|dhsc|dwp|dcms|defra)\b|lottery|council'?s?'?\s+own|own\s+(?:budget|resources|funds)|"
    r"funded\s+separately|separately\s+funded|(?:funded|paid|met)\s+(?:separately\s+)?(?:by|from)\s+the\s+(?:\w+\s+)?council|"
    r"not\s+(?:met|funded|paid)\s+(?:from|by|out\s+of)\s+the\s+(?:\w+\s+)?(?:grant|fund)|not\s+part\s+of\s+(?:the|this)\b|"
    r"reported\s+separately|(?:approved|agreed)\s+by\s+(?:the\s+)?(?:cabinet|council|executive)|"
    r"(?:cabinet|executive)\s+(?:has\s+|had\s+)?(?:approved|agreed)|"
    r"held\s+by\s+the\s+(?:\w+\s+)?council|"
    r"unsuccessful|(?:was|were|had|has|have)\s+not\s+(?:been\s+)?successful)",
    re.I,
)
_AMOUNT_THEN_BALANCE = re.compile(r"^\W{0,3}(?:remaining|remains|left|unallocated|still\s+available)\b", re.I)
_ALLOCATED_THEN_AMOUNT = re.compile(
    r"\b(?P<verb>allocated|awarded|provided|received|granted|given|allocation\s+of|grant\s+of)"
    r"(?:\s+the\s+(?:[\w-]+\s+){0,3}?(?:partnership|csp|board))?\s*\W{0,2}$",
    re.I,
)
# 'leaving £N in the upfront pot' after the other pot is set: the remainder is that pot, not a balance.
_LEFT_IN_POT = re.compile(r"^\W{0,3}(?:in|for|to)\s+(?:the\s+|an?\s+)?(?P<pot>up-?front|tactical)\s+(?:pot|fund)\b", re.I)
# '20% (£6,200) in the tactical pot': the amount's own words put it in a pot.
_IN_POT_AFTER = re.compile(
    r"^\W{0,3}(?:(?:is|was|are|were|will\s+be)\s+)?(?:(?:held|placed|kept|put)\s+)?in\s+(?:the|a|an)\s+"
    r"(?P<pot>up-?front|tactical)\s+(?:pot|fund)\b",
    re.I,
)
# '£N had been allocated to the projects agreed in May': money committed to projects, not a pot.
_ALLOCATED_TO_PROJECTS = re.compile(
    r"^\W{0,3}(?:has|have|had)\s+been\s+(?:allocated|committed|awarded)\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?projects\b",
    re.I,
)
# '£N is allocated to upfront projects agreed in May': the verb after the amount places it in a pot,
# whatever approval the rest of the clause mentions.
_PLACED_AFTER = re.compile(
    r"^\W{0,3}(?:is|was|are|were|has\s+been|have\s+been|will\s+be)\s+(?:being\s+)?(?:allocated|placed|held|set\s+aside|"
    r"ring-?fenced|reserved|earmarked|kept)\b",
    re.I,
)
# Money given out of the year's grant: 'of which £N has been given to the five councils'.
_OF_WHICH_GIVEN = re.compile(r"\bof\s+which\s*$", re.I)
_GIVEN_AFTER = re.compile(r"^\W{0,3}(?:(?:has|have|had)\s+been|was|were)\s+(?:given|awarded|granted|distributed)\s+(?:(?:in|as)\s+(?:grants?|awards?|funding)\s+)?to\b", re.I)
# 'The remaining £N', 'a further £N is available': the unallocated balance.
_REMAINING_BEFORE = re.compile(r"\bthe\s+remaining\s*$", re.I)
_FURTHER_AVAILABLE = re.compile(r"\ba\s+further\s*$", re.I)
_AVAILABLE_AFTER = re.compile(r"^\W{0,3}(?:is|are|remains?)\s+(?:still\s+)?available\b", re.I)
# The year's fund: '£N to share between local groups', 'a total of £400k shared between charities',
# '£N set aside for the fund', '£N for small grants'.
_TO_SHARE_AFTER = re.compile(r"^\W{0,3}(?:to\s+(?:share|distribute|award|give\s+out)|(?:shared|split|divided)\s+between)\b", re.I)
# 'approve the allocation of £N from the 2024-5 <Fund> to the three organisations': the total of a
# decision's list, approved only when the decision is signed.
# 'set aside £N for the fund' under a heading naming a grant fund: that fund.
_THE_FUND = re.compile(r"\bthe\s+fund\b", re.I)
_ALLOCATION_OF = re.compile(r"\b(?:approve|approved|approves)\s+(?:the\s+)?(?:allocation|award)\s+of\s*$|\bgrants\s+totall?ing\s*$", re.I)
_FROM_FUND_AFTER = re.compile(r"^\W{0,3}from\s+the\s+", re.I)
# '£N per annum over 3 years', '(total of £N for the 3 years)': money over several years is no year's figure.
_SEVERAL_YEARS = re.compile(
    r"^\W{0,3}(?:per\s+annum\s+|a\s+year\s+|each\s+year\s+)?(?:over|for|across)\s+(?:the\s+)?(?:\d|two|three|four|five)\w*\s+years\b", re.I
)
# 'approved £N from the X Fund for the four projects outlined in Appendix A': the total of a list.
_FOR_LISTED_PROJECTS = re.compile(
    r"\bfor\s+(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:\w+\s+)?(?:projects|schemes|applications|bids)\b",
    re.I,
)
# '25 groups received £90,000', '12 projects have been awarded £N': a round's payout to counted recipients.
_COUNTED_RECIPIENTS = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:\w+\s+)?(?:groups|projects|organisations|charities|applicants)"
    r"\s+(?:have\s+|had\s+)?(?:been\s+)?(?:received|awarded|granted|given)(?:\s+a\s+total\s+of)?\s*$",
    re.I,
)
# 'A total sum of £N was distributed to successful applicants': what a round gave out.
_DISTRIBUTED_AFTER = re.compile(
    r"^\W{0,3}(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:distributed|shared\s+out|paid\s+out|handed\s+out)\b"
    r"(?P<recipients>\s+(?:to|among|amongst|between)\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:applicants|groups|projects|organisations|organizations|charities|recipients))?",
    re.I,
)
# 'the PCC is providing through a bidding process, £N for the financial year 2014/15': the year's fund.
_PROVIDING_BEFORE = re.compile(
    r"\b(?:(?:is|are|will\s+be)\s+(?:providing|making\s+available|offering)|(?:has|have)\s+(?:provided|made\s+available))"
    r"\b[^.£]{0,60}$",
    re.I,
)
_FOR_YEAR_AFTER = re.compile(r"^\W{0,3}(?:for|in)\s+(?:the\s+)?(?:(?:financial|fiscal)\s+year\b|(?:19|20)\d{2}\b)", re.I)
# 'applications amounting to a total of £N were submitted': money asked for, not given.
_REQUESTED = re.compile(
    r"\b(?:applications?|bids?|requests?)\s+(?:\w+\s+){0,3}?(?:amounting|totall?ing|worth|asking|requesting)\b"
    r"|^\W{0,3}(?:\w+\s+)?(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:submitted|requested|applied\s+for|bid\s+for)\b",
    re.I,
)
# 'another organisation has also received £N to deliver ...': one unnamed recipient's award, no total.
_ONE_RECIPIENT_BEFORE = re.compile(
    r"\b(?:another|an?|one)\s+(?:\w+\s+)?(?:organisation|organization|group|charity|club|applicant|scheme)\b[^.£]{0,40}$",
    re.I,
)
# 'increased its annual budget for the X Fund to £N': the fund's new size.
_FUND_RAISED_TO = re.compile(r"\b(?:increased|raised|doubled|topped\s+up)\b[^.]{0,80}\bfund\b[^.]{0,20}\bto\s*$", re.I)
_TOTAL_ROW = re.compile(r"^\W*(?:grand\s+|overall\s+)?total\b", re.I)
_CLAUSE_BREAK = re.compile(r",\s*with\b|\bwith\s+the\b|\bleaving\b|;|\band\b|\bwhile\b|,\s*which\b")


@lru_cache(maxsize=1)
def _matcher() -> PhraseMatcher:
    from spacy.matcher import PhraseMatcher

    matcher = PhraseMatcher(nlp().vocab, attr="LOWER")
    for label, phrases in CUES.items():
        matcher.add(label, [nlp().make_doc(p) for p in phrases])
    return matcher


def _labels(text: str) -> set[str]:
    doc = nlp().make_doc(text)
    return {nlp().vocab.strings[match_id] for match_id, _, _ in _matcher()(doc)}


def clause_of(layout: FundingLayout, amount: MoneyAmount, sentence: tuple[int, int]) -> tuple[str, str]:
    """(words before, words after) the amount that belong to its own clause."""
    inside = layout.amounts_in(*sentence)
    index = next(i for i, a in enumerate(inside) if a.start == amount.start)
    left_bound = inside[index - 1].end if index > 0 else sentence[0]
    right_bound = inside[index + 1].start if index + 1 < len(inside) else sentence[1]
    qualifier_len = len(amount.qualifier_text or "")
    left = layout.flat[left_bound : amount.start - qualifier_len]
    right = layout.flat[amount.end : right_bound]
    if index > 0:
        breaks = list(_CLAUSE_BREAK.finditer(left))
        if breaks:
            left = left[breaks[-1].start() :]
    if index + 1 < len(inside):
        first_break = _CLAUSE_BREAK.search(right)
        if first_break:
            right = right[: first_break.start()]
    else:
        first_break = _CLAUSE_BREAK.search(right)
        if first_break and first_break.group(0).strip().startswith("leaving"):
            right = right[: first_break.start()]
    return clean(left), clean(right)


def outside_grant(clause: str) -> bool:
    """True when a clause places its money outside the partnership's grant (see the module docstring)."""
    return bool(_OUTSIDE.search(clause))


def _requested(left: str, right: str) -> bool:
    """True when the clause is money applicants asked for ('bids amounting to £N', '£N was requested')."""
    return bool(_REQUESTED.search(left) or _REQUESTED.match(right))


def _pot_kind(pot: str) -> AllocationKind:
    return "tactical_pot" if pot.lower() == "tactical" else "upfront_pot"


def _grant_words(text: str) -> bool:
    """The words name a grant, a community-safety or grants fund, or the groups money goes to."""
    return bool(GRANT_WORDS.search(text)) or "GRANT" in _labels(text)


def _grant_context(layout: FundingLayout, block, given: list[int]) -> bool:
    """The block or its section heading names a grant, or the block follows money given to projects
    in its section (a list of awards)."""
    if _grant_words(layout.block_text(block)):
        return True
    if block.section >= 0 and _grant_words(layout.block_text(layout.blocks[block.section])):
        return True
    section_start = layout.section_start(block)
    return bisect.bisect_left(given, block.start) > bisect.bisect_left(given, section_start)


def classify(
    left: str, right: str, sentence: str, decision: str | None = None, grant_context: bool = True
) -> AllocationKind | None:
    """The allocation kind of an amount from its clause, or None when it is not one.

    ``decision`` is the status of the decision printed near it ('approved' for a signed decision
    record); ``grant_context`` whether its paragraph names a grant (a balance needs one). Totals,
    the year's fund and balances read from general words ('in total', 'set aside', 'the
    remaining', 'received £N') need grant vocabulary in the clause ('the pension fund' is no grant).
    """
    if "EXCLUDE" in _labels(sentence) or outside_grant(f"{left} {right}") or _SEVERAL_YEARS.match(right):
        return None
    if stated_totals.replaced_figure(left, right):
        return None
    if _COUNTED_RECIPIENTS.search(left) or _ONE_RECIPIENT_BEFORE.search(left) or _requested(left, right):
        return None
    grant_words = _grant_words(f"{left} {right}")
    if (_FUND_RAISED_TO.search(left) and grant_words) or (_PROVIDING_BEFORE.search(left) and _FOR_YEAR_AFTER.match(right)):
        return "grant_total"
    if (distributed := _DISTRIBUTED_AFTER.match(right)) and (distributed.group("recipients") or "TOTAL" in _labels(left)):
        return "approved_total"
    if _ALLOCATION_OF.search(left) and (_FROM_FUND_AFTER.match(right) or "TOTAL" in _labels(left)):
        return "approved_total" if decision == "approved" else None
    if _OF_WHICH_GIVEN.search(left) and _GIVEN_AFTER.match(right):
        return "approved_total"
    labels = _labels(f"{left} {right}")
    if not {"UPFRONT", "TACTICAL", "MOVE"} & labels and grant_context and (
        _REMAINING_BEFORE.search(left) or (_FURTHER_AVAILABLE.search(left) and _AVAILABLE_AFTER.match(right))
    ):
        return "remaining"
    if "UPFRONT" in labels and "MOVE" in labels and "TACTICAL" in labels:
        return "moved_to_tactical"
    left_in = _LEFT_IN_POT.match(right)
    if left_in and re.search(r"\bleaving$", left, re.I):
        other = "tactical" if left_in.group("pot").lower() != "tactical" else "up-?front"
        if re.search(rf"\b{other}\b", sentence, re.I) and not re.search(r"\b(?:unallocated|unspent|remain)", right, re.I):
            return _pot_kind(left_in.group("pot"))
    if _AMOUNT_THEN_BALANCE.match(right) or "BALANCE" in labels:
        return "remaining"
    if "UNDERSPEND" in labels:
        return "underspend"
    if in_pot := _IN_POT_AFTER.match(right):
        return _pot_kind(in_pot.group("pot"))
    if _ALLOCATED_TO_PROJECTS.match(right):
        return "upfront_approved" if re.search(r"\btactical\b", sentence, re.I) else "approved_total"
    if "TACTICAL" in labels and "PLACEMENT" in labels:
        return "tactical_pot"
    if "UPFRONT" in labels:
        if "PLACEMENT" in labels and _PLACED_AFTER.match(right):
            return "upfront_pot"
        if "APPROVAL" in labels:
            return "upfront_approved"
        if "PLACEMENT" in labels:
            return "upfront_pot"
    if "APPROVAL" in labels and ("TOTAL" in labels or _FOR_LISTED_PROJECTS.search(right)) and grant_words:
        return "approved_total"
    given_to = _ALLOCATED_THEN_AMOUNT.search(left)
    if given_to and given_to.group("verb").lower() in {"received", "provided", "given"} and not grant_words:
        given_to = None
    if "GRANT" in labels or given_to or (_TO_SHARE_AFTER.match(right) and grant_words):
        return "grant_total"
    if "PLACEMENT" in labels and (grant_words or (grant_context and _THE_FUND.search(f"{left} {right}"))):
        return "grant_total"
    return None


def _table_totals(layout: FundingLayout) -> list[tuple[MoneyAmount, str]]:
    """Amounts of the 'Total' rows of printed tables ('Total | | 31,700'), each with the words before its table.

    Cells may print the figure without '£' under an 'Amount (£)' header; offsets are document offsets.
    """
    found = []
    blocks = layout.blocks
    for block in blocks:
        if block.kind != "table_row":
            continue
        raw = layout.text[block.start : block.end]
        cells = layout.cells(block)
        filled = [c for c in cells if c]
        if len(filled) < 2 or not _TOTAL_ROW.match(filled[0]):
            continue
        amount = money.parse_cell(filled[-1])
        at = raw.rfind(filled[-1])
        if amount is None or at < 0:
            continue
        start = block.start + at + amount.start
        first_row = block.index
        while first_row > 0 and blocks[first_row - 1].kind == "table_row":
            first_row -= 1
        lead = next((b for b in reversed(blocks[:first_row]) if b.kind != "heading"), None)
        header = layout.flat[blocks[first_row].start : blocks[first_row].end]
        context = clean(f"{layout.flat[lead.start : lead.end] if lead else ''} {header}")
        found.append((amount.model_copy(update={"start": start, "end": start + len(amount.text)}), context))
    return found


def _listed_kind(
    layout: FundingLayout, amount: MoneyAmount, block, left: str
) -> tuple[AllocationKind, tuple[int, int]] | None:
    """The kind a figure takes from the lines around it, not its own clause, and the span its year
    is read from: a 'The total amount of funding is £N' line under an approval (its sentence), and
    a '2023-4: £280,000' line under a lead-in about the grant (its own line)."""
    block_labels, block_outside, block_grant = layout.memo(("listed", block.start), lambda: _block_cues(layout, block))
    right = clean(layout.flat[amount.end : layout.sentence_at(amount.start)[1]])
    if "EXCLUDE" in block_labels or block_outside or _requested(left, right):
        return None
    if "TOTAL" in _labels(left) and "APPROVAL" in block_labels and block_grant:
        return "approved_total", layout.sentence_at(amount.start)
    # A year label is short: look back only that far for the line start (not to the start of a long line).
    reach = max(0, amount.start - 80)
    line_start = layout.text.rfind("\n", reach, amount.start) + 1
    label_end = amount.start - len(amount.qualifier_text or "")
    label = layout.text[line_start:label_end] if (line_start or not reach) and label_end - line_start <= 60 else ""
    if label and fiscal_year.is_year_label(label):
        if layout.memo(("year_line_lead", line_start), lambda: _grant_lead(layout, line_start)):
            return "grant_total", (line_start, amount.end)
    return None


def _block_cues(layout: FundingLayout, block) -> tuple[set[str], bool, bool]:
    """(cue labels, outside the grant, names a grant) of a block, read once per block."""
    text = layout.block_text(block)
    return _labels(text), outside_grant(text), _grant_words(text)


def _grant_lead(layout: FundingLayout, line_start: int) -> bool:
    """The words before a year line are about the grant (read once per line)."""
    lead = clean(layout.flat[max(layout.start, line_start - 400) : line_start])
    labels = _labels(lead)
    return "GRANT" in labels and "EXCLUDE" not in labels and not outside_grant(lead)


_KEPT_ROW = re.compile(r"^\W*(?:retained|kept|held|unallocated|remaining|reserved)\b", re.I)


def _stacked_totals(layout: FundingLayout, claimed: set[int]) -> list[tuple[MoneyAmount, AllocationKind, str | None]]:
    """'Total' rows of tables flattened to one cell per line: the year's whole grant when the table
    also lists money kept back ('Retained by PCC'), else the approved total when its lead-in approves."""
    found = []
    for table in layout.stacked_tables:
        names = [row.name for row in table]
        first = table[0].name_start
        lead = clean(layout.flat[max(layout.start, first - 600) : first])
        kind: AllocationKind | None = "grant_total" if any(_KEPT_ROW.match(n) for n in names) else (
            "approved_total" if "APPROVAL" in _labels(lead) else None
        )
        if kind is None or "EXCLUDE" in _labels(lead) or outside_grant(lead):
            continue
        for row in table:
            if not _TOTAL_ROW.match(row.name):
                continue
            for (start, end, text), year in zip(row.amounts, row.years):
                amount = money.parse_cell(text)
                if amount is not None and start not in claimed:
                    found.append((amount.model_copy(update={"start": start, "end": end}), kind, year))
    return found


def find_allocations(
    layout: FundingLayout, claimed: set[int], project_amounts: frozenset = frozenset()
) -> list[AllocationRecord]:
    """Allocations of the span, one per (kind, year, amount); later statements are kept as ``also_stated_at``.

    A figure classified as the grant that equals a project's amount is that award restated ('The
    grant of £4,750 will be met from ...'), not the year's grant, and is left out. A table's 'Total'
    row is the approved total when the words before the table approve what it lists.
    """
    found: list[AllocationRecord] = []
    given = sorted(claimed)
    candidates: list[tuple[MoneyAmount, AllocationKind, str, tuple[int, int] | None]] = []
    totals = _table_totals(layout)
    in_total_rows = {amount.start for amount, _ in totals}
    for amount, context in totals:
        if amount.start not in claimed and "APPROVAL" in _labels(context) and "EXCLUDE" not in _labels(context):
            candidates.append((amount, "approved_total", context, None, None))
    stacked = {}
    for amount, kind, year in _stacked_totals(layout, claimed):
        candidates.append((amount, kind, "", None, None))
        stacked[amount.start] = year
    for amount in layout.amounts:
        if amount.start in claimed or amount.start in in_total_rows or amount.start in stacked:
            continue
        block = layout.block_at(amount.start)
        if block is None:
            continue
        sentence = layout.sentence_at(amount.start)
        sentence_text = clean(layout.flat[sentence[0] : sentence[1]])
        left, right = clause_of(layout, amount, sentence)
        decision = layout.decision_at(amount.start)
        grant_context = layout.memo(("grant_words", block.start), lambda: _grant_context(layout, block, given))
        kind = classify(left, right, sentence_text, decision[0] if decision else None, grant_context)
        if kind is None and not _SEVERAL_YEARS.match(right) and (listed := _listed_kind(layout, amount, block, left)):
            kind, sentence = listed
        # a figure's own words may fix its kind without a year (stated_totals); never a hedged one
        plain = not amount.qualifier and amount.amount is not None and "EXCLUDE" not in _labels(sentence_text)
        stated = stated_totals.stated_kind(left, right) if plain and not outside_grant(f"{left} {right}") else None
        if (kind is None and stated is None) or (kind == "grant_total" and amount.amount in project_amounts):
            continue
        candidates.append((amount, kind, sentence_text, sentence, stated))
    first_of: dict[tuple, AllocationRecord] = {}  # (kind, year, amount) -> where it was first stated
    for amount, kind, sentence_text, sentence, stated in sorted(candidates, key=lambda c: c[0].start):
        if stacked.get(amount.start):
            year, source = stacked[amount.start], "section"
        else:
            year, source = layout.year_for(amount.start, sentence)
        kind_stated = year is None and stated is not None
        kind = stated if kind_stated else kind or stated
        if kind is None:
            continue
        provenance = layout.provenance(amount.start, amount.end, NAME, VERSION)
        same = first_of.get((kind, year, amount.amount)) if amount.amount is not None else None
        if same is not None:
            same.also_stated_at.append(provenance)
            continue
        found.append(
            AllocationRecord(
                kind=kind,
                financial_year=year,
                year_source=source,
                amount=amount.amount,
                amount_text=amount.text,
                qualifier=amount.qualifier,
                sentence=sentence_text,
                provenance=provenance,
                kind_stated=kind_stated,
            )
        )
        if amount.amount is not None:
            first_of[(kind, year, amount.amount)] = found[-1]
    return found
