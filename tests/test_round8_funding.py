"""Round 8: council grant news, round totals in press releases and per-member funds (our own words)."""

from funding_helpers import funding_contract


def facts(text: str) -> tuple[list, list]:
    result = funding_contract(text)
    allocations = [(a.kind, a.financial_year, a.amount) for a in result["allocations"]]
    projects = [(p.name.split(" – ")[0], p.amount, p.status) for p in result["projects"]]
    return allocations, projects


def test_cabinet_agreed_to_release_from_its_grants_budget_is_the_approved_total():
    text = "Cabinet agreed last night to release £12,000 in funds from the council’s community grants budget to help locals."
    assert facts(text)[0] == [("approved_total", None, 12000.0)]


def test_sub_committee_agreed_to_allocate_approves_the_bullets_after_it():
    text = (
        "The Grants Sub Committee agreed, at its May meeting, to allocate £5,500 to:\n\n"
        "  • Hilltop Scouts - £5,000 to build a store\n  • Hilltop Choir - £500 to buy music\n"
    )
    allocations, projects = facts(text)
    assert allocations == [("approved_total", None, 5500.0)]
    assert projects == [("Hilltop Scouts", 5000.0, "approved"), ("Hilltop Choir", 500.0, "approved")]


def test_received_a_share_of_and_grants_totalling_are_round_totals():
    text = (
        "Local groups received a share of £40,100.50 at an awards night.\n\n"
        "Over 90 projects have now received grants totalling £410,220 since the fund opened.\n"
    )
    assert facts(text)[0] == [("approved_total", None, 40100.5), ("approved_total", None, 410220.0)]


def test_counted_projects_receiving_a_share_state_no_allocation():
    assert facts("A further 30 projects received a share of £70,300 at the awards night.")[0] == []


def test_figure_donated_to_groups_after_a_scraped_date_stamp_is_the_round_total():
    text = " date 2020-01-02 £50,010 seized from criminals has been donated to several community groups in the county."
    assert facts(text)[0] == [("approved_total", None, 50010.0)]


def test_groups_granted_a_figure_by_the_commissioners_is_the_round_total():
    text = "Charities and groups helping victims have been granted £210,000 by the two Commissioners."
    assert facts(text)[0] == [("approved_total", None, 210000.0)]


def test_allocated_to_her_grants_scheme_and_a_new_named_fund_are_fund_sizes():
    text = (
        "The Commissioner has this year allocated £90,000 to her community grants scheme.\n\n"
        "The Foundation is running a new £30,000 Commissioner’s Village Fund.\n"
    )
    assert facts(text)[0] == [("grant_total", None, 90000.0), ("grant_total", None, 30000.0)]


def test_lower_end_of_between_and_range_is_no_fund():
    text = "In 2023/24 the Commissioner has set aside £80,000; groups may apply for a grant of between £2,000 and £6,000."
    assert (("grant_total", "2023/24", 2000.0)) not in facts(text)[0]


def test_each_members_allocated_fund_is_no_grant_total():
    text = "In 2022/23 the fund gave each of the council’s 40 members an allocated fund of £4000, from an overall funding pot of £160,000."
    assert facts(text)[0] == [("grant_total", "2022/23", 160000.0)]


def test_resolution_awards_totalling_per_kind_of_grant_are_approved_totals():
    text = (
        "RESOLVED: That the Community Grant awards, totalling £100,500 in revenue grants and £60,000 in capital grants, "
        "be approved for inclusion in the budget for 2025/26."
    )
    assert facts(text)[0] == [("approved_total", "2025/26", 100500.0), ("approved_total", "2025/26", 60000.0)]


def test_present_tense_awards_asides_and_elided_verbs_name_each_recipient():
    text = (
        "Among the beneficiaries are Owl Lane Hospice, at Marwick, which receives £6,000 to open a day room.\n\n"
        "Fernbridge Tool Library get £3,500 and Home Start Vale receive £7,000 to run its groups.\n\n"
        "The local Money Advice Centre has been awarded £12,000 and Fernbridge Rotary Club £2,000 towards a stall.\n\n"
        "Hollins Bowls Trust was given £650 towards coaching in Fernbridge while the local Memory Cafe gets £900 to buy urns.\n\n"
        "More came from another fund, with Fernbridge Reading hub receiving £1,200 and Crane End village hall £3,000, for a shed.\n"
    )
    assert [(name, amount) for name, amount, _ in facts(text)[1]] == [
        ("Owl Lane Hospice", 6000.0), ("Fernbridge Tool Library", 3500.0), ("Home Start Vale", 7000.0),
        ("Money Advice Centre", 12000.0), ("Fernbridge Rotary Club", 2000.0), ("Hollins Bowls Trust", 650.0),
        ("Memory Cafe", 900.0), ("Fernbridge Reading hub", 1200.0), ("Crane End village hall", 3000.0),
    ]


def test_one_word_name_after_its_kind_and_described_name_after_and_are_recipients():
    text = (
        "Last year recipients included motor skills charity Zoomer, which was awarded £4,000, and Hope Against Harm, "
        "an organisation working to end abuse, received £2,000."
    )
    assert facts(text)[1] == [("Zoomer", 4000.0, "approved"), ("Hope Against Harm", 2000.0, "approved")]


def test_bare_present_tense_needs_a_proper_name():
    assert facts("Applicants receive £500 to run a summer event.")[1] == []
