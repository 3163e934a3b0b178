"""Money on town press pages and community board minutes, session 21 (our own words): a press list of recipients after
a colon sharing one figure, names before a bracketed figure for each, an applicant in brackets after a purpose's figure,
'£N for <Org>, to put towards ...' bullets, and a round's per-recipient figure that is no payout total."""

from __future__ import annotations

from extractors.grants.allocation_cues import requested
from extractors.grants.project_status import status_of_context
from tests.funding_helpers import document, funding_contract


def _result(text: str) -> dict:
    return funding_contract(text)


def _projects(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(p.name, float(p.amount) if p.amount is not None else None, p.status) for p in _result(text)["projects"]]


_COLON_LIST = (
    "The mayor awarded grants of £150 to five groups at the town meeting.\n\n"
    "The five groups receiving grants of £150 were: Eastby Bowls Club, TWIGS, Fellside Singers, The Potters and "
    "Northgate Lunch Club.\n"
)


def test_a_press_list_after_a_colon_shares_the_lead_figure():
    assert _projects(_COLON_LIST) == [
        ("Eastby Bowls Club", 150.0, "approved"),
        ("TWIGS", 150.0, "approved"),
        ("Fellside Singers", 150.0, "approved"),
        ("The Potters", 150.0, "approved"),
        ("Northgate Lunch Club", 150.0, "approved"),
    ]


def test_a_figure_each_of_listed_recipients_got_is_no_payout_total():
    assert _result(_COLON_LIST)["allocations"] == []


_BRACKET_EACH = (
    "The groups awarded their annual grant were: St Agnes, St Luke and St Mark (£120 each towards graveyard upkeep), "
    "Tarn Drama Club (£300), Fell Choir (£200).\n"
)


def test_names_before_a_bracketed_figure_for_each_are_each_a_project():
    assert _projects(_BRACKET_EACH) == [
        ("St Agnes", 120.0, "approved"),
        ("St Luke", 120.0, "approved"),
        ("St Mark", 120.0, "approved"),
        ("Tarn Drama Club", 300.0, "approved"),
        ("Fell Choir", 200.0, "approved"),
    ]


def test_a_bracketed_figure_for_each_needs_a_lead_giving_a_status():
    text = "The Tarn Trail and the Fell Walk (£120 each) were both mentioned.\n"
    assert [name for name, _, _ in _projects(text)] != ["Tarn Trail", "Fell Walk"]


_SUBMITTED = (
    "Three funding applications had been submitted for ratification by the Board. These were as follows:\n\n"
    "·         Village Signs: £1,250.50 (submitted by Eastby Parish Council)\n\n"
    "·         Path Repairs: £980 (submitted by the Fell & Tarn Ramblers Group)\n\n"
    "·         Village Signs: £760 (submitted by Westby Parish Council)\n"
)


def test_an_applicant_in_brackets_after_the_figure_names_the_project():
    assert _projects(_SUBMITTED) == [
        ("Eastby Parish Council", 1250.5, "recommended"),
        ("Fell & Tarn Ramblers Group", 980.0, "recommended"),
        ("Westby Parish Council", 760.0, "recommended"),
    ]


def test_submitted_for_ratification_recommends():
    assert status_of_context("two applications submitted for ratification by the Board")[0] == "recommended"


_FOR_ORG = (
    "Fellbridge Council gave out grants to local groups this year.\n\n"
    "The grants provided have included:\n\n"
    "  • £400 for Eastby Together, to put towards a summer fair\n"
    "  • £250 for Tarn Youth Theatre, for new costumes\n"
    "  • £300 for Northgate Tenants Association to put towards a garden\n"
)


def test_figure_first_bullets_name_the_body_after_for():
    assert _projects(_FOR_ORG) == [
        ("Eastby Together", 400.0, "approved"),
        ("Tarn Youth Theatre", 250.0, "approved"),
        ("Northgate Tenants Association", 300.0, "approved"),
    ]


def test_a_figure_for_a_purpose_is_still_read_as_the_purpose():
    text = "That the Cabinet Member approves the following contributions:\n\na) £5,000 for the delivery of a mentoring service.\n"
    assert [name for name, _, _ in _projects(text)] == ["delivery of a mentoring service"]


def _allocations(text: str) -> list[tuple[str | None, str, float]]:
    return [(a.financial_year, a.kind, float(a.amount)) for a in _result(text)["allocations"]]


def test_the_remaining_funds_available_for_allocation_are_a_balance():
    text = "Grants update. As such, the remaining Tarn Fund funds available for allocation in 2019/2020 is £4,500.\n"
    assert _allocations(text) == [("2019/20", "remaining", 4500.0)]
    text = "The grants panel met. The remaining Fell response funding stood at £2,210.\n"
    assert _allocations(text) == [(None, "remaining", 2210.0)]


def test_applications_totalling_a_figure_received_are_an_ask():
    assert requested("Four applications, totalling", " had been received and each was scored")
    text = "Grants for 2019/20. Four applications, totalling £9,250.40 had been received and each was scored.\n"
    assert _allocations(text) == []


_BUDGET_AND_THRESHOLD = (
    "The grants panel met.\n\n"
    "The current year’s budget for small grants is £6,000. New applications are judged on their merits, bearing in "
    "mind the following points:\n\n"
    "    • The benefit(s) to the town\n"
    "    • Larger applications (for £6,000 or more) must be submitted by 31st October each year.\n"
)


def test_a_threshold_or_more_is_no_project_and_leaves_the_budget_for_small_grants_the_fund():
    assert _projects(_BUDGET_AND_THRESHOLD) == []
    assert _allocations(_BUDGET_AND_THRESHOLD) == [(None, "grant_total", 6000.0)]


def test_a_sum_worth_of_funding_awarded_to_counted_groups_is_the_payout():
    text = "The panel met to look at requests. In total, £2,400 worth of funding was awarded to six very different groups.\n"
    assert _allocations(text) == [(None, "approved_total", 2400.0)]


_IN_RESPECT = (
    "2. Recommendation\n\nIt is recommended that;\n\nIn respect of the application from Tarn Bowls Club;\n\n"
    "A grant of £2,100 is awarded for the purpose of capital spending on a new roof, subject to the following conditions;\n\n"
    "(i) Other funding for the rest of the cost, £3,900, being obtained by 31 March 2015.\n\n"
    "In respect of the application from Eastby Parish Council;\n\n"
    "A grant of £9,000 is awarded for the purpose of capital spending on new allotments.\n"
)


def test_a_grant_under_in_respect_of_the_application_from_names_the_applicant_and_is_recommended():
    assert _projects(_IN_RESPECT) == [
        ("Tarn Bowls Club", 2100.0, "recommended"),
        ("Eastby Parish Council", 9000.0, "recommended"),
    ]


def test_a_named_trust_ending_in_charities_is_a_recipient():
    text = "The groups awarded their annual grant were: Fell Poetry Festival (£300), Tarn Municipal Charities (£450).\n"
    assert _projects(text) == [("Fell Poetry Festival", 300.0, "approved"), ("Tarn Municipal Charities", 450.0, "approved")]


def test_a_name_after_a_linking_adverb_with_an_aside_in_dashes_is_the_recipient():
    text = "The panel met. Finally, Tarn Chat – a weekly meeting for carers – was awarded £380 to buy seating.\n"
    assert [name.split(" – ")[0] for name, _, _ in _projects(text)] == ["Tarn Chat"]


def test_a_grant_funding_agreement_with_a_named_body_is_its_project_not_a_fund():
    text = (
        "Decision:\n\nThat the Executive Councillor:\n\n  1. Approves the issue of a new Grant Funding Agreement with Tarn "
        "Advice Network to a value of £94,500 to continue advice services for a further 12 month period.\n"
    )
    assert _projects(text) == [("Tarn Advice Network", 94500.0, "approved")]
    assert _allocations(text) == []


def test_an_agenda_keeps_only_its_budget_block():
    from extractors.extraction import extract_document
    from extractors.facts import to_facts

    text = (
        "AGENDA\n1. APOLOGIES FOR ABSENCE\n2. CONSIDERATION OF GRANT APPLICATIONS 2024/2025\n"
        "The Grant Budget for 2024/2025 is as follows:\n"
        "Total Grant budget for 2024/2025 £12,000\nTotal Grants awarded to date £7,500\nRemaining Grants budget 2024/2025 £4,500\n"
        "a) To consider a request for £900 from Fell Choir\n"
    )
    parsed = document(text)
    facts = to_facts(parsed, extract_document(parsed))
    assert [(a.financial_year, a.kind, float(a.amount)) for a in facts.allocations] == [
        ("2024/25", "grant_total", 12000.0), ("2024/25", "approved_total", 7500.0), ("2024/25", "remaining", 4500.0),
    ]
    assert facts.projects == []


def test_a_sum_presented_in_grants_to_a_diverse_range_of_causes_is_the_payout():
    text = "Town leaders presented more than £8,000 in grants to a diverse range of worthy causes at the town meeting.\n"
    assert _allocations(text) == [(None, "approved_total", 8000.0)]


def test_a_sum_used_to_fund_counted_charities_is_the_payout():
    text = "“Already £172,350 from the first grant allocation has been used to fund 31 micro charities across Tarnshire.\n"
    assert _allocations(text) == [(None, "approved_total", 172350.0)]


def test_a_body_thanking_the_council_for_its_grant_got_it_and_a_person_did_not():
    text = "Two leaders from the 2nd Fell Scouts thanked the council for their £900 grant, which will go towards a hut.\n"
    assert _projects(text) == [("2nd Fell Scouts", 900.0, "approved")]
    assert _projects("Jo Lowe thanked the council for their £300 grant, which paid for a kiln.\n") == []


def test_the_bracketed_applicant_and_the_heading_hold_when_lines_are_wrapped():
    wrapped = (
        "Two applications had been submitted for ratification by the Board. These were as follows:\n\n"
        "·         Village Signs: £1,250.50 (submitted by Eastby Parish\nCouncil)\n\n"
        "·         Path Repairs: £980 (submitted by the Fell Ramblers Group)\n"
    )
    assert [name for name, _, _ in _projects(wrapped)] == ["Eastby Parish Council", "Fell Ramblers Group"]
    heading = _IN_RESPECT.replace("awarded for the purpose of capital spending on a new roof,", "awarded for the purpose of\ncapital spending on a new roof,")
    assert [name for name, _, _ in _projects(heading)] == ["Tarn Bowls Club", "Eastby Parish Council"]
