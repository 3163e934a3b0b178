"""Session 17 project precision (our own words): money on commissioner and mayor pages that funds no named recipient
(the force or its chief constable read as a decision's recipient, a budget's lines printed as
'Name (£N)' in a sentence that gives nothing), a one-word body named with its purpose, and a list of figures each
with its own recipient ('£N to X, £M to Y') never pairing one figure with the next recipient."""

from __future__ import annotations

from tests.funding_helpers import funding_contract, project_pairs as _projects


def test_money_the_force_received_for_an_operation_is_no_project():
    text = "Commissioner news\n\nThe Force received £640,000 for Operation Heron.\n"
    assert _projects(text) == []


def test_a_name_in_brackets_in_a_sentence_that_gives_nothing_is_no_project():
    text = "Commissioner news\n\nOperation Kestrel Watch (£85,000) will target burglary gangs across Corvale.\n"
    assert _projects(text) == []


def test_money_given_to_the_chief_constable_is_the_forces_budget():
    text = "Commissioner news\n\nThe Commissioner has given £450,000 to the Chief Constable for more detectives.\n"
    assert _projects(text) == []


def test_names_before_figures_in_a_sentence_that_gives_nothing_are_no_projects():
    text = "Victim services\n\nCorvale Victim Care (£1.1m) and Brinton Rape Crisis (£380,000) provide the core services.\n"
    assert _projects(text) == []


def test_names_before_figures_in_a_sentence_sharing_the_money_are_projects():
    text = (
        "Youth money\n\nThe funding will be shared by Corvale Youth Zone (£280,000), The Brinton Boxing Academy (£240,000) "
        "and Tarn Sports Trust (£430,000).\n"
    )
    assert [amount for _, amount in _projects(text)] == [280000.0, 240000.0, 430000.0]


def test_a_one_word_body_names_the_award_with_its_purpose():
    text = "Commissioner news\n\nSafeline will receive £7,500 to run a campaign on rural stalking.\n"
    assert _projects(text) == [("Safeline – a campaign on rural stalking", 7500.0)]


def test_a_list_of_figures_never_gives_one_figure_to_the_next_recipient():
    text = (
        "Commissioner news\n\nThe Commissioner has allocated £1.4m to the Brinton Youth Diversion Programme, "
        "£850,000 to the Corvale Night Safe scheme and £250,000 to the Tarn Rural Crime Partnership.\n"
    )
    assert all(amount != 1400000.0 or "Night Safe" not in name for name, amount in _projects(text))


def test_award_lines_with_the_purpose_after_the_figure_are_named_by_the_recipient():
    text = (
        "Ward grants\n\nThe following grants have been awarded:\n\n"
        "Brinton Play Partnership- £450 to support its holiday clubs in Hillside;\n\n"
        "Brinton Play Partnership- £250 for a Christmas party;\n\n"
        "Corvale Larder- £300 for food and supplies.\n"
    )
    assert _projects(text) == [("Brinton Play Partnership", 450.0), ("Brinton Play Partnership", 250.0), ("Corvale Larder", 300.0)]


def test_one_figure_each_to_a_list_and_another_figure_going_to_one_more_body():
    text = (
        "Grants\n\nThe committee recommended that £150 each should be awarded to the Heritage Centre, Tarn Lifeboat Crew, "
        "the Corvale Singers and the Photo Club with £350 going to the Advice Bureau.\n"
    )
    assert _projects(text) == [
        ("Heritage Centre", 150.0), ("Tarn Lifeboat Crew", 150.0), ("Corvale Singers", 150.0), ("Photo Club", 150.0),
        ("Advice Bureau", 350.0),
    ]


def test_a_table_printed_one_cell_a_line_each_closed_by_a_bar():
    text = (
        "Community grants\n\nMembers looked at the grant bids as listed in the table below.\n"
        "Ref |\nOrganisation |\nPurpose |\nAward £ |\n"
        "CG1 |\nFriends of\nTarn Meadow |\nBulb planting |\n320 |\n"
        "CG2 |\nCorvale Residents’ Association |\nSummer talk |\n275 |\n"
        "Budget available |\n£6,100 |\nTotal awards |\n£595 |\n"
    )
    assert _projects(text) == [
        ("Friends of Tarn Meadow – Bulb planting", 320.0), ("Corvale Residents’ Association – Summer talk", 275.0),
    ]


def test_a_contribution_with_an_aside_and_a_named_fund_before_its_recipient():
    text = (
        "Area committee\n\nRESOLVED: that members agreed a contribution of up to £5,200 (20% of the whole scheme cost) "
        "from the Village Assets Fund budget to Tarnby Parish Council.\n\n"
        "RESOLVED: that members agree a contribution of up to £4,100 (30% of the whole scheme cost) from the Community "
        "Grants Capital budget to Hillend Parish Council\n\nReason: for the purchase of a play area, subject to the standard conditions.\n\n"
        "RESOLVED: that members agreed a contribution of up to £3,000 (10% of the costs) from its capital budget to Fellside Parish Council.\n"
    )
    assert _projects(text) == [
        ("Tarnby Parish Council", 5200.0), ("Hillend Parish Council – the purchase of a play area", 4100.0),
    ]


def test_a_list_under_a_lead_naming_the_precept_is_the_forces_own_spending():
    text = (
        "Budget news\n\nThe Commissioner has approved the following investment from the precept:\n\n"
        "- 15 more PCSOs – £700,000\n- Rural Crime Team – £320,000\n- Roads Policing Unit – £410,000\n"
    )
    assert _projects(text) == []


def test_what_a_won_grant_will_be_spent_on_is_no_project_list_but_a_named_recipient_stays():
    text = (
        "Safer Streets\n\nThe Commissioner was awarded £900,000 from the Safer Streets Fund for 2023/24. The money will be spent on:\n\n"
        "- Street lighting in Brinton – £300,000\n- CCTV upgrades – £350,000\n- Corvale Women’s Aid – £250,000\n"
    )
    assert [name for name, _ in _projects(text)] == ["Corvale Women’s Aid"]


def test_a_kind_of_recipient_in_capitals_names_no_one_body():
    text = (
        "Budget\n\nThe Commissioner's budget for 2024/25 is £5.8m. The following grants are included:\n\n"
        "- Community Safety Partnerships – £850,000\n- Corvale Youth Trust – £40,000\n"
    )
    assert [name for name, _ in _projects(text)] == ["Corvale Youth Trust"]


def test_a_project_described_between_commas_then_given_money_by_the_commissioner():
    text = (
        "Commissioner news\n\nThe Safe Harbour project, run by Corvale Women’s Centre, has received £48,000 from the Police "
        "and Crime Commissioner.\n\nA further £12,000 went to the Tarn Stalking Advocacy Service.\n"
    )
    assert _projects(text) == [("Safe Harbour project", 48000.0), ("Tarn Stalking Advocacy Service", 12000.0)]


def test_money_for_the_fire_and_rescue_service_is_its_own_budget_and_a_the_recipient_names_the_award():
    text = (
        "Mayor news\n\nFunding of £610,000 has been awarded to the Corvale Fire and Rescue Service to buy two new engines.\n\n"
        "Funding of £24,000 has been awarded to the Tarn Carers Trust to buy a minibus.\n"
    )
    assert _projects(text) == [("Tarn Carers Trust – buy a minibus", 24000.0)]


def test_recipients_named_without_an_amount_as_past_examples_of_a_fund_are_no_projects():
    text = (
        "Community fund\n\nThe Safer Lanes Fund has £280,000 for 2024/25. It has previously supported groups including "
        "Corvale Mind, Tarn Scouts, Hillside Youth Trust and Brinton Boxing Club.\n\nPast recipients include:\n\n"
        "- Fellside Carers\n- Marsh Lane Larder\n"
    )
    assert _projects(text) == []


def test_a_year_a_fund_started_from_or_named_as_last_year_is_not_the_awards_year():
    text = (
        "Community fund\n\nSince it began in 2018/19 the fund has given out more than £800,000. This year's recipients include:\n\n"
        "- Corvale Boxing Club – £3,500\n- Tarn Scouts – £2,000\n\n"
        "Grants news\n\nThe Commissioner has awarded £4,000 to Hillside Youth Trust.\n\nLast year (2022/23) the fund supported 38 groups.\n"
    )
    result = funding_contract(text)
    assert [p.financial_year for p in result["projects"]] == [None, None, None]
