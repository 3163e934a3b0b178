"""Round 18 probes of the money fields, by layout class (our own words)."""

from decimal import Decimal

from funding_helpers import funding_contract


def allocations(text: str) -> set:
    result = funding_contract(text)
    return {(a.kind, a.financial_year, a.amount) for a in result["allocations"]}


def test_counted_recipients_opening_a_sentence_share_a_rounds_payout():
    text = "Thirty projects received a share of £120,500 at an awards evening for the latest round of the fund.\n"
    assert allocations(text) == {("approved_total", None, Decimal("120500"))}


def test_a_further_count_receiving_a_share_is_part_of_a_round():
    assert allocations("At the event a further 31 projects received a share of £150,100 in funding.\n") == set()


def test_counted_recipients_after_other_words_are_not_read_as_the_round():
    assert allocations("Of the 30 bids, twelve projects received a share of £40,000 from the fund.\n") == set()
    assert allocations("In round one 22 groups received £80,000.\n") == set()


def test_counted_organisations_selected_representing_a_sum():
    text = "After a panel evaluated bids, 41 organisations were selected, representing £210,400 of investment.\n"
    assert allocations(text) == {("approved_total", None, Decimal("210400"))}
    assert allocations("Local groups can apply for a share of £150,000 from the Safer Streets Fund.\n") != {
        ("approved_total", None, Decimal("150000"))
    }


def test_a_total_of_counted_groups_received_a_share_of_the_sum():
    text = "A total of 62 local voluntary and community groups ultimately received a share of the £1.5 million awarded.\n"
    assert allocations(text) == {("approved_total", None, Decimal("1500000"))}


def projects(text: str) -> list:
    result = funding_contract(text)
    return [(p.name, p.amount) for p in result["projects"]]


def test_each_recipient_of_a_with_chain_is_a_project():
    # (clubs since session 29: a principal council handed a sum with no scheme is no project, test_s29prec29)
    text = (
        "Eastvale Rovers receives £2,880 with Westvale Harriers being awarded £2,740, "
        "Moorside receiving £1,040 and Fenby getting £970.\n"
    )
    assert projects(text) == [
        ("Eastvale Rovers", Decimal("2880")), ("Westvale Harriers", Decimal("2740")),
        ("Moorside", Decimal("1040")), ("Fenby", Decimal("970")),
    ]


def test_a_with_chain_keeps_out_collective_and_generic_members():
    assert projects("The council pays £40,000 a year with the remainder receiving £3,000 each.\n") == []
    assert projects("The year ended with the Council receiving £50,000 from the Home Office.\n") == []
    assert projects("The fund paid out with Tarn Rovers receiving £3,000 and Others getting £1,000.\n") == [
        ("Tarn Rovers", Decimal("3000"))
    ]


def test_a_single_word_name_alone_after_with_needs_a_chain():
    assert projects("The scheme closed with Moorside receiving £4,000.\n") == []


def test_beneficiary_lists_of_common_nouns_or_refusals_name_no_project():
    assert projects("Among the beneficiaries were local residents, schools and the Upton Choir.\n") == []
    assert projects("Groups that were refused include the Marsh Homeless Project, Hill Cultural Centre and the Upton Society.\n") == []


_STACKED = (
    "{lead}\nOrganisation |\nType of Funding |\nAmount |\nNorthby LA |\nCommunity Safety Funding |\n£58,100 |\n"
    "Southby Borough Council |\nCommunity Safety Funding |\n£41,900 |\nYouth Justice Services |\nPreventing Youth Offending |\n"
    "£90,000 |\nTotal |\n|\n{total} |\nThe grants above are a contribution to wider funding.\n"
)


def test_stacked_total_of_grants_made_that_adds_up_is_the_approved_total():
    text = _STACKED.format(lead="The community safety awards which will be made in 2023-24 are listed below.", total="£190,000")
    assert allocations(text) == {("approved_total", "2023/24", Decimal("190000"))}


def test_stacked_total_that_does_not_add_up_or_lacks_a_giving_lead_is_no_total():
    made = "The community safety awards which will be made in 2023-24 are listed below."
    assert allocations(_STACKED.format(lead=made, total="£250,000")) == set()
    plain = "The table below sets out spending on community safety in 2023-24."
    assert allocations(_STACKED.format(lead=plain, total="£190,000")) == set()


def test_stacked_total_takes_the_year_the_lead_in_points_at():
    lead = (
        "The community safety awards which will be made in 2023-24 are listed below. "
        "The outcomes will inform commissioning in 2024-25."
    )
    assert allocations(_STACKED.format(lead=lead, total="£190,000")) == {("approved_total", "2023/24", Decimal("190000"))}
