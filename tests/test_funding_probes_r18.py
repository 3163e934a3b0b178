"""Round 18 probes of the money fields, by layout class (our own words)."""

from decimal import Decimal

from extractors.grants import funding
from funding_helpers import document


def allocations(text: str) -> set:
    result = funding.to_contract(funding.extract_funding(document(text)))
    return {(a.kind, a.financial_year, a.amount) for a in result["allocations"]}


def test_counted_recipients_opening_a_sentence_share_a_rounds_payout():
    text = "Thirty projects received a share of £120,500 at an awards evening for the latest round of the fund.\n"
    assert allocations(text) == {("approved_total", None, Decimal("120500"))}


def test_a_further_count_receiving_a_share_is_part_of_a_round():
    assert allocations("At the event a further 31 projects received a share of £150,100 in funding.\n") == set()


def test_counted_recipients_after_other_words_are_not_read_as_the_round():
    assert allocations("Of the 30 bids, twelve projects received a share of £40,000 from the fund.\n") == set()
    assert allocations("In round one 22 groups received £80,000.\n") == set()


def test_counted_organisations_selected_representing_a_sum():
    text = "After a panel evaluated bids, 41 organisations were selected, representing £210,400 of investment.\n"
    assert allocations(text) == {("approved_total", None, Decimal("210400"))}
    assert allocations("Local groups can apply for a share of £150,000 from the Safer Streets Fund.\n") != {
        ("approved_total", None, Decimal("150000"))
    }
