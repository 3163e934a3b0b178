import datetime as dt

from extractors.proceedings.dated_events import extract_dated_events
from structure_helpers import document as document_from_text


def _events(text: str, reference: dt.date | None = None):
    document = document_from_text(text)
    return document, extract_dated_events(document, 0, len(document.text), reference)


def test_dates_are_iso_with_their_sentence_and_span():
    document, events = _events(
        "1. Introduction\nThe Board met on 4th February 2025. It agreed the plan.\n"
        "2. Next steps\nA workshop follows on 12 March 2025, subject to funding."
    )
    assert [(e.date, e.date_text) for e in events] == [
        (dt.date(2025, 2, 4), "4th February 2025"),
        (dt.date(2025, 3, 12), "12 March 2025"),
    ]
    assert events[0].sentence == "The Board met on 4th February 2025."
    assert events[1].sentence == "A workshop follows on 12 March 2025, subject to funding."
    for event in events:
        assert document.text[event.provenance.start : event.provenance.end] == event.date_text


def test_year_less_dates_resolve_against_the_meeting_date_and_say_so():
    _, events = _events("Sessions are planned for 21st January and 26th February.", dt.date(2025, 11, 20))
    assert [(e.date, e.year_inferred) for e in events] == [(dt.date(2026, 1, 21), True), (dt.date(2026, 2, 26), True)]


def test_year_less_dates_without_a_reference_are_not_guessed():
    _, events = _events("The event is on 25th February at the hall.")
    assert [(e.date, e.year_inferred, e.date_text) for e in events] == [(None, True, "25th February")]


def test_ranges_stay_ranges():
    _, events = _events("Awareness week runs 17th - 21st November 2025 across the county.")
    assert [(e.kind, e.date, e.last_date) for e in events] == [("range", dt.date(2025, 11, 17), dt.date(2025, 11, 21))]


def test_a_heading_without_full_stops_gives_its_line_not_a_page():
    text = "AGENDA\n" + "\n".join(f"Item {n} heading words" for n in range(40)) + "\nTuesday, 1st April, 2025, at 10.00 am\n" + "\n".join(
        f"Another heading {n}" for n in range(40)
    )
    _, events = _events(text)
    assert events[0].sentence == "Tuesday, 1st April, 2025, at 10.00 am"


def test_a_range_in_a_later_paper_is_not_also_read_as_two_dates():
    """Regression: find_dates subtracted the paper's offset from ranges found at offset 0, so in
    every paper but the first the days of a range came out again as single dates."""
    text = "First paper.\n\n" + "The grant covers 1 April 2026 to 31 March 2027 for the partnership."
    document = document_from_text(text)
    start = text.index("The grant")
    events = extract_dated_events(document, start, len(document.text), None)
    assert [(e.kind, e.date, e.last_date, e.date_text) for e in events] == [
        ("range", dt.date(2026, 4, 1), dt.date(2027, 3, 31), "1 April 2026 to 31 March 2027")
    ]
