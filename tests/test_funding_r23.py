"""Round 23 funding probes (our own words): an award whose subject does not name the recipient
('A Tarnside boxing club has been awarded', 'It has been awarded') takes the name from the sentence
next to it, or names no project."""

from __future__ import annotations

from tests.funding_helpers import funding_contract


def _projects(text: str) -> list[tuple[str, float | None, str | None]]:
    result = funding_contract(text)
    return [(p.name, p.amount, p.financial_year) for p in result["projects"]]


def _names(text: str) -> list[str]:
    return [name for name, _, _ in _projects(text)]


def test_unnamed_club_takes_the_name_given_the_funding_in_the_next_sentence():
    text = (
        "A Fellside boxing club has been awarded £2,800 from the Commissioner's Safer Streets Community Fund to run "
        "evening sessions.\nHollins Amateur Boxing Club has been given the funding to open its gym two more nights a week.\n"
    )
    projects = _projects(text)
    assert len(projects) == 1
    assert projects[0][0].startswith("Hollins Amateur Boxing Club")
    assert projects[0][1] == 2800


def test_unnamed_school_takes_the_name_that_received_the_money():
    text = (
        "An Eastmoor school has been given £1,900 from the Commissioner's fund to set up holiday sport camps.\n"
        "Brookside Primary School received the money after pupils asked for more to do in the summer.\n"
    )
    assert _names(text)[0].startswith("Brookside Primary School")


def test_unnamed_award_takes_no_year_printed_only_for_the_fund():
    text = (
        "A Marlow Vale youth group has been awarded £2,000 from the Commissioner's People First Fund to run a "
        "drama course.\nRiverbank Youth Group has been given the funding to hire a hall.\n"
        "The Commissioner is providing £400,000 in 2022/23 through the People First Fund.\n"
    )
    projects = _projects(text)
    assert projects and projects[0][2] is None


def test_pronoun_subject_is_the_club_named_in_the_sentence_before():
    text = (
        "Among the groups to be funded is the Tarnbrook Youth Club, in Kendal. It has been awarded £1,650 to run a "
        "Summer Activities Programme for children in the area.\n"
    )
    names = _names(text)
    assert len(names) == 1 and names[0].startswith("Tarnbrook Youth Club")


def test_pronoun_subject_never_names_the_project_after_its_purpose():
    text = (
        "Mr Lowther said he was delighted with the response from the county. It has been awarded £1,650 to run "
        "a Summer Activities Programme.\n"
    )
    assert not any(name.startswith("A Summer Activities") or name.startswith("Summer Activities") for name in _names(text))


def test_place_after_in_is_not_the_pronouns_body():
    text = "The scheme is run from the Old Mill Centre in Kirkby Hall. It has been awarded £900 to buy tables.\n"
    names = _names(text)
    assert not any(name.startswith("Kirkby Hall") for name in names)


def test_unnamed_subject_with_no_named_neighbour_names_no_project():
    text = (
        "A Dalesford charity has been awarded £3,500 to support families at risk of homelessness.\n"
        "The money will pay for a part-time support worker.\n"
    )
    assert _names(text) == []


def test_named_subject_is_still_read_as_before():
    text = "Hollins Amateur Boxing Club has been awarded £2,800 to run evening sessions.\n"
    assert _names(text)[0].startswith("Hollins Amateur Boxing Club")


def test_money_given_column_alone_heads_name_and_figure_rows():
    text = (
        "Resolved – That the following amount of community grant support be approved.\n\n\n\n"
        "Amount Granted\n\nHighfield Tenants Group £1,800\n"
    )
    assert ("Highfield Tenants Group", 1800, None) in [(n, a, None) for n, a, _ in _projects(text)]


def test_plain_header_rows_printed_one_cell_per_line():
    text = (
        "Resolved – That the following sums of community grant aid be approved:\n\n"
        "Applicant\n\n \n\nAmount Granted\n\nFellbeck Village Hall Trust\n\n \n\n£42,000\n"
        "Ashby Road Bowls Club\n\n \n\n£6,500\n"
    )
    names = [(n, a) for n, a, _ in _projects(text)]
    assert ("Fellbeck Village Hall Trust", 42000) in names
    assert ("Ashby Road Bowls Club", 6500) in names


def test_a_money_column_alone_without_an_award_lead_names_nothing():
    text = "The table shows last year's spending.\n\nAmount Granted\n\nStaff training £1,800\n"
    assert _projects(text) == []


def test_bare_amount_word_alone_is_no_header():
    text = (
        "Resolved – That the following grants be approved.\n\nAmount\n\nCentral heating repairs\n\n£2,300\n"
    )
    assert not any(n == "Central heating repairs" for n, _, _ in _projects(text))


def test_body_that_will_use_its_grant_names_the_project():
    text = "The Friends of Marsh Meadow, in Fellgate, will use its £2,400 grant to run weekend litter picks.\n"
    names = _names(text)
    assert len(names) == 1 and names[0].startswith("Friends of Marsh Meadow")


def test_described_body_that_used_their_grant_names_the_project():
    text = "Youth centre Tarn House in Low Ridding, used their £6,000 grant to open on Friday nights.\n"
    names = _names(text)
    assert len(names) == 1 and names[0].startswith("Tarn House")


def test_unnamed_user_of_a_grant_names_nothing():
    text = "They will use their £2,400 grant to run weekend litter picks.\n"
    assert _names(text) == []


def test_grant_used_by_a_council_for_its_own_budget_is_not_a_users_grant():
    text = "The Council will use its £50,000 budget to repair the car park.\n"
    assert _names(text) == []


def test_quoted_purposes_then_the_body_they_are_at():
    text = (
        "Councillors approved £31,000 of neighbourhood funding. Schemes included £4,120 to “repair the chapel roof” "
        "at Fellbrook Community Centre, £12,300 for “new changing rooms” at Tarn Valley Rugby Club and £2,050 towards "
        "a “sensory garden” linked to Oakfield Carers.\n"
    )
    names = [(n, a) for n, a, _ in _projects(text)]
    assert ("Fellbrook Community Centre", 4120) in names
    assert ("Tarn Valley Rugby Club", 12300) in names
    assert ("Oakfield Carers", 2050) in names


def test_quoted_purpose_body_with_apostrophes_inside_the_quote():
    text = "Other schemes included £7,500 towards the “refit of the girls’ and boys’ toilets” at BRIDGEWAY, the youth hub.\n"
    assert ("BRIDGEWAY", 7500) in [(n, a) for n, a, _ in _projects(text)]


def test_quoted_purpose_outside_a_list_of_money_given_is_not_read():
    text = "The hall needs £4,120 to “repair the chapel roof” at Fellbrook Community Centre before winter.\n"
    assert not any(n == "Fellbrook Community Centre" for n, _, _ in _projects(text))


def test_unquoted_purpose_at_a_place_is_not_read_as_a_body():
    text = "Schemes included £4,120 to repair the chapel roof at Fellbrook Park.\n"
    assert not any(n == "Fellbrook Park" for n, _, _ in _projects(text))


def _allocations(text: str) -> list[tuple[str, float]]:
    result = funding_contract(text)
    return [(a.kind, a.amount) for a in result["allocations"]]


def test_a_heading_requesting_money_run_into_the_next_sentence_is_no_balance():
    text = (
        "Community Area Grants 2023/24\n\nFellside Gardeners Requesting £1,850 Towards Raised Beds\n"
        "Having declared an interest Cllr Moss left the room and did not vote.\n"
    )
    assert ("remaining", 1850) not in _allocations(text)


def test_request_for_money_is_no_allocation():
    text = "Grants budget 2023/24: the hall committee made a request for £2,000 which is still available to discuss.\n"
    assert all(amount != 2000 for _, amount in _allocations(text))


def test_balance_left_is_still_read():
    text = "Community grants 2023/24: after these awards £1,850 remains in the grants budget.\n"
    assert ("remaining", 1850) in _allocations(text)


def test_counted_recipients_with_a_quantifier_are_no_project():
    text = "The Community Property Fund has awarded £84,200 to more than 30 voluntary and community organisations.\n"
    assert _names(text) == []


def test_over_a_number_of_local_groups_is_no_project():
    text = "The panel has awarded £12,000 to over 15 local sports and youth clubs this spring.\n"
    assert _names(text) == []


def test_a_named_body_after_the_award_is_still_read():
    text = "The Community Property Fund has awarded £8,400 to Tarnside Voluntary Action for its befriending service.\n"
    assert any(name.startswith("Tarnside Voluntary Action") for name in _names(text))


def test_unnamed_second_recipient_after_and_names_no_project():
    text = (
        "A Northdale theatre company received £3,000 to tour schools and a Westbury youth group received £2,500 "
        "to run online safety workshops.\n"
    )
    assert _names(text) == []


def test_named_second_recipient_after_and_is_still_read():
    text = "Tarnside Theatre received £3,000 to tour schools and Westbury Youth Group received £2,500 to run workshops.\n"
    names = _names(text)
    assert any(n.startswith("Westbury Youth Group") for n in names)


def test_award_of_a_hedged_figure_names_its_recipient():
    text = "The Harbour Pantry was awarded just over £6,000 to run a twelve week cookery course.\n"
    projects = _projects(text)
    assert projects and projects[0][0].startswith("The Harbour Pantry") and projects[0][1] == 6000


def test_hedged_total_to_unnamed_organisations_is_no_project():
    text = "The Commissioner's office has awarded more than £150,000 to organisations in the county.\n"
    assert _names(text) == []


def test_unhedged_total_to_groups_across_an_area_is_no_project():
    text = "The fund has awarded £48,000 to groups across the valley this year.\n"
    assert _names(text) == []


_STACKED_AWARDS = (
    "The sub-committee agreed the following grants to organisations:\n\n"
    "Group Name\n\nSummary of Application\n\nDecision\n\n"
    "Fellside Women’s Choir\n\nTo buy sheet music and hire a rehearsal room for the winter season of concerts.\n\nto award\n\n£1,200\n\n"
    "2nd Tarnside Scout Group\n\nTo help fund a camping trip to the lakes for twelve young members and two leaders.\n\nto award £480\n\n"
    "Kestrel Bowls Club – Junior Section\n\nTo purchase equipment.\n\nto award\n\n£915.50\n\n"
)


def test_stacked_award_rows_with_decision_cells_and_long_summaries():
    names = [(n, a) for n, a, _ in _projects(_STACKED_AWARDS)]
    assert ("Fellside Women’s Choir", 1200) in names
    assert ("2nd Tarnside Scout Group", 480) in names
    assert ("Kestrel Bowls Club – Junior Section", 915.5) in names


def test_prose_paragraphs_between_figures_are_no_stacked_table():
    text = (
        "The budget report was noted.\n\n"
        "Income from car parks fell this year because of the long closure of the Market Street site for repairs.\n\n£12,000\n\n"
        "Spending on grounds maintenance rose after the wet summer and the purchase of a second ride-on mower.\n\n£8,500\n\n"
        "Staff costs were in line with the budget set by the council at its meeting in February this year.\n\n£30,100\n\n"
    )
    assert _projects(text) == []
