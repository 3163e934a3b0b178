"""Agenda items, session 30 (agenda30b): minutes whose every heading is printed '1.' (an auto-numbered list flattened),
and minute references run into headings in capitals inside a flattened paragraph ('SC/35/2018 APOLOGIES ...',
'C30/16 APOLOGIES', '34.12/13 APOLOGIES'). Our own words, names and bodies."""

from structure_helpers import document

from extractors.facts import extract_facts


def _items(text: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in extract_facts(document(text)).agenda_items]


_ONES = (
    "Minutes of the Meeting of Fernley Parish Council held on 9 July 2024 at 7pm in the Village Hall\n\n"
    "1. Apologies for absence\nApologies were received from Councillor Dunn.\n\n"
    "1. Minutes of the last meeting\nThe minutes were approved and signed.\n\n"
    "1. {third}\n{minute}\n\n"
    "1. Finance\nThe payments were approved.\n"
)


def test_every_heading_printed_one_gives_each_item_its_printed_number():
    items = _items(_ONES.format(third="Planning applications", minute="No objection was raised to 4 Mill Lane."))
    assert items == [
        ("1", "Apologies for absence"), ("1", "Minutes of the last meeting"), ("1", "Planning applications"), ("1", "Finance"),
    ], items


def test_a_numbered_sentence_among_the_ones_is_no_item():
    items = _items(_ONES.format(third="The clerk reported that the hedge on Mill Lane had been cut back.", minute="Noted."))
    assert items == [("1", "Apologies for absence"), ("1", "Minutes of the last meeting"), ("1", "Finance")], items


def test_ones_with_no_minute_between_them_are_no_items_of_minutes():
    text = (
        "Minutes of the Meeting of Fernley Parish Council held on 9 July 2024 at 7pm in the Village Hall\n\n"
        "1. Apologies for absence\n1. Minutes of the last meeting\n1. Planning applications\n1. Finance\n"
    )
    assert [number for number, _ in _items(text)] != ["1", "1", "1", "1"]


_FLAT = (
    "Minutes of Meeting of Eastvale District Council held on Thursday 4 April 2024 in the Council Offices, Main Street, "
    "Eastvale Members Present: Councillor Boyd, Chair Councillors Agnew, Blair, Carson, Doherty, Ferris, Gray, Hughes, "
    "Irvine, Kane, Lennon, Moore, Nolan, Orr and Patton Officers in Attendance: Mr Q Reid, Chief Executive Ms R Stewart, "
    "Director of Finance Mrs T Usher, Committee Officer {first} APOLOGIES FOR ABSENCE Councillor Vance sent apologies. "
    "{second} DECLARATIONS OF INTEREST There were no declarations of interest. The Chair welcomed the new Director of "
    "Finance to her first meeting of the council and asked the members to\n"
)


def test_lettered_references_with_a_year_run_into_capitals_are_items():
    items = _items(_FLAT.format(first="EC/35/2024", second="EC/36/2024"))
    assert items == [("EC/35/2024", "APOLOGIES FOR ABSENCE"), ("EC/36/2024", "DECLARATIONS OF INTEREST")], items


def test_a_letter_glued_to_its_reference_is_read_the_same():
    items = _items(_FLAT.format(first="C30/24", second="C31/24"))
    assert items == [("C30/24", "APOLOGIES FOR ABSENCE"), ("C31/24", "DECLARATIONS OF INTEREST")], items


def test_a_minute_of_the_year_after_a_dot_is_read_the_same():
    items = _items(_FLAT.format(first="PCP 34.23/24", second="35.23/24"))
    assert items == [("34.23/24", "APOLOGIES FOR ABSENCE"), ("35.23/24", "DECLARATIONS OF INTEREST")], items


def test_an_application_reference_run_into_its_site_is_no_item():
    text = (
        "Minutes of the Meeting of Fernley Parish Council held on 9 July 2024 at 7pm in the Village Hall Present: "
        "Councillors A Reid, B Moss, C Hale, D Dunn and E Ford. The meeting considered the planning applications received "
        "since the last meeting of the council in June. Application P/24/0312 LAND AT MILL LANE Members raised no objection. "
        "Application P/24/0313 THE OLD FORGE Members objected to the height of the proposed garage, which would overlook the "
        "neighbours, and asked the clerk to write to the planning officer before the closing date.\n"
    )
    assert not [number for number, _ in _items(text) if number.startswith("P/")]
