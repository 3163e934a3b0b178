"""Helper fund29 of session 29: a fund's size on commissioners' and partnerships' pages (our own words). A fund noun the
subject of a copula before the figure states the fund's size, hedged too ('the funding allocation for the PCSP for
2016/17 was expected to be more than £N'); a body putting a figure into a fund it names after it ('Each year the
Commissioner allocates 1% of the policing budget, c. £N to the Commissioner's Fund') states that fund's size."""

from test_s28news28 import _facts


def test_a_hedged_size_after_a_fund_noun_and_a_copula_is_the_fund():
    text = "The Board funding allocation for Tarnvale PCSP for 2016/17 was expected to be more than £290,000.\n"
    assert _facts(text)[0] == [("grant_total", 290000.0, "2016/17")]
    assert _facts("Please note that the total fund is approximately £60,000 and we expect a range of bids.\n")[0] == [
        ("grant_total", 60000.0, None)
    ]


def test_a_hedged_figure_not_governed_by_a_copula_stays_a_bound():
    assert _facts("The Board agreed match funding of more than £95,000 for the Tarnvale PCSP.\n")[0] == []
    assert _facts("Grants of more than £5,000 are on offer from the Tarn Fund.\n")[0] == []


def test_a_national_funder_allocation_for_the_partnership_is_its_grant_but_not_a_national_pot():
    text = "The Department of Justice funding allocation for Tarnvale PCSP for 2016/17 was £180,000.\n"
    assert _facts(text)[0] == [("grant_total", 180000.0, "2016/17")]
    assert _facts("The Department for Transport budget for road safety is more than £9,000,000 this year.\n")[0] == []


def test_a_figure_the_body_puts_into_a_named_fund_is_its_size():
    for line in (
        "Each year the Commissioner allocates 1% of the policing budget, c. £900,000 to The Commissioner's Safer Communities Fund.\n",
        "Each year I allocate 1% of the policing budget (c. £900,000) to the Commissioner's Fund to support local projects.\n",
    ):
        assert _facts(line)[0] == [("grant_total", 900000.0, None)], line


def test_a_rate_or_a_receipt_is_no_fund_put_in():
    assert _facts("The Commissioner allocates £500 each to the Tarn Youth Fund projects.\n")[0] == []
    assert _facts("The council has been allocated £40,000 of savings from the Tarn Fund.\n")[0] == []


def test_a_fund_size_by_a_copula_takes_the_grants_its_section_names():
    text = (
        "Arts and Safety Fund\n\n"
        "How much can groups apply for?\n\n"
        "We can look at projects of many sizes as long as the grant is spent by 31st March 2025. Please note that the "
        "total fund is approximately £60,000 and we expect to receive a range of applications.\n"
    )
    assert _facts(text)[0] == [("grant_total", 60000.0, None)]
    assert _facts("Pension notes\n\nPlease note that the total fund is approximately £60,000 and we expect a range of applications.\n")[0] == []
