"""Round 13 meeting probes, one test per class fixed: a full stop typed after a day's ordinal, a minutes heading
naming the body by its kind only under the body's full name, 'Meeting' after the body's noun in a page title,
'Annual Meeting of X' titles, the electors' Annual Parish Meeting, a 'Date of meeting:' label, and
'the Council will next meet on DATE'; our own words and names."""

import datetime as dt

from extractors.proceedings.future_meetings import extract_future_meetings
from extractors.proceedings.meetings import extract_meetings, normalise_body
from extractors.proceedings.report_header import extract_report_headers
from extractors.proceedings.split import split_papers
from extractors.readers.dates import find_dates
from structure_helpers import document


def meetings_of(text):
    doc = document(text)
    return [(m.body, m.date) for m in extract_meetings(doc, split_papers(doc), extract_report_headers(doc))]


def future_of(text, meeting, body="Kelby Parish Council"):
    doc = document(text)
    return [f.date for f in extract_future_meetings(doc, 0, len(doc.text), meeting, body)]


def test_full_stop_after_an_ordinal_is_passed_over():
    assert [d.date for d in find_dates("Date: Wednesday, 6th. March 2024")] == [dt.date(2024, 3, 6)]
    assert [d.date for d in find_dates("Item 6. March 2024 accounts")] == []


def test_labelled_date_with_a_typed_full_stop_after_the_ordinal():
    found = meetings_of(
        """
        Meeting: Planning Committee
        Date: Wednesday, 6th. March 2024
        Time: 10.00 am
        Venue: Council Chamber

        Agenda
        1. Apologies
        2. Minutes
        """
    )
    assert found == [("Planning Committee", dt.date(2024, 3, 6))]


def test_minutes_heading_naming_the_body_by_its_kind_takes_the_full_name_above():
    found = meetings_of(
        """
        WESTMOOR FIRE AND RESCUE AUTHORITY

        MINUTES of the meeting of the Authority held at Service Headquarters on 15 March 2024 at 10.30 am

        PRESENT: Councillors Abbot, Birch
        """
    )
    assert found == [("Westmoor Fire and Rescue Authority", dt.date(2024, 3, 15))]


def test_minutes_heading_naming_the_body_by_its_kind_keeps_it_under_another_line():
    found = meetings_of(
        """
        Westmoor Housing Trust

        MINUTES of the meeting of the Board held at Mill House on 15 March 2024 at 10.30 am

        PRESENT: A Abbot, B Birch
        """
    )
    assert found == [("Board", dt.date(2024, 3, 15))]


def test_meeting_word_after_the_bodys_noun_is_dropped():
    assert normalise_body("Parish Council Meeting") == "Parish Council"
    assert normalise_body("Strategic Resources Meeting") == "Strategic Resources Meeting"
    found = meetings_of(
        """
        Parish Council Meeting – Tuesday 12th March 2024

        Agenda
        1. Apologies for absence
        2. Declarations of interest
        """
    )
    assert found == [("Parish Council", dt.date(2024, 3, 12))]


def test_annual_meeting_of_title_names_the_body_after_it():
    assert normalise_body("Annual Meeting of Ashcombe Parish Council") == "Ashcombe Parish Council"
    assert normalise_body("Extraordinary Meeting of the Town Council") == "Town Council"


def test_annual_parish_meeting_is_its_own_body():
    dashed = meetings_of(
        """
        Draft Minutes – Annual Parish Meeting – 14 May 2024

        Present: 23 parishioners and Cllrs Abbot and Birch
        """
    )
    assert dashed == [("Annual Parish Meeting", dt.date(2024, 5, 14))]
    heading = meetings_of(
        """
        Minutes of the Annual Parish Meeting held on 14 May 2024 at 7pm in the Village Hall

        Present: 12 residents
        """
    )
    assert heading == [("Annual Parish Meeting", dt.date(2024, 5, 14))]


def test_annual_parish_meeting_named_as_the_next_or_last_is_not_the_title():
    assert meetings_of(
        """
        Notes on the last Annual Parish Meeting – 14 May 2023

        Residents raised the state of the footpaths.
        """
    ) == []


def test_date_of_meeting_label_under_a_meeting_label():
    found = meetings_of(
        """
        Meeting: Cabinet
        Date of meeting: Tuesday 5 March 2024
        Time: 6pm

        Agenda
        1. Apologies
        2. Minutes
        """
    )
    assert found == [("Cabinet", dt.date(2024, 3, 5))]


def test_the_council_will_next_meet_on():
    assert future_of("The Council will next meet on Tuesday 9 April 2024 at 7pm.\n", dt.date(2024, 3, 5)) == [dt.date(2024, 4, 9)]
    agreed = "Present: Cllrs Abbot, Birch\n\nIt was agreed that the Council will next meet on 9 April 2024.\n"
    assert future_of(agreed, dt.date(2024, 3, 5)) == [dt.date(2024, 4, 9)]


def test_another_group_will_next_meet_is_not_the_bodys():
    assert future_of("The Footpaths Group will next meet on 20 March 2024.\n", dt.date(2024, 3, 5)) == []
    assert future_of("The District Council will next meet on 20 March 2024.\n", dt.date(2024, 3, 5)) == []


def test_annual_parish_meeting_title_with_other_words_is_a_notice_not_a_title():
    found = meetings_of(
        """
        Annual Parish Meeting – moved to Wednesday 22nd May 2024

        The Annual Parish Meeting and the Annual Meeting of the Parish Council will now take place on Wednesday 22nd May 2024 at 7.00pm at the Reading Room.
        """
    )
    assert found == [("Parish Council", dt.date(2024, 5, 22))]


def test_meeting_of_the_body_in_capitals_over_its_date_names_the_body():
    assert normalise_body("MEETING OF THE NORTHDALE HEALTH AND WELLBEING BOARD") == "Northdale Health and Wellbeing Board"
    assert normalise_body("Joint Meeting of Committees") == "Joint Meeting of Committees"


def test_will_next_meet_someone_or_an_unknown_group_is_not_a_meeting_date():
    assert future_of("Mr Abbot will next meet the contractor on 9 April 2024.\n", dt.date(2024, 3, 5)) == []
    assert future_of("The Trust will next meet on 9 April 2024.\n", None, None) == []
    assert future_of("The Council will next meet on 9 April 2024.\n", None, None) == [dt.date(2024, 4, 9)]
