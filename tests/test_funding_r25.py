"""Round 25 funding probes (our own words): PCC press sentences listing recipients whose items carry their
purpose or place ('including A, B and C will receive £N', 'X was among those which benefitted, including
...', 'Other successful projects include A's application for ...'), and near misses that name nothing."""

from __future__ import annotations

from tests.funding_helpers import funding_contract


def _projects(text: str) -> list[tuple[str, float | None, str | None]]:
    result = funding_contract(text)
    return [(p.name, p.amount, p.status) for p in result["projects"]]


def _names(text: str) -> list[str]:
    return [name for name, _, _ in _projects(text)]


def test_list_of_purposes_or_places_names_nothing():
    text = (
        "Projects funded this year include crime prevention, youth diversion and support for victims.\n\n"
        "Groups across the county, including Tarnside, Fellbury and Lowmoor, will receive a share of the funding.\n"
    )
    assert _names(text) == []


def test_invitation_to_apply_names_no_recipients():
    text = (
        "Applications are invited from organisations, including Tarnside Youth Club, Fellbury Boxing Club and Lowmoor "
        "Scouts, who could benefit from the fund.\n"
    )
    assert _names(text) == []


def test_an_item_followed_by_no_purpose_rejects_the_sentence():
    text = (
        "Successful projects include Tarnside Youth Club, Fellbury Boxing Club although several bids were late "
        "and Lowmoor Scout Group.\n"
    )
    assert _names(text) == []


def test_chained_award_clauses_with_different_verbs():
    text = (
        "Tarnside Youth Hub was given £41,200, Fellbury Community Centre received £22,310, Lowmoor Shelter Project "
        "secured £9,040 and Age Friendly Brackwater got £7,500.\n"
    )
    assert _projects(text) == [
        ("Tarnside Youth Hub", 41200.0, "approved"),
        ("Fellbury Community Centre", 22310.0, "approved"),
        ("Lowmoor Shelter Project", 9040.0, "approved"),
        ("Age Friendly Brackwater", 7500.0, "approved"),
    ]


def test_a_body_which_runs_another_and_received_is_named_whole():
    text = "Among them is Fellside Action On Hunger, which runs food charity The Larder and received £31,500.\n"
    assert _projects(text) == [("Fellside Action On Hunger", 31500.0, "approved")]


def test_secured_outside_a_chain_of_awards_names_no_project():
    text = "The council secured £2m from the Levelling Up Fund, and Tarnside CSP secured £50,000 last year.\n"
    assert _projects(text) == []


def _allocations(text: str) -> list[tuple[str, float | None, str | None]]:
    result = funding_contract(text)
    return [(a.kind, a.amount, a.financial_year) for a in result["allocations"]]


def test_fund_awarded_to_a_counted_hedged_number_of_organisations():
    text = "The Tarn Property Act Fund has awarded £84,210 to more than 30 voluntary and community organisations.\n"
    assert _allocations(text) == [("approved_total", 84210.0, None)]


def test_fund_awarded_to_one_named_body_is_no_round_total():
    text = "The Tarn Property Act Fund has awarded £8,210 to Tarnside Boxing Club for new gloves.\n"
    assert _allocations(text) == []


def test_a_total_awarded_to_one_named_body_is_its_award():
    text = "The transport fund awarded a total of £32,000 to Fellbury Community Transport for its dial-a-ride service.\n"
    assert _projects(text) == [("Fellbury Community Transport", 32000.0, "approved")]


def test_decision_approving_the_allocation_of_money_to_a_named_body_from_a_fund():
    text = "Decision\nI approve the allocation of £5,000 to Tarn Youth Trust from the Community Safety Fund.\n"
    assert _projects(text) == [("Tarn Youth Trust", 5000.0, "approved")]


def test_allocation_to_a_fund_or_from_an_outside_funder_is_no_project():
    text = (
        "The Board approved the allocation of £50,000 to the Community Safety Fund.\n\n"
        "I approve the allocation of £5,000 to Tarn Youth Trust from the Home Office Safer Streets Fund.\n"
    )
    assert _projects(text) == []


def test_decision_approving_grant_funding_for_a_financial_year():
    text = "Decision\nTo approve grant funding of £8,500 to Fellbury Mediation CIC for the 2024/25 financial year.\n"
    assert [(n, a) for n, a, _ in _projects(text)] == [("Fellbury Mediation CIC", 8500.0)]


def test_award_bullets_that_are_purposes_name_nothing():
    text = (
        "In the latest round, several schemes received support including:\n\n"
        "• evening patrols in the town centre\n"
        "• new lighting for the park, which was requested by residents\n"
    )
    assert _names(text) == []
