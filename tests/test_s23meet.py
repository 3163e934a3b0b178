"""Session 23 meeting and report layouts (s31-s33): a ModernGov title opening with its venue, a news sentence that a
meeting was held, a page opening on its date over time, venue and body, a sentence's subject dated in an agenda, a
decision notice's reference line. Our own words, names and bodies."""

from structure_helpers import document

from extractors.extraction import reflowed_document
from extractors.proceedings.report_front import dated_front
from extractors.proceedings.structure import extract_structure


def _meetings(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.body, m.date.isoformat(), m.time) for m in extract_structure(reflowed_document(document(text))).meetings]


def test_moderngov_title_opening_with_its_venue_names_the_body_after_it() -> None:
    text = """\
    Agenda, decisions and minutes

    Online Meeting (no public seating), Westby County Council - Tuesday, 3rd June, 2025 10.30 am

    This meeting is streamed live.

    Venue: Online Meeting (no public seating)

    Contact: Mr A Lowe

    No. Item
    """
    assert _meetings(text) == [("Westby County Council", "2025-06-03", "10:30")]


def test_news_sentence_that_a_full_meeting_was_held_dates_it() -> None:
    text = """\
    Council round-up

    A full meeting of Eastby Borough Council was held on Monday 3rd March 2025.

    Members agreed the new policy.
    """
    assert _meetings(text) == [("Eastby Borough Council", "2025-03-03", None)]


def test_page_opening_on_its_date_over_time_venue_and_body() -> None:
    text = """\
    Wednesday 14 May 2025

    2.00pm, Main Hall, County Offices, Westby

    Scrutiny Panel

    Scrutiny Panel agenda

    1. Apologies for Absence
    """
    assert _meetings(text) == [("Scrutiny Panel", "2025-05-14", "14:00")]
    # Without the time and venue line the body below a bare date is not read this way.
    assert _meetings(text.replace("    2.00pm, Main Hall, County Offices, Westby\n", "")) == []


def test_sentence_subject_with_its_date_in_an_agenda_is_no_meeting() -> None:
    text = """\
    Agenda

    1. Apologies for Absence

    2. Housing Items

    The Westby Policy Board on 6 February 2025
    """
    assert _meetings(text) == []


def test_decision_notice_reference_line_titles_its_report() -> None:
    text = """\
    A Lowe - Deputy Mayor for Policing

    052/2024 – Rural Halls Grant – 14 June 2024

    To approve the criteria for the grant.
    """
    found = dated_front(document(text))
    assert found is not None and (found.title, found.meeting_date, found.to) == ("Rural Halls Grant", None, None)
