"""Helper grants30 of session 30: lists of funded groups on council, foundation and partnership pages (our own words):
an award noun carrying its figure ('A £N award has been made to X'), a count of grants and their sum run into a name."""

from test_s28news28 import _facts


def test_an_award_noun_carrying_its_figure_names_the_recipient_after_its_verb():
    for line, name, amount in (
        ("A £2,750 award has been made to Eastby Parish Council so it can restore the war memorial.\n", "Eastby Parish Council", 2750.0),
        ("A £3,900 grant goes to Westby Youth and Community Association for a summer arts programme.\n", "Westby Youth and Community Association", 3900.0),
        ("A £600 donation was given to the Tarnford Bowls Club towards new mats.\n", "Tarnford Bowls Club", 600.0),
    ):
        assert _facts(line)[1] == [(name, amount, "approved")], line


def test_an_award_noun_given_to_no_named_body_is_no_project():
    for line in (
        "A £2,000 grant goes to Tarnshire for road safety work.\n",
        "A £5,000 award has been made to Public Health for the campaign.\n",
        "A £1,000 grant has been given to Eastby Borough Council.\n",
    ):
        assert _facts(line)[1] == [], line


def test_a_count_of_grants_and_their_sum_is_no_recipient():
    text = (
        "Grants approved at the June committee\n\n  • Published: 3 July 2024\n\nNineteen grants awarded, totalling £1.1m \n\n"
        "The committee approved the following awards:\n\n"
        "£48,000 to Tarn Advice Centre towards the salary of a part-time debt adviser;\n"
        "£31,500 to Eastby Carers Network for respite breaks for carers;\n"
    )
    projects = _facts(text)[1]
    assert [p[0] for p in projects] == ["Tarn Advice Centre", "Eastby Carers Network"], projects
    from extractors.grants.project_mention import _COUNTED_TOTAL_NAME

    assert _COUNTED_TOTAL_NAME.search("Published: 3 July 2024 Nineteen grants awarded, totalling")
    assert _COUNTED_TOTAL_NAME.search("12 projects worth")
    assert not _COUNTED_TOTAL_NAME.search("Eastby Scouts received grants totalling")


_LIST = (
    "Grants approved at the spring Board meeting\n\nTwelve grants awarded, totalling £1.2m \n\nConnecting Communities\n\n"
    "Tarnside Older People's Forum\n£66,000 (£33,000 x 2) over two further and final years to fund a link worker post.\n\n"
    "Eastmere Refugee Welcome\n£95,000 over three years (£31,000; £32,000; £32,000) towards an advice worker.\n\n"
    "£54,000 over two years (£27,000; £27,000) to train volunteer befrienders.\n\n"
    "Westgate Language Circle£72,000 over three years (3 x £24,000) for beginners' English classes.\n"
)


def test_names_printed_over_their_award_paragraphs_are_the_projects():
    projects = _facts(_LIST)[1]
    assert projects == [
        ("Tarnside Older People's Forum", 66000.0, "approved"),
        ("Eastmere Refugee Welcome", 95000.0, "approved"),
        ("Westgate Language Circle", 72000.0, "approved"),
    ], projects


def test_name_heads_need_an_award_lead_and_two_pairs():
    no_lead = _LIST.replace("Grants approved at the spring Board meeting\n\nTwelve grants awarded, totalling £1.2m \n\n", "Our partners\n\n")
    assert _facts(no_lead)[1] == [], _facts(no_lead)[1]
    one = "Grants awarded this spring\n\nEastmere Refugee Welcome\n£95,000 over three years towards an advice worker.\n"
    assert _facts(one)[1] == [], _facts(one)[1]  # one pair is a story, not a list
    two = one + "\nWestby Link\n£5,000 for a minibus.\n"
    assert _facts(two)[1] == [("Eastmere Refugee Welcome", 95000.0, "approved"), ("Westby Link", 5000.0, "approved")]
