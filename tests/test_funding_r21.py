"""Round 21 funding probes: a pot that applicants bid for a share of is the round's fund (our own words)."""

from __future__ import annotations

import pytest

from extractors.grants.stated_totals import stated_kind


def _clause(text: str) -> tuple[str, str]:
    left, _, right = text.partition("£")
    return left.rstrip(), right.split(" ", 1)[1] if " " in right else ""


@pytest.mark.parametrize(
    "text",
    [
        "Residents' groups across the district can apply for a share of £90,000 to run safety projects.",
        "Clubs are being urged to apply for a share of £45k to boost their work with young people.",
        "Charities can now bid for a share of the £120,000 set aside by the Commissioner.",
        "Schools are invited to bid for their share of £30,000 this spring.",
    ],
)
def test_apply_for_a_share_of_is_the_round_fund(text):
    assert stated_kind(*_clause(text)) == "grant_total"


@pytest.mark.parametrize(
    "text",
    [
        "Thirty projects received a share of £70,000 at the awards evening.",
        "Groups can apply for grants of up to £5,000 each.",
        "The hall committee will apply for £2,000 towards a new boiler.",
        "The partnership's share of £12,000 was paid to the district council.",
    ],
)
def test_other_shares_and_requests_are_not_read_as_an_open_pot(text):
    assert stated_kind(*_clause(text)) != "grant_total"
