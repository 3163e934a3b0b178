"""Review of the session 24 money rules on other bodies' ordinary papers (our own words): each test is a layout where
a new rule misfired, named after the bug."""

from __future__ import annotations

from tests.test_s23money24 import _allocations, _projects


def test_example_costs_run_on_one_line_are_no_awards():
    costs = (
        "Guidance for applicants to the Community Chest\n\n"
        "Examples Hall Hire – £40 for a morning session Coach Travel - £300 for a day trip Printing Costs - £120 for "
        "leaflets Room Rental – £60 for an evening\nApplications close on 30 June 2025.\n"
    )
    assert _projects(costs) == []
    ideas = (
        "Tarnby Town Council Community Fund\n\nExamples of projects Village Planters – £250 to buy bulbs Youth Football "
        "Kit - £400 for new shirts Bench Repairs - £300 towards new slats\nThese are illustrations of what the fund could support.\n"
    )
    assert _projects(ideas) == []


def test_award_dated_last_year_takes_no_pot_year():
    last_year = (
        "Northern Area Committee  14 May 2025\n\n6. Ward grants\nThe Chairman said the Committee had been given £30,000 to "
        "allocate in the 2025/26 financial year. Last year the Committee allocated £1,500 to Eastby Bowls Club.\n"
    )
    assert [p[2] for p in _projects(last_year)] == [None]


def test_grants_the_council_gives_a_partnership_are_not_received():
    text = (
        "Cabinet 12 March 2025\n\n8. Community Safety Partnership funding\n"
        "The Council has allocated the following grants to the Partnership:\n\n"
        "Domestic abuse outreach - £15,000\nYouth diversion - £12,500\nNight-time economy marshals - £8,000\n\n"
        "Cabinet noted the allocations.\n"
    )
    assert [a for a in _allocations(text) if a[0] == "grant_total"] == []


def test_total_line_under_received_grants_is_no_further_grant():
    text = (
        "Decision record\n\nThe County Council has allocated the following grants to this Council:\n\n"
        "Household Support - £40,000\nWarm Spaces - £12,000\nTotal - £52,000\n\nThe grants were accepted by the Chief Executive.\n"
    )
    assert sorted(a[2] for a in _allocations(text) if a[0] == "grant_total") == [12000.0, 40000.0]


def test_club_award_under_a_scheme_is_no_share_of_a_fund():
    scheme = "Tarnby Town Council news\n\nUnder the Small Grants Scheme, Westmere Cricket Club's grant was £750 for new nets.\n"
    assert [a for a in _allocations(scheme) if a[0] == "grant_total"] == []
    fund = "Community Fund update\n\nThrough the Community Fund, Fellside Tennis Club's award amounts to £2,400 towards new floodlights.\n"
    assert [a for a in _allocations(fund) if a[0] == "grant_total"] == []


def test_council_allocation_with_no_national_sum_before_is_no_grant():
    text = (
        "Eastby Parish Council minutes\n\nGrants to local organisations\n"
        "The Council's allocation was £5,000 for the year, of which £3,200 has been given out.\n"
    )
    assert [a for a in _allocations(text) if a[0] == "grant_total"] == []


def test_scheme_limit_beside_a_titled_award_keeps_the_award():
    text = (
        "Decision details\n\nWestmere Bowls Club - Application for Financial Assistance EX25-014\n\nDecision Maker: Executive\n\n"
        "Decisions:\n\nRESOLVED\n\nThat a grant of £300 be awarded to the club towards new mats. Groups may be awarded up "
        "to a maximum of £500 in any year.\n\nDate of decision: 16/12/2025\n"
    )
    assert _projects(text) == [("Westmere Bowls Club", 300.0, None, "approved")]


def test_staff_donations_to_charities_are_no_approved_total():
    text = (
        "Tarnby Borough Council news\n\nStaff charity year\nOver £5,000 has been donated by staff to local charities this "
        "year through bake sales and sponsored walks.\n"
    )
    assert _allocations(text) == []


def test_extra_savings_the_council_secured_are_no_grant():
    text = "Eastby Borough Council Budget 2025/26\n\nThe Council has secured an extra £250,000 of savings from the waste contract.\n"
    assert _allocations(text) == []
