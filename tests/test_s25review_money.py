"""Review of session 25's money rules: misfires on other bodies' ordinary papers, in our own words."""

from __future__ import annotations

from tests.test_s23money24 import _projects


def test_subject_to_approval_in_a_resolution_that_awards_stays_approved():
    minutes = (
        "Tarnby Town Council\nMinutes of the Grants Committee, 9 April 2025\n5. Grant applications\n"
        "RESOLVED that a grant of £2,500 be awarded to Tarnby Youth Football Club towards new goals, subject to "
        "approval of the club's accounts by the Clerk.\n"
    )
    assert _projects(minutes) == [("Tarnby Youth Football Club – new goals", 2500.0, None, "approved")]
    parish = (
        "Hollin Parish Council\nMinutes, 2 June 2025\n8. Community grants\n"
        "It was resolved to award £3,000 to Hollin Village Hall Committee for a new roof, subject to planning approval "
        "being granted.\n"
    )
    assert _projects(parish) == [("Hollin Village Hall Committee – a new roof", 3000.0, None, "approved")]
    notice = (
        "Fellside Borough Council\nDecision notice\nDECISION: The Cabinet Member approved a grant of £20,000 to Tarn "
        "Heritage Trust, subject to Cabinet approval of the capital programme.\n"
    )
    assert _projects(notice) == [("Tarn Heritage Trust", 20000.0, None, "approved")]


def test_subject_to_approval_in_a_report_forecasting_an_award_is_recommended():
    report = "Report to Grants Panel\nTarnby Carers Centre will receive £4,000 for a respite service, subject to Cabinet approval in June.\n"
    assert _projects(report) == [("Tarnby Carers Centre – a respite service", 4000.0, None, "recommended")]


def test_grants_the_council_won_included_names_no_places_as_projects():
    report = (
        "Tarnby Town Council\nAnnual report\nExternal grants won by the council included; £5,000 for new benches at "
        "Memorial Park, £2,000 for planting at Hollin Green.\n"
    )
    assert _projects(report) == []
    received = (
        "Tarnby Town Council\nAnnual report\nGrants received by the council included; £5,000 for Tarnby Town Council "
        "for the youth service, £2,000 for planting at Memorial Park.\n"
    )
    assert _projects(received) == []


def test_a_councillor_or_a_ward_opening_an_award_line_names_no_project():
    ward_budgets = (
        "Westmoor District Council\nWard member budgets 2024/25\nThe following awards were made from ward budgets:\n"
        "Cllr Peter Hall, Tarnby Scouts for a new tent, £300.\n"
        "Cllr Jane Moss, Hollin Lunch Club towards transport, £450.\n"
    )
    assert all(not name.startswith("Cllr") for name, *_ in _projects(ward_budgets))
    wards = (
        "Fellside Community Chest\nAwards were made as follows:\n"
        "Tarnby North Ward, new goal posts for the youth team, £600.\n"
        "Hollin East Ward, hanging baskets along the high street, £250.\n"
    )
    assert _projects(wards) == []
