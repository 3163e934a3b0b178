"""Helper fund30 of session 30: one reading of a fund's size by its verb (our own words). A sum whose clause names a
fund, pot or grant scheme, or many recipients, as the subject or object of a verb of size, availability, investment or
commitment, and no one recipient, is the fund's size ('The Tarn Fund has £N available', 'has committed £N to the Safer
Tarn Fund', 'the £N pledged by Tarnshire Police for projects in the area', 'over £N had accrued in the Police Property
Fund'); money already invested is a payout; 'a funding commitment of £N' is what a decision gave."""

from test_s28news28 import _facts


def test_a_fund_the_subject_of_a_verb_of_size_states_its_size():
    for line in (
        "The Tarn Fund has £80,000 available this year.",
        "This year's fund totals £80,000.",
        "The fund now stands at £80,000.",
        "The fund, which totals £80,000, opens to bids today.",
        "The fund has been increased to £80,000 this year.",
    ):
        assert _facts(line + "\n")[0] == [("grant_total", 80000.0, None)], line


def test_a_fund_the_object_of_a_verb_of_size_states_its_size():
    for line in (
        "The Commissioner has doubled the fund to £80,000.",
        "The Commissioner will provide £80,000 through the Community Fund.",
        "A total of £80,000 will be available from the fund.",
        "Each year the Commissioner allocates 1% of the policing budget, c. £80,000 to The Commissioner's Fund.",
    ):
        assert _facts(line + "\n")[0] == [("grant_total", 80000.0, None)], line


def test_a_sum_committed_pledged_or_accrued_for_a_fund_or_for_many_is_the_fund():
    for line in (
        "The Commissioner has committed £80,000 to the Safer Tarnby Fund this year.",
        "The Commissioner is investing £80,000 in local community safety projects.",
        "Groups from across Tarnby met to bid for a share of the £80,000 pledged by Tarnshire Police for projects in the area.",
        "The Commissioner learned that over £80,000 had accrued in the Police Property Fund over recent years.",
    ):
        assert _facts(line + "\n")[0] == [("grant_total", 80000.0, None)], line


def test_money_already_invested_or_a_funding_commitment_is_what_was_given():
    text = "This builds on the fund's success, with last year seeing £8,420.50 invested into neighbourhoods across Tarnshire.\n"
    assert _facts(text)[0] == [("approved_total", 8420.5, None)]
    text = "The panel approved the five bids recommended. This equates to a funding commitment of £31,240.50.\n"
    assert _facts(text)[0] == [("approved_total", 31240.5, None)]


def test_no_recipient_no_thing_bought_no_other_fund_no_earlier_figure():
    for line in (
        "The Commissioner has invested £2m in a new control room.",
        "Tarn Boxing Club has invested £5,000 in its youth projects.",
        "The council has committed £40,000 to the Tarn Trust for its new hall.",
        "The Commissioner has pledged £20,000 each to the two projects.",
        "The Pension Fund now stands at £75,000,000.",
        "The council allocates £70,000 to the Pension Fund.",
        "Tarn Youth Club will provide £5,000 through its own fund.",
        "The Tarn Trust fund totals £30,000 and pays for the hall roof.",
        "The fund stood at £40,000 last year.",
    ):
        assert _facts(line + "\n")[0] == [], line
