"""Session 18, project review mends and status (our own words): a meeting adopting what a report or committee put to
it approves what near it was proposed or recommended, never a figure the page gave no status; one vocabulary of
counted recipients, one reader of money bounds and ranges, one list of personal titles, one test of money for the
body itself."""

from __future__ import annotations

import pytest

from extractors.grants import funding
from tests.funding_helpers import document, funding_contract


def _statuses(text: str) -> dict[str, str | None]:
    result = funding_contract(text)
    return {p.name: p.status for p in result["projects"]}


_TABLE_THEN_VOTE = (
    "The Committee received a report on Neighbourhood Grants.\n"
    "Members considered the applications set out in the report and the table below.\n"
    "Ref |\nOrganisation |\nPurpose |\nAward £ |\n"
    "NG1 |\nFriends of Tarn Park |\nBulb planting |\n420 |\n"
    "NG2 |\nOakmoor Residents Group |\nSummer picnic |\n350 |\n"
    "NG3 |\nHarbour Street Allotments |\nNew water butts |\n275 |\n"
    "Total awards |\n£1,045 |\n"
    "The chair took the bids in turn and asked whether anyone wished to speak.\n"
    "With no objection raised, the Committee resolved to approve the recommended grants as set out in the table.\n"
)

_RECOMMENDED_THEN_ROUND_AGREED = (
    "Sharing out the spring round, the Town Council agreed to give £900 in grants from its community chest.\n\n"
    "Seven bids had come in by the closing date.\n\n"
    "Its Grants Panel recommended that £150 each should be awarded to Tarnby Bowls Club, Tarnby Toddlers "
    "and the Tarnby Gardeners, with £450 going to Tarnby Village Hall.\n"
)


@pytest.mark.parametrize("text", (_TABLE_THEN_VOTE, _RECOMMENDED_THEN_ROUND_AGREED))
def test_an_adoption_approves_what_was_put_to_the_meeting(text):
    statuses = _statuses(text)
    assert statuses and set(statuses.values()) == {"approved"}


@pytest.mark.parametrize(
    "opening",
    (
        "Tarnby Bowls Club has itself agreed to give £900 in grants to its junior members this year.",
        "Across the county the Tarnshire Foundation decided to award £9,000 in grants last winter.",
        "Its trustees voted to distribute £900 in grants at their own meeting in May.",
    ),
)
def test_a_sum_in_grants_agreed_by_anyone_but_the_meeting_approves_nothing(opening):
    text = _RECOMMENDED_THEN_ROUND_AGREED.replace(
        "Sharing out the spring round, the Town Council agreed to give £900 in grants from its community chest.", opening
    )
    assert opening in text
    statuses = _statuses(text)
    assert statuses and "approved" not in statuses.values(), statuses


@pytest.mark.parametrize("subject", ("the Committee", "Members", "it was"))
def test_a_sum_in_grants_agreed_by_the_meeting_itself_approves_what_was_recommended(subject):
    text = _RECOMMENDED_THEN_ROUND_AGREED.replace("the Town Council agreed", f"{subject} agreed")
    statuses = _statuses(text)
    assert statuses and set(statuses.values()) == {"approved"}, statuses


def test_without_the_vote_the_table_stays_proposed():
    text = _TABLE_THEN_VOTE.replace("the Committee resolved to approve", "the Committee will consider")
    statuses = _statuses(text)
    assert statuses and "approved" not in statuses.values()


def test_an_adoption_gives_no_status_to_a_figure_without_one():
    text = (
        "Fellside Youth Club – £500\nTarn Valley Carers – £750\nOakmoor Food Bank – £300\n\n"
        "Members resolved to approve the recommendations of the Finance Committee.\n"
    )
    assert "approved" not in _statuses(text).values()


from extractors.grants.project_mention import recipient_shaped  # noqa: E402
from extractors.readers.names import PERSONAL_TITLE, PERSONAL_TITLES  # noqa: E402
from tests.funding_helpers import project_pairs  # noqa: E402


@pytest.mark.parametrize("count", ("12", "twelve", "thirteen", "twenty-three", "several"))
def test_money_for_counted_recipients_is_no_project(count):
    text = f"Oakmoor Sports Round – £45,000 awarded to {count} groups\n\nTarn Valley Carers received £750.\n"
    assert project_pairs(text) == [("Tarn Valley Carers", 750.0)]


@pytest.mark.parametrize(
    "line",
    (
        "• Large grants – £2,501 to £10,000",
        "• Small grants – up to £2,500",
        "• Micro grants – less than £250",
        "• Community grants – a maximum of £1,000",
    ),
)
def test_a_bound_or_a_range_of_grant_sizes_is_no_project(line):
    text = f"The panel awarded these grants:\n\n{line}\n• Tarn Valley Carers – £750\n"
    assert project_pairs(text) == [("Tarn Valley Carers", 750.0)]


def test_an_award_of_up_to_a_figure_is_a_project():
    text = "The panel met in June.\n\nFellside Bowls Club was granted up to £500 towards a new mower.\n"
    assert [(name.split(" – ")[0], amount) for name, amount in project_pairs(text)] == [("Fellside Bowls Club", 500.0)]


@pytest.mark.parametrize("name", ("Sir Tom Lowe", "Dr A Fenn", "Revd Jo Marsh", "Mx Sam Hale"))
def test_a_titled_person_is_recipient_shaped(name):
    assert recipient_shaped(name) is True
    # Only the title makes a name with words in lower case after it a person's: without the title it is not one.
    assert recipient_shaped(f"{name} and family") is True
    assert recipient_shaped(f"{name.split(' ', 1)[1]} and family") is False


def test_one_alternation_of_personal_titles_longest_first():
    import re

    assert re.fullmatch(PERSONAL_TITLE, "Professor") and all(re.fullmatch(PERSONAL_TITLE, t) for t in PERSONAL_TITLES)
    assert re.match(PERSONAL_TITLE, "Professor").group(0) == "Professor"


@pytest.mark.parametrize(
    "line",
    (
        "• Corvale Constabulary – £20,000\n",
        "• Tarnshire Fire and Rescue Service – £20,000\n",
        "• Tarnshire Violence Reduction Unit (VRU) – £20,000\n",
    ),
)
def test_money_for_the_body_itself_is_no_project(line):
    text = f"The Commissioner approved the following grants:\n\n{line}• Tarn Valley Carers – £750\n• Fellside Youth Club – £500\n"
    assert project_pairs(text) == [("Tarn Valley Carers", 750.0), ("Fellside Youth Club", 500.0)]


def test_a_share_for_an_administrative_area_is_no_project():
    text = (
        "2.3 £90,000 is available to Tarnshire, of which £15,000 is allocated to the Oakmoor committee area. "
        "2.4 Applications under £2,000 are decided under delegated powers.\n"
    )
    assert project_pairs(text) == []


def test_a_play_area_is_still_a_project():
    text = "The council agreed the following grants:\n\n• Fellside new play area – £5,000\n• Tarn Valley Carers – £750\n"
    assert ("Tarn Valley Carers", 750.0) in project_pairs(text) and len(project_pairs(text)) == 2


def _years(text: str, meeting: str) -> list[tuple[str, str | None]]:
    import datetime as dt

    result = funding.to_contract(funding.extract_funding(document(text), dt.date.fromisoformat(meeting)))
    return [(p.name, p.financial_year) for p in result["projects"]]


_LAST_YEAR_ABOVE = (
    "The Small Grants Committee met on Monday to ratify awards made by members.\n\n"
    "Last year, members were each given £1,000 to spend on local causes.\n\n"
    "The following grants have been awarded:\n"
    "Fellside Scouts- £400 to support its summer camp;\n"
    "Tarn Valley Carers- £350 to support its weekly lunch club;\n"
    "Oakmoor Food Bank- £200 for winter supplies.\n"
)


def test_last_year_above_gives_no_year_to_the_awards_below():
    assert _years(_LAST_YEAR_ABOVE, "2024-01-08") == [
        ("Fellside Scouts", None), ("Tarn Valley Carers", None), ("Oakmoor Food Bank", None)
    ]


def test_this_year_in_the_lead_still_gives_its_year_to_the_line_below():
    text = _LAST_YEAR_ABOVE.replace("The following grants have been awarded:", "The following grants have been awarded this year:")
    assert _years(text, "2024-01-08")[0] == ("Fellside Scouts", "2023/24")
