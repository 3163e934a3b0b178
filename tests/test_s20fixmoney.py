"""Money findings of the session review, in our own words: verdict entries that are people, decision words or the
council's own spending; a payments lead that reached past a grants lead; 'May' the month read as an ask."""

from __future__ import annotations

import pytest

from tests.funding_helpers import funding_contract


def _projects(text: str) -> list[tuple[str, float | None, str]]:
    result = funding_contract(text)
    return [(p.name, float(p.amount) if p.amount is not None else None, p.status) for p in result["projects"]]


_GRANTS_HEAD = "Grant applications\n"


@pytest.mark.parametrize(
    "entry",
    [
        "Cllr Lowe. Mileage claim. £40 approved.",
        "Ann Lowe. Travel. £40 approved.",
        "RESOLVED: £400 approved.",
        "AGREED – £400 agreed",
    ],
)
def test_a_person_or_a_decision_word_at_an_entry_head_is_no_applicant(entry):
    assert _projects(_GRANTS_HEAD + entry + "\n") == []


@pytest.mark.parametrize(
    "entry",
    ["New Bench – £400 agreed", "Action Plan – £400 agreed", "Town Centre Lights: £2,000 approved", "July Accounts – £4,000 approved"],
)
def test_the_councils_own_spending_below_a_donation_item_is_no_award(entry):
    text = (
        "7. Donations\nA donation of £50 to the Eastby Brass Band was noted.\n\n"
        "8. Village matters\nThe following were considered.\n" + entry + "\n"
    )
    head = entry.split(" –")[0].split(":")[0]
    assert head not in [name for name, *_ in _projects(text)]


def test_an_entry_under_its_grants_heading_is_still_the_heads_award():
    assert _projects(_GRANTS_HEAD + "Eastby Scouts. New tents for camp. £400 awarded.\n") == [
        ("Eastby Scouts", 400.0, "approved")
    ]


def test_a_short_acronym_at_an_entry_head_is_still_an_applicant():
    assert _projects(_GRANTS_HEAD + "ETRA – £250 agreed\n") == [("ETRA", 250.0, "approved")]


def test_a_grants_list_below_a_payments_schedule_keeps_its_grants():
    text = (
        "Payments for July were approved as listed:\n"
        "Clerk salary – £500\nHMRC – £100\n\n"
        "The following grants were awarded at the meeting.\n"
        "Eastby Scouts – £400\nTarn Players – £250\n"
    )
    assert [name for name, *_ in _projects(text)] == ["Eastby Scouts", "Tarn Players"]


def test_may_the_month_is_no_ask():
    assert _projects("In May 2025 the Tarn Canoe Club was awarded £500 by the Community Fund.\n") == [
        ("Tarn Canoe Club", 500.0, "approved")
    ]


def _titled(title: str, body: str) -> list[tuple[str, float | None, str]]:
    return _projects(f"Decision details\n\n{title}\n\nDecision Maker: Cabinet\n\n{body}\n\nDate of decision: 07/03/2025\n")


_APPLICATION = "Tarn Rowing Club - Application for Financial Assistance"


def test_a_titled_figure_recommended_then_decided_is_decided():
    body = "Recommendation:\n\nThat a grant of £500 be approved.\n\nDecision:\n\nThat a grant of £500 be approved."
    assert _titled(_APPLICATION, body) == [("Tarn Rowing Club", 500.0, "approved")]


def test_a_titled_sentence_giving_the_same_figure_twice_names_no_award():
    body = "Decision:\n\nA grant of £500 was awarded towards a trailer and a grant of £500 was awarded towards paddles."
    assert _titled(_APPLICATION, body) == []


def test_a_titled_application_approved_with_its_grant_is_an_award():
    body = "Decision:\n\nRESOLVED that the application be approved and a grant of £500 awarded."
    assert _titled(_APPLICATION, body) == [("Tarn Rowing Club", 500.0, "approved")]


def test_a_titled_figure_applied_for_is_still_no_award():
    body = "Purpose:\n\nThe club has applied for a grant of £500 towards a trailer."
    assert [status for *_, status in _titled(_APPLICATION, body) if status == "approved"] == []


def test_a_titled_applicant_ending_on_committee_is_an_applicant():
    body = "Decision:\n\nThat a grant of £500 be approved."
    assert _titled("Eastby Carnival Committee - Application for Financial Assistance", body) == [
        ("Eastby Carnival Committee", 500.0, "approved")
    ]


@pytest.mark.parametrize("title", ["The Committee - Application for Funding", "Tarnshire County Council - Grant Application"])
def test_a_titled_own_body_is_no_applicant(title):
    assert _titled(title, "Decision:\n\nThat a grant of £500 be approved.") == []


def test_an_entry_whose_purpose_is_to_purchase_is_still_the_heads_award():
    text = _GRANTS_HEAD + "Eastby Orchard Group. To purchase a cider press for shows.\n£300 awarded.\n"
    assert _projects(text) == [("Eastby Orchard Group", 300.0, "approved")]


@pytest.mark.parametrize(
    "body",
    [
        "Decision:\n\nThe request for a grant of £500 was declined.",
        "Decision:\n\nA grant of £500 was approved but the club has since withdrawn.",
        "Decision:\n\nA grant of £500 was rejected by members.",
        "Decision:\n\nThat a grant of £500 be deferred to the next meeting.",
    ],
)
def test_a_titled_figure_refused_deferred_or_withdrawn_is_no_award(body):
    assert [status for *_, status in _titled(_APPLICATION, body) if status == "approved"] == []
