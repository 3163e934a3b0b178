"""Decision records and money decisions studied wide (session 20, our own words): single-decision pages whose title names
the applicant and whose decision names none, decision mirror pages opening on a bare 'Decision' label, and decision
records whose only header label is 'Title:' under a 'DECISION RECORD' heading."""

from __future__ import annotations

from extractors.proceedings.item_reports import extract_item_report
from extractors.proceedings.report_header import extract_report_headers
from tests.funding_helpers import document, funding_contract


def _projects(text: str) -> list[tuple[str, float | None, str | None, str]]:
    facts = funding_contract(text)
    return [(p.name, p.amount, p.financial_year, p.status) for p in facts["projects"]]


# A borough's executive decision page: the applicant named only in the decision's title, the award in a bare resolution.
_TITLED_DECISION = """\
Decision details

Fellbeck Canoe Club - Application for Financial Assistance EXE24-031

Decision Maker: Executive

Decision status: Recommendations Approved

Purpose:

To determine the grant application.

Decisions:

RESOLVED

That  (i)    no revenue funding be awarded for the coming year; and

      (ii)   a one-off capital award of £6,500 be approved towards a replacement boat trailer.

Reason:   The club's transport is essential to its sessions for young people.

Report author: Ann Example

Publication date: 12/03/2024

Date of decision: 07/03/2024

Decided at meeting: 07/03/2024 - Executive
"""


def test_a_bare_award_under_a_title_naming_the_applicant_is_the_applicants_project():
    assert _projects(_TITLED_DECISION) == [("Fellbeck Canoe Club", 6500.0, None, "approved")]


def test_an_issue_page_item_titled_for_the_applicant_names_its_up_to_grant():
    text = (
        "Issue - meetings\n\nTarnside Food Pantry - Application for Financial Assistance\n\n"
        "Meeting: 14/02/2024 - Executive (Item 12)\n\n"
        "12 Tarnside Food Pantry - Application for Financial Assistance EXE24-009 pdf icon PDF 88 KB\n\n"
        "That, subject to the outcome of the Council's budgetary process, a one-off grant of up to £4,000 be awarded "
        "from the Community Grants Budget towards the cost of a chiller.\n\n"
        "Reason: To help the pantry store fresh food.\n"
    )
    assert _projects(text) == [("Tarnside Food Pantry", 4000.0, None, "approved")]


def test_a_grant_to_title_names_the_recipient_of_an_approved_grant():
    text = (
        "Decision details\n\nGrant to Holmbrook Bowls Club\n\nDecision Maker: Portfolio Holder for Communities\n\n"
        "Decision:\n\nThe Portfolio Holder approved a grant of £1,200 towards new carpet mats for the winter season.\n\n"
        "Date of decision: 02/10/2023\n"
    )
    assert _projects(text) == [("Holmbrook Bowls Club", 1200.0, None, "approved")]


def test_a_recommended_award_under_an_applicant_title_is_recommended():
    text = (
        "Fellbeck Canoe Club - Application for Financial Assistance\n\nReport of the Head of Communities\n\n"
        "Recommendation\n\nIt is recommended that a one-off capital award of £6,500 be approved towards a replacement "
        "boat trailer.\n"
    )
    assert _projects(text) == [("Fellbeck Canoe Club", 6500.0, None, "recommended")]


def test_a_refused_application_under_an_applicant_title_gives_no_project():
    text = _TITLED_DECISION.replace(
        "RESOLVED\n\nThat  (i)    no revenue funding be awarded for the coming year; and\n\n"
        "      (ii)   a one-off capital award of £6,500 be approved towards a replacement boat trailer.",
        "RESOLVED\n\nThat no grant be awarded towards the £6,500 trailer.",
    )
    assert _projects(text) == []


def test_two_award_figures_under_one_applicant_title_give_no_project():
    text = _TITLED_DECISION.replace(
        "a one-off capital award of £6,500 be approved towards a replacement boat trailer.",
        "a one-off capital award of £6,500 be approved towards a replacement boat trailer; and\n\n"
        "      (iii)  a revenue grant of £900 be approved towards coaching.",
    )
    assert _projects(text) == []


def test_a_title_naming_a_scheme_not_an_applicant_gives_no_project():
    text = _TITLED_DECISION.replace(
        "Fellbeck Canoe Club - Application for Financial Assistance EXE24-031", "Community Grants Scheme 2024/25"
    )
    assert _projects(text) == []


def test_a_requested_amount_under_an_applicant_title_is_no_award():
    """An application's figure is asked for: never approved, whatever names it."""
    text = (
        "Decision details\n\nFellbeck Canoe Club - Application for Financial Assistance\n\nDecision Maker: Executive\n\n"
        "Purpose:\n\nThe club has applied for a grant of £6,500 towards a replacement boat trailer.\n\n"
        "Date of decision: 07/03/2024\n"
    )
    found = _projects(text)
    assert "Fellbeck Canoe Club" not in [name for name, *_ in found]
    assert {status for *_, status in found} <= {"proposed"}


# A decision mirror page: a bare 'Decision' label over the title, the meeting printed under 'Related Meeting'.
_MIRROR = """\
Decision
Harbour Walls Repair Programme 2026/27
Decision Maker: Cabinet
Outcome: Recommendations Approved
Is Key Decision?: Yes
Is Callable In?: Yes
Date of Decision: March 3, 2026
Purpose:
Content: The Cabinet had before it a report from the Director of Place on the repair of the harbour walls. RESOLVED that the programme be approved.
Supporting Documents
Related Meeting
Cabinet - Tuesday, 3rd March, 2026 6.00 pm on March 3, 2026
"""


def test_a_bare_decision_label_is_no_title_and_the_related_meeting_dates_the_report():
    from structure_helpers import document as plain

    reports = extract_item_report(plain(_MIRROR))
    assert [(r.title, r.meeting_date.isoformat() if r.meeting_date else None) for r in reports] == [
        ("Harbour Walls Repair Programme 2026/27", "2026-03-03")
    ]


def test_a_mirror_page_without_a_report_gives_none():
    from structure_helpers import document as plain

    text = _MIRROR.replace("The Cabinet had before it a report from the Director of Place on", "The Cabinet discussed")
    assert extract_item_report(plain(text)) == []


# A commissioner's decision record: a 'DECISION RECORD' heading, its reference and date run into one line, then 'Title:'.
_RECORD = """\
Section A DECISION NOTICE For Publication

DECISION RECORD Request for Commissioner Decision Ref: 12/24 Date: 3 May 2024

Title: CUSTODY SUITE LIGHTING

Executive Summary:

The custody suite lighting has reached the end of its life and parts can no longer be bought.

Decision

The Commissioner agrees to replace the lighting as set out in the confidential report.
"""


def test_a_title_label_under_a_decision_record_heading_is_the_records_report():
    from structure_helpers import document as plain

    reports = extract_report_headers(plain(_RECORD))
    assert [(r.title, r.meeting_date) for r in reports] == [("CUSTODY SUITE LIGHTING", None)]


def test_a_lone_title_label_without_a_decision_heading_is_no_report():
    from structure_helpers import document as plain

    text = _RECORD.replace("Section A DECISION NOTICE For Publication", "Section A").replace(
        "DECISION RECORD Request for Commissioner Decision Ref: 12/24 Date: 3 May 2024", "Notes of the estates group"
    )
    assert extract_report_headers(plain(text)) == []


def test_words_of_asking_after_the_figure_leave_the_award_given():
    text = (
        "Decision details\n\nGrant to Holmbrook Bowls Club\n\nDecision Maker: Head of Communities\n\n"
        "Decision:\n\nThe Head of Communities awarded the club £1,200 as requested, towards the post applied for.\n\n"
        "Date of decision: 02/10/2023\n"
    )
    assert _projects(text) == [("Holmbrook Bowls Club", 1200.0, None, "approved")]


def test_a_grant_of_up_to_a_figure_that_is_awarded_is_an_award_and_a_bound_alone_is_none():
    from extractors.grants.funding_layout import FundingLayout
    from extractors.grants.project_mention import _bound_figure

    awarded = FundingLayout(document("That a one-off grant of up to £4,000 be awarded towards a chiller."))
    offered = FundingLayout(document("Groups may apply for a grant of up to £4,000 towards equipment."))
    assert not _bound_figure(awarded, awarded.amounts[0])
    assert _bound_figure(offered, offered.amounts[0])


def test_a_scheme_decision_titled_for_its_applicant_gives_the_total_it_ends_on():
    text = (
        "Decision details\n\nSmall Grants Fund 2025-26 Delegated Decision - Tarnvale Deaf Club\n\n"
        "Decision Maker: Head of Community Services\n\nPurpose:\n\nThe panel met to consider an application from the "
        "club for £300 towards a signing course.\n\nDecision:\n\nThe decision makers awarded the organisation £300 as "
        "requested.\n\nThe club had offered £60 from its own funds; the decision makers agreed to fund this too.\n\n"
        "Therefore a total of £360 was awarded.\n\nDate of decision: 11/06/2025\n"
    )
    assert _projects(text) == [("Tarnvale Deaf Club", 360.0, "2025/26", "approved")]


def test_a_scheme_title_whose_tail_names_no_body_gives_no_applicant():
    text = (
        "Decision details\n\nCommunity Grants - Allocation of Funding\n\nDecision Maker: Cabinet\n\n"
        "Decision:\n\nThat a grant of £2,000 be approved towards the scheme's running costs.\n"
    )
    assert _projects(text) == []
