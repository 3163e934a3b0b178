"""Session 28 debt (helper debt28): one vocabulary of money that is not a grant (``round_cues``), shared by the award
runs and the fund and payout forms; a plural possessive before 'Meeting' in a minutes heading names no body."""

from __future__ import annotations

from extractors.grants.round_cues import NOT_GRANT_USE_IN, OWN_ACCOUNT
from tests.page_helpers import page_facts as _facts


def _allocations(page: str) -> list[tuple[str, float]]:
    return [(a.kind, float(a.amount)) for a in _facts(page).allocations]


def _projects(page: str) -> list[tuple[str, float]]:
    return [(p.name, float(p.amount)) for p in _facts(page).projects]


def test_contracts_are_in_both_parts_of_the_one_vocabulary():
    assert "contract" in OWN_ACCOUNT and NOT_GRANT_USE_IN.search("the grass cutting contract")
    assert NOT_GRANT_USE_IN.search("the successful contractors")


def test_a_run_paying_contractors_splits_the_budget():
    assert _projects(
        "Members agreed to give £2,000 to the new mowing contractors, £600 for the Christmas Lights and £300 to Fell Choir.\n"
    ) == []


def test_a_run_of_gifts_for_repairs_keeps_its_projects():
    assert _projects("The council agreed to give £250 towards the repair of Tarnby Scout Hut and £300 to Fell Choir.\n") == [
        ("Tarnby Scout Hut", 250.0),
        ("Fell Choir", 300.0),
    ]


def test_a_sum_given_out_to_a_contract_is_no_grant_total():
    head = "Community grants 2024/25\n"
    assert _allocations(head + "The council will distribute £20,000 to the verge mowing contract this year.\n") == []
    assert _allocations(head + "The council will distribute £20,000 to community groups this year.\n") == [("grant_total", 20000.0)]


def test_a_fund_drawn_from_a_budget_or_reserves_is_still_a_grant_fund():
    head = "Community grants 2024/25\n"
    assert _allocations(head + "A funding pool of up to £10,000 from the council's budget is open to community groups.\n") == [
        ("grant_total", 10000.0)
    ]
    assert _allocations(head + "The panel will distribute £30,000 from its community budget this year.\n") == [("grant_total", 30000.0)]


def test_minutes_of_a_possessive_meeting_take_the_body_above_or_none():
    from extractors.proceedings.meeting_minutes import opening_meeting

    below = "\n\nPresent: A. Lowe (Chair); B. Ray\n\n1. Apologies: none.\n"
    assert opening_meeting("Minutes of Trustees’ Meeting held on Thursday 11 May 2017" + below) is None
    assert _meetings("Minutes of Members’ Meeting held on Thursday 11 May 2017" + below) == []
    assert _meetings("Eastby Village Hall Committee\n\nMinutes of Trustees’ Meeting held on Thursday 11 May 2017" + below) == [
        ("Eastby Village Hall Committee", "2017-05-11")
    ]


def _meetings(page: str) -> list[tuple[str, str]]:
    return [(m.body, m.date.isoformat()) for m in _facts(page).meetings]
