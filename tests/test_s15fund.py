"""Session 15 funding probes (our own words): a grant table printed without a header, press forms of awards
('was awarded £N last year to ...', 'A grant of £N enabled X to ...', 'The group received £N'), a thousands
comma followed by a space, a list of funding sources, and a round's totals shared by counted recipients."""

from __future__ import annotations

from extractors.readers import money
from tests.funding_helpers import funding_contract


def _projects(text: str) -> list[tuple[str, float | None, str | None, str | None]]:
    result = funding_contract(text)
    return [(p.name, p.amount, p.financial_year, p.status) for p in result["projects"]]


def _allocations(text: str) -> list[tuple[str, float, str | None]]:
    result = funding_contract(text)
    return [(a.kind, float(a.amount), a.financial_year) for a in result["allocations"]]


# A grant table printed without a header: 'Applicant | what it will do | £N |' rows.

_HEADERLESS = (
    "Local groups across the valley have been given a lift by new grants from the Commissioner.\n"
    "Four projects have been announced.\n"
    "The projects\n"
    "Tarnside Boxing Club | Evening sessions for young people on the estate. | £4,000 |\n"
    "Fell Youth Team | A worker who meets young people at the bus station on Fridays. | £12,500 |\n"
    "Hillview Youth Team | Mentoring for young people leaving care. | £9,800 |\n"
)


def test_headerless_grant_table_rows_are_their_first_cells_projects():
    assert _projects(_HEADERLESS) == [
        ("Tarnside Boxing Club", 4000.0, None, "approved"),
        ("Fell Youth Team", 12500.0, None, "approved"),
        ("Hillview Youth Team", 9800.0, None, "approved"),
    ]


def test_two_rows_of_one_headerless_table_with_near_names_stay_two_projects():
    text = _HEADERLESS.replace("Hillview Youth Team", "Fell (FYT) Youth Team ( FYT)")
    assert [p[0] for p in _projects(text)] == ["Tarnside Boxing Club", "Fell Youth Team", "Fell (FYT) Youth Team ( FYT)"]


def test_headerless_table_under_words_about_no_grant_names_no_project():
    text = (
        "Our prices for the coming season.\n"
        "Tarnside Boxing Club | Evening sessions | £4,000 |\n"
        "Fell Youth Team | Friday sessions | £12,500 |\n"
    )
    assert _projects(text) == []


def test_headerless_table_whose_last_cell_is_no_lone_figure_names_no_project():
    text = _HEADERLESS.replace("| £4,000 |", "| about £4,000 a year |")
    assert _projects(text) == []


# Press forms of one award.


def test_an_award_given_last_year_to_do_something_is_the_recipients_project():
    text = (
        "Grants round opens\n\nPrevious successful applicants include Tarn Valley Radio station in Fellby, who were awarded "
        "£4,000 last year to run workshops for young people. Hill Youth Group was also awarded £900 last year to plant a "
        "community garden.\n"
    )
    names = [(p[0].split(" – ")[0], p[1], p[3]) for p in _projects(text)]
    assert names == [("Tarn Valley Radio station", 4000.0, "approved"), ("Hill Youth Group", 900.0, "approved")]


def test_a_grant_that_enabled_a_named_body_to_do_something_is_its_project():
    text = "Grants round opens\n\nA grant of £2,500 enabled the Fellby Street Angels to train six more volunteers.\n"
    projects = _projects(text)
    assert [(p[0].split(" – ")[0], p[1], p[3]) for p in projects] == [("Fellby Street Angels", 2500.0, "approved")]


def test_a_grant_that_helped_an_unnamed_body_names_no_project():
    text = "Grants round opens\n\nA grant of £2,500 enabled the group to train six more volunteers.\n"
    assert _projects(text) == []


def test_the_group_received_is_the_body_the_sentence_before_opens_on():
    text = (
        "Community grants\n\nTarn Hoods has run boxing sessions on the estate since spring. The group received £3,000 to "
        "start a football league.\n"
    )
    assert [(p[0].split(" – ")[0], p[1]) for p in _projects(text)] == [("Tarn Hoods", 3000.0)]


def test_the_group_received_after_a_sentence_naming_no_body_names_no_project():
    text = "Community grants\n\nboxing sessions ran on the estate all spring. The group received £3,000 to start a football league.\n"
    assert _projects(text) == []


# A thousands comma followed by a space, as some press pages print it.


def test_a_thousands_comma_followed_by_a_space_groups_the_figure():
    assert [(a.text, a.amount) for a in money.find_amounts("was awarded £4, 250 to run")] == [("£4, 250", 4250)]
    assert [a.amount for a in money.find_amounts("£12, 345, 678 in all")] == [12345678]


def test_a_comma_and_space_before_other_than_three_digits_ends_the_figure():
    assert [a.amount for a in money.find_amounts("prizes of £5, 10 and 20")] == [5]
    assert [a.amount for a in money.find_amounts("£4, 2500 and £4, 250.50")] == [4, 4]


# Lists of where the money came from are no projects.


def test_lines_under_a_lead_naming_funding_streams_are_no_projects():
    text = (
        "Community Safety Funding\n\nThe Commissioner has approved the allocation of £20,000.00 from the following funding "
        "streams:\n\nNeighbourhood Safety Fund £5,000.00\n\nVictims Support Fund 2019 £15,000.00\n"
    )
    assert _projects(text) == []


def test_projects_supported_by_a_fund_included_are_approved():
    text = (
        "Grants 2023\n\nProjects supported by the Tarn Initiative Fund included the following:\n"
        "- Fellby Boxing Academy – £3,500\n- Hill Huskies – £2,000\n"
    )
    assert [(p[0], p[3]) for p in _projects(text)] == [("Fellby Boxing Academy", "approved"), ("Hill Huskies", "approved")]


# A round's totals.


def test_counted_recipients_sharing_a_sum_is_the_rounds_approved_total():
    text = (
        "The Commissioner has announced his Community Fund awards for 2023-24, which sees 18 local groups sharing £120,500 "
        "in funding.\n"
    )
    assert _allocations(text) == [("approved_total", 120500.0, "2023/24")]


def test_a_fund_distributing_a_sum_across_counted_organisations_is_its_approved_total():
    text = "The Youth Violence Fund 2023-24 is distributing a further £64,000 across 9 organisations for youth work.\n"
    assert _allocations(text) == [("approved_total", 64000.0, "2023/24")]


# Figures that bound a kind of grant, a council's own accounts, applicants and bracketed names.


def test_a_kind_of_grant_with_its_bound_in_brackets_is_no_project():
    text = "Grants awarded 2024/25\n\nSmall Grants (£300 or less) awarded.\nNo small grants have been awarded this year.\n"
    assert _projects(text) == []


def test_balances_a_cashbook_or_bank_statement_shows_are_no_allocation():
    text = (
        "Finance 2024/25\n\nIt was recorded that the cashbook showed a balance of £7,120.50 as at 1/11/2024. The latest bank "
        "statement showed a balance of £5,310.20.\n"
    )
    assert _allocations(text) == []


def test_a_body_that_applied_for_a_grant_names_the_project_and_proposes_it():
    text = "Minutes\n\nThe officer said that Fellby Village Hall has applied for a grant of £4,000 for a new roof.\n"
    assert [(p[0], p[1], p[3]) for p in _projects(text)] == [("Fellby Village Hall – a new roof", 4000.0, "proposed")]


def test_a_figure_first_award_keeps_the_recipients_name_in_brackets():
    text = (
        "Recommendations\n\n1. That the following Community Grants be awarded: • £600 to Tarn Hub (Fellby Welsh Centre) "
        "towards a summer fair; • £900 to Hill Scouts towards tents.\n"
    )
    assert [p[0] for p in _projects(text)] == ["Tarn Hub (Fellby Welsh Centre)", "Hill Scouts"]


# Applicants printed after the figure; one award printed twice; an acronym; one figure for several bodies.


def test_the_applicant_after_the_figure_names_the_project_and_its_decision_is_the_same_award():
    text = (
        "To look at the following bids for grants from the Fellside Ward Community Budget:-\n\n"
        "a)   New Goal Posts – £1,200 – submitted by Fellside Residents Forum (Appendix A1)\n\n"
        "b)   Hall Door - £450 – submitted by Mr P Webb, Chairman of the Hall Committee (Appendix A2)\n\n"
        "c)   Running a Junior Cricket Team - £300 – Mrs Ann Roe (Appendix A3)\n\n"
        "i)   New Goal Posts\n\nThat a grant of £1,200 to Fellside Residents Forum for new goal posts be supported.\n"
    )
    assert [(p[0], p[1], p[3]) for p in _projects(text)] == [
        ("Fellside Residents Forum", 1200.0, "recommended"),
        ("Mr P Webb", 450.0, "proposed"),
        ("Mrs Ann Roe", 300.0, "proposed"),
    ]


def test_two_named_awards_of_one_recipient_with_one_figure_stay_two():
    text = (
        "Grants 2024\n\nThat a grant of £500 to Tarn Scouts for new tents be approved. That a grant of £500 to Tarn Scouts "
        "for a minibus trip be approved.\n"
    )
    assert len(_projects(text)) == 2


def test_an_acronym_recipient_takes_the_name_printed_before_it_in_brackets():
    text = (
        "Community fund awards\n\nFell Furniture Reuse Scheme (FFRS) Fresh Homes project\n"
        "FFRS have been granted £500 from our Community Fund to cover volunteer travel.\n"
    )
    assert [p[0] for p in _projects(text)] == ["Fell Furniture Reuse Scheme (FFRS) – cover volunteer travel"]


def test_grants_of_one_figure_to_several_named_bodies_are_each_a_project():
    text = (
        "The town council has given £8,000 to local groups this year. This included grants of £900 to Tarn and District "
        "Players Trust, Fellside Museum, Hill Hospice Care and the Tarn office of the Advice Bureau.\n"
    )
    assert [(p[0], p[1]) for p in _projects(text)] == [
        ("Tarn and District Players Trust", 900.0), ("Fellside Museum", 900.0), ("Hill Hospice Care", 900.0),
        ("Tarn office of the Advice Bureau", 900.0),
    ]


def test_grants_of_one_figure_to_two_words_joined_by_and_is_no_list():
    text = "This included grants of £900 to Tarn and District Players Trust.\n"
    assert [p[0] for p in _projects(text)] != ["Tarn", "District Players Trust"]


# A council's share, national figures, prices, bounds and asks are no project and no allocation.


def test_a_principal_councils_share_of_a_fund_is_no_project():
    text = (
        "Support Fund\n\nThe county has been awarded £4,200,000.00 of which Tarnside Borough Council have been allocated "
        "£210,000 to support households in need.\n"
    )
    assert _projects(text) == []


def test_a_town_council_allocated_a_grant_is_still_a_project():
    text = "Grants 2024\n\nOf the fund, Fellby Town Council has been allocated £2,000 to repair the war memorial.\n"
    assert [p[1] for p in _projects(text)] == [2000.0]


def test_a_national_programme_of_hundreds_of_millions_is_no_allocation():
    text = "Support Fund 2023/24\n\nThe government is introducing a new £300 million Support Fund for the winter.\n"
    assert _allocations(text) == []


def test_a_price_plus_vat_and_a_bound_on_applications_are_no_allocation():
    text = (
        "Grants 2024/25\n\nGrant approved and received – clerk to purchase a printer for £240 plus VAT.\n\n"
        "£10,000 of the grants budget is for a small grants scheme (applications for £1,000 or less).\n"
    )
    assert 240.0 not in [a[1] for a in _allocations(text)] and 1000.0 not in [a[1] for a in _allocations(text)]


def test_the_amount_of_grant_requested_is_an_ask():
    text = "Budget applications 2024/25\n\n5. Amount of grant requested - £1,200 towards costs of £1,900.\n"
    assert _allocations(text) == []


def test_award_the_group_after_the_application_from_a_named_body_is_its_project():
    text = (
        "Fellby Sports Trust Minutes: Members looked at the application from Fellby Sports Trust. The Trustees "
        "noted the hall had new users. Decision: The Fellby Common Good Fund decided to award the group £3,000.00. |\n"
    )
    assert [(p[0], p[1], p[3]) for p in _projects(text)] == [("Fellby Sports Trust", 3000.0, "approved")]


def test_award_the_group_with_no_application_named_before_names_no_project():
    text = "Decision: The Fellby Common Good Fund decided to award the group £3,000.00.\n"
    assert _projects(text) == []


def test_the_group_received_after_a_sentence_opening_on_a_council_names_no_project():
    text = (
        "Community grants\n\nTarnside Borough Council has thanked the volunteers. The group received £3,000 to start a "
        "football league.\n"
    )
    assert _projects(text) == []


def test_a_sentence_merely_mentioning_support_keeps_its_award_approved():
    text = "Grants 2024\n\nTarn Scouts were awarded £800 for tents, which will be supported by parents at camp.\n"
    assert [p[3] for p in _projects(text)] == ["approved"]


def test_two_cell_rows_without_a_header_are_not_read_as_awards():
    text = (
        "The grant has been awarded and will be spent as follows.\n"
        "Youth worker hours | £6,000 |\nVenue hire | £1,500 |\nEquipment | £900 |\n"
    )
    assert _projects(text) == []
