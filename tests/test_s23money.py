"""Money layouts of session 23 (our own words): a resolution allocating grants over a table flattened to one cell per
line, whose last row prints only the sums, a column of the sums asked for beside the sums given, and a '£0' row."""

from __future__ import annotations

from extractors.grants import funding
from extractors.grants.decision_layout import stacked_rows
from extractors.grants.project_status import status_of_context
from tests.funding_helpers import document, funding_contract


def _result(text: str) -> dict:
    return funding_contract(text)


def _projects(text: str) -> list[tuple]:
    return [(p.name, p.amount and float(p.amount), p.status) for p in _result(text)["projects"]]


_ALLOCATED = (
    "RESOLVED to allocate up to £9,000 of grant funding as follows:\n\n \n\nOrganisation\n\nAllocation\n\n"
    "Eastby Carers Circle\n\n£4,000\n\nFell Lane Scouts\n\n£0\n\nTarn Valley Larder\n\n£3,000\n\n"
    "Westby Lunch Club\n\n£2,000\n\n \n\n£9,000\n"
)


def test_resolved_to_allocate_approves():
    assert status_of_context("RESOLVED to allocate up to £9,000 of grant funding as follows:")[0] == "approved"


def test_closing_row_of_sums_keeps_the_last_row():
    names = [row.name for table in stacked_rows(_ALLOCATED, 0, len(_ALLOCATED)) for row in table]
    assert names[-2:] == ["Westby Lunch Club", ""]
    assert ("Westby Lunch Club", 2000.0, "approved") in _projects(_ALLOCATED)


def test_closing_row_of_sums_is_the_approved_total():
    found = funding.extract_funding(document(_ALLOCATED)).allocations
    assert [(a.kind, float(a.amount)) for a in found if a.qualifier is None] == [("approved_total", 9000.0)]


def test_closing_row_must_add_up():
    text = _ALLOCATED.replace("\n£9,000\n", "\n£7,500\n")
    assert ("Westby Lunch Club", 2000.0, "approved") not in _projects(text)


def test_nil_row_is_no_project():
    assert [name for name, _, _ in _projects(_ALLOCATED)] == ["Eastby Carers Circle", "Tarn Valley Larder", "Westby Lunch Club"]


_ASKED = (
    "RESOLVED to allocate grant funding as follows:\n\nOrganisation\n\nAmount Requested\n\nAllocated 2025/26\n\n"
    "Eastby Carers Circle\n\n£8,000\n\n£4,000\n\nTarn Valley Larder\n\n£5,500\n\n£3,000\n\n"
    "Westby Lunch Club\n\n£2,500\n\n£2,000\n"
)


def test_requested_column_beside_allocated_is_not_read():
    assert sorted(_projects(_ASKED)) == [
        ("Eastby Carers Circle", 4000.0, "approved"), ("Tarn Valley Larder", 3000.0, "approved"),
        ("Westby Lunch Club", 2000.0, "approved"),
    ]


def test_requested_column_alone_is_read():
    text = _ASKED.replace("Allocated 2025/26", "Notes 2025/26")
    assert len([row for table in stacked_rows(text, 0, len(text)) for row in table][0].amounts) == 2


def _allocations(text: str) -> list[tuple]:
    return [(a.kind, a.financial_year, float(a.amount)) for a in _result(text)["allocations"]]


def test_acceptance_of_grant_funding_is_the_grant():
    text = "To propose the acceptance of £48,000 of grant funding from the Department to pay for crossings."
    assert _allocations(text) == [("grant_total", None, 48000.0)]


def test_accepting_a_named_grant_offer():
    text = "That the Cabinet supports the Trust to accept the Heritage Fund grant offer of £2,150,000, subject to terms."
    assert _allocations(text) == [("grant_total", None, 2150000.0)]


def test_accepting_a_sum_only_when_offered():
    offered = "That the Council accept the total sum of £610,000 offered to the Council by the Department under the Fund."
    assert _allocations(offered) == [("grant_total", None, 610000.0)]
    assert _allocations("That the Council accept the sum of £610,000 for the sale of the depot.") == []


def test_register_serial_year_is_no_grant_year():
    text = "0031 2025/26\n09/07/2025\nAcceptance of Grant\nTo propose the acceptance of £48,000 of grant funding from the Department."
    assert _allocations(text) == [("grant_total", None, 48000.0)]


def test_name_after_across_is_a_place():
    text = "Twelve community projects based across Tarnside Borough have been awarded £31,000 from the Commissioner."
    assert _projects(text) == []


def test_adjective_before_the_kind_and_one_word_in_two_capitals():
    text = (
        "Among the groups funded in Eastby is BuildAhead, based at the Old Mill, which runs courses for school leavers.\n"
        "The not-for-profit organisation was awarded £7,250."
    )
    assert _projects(text) == [("BuildAhead", 7250.0, "approved")]


def test_aside_between_recipient_and_verb():
    text = (
        "READ MORE: Tarnside Council Election 2022 candidates: who can I vote for\n"
        "Orchard Lane Support Network, which gives practical help to older residents, received £6,400."
    )
    assert _projects(text) == [("Orchard Lane Support Network", 6400.0, "approved")]


def test_share_of_a_larger_sum_is_no_total():
    text = (
        "Sixteen community projects have been awarded £43,000 from the Commissioner.\n"
        "The money is a share of around £190,000 of cash seized from offenders."
    )
    found = funding.extract_funding(document(text)).allocations
    assert 43000 not in [a.amount for a in found]


def test_unclaimed_found_property_is_no_underspend():
    from extractors.grants.allocation_cues import labels

    assert "UNDERSPEND" not in labels("cash from the sale of unclaimed found property")
    assert "UNDERSPEND" in labels("£4,000 was unclaimed at the year end")


def test_sentence_splitting_the_sum_before_gives_no_grant():
    text = (
        "The Commissioner has announced a £180,000 funding pot for 2020-21 for community groups.\n"
        "Of this amount, £130,000 will be allocated in large grants while £50,000 has been set aside for smaller projects."
    )
    assert _allocations(text) == [("grant_total", "2020/21", 180000.0)]


def test_sum_from_a_budget_put_to_one_use_is_no_grant():
    text = "It was also agreed that £4,000 from the 2020/2021 community grant budget will be used to help local groups."
    assert _allocations(text) == []


def test_approval_for_the_awards_totalling():
    text = "Approval for the awards, totalling £650, was granted under delegated powers by the Executive Director."
    assert _allocations(text) == [("approved_total", None, 650.0)]


def test_award_funding_to_applicants_to_the_value_of():
    text = "Award funding to successful applicants to the value of £184,250 under the Shopfronts Restore Grant Programme."
    assert _allocations(text) == [("approved_total", None, 184250.0)]


def test_groups_to_benefit_from_funds_of():
    text = "More than 80 community groups across the area are to benefit from funds of £150,000, following voting events."
    assert _allocations(text) == [("approved_total", None, 150000.0)]


def test_headline_awards_to_local_groups():
    from extractors.grants.stated_forms import stated_form

    assert stated_form("Corvale Police and Crime Commissioner Awards", " to Local Community Groups") == "approved_total"
    assert stated_form("The Commissioner awards", " to Local Community Groups") is None
    assert stated_form("Corvale Commissioner Awards", " to Tarn Rowing Club") is None


def test_over_the_last_year_is_twelve_months_not_a_financial_year():
    import datetime as dt

    from extractors.readers.fiscal_year import find_financial_years

    text = "Over the last year, the fund backed 40 projects. Last year the fund was smaller."
    found = [y.year for y in find_financial_years(text, 0, len(text), dt.date(2022, 9, 12))]
    assert found == ["2021/22"]


def test_groups_receiving_over_the_last_year():
    text = (
        "Published: 12 September 2022\n\n"
        "Over the last year, the fund has backed 142 projects, with organisations and groups receiving over £98,000."
    )
    assert _allocations(text) == [("approved_total", None, 98000.0)]
