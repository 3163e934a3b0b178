"""Helper debt30b of session 30 (our own words): one reader of a national pot or a sum open to a class of bodies
(``figure_roles.national_pot``), keyed on its vocabulary (a nation, a nationwide word, a government, a class of bodies,
a use still to be chosen), and one 'no body's total' predicate both allocation readers call."""

from test_s28news28 import _facts

from extractors.grants.figure_roles import national_pot, no_bodys_total
from schemas.funding import MoneyAmount


def test_a_government_fund_of_millions_told_by_its_vocabulary_is_no_bodys_grant_total():
    for line in (
        "A £30 million fund to cut knife crime across England and Wales opens today for 2026/27.\n",
        "Ministers will decide how the £18 million grant fund should best be spent in 2026/27.\n",
        "The new £12 million pot for all police forces was announced for 2026/27.\n",
    ):
        assert _facts(line)[0] == [], line
    # The body's own receipt of millions, and its own fund's size, are still read.
    assert _facts("The Commissioner has been awarded £12 million from the Home Office for 2026/27.\n")[0] != []
    assert _facts("The Community Safety Fund for 2026/27 is £15 million.\n")[0] == [("grant_total", 15000000.0, "2026/27")]


def test_the_national_pot_reader_reads_each_form_of_the_family():
    assert national_pot(15_000_000, False, "Ministers announced a national", " million fund", " million fund for safer streets.")
    assert national_pot(2_000_000, False, "", " has been made available to PCCs", " has been made available to PCCs to spend.")
    assert national_pot(3_000_000, True, "A fund of up to", " for Police and Crime Commissioners", " for Police and Crime Commissioners.")
    assert national_pot(None, False, "Councils across the county will share", ".", ".")
    # A small sum or the body's own receipt is no government's fund of millions.
    assert not national_pot(150_000, False, "Ministers announced a national", " fund", " fund for safer streets.")
    assert not national_pot(15_000_000, False, "The Council has been awarded", " from the Home Office", " from the Home Office.")


def test_no_bodys_total_holds_the_four_checks():
    figure = MoneyAmount(amount=40000, start=0, end=7, text="£40,000")
    assert no_bodys_total(figure, "The grant was cut by", " in 2025/26", " in 2025/26.")
    assert no_bodys_total(figure, "Eastby Borough Council will receive", ".", ".")
    assert no_bodys_total(figure, "", ", of which Tarn Council has been allocated £4,000", ", of which Tarn Council has been allocated £4,000.")
    assert not no_bodys_total(figure, "The Community Safety Fund for 2025/26 is", ".", ".")
