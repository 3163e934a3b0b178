"""Helper pcc29b of session 29: commissioners' fund news (our own words). A fund announced as 'new funding worth £N to
help communities reduce nuisance behaviour' is the fund, though its purpose says 'reduce' or 'cut'; '(up to) £N will be
invested in community-based projects' is the fund on offer, and 'over the next 12 months' gives it no financial year; a fund open to
PCCs or police forces as a class ('giving PCCs another chance to bid from a fund of £N') is a national one, no body's."""

from test_s28news28 import _facts

from extractors.grants.stated_payouts import to_be_invested

PCC = "Tarnshire Police and Crime Commissioner Helen Marsh "


def test_a_purpose_naming_the_harm_fought_is_no_cut_of_the_fund():
    for purpose in (
        "to help communities reduce down anti-social behaviour in their neighbourhoods.",
        "to help neighbourhoods reduce nuisance behaviour.",
        "for schemes designed to cut violent crime in the county.",
    ):
        allocations, projects = _facts(PCC + "has announced new funding worth £80k " + purpose + "\n")
        assert allocations == [("grant_total", 80000.0, None)], (purpose, allocations)
        assert projects == []


def test_a_cut_of_money_is_still_no_fund():
    assert _facts("The community budget was reduced by £80,000 this year.\n")[0] == []
    assert _facts("The council made cuts of £80,000 to its community budget.\n")[0] == []


def test_money_yet_to_be_invested_in_projects_is_the_fund():
    text = (
        "Bids are now open for the Commissioner's Village Safety Fund round of 2025-2026.\n\n"
        "Over the next 12 months, up to £250k will be invested in community-based projects and services that back the "
        "aims of the area's Police and Crime Plan.\n\n"
        "Grants of up to £8,000 are on offer for projects that keep people from harm.\n"
    )
    assert _facts(text) == ([("grant_total", 250000.0, None)], [])
    assert _facts("The Commissioner said £300,000 will be invested in local communities next year.\n")[0] == [
        ("grant_total", 300000.0, None)
    ]


def test_investment_in_works_or_already_made_is_not_the_fund_on_offer():
    assert to_be_invested(" will be invested in local projects across the county.")
    assert to_be_invested(" is set to be invested back into communities.")
    assert not to_be_invested(" will be invested in road resurfacing projects.")
    assert not to_be_invested(" will be invested in 40 new officers.")
    assert not to_be_invested(" was invested in local projects.")


def test_a_fund_open_to_commissioners_as_a_class_is_national():
    for line in (
        "The next round also opens today, giving PCCs another chance to bid from a fund of £20 million for the year 2022/23.\n",
        "A fund of up to £3 million for Police and Crime Commissioners to bid for has also been set aside.\n",
        "This extra £20m has been made available to PCCs to pay for CCTV and street lighting.\n",
        "It is an opportunity for police forces to apply for a share of the £10 million fund.\n",
    ):
        assert _facts(line)[0] == [], line
    # The commissioner's own fund, open to groups, is still its fund.
    assert _facts("The Commissioner's Community Fund of £200,000 is open to local groups to bid for.\n")[0] == [
        ("grant_total", 200000.0, None)
    ]
    assert _facts("The Police and Crime Commissioner's grant scheme of £90,000 opens today for charities.\n")[0] == [
        ("grant_total", 90000.0, None)
    ]
