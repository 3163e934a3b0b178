"""Money layouts of session 22 (our own words): award lines 'Name – What for. £N' under area headings, a parish
list agreed by the vote line after it, '£N will fund the X programme' in a partnership's news, a ward grants page
whose dateline dates 'the current financial year', and a grant taker that was awarded or won its grant."""

from __future__ import annotations

import datetime as dt

from extractors.grants.funding import dateline
from extractors.grants.project_status import status_of_context, verdict_line
from extractors.grants.stated_forms import taker_given
from tests.funding_helpers import funding_contract


def _result(text: str) -> dict:
    return funding_contract(text)


def _projects(text: str) -> list[tuple]:
    return [(p.name, float(p.amount), p.financial_year, p.status) for p in _result(text)["projects"]]


_AREA_AWARDS = (
    "Groups will benefit from more than £30,000 of funding.\n"
    "In this round, awards have been distributed to:\n"
    "EASTBY\n"
    "Eastby Cricket Club – Redevelopment of the Practice Nets. £12,000\n"
    "Fell Lane Chapel – New heating. £9,500\n"
    "Tarn Youth Theatre - Lighting, sound desk and new staging for the summer show. £8,250\n"
)


def test_award_lines_with_a_purpose_sentence_are_named_by_the_recipient():
    assert _projects(_AREA_AWARDS) == [
        ("Eastby Cricket Club", 12000.0, None, "approved"),
        ("Fell Lane Chapel", 9500.0, None, "approved"),
        ("Tarn Youth Theatre", 8250.0, None, "approved"),
    ]


def test_awards_distributed_approves():
    assert status_of_context("In this round, awards have been distributed to:")[0] == "approved"


_PARISH = (
    "7. To agree details of grant payments as detailed below:\n"
    "- Tarnby Playgroup £220\n"
    "- Fell Lane School £375 (the balance).\n"
    "Agreed: Votes 8 in favour\n"
    "8. To agree the quote for hedge cutting: Agreed\n"
)


def test_a_vote_line_after_the_list_approves_it():
    assert [(name, status) for name, _, _, status in _projects(_PARISH)] == [
        ("Tarnby Playgroup", "approved"), ("Fell Lane School", "approved"),
    ]


def test_verdict_line_forms():
    assert verdict_line("Agreed: Votes 8 in favour")
    assert verdict_line("Carried unanimously")
    assert verdict_line("Approved.")
    assert not verdict_line("Agreed to defer until the next meeting")
    assert not verdict_line("Approved plans were noted")


_WILL_FUND = (
    "The Tarnshire Violence Reduction Partnership has been awarded £300,000 of Government funding for two programmes.\n\n"
    "An investment of £120,000 will fund the continuation of the STEADY programme, a mentoring service.\n\n"
    "A further £180,000 will also fund Trauma Informed Practice training for youth workers until March.\n"
)


def test_will_fund_names_the_programme_of_awarded_money():
    assert _projects(_WILL_FUND) == [
        ("STEADY programme", 120000.0, None, "approved"),
        ("Trauma Informed Practice training", 180000.0, None, "approved"),
    ]


def test_will_fund_without_an_award_before_is_no_project():
    assert _projects("An investment of £120,000 will fund the continuation of the STEADY programme, a mentoring service.\n") == []


def test_the_partnership_awarded_is_its_grant():
    allocations = _result(_WILL_FUND)["allocations"]
    assert [(a.kind, float(a.amount)) for a in allocations] == [("grant_total", 300000.0)]


def test_taker_given_forms():
    assert taker_given("The Office of the Police and Crime Commissioner has successfully bid for")
    assert taker_given("and Crime Commissioner has successfully bid for")
    assert taker_given("The Tarn Partnership – a group which tackles the root causes of crime – has been awarded")
    assert not taker_given("Local groups and charities have been awarded")


_WARD = (
    "Tarn News | Eastfield – Ward Grants\n\n14 February 2019\n\n"
    "During the current financial year , Eastfield Cllrs Ann Hale and Peter Dunn have agreed the following ward grants "
    "for local groups.\n\n"
    "Eastfield Chapel: £250 for new hymn books.\n\n"
    "Eastfield Cricket Club: £180 for a roller cover .\n\n"
    "Friends of Eastfield Park: £300 for bulbs and planters.\n"
)


def test_a_dateline_dates_the_current_financial_year_of_the_list_lead():
    assert [year for _, _, year, _ in _projects(_WARD)] == ["2018/19"] * 3


def test_dateline_forms():
    assert dateline("Title\n\n14 February 2019\n\nText") == dt.date(2019, 2, 14)
    assert dateline("Posted on: Tuesday 4 June 2024\n") == dt.date(2024, 6, 4)
    assert dateline("The meeting on 4 June 2024 was cancelled.\n") is None
    assert dateline("\n".join(["line"] * 8) + "\n4 June 2024\n") is None


def test_a_total_rounded_to_millions_is_recorded_at_the_exact_figure_printed():
    text = (
        "A total of £2.46m has been shared by 512 projects as the final grants are distributed.\n\n"
        "The final £2,462,315.40 figure was reached at an awards evening.\n"
    )
    assert [(a.kind, float(a.amount)) for a in _result(text)["allocations"]] == [("approved_total", 2462315.40)]


def test_has_now_been_awarded_to_groups_is_a_payout():
    text = "A further £31,480 has now been awarded to 12 local groups via the Community Grants scheme.\n"
    assert [(a.kind, float(a.amount)) for a in _result(text)["allocations"]] == [("approved_total", 31480.0)]
