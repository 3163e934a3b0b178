"""The shared £ parser: every amount with its span, read exactly as a Decimal.

A figure whose digit grouping is not house style (``£6,00``, ``£1,2345``,
``£12,34.5``) is returned with ``amount=None`` and a reason: it is never guessed.
Hedges before the amount (approx., just over, up to, c., in the region of ...) are kept, and so
is a scale after it (K, m, bn, million), which multiplies the figure exactly; a scale word may
stand alone on the next line ('£1.2' / 'million' where a PDF line wrapped; not 'Thousand Oaks') or be glued to the
figure ('£1.25million'). A press page's thousands comma followed by a space ('£4, 173') groups the
figure as a comma alone does. A spaced letter closing a list marker ('£4,914 b) Next Club') is no scale.
A figure that reads but cannot be a council's money (over £10 billion, or finer than a
penny once scaled) is returned with ``amount=None`` and ``implausible=True``.
A text layer that lost its pound signs prints U+FFFD in their place ('a grant of \ufffd2,500'): ``lost_pound_signs``
gives the copy the rules read, and ``printed_figure`` the figure as the page prints it.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import TypeVar

from pydantic import BaseModel

from schemas.funding import MoneyAmount, Qualifier, Scale
from schemas.provenance import Provenance

VERSION = "11"

_QUALIFIERS: dict[str, Qualifier] = {
    "approx": "approximately",
    "approx.": "approximately",
    "approximately": "approximately",
    "roughly": "approximately",
    "about": "around",
    "around": "around",
    "some": "around",
    "in the region of": "around",
    "in the order of": "around",
    "circa": "circa",
    "c.": "circa",
    "ca.": "circa",
    "nearly": "nearly",
    "almost": "nearly",
    "just over": "just_over",
    "over": "over",
    "more than": "over",
    "in excess of": "over",
    "just under": "just_under",
    "under": "under",
    "less than": "under",
    "up to": "up_to",
    "up-to": "up_to",
}
# Hedges that bound a figure from one side ('up to £N', 'more than £N') rather than estimate it ('about £N').
BOUNDS: frozenset[Qualifier] = frozenset({"just_over", "over", "just_under", "under", "up_to"})
_QUALIFIER_RE = "|".join(
    re.escape(q).replace(r"\ ", r"\s+") for q in sorted(_QUALIFIERS, key=len, reverse=True)
)
_SCALES: dict[str, tuple[Scale, int]] = {
    "k": ("thousand", 1000),
    "thousand": ("thousand", 1000),
    "m": ("million", 1000000),
    "mn": ("million", 1000000),
    "million": ("million", 1000000),
    "bn": ("billion", 1000000000),
    "b": ("billion", 1000000000),
    "billion": ("billion", 1000000000),
}
_AMOUNT = re.compile(
    rf"(?:(?<![\w.])(?P<qual>{_QUALIFIER_RE})\s+)?"
    r"£[ \t]?(?P<num>\d{1,3}(?:,[ ]\d{3}(?!\d))+(?![.,]\d)|\d+(?:,\d+)*(?:\.\d+)?)"
    r"(?:(?P<scale>(?:bn|mn|[kKmMb])|[ \t](?:bn|mn|(?:[kKmMb](?!\)[ \t]+(?-i:[A-Z]))))|[ \t]+(?:million|billion|thousand)|[ \t]*\n[ \t]*(?:million|billion|thousand)(?=[ \t]*(?:[.,;)]|\n|$))|million|billion)(?![A-Za-z0-9]))?",
    re.IGNORECASE,
)
_PLAIN = re.compile(r"\d{1,3}(?:,\d{3})*|\d+")
PLAUSIBLE_MAX = Decimal(10_000_000_000)
_PENNY = Decimal("0.01")


LOST_SIGN = "\ufffd"
# A lost sign before a figure, not glued to a word or figure before it ('2019\ufffd20' lost a dash, not a pound).
_LOST_BEFORE_FIGURE = re.compile(r"(?<![\w.,])\ufffd(?=\d)")
# A figure set as money: thousands commas or pence.
_LOST_BEFORE_MONEY = re.compile(r"(?<![\w.,])\ufffd(?:\d{1,3}(?:,\d{3})+|\d+\.\d{2})(?![\d,.]\d)")
_CURRENCY_SIGNS = re.compile(r"[£$€¥]")


def lost_pound_signs(text: str) -> str:
    """``text`` with each U+FFFD before a figure read as '£', one character for one, when the page gives reason: it
    prints no currency sign of its own and sets at least one of those figures as money ('\ufffd2,500', '\ufffd7.50').
    Otherwise (a page that prints '£' elsewhere, '\ufffd20 note' alone) ``text`` itself."""
    if LOST_SIGN not in text or _CURRENCY_SIGNS.search(text) or not _LOST_BEFORE_MONEY.search(text):
        return text
    return _LOST_BEFORE_FIGURE.sub("£", text)


def printed_figure(figure: str, printed_span: str) -> str:
    """``figure`` (a '£' amount read from ``lost_pound_signs``'s copy) as ``printed_span`` prints it: with U+FFFD for
    its sign when the span holds it only that way."""
    lost = figure.replace("£", LOST_SIGN)
    return lost if lost != figure and figure not in printed_span and lost in printed_span else figure


_FIGURE_FIELDS = ("amount_text", "stated_text")
Found = TypeVar("Found")


def as_printed_figures(found: Found, printed: str) -> Found:
    """``found`` (read from ``lost_pound_signs(printed)``) with every figure's text as ``printed`` prints it: an
    amount by its offsets, an ``amount_text`` or ``stated_text`` by the span of the record holding it."""

    def restore(value, span: str):
        if isinstance(value, MoneyAmount):
            text = printed[value.start : value.end]
            same = text != value.text and text.replace(LOST_SIGN, "£") == value.text
            return value.model_copy(update={"text": text}) if same else value
        if isinstance(value, BaseModel):
            held = getattr(value, "provenance", None)
            span = held.text if isinstance(held, Provenance) else span
            changed = {
                name: printed_figure(item, span) if name in _FIGURE_FIELDS and isinstance(item, str) else restore(item, span)
                for name in type(value).model_fields
                for item in (getattr(value, name),)
            }
            return value.model_copy(update=changed)
        if isinstance(value, (list, tuple)):
            return type(value)(restore(item, span) for item in value)
        if isinstance(value, dict):
            return {key: restore(item, span) for key, item in value.items()}
        return value

    return restore(found, "")


def check_figure(figure: str, scaled: bool) -> str | None:
    """Why a printed figure is not house style, or None when it reads unambiguously."""
    whole, _, pence = figure.partition(".")
    if not _PLAIN.fullmatch(whole):
        return f"digit grouping '{whole}' is not thousands of three"
    if "." in figure:
        if not pence:
            return "no digits after the decimal point"
        if not scaled and len(pence) != 2:
            return f"pence '{pence}' are not two digits"
    return None


def implausible(amount: Decimal) -> str | None:
    """Why a value read from a figure cannot be stored as one (the warehouse holds pence up to
    £10 billion), or None."""
    if amount > PLAUSIBLE_MAX:
        return "over £10 billion"
    if amount != amount.quantize(_PENNY):
        return "finer than a penny"
    return None


def _amount_of(figure: str, scale_word: str | None) -> tuple[Decimal | None, Scale, str | None, bool]:
    """(value, scale, why it is not read, whether the reason is implausibility)."""
    scale: Scale = "unit"
    multiplier = 1
    if scale_word:
        scale, multiplier = _SCALES[scale_word.strip().lower()]
    problem = check_figure(figure, scaled=scale != "unit")
    if problem:
        return None, scale, problem, False
    try:
        amount = Decimal(figure.replace(",", "")) * multiplier
    except InvalidOperation:
        return None, scale, f"'{figure}' is not a number", False
    doubt = implausible(amount)
    if doubt:
        return None, scale, f"{doubt}: not stored as a figure", True
    return amount, scale, None, False


def find_amounts(text: str, start: int = 0, end: int | None = None) -> list[MoneyAmount]:
    """Every £ amount in ``text[start:end]``; offsets index ``text`` itself."""
    if not isinstance(text, str):
        return []
    end = len(text) if end is None else max(start, min(end, len(text)))
    found: list[MoneyAmount] = []
    if text.find("£", start, end) == -1:
        return found
    for match in _AMOUNT.finditer(text, start, end):
        amount, scale, problem, doubt = _amount_of(match.group("num").replace(", ", ","), match.group("scale"))
        qualifier_text = match.group("qual")
        qualifier = _QUALIFIERS[" ".join(qualifier_text.lower().split())] if qualifier_text else None
        pound = match.start("num") - (2 if text[match.start("num") - 1] in " \t" else 1)
        found.append(
            MoneyAmount(
                text=text[pound : match.end()],
                start=pound,
                end=match.end(),
                amount=amount,
                qualifier=qualifier,
                qualifier_text=qualifier_text,
                scale=scale,
                malformed=problem,
                implausible=doubt,
            )
        )
    return found


# A bare figure filling a cell; the Hansard archive prints the decimal point raised ('22,647·00').
_BARE_CELL = re.compile(r"(\d+(?:,\d+)*(?:\.\d+|·\d{2})?)")


def parse_cell(cell: str | None) -> MoneyAmount | None:
    """An amount from a table cell, with or without '£' (an 'Amount (£)' column); None when none."""
    if not cell or not cell.strip():
        return None
    text = " ".join(cell.split())
    amounts = find_amounts(text)
    if amounts:
        return amounts[0]
    bare = _BARE_CELL.fullmatch(text)
    if not bare:
        return None
    amount, scale, problem, doubt = _amount_of(bare.group(1).replace("·", "."), None)
    return MoneyAmount(
        text=text, start=0, end=len(text), amount=amount, scale=scale, malformed=problem, implausible=doubt
    )


def format_pounds(amount: Decimal, pence: bool | None = None) -> str:
    """House style: '£39,661' or '£3,703.20'; pence shown when asked or when not whole pounds."""
    quantised = amount.quantize(Decimal("0.01"))
    show_pence = pence if pence is not None else quantised != quantised.to_integral_value()
    return f"£{quantised:,.2f}" if show_pence else f"£{quantised.to_integral_value():,}"


_MULTIPLIERS: dict[Scale, int] = {"unit": 1, "thousand": 1000, "million": 1000000, "billion": 1000000000}


def precision_unit(money: MoneyAmount) -> Decimal:
    """Size of the last printed digit: £10,600 -> 100, £7.80 -> 0.01, £24K -> 1000."""
    figure = re.search(r"\d+(?:,\d+)*(?:\.\d+)?", money.text)
    if figure is None:
        return Decimal(1)
    whole, _, decimals = figure.group(0).partition(".")
    multiplier = Decimal(_MULTIPLIERS[money.scale])
    if decimals:
        return Decimal(1).scaleb(-len(decimals)) * multiplier
    digits = whole.replace(",", "")
    trailing = len(digits) - len(digits.rstrip("0")) if digits.strip("0") else 0
    return Decimal(10) ** trailing * multiplier
