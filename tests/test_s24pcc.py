"""Money layouts of commissioners', mayors' and partnerships' news pages (session 24, our own words): running totals,
totals since a fund began, a joint total split into shares, a fund top-up, an underspend and a partnership's grant."""

from __future__ import annotations

from extractors.grants.stated_running import running_kind, since_launch
from tests.funding_helpers import document, funding_contract


def _allocations(text: str) -> list[tuple]:
    found = funding_contract(text)["allocations"]
    return sorted((a.kind, a.financial_year, float(a.amount)) for a in found)


def test_granting_a_total_to_projects_is_the_payout():
    text = (
        "The Mayor has awarded over £90,000 to community projects.\n\n"
        "At the awards evening the Mayor backed safer streets by granting a total of £93,410.25 to local community safety projects."
    )
    assert _allocations(text) == [("approved_total", None, 93410.25)]


def test_hedged_figure_is_no_rounding_of_a_much_larger_one():
    text = (
        "This brings the total amount of funding provided to youth projects by the Mayor to over £250,000. "
        "This is in addition to the £1.9 million already delivered by the scheme to 400 projects since 2015."
    )
    assert _allocations(text) == [("approved_total", None, 250000.0), ("approved_total", None, 1900000.0)]


def test_total_since_the_fund_began_takes_no_section_year():
    text = (
        "Grants for 2019-20\n\nSince the Community Fund was launched five years ago, nearly £400,000 has been awarded "
        "to nearly 120 community projects across the county."
    )
    assert _allocations(text) == [("approved_total", None, 400000.0)]
    assert since_launch("since starting the fund in 2013") and since_launch("since 2014")
    assert not since_launch("since the start of the year") and not since_launch("since April")


def test_joint_total_split_into_shares_keeps_the_shares():
    text = (
        "Charities supporting victims have been granted £300,000 by the two Commissioners. "
        "Services across Eastshire will receive a share of £120,000 and Westshire's organisations will get a share of £180,000."
    )
    assert _allocations(text) == [("approved_total", None, 120000.0), ("approved_total", None, 180000.0)]


def test_shares_must_add_up_to_the_total():
    text = (
        "Charities supporting victims have been granted £500,000 by the two Commissioners. "
        "Services across Eastshire will receive a share of £120,000 and Westshire's organisations will get a share of £180,000."
    )
    assert ("approved_total", None, 500000.0) in _allocations(text)


def test_given_away_from_fund_and_still_to_be_allocated():
    text = "So far the Commissioner has given away more than £12,000 from his Community Fund – with just over £8,000 still to be allocated."
    assert _allocations(text) == [("approved_total", None, 12000.0), ("remaining", None, 8000.0)]


def test_top_up_of_a_fund_is_not_its_size():
    assert running_kind("A further", " has been allocated to the fund.") is None
    assert _allocations("A further £3,000 has been allocated to the fund between the Commissioner and the Probation Service.") == []


def test_underspend_of():
    assert _allocations("An under-spend of £2,140 in last year's budget will be carried over.") == [("underspend", None, 2140.0)]


def test_uncounted_recipients_receiving_from_funder():
    text = "Charities and groups across the county, including Fell Youth Club, Moss Lane Scouts and Tarn Food Bank, will receive £20K of funding from the Commissioner."
    assert _allocations(text) == [("approved_total", None, 20000.0)]
    counted = "Twelve charities across the county will receive £20K of funding from the Commissioner."
    assert running_kind(counted.split("£")[0], "of funding from the Commissioner.") is None


def test_fund_supported_counted_projects_with():
    assert _allocations("Since 2020, the fund has supported 60 projects with over £700,000.") == [("approved_total", None, 700000.0)]


def test_funder_provided_the_partnership_with():
    text = "2.1 In the 2021/2022 financial year, the Joint Committee provided the PCSP with £512,000 of which £300,000 was for projects."
    assert ("grant_total", "2021/22", 512000.0) in _allocations(text)


def test_apply_for_a_share_of_the_pot():
    text = "Groups have until Friday to apply to the Commissioner for a share of £90,000 in money seized from criminals."
    assert running_kind(text.split("£")[0], " in money seized") == "grant_total"


def test_district_receiving_community_safety_money_is_no_project():
    text = "Ashby is set to receive almost £22,000 towards developing community safety in the borough, thanks to the Commissioner."
    assert funding_contract(text)["projects"] == []
    club = "Ashby Boxing Club is set to receive £2,000 towards new gloves, thanks to the Commissioner."
    assert [p.name for p in funding_contract(club)["projects"]] != []


_BIDS = (
    "Charities helping victims have been granted £40,000 by the Commissioner. "
    "The organisations include: A Tarn Outreach project bid worth £12,000.00, a Court support bid, worth £18,000 "
    "and a Moss Lane Trust bid for £10,000."
)


def test_bids_listed_after_include_are_projects_with_the_outcome_before():
    found = [(p.name, float(p.amount), p.status) for p in funding_contract(_BIDS)["projects"]]
    assert found == [
        ("Tarn Outreach project", 12000.0, "approved"), ("Court support", 18000.0, "approved"), ("Moss Lane Trust", 10000.0, "approved"),
    ]


def test_bids_without_an_outcome_are_left_out():
    text = _BIDS.replace("Charities helping victims have been granted £40,000 by the Commissioner. ", "")
    assert funding_contract(text)["projects"] == []


def test_top_up_is_no_fund_for_the_fallback_either():
    text = (
        "Ashby will get a community safety grant this year.\n\nA further £3,000 has been allocated to the fund between the "
        "Commissioner and the Probation Service.\n\nAn under-spend of £1,200 in last year's budget will be carried over."
    )
    assert _allocations(text) == [("underspend", None, 1200.0)]


def test_invited_to_a_special_meeting_of_the_committee_gives_its_day():
    import datetime as dt

    from extractors.proceedings.future_meetings import extract_future_meetings

    text = (
        "The Committee agreed to invite the Housing Board to a special meeting of the Committee, to which all Members "
        "would be invited, on 7th October 2026 at 4.30 p.m. to present its plan.\n"
    )
    doc = document(text)
    found = extract_future_meetings(doc, 0, len(doc.text), dt.date(2026, 8, 12), "Committee")
    assert [f.date.isoformat() for f in found] == ["2026-10-07"]


def test_apologies_on_behalf_of_by_combined_authority_groups():
    from extractors.proceedings.attendance_apology_groups import grouped_apologies

    text = (
        "Apologies for absence were received on behalf of:\n\n \n\nTCR Combined Authority\n\n"
        "Mayor Hana Price, Mayor of Tarnside City Council  \n\n \n\nAssociate Member\n\nCouncillor Rita Shaw, Leader of Marshby Council\n\n"
        " \n\nDeputy Portfolio Holders\n\nCouncillor Tom Hale\n\nCouncillor Jo Webb\n\n2.\n\nDeclarations of Interest\n"
    )
    assert [text[a:b] for a, b in grouped_apologies(text, 0, len(text))] == [
        "Mayor Hana Price", "Councillor Rita Shaw", "Councillor Tom Hale", "Councillor Jo Webb",
    ]
