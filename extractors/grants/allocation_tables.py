"""Allocation totals read from tables and listed lines rather than from a figure's own clause.

The 'Total' row of a printed table (``table_totals``; numbered rows read as items between it and the header are the
table's too), a bare 'Total: £N' line closing approved award
lines that add up to it (``closing_total``), of a table flattened to one cell per line
(``stacked_totals``), and a figure whose kind comes from the lines around it (``listed_kind``).
These rules are versioned by ``extractors.grants.allocations.VERSION`` (no version of their own).
"""

from __future__ import annotations

import re

from extractors.readers import fiscal_year, money
from extractors.grants.allocation_cues import grant_words, labels, outside_grant, requested
from extractors.grants.funding_layout import FundingLayout, clean
from extractors.grants.project_status import APPROVED
from extractors.grants.project_tables import GIVEN_GRANTS, numbered_row, table_year
from schemas.facts import AllocationKind
from schemas.funding import MoneyAmount

TOTAL_ROW = re.compile(r"^\W*(?:grand\s+|overall\s+)?total\b", re.I)


def table_totals(layout: FundingLayout) -> list[tuple[MoneyAmount, str]]:
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
        if len(filled) < 2 or not TOTAL_ROW.match(filled[0]):
            continue
        amount = money.parse_cell(filled[-1])
        at = raw.rfind(filled[-1])
        if amount is None or at < 0:
            continue
        start = block.start + at + amount.start
        first_row = block.index
        while first_row > 0 and blocks[first_row - 1].kind == "table_row":
            first_row -= 1
        header = first_row
        while header > 0 and numbered_row(layout, blocks[header - 1], block):
            header -= 1  # '1. Title | 8,412·00 |' rows the block reader took for items, over the header row
        if header < first_row and header > 0 and blocks[header - 1].kind == "table_row":
            first_row = header - 1
            while first_row > 0 and blocks[first_row - 1].kind == "table_row":
                first_row -= 1
        lead = next((b for b in reversed(blocks[:first_row]) if b.kind != "heading"), None)
        header = layout.flat[blocks[first_row].start : blocks[first_row].end]
        context = clean(f"{layout.flat[lead.start : lead.end] if lead else ''} {header}")
        found.append((amount.model_copy(update={"start": start, "end": start + len(amount.text)}), context))
    return found


def listed_kind(
    layout: FundingLayout, amount: MoneyAmount, block, left: str
) -> tuple[AllocationKind, tuple[int, int]] | None:
    """The kind a figure takes from the lines around it, not its own clause, and the span its year
    is read from: a 'The total amount of funding is £N' line right under an approval (its sentence), and
    a '2023-4: £280,000' line under a lead-in about the grant (its own line)."""
    block_labels, block_outside, block_grant = layout.memo(("listed", block.start), lambda: _block_cues(layout, block))
    right = clean(layout.flat[amount.end : layout.sentence_at(amount.start)[1]])
    if "EXCLUDE" in block_labels or block_outside or requested(left, right):
        return None
    if "TOTAL" in labels(left) and "APPROVAL" in block_labels and block_grant and _approved_just_before(layout, amount, block):
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


def _approved_just_before(layout: FundingLayout, amount: MoneyAmount, block) -> bool:
    """The approval is in the figure's own sentence or the one before it: a block run together from
    several paragraphs (text without blank lines) does not lend a distant approval to a total."""
    sentences = layout.sentences(block)
    own = next((k for k, (start, end) in enumerate(sentences) if start <= amount.start < end), 0)
    start = sentences[max(0, own - 1)][0] if sentences else block.start
    return "APPROVAL" in labels(clean(layout.flat[start : amount.start]))


def _block_cues(layout: FundingLayout, block) -> tuple[set[str], bool, bool]:
    """(cue labels, outside the grant, names a grant) of a block, read once per block."""
    text = layout.block_text(block)
    return labels(text), outside_grant(text), grant_words(text)


def _grant_lead(layout: FundingLayout, line_start: int) -> bool:
    """The words before a year line are about the grant (read once per line)."""
    lead = clean(layout.flat[max(layout.start, line_start - 400) : line_start])
    cues = labels(lead)
    return "GRANT" in cues and "EXCLUDE" not in cues and not outside_grant(lead)


_KEPT_ROW = re.compile(r"^\W*(?:retained|kept|held|unallocated|remaining|reserved)\b", re.I)


def stacked_totals(layout: FundingLayout, claimed: set[int]) -> list[tuple[MoneyAmount, AllocationKind, str | None]]:
    """'Total' rows of tables flattened to one cell per line: the year's whole grant when the table
    also lists money kept back ('Retained by PCC'), else the approved total when its lead-in approves, or
    says the listed grants are made ('the grants which will be made in 2023-24 are outlined below') or resolves them
    ('RESOLVED to allocate ... as follows:') and the Total (or a closing row of sums alone) is the sum of the rows."""
    found = []
    for table in layout.stacked_tables:
        names = [row.name for row in table]
        first = table[0].name_start
        lead = clean(layout.flat[max(layout.start, first - 600) : first])
        kind: AllocationKind | None = "grant_total" if any(_KEPT_ROW.match(n) for n in names) else (
            "approved_total" if "APPROVAL" in labels(lead) or ((GIVEN_GRANTS.search(lead) or APPROVED.search(lead)) and _adds_up(table))
            else None
        )
        if kind is None or "EXCLUDE" in labels(lead) or outside_grant(lead):
            continue
        for row in table:
            if not (row.total or TOTAL_ROW.match(row.name)):
                continue
            for (start, end, text), year in zip(row.amounts, row.years):
                amount = money.parse_cell(text)
                if amount is not None and start not in claimed:
                    year = year or (table_year(layout, first) if kind == "approved_total" else None)
                    found.append((amount.model_copy(update={"start": start, "end": end}), kind, year))
    return found


def _adds_up(table) -> bool:
    """The table's 'Total' row is the sum of the figures of its other rows (one column)."""
    totals = [row for row in table if row.total or TOTAL_ROW.match(row.name)]
    rows = [money.parse_cell(row.amounts[0][2]) for row in table if row not in totals and len(row.amounts) == 1]
    total = money.parse_cell(totals[-1].amounts[0][2]) if totals and len(totals[-1].amounts) == 1 else None
    if total is None or len(rows) < 2 or any(r is None or r.amount is None for r in rows):
        return False
    return total.amount is not None and abs(sum(r.amount for r in rows) - total.amount) < 0.01


# 'Budget: £25,000', 'Awarded to date: £18,300', 'Remaining: £6,700': a figure that ends its line after a
# short label opening the line (budget-monitoring rows under a grants heading); the label names its kind.
# Rows may also run on one line, split by semicolons ('Budget 2024/25: £N; Awarded: £M; Balance: £K'), a label may open
# on its year ('2024/25 Budget Available - £N'), and a
# bare 'Awarded' or 'Committed' label is what was given out.
# A label may open on the financial year it is for ('2024/25 Budget Available - £N').
_LABEL_YEAR = re.compile(rf"^{fiscal_year.YEAR_TEXT}\s+(?=[A-Z])")
_ROW_LABEL = re.compile(rf"^(?:{fiscal_year.YEAR_TEXT}\s+)?[A-Z][A-Za-z0-9/ '’()-]{{1,70}}?\s*[:–—|-]?\s*$")
_ROW_END = re.compile(r"[ \t.)|]*(?:\n|$|;)")
_ROW_KINDS: tuple[tuple[AllocationKind, re.Pattern], ...] = (
    ("underspend", re.compile(r"\b(?:underspend|under-spend|underspent|unspent)\b", re.I)),
    ("remaining", re.compile(
        r"\b(?:remaining|remainder|unallocated|uncommitted|still\s+available|left\s+to\s+(?:allocate|award|spend)"
        r"|available\s+to\s+(?:allocate|award))\b|^balance\b(?!\s+(?:brought|carried|b/f|c/f))", re.I)),
    ("approved_total", re.compile(
        r"\b(?:awarded|approved|committed|allocated|granted)\s+(?:to\s+date|so\s+far|this\s+year)\b"
        r"|^total\s+(?:awarded|approved|committed|granted|allocated)\b|^(?:grants?|awards?)\s+(?:awarded|approved|made)\b"
        r"|^(?:awarded|approved|committed|granted)$|^total\s+(?:awards|grants)(?:\s+(?:made|awarded|approved))?$", re.I)),
    ("grant_total", re.compile(
        r"^(?:total\s+|annual\s+)?(?:(?:[\w-]+\s+)?(?:grants?|fund|scheme|programme|community|ward|small)\s+)?(?:budget|allocation)"
        r"(?:\s+(?:for\s+)?(?:\d{4}\s*[-/–]\s*\d{2,4}|FY\s?\d{2}/\d{2}))?$"
        r"|^budget\b|^total\s+(?:fund|pot|funding\s+available)$|^fund\s+(?:total|size)$", re.I)),
)


def row_kind(layout: FundingLayout, amount: MoneyAmount) -> AllocationKind | None:
    """The kind a 'Label: £N' row's label names (see ``_ROW_KINDS``), or None. The caller checks the
    row sits under grant words."""
    line_start = layout.text.rfind("\n", layout.start, amount.start) + 1
    line_start = max(line_start, layout.text.rfind(";", line_start, amount.start) + 1)
    if not _ROW_END.match(layout.text, amount.end):
        return None
    label = clean(layout.text[line_start : amount.start - len(amount.qualifier_text or "")])
    if not _ROW_LABEL.match(label) or len(label.split()) > 8 or outside_grant(label) or "EXCLUDE" in labels(label):
        return None
    return label_kind(label)


def in_row_run(layout: FundingLayout, amount: MoneyAmount) -> bool:
    """The 'Label: £N' row has a neighbouring line (the one above or below) that is also a row whose label
    names a kind: a budget-monitoring block ('Budget: £N' over 'Awarded to date: £M'), whose labels fix each
    figure's kind, kept without a year too; a lone 'Budget: £N' line is not enough."""
    text = layout.text
    line_start = text.rfind("\n", layout.start, amount.start) + 1
    line_end = text.find("\n", amount.end)
    line_end = layout.end if line_end < 0 else line_end
    above_start = text.rfind("\n", layout.start, max(layout.start, line_start - 1)) + 1
    below_end = text.find("\n", line_end + 1)
    below_end = layout.end if below_end < 0 else below_end
    for start, end in ((above_start, line_start - 1), (line_end + 1, below_end)):
        figures = layout.amounts_in(start, end) if start < end else []
        if len(figures) == 1 and row_kind(layout, figures[0]) is not None:
            return True
    return False


def label_kind(label: str) -> AllocationKind | None:
    """The kind a row's label names (see ``_ROW_KINDS``), or None."""
    label = _LABEL_YEAR.sub("", label.rstrip(":–—|- "))
    return next((kind for kind, pattern in _ROW_KINDS if pattern.search(label)), None)


def stacked_label_rows(layout: FundingLayout, claimed: set[int]) -> list[tuple[MoneyAmount, AllocationKind, str | None]]:
    """Rows of a table flattened to one cell per line whose labels name their kind ('Budget available', 'Total
    awards', 'Budget remaining'), when two or more rows do and the words before the table name a grant: a
    budget-monitoring table, whose labels fix each figure's kind (kept without a year too)."""
    found = []
    for table in layout.stacked_tables:
        named = [(row, kind) for row in table if len(row.amounts) == 1 and (kind := label_kind(row.name))]
        if len(named) < 2:
            continue
        first = table[0].name_start
        lead = clean(layout.flat[max(layout.start, first - 600) : first])
        if "EXCLUDE" in labels(lead) or outside_grant(lead) or not grant_words(lead):
            continue
        for row, kind in named:
            start, end, text = row.amounts[0]
            amount = money.parse_cell(text)
            if amount is not None and start not in claimed:
                found.append((amount.model_copy(update={"start": start, "end": end}), kind, row.years[0]))
    return found


_BARE_TOTAL = re.compile(r"(?:grand\s+|overall\s+)?total", re.I)
_LABEL_EDGES = " \t:|–—-•*·"
_NOT_APPROVED = re.compile(r"\b(?:recommend|propos|request|appl(?:y|ied|ication)|bid)", re.I)


def closing_total(layout: FundingLayout, amount: MoneyAmount, claimed: set[int], approved: frozenset[int] = frozenset()) -> bool:
    """A bare 'Total: £N' line (or 'Total | £N') closing two or more award lines whose figures were
    read as projects and add up to N, under a lead-in or header that says the money was awarded or
    approved ('£N has been awarded to the following:', 'Organisation | Amount awarded'), or whose figures the
    project rules all read as approved awards (``approved``: their offsets; the heading above a bare
    'Organisation | Amount' header said so)."""
    text = layout.text
    line_start = text.rfind("\n", layout.start, amount.start) + 1
    line_end = text.find("\n", amount.end)
    line_end = layout.end if line_end < 0 else line_end
    if amount.amount is None or not _BARE_TOTAL.fullmatch(text[line_start : amount.start].strip(_LABEL_EDGES)):
        return False
    if text[amount.end : line_end].strip(" \t.|"):
        return False
    parts, starts, end = [], [], line_start - 1
    while end > layout.start:
        start = text.rfind("\n", layout.start, end) + 1
        figures = layout.amounts_in(start, end)
        if not text[start:end].strip():
            end = start - 1
            continue
        if len(figures) != 1 or figures[0].start not in claimed or figures[0].amount is None:
            break
        parts.append(figures[0].amount)
        starts.append(figures[0].start)
        end = start - 1
    # the line that ended the list (its header or lead-in) and the line above it
    lead_start = text.rfind("\n", layout.start, max(layout.start, end)) + 1
    if lead_start > layout.start:
        lead_start = text.rfind("\n", layout.start, lead_start - 1) + 1
    lead = clean(text[lead_start : max(lead_start, end)])
    if len(parts) < 2 or sum(parts) != amount.amount or _NOT_APPROVED.search(lead):
        return False
    return "APPROVAL" in labels(lead) or all(start in approved for start in starts)
