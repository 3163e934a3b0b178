"""Agenda items on real meeting pages, second round of session 27: unnumbered rows closed by a full stop in sentence
case, long rows carrying their document."""

from extractors.proceedings.agenda import find_items
from extractors.readers.spans import lines

_HEAD = "Agenda and minutes\n\nMonday, 3rd June, 2024 7.00 pm\n\nContact: Ann Lowe \n\nNo. Item\n\n\n"


def _titles(page: str) -> list[str]:
    return [item.title for item in find_items(page)]


def test_stopped_rows_in_sentence_case_are_rows_and_their_minutes_are_not():
    page = _HEAD + (
        "Declarations of interests.\n\n\nCouncillor Fenn declared an interest in item 5.\n\n\n"
        "Apologies for absence.\n\n\nApologies were received from Councillor Hale.\n\n\n"
        "To consider any petitions received by the Clerk.\n\n\nNo petitions were received.\n\n\n"
        "Park Lighting Review. pdf icon PDF 40 KB\n\n\nRESOLVED that the review be noted.\n"
    )
    assert _titles(page) == [
        "Declarations of interests", "Apologies for absence", "To consider any petitions received by the Clerk", "Park Lighting Review",
    ]


def test_short_outcomes_closed_by_a_stop_are_no_rows():
    page = _HEAD + (
        "Declarations of interests.\n\n\nNo declarations.\n\n\n"
        "Apologies for absence.\n\n\nItem deferred.\n\n\n"
        "Park Lighting Review. pdf icon PDF 40 KB\n\n\nNone received.\n"
    )
    assert _titles(page) == ["Declarations of interests", "Apologies for absence", "Park Lighting Review"]


def test_a_row_carrying_its_document_may_run_long():
    long_row = "Minutes of the meeting of the Council held on 8 April 2024 to be read or taken as read as the case may be."
    page = _HEAD + f"Apologies for absence.\n\n\nNone.\n\n\n{long_row} pdf icon PDF 80 KB\n\n\nRESOLVED that the minutes be signed.\n"
    assert _titles(page) == ["Apologies for absence", long_row.rstrip(".")]


def test_a_long_row_without_its_document_stays_no_row():
    long_row = "Minutes of the meeting of the Council held on 8 April 2024 to be read or taken as read as the case may be."
    page = _HEAD + f"Apologies for absence.\n\n\nNone.\n\n\n{long_row}\n\n\nRESOLVED that the minutes be signed.\n\n\nPark Lighting Review. pdf icon PDF 4 KB\n\n\nNoted.\n"
    assert _titles(page) == ["Apologies for absence", "Park Lighting Review"]


_OLDER = (
    "Contact: Ann Lowe \n\nItems No. Item\n\n\nDeclarations of Interest PDF 42 KB\n\nMembers are asked to declare any interest.\n\n\n"
    "No declarations were received.\n\n\n\nMinutes PDF 77 KB\n\nTo approve the Minutes of the last meeting.\n\n\n"
    "RESOLVED that the Minutes be approved.\n\n\n\nPublic Question Time\n\nQuestions of which notice has been given.\n\n\n"
    "No questions had been received.\n\n\n\nReview of the Village Bus Services and Timetables (2025) PDF 210 KB\n\n"
    "To consider a report by the Head of Transport attached.\n\n\nThe Committee considered the report on the bus routes.\n"
)


def test_headings_linking_their_paper_by_size_alone_lose_the_mark():
    from extractors.proceedings.agenda_fallback import mixed_headings

    assert [item.title for item in mixed_headings(_OLDER)] == [
        "Declarations of Interest", "Minutes", "Public Question Time", "Review of the Village Bus Services and Timetables (2025)",
    ]


def test_minutes_linked_with_the_icon_stays_the_pages_own_document():
    from extractors.proceedings.agenda_fallback import mixed_headings

    page = _OLDER.replace("Minutes PDF 77 KB", "Minutes pdf icon PDF 77 KB")
    assert "Minutes" not in [item.title for item in mixed_headings(page)]


def test_a_long_heading_without_its_link_stays_no_heading():
    from extractors.proceedings.agenda_fallback import mixed_headings

    page = _OLDER.replace(" (2025) PDF 210 KB", " (2025)")
    assert "Review of the Village Bus Services and Timetables (2025)" not in [item.title for item in mixed_headings(page)]


_RULED = (
    "No. | Item |\n---|---|\nApologies for absence To receive any apologies.\nMinutes: None were received. |\n|\n"
    "To approve as a correct record the minutes of the meeting held on 2 May 2024.\nMinutes: RESOLVED, that the minutes be approved. |\n|\n"
    "Announcements 1) To receive any announcements from the Mayor; 2) To receive any announcements from the Leader.\n"
    "Minutes: There were none. |\n|\nPark Lighting Review pdf icon PDF 40 KB To consider a report.\nMinutes: RESOLVED, that it be noted. |\n"
)


def test_ruled_row_titled_by_its_to_sentence_over_its_label():
    assert ("", "To approve as a correct record the minutes of the meeting held on 2 May 2024") in _items(_RULED)


def test_ruled_row_title_ends_before_its_numbered_points():
    assert ("", "Announcements") in _items(_RULED)


def test_ruled_row_title_alone_over_its_first_numbered_point():
    page = _RULED.replace("Announcements 1) To", "Announcements\n1) To").replace("; 2) To", ";\n2) To")
    assert ("", "Announcements") in _items(page)


def test_a_to_sentence_with_a_verb_of_the_minutes_is_no_title():
    page = _RULED.replace("To approve as a correct record the minutes of the meeting held on 2 May 2024.", "To everyone's relief the minutes were approved.")
    assert all("relief" not in title for _, title in _items(page))


def _items(page: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in find_items(page)]


_FLAT = (
    "Welcome Minutes: The Chair welcomed everyone. |\n"
    "Apologies for Absence Minutes: There were none. |\n"
    "Minutes of the last meeting To confirm the Minutes of the meeting held on 3 March 2024.\n"
    "(i) that the Minutes be received. |\n"
    "Public Questions To receive any questions from the public.\nMinutes: None received. |\n"
    "Bus Services Update To receive a presentation from the Transport Offi\n"
)


def test_flat_rows_whose_label_was_lost_count_among_labelled_rows():
    from extractors.proceedings.agenda_rows import minuted_flat_rows

    assert [title for title, _ in minuted_flat_rows(lines(_FLAT))] == [
        "Welcome", "Apologies for Absence", "Minutes of the last meeting", "Public Questions", "Bus Services Update",
    ]


def test_described_rows_alone_make_no_table():
    from extractors.proceedings.agenda_rows import minuted_flat_rows

    page = "Introduction. |\nMinutes of the last meeting To confirm the Minutes.\nThat they be received. |\nBus Services Update To receive a talk.\n"
    assert minuted_flat_rows(lines(page)) == []
