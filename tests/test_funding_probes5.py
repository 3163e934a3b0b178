"""Round 16 probes of the money fields: recall of awards on funding pages, near-misses held (our own words)."""

from decimal import Decimal

from funding_helpers import funding_contract


def facts(text: str) -> tuple[set, list]:
    result = funding_contract(text)
    allocations = {(a.kind, a.financial_year, a.amount) for a in result["allocations"]}
    projects = sorted((p.name, p.amount, p.status) for p in result["projects"])
    return allocations, projects


def test_approved_gives_money_to_a_named_organisation():
    text = "The PCSP approved £3,000 to Millbrook Boxing Club for youth sessions.\n"
    assert facts(text)[1] == [("Millbrook Boxing Club", Decimal("3000"), "approved")]


def test_approved_money_moved_to_a_pot_a_budget_or_a_service_is_no_project():
    for text in (
        "The PCSP approved £30,000 to the tactical pot for 2024/25.\n",
        "The Council approved £50,000 to the Highways budget for pothole repairs.\n",
        "The Cabinet approved £40,000 to the Youth Service for summer activities.\n",
        "The Board approved £20,000 to Safer Streets Fund for new lighting.\n",
    ):
        assert facts(text)[1] == [], text


def test_a_grant_awarded_to_a_body_and_withdrawn_is_a_withdrawn_project():
    text = "Community Grants 2024/25\nThe grant of £1,200 awarded to Tarnside Carers was withdrawn as the project did not go ahead.\n"
    assert facts(text) == (set(), [("Tarnside Carers", Decimal("1200"), "withdrawn")])
    text = "The grant of £900 awarded to the Partnership was returned.\n"
    assert facts(text)[1] == []


def test_an_applicant_project_amount_table_names_each_project_by_its_applicant_printed_first():
    expected = [
        ("Millbrook Food Bank – Winter hampers", Decimal("2500"), "proposed"),
        ("Tarnside Carers – Respite trips", Decimal("1200"), "proposed"),
    ]
    pipes = "Home | News\nApplicant | Project | Amount\nMillbrook Food Bank | Winter hampers | £2,500\nTarnside Carers | Respite trips | £1,200\n"
    assert facts(pipes)[1] == expected
    tabs = "Organisation\tProject\tAmount\nMillbrook Food Bank\tWinter hampers\t£2,500\nTarnside Carers\tRespite trips\t£1,200\n"
    assert facts(tabs)[1] == expected


def test_a_one_word_public_body_given_money_by_a_fund_is_no_project():
    assert facts("The Safer Streets Fund awarded £400,000 to the Council for street lighting.\n")[1] == []
    assert facts("The Home Office granted £90,000 to the Police for a knife crime campaign.\n")[1] == []


def test_an_award_heading_without_a_colon_leads_name_and_amount_lines():
    text = "Home | Grants | Contact\nGRANTS AWARDED 2024/25\nMillbrook Food Bank – £2,500\nTarnside Carers – £1,200\n"
    assert facts(text)[1] == [
        ("Millbrook Food Bank", Decimal("2500"), "approved"), ("Tarnside Carers", Decimal("1200"), "approved")
    ]
    text = "Grants approved in March 2025\nOakfield Scouts £800\nTarnside Carers £1,200\n"
    assert len(facts(text)[1]) == 2


def test_a_heading_that_gives_nothing_leads_no_lines():
    for text in (
        "Grant funding available 2024/25\nMillbrook Ward – £2,500\nTarnside Ward – £1,200\n",
        "Budget 2024/25\nYouth Services – £1,200,000\nLibraries – £850,000\n",
        "Grants awarded\nStaffing – £2,500 – salaries\nTotal – £1,200\n",
    ):
        assert facts(text)[1] == [], text


def test_near_misses_name_no_projects():
    for text in (
        "Community Safety Fund 2024/25\nThe Community Safety Fund – £250,000\n",
        "Safer Streets Programme – £450,000\nViolence Reduction Partnership – £300,000\n",
        "Outcome measure: 85% of victims satisfied\nTarget: £1.2m savings\n",
        "£2m boost for community safety across the county\nThe Commissioner has announced a £2m fund.\n",
        "Youth Services | £1,200,000\nLibraries | £850,000\nParks and Open Spaces | £600,000\n",
        "Community Grants Scheme – £75,000 available in 2024/25. Apply now.\n",
        "The Community Safety Partnership received £120,000 from the Commissioner for 2024/25.\n",
        "Grant Funding | £25,000\nSalaries | £18,000\nTotal expenditure | £43,000\n",
        "Headline: Food bank gets £2,500 boost\n",
    ):
        assert facts(text)[1] == [], text


def test_names_near_recipient_words_that_are_no_funded_groups():
    for text in (
        "Councillor Jane Roe, Councillor Sam Poe and Councillor Ann Doe were among the recipients of long service awards.\n",
        "Oakfield, Tarnside and Millbrook wards are also named as recipients.\n",
        "The successful projects are listed in Appendix A, Appendix B and Appendix C.\n",
    ):
        assert facts(text)[1] == [], text


def test_figure_first_dash_lines_under_an_approving_lead_name_the_organisation():
    text = "The following grants were approved:\n£2,500 – Millbrook Food Bank – winter hampers\n£1,200 – Tarnside Carers – respite trips\n"
    assert facts(text)[1] == [
        ("Millbrook Food Bank", Decimal("2500"), "approved"), ("Tarnside Carers", Decimal("1200"), "approved")
    ]
    assert facts("Budget lines:\n£2,500 – Youth Services – staffing\n")[1] == []
