from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.readers.money import PLAUSIBLE_MAX, find_amounts, format_pounds, parse_cell, precision_unit


def only(text):
    (amount,) = find_amounts(text)
    return amount


def test_house_style_amounts_are_exact_decimals_with_their_spans():
    text = "grant (£39,661), Champions £3,703.20 and £24,108.20 approved"
    amounts = find_amounts(text)
    assert [a.amount for a in amounts] == [Decimal("39661"), Decimal("3703.20"), Decimal("24108.20")]
    assert [text[a.start : a.end] for a in amounts] == ["£39,661", "£3,703.20", "£24,108.20"]


def test_scales_multiply_exactly():
    assert only("a budget of £568.5m").amount == Decimal("568500000")
    assert only("£1.4 million for policing").amount == Decimal("1400000")
    assert only("savings of £2bn").amount == Decimal("2000000000")
    assert only("just over £24K these were").scale == "thousand"


def test_qualifiers_are_kept_and_normalised():
    cases = {
        "approx. £10,600 remaining": "approximately",
        "approximately £7.80 remaining": "approximately",
        "just over £24K": "just_over",
        "around £5,000": "around",
        "up to £2,000 each": "up_to",
        "over £1,000": "over",
        "under £500": "under",
        "circa £3,000": "circa",
        "c. £3,000": "circa",
    }
    for text, qualifier in cases.items():
        assert only(text).qualifier == qualifier, text


def test_qualifier_is_not_part_of_the_printed_amount():
    amount = only("there will be approx. £10,600 remaining")
    assert amount.text == "£10,600" and amount.qualifier_text == "approx."


def test_malformed_amounts_are_flagged_never_guessed():
    for text in ("£6,00", "£1,2345", "£12,34.5", "£3.5", "£1,000.123"):
        amount = only(f"training ({text})")
        assert amount.amount is None, text
        assert amount.text == text and amount.malformed


def test_pound_sign_without_digits_is_not_an_amount():
    assert find_amounts("Income £m 2026/27 and How that money is spent £m") == []


def test_words_after_an_amount_are_not_read_as_a_scale():
    assert only("£5,000 more than planned").amount == Decimal("5000")
    assert only("£200 threshold").amount == Decimal("200")


def test_table_cells_with_or_without_the_pound_sign():
    assert parse_cell("4,800").amount == Decimal("4800")
    assert parse_cell(" £1,250.50 ").amount == Decimal("1250.50")
    assert parse_cell("6,00").amount is None
    assert parse_cell("n/a") is None and parse_cell(None) is None


def test_precision_unit_is_the_last_printed_digit():
    assert precision_unit(only("£10,600")) == 100
    assert precision_unit(only("£7.80")) == Decimal("0.01")
    assert precision_unit(only("£24K")) == 1000


def test_format_pounds_house_style():
    assert format_pounds(Decimal("39661")) == "£39,661"
    assert format_pounds(Decimal("3703.2")) == "£3,703.20"
    assert format_pounds(Decimal("5"), pence=True) == "£5.00"


@settings(max_examples=300)
@given(st.text())
def test_parser_never_raises_and_spans_index_the_input(text):
    for amount in find_amounts(text):
        assert 0 <= amount.start < amount.end <= len(text)
        assert text[amount.start : amount.end] == amount.text


@settings(max_examples=300)
@given(st.text(alphabet="£0123456789,.kKmMbn approx.overunderupto", max_size=40))
def test_parser_never_raises_on_money_like_noise(text):
    for amount in find_amounts(text):
        assert text[amount.start : amount.end] == amount.text
        assert amount.amount is None or amount.amount >= 0


@given(
    st.decimals(min_value=0, max_value=PLAUSIBLE_MAX, places=2, allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.sampled_from(["", "The grant was ", "approx. ", "("]),
)
def test_house_style_round_trips(amount, pence, prefix):
    printed = format_pounds(amount, pence=pence or None)
    (parsed,) = find_amounts(f"{prefix}{printed} remaining")
    expected = amount if (pence or amount != amount.to_integral_value()) else amount.to_integral_value()
    assert parsed.amount == expected
    assert parsed.text == printed


def test_implausible_amount_of_150000_digits_is_flagged_not_a_figure():
    """Issue 16 case 2: a figure too large for DECIMAL(18,2) passed extraction and stopped the ingest."""
    text = "Project Alpha (£" + "999," * 50_000 + "999)"
    (amount,) = find_amounts(text)
    assert amount.amount is None and amount.implausible
    assert amount.malformed == "over £10 billion: not stored as a figure"
    assert text[amount.start : amount.end] == amount.text


@pytest.mark.parametrize(
    ("printed", "why"),
    [("£10,000,000,000.01", "over £10 billion"), ("£11bn", "over £10 billion"), ("£1.000005k", "finer than a penny")],
)
def test_implausible_amount_limits(printed: str, why: str):
    (amount,) = find_amounts(f"a grant of {printed} was agreed")
    assert amount.amount is None and amount.implausible and amount.malformed.startswith(why)


def test_ten_billion_and_scaled_pence_still_read():
    assert [a.amount for a in find_amounts("£10bn and £1.5m and £2.25k")] == [
        Decimal(10_000_000_000), Decimal(1_500_000), Decimal("2250"),
    ]
