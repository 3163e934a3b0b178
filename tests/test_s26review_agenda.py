"""Session 26's review of the day's agenda rules: where they misfired on other bodies' ordinary papers."""

from extractors.proceedings.agenda import find_items
from extractors.proceedings.minuted import find_minuted_items

_AGENDA = (
    "Number Item\n"
    "1. Apologies for absence\n"
    "2. Minutes of the last meeting\n"
    "3. Planning applications\n"
    "\n"
    "1Source: county survey 2025.\n"
    "2See the clerk's report.\n"
)


def test_glued_footnotes_below_a_number_item_table_do_not_replace_its_items():
    assert [item.number for item in find_items(_AGENDA)] == ["1", "2", "3"]


def test_glued_payment_rows_are_not_agenda_items():
    page = "No. Item\n1Replacement chairs for the hall £420.00\n2Printer cartridges £45.60\n3Grass cutting £310.00\n"
    assert not any(item.title.startswith("Printer") for item in find_items(page))


def test_capital_lettered_choices_resolved_below_are_not_sub_items():
    text = (
        "5          PARKING CONSULTATION\n"
        "                A)           Keep the car park free of charge\n"
        "                B)           Introduce a charge of one pound per hour\n"
        "                It was resolved to respond in favour of option A.\n"
        "\n"
        "6          DATE OF NEXT MEETING\n"
        "                Monday 2 March 2026.\n"
    )
    assert [item.number for item in find_minuted_items(text)] == ["5", "6"]


def test_a_report_due_by_a_deadline_under_agenda_items_is_no_described_row():
    page = (
        "Agenda Items\n1 Apologies for Absence\n2 Roads Maintenance Programme\n\n"
        "Submit a report by the end of the year on the winter gritting routes.\n\n3 Any Other Competent Business\n"
    )
    assert not any(item.title.startswith("Submit") for item in find_items(page))


def test_a_bracketed_list_under_plainly_numbered_minutes_heads_no_minute():
    text = (
        "1. Apologies for absence\nNone.\n2. Finance\nPayments were approved as listed:\n"
        "[1] Clerk salary\n[2] Hall hire\n[3] Grass cutting\n3. Date of next meeting\nMonday 2 March 2026.\n"
    )
    assert [item.title for item in find_minuted_items(text)] == ["Apologies for absence", "Finance", "Date of next meeting"]


def test_speakers_lettered_after_a_run_in_heading_are_no_sub_items():
    text = (
        "5 Public participation: a) Resident: asked when the bench would be mended.\n"
        "b) Reply: the clerk will chase the contractor.\n6 Correspondence\nA letter from the school was noted.\n"
    )
    assert [item.number for item in find_minuted_items(text)] == ["5", "6"]
