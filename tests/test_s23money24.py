"""Money layouts of session 24 (our own words): a flattened slide of example awards run together on one line
('Examples A – £N to buy ... B - £M towards ...'), one ward member's share of a scheme ('Each ward member has £N
allocation'), an award drawn from the pot whose year the sentence before states, and a national programme's figure
in a minutes bullet."""

from __future__ import annotations

from extractors.grants.funding_layout import FundingLayout
from extractors.grants.project_purpose_runs import purpose_run_mentions
from tests.funding_helpers import document, funding_contract


def _result(text: str) -> dict:
    return funding_contract(text)


def _projects(text: str) -> list[tuple]:
    return [(p.name, p.amount and float(p.amount), p.financial_year, p.status) for p in _result(text)["projects"]]


def _allocations(text: str) -> list[tuple]:
    return [(a.kind, a.financial_year, float(a.amount)) for a in _result(text)["allocations"]]


_SLIDE = (
    "What can be funded? Capital costs e.g. sports kit Revenue costs e.g. hall hire\n"
    "Examples Eastby Tennis Club – £310 to purchase new nets Fellside Cricket Club - £520 towards the cost of a roller "
    "Tarnby Village Hall – £205to purchase folding tables TYNA - £450 towards the costs of new chairs\n"
    "How to apply Forms go to the grants officer\n"
)


def test_example_awards_run_on_one_line():
    assert _projects(_SLIDE) == [
        ("Eastby Tennis Club", 310.0, None, "approved"),
        ("Fellside Cricket Club", 520.0, None, "approved"),
        ("Tarnby Village Hall", 205.0, None, "approved"),
        ("TYNA", 450.0, None, "approved"),
    ]
    assert _allocations(_SLIDE) == []


def _run(text: str) -> list[str]:
    return [m.name for m in purpose_run_mentions(FundingLayout(document(text)), set(), ("projects", "0"))]


def test_run_needs_a_purpose_after_each_figure():
    assert _run(_SLIDE.replace("£520 towards the cost of a roller", "£520 Roller Hire")) == []


def test_run_needs_its_lead():
    assert _run(_SLIDE) == ["Eastby Tennis Club", "Fellside Cricket Club", "Tarnby Village Hall", "TYNA"]
    assert _run(_SLIDE.replace("Examples ", "Applications ")) == []


def test_one_members_share_is_no_allocation():
    text = (
        "What funding is available? Each ward member has £1,200 allocation First allocation runs from Oct 2026 – "
        "March 2027 Second allocation runs from April 2027 – March 2028 Underspend from first will be carried over into 2027-28\n"
    )
    assert _allocations(text) == []


def test_award_takes_the_year_of_the_pot_stated_before():
    text = (
        "The Chairman explained that the Northern Area Committee had been given a total of £36,000.00 of funding to "
        "allocate in the 2026/27 financial year.  At the previous meeting the Committee allocated £615.00 to Eastby "
        "Bowls Club which left £35,385.00 to be allocated at this meeting.\n"
    )
    assert _projects(text) == [("Eastby Bowls Club", 615.0, "2026/27", "approved")]


def test_award_after_a_sentence_without_a_pot_keeps_no_year():
    text = (
        "The 2026/27 accounts were noted.  At the previous meeting the Committee allocated £615.00 to Eastby "
        "Bowls Club.\n"
    )
    assert _projects(text) == [("Eastby Bowls Club", 615.0, None, "approved")]


def test_governments_national_programme_is_no_project():
    text = (
        "Key points from the discussion were:\n\n"
        "  • Gigabit Voucher Scheme - suppliers and the Government’s £5 billion project running up to 2029-2030\n"
        "  • Villages without a fixed line have been mapped\n"
    )
    assert _projects(text) == []


_RECEIVED = (
    "Tarnshire County Council has allocated the following grants to this Council:\n\n"
    "Reference WRG 1 - £48,215\nReference WRG 2 - £112,904\n\n"
    "This decision records formal acceptance of that money.\n\nFrom £20,000 to £75,000 – the Chief Executive;\n"
)


def test_grants_listed_as_allocated_to_this_council_are_its_grants():
    assert _allocations(_RECEIVED) == [("grant_total", None, 48215.0), ("grant_total", None, 112904.0)]


def test_the_list_needs_the_lead_naming_this_council():
    text = _RECEIVED.replace("has allocated the following grants to this Council:", "lists the following references:")
    assert _allocations(text) == []


_CAPPED = (
    "Decision details\n\nFellbrook Infant School - Application for Financial Assistance EXE27-031\n\n"
    "Decision Maker: Executive\n\nDecisions:\n\nRESOLVED\n\nThat a grant of 40% of the costs of an outdoor classroom for "
    "the pupils of Fellbrook Infant School be awarded up to a maximum of £4,200 from the Community Fund.\n"
)


def test_award_up_to_a_maximum_is_one_capped_award():
    assert _projects(_CAPPED) == [("Fellbrook Infant School", 4200.0, None, "approved")]


def test_a_maximum_without_a_verb_of_giving_stays_a_limit():
    assert _projects(_CAPPED.replace("be awarded up to a maximum of", "be limited to a maximum of")) == []


_BOUND = (
    "MORE than £40,000 has been donated to good causes in the first year of a new ward grants scheme.\n\n"
    "In total, just over £42,000 has been distributed by members to dozens of different groups, paying for kit.\n"
)


def test_exact_total_given_out_by_the_members():
    assert ("approved_total", None, 42000.0) in _allocations(_BOUND)


def test_rounder_lower_bound_restates_the_exact_total():
    assert _allocations(_BOUND) == [("approved_total", None, 42000.0)]


def test_a_lower_bound_far_below_is_its_own_total():
    text = _BOUND.replace("just over £42,000", "just over £52,000")
    assert _allocations(text) == [("approved_total", None, 40000.0), ("approved_total", None, 52000.0)]


def test_commissioner_secured_an_extra_sum_is_its_grant():
    text = (
        "Rhona Vale, Tarnshire Police and Crime Commissioner, has secured an extra £750,000 from the Home Office to step "
        "up work against anti-social behaviour.\n"
    )
    assert _allocations(text) == [("grant_total", None, 750000.0)]


def test_a_club_that_secured_an_extra_sum_gives_the_body_no_grant():
    text = "Eastby Rowing Club has secured an extra £7,500 from the Home Office to buy a boat.\n"
    assert ("grant_total", None, 7500.0) not in _allocations(text)


def test_area_share_of_a_named_wider_fund_is_its_grant():
    text = (
        "Part of the £9.2 million Ministry of Justice Victims Fund, Tarnshire’s award amounts to £84,300. Of that sum, "
        "£50,000 will be spent on alarms.\n"
    )
    assert _allocations(text) == [("grant_total", None, 84300.0)]


def test_a_clubs_share_without_a_fund_named_before_is_no_grant():
    text = "The Eastby Rowing Club’s award amounts to £8,430 this year.\n"
    assert _allocations(text) == []


def test_councils_allocation_of_a_national_fund_is_its_grant():
    text = (
        "From November 2027, the fund would provide £300million to local authorities and the devolved administrations. "
        "The Councils allocation was £0.9m.\n"
    )
    assert _allocations(text) == [("grant_total", None, 900000.0)]


def test_councils_allocation_to_a_club_is_no_grant_of_its_own():
    assert _allocations("The Council's allocation to Eastby Rowing Club was £900.\n") == []
