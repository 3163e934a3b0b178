"""Project forms of round 5: figure-first award lines, recipient forms of press releases, lists 'including'."""

from decimal import Decimal

from extractors.grants.allocations import find_allocations
from extractors.grants.funding_layout import FundingLayout
from extractors.grants.projects import find_mentions, merge
from funding_helpers import document


def projects(text):
    merged, _ = merge(find_mentions(FundingLayout(document(text)), set()))
    return [(p.name, p.amount, p.status) for p in merged]


def test_figure_first_award_lines_under_a_resolution_name_the_organisation():
    text = (
        "RESOLVED that the following grants be awarded:\n\n"
        "        £1,200 to Willowbank Singers towards a spring concert;\n\n"
        "        £300 to Hartfield Safer Roads Partnership towards leaflets.\n"
    )
    assert projects(text) == [
        ("Willowbank Singers", Decimal("1200"), "approved"),
        ("Hartfield Safer Roads Partnership", Decimal("300"), "approved"),
    ]


def test_figure_first_dash_lines_with_and_without_to():
    text = "The grants approved are:\n- £2,050 to Oldmere Rovers for new nets\n- £640 Pike Lane Anglers for a fishing platform\n"
    assert projects(text) == [("Oldmere Rovers", Decimal("2050"), "approved"), ("Pike Lane Anglers", Decimal("640"), "approved")]


def test_figure_first_lines_under_a_recommendation_are_recommended():
    text = "Members are asked to recommend to Cabinet:\n£500 to Brook Street Choir for sheet music\n"
    assert projects(text) == [("Brook Street Choir", Decimal("500"), "recommended")]


def test_figure_first_line_without_a_lead_in_is_no_project():
    assert projects("Spending to date\n£900 to Ferry Lane Club for repairs\n") == []


def test_awarded_figure_to_named_body_and_went_to_forms():
    text = (
        "The council awarded £2k to the Millhouse Arts Project for a befriending scheme. "
        "Another £1k was given to Eastvale Foodbank, while £750 went towards the Tiny Steps Play Den, a holiday club.\n"
    )
    assert projects(text) == [
        ("Millhouse Arts Project", Decimal("2000"), "approved"),
        ("Eastvale Foodbank", Decimal("1000"), "approved"),
        ("Tiny Steps Play Den", Decimal("750"), "approved"),
    ]


def test_named_recipient_without_purpose_and_who_which_connectors():
    text = (
        "The rowing club and Kestrel RFC have both been given £1,500, while Friends of Clearview have been awarded £800.\n\n"
        "Groups such as Northdale Youth Services who have been awarded £2,400 to run evening sessions.\n\n"
        "Our charity was awarded £6,000 from the Community Safety Fund.\n"
    )
    names = [p[0] for p in projects(text)]
    assert names[:2] == ["Kestrel RFC", "Friends of Clearview"]
    assert names[2].startswith("Northdale Youth Services") and len(names) == 3


def test_a_condition_on_the_balance_of_funding_is_no_balance_figure():
    text = (
        "Community Area Grants\n\nFernhill Cricket Club were awarded £450 towards a mower, conditional on the balance "
        "of funding being in place.\n\nOur charity was awarded £6,000 from the Community Safety Fund for 2024/25.\n"
    )
    assert find_allocations(FundingLayout(document(text)), set()) == []


def test_received_the_same_amount_takes_the_figure_before_it():
    text = (
        "Oakfield Swimming Club was awarded £800 for lane hire, while Bramley Harriers received the same amount for kit.\n\n"
        "Wyebank Bowls Club got £600 to build a shed, and Tor Events Group got the same for repairs, and there was £450 "
        "for the Upper Dale Explorer Scout Unit to buy tents.\n"
    )
    found = {name.split(" – ")[0]: amount for name, amount, _ in projects(text)}
    assert found["Bramley Harriers"] == Decimal("800") and found["Tor Events Group"] == Decimal("600")
    assert found["Upper Dale Explorer Scout Unit"] == Decimal("450")
