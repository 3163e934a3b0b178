"""Review of session 28's new rules (r28a): probes in our own words where a rule fired wrongly, lost a fact it used to
find, or took time out of proportion to the text: bare-figure lines under a grants lead, a definite kind of body read
back over a headline or a list of bodies, 'so far invested', a CMIS panel listing documents, a 'To ...' titled agenda."""

import gc
import tempfile
import time
from pathlib import Path

from extractors.grants.funding_layout import FundingLayout
from extractors.grants.project_figure_lines import figure_line_mentions
from extractors.grants.project_merge import merge
from pipeline.evaluate import parse_file
from tests.page_helpers import page_facts as _facts


def _projects(page: str) -> list[tuple[str, str]]:
    return [(p.name, p.amount_text) for p in _facts(page).projects]


def _titles(page: str) -> list[str]:
    return [item.title for item in _facts(page).agenda_items]


def test_a_lead_holding_its_own_list_does_not_take_the_budget_lines_below():
    page = (
        "Eastby Town Council\nMinutes of the Finance Committee held on 4 March 2025\n\n5. Grants\n"
        "The Council made the following grants in 2024-25: Eastby Scouts £400 and the Tarn Lunch Club £250.\n"
        "Budget 2025/26\nAllotments 1,200\nCemetery 4,500\nStreet Lighting 2,300\nTotal 8,000\n"
    )
    assert [name for name, _ in _projects(page)] == ["Eastby Scouts", "Tarn Lunch Club"]


def test_a_lead_that_introduces_no_lines_takes_no_statement_of_accounts():
    page = (
        "Statement of Accounts 2024/25\nThe Council paid the following grants during the year, shown in the notes.\n"
        "Precept 45,000\nInterest received 123\nStaff costs 18,000\nTotal 63,123\n"
    )
    assert _projects(page) == []


def test_a_dated_line_ends_a_list_of_figures():
    page = "Parish notes\n\nThe following grants were made in 2024/25:\nEastby Scouts 400\nTarn Lunch Club 250\nNext review March 2026\n"
    assert _projects(page) == [("Eastby Scouts", "400"), ("Tarn Lunch Club", "250")]


def test_many_flattened_lists_in_one_paragraph_are_read_and_merged_in_linear_time():
    """Each lead read its flattened list's paragraph to its end, and the merge compared a name's every line: one name in
    thousands of such lists took time in the square of their count."""

    def seconds(n: int) -> float:
        page = "Written answers\n\n" + "".join(
            f"The Department made the following grants in 1986–87:\n£ Tarn Trust {i} Eastby Society 5,500\n" for i in range(n)
        )
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "page.txt"
            path.write_text(page)
            layout = FundingLayout(parse_file(path))
        layout.blocks  # the block split is measured elsewhere
        best = float("inf")
        for _ in range(3):
            gc.collect()
            gc.disable()
            try:
                start = time.process_time()
                merge(figure_line_mentions(layout, set(), ("projects", "0")))
                best = min(best, time.process_time() - start)
            finally:
                gc.enable()
        return best

    seconds(50)
    small, large = seconds(1000), seconds(2000)
    assert large <= max(small, 0.05) * 2.5, (small, large)


def test_a_definite_kind_reads_no_body_above_a_headline():
    page = (
        "Latest news\n\nWestby Youth Centre opens new cafe\n"
        "Westby Youth Centre opened its new cafe on Monday with help from volunteers.\n\n"
        "Fund opens for bids\nThe Commissioner's community fund opens for bids today. Groups can apply for up to £5,000.\n"
        "The centre will receive £1,000 to run the sessions in the summer.\n"
    )
    assert _projects(page) == []


def test_a_definite_kind_after_two_bodies_of_that_kind_or_a_list_of_bodies_names_none():
    two = (
        "Commissioner's fund helps local groups\n\n"
        "The Commissioner visited Eastby Wildlife Trust and the Tarn Heritage Trust last week.\n\n"
        "The Trust successfully applied for £2,000 to fund a new path.\n"
    )
    mixed = (
        "Commissioner's fund\n\nEastby Rangers Football Club and Westby Community Group both run sessions for young people.\n\n"
        "The group successfully applied for £1,500 to buy kit.\n"
    )
    assert _projects(two) == [] and _projects(mixed) == []


def test_so_far_invested_in_a_thing_is_no_payout():
    page = (
        "Police and Crime Commissioner news\n\nThe Commissioner has so far invested £400,000 in the control room upgrade.\n"
        "The Commissioner has so far invested £250,000 in the current financial year in a bid to help victims.\n"
    )
    assert [(a.kind, a.amount) for a in _facts(page).allocations] == [("approved_total", 250000)]


_CMIS = (
    "Meeting Details\n\nTarn Council\n9 May 2024 - 14:00 to 15:30\nOccurred\n  • Documents\n  • Attendance\n  • Visitors\n\n"
    "Documents\n\nAgenda\n\n"
)


def test_a_cmis_panel_listing_documents_holds_no_items():
    packs = "Agenda Frontsheet\nPublic Reports Pack\nPrinted Minutes\nSupplementary Agenda Pack\n"
    sized = "Agenda Frontsheet\nPDF 120 KB\nPublic Reports Pack\nPDF 2 MB\nPrinted Minutes\nPDF 300 KB\n"
    for panel in (packs, sized):
        page = _CMIS + panel + "This meeting will be broadcast live on the council website.\n\nAttendance\n"
        assert _titles(page) == [], panel


def test_a_first_to_row_over_another_to_row_with_its_document_is_a_title():
    page = (
        "Agenda and minutes\n\nAnnual Meeting, Eastby Town Council - Monday, 12th May, 2025 7.00 pm\n\n"
        "Venue: Town Hall, Eastby\n\nContact: Ann Lowe, Town Clerk\n\n\nNo. Item\n\n\n\n"
        "To elect a Mayor for the year\n\n\nTo approve the minutes of the last meeting pdf icon PDF 212 KB\n\n\n"
        "To receive the Mayor's announcements\n\n\nTo appoint members to committees pdf icon PDF 98 KB\n\n"
    )
    assert _titles(page)[:2] == ["To elect a Mayor for the year", "To approve the minutes of the last meeting"]
