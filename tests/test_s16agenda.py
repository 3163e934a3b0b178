"""The agenda fallback made to hold on more pages (our own words): item numbers in every printed form
(``readers.item_numbers``), a number alone over its title, web paragraphs printed in one line, table edges, items run on
in capitals, and unnumbered headings in capitals."""

from extractors.proceedings.agenda_fallback import capital_headings, fallback_items
from extractors.readers.item_numbers import item_number, lone_number


def _items(text: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in fallback_items(text)]


def _extracted(text: str) -> list[tuple[str, str]]:
    from structure_helpers import document

    from extractors.proceedings.structure import extract_structure

    return [(item.number, item.title) for item in extract_structure(document(text)).agenda_items]


def test_every_figure_group_of_a_reference_is_read_as_its_number():
    assert item_number("23/045 Apologies").readings == (("#/045", 23), ("23/#", 45))
    assert item_number("Cou/285/07-08 Minutes").printed == "Cou/285/07-08"
    assert item_number("PCP 2/13 Minutes").printed == "PCP 2/13"
    assert item_number("Item 4: Budget").printed == "4"
    assert item_number("4/ Apologies").printed == "4"


def test_dates_times_years_and_words_number_no_item():
    for text in ("12/03/2024 Parish meeting", "10.30 Coffee", "2023/24 Budget", "Apologies 4", "£250 Grant"):
        assert item_number(text) is None, text
    assert lone_number("(3)").printed == "3"
    assert lone_number("3. Budget") is None


def test_a_parish_numbering_after_a_slash_stop_and_references_counting_on():
    text = "1/ Apologies\nNone.\n2/ Minutes of the last meeting\nSigned.\n3/ Footpaths\nThe stile is mended.\n"
    assert _items(text) == [("1", "Apologies"), ("2", "Minutes of the last meeting"), ("3", "Footpaths")]
    text = "23/071 Apologies\n23/072 Declarations of interest\n23/073 Village green\n"
    assert _items(text) == [("23/071", "Apologies"), ("23/072", "Declarations of interest"), ("23/073", "Village green")]
    assert _items("312 Apologies\n313 Minutes\n314 Allotments\n") == [("312", "Apologies"), ("313", "Minutes"), ("314", "Allotments")]


def test_a_number_alone_over_its_title_and_table_edges():
    text = "1\nApologies for absence\n2\nDeclarations of interest\n3\nMinutes of the last meeting\n"
    assert [number for number, _ in _items(text)] == ["1", "2", "3"]
    text = "| 1 | Apologies for absence | |\n| 2 | Declarations of interest | |\n| 3 | Moorings | 5 - 9 |\n"
    assert _items(text) == [("1", "Apologies for absence"), ("2", "Declarations of interest"), ("3", "Moorings")]


def test_web_paragraphs_in_one_line_and_an_item_run_on_in_capitals():
    text = (
        "<p>HEATHMOOR FIRE AUTHORITY</p><p>Present: Cllrs A Bee, C Dee 1 APOLOGIES FOR ABSENCE</p>"
        "<p>None were received.</p><p>2 DECLARATIONS BY MEMBERS OF INTERESTS</p><p>None.</p><p>3 CHAIR’S ANNOUNCEMENTS</p>\n"
    )
    assert _items(text) == [
        ("1", "APOLOGIES FOR ABSENCE"), ("2", "DECLARATIONS BY MEMBERS OF INTERESTS"), ("3", "CHAIR’S ANNOUNCEMENTS"),
    ]
    flat = "Agenda 1 APOLOGIES To receive any. 2 MINUTES To sign them. 3 BOAT YARD LEASE To consider it. 4 FEES\n"
    assert _items(flat) == [("1", "APOLOGIES"), ("2", "MINUTES"), ("3", "BOAT YARD LEASE"), ("4", "FEES")]


def test_a_reference_word_or_a_decision_in_capitals_heads_no_run_on_item():
    assert _items("See minute 1 APOLOGIES and minute 2 MINUTES as before, then minute 3 FEES here.\n") == []
    assert _items("Cllr A Bee 1 RESOLVED that it be. 2 RESOLVED again. 3 RESOLVED once more.\n") == []


def test_unnumbered_headings_in_capitals_from_the_first_item_of_business():
    text = (
        "HEATHMOOR COMMUNITY COUNCIL\nAPOLOGIES\nCllr A Bee.\nPRESENT\nCllrs C Dee, E Eff.\nMINUTES\nSigned as correct.\n"
        "MATTERS ARISING\nBus Shelter\nThe clerk wrote again.\nRESOLVED\nCLLR G GEE\n"
    )
    assert [item.title for item in capital_headings(text)] == ["APOLOGIES", "MINUTES", "MATTERS ARISING"]
    assert capital_headings("MINUTES OF THE MEETING HELD ON 3 MAY\nAPOLOGIES\nBUDGET\n") == []


def test_the_fallbacks_in_a_document_need_standard_business():
    minutes = "HEATHMOOR COMMUNITY COUNCIL\n\nAPOLOGIES\nCllr A Bee.\n\nMINUTES\nSigned.\n\nMATTERS ARISING\nNone.\n"
    assert _extracted(minutes) == [("", "APOLOGIES"), ("", "MINUTES"), ("", "MATTERS ARISING")]
    assert _extracted("Our goals\n\nSAFER STREETS\nText.\n\nCLEANER PARKS\nText.\n\nBETTER BUSES\nText.\n") == []


def test_a_pair_of_items_cut_off_by_the_page_counts_when_both_are_standard_business():
    assert _extracted("Heathmoor Harbour Board\n\nAgenda\n\n1. Apologies for absence\n\n2. Declarations of interest\n") == [
        ("1", "Apologies for absence"), ("2", "Declarations of interest"),
    ]
    from structure_helpers import document

    from extractors.proceedings.agenda_fallback import fallback_readings
    from extractors.proceedings.split import split_papers
    from extractors.proceedings.structure import _fallback_business

    def pair(text: str) -> list[str]:
        found = document(text)
        return [item.title for item in _fallback_business(fallback_readings(found, split_papers(found))[0])]

    assert pair("Harbour notes\n\n1. Apologies for absence\n2. Minutes\n") == ["Apologies for absence", "Minutes"]
    assert pair("Harbour notes\n\n1. Apologies for absence\n2. Boat yard lease\n") == []
    assert pair("Harbour notes\n\n1. Apologies\n2. Apologies for absence\n") == []


def test_a_lone_number_on_a_cut_off_pages_last_line_numbers_no_row():
    from extractors.proceedings.agenda import find_items

    page = (
        "Agenda and minutes\n\nNo. Item\n\n\nWelcome pdf icon PDF 82 KB\n\nPlease note the exits.\n\n\nApologies for Absence\n\n\n"
        "Minutes of the Previous Meeting pdf icon PDF 428 KB\n\n\nQuarry Road Crossing\n\nStatements:\n\n1.      Sent by noon.\n\n2.   \n"
    )
    assert [item.title for item in find_items(page)] == [
        "Welcome", "Apologies for Absence", "Minutes of the Previous Meeting", "Quarry Road Crossing",
    ]


def test_points_numbered_in_brackets_under_a_pages_item():
    from extractors.proceedings.agenda import find_items

    page = (
        "Agenda and minutes\n\nItems\nNo. Item\n\n1.\n\nOpening business\n\nMinutes:\n\nThe Chair opened the meeting.\n\n"
        "1(1)\n\nApologies\n\nTo receive any apologies.\n\nMinutes:\n\nNone.\n\n1(2)\n\nDeclarations of Interest\n\nMinutes:\n\nNone.\n\n"
        "2.\n\nFerry Timetable pdf icon PDF 12 KB\n\nMinutes:\n\nNoted.\n"
    )
    assert [(item.number, item.title) for item in find_items(page)] == [
        ("1", "Opening business"), ("1(1)", "Apologies"), ("1(2)", "Declarations of Interest"), ("2", "Ferry Timetable"),
    ]


def test_a_gap_in_another_readers_numbers_is_filled_from_the_fallbacks_run():
    from extractors.proceedings.agenda_fallback import bridged
    from schemas.provenance import Provenance
    from schemas.structure import AgendaItemRecord

    def record(number: str, title: str, start: int) -> AgendaItemRecord:
        where = Provenance(
            document_sha256="0" * 64, page_index=0, start=start, end=start + 1, text=title, extractor="agenda", extractor_version="0"
        )
        return AgendaItemRecord(number=number, title=title, pages=[], access="unrestricted", provenance=where)

    primary = [record("1", "Apologies", 0), record("3", "Moorings", 20)]
    run = [record("1", "Apologies", 0), record("2", "Minutes", 10), record("3", "Moorings", 20)]
    assert [item.number for item in bridged(primary, run)] == ["1", "2", "3"]
    sentence = [run[0], record("2", "The panel agreed the terms of reference", 10), run[2]]
    assert [item.number for item in bridged(primary, sentence)] == ["1", "3"]
    assert [item.number for item in bridged(primary[:1], run)] == ["1"]


def test_dotted_and_year_first_minute_numbers_run_on_in_a_flattened_page_begin_lines():
    from extractors.readers.runon import reflowed

    flat = (
        "HEATHMOOR DRAINAGE BOARD At a meeting held on 3 May 2023 the following were present and heard the clerk. "
        "K.310 Declarations of Interest Mrs Lowe reminded members to declare. K.311 Confirmation of Minutes RESOLVED "
        "that they be signed. K.312 Pumping Station Works Mr Ray reported on the new pumps. K.313 Ditch Clearance "
        "Further to minute K.290, the work is done.\n"
    )
    lines = reflowed(flat).splitlines()
    assert [line for line in lines if line.startswith("K.")] == [
        "K.310 Declarations of Interest", "K.311 Confirmation of Minutes", "K.312 Pumping Station Works", "K.313 Ditch Clearance",
    ]
    year_first = (
        "Minutes of the meeting of Heathmoor Parish Council held in the village hall on a wet evening in May with seven "
        "members. 23/071 Apologies None were received. 23/072 Declarations of Interest None were made. 23/073 Village "
        "Green The clerk reported on the mowing.\n"
    )
    assert [line for line in reflowed(year_first).splitlines() if line.startswith("23/")] == [
        "23/071 Apologies", "23/072 Declarations of Interest", "23/073 Village Green",
    ]


def test_items_in_capitals_run_on_one_after_another_or_before_a_point_number():
    flat = "Heathmoor Parish Council AGENDA 1 APOLOGIES 2 DECLARATIONS OF INTEREST Members to declare. 3 MINUTES 3.1 To sign.\n"
    assert _items(flat) == [("1", "APOLOGIES"), ("2", "DECLARATIONS OF INTEREST"), ("3", "MINUTES")]
