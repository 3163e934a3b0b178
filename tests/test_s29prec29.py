"""Helper prec29 of session 29: false facts on grant news and commissioner pages, each fixed narrowly (our own words): a
principal council given a sum with no scheme, councils sharing a sum, a national ceiling open to many commissioners,
and a fund for the years after a printed year."""

from test_attendance_round3 import attendance_of
from test_s28news28 import _facts


def test_a_principal_council_given_a_sum_with_no_scheme_is_no_project():
    for line in (
        "Eastby Council has been given £2m.\n",
        "Northby Borough Council has been given £1,250,000.\n",
        "Tarnside and Wrekin Council will receive £3.2m.\n",
        "Southby City Council will receive £455,300 for local schemes that help people sleeping rough.\n",
    ):
        assert _facts(line)[1] == [], line
    chain = "Eastvale Council receives £288,000 with Westvale Council being awarded £274,000 and Moorside receiving £104,000.\n"
    assert not [name for name, _, _ in _facts(chain)[1] if "Council" in name]
    # A parish council's award, or a council's share printed with the scheme it pays for, is still a project.
    assert _facts("Ashwell Parish Council was awarded £4,000 towards new benches on the green.\n")[1] != []
    assert _facts("Westby Council has been awarded £74,500 to help tackle anti-social behaviour in Mill Road.\n")[1] != []
    assert _facts("Barnby Parish Council who were awarded £3,100 this year.\n")[1] != []


def test_councils_sharing_a_sum_is_no_bodys_total():
    for line in (
        "Councils across the county will share £5m to fix potholes.\n",
        "Local authorities in the region will share £2.5m of new money.\n",
        "Police forces across the south will share £4m.\n",
    ):
        assert _facts(line)[0] == [], line
    # Groups sharing a sum a body offers: still its fund.
    assert _facts("Sports clubs in Dale will share in a £20,000 bonus this year.\n")[0] != []


def test_a_ceiling_for_many_commissioners_is_no_bodys_fund():
    for line in (
        "A fund of up to £12 million for Police and Crime Commissioners (PCCs) to use on victims' services in 2025/26 was announced.\n",
        "A fund of up to £3m for PCCs has been announced by the Home Office.\n",
        "A pot of up to £6m for local authorities will open in May.\n",
    ):
        assert _facts(line)[0] == [], line
    # A fund's own ceiling is still its size.
    assert _facts("The Commissioner has set up a funding pool of up to £200,000 for 2025/26.\n")[0] != []


def test_a_year_after_after_or_beyond_is_not_the_figures():
    for line, year in (
        ("Partners will be consulted on how the £450,000 fund for the years after 2025/26 is shared out.\n", None),
        ("The Commissioner's £300,000 fund for the years beyond 2026-27 will be set next spring.\n", None),
        ("The Commissioner will keep the Community Fund at £400,000 in 2025/26.\n", "2025/26"),
    ):
        found = _facts(line)[0]
        assert found and all(y == year for _, _, y in found), (line, found)


def test_a_sum_many_bodies_received_or_bid_for_is_no_bodys_total():
    for line in (
        "Councils across Tarnshire have been awarded more than £27m in levelling up funding from the government.\n",
        "The next round opens today, giving PCCs another chance to bid from a fund of £20 million for the year 2026/27.\n",
        "Police and Crime Commissioners can apply for a share of the £15m fund in 2026/27.\n",
    ):
        assert _facts(line)[0] == [], line
    # One body's bid for, or receipt of, a sum is still read.
    assert _facts("The Commissioner has been awarded £450,000 from the Safer Streets Fund for 2026/27.\n")[0] != []


def test_a_group_heading_or_a_scottish_place_is_no_attendee():
    from extractors.readers.names import printed_name

    assert not printed_name("Force Personnel")
    assert not printed_name("Wester Moor")
    assert not printed_name("Easter Fellby")
    assert printed_name("Mr Easter")  # a titled surname stays a name
    assert printed_name("Ann Nether")
    head = "Minutes of the Westby Community Partnership held on 4 May 2025\n\n"
    found = attendance_of(
        "Present:\nMs A Abbey, Eastby\nMr B Barlow, Northby and Wester Moor\n\nIn attendance:\n\n"
        "Mr C Corrie, Area Manager – Tarnside, Fellby and Wester Moor, TDA\nMiss D Dunn, Committee Administrator\n\n1. Apologies\nNone.\n",
        head,
    )
    names = [name for name, _ in found]
    assert "Wester Moor" not in names and {"Ms A Abbey", "Mr B Barlow", "Mr C Corrie"} <= set(names), found
    found = attendance_of("Present\n\nForce Personnel\n\nAnn Abbey (Chair) Deputy Commissioner, Bob Barlow\n\n1. Minutes\nAgreed.\n", head)
    assert "Force Personnel" not in [name for name, _ in found], found


def test_a_precepts_year_dates_no_fund():
    text = (
        "Foreword\n\nI took the decision to raise the policing part of the council tax by 1.99% in the 2026/27 year.\n\n"
        "Commissioning\n\nSupporting the delivery of this Plan will be approximately £2.5m of funding for community safety projects.\n"
    )
    assert _facts(text)[0] == [("grant_total", 2500000.0, None)]
    # A fund's own year is still read.
    dated = "Foreword\n\nThe precept rose by 2% this year.\n\nThe Community Safety Fund for 2026/27 is £400,000.\n"
    assert _facts(dated)[0] == [("grant_total", 400000.0, "2026/27")]
