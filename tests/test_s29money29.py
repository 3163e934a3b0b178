"""Helper money29 of session 29: hedges worded as prepositions (our own words). 'in the region of £N' and 'in the order
of £N' are estimates the £ reader keeps as 'around'; after a fund noun ('an amount of funding in the region of £N') the
hedge links the noun to its figure as 'of' would, so the fund's size is read at its printed figure."""

from decimal import Decimal

from extractors.readers.money import find_amounts
from test_s28news28 import _facts


def test_region_and_order_hedges_are_read_as_around():
    for text in ("costs in the region of £12,500 were noted", "a bill in the order of £3.2m"):
        (amount,) = find_amounts(text)
        assert amount.qualifier == "around", text
    (amount,) = find_amounts("costs in the region of £12,500 were noted")
    assert amount.amount == Decimal("12500") and amount.text == "£12,500"


def test_a_fund_noun_before_a_region_hedge_is_the_fund_size():
    text = "There was also an amount of policing office funding in the region of £19,500.00 that could be spent by the Board as it thought best.\n"
    assert _facts(text)[0] == [("grant_total", 19500.0, None)]


def test_a_region_hedge_without_a_fund_noun_or_bounding_from_below_is_no_fund():
    assert _facts("Repairs to the hall roof will cost in the region of £19,500 this spring.\n")[0] == []
    assert _facts("The Board noted match funding in excess of £95,000 for the Tarnvale scheme.\n")[0] == []


def test_a_region_hedge_after_a_verb_keeps_the_verb():
    assert _facts("There is in the region of £80,000 available through the Tarn Community Grants Scheme.\n")[0] == [
        ("grant_total", 80000.0, None)
    ]
    assert _facts("The Tarn Community Fund has in the order of £80,000 to award to local groups.\n")[0] == [
        ("grant_total", 80000.0, None)
    ]
    assert _facts("The Tarn Board grant pot for 2024/25 is in the region of £80,000.\n")[0] == [("grant_total", 80000.0, "2024/25")]
