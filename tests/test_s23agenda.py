"""Session 23 agenda layouts of meeting pages: a sub-item's number alone over its title under '1. Title' rows, a pipe
table's closed row naming earlier minutes (no minutes heading) and its 'To ...' rows, a stopped 'To ...' first row among
stopped rows, and a 'To ...' row title over its cell label."""

from structure_helpers import document

from extractors.extraction import reflowed_document
from extractors.proceedings.split import find_minutes_headings
from extractors.proceedings.structure import extract_structure


def _items(text: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in extract_structure(reflowed_document(document(text))).agenda_items]


def test_sub_number_alone_under_numbered_rows():
    text = (
        "Items\nNo. Item\n\n1. Opening business\n\nAdditional documents:\n\n1.1\n\nOrder of Business\n\n"
        "Any urgent business the Chair has accepted.\n\nAdditional documents:\n\n2. Reports\n\nAdditional documents:\n\n"
        "2.1\n\nA Long Report Title About Moving the Village School Nursery Class to the Old Library and the Changes That Follow "
        "pdf icon PDF 2 MB\n\nAdditional documents:\n\n2.2\n\nTree Survey pdf icon PDF 90 KB\n\nAdditional documents:\n"
    )
    assert _items(text) == [
        ("1", "Opening business"),
        ("1.1", "Order of Business"),
        ("2", "Reports"),
        ("2.1", "A Long Report Title About Moving the Village School Nursery Class to the Old Library and the Changes That Follow"),
        ("2.2", "Tree Survey"),
    ]


_PIPED = (
    "Venue: Town Hall\n| No. | Item | |||||||\n|---|---|---|---|---|---|---|---|\n|\n"
    "Minutes of a previous meeting of the Borough Council held on 14/03/19 |\n||||||||\n|\n"
    "To welcome guests (if any) Minutes: The Mayor welcomed the guests. |\n||||||||\n|\n"
    "To receive any announcements from the Mayor Minutes: The Leader thanked the depot staff. |\n||||||||\n"
)


def test_piped_row_naming_earlier_minutes_is_no_minutes_heading():
    assert find_minutes_headings(_PIPED) == []


def test_piped_rows_titled_by_minutes_and_to_lines():
    assert _items(_PIPED) == [
        ("", "Minutes of a previous meeting of the Borough Council held on 14/03/19"),
        ("", "To welcome guests (if any)"),
        ("", "To receive any announcements from the Mayor"),
    ]


def test_minutes_heading_closed_by_a_bar_without_item_table_stays():
    text = "Minutes of a meeting of the Parish Council held on 3 May 2022 |\n\nPresent: Cllr A Lowe\n"
    assert len(find_minutes_headings(text)) == 1


_STOPPED = (
    "Venue: Riverside House\n\nNo. Item\n\n\nTo receive apologies for absence.\n\n\nDeclarations of Interest.\n\n"
    "Members are reminded to declare any interest.\n\n\n\nTown Centre Car Parking Review. pdf icon PDF 188 KB\n\n\n"
    "To receive announcements from the Mayor. pdf icon PDF 90 KB\n\n\nStreet Naming Policy. pdf icon PDF 80 KB\n\n"
)


def test_stopped_to_row_first_among_stopped_rows():
    assert _items(_STOPPED)[0] == ("", "To receive apologies for absence")


def test_stopped_to_line_first_without_stopped_rows_is_no_row():
    text = _STOPPED.replace("Declarations of Interest.", "Declarations of Interest").replace(". pdf", " pdf")
    assert ("", "To receive apologies for absence") not in _items(text)


_LABELLED = (
    "Agenda, decisions and minutes\n\nVenue: Shire Hall\n\n\nNo. Item\n\n\nMinutes pdf icon PDF 420 KB\n\n"
    "To submit for confirmation the draft minutes of the last meeting.\n\nAdditional documents:\n\n\n"
    "The minutes were confirmed.\n\n\nDeclaration of Interest\n\nTo receive any declaration of interest.\n\n"
    "Additional documents:\n\n\nNone received.\n\n\n"
    "To receive any announcements from the Chair, the Leader of the Council or the Chief Executive\n\n"
    "Additional documents:\n\n\nThe Chair thanked the volunteers.\n"
)


def test_to_row_title_over_its_cell_label():
    assert _items(_LABELLED) == [
        ("", "Minutes"),
        ("", "Declaration of Interest"),
        ("", "To receive any announcements from the Chair, the Leader of the Council or the Chief Executive"),
    ]


def test_to_description_under_a_row_title_is_no_row():
    assert ("", "To receive any declaration of interest") not in _items(_LABELLED)
