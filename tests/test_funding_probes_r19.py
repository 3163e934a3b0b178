"""Round 19 probes of the money fields (our own words): hedged stated totals, press-prose recipients."""

from decimal import Decimal

from extractors.grants import funding, reconcile
from extractors.grants.allocation_cues import labels
from extractors.readers.money import find_amounts
from funding_helpers import document


def result(text: str):
    return funding.extract_funding(document(text))


def allocations(text: str) -> set:
    return {(a.kind, a.financial_year, a.amount) for a in funding.to_contract(result(text))["allocations"]}


def projects(text: str) -> list:
    return [(p.name, p.amount) for p in funding.to_contract(result(text))["projects"]]


def test_a_hedged_stated_total_is_recorded_at_its_printed_amount_with_its_hedge():
    text = "Last spring the fund granted more than £62,500 to support 14 local projects across the borough.\n"
    assert allocations(text) == {("approved_total", None, Decimal("62500"))}
    assert [a.qualifier for a in result(text).allocations] == ["over"]


def test_hedged_totals_whose_clause_fixes_the_kind():
    assert allocations("Round two of the Safer Towns Fund saw around £47,000 shared by 19 community initiatives.\n") == {
        ("approved_total", None, Decimal("47000"))
    }
    assert allocations("Over £31,000 of grants from the Village Halls Fund were awarded at the cabinet meeting.\n") == {
        ("approved_total", None, Decimal("31000"))
    }
    assert allocations("Many groups have benefited, with just over £1.2 million being shared out since the spring.\n") == {
        ("approved_total", None, Decimal("1200000"))
    }
    assert allocations("The Harbour Fund, with a total allocation of around £45,000, opened on Monday.\n") == {
        ("grant_total", None, Decimal("45000"))
    }


def test_a_hedged_figure_whose_clause_fixes_no_kind_is_not_read():
    assert allocations("Groups can bid for up to £5,000 each from the fund this autumn.\n") == set()
    assert allocations("The partnership spent around £12,000 on new signs last year.\n") == set()
    assert allocations("The fund granted up to £40,000 to support nine projects.\n") == set()


def test_the_qualifier_is_cut_whole_from_the_clause_before_the_figure():
    text = "In all, the scheme awarded more than £9,000 to support six youth projects in the town.\n"
    assert allocations(text) == {("approved_total", None, Decimal("9000"))}


def test_a_cue_that_is_only_the_tail_of_a_hyphened_word_is_no_cue():
    assert "EXCLUDE" not in labels("with £8,000 of that going to life-saving equipment")
    assert "EXCLUDE" in labels("the savings of £8,000 go back to reserves")
    text = "Local clubs have done well, with over £22,000 being shared out - and £4,000 of it going to life-saving kit.\n"
    assert ("approved_total", None, Decimal("22000")) in allocations(text)


def test_reconcile_treats_hedged_figures_as_bounds():
    over, nearly = find_amounts("more than £10,000")[0], find_amounts("nearly £10,000")[0]
    assert reconcile.judge(over, Decimal("10450")) == "within_approximation"
    assert reconcile.judge(over, Decimal("9950")) == "mismatch"
    assert reconcile.judge(nearly, Decimal("9600")) == "within_approximation"
    assert reconcile.judge(nearly, Decimal("10200")) == "mismatch"
    hedged = [a for a in result("Last spring the fund granted more than £62,500 to support 14 local projects.\n").allocations]
    assert hedged and reconcile._exact(hedged[0]) is None


def test_a_hedged_total_restating_the_exact_one_of_the_paper_is_left_out():
    text = (
        "Youth projects have been awarded more than £6,400 by the Commissioner.\n\n"
        "The 4 awards totalling £6,412.50 were as follows.\n"
    )
    assert allocations(text) == {("approved_total", None, Decimal("6412.50"))}


def test_a_figure_quoted_for_comparison_is_no_stated_total():
    assert allocations("Last year the fund awarded £40,000 to 22 groups, compared with £35,000 before.\n") == set()


def test_a_donation_to_a_named_body_is_a_project():
    assert projects("At its meeting the board agreed to donate £4,250 to Oakmoor Community Trust.\n") == [
        ("Oakmoor Community Trust", Decimal("4250"))
    ]
    assert projects("£1,500 has been donated to Fellside Sea Cadets towards a new boat.\n") == [
        ("Fellside Sea Cadets", Decimal("1500"))
    ]
    assert projects("Residents donated £4,000 to the appeal.\n") == []
    assert projects("The council agreed to donate £500 to local charities.\n") == []


def test_a_later_figure_of_an_award_sentence_names_its_described_recipient():
    text = "The fund has awarded £3,000 to Tarn Rovers for new kit and £1,200 to Fellside Walkers, a rambling club.\n"
    assert projects(text) == [("Tarn Rovers", Decimal("3000")), ("Fellside Walkers", Decimal("1200"))]
    text = "Just over £900 has been contributed to a garden in Oakmoor and £750 to Quiet Harbour, a Tarn counselling service.\n"
    assert projects(text) == [("Quiet Harbour", Decimal("750"))]
    assert projects("We spent £3,000 on kit and £1,200 to Fellside Walkers, a rambling club.\n") == []
    assert projects("The budget was set at £30,000 for the year and £5,000 to Highways, a service of the council.\n") == []
