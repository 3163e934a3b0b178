"""Round 11: resolutions and grant-panel minutes that name their recipients (our own words)."""

from decimal import Decimal

from funding_helpers import funding_contract


def facts(text: str) -> tuple[list, list]:
    result = funding_contract(text)
    allocations = [(a.kind, a.financial_year, a.amount) for a in result["allocations"]]
    projects = [(p.name, p.amount, p.financial_year, p.status) for p in result["projects"]]
    return allocations, projects


def test_resolution_that_a_named_group_be_awarded_names_the_group_not_a_grant_total():
    text = "RESOLVED: That Millbrook Youth Club be awarded £2,000 towards the cost of a new kitchen.\n"
    assert facts(text) == ([], [("Millbrook Youth Club – the cost of a new kitchen", Decimal("2000"), None, "approved")])


def test_group_be_given_a_grant_of_names_the_group_before_the_purpose():
    text = "RESOLVED that Eastfield Bowls Club be given a grant of £1,200 towards a new mower.\n"
    assert facts(text)[1] == [("Eastfield Bowls Club – a new mower", Decimal("1200"), None, "approved")]


def test_grant_of_to_a_named_recipient_towards_a_purpose_keeps_both():
    text = "RESOLVED that a grant of £2,000 be awarded to Millbrook Youth Club towards new sports equipment.\n"
    assert facts(text)[1] == [("Millbrook Youth Club – new sports equipment", Decimal("2000"), None, "approved")]


def test_agreed_to_award_a_sum_to_a_named_recipient():
    text = "Members agreed to award £1,500 to Eastfield Scouts for a minibus.\nThe Commissioner has agreed to provide £3,000 to Tarnside Carers.\n"
    assert facts(text)[1] == [
        ("Eastfield Scouts – a minibus", Decimal("1500"), None, "approved"),
        ("Tarnside Carers", Decimal("3000"), None, "approved"),
    ]


def test_agreed_to_allocate_to_a_fund_is_no_recipient():
    assert facts("The Board agreed to allocate £5,000 to the Ward Improvement Fund.\n")[1] == []


def test_the_fund_a_grant_comes_from_is_no_part_of_the_recipient():
    text = "Decision: To award a grant of £25,000 to Safe Homes Trust from the Community Safety Fund 2023/24.\n"
    assert facts(text)[1] == [("Safe Homes Trust", Decimal("25000"), "2023/24", "approved")]


def test_i_approve_the_award_of_and_a_grant_be_made_to():
    text = "I approve the award of £25,000 to Safe Homes Trust.\n\nAgreed that a grant of £3,000 be made to Tarnside Carers.\n"
    assert [p[0] for p in facts(text)[1]] == ["Safe Homes Trust", "Tarnside Carers"]


def test_application_submitted_by_a_group_then_a_grant_be_awarded():
    text = (
        "RESOLVED that in respect of the application submitted by Hillside Scouts (Camp Project), a grant of £900 "
        "be awarded to be paid in two instalments of £450.\n"
    )
    assert facts(text) == ([], [("Hillside Scouts (Camp Project)", Decimal("900"), None, "approved")])


def test_a_grant_awarded_to_be_paid_names_no_recipient():
    assert facts("RESOLVED that a grant of £900 be awarded to be paid in two instalments.\n") == ([], [])


def test_awarded_a_grant_as_applied_and_names_with_a_slash():
    text = "RESOLVED: That Brook Lane Deaf/Blind Club be awarded a grant of £1000 as applied.\n"
    assert facts(text) == ([], [("Brook Lane Deaf/Blind Club", Decimal("1000"), None, "approved")])


def test_resolved_list_of_names_and_figures_without_dashes():
    text = "RESOLVED that the following applications be approved: Millbrook Food Bank £5,000; Tarnside Carers £800; Eastfield Scouts £500.\n"
    assert [(p[0], p[1]) for p in facts(text)[1]] == [
        ("Millbrook Food Bank", Decimal("5000")), ("Tarnside Carers", Decimal("800")), ("Eastfield Scouts", Decimal("500")),
    ]


def test_names_and_figures_without_dashes_need_an_approving_lead_in():
    text = "Figures were noted: Millbrook Food Bank £5,000; Tarnside Carers £800; Eastfield Scouts £500.\n"
    assert facts(text)[1] == []


def test_pounds_column_with_bare_figures_under_an_approval():
    text = (
        "(1) That the following grants be approved:-\n\n"
        "Organisation                                   £\n\n"
        "Hillside Scouts                                2,500\n\n"
        "Tarn Valley Youth Band                         770\n\n"
        "(2) That the application from Brook Lane Club be deferred.\n"
    )
    assert [(p[0], p[1], p[3]) for p in facts(text)[1]] == [
        ("Hillside Scouts", Decimal("2500"), "approved"), ("Tarn Valley Youth Band", Decimal("770"), "approved"),
    ]


def test_resolved_to_award_grants_totalling_is_the_approved_total():
    text = "The Committee resolved to award grants totalling £9,150 to eleven voluntary organisations.\n"
    assert facts(text)[0] == [("approved_total", None, Decimal("9150"))]


def test_one_grant_of_a_sum_awarded_is_no_grant_total():
    text = "Grants Panel, 3 May 2024.\n\nRESOLVED that the application from Millbrook Youth Club for a grant of £2,000 be approved.\n"
    assert facts(text)[0] == []
