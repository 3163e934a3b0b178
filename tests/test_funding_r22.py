"""Round 22 funding probes (our own words): lettered run-on award lists, budgets named in prose,
one applicant's grant and an award to a named body are no fund, a list marker is no money scale."""

from __future__ import annotations

from extractors.readers.money import find_amounts
from tests.funding_helpers import funding_contract


def _contract(text: str) -> dict:
    result = funding_contract(text)
    return {
        "projects": [(p.name, p.amount) for p in result["projects"]],
        "allocations": [(a.kind, a.amount) for a in result["allocations"]],
    }


def test_lettered_run_on_award_list_reads_each_pair():
    text = (
        "The panel agreed: 1. to approve the following Village Fund awards: a) Marsh Lane Tennis Club - £2,400 "
        "b) Fernby Youth Choir - £900, subject to a match funding letter. c) Oakridge Hall Trust - £3,100 "
        "d) Kestrel Rowing Group - £1,250 2. to note the balance.\n"
    )
    projects = _contract(text)["projects"]
    assert ("Marsh Lane Tennis Club", 2400) in projects
    assert ("Fernby Youth Choir", 900) in projects
    assert ("Oakridge Hall Trust", 3100) in projects
    assert ("Kestrel Rowing Group", 1250) in projects


def test_run_on_list_mixing_marked_and_unmarked_names_is_not_read():
    text = (
        "The panel agreed: to approve the following awards: a) Marsh Lane Tennis Club - £2,400, subject to terms. "
        "Fernby Youth Choir - £900 and the rest of the notes - £100\n"
    )
    assert ("Fernby Youth Choir", 900) not in _contract(text)["projects"]


def test_spaced_letter_closing_a_list_marker_is_no_scale():
    amounts = find_amounts("a) Harbour Club - £4,100 b) Quay Trust - £300")
    assert [a.amount for a in amounts] == [4100, 300]
    assert [a.amount for a in find_amounts("a budget of £2 m for roads")] == [2_000_000]
    assert [a.amount for a in find_amounts("(£3 m) for the scheme")] == [3_000_000]


def test_ward_budget_named_in_prose_is_no_project():
    text = (
        "Members approved an application from Linden Drama Club for a grant of £900 from the Ward Discretionary "
        "Budget (£300 from Northgate and £600 from Southgate wards).\n"
    )
    result = _contract(text)
    assert not any(name.endswith("Budget") for name, _ in result["projects"])
    assert ("grant_total", 900) not in result["allocations"]


def test_award_to_the_named_body_is_no_grant_total():
    text = "Grant Allocation: The Parish Council is pleased to award £400 to the Village Newsletter for printing.\n"
    assert ("grant_total", 400) not in _contract(text)["allocations"]


def test_award_to_the_grants_scheme_can_still_be_the_fund():
    from extractors.grants.figure_roles import named_body_after

    assert not named_body_after("to the Small Grants Scheme for 2024/25")
    assert not named_body_after("to the Community Groups of the town")
    assert named_body_after("to the Village Newsletter for printing")


def _projects(text: str) -> list[tuple]:
    result = funding_contract(text)
    return [(p.name, p.amount, p.status) for p in result["projects"]]


def test_item_asking_one_figure_and_granted_another_reads_the_grant():
    text = (
        "6. Grant Applications\n\n"
        "  • Elmfield Drama Society:  Request for £800 towards stage lighting.  Cllr P Moss PROPOSED that a grant "
        "of £450 is awarded for the lighting rig only; SECONDED by Cllr T Hale; the vote was unanimous.\n"
        "  • Brookside Allotments:  Request for £200 for new water butts.  Cllr T Hale PROPOSED approval of a grant "
        "of £200; SECONDED by Cllr P Moss.  The vote was unanimous.\n"
    )
    projects = _projects(text)
    assert ("Elmfield Drama Society", 450, "approved") in projects
    assert ("Brookside Allotments", 200, "approved") in projects
    assert not any(amount == 800 for _, amount, _ in projects)


def test_item_with_a_grant_figure_nobody_awarded_keeps_its_own_figure():
    text = (
        "6. Grant Applications\n\n"
        "  • Elmfield Drama Society:  Request for £800 towards stage lighting; last year's grant of £300 was spent on costumes.\n"
        "  • Brookside Allotments:  Request for £200 for new water butts.\n"
    )
    assert not any(amount == 300 for _, amount, _ in _projects(text))


def test_resolution_verb_approves_a_lettered_run_on_list_and_alias_is_dropped():
    text = (
        "Committee agreed: 1. to approve the following Village Fund awards: a) Marsh Lane Hall (aka Marsh Lane Playgroup) "
        "- £2,400 b) Fernby Youth Choir - £900 c) Oakridge Hall Trust - £3,100\n"
    )
    projects = _projects(text)
    assert ("Marsh Lane Hall", 2400, "approved") in projects
    assert ("Fernby Youth Choir", 900, "approved") in projects


def test_run_on_list_under_a_report_that_only_lists_awards_gets_no_approval_from_the_verb():
    text = (
        "The report sets out the following Village Fund awards: a) Marsh Lane Hall - £2,400 "
        "b) Fernby Youth Choir - £900 c) Oakridge Hall Trust - £3,100\n"
    )
    assert all(status != "approved" for _, _, status in _projects(text))
