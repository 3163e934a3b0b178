"""Session 27 (our own words): pound signs a text layer lost (U+FFFD before each figure) read as '£' only where the
page gives reason, figures kept as printed; several awards given in one run of a sentence after one decision's verb
('agreed to give £N towards the repair of X, £M to Y, and £P for Z')."""

from __future__ import annotations

from extractors.facts import extract_facts
from extractors.readers.money import as_printed_figures, lost_pound_signs, printed_figure
from schemas.funding import MoneyAmount
from tests.funding_helpers import document, funding_contract

LOST = "\ufffd"


def _facts(text: str):
    return extract_facts(document(text))


def _projects(text: str) -> list[tuple]:
    return [(p.name, float(p.amount), p.amount_text, p.status) for p in _facts(text).projects]


def test_lost_signs_are_pounds_on_a_page_that_prints_money_figures_and_no_sign():
    text = f"The panel gave {LOST}2,500 to Tarn Carers and {LOST}640 to Fell Choir."
    assert lost_pound_signs(text) == text.replace(LOST, "£")
    assert len(lost_pound_signs(text)) == len(text)
    assert lost_pound_signs(f"Tickets cost {LOST}7.50 each.") == "Tickets cost £7.50 each."


def test_lost_signs_stay_lost_without_reason():
    beside_a_sign = f"The new {LOST}20 note is out. The board gave £3,000 to Tarn Carers."
    assert lost_pound_signs(beside_a_sign) is beside_a_sign
    no_money_figure = f"The new {LOST}20 note is out this week."
    assert lost_pound_signs(no_money_figure) is no_money_figure
    dollars = f"A grant of {LOST}1,000 and $200 more."
    assert lost_pound_signs(dollars) is dollars
    # a lost dash or quote glued to a figure or word is no pound
    glued = f"In 2024{LOST}25 the fund gave {LOST}1,200 to Fell Choir."
    assert lost_pound_signs(glued) == f"In 2024{LOST}25 the fund gave £1,200 to Fell Choir."


def test_a_figure_is_given_back_as_printed():
    assert printed_figure("£2,500", f"gave {LOST}2,500 to X") == f"{LOST}2,500"
    assert printed_figure("£2,500", "gave £2,500 to X") == "£2,500"
    amount = MoneyAmount(text="£640", start=4, end=8, amount=640)
    assert as_printed_figures([amount], f"and {LOST}640 to Y")[0].text == f"{LOST}640"


def test_a_page_that_lost_its_pound_signs_gives_its_awards_with_figures_as_printed():
    text = f"The panel agreed to give {LOST}1,500 to Tarn Carers and {LOST}700 to Fell Choir.\n"
    assert _projects(text) == [
        ("Tarn Carers", 1500.0, f"{LOST}1,500", "approved"),
        ("Fell Choir", 700.0, f"{LOST}700", "approved"),
    ]


def test_a_lost_sign_beside_printed_pounds_gives_nothing():
    text = f"The new {LOST}20 note was shown to the committee, which agreed to give £300 to Tarn Carers.\n"
    assert [(p.name, float(p.amount)) for p in _facts(text).projects] == [("Tarn Carers", 300.0)]


_RUN = (
    "The grants panel on Monday agreed to give £4,000 towards the repair of Eastby Scout Hut, £1,250 to the "
    "rewiring of Fell Village Hall, near Tarnside, £900 for the re-roofing of the porch at Hensby parish church, and "
    "£480 towards the purchase of benches at Tarn Green.\n"
    "\n"
    "Members also agreed to contribute £6,000 to the upkeep of Mill Lane Gardens, £2,200 to Marsh Music Trust, and "
    "a total of £5,000 to visitor centres in Eastby, Hensby, and Tarnside.\n"
)


def _run_projects(text: str) -> list[tuple]:
    return [(p.name, float(p.amount), p.status) for p in funding_contract(text)["projects"]]


def test_a_run_of_awards_after_one_decision_names_each_place():
    assert _run_projects(_RUN) == [
        ("Eastby Scout Hut", 4000.0, "approved"),
        ("Fell Village Hall", 1250.0, "approved"),
        ("Hensby parish church", 900.0, "approved"),
        ("benches at Tarn Green", 480.0, "approved"),
        ("Mill Lane Gardens", 6000.0, "approved"),
        ("Marsh Music Trust", 2200.0, "approved"),
        ("visitor centres in Eastby, Hensby, and Tarnside", 5000.0, "approved"),
    ]


def test_a_run_takes_the_status_its_verb_states():
    text = "The officers recommended to award £800 towards the repair of Eastby Scout Hut and £300 to Fell Choir.\n"
    assert [status for *_, status in _run_projects(text)] == ["recommended", "recommended"]


def test_a_run_names_nothing_for_a_purpose_alone_and_stops_at_a_broken_shape():
    text = (
        "The panel agreed to give £800 towards running costs, £300 to Fell Choir, £200 to local groups, and £500 "
        "was kept back for next year.\n"
    )
    assert _run_projects(text) == [("Fell Choir", 300.0, "approved")]


def test_one_figure_after_the_verb_is_no_run():
    text = "The panel agreed to give £800 towards the repair of Eastby Scout Hut.\n"
    assert all(p[0] != "Eastby Scout Hut" for p in _run_projects(text))


def test_a_refused_or_outside_run_gives_nothing():
    text = "The panel declined to give £800 towards the repair of Eastby Scout Hut and £300 to Fell Choir.\n"
    assert _run_projects(text) == []


def test_an_active_past_verb_or_grants_of_leads_a_run():
    awarded = "The board awarded £800 towards the repair of Eastby Scout Hut, £300 for the upkeep of Mill Lane Gardens and £200 to Fell Choir.\n"
    assert _run_projects(awarded) == [
        ("Eastby Scout Hut", 800.0, "approved"), ("Mill Lane Gardens", 300.0, "approved"), ("Fell Choir", 200.0, "approved"),
    ]
    grants_of = "The board approved grants of £800 towards the repair of Eastby Scout Hut and £300 for the upkeep of Mill Lane Gardens.\n"
    assert ("Mill Lane Gardens", 300.0, "approved") in _run_projects(grants_of)


def test_a_passive_subject_or_money_moved_to_a_service_leads_no_run():
    passive = "Tarn Carers was awarded £800 towards the repair of Eastby Scout Hut and £300 for new kit.\n"
    assert [name for name, *_ in _run_projects(passive)] == ["Tarn Carers – the repair of Eastby Scout Hut"]
    moved = "The council gave £50,000 to the Youth Service and £20,000 to the Highways Team.\n"
    assert _run_projects(moved) == []


def test_a_figure_before_a_passive_payout_by_a_named_giver_is_what_was_given_out():
    from extractors.grants.fund_relations import fund_total_kind

    assert fund_total_kind("Groups had a lift after", "of grants was handed out by ward councillors.") == "approved_total"
    assert fund_total_kind("A further", "was awarded by the council from its core funding bids.") == "approved_total"
    # a recipient awarded the figure stands before the verb, not after the figure
    assert fund_total_kind("Tarn Carers was awarded", "by the council from its core funding.") != "approved_total"
