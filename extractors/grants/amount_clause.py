"""An amount read with the words and figures of its sentence: its own clause, and whether it adds up with another.

The clause is the sentence's words between the neighbouring amounts, cut at clause breaks
(', with', 'leaving', ';', 'and'); a figure ending its line keeps no words after it when the next
line is another row's label or a new paragraph. Rules under the VERSION of ``extractors.grants.allocations``.
"""

from __future__ import annotations

import re

from extractors.grants.funding_layout import FundingLayout, clean
from extractors.readers.fiscal_year import YEAR_TEXT
from schemas.funding import MoneyAmount

# An amount that ends its line when the next line is another 'Label £N' row: its words end with its line.
_ENDS_ROW = re.compile(r"[ \t)]*\n[ \t]*[A-Z][^\n£]{0,60}£")
# An amount ending its paragraph (a blank line, then a capitalised word: 'Survey – £18,000' over 'The Fund is
# used to ...'): a line item, whose sentence the splitter ran on into the next paragraph; it keeps no words after it.
_ENDS_PARAGRAPH = re.compile(r"[ \t)]*\n[ \t]*\n\s*[A-Z][a-z]")
# A 'Name – £N' line item (a dash just before the figure, which ends its line) over a line opening a new sentence,
# also without a blank line between them.
_DASH_BEFORE = re.compile(r"[ \t][–—-][ \t]*$")
_NEXT_LINE_OPENS = re.compile(r"[ \t)]*\n\s*[A-Z][a-z]")
# 'grants of £2.31m in 2025-26 and £2.18m in 2026-27': figures joined by a comma or 'and', each followed by its own year.
_OWN_YEAR = rf"\W{{0,3}}(?:in|for)\s+(?:the\s+)?(?:financial\s+year\s+)?{YEAR_TEXT}\b"
_OWN_YEAR_AFTER = re.compile(_OWN_YEAR, re.I)
# 'has ring-fenced £A for the Fund in 2021-22 and a further £B for 2022-23': the fund named between, the next year's sum 'further'.
_YEAR_THEN_JOIN = re.compile(
    rf"(?:\W{{0,3}}for\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:fund|scheme|pot|programme|grants)\b)?{_OWN_YEAR}\s*(?:,\s*and|,|and|&)\s*"
    r"(?:a\s+further\s+|another\s+)?",
    re.I,
)
# A blank line and a capital opening the next paragraph ('Purpose: ... way' / '' / 'Decision: That a fund ...').
_OPENS_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*(?=[A-Z])")
_CLAUSE_BREAK = re.compile(r",\s*with\b|\bwith\s+the\b|\bleaving\b|;|\band\b|\bwhile\b|,\s*which\b")


def clause_of(
    layout: FundingLayout, amount: MoneyAmount, sentence: tuple[int, int], own_paragraph: bool = False
) -> tuple[str, str]:
    """(words before, words after) the amount that belong to its own clause; with ``own_paragraph`` (the fund
    fallback) never words before a paragraph break the sentence splitter ran on over."""
    inside = layout.amounts_in(*sentence)
    index = next(i for i, a in enumerate(inside) if a.start == amount.start)
    left_bound = inside[index - 1].end if index > 0 else sentence[0]
    right_bound = inside[index + 1].start if index + 1 < len(inside) else sentence[1]
    opened = list(_OPENS_PARAGRAPH.finditer(layout.text, left_bound, amount.start)) if own_paragraph else []
    if opened:
        left_bound = opened[-1].end()
    hedge = r"\s+".join(map(re.escape, (amount.qualifier_text or "").split()))
    left = re.sub(rf"\s*{hedge}\s*$", "", layout.flat[left_bound : amount.start], flags=re.I) if hedge else layout.flat[left_bound : amount.start]
    right = layout.flat[amount.end : right_bound]
    if _ENDS_ROW.match(layout.text, amount.end, right_bound + 1) or _ENDS_PARAGRAPH.match(layout.text, amount.end) or _line_item(layout, amount):
        right = ""
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


def parallel_previous(layout: FundingLayout, amount: MoneyAmount, sentence: tuple[int, int], right: str) -> MoneyAmount | None:
    """The figure this one is listed beside, year by year ('Future grants of £A in 2023-24 and £B in 2024-25'): the
    one before it in its sentence when only '<year> and' (or a comma) stands between them and each is followed by its
    own year, a different one. The later figure has no words of its own before it, so it is what the earlier one is."""
    if not _OWN_YEAR_AFTER.match(right):
        return None
    inside = layout.amounts_in(*sentence)
    index = next((i for i, a in enumerate(inside) if a.start == amount.start), 0)
    if index == 0:
        return None
    previous = inside[index - 1]
    if not _YEAR_THEN_JOIN.fullmatch(layout.flat[previous.end : amount.start]):
        return None
    # 'a further £B for 2026-27' after '£A for the Fund in 2026-27' is a top-up of that year, not the next year's sum
    earlier = {y.year for y in layout.years_in(previous.end, amount.start) if y.year}
    later = {y.year for y in layout.years_in(amount.end, amount.end + len(_OWN_YEAR_AFTER.match(right).group(0)) + 12) if y.year}
    return None if earlier & later else previous


def _line_item(layout: FundingLayout, amount: MoneyAmount) -> bool:
    """'Survey – CSF Z101 – £18,000' ending its line, the next line opening a sentence: a line item."""
    line_start = layout.text.rfind("\n", layout.start, amount.start) + 1
    before = layout.text[line_start : amount.start - len(amount.qualifier_text or "")]
    # The dash is the line's last mark before the figure: searched from there, not from the line's start (run-on lines).
    return bool(_DASH_BEFORE.search(before, max(0, len(before.rstrip(" \t")) - 2)) and _NEXT_LINE_OPENS.match(layout.text, amount.end))


# 'The money is a share of around £N of cash seized ...', 'The grants are part of £N': the next sentence calls the
# figure before it a share of a larger sum.
_SHARE_OF_NEXT = re.compile(
    r"\s*(?:The|This|These)\s+(?:money|funding|funds|sum|cash|grants?|awards?)\s+(?:is|are|was|were|forms?)\s+"
    r"(?:a|one|the)?\s*(?:share|part|portion|slice)\s+of\s+(?:the\s+|an?\s+)?(?:(?:around|about|almost|nearly|over|more\s+than|some)\s+)?£"
)


def share_of_next(layout: FundingLayout, amount: MoneyAmount, sentence: tuple[int, int]) -> bool:
    """The sentence after the figure's calls it a share of a larger sum it prints (``_SHARE_OF_NEXT``): a part, no total."""
    opening = _SHARE_OF_NEXT.match(layout.flat, sentence[1])
    larger = next(iter(layout.amounts_in(opening.end() - 1, opening.end() + 40)), None) if opening else None
    return bool(larger and larger.amount is not None and amount.amount is not None and larger.amount > amount.amount)


# 'Of this amount, £N will be allocated in large grants while £M ...': a sentence splitting the sum before it.
_OF_THIS_SUM = re.compile(r"\W{0,3}Of\s+(?:this|that|the|which)\s+(?:amount|sum|total|money|funding|pot|fund|allocation)\b", re.I)


def split_of_previous(layout: FundingLayout, sentence: tuple[int, int]) -> bool:
    """The figure's sentence opens by splitting the sum the sentence before printed ('Of this amount, £N ...')."""
    return bool(_OF_THIS_SUM.match(layout.flat, sentence[0]))


def part_of_a_sum(layout: FundingLayout, amount: MoneyAmount, sentence: tuple[int, int]) -> bool:
    """The figure plus another one of its sentence (or the next) makes a third printed there: one
    funder's share of a fund ('provided £N, with a further £M from X. This means £T is available'),
    a budget line ('£A plus the £N already held ... will provide the £T'); the sum is the fund."""
    if amount.amount is None:
        return False
    end = sentence[1]
    if end < layout.end:
        following = layout.sentence_at(min(end + 1, layout.end - 1))
        if following[0] >= end and following[1] - end < 400:
            end = following[1]
    others = [a.amount for a in layout.amounts_in(sentence[0], end) if a.amount is not None and a.start != amount.start]
    printed = {round(value, 2) for value in others}
    return any(round(amount.amount + value, 2) in printed for value in others)
