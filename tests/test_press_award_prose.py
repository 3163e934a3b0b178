"""News and press-release award sentences: 'X received £N for Y' in its printed variants."""

from decimal import Decimal

from test_projects import projects


def test_recipient_and_purpose_both_name_a_press_award():
    text = "Hollowmere Street Pastors was awarded £640 to help train new volunteers.\n"
    assert [(p[0], p[1], p[5]) for p in projects(text)] == [
        ("Hollowmere Street Pastors – help train new volunteers", Decimal("640"), "Hollowmere Street Pastors")
    ]


def test_description_between_commas_before_the_award_verb():
    text = (
        "BRAMLEX, a Kestonbury-based community interest company, was awarded £12,300 for a sight loss awareness project.\n\n"
        "The Tinker Lane Café, which is run by local volunteers, was awarded £310 to buy board games.\n"
    )
    assert [(p[0], p[1]) for p in projects(text)] == [
        ("BRAMLEX – a sight loss awareness project", Decimal("12300")),
        ("Tinker Lane Café – buy board games", Decimal("310")),
    ]


def test_got_is_getting_and_the_highest_amount_of():
    text = (
        "Orchard Vale Trust was awarded the highest amount of £40,100 for horticultural training.\n\n"
        "Penbury Youth for All is also getting £1,500 for a youth cafe.\n\n"
        "Radio Kestle 99.1 received £8,200 to support a community garden.\n\n"
        "Kestle Borough Council – North Locality was awarded £7,000 to create a skate area.\n"
    )
    names = [p[0] for p in projects(text)]
    assert names == [
        "Orchard Vale Trust – horticultural training",
        "Penbury Youth for All – a youth cafe",
        "Radio Kestle 99.1 – a community garden",
        "Kestle Borough Council – North Locality – create a skate area",
    ]


def test_purpose_ends_where_the_sentence_turns_to_another_award():
    text = (
        "Ashvale Rowing Club was awarded £1,000 to help meet the costs of boat hire, while Deanford Chess Club "
        "received the same amount for new boards.\n\n"
        "Tollmoor Tennis Club received £900 for a new net, Tollmoor Bowls Club got £700 to build a shed.\n"
    )
    assert [(p[0], p[1]) for p in projects(text)] == [
        ("Ashvale Rowing Club – help meet the costs of boat hire", Decimal("1000")),
        # Since round 5, 'received the same amount' takes the figure printed before it (project_awards).
        ("Deanford Chess Club", Decimal("1000")),
        ("Tollmoor Tennis Club – a new net", Decimal("900")),
        ("Tollmoor Bowls Club – build a shed", Decimal("700")),
    ]


def test_recipient_closed_by_a_comma_names_the_award_alone():
    text = (
        "£512,000 has been awarded to Helpline North, completely changing the referral process for victims of crime.\n\n"
        "In 2021-22 £498,000 was awarded to the charity Harbour Support, which runs the helpline.\n"
    )
    assert [(p[0], p[1]) for p in projects(text)] == [
        ("Helpline North", Decimal("512000")),
        ("Harbour Support", Decimal("498000")),
    ]


def test_money_given_to_local_causes_is_no_project():
    text = (
        "To date more than £130,000 has been awarded to local causes, with nearly £70,000 left for the last "
        "funding round of this financial year.\n"
    )
    assert projects(text) == []


def test_short_form_recipient_takes_the_name_printed_earlier():
    text = (
        "The groups who spoke at the meeting were:\n"
        "•     Upper & Lower Brinton Bowls Club\n"
        "•     Brinton Over Sixties’ Club\n\n"
        "The Bowls Club were granted £260 to mend the green roller. The Over Sixties’ Club were granted £450 towards "
        "a summer outing.\n"
    )
    assert [(p[0], p[1]) for p in projects(text)] == [
        ("Upper & Lower Brinton Bowls Club – mend the green roller", Decimal("260")),
        ("Brinton Over Sixties’ Club – a summer outing", Decimal("450")),
    ]


def test_name_run_joined_to_the_line_above_starts_at_the_capital_the():
    text = "•     Ferris Lane Book Swap\nThe Book Swap were granted £120 to buy shelving.\n"
    assert [p[0] for p in projects(text)] == ["Ferris Lane Book Swap – buy shelving"]


def test_figure_before_the_word_grant_names_the_organisation_after_it():
    text = "The heritage fund awarded a £3,150 grant to Tidewater Singers, a choir for older people.\n"
    assert [(p[0], p[1]) for p in projects(text)] == [("Tidewater Singers", Decimal("3150"))]


def test_a_grant_to_each_recipient_names_no_project():
    assert projects("The board awarded a £500 grant to each of the five town councils.\n") == []


def test_nine_local_clubs_is_a_counted_set_not_a_project():
    assert projects("A total of £6,250 was awarded to nine local clubs.\n") == []


def test_a_purpose_running_on_for_a_sentence_leaves_the_body_as_the_name():
    text = (
        "Ferndale Youth Hub who have been awarded £1,800 to provide evening sessions to young people who live in the "
        "villages around the market town with the aim of keeping them away from trouble over the summer months.\n"
    )
    assert [(p[0], p[1]) for p in projects(text)] == [("Ferndale Youth Hub", Decimal("1800"))]


def test_an_acronym_in_brackets_after_the_recipient():
    text = "In 2022, Lowmoor Victim Support Network (LVSN) received £3,150 to run a helpline.\n"
    assert [(p[0], p[1]) for p in projects(text)] == [("Lowmoor Victim Support Network (LVSN) – a helpline", Decimal("3150"))]


def test_a_name_with_a_dash_then_the_keeps_both_halves():
    text = "Countywide project SafeSteps – The Junior Mentoring Scheme was awarded £4,000 to train mentors.\n"
    assert [(p[0], p[1]) for p in projects(text)] == [
        ("SafeSteps – The Junior Mentoring Scheme – train mentors", Decimal("4000"))
    ]
