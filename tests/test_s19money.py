"""Fund totals on money pages of councils, partnerships and government bodies (our own words): a year printed only in
another figure's sentence, a payout worded as groups sharing or benefiting from a sum, a sum allocated by the fund
to counted projects, a sum recipients will share, a fund named by 'this £N ... Fund', and figures that are no fund: an
hourly rate, an ask ('seeking a grant of', 'its bid for'), the wider pot the money comes from."""

from __future__ import annotations

import pytest

from extractors.grants.allocation_cues import is_limit, requested
from extractors.grants.fund_relations import fund_total_kind
from extractors.grants.figure_roles import source_pot
from extractors.grants.stated_forms import funder_grant
from extractors.grants.stated_totals import stated_kind
from tests.funding_helpers import funding_contract, project_pairs
from tests.test_s17alloc import _allocations


# A year printed only after the figure, in a sentence stating a figure of its own, is that figure's year.

def test_a_year_printed_only_with_a_later_figure_is_not_lent_to_an_earlier_one():
    text = (
        "Local groups are sharing £41,000 from the Brackenby Fund's third round.\n\n"
        "Applications for the next round close in May.\n\n"
        "Some £210,000 of grants has been handed out by the council over the 2021/22 year so far.\n"
    )
    assert ("approved_total", 41000.0, None) in _allocations(text)
    assert ("approved_total", 41000.0, "2021/22") not in _allocations(text)
    assert all(kind != "grant_total" or year != "2021/22" or amount != 41000.0 for kind, amount, year in _allocations(text))


def test_the_one_year_a_page_prints_still_dates_a_figure_when_its_sentence_states_no_other_figure():
    text = (
        "The Commissioner has allocated £350,000 from his budget to the Tarnside Community Fund.\n\n"
        "A list of the Community Fund recipients for 2022/23 is published below.\n"
    )
    assert _allocations(text) == [("grant_total", 350000.0, "2022/23")]


def test_the_same_figure_beside_the_only_year_still_takes_it():
    text = (
        "The Council holds the £90,500 Safer Streets grant allocation for local schemes.\n\n"
        "It will use the £90,500 Safer Streets grant for 2023-2024 to award grants to groups.\n"
    )
    assert ("grant_total", 90500.0, "2023/24") in _allocations(text)


def test_an_award_restated_with_the_only_year_takes_it():
    text = (
        "Decision summary:\nTo award Fellby Rowing Club £3,250 to run taster sessions for young people in the Marsh ward.\n\n"
        "Signature: Police and Crime Commissioner\n\n1. Background information\n"
        "The Commissioner has made available £200,000 in the Safer Fund for 2025/26 to support local groups.\n\n"
        "2. Financial implications\nThe grant of £3,250 will be met from the 2025/26 Safer Fund budget.\n"
    )

    projects = funding_contract(text)["projects"]
    assert [(float(p.amount), p.financial_year) for p in projects] == [(3250.0, "2025/26")]


# A payout in other words: recipients sharing a sum now, benefiting from grants, a sum allocated by the fund to
# counted projects.

@pytest.mark.parametrize(
    "left, right",
    [
        ("Village projects are sharing", " from the Dunmere Grant Fund's fourth round."),
        ("Dozens of youth clubs in Fellshire have benefited from Fellshire Council Ward Fund grants of",
         " over the last nine months."),
        ("In the year to the end of June, a total of", " was allocated by the DGF to 41 local projects."),
        ("A total of", " was awarded by the panel to 12 groups."),
    ],
)
def test_a_payout_worded_otherwise_is_the_approved_total(left, right):
    assert stated_kind(left, right) == "approved_total"


def test_grants_handed_out_in_total_are_the_payout():
    assert stated_kind("Our fund closes for the winter. In total", " of grants has been handed out by the council.") == "approved_total"
    text = "Across the parishes over 2021/22, overall, £210,000 of grants has been handed out by the council.\n"
    assert _allocations(text) == [("approved_total", 210000.0, "2021/22")]


def test_sharing_opening_a_press_page_is_its_round_total():
    text = "Village projects are sharing £41,000 from the Dunmere Grant Fund's fourth round.\n"
    assert _allocations(text) == [("approved_total", 41000.0, None)]


def test_benefiting_from_grants_read_by_the_fallback_is_the_payout():
    assert fund_total_kind("Groups have benefited from the Ward Fund grants of", " this year.") == "approved_total"


def test_a_sum_recipients_will_share_is_the_fund_on_offer():
    assert stated_kind("Dale sports clubs will share in a", " bonus from the county scheme.") == "grant_total"
    assert stated_kind("Local groups are to share", " in grants this winter.") == "grant_total"


def test_counted_recipients_who_will_share_a_sum_are_not_read_as_the_fund():
    assert stated_kind("Nine village halls will share", " between them.") != "grant_total"


def test_a_fund_named_after_this_and_its_figure_is_the_fund():
    assert stated_kind("“This", " Community Safety Fund will help groups start projects.") == "grant_total"
    text = "“This £45,000 Community Safety Fund will give local groups a chance to act,” said the leader.\n"
    assert _allocations(text) == [("grant_total", 45000.0, None)]


# Figures that are no fund: a rate, an ask, the pot the money is drawn from.

@pytest.mark.parametrize(
    "left",
    ["The panel agreed grants should be paid at an hourly rate of", "Helpers are paid at a daily rate of", "at the rate of"],
)
def test_a_rate_is_no_fund(left):
    assert is_limit(left, ".")


def test_an_hourly_rate_on_a_page_is_no_allocation():
    text = (
        "Community Grants\n\nThe Committee agreed that litter-picking grants be paid for 2024/25 but at an hourly rate of £7.\n"
    )
    assert _allocations(text) == []


@pytest.mark.parametrize(
    "left",
    [
        "a late application came from Elmby Parish Council, seeking a grant of",
        "The Tarn Club seeks a contribution of",
        "One club has been working with the council on its bid for",
        "The youth forum is bidding for",
    ],
)
def test_an_ask_is_money_requested(left):
    assert requested(left, " for new equipment.")


def test_a_bid_for_a_share_of_a_fund_is_still_the_fund_on_offer():
    assert not requested("Groups can bid for a share of", " this year.")
    assert stated_kind("Groups can bid for a share of", " this year.") == "grant_total"


def test_an_ask_on_a_page_is_no_allocation():
    text = (
        "Community Grants\n\nA new application was received from Elmby Parish Council for 2024/25, seeking a grant of "
        "£412.50 towards its hall.\n"
    )
    assert _allocations(text) == []


@pytest.mark.parametrize(
    "left",
    ["The money comes from a shared national pot of about", "This cash is drawn from a national fund of", "The funds came from a pool of"],
)
def test_the_pot_the_money_comes_from_is_no_fund_of_the_body(left):
    assert source_pot(left)
    assert fund_total_kind(left, " held by the Treasury.") is None
    assert _allocations(f"Local charities will get grants this year. {left} £6million held by the Treasury.\n") == []


def test_a_shared_sum_and_the_pot_it_comes_from_on_a_page():
    text = (
        "Fellside good causes will share in £512,000 this spring, left over from closed accounts.\n"
        "Grants will go out through the Fellside Giving Trust.\n"
        "The money comes from a national pot of about £3million built up by the Treasury over many years.\n"
    )
    assert _allocations(text) == [("grant_total", 512000.0, None)]


def test_a_fund_the_grants_come_from_is_still_named_as_the_fund():
    assert not source_pot("The grants are paid from the Tarn Community Fund of")
    assert stated_kind("The grants are paid from the Tarn Community Fund of", ".") == "grant_total"


def test_a_further_sum_allocated_to_fund_a_named_festival_is_no_fund():
    assert fund_total_kind(", with an additional", " being allocated to fund the Brackenby Arts Festival.") is None


def test_donations_totalling_a_sum_that_include_named_awards_are_the_payout():
    assert stated_kind("Recent donations totalling", " have included the Tarn Food Bank which won £1,500.") == "approved_total"
    assert stated_kind("Grants totalling", " will be offered next spring.") is None


def test_several_awards_in_one_sentence_by_which_won_and_which_secured():
    text = (
        "Recent donations totalling £41,000 have included the Fellby Youth Hub which won £1,800, the Marsh Rowing Club "
        "which was awarded £2,250 and the Dunmere Food Bank which secured a grant of £1,950.\n"
    )
    assert sorted(project_pairs(text)) == [
        ("Dunmere Food Bank", 1950.0), ("Fellby Youth Hub", 1800.0), ("Marsh Rowing Club", 2250.0),
    ]
    assert _allocations(text) == [("approved_total", 41000.0, None)]


def test_a_council_that_secured_a_sum_is_no_project():
    assert project_pairs("Fellshire County Council secured £90,000 from the Home Office for safer streets.\n") == []


# Award lines run on with semicolons after a lead, bulleted with the letter a symbol font's bullet prints as.

_RECEIVED_LEAD = "Some of the clubs that have received Ward Fund grants this year include:\n\n"


@pytest.mark.parametrize(
    "lines",
    [
        "l Fellby Toddler Group — £280 to buy outdoor toys; Marsh Film Club — £395 for a projector; Tarn Choir",
        "Fellby Toddler Group — £280 to buy outdoor toys;\nMarsh Film Club — £395 for a projector;\n",
        "l Fellby Toddler Group — £280 to buy outdoor toys;\nl Marsh Film Club — £395 for a projector;\n",
    ],
)
def test_award_lines_run_on_or_bulleted_with_a_letter_under_a_lead_that_they_received_grants(lines):
    assert sorted(project_pairs(_RECEIVED_LEAD + lines)) == [("Fellby Toddler Group", 280.0), ("Marsh Film Club", 395.0)]


def test_a_lead_saying_groups_received_named_grants_approves_its_list():
    from extractors.grants.project_status import status_of_context

    assert status_of_context("Some of the clubs that have received Ward Fund grants this year include:")[0] == "approved"


def test_a_run_on_line_of_figures_without_award_lines_gives_no_projects():
    text = _RECEIVED_LEAD + "Costs rose from £280 to £395; the hall now charges more; see the table.\n"
    assert project_pairs(text) == []


def test_a_running_sum_given_away_in_grants_is_the_payout():
    assert stated_kind("The trust was set up in 2001 and has since given away", " in grants to local people.") == "approved_total"
    assert stated_kind("The trust has given away", " to the Tarn Rowing Club.") is None


# Money the body receives is its grant: accepted by a decision, or a share it will receive.

@pytest.mark.parametrize(
    "left, right",
    [("Decision: To accept", " Safer Streets 3 funding and sign the grant agreement."), ("The Cabinet agreed to accept the grant of", ".")],
)
def test_a_grant_the_body_accepts_is_its_grant(left, right):
    assert funder_grant(left, right)


def test_accepting_a_figure_that_is_no_grant_is_not_read():
    assert not funder_grant("The Council will accept", " for the old depot.")


def test_an_accepted_grant_on_a_decision_page():
    text = "Decision: To accept £64,300 Safer Streets 3 funding and sign the grant agreement offered by the Commissioner.\n"
    assert _allocations(text) == [("grant_total", 64300.0, None)]


def test_a_share_a_partnership_will_receive_is_its_grant():
    assert fund_total_kind("Dunmere PCSP will receive a", " share of the regional funding.") == "grant_total"
    assert fund_total_kind("The Tarn Rowing Club will receive a", " grant for new oars.") is None


# An 'Amount Requested' cell flagged as granted: the row was approved, at the bracketed figure when one is printed.

def test_requested_cells_flagged_granted_are_approved_at_the_granted_figure():

    text = (
        "The following table lists the groups who have applied for grants from the fund.\n"
        "Organisation | Amount Requested | Purpose |\n"
        "Tarn Lifeboat Crew | £8000 (£2500 granted) | New radios. |\n"
        "Fellby Playgroup | £140 (Granted) | Two car seats. |\n"
        "Marsh Allotment Society | £19000 | A new fence. |\n"
    )
    projects = funding_contract(text)["projects"]
    got = {p.name.split(" – ")[0]: (float(p.amount), p.status) for p in projects}
    assert got == {
        "Tarn Lifeboat Crew": (2500.0, "approved"), "Fellby Playgroup": (140.0, "approved"),
        "Marsh Allotment Society": (19000.0, "proposed"),
    }


# The recipient before an award verb is found in time linear in the words before the figure (review: 0.9 s on 3,000
# capitals, the search trying every capital of the run to its end).

@pytest.mark.parametrize(
    "make",
    [lambda size: "A" * size, lambda size: "A-" * (size // 2), lambda size: "Tarn " * (size // 5) + "x", lambda size: "A." * (size // 2)],
    ids=["capitals", "hyphenated capitals", "name words", "dotted capitals"],
)
def test_the_recipient_before_an_award_verb_is_found_in_linear_time(make):
    from extractors.grants.project_given_subjects import org_awarded_before
    from tests.test_linear_time import _best_cpu

    times = [_best_cpu(lambda text=make(size): org_awarded_before(text)) for size in (1_000, 2_000, 4_000)]
    ratios = [later / max(earlier, 1e-3) for earlier, later in zip(times, times[1:])]
    assert all(ratio <= 2.5 for ratio in ratios), times


@pytest.mark.parametrize(
    "left, org",
    [
        ("Recent gifts have included the Fellby Youth Hub which won", "Fellby Youth Hub"),
        ("The 1st Marsh Scouts have been awarded", "1st Marsh Scouts"),
        ("In May, AAAA Tarn Rowing Club was awarded", "AAAA Tarn Rowing Club"),
        ("Dunmere Angling Club, in Fellby has received", "Dunmere Angling Club"),
    ],
)
def test_the_linear_reading_finds_the_recipient_the_search_found(left, org):
    from extractors.grants.project_given_subjects import _ORG_AWARDED_BEFORE, org_awarded_before

    assert org_awarded_before(left).group("org") == _ORG_AWARDED_BEFORE.search(left).group("org") == org


def test_no_award_verb_no_recipient():
    from extractors.grants.project_given_subjects import org_awarded_before

    assert org_awarded_before("Tarn Rowing Club Fellby Marsh Dunmere") is None


# One list of the words a paper names its own body by, read by every money reader that must tell it from a recipient.

@pytest.mark.parametrize("word, own", [("Partnership", True), ("board", True), ("Council", True), ("CSP", True), ("Members", False), ("Tarn", False)])
def test_own_body_kinds(word, own):
    from extractors.grants.own_body import own_body_kind

    assert own_body_kind(word) is own


def test_a_lone_kind_in_an_allocation_sentence_is_the_papers_own_body():
    from extractors.grants.allocation_parties import organisation

    assert organisation("the Council") == ("Council", True)
    assert organisation("Cabinet") == ("Cabinet", True)
    assert organisation("Members") is None
    assert organisation("Tarn Rowing Club") == ("Tarn Rowing Club", False)


def test_the_same_kinds_are_no_recipient_of_a_decision():
    assert project_pairs("The Cabinet has received £40,000 to run the youth forum.\n") == []
    assert project_pairs("The Board has been awarded £25,000 to run a summer scheme.\n") == []
