"""Money on council, partnership and parish pages (our own words): award lines grouped under short theme headings
below a lead that ends the paragraph above."""

from __future__ import annotations

from tests.funding_helpers import funding_contract


def _projects(text: str) -> list[tuple[str, float | None, str]]:
    result = funding_contract(text)
    return [(p.name, float(p.amount) if p.amount is not None else None, p.status) for p in result["projects"]]


# Award lines grouped under theme headings: the heading only groups the lines, the lead above gives them their status.

_GROUPED = (
    "Eleven groups will share in the £150,000 Brackenby Safer Places Fund.\n"
    "From 30 applications, eleven were chosen for the difference they make.\n"
    "The successful applicants are as follows:\n"
    "Building confidence\n"
    "Eastby Youth Trust – £12,500\n"
    "Northgate Arts (Open Doors) – £21,298\n"
    "Night-time safety\n"
    "Tarn Street Pastors – £30,585.50\n"
    "Brookfield Rangers – £20,000\n"
    "The Commissioner said: \"These groups know their streets.\"\n"
)


def test_award_lines_under_theme_headings_are_read_through_the_headings():
    assert _projects(_GROUPED) == [
        ("Eastby Youth Trust", 12500.0, "approved"),
        ("Northgate Arts (Open Doors)", 21298.0, "approved"),
        ("Tarn Street Pastors", 30585.5, "approved"),
        ("Brookfield Rangers", 20000.0, "approved"),
    ]


def test_a_heading_that_refuses_ends_the_list():
    text = _GROUPED.replace("Night-time safety\n", "Not funded this round\n")
    assert [name for name, _, _ in _projects(text)] == ["Eastby Youth Trust", "Northgate Arts (Open Doors)"]


def test_a_heading_not_followed_by_an_award_line_ends_the_list():
    text = (
        "The grants awarded are as follows:\n"
        "Sport\n"
        "Eastby Bowls Club – £400\n"
        "Westmere Tennis Club – £350\n"
        "Next steps\n"
        "Reports are due by March 2026 and cost £50 to file.\n"
    )
    assert [name for name, _, _ in _projects(text)] == ["Eastby Bowls Club", "Westmere Tennis Club"]


def test_a_lead_that_only_asks_gives_its_grouped_lines_no_award():
    text = (
        "Applications were received from the following groups:\n"
        "Sport\n"
        "Eastby Bowls Club – £400\n"
        "Westmere Tennis Club – £350\n"
    )
    assert all(status != "approved" for _, _, status in _projects(text))


def test_a_name_opening_on_a_pronoun_in_a_possessive_proper_name_is_a_recipient():
    text = _GROUPED.replace("Brookfield Rangers", "My Brother’s House (Safe Nights)")
    assert ("My Brother’s House (Safe Nights)", 20000.0, "approved") in _projects(text)


# A figure closed by its verdict ('£N awarded.'), the applicant at the head of its entry.

_VERDICTS = (
    "Grant requests\n"
    "Members considered three requests and decided:\n"
    "Eastby Scouts. New tents for the summer camp at Fell Farm. £400 awarded.\n"
    "TVP/EYC. Banners and flyers for the spring show\n"
    "£250 awarded.\n"
    "Brookfield Garden Club -Seed Swap. Trays and compost for the swap day.\n"
    "£120 agreed.\n"
    "All applicants have been told.\n"
)


def test_an_entry_ending_on_its_figure_and_verdict_is_the_heads_award():
    assert _projects(_VERDICTS) == [
        ("Eastby Scouts", 400.0, "approved"),
        ("TVP/EYC", 250.0, "approved"),
        ("Brookfield Garden Club -Seed Swap", 120.0, "approved"),
    ]


def test_a_dashed_entry_with_a_recommending_verdict_is_recommended():
    text = "Community grants\nEastby Bowls Club – £300 recommended\nWestmere Art Group – £150 recommended\n"
    assert _projects(text) == [("Eastby Bowls Club", 300.0, "recommended"), ("Westmere Art Group", 150.0, "recommended")]


def test_a_price_closed_by_a_verdict_is_no_award():
    text = "Grant requests and other business\nPlayground Inspection. Quote of £300 approved.\nVillage Hall – hire at £40 agreed.\n"
    assert _projects(text) == []


def test_a_verdict_outside_any_grant_words_is_no_award():
    text = "Highways\nGrass Verges. Cutting twice a year. £800 agreed.\n"
    assert _projects(text) == []


def test_a_verdict_that_asks_gives_no_award():
    text = "Grant requests\nEastby Scouts. New tents. £400 requested.\n"
    assert _projects(text) == []


# A sentence running into the first entry of a run-on list leads the run and gives its status.

def test_a_sentence_running_into_its_first_entry_leads_the_run():
    text = (
        "Briefing note for the parish council\n\n"
        "The council has used £390 of its £400 grants budget in 2024/25.  The beneficiaries were Eastby Village Bus (£120), "
        "Tarn Rivers Trust (£70), Westmere Church Fund (£150), Fellside Society for the Deaf (£50).\n"
    )
    assert _projects(text) == [
        ("Eastby Village Bus", 120.0, "approved"),
        ("Tarn Rivers Trust", 70.0, "approved"),
        ("Westmere Church Fund", 150.0, "approved"),
        ("Fellside Society for the Deaf", 50.0, "approved"),
    ]


# An award clause's status follows its mood, read with the shared ask and refusal words.

def test_an_award_clause_that_was_withdrawn_is_withdrawn():
    text = "Community grants update\n\nThe Fellside Rowing Club was awarded £2,500 but the grant was later withdrawn.\n"
    assert _projects(text) == [("Fellside Rowing Club", 2500.0, "withdrawn")]


def test_an_award_clause_agreeing_not_to_give_is_no_award():
    text = "Community grants\n\nMembers agreed not to donate £300 to the Eastby Bowls Club this year.\n"
    assert _projects(text) == []


def test_an_award_clause_that_asks_is_no_award():
    text = "Community grants\n\nThe Eastby Bowls Club has applied and hopes to be awarded £300 for new mats.\n"
    assert _projects(text) == []


def test_an_award_clause_still_approves_and_proposes_as_worded():
    assert _projects("Community grants\n\nThe Tarnside Youth Club benefitted from £1,200 this year.\n") == [
        ("Tarnside Youth Club", 1200.0, "approved")
    ]
    assert _projects("Community grants\n\nIt was proposed that a donation of £900 be given to the Tarnside Film Club.\n") == [
        ("The Tarnside Film Club", 900.0, "proposed")
    ]


# A payments schedule's lines are payments, not grants, whoever they pay.

def test_a_payments_schedule_lists_no_projects():
    text = (
        "Item 41/05/25 Finance\n"
        "b. Grant applications were considered at the last meeting.\n"
        "c. The clerk's figures were noted. Members RESOLVED to pay the following expenses for May:-\n"
        "- Clerk’s pay – May 2025\n"
        "- Stationery - May £6.20\n"
        "- Printing - May £3.80\n"
        "- Verge cutting – April £150.00\n"
    )
    assert _projects(text) == []


def test_a_payments_lead_naming_grants_still_lists_them():
    for lead in ("Members agreed to award the following grants and payments:", "The following grant payments were approved:"):
        text = f"{lead}\n- Eastby Scouts - £50\n- Tarnside Rangers - £75\n"
        assert [name for name, _, _ in _projects(text)] == ["Eastby Scouts", "Tarnside Rangers"]


# A balance its own clause states ('still has £N available to award', '£N that was unallocated'), among grant words.

def _allocations(text: str) -> list[tuple[str, float, str | None]]:
    result = funding_contract(text)
    return [(a.kind, float(a.amount), a.financial_year) for a in result["allocations"]]


def test_a_balance_still_available_to_award_is_the_remaining_sum():
    text = (
        "A total of £30,000 is available in annual grants from Eastby Town Council.\n\n"
        "Eastby still has £12,000 left to award to clubs and projects this winter.\n"
    )
    assert ("remaining", 12000.0, None) in _allocations(text)


def test_a_sum_that_was_unallocated_is_the_remaining_sum():
    text = "Westmere awarded its grants in June.\n\nAbout £2000 that was unallocated can still go to projects later in the year.\n"
    assert ("remaining", 2000.0, None) in _allocations(text)


def test_a_balance_outside_any_grant_words_is_no_allocation():
    assert _allocations("The council still has £40,000 left for road repairs.\n") == []


def test_a_list_item_whose_words_before_the_figure_need_a_continuation_names_nothing():
    text = (
        "The Policy Group had recommended that:\n"
        "a) The grant levels in table 2 be agreed with an additional £2k a year for Fellside Advice;\n"
        "b) Any remaining funding be held for agencies needing further support.\n"
    )
    assert all(not name.endswith("additional") for name, _, _ in _projects(text))


def test_a_recipient_in_an_absolute_clause_receiving_its_figure():
    text = (
        "Community grants\n\n"
        "Nine clubs shared the winter grants, with the Tarnside Advice Centre receiving £2,400 in extra support.\n"
    )
    assert _projects(text) == [("Tarnside Advice Centre", 2400.0, "approved")]


def test_an_award_that_was_for_a_figure_to_a_named_body():
    text = "Community grants\n\nThe biggest single award was for £8,000 to the Fellside Bowling Society, which will relay its green.\n"
    assert _projects(text) == [("Fellside Bowling Society", 8000.0, "approved")]


def test_a_budget_row_whose_label_opens_on_its_year():
    text = "Tarnside Community Safety Grants\n\n2025/26 Budget Available - £48,000.00\n\nFull Report Value: £41,250.00\n"
    assert ("grant_total", 48000.0, "2025/26") in _allocations(text)


def test_a_sum_given_out_whose_clause_names_no_recipient_is_the_payout():
    text = (
        "The Fellside Youth Safety Unit says it has awarded over £14,000, reaching some 900 teenagers through its small "
        "fund.\n"
    )
    assert _allocations(text) == [("approved_total", 14000.0, None)]


def test_a_sum_given_to_one_named_body_is_no_payout():
    assert _allocations("Community grants\n\nThe council has awarded £5,000, its largest grant this year, to the Eastby Club.\n") == []


def test_the_part_of_a_grants_budget_already_spent_is_the_approved_total():
    text = "Briefing note\n\nEastby Parish Council has spent £390 of its £400 grants pot for 2024/25.\n"
    assert _allocations(text) == [("approved_total", 390.0, "2024/25"), ("grant_total", 400.0, "2024/25")]


def test_the_part_of_a_budget_outside_any_grant_words_is_no_allocation():
    assert _allocations("Highways\n\nThe council has spent £3,900 of its £4,000 verge budget in 2024/25.\n") == []


# Award lines spaced by a tab or by leader dots are read like dashed ones.

def test_award_lines_spaced_by_tabs_or_leader_dots():
    for sep in ("\t", " ........ ", " ... ", "…"):
        text = f"The successful applicants are as follows:\nEastby Youth Trust{sep}£12,500\nNorthgate Arts{sep}£21,298\n"
        assert _projects(text) == [("Eastby Youth Trust", 12500.0, "approved"), ("Northgate Arts", 21298.0, "approved")], sep


# A short heading that says its lines were given leads them without a colon; one that refuses or says nothing does not.

def test_a_heading_giving_its_award_lines_needs_no_colon():
    text = "Grants awarded in March 2025\n\nEastby Youth Trust – £1,500\n\nNorthgate Arts – £2,000\n\nTarn Street Pastors – £750\n"
    assert _projects(text) == [
        ("Eastby Youth Trust", 1500.0, "approved"), ("Northgate Arts", 2000.0, "approved"), ("Tarn Street Pastors", 750.0, "approved"),
    ]
    assert [name for name, _, _ in _projects("Successful applications\nEastby Youth Trust – £1,500\nNorthgate Arts – £2,000\n")] == [
        "Eastby Youth Trust", "Northgate Arts",
    ]


def test_a_heading_refusing_its_lines_gives_no_awards():
    assert _projects("Unsuccessful applications\n\nEastby Youth Trust – £1,500\n\nNorthgate Arts – £2,000\n") == []
