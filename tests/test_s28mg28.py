"""A CMIS meeting page whose 'Agenda' panel prints its items' titles without their numbers."""

from extractors.proceedings.agenda_cmis_titles import cmis_titles
from extractors.readers.spans import lines
from tests.page_helpers import page_facts as _facts

_TABS = "Meeting Details\n\nHollin Council\n9 May 2024 - 14:00 to 15:30\nOccurred\n  • Documents\n  • Attendance\n  • Visitors\n\n"


def _titles(page: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in cmis_titles(lines(page, 0, len(page)))]


_PANEL = (
    _TABS + "Documents\n\nAgenda\n\n"
    "Chair's Welcome And Apologies\nIncluding apologies from any Member who cannot attend.\n"
    "Interests\nMembers should declare any interest in the business below.\n"
    "Earlier Minutes\n3.1\nThe minute of the meeting held on 4 April 2024 is submitted for approval. (Issued separately.)\n"
    "\nMeeting\n\nDate of Meeting\n\nHousing Board\n\n12 March 2024\n\n\n"
    "Motions\nBudget Reports\nThe reports below set out the spending plans for the year.\n"
)


def test_unnumbered_titles_and_a_sub_item_under_the_agenda_label():
    assert _titles(_PANEL) == [
        ("", "Chair's Welcome And Apologies"),
        ("", "Interests"),
        ("", "Earlier Minutes"),
        ("3.1", "The minute of the meeting held on 4 April 2024 is submitted for approval."),
        ("", "Motions"),
        ("", "Budget Reports"),
    ]


def test_the_whole_page_reads_the_panel_and_not_the_tab_strip():
    facts = _facts(_PANEL)
    assert [item.title for item in facts.agenda_items][:2] == ["Chair's Welcome And Apologies", "Interests"]
    assert "Declarations of Interests" not in [item.title for item in facts.agenda_items]


def test_a_table_inside_a_description_holds_no_items():
    titles = [title for _, title in _titles(_PANEL)]
    assert "Housing Board" not in titles and "Meeting" not in titles


def test_a_panel_printing_its_numbers_is_left_to_the_page_readers():
    numbered = _TABS + "Documents\n\nAgenda\n\n1 Apologies\nTo note apologies.\n2 Minutes\nTo approve the minutes.\n3 Motions\n"
    assert _titles(numbered) == []


def test_no_tab_strip_no_panel():
    page = _PANEL.replace("  • Attendance\n  • Visitors\n", "")
    assert _titles(page) == []


def test_a_sub_number_out_of_step_with_the_titles_is_no_sub_item():
    page = _PANEL.replace("3.1\n", "7.1\n")
    assert all(number != "7.1" for number, _ in _titles(page))


_LOST_FIRST_TITLE = (
    "Agenda and decisions\n\nCabinet - Monday, 3rd June, 2024 7.00 pm\n\nVenue: Guild Hall. View directions\n\n\n"
    "No. Item\n\n\n\nTo receive any apologies for absence\n\n\n"
    "Minutes of the Last Meeting pdf icon PDF 120 KB\n\nTo confirm the minutes of the meeting held on 6 May 2024.\n\n\n"
    "Declarations of Interest\n\nTo receive any declarations of interest\n\n\n"
    "Parking Charges pdf icon PDF 300 KB\n\nDecision:\n\nRESOLVED: That the charges be adopted.\n"
)


def test_a_first_row_shown_only_by_its_description_is_no_item():
    titles = [item.title for item in _facts(_LOST_FIRST_TITLE).agenda_items]
    assert titles == ["Minutes of the Last Meeting", "Declarations of Interest", "Parking Charges"]


def test_a_first_to_row_over_its_cell_label_is_still_a_title():
    page = _LOST_FIRST_TITLE.replace(
        "To receive any apologies for absence\n\n\nMinutes", "To receive any announcements from the Chair\n\nAdditional documents:\n\n\nMinutes"
    )
    titles = [item.title for item in _facts(page).agenda_items]
    assert titles[0] == "To receive any announcements from the Chair"
