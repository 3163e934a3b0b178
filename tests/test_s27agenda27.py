"""A recording's index of its agenda ('Agenda item N Title HH:MM'), and its page title ('Cabinet audio DATE')."""

import datetime as dt

from extractors.proceedings.agenda import find_items
from extractors.proceedings.structure import _carries_on
from tests.page_helpers import page_facts as _facts


_INDEX = (
    "Cabinet audio 4 May 2023\n\n"
    "Agenda item 1 Apologies for absence 00:31\n"
    "Agenda item 2 2. To agree the Minutes of the meeting of the Cabinet held on 2 March 2023 (Pages 1 - 6 01:02\n"
    "Agenda item 3\n\nDeclarations of Interest\n\nMembers are asked to say whether they have an interest.\n\n"
    "Agenda Item 4 Park Lighting Review (Pages 7 - 20) 03:15\n"
    "Agenda item 4 (a) Lighting in Orchard Park 09:40\n"
    "Agenda Item 5\n\nTo consider the following motions:-\n\n"
    "(I) Motion to be moved by Councillor Pell - 01:02:03\n\n"
    '"The Cabinet asks for (a) more lamps and (b) later hours.\n\n'
    "(II) Motion to be moved by Councillor Rusk - 01:10:44\n"
)


def test_a_recording_index_gives_its_items_without_times():
    found = [(item.number, item.title, item.pages) for item in find_items(_INDEX)]
    assert found == [
        ("1", "Apologies for absence", []),
        ("2", "To agree the Minutes of the meeting of the Cabinet held on 2 March 2023", [1, 6]),
        ("3", "Declarations of Interest", []),
        ("4", "Park Lighting Review", [7, 20]),
        ("4a", "Lighting in Orchard Park", []),
        ("5", "To consider the following motions", []),
        ("5i", "Motion to be moved by Councillor Pell", []),
        ("5ii", "Motion to be moved by Councillor Rusk", []),
    ]


def test_an_index_quoting_the_earlier_minutes_is_read_whole_with_its_meeting():
    facts = _facts(_INDEX)
    assert [item.number for item in facts.agenda_items] == ["1", "2", "3", "4", "4a", "5", "5i", "5ii"]
    assert [(m.body, m.date) for m in facts.meetings] == [("Cabinet", dt.date(2023, 5, 4))]


def test_agenda_item_labels_without_times_are_no_recording_index():
    page = "Agenda item 1 Apologies\nAgenda item 2 Minutes\nAgenda item 3 Budget\n"
    assert all(item.page_layout != "text" for item in find_items(page))


def test_an_agenda_item_label_opens_a_line_of_its_own():
    above = "Agenda item 2 To agree the Minutes of the meeting of the Cabinet held on 2 March 2023 01:02"
    assert not _carries_on(above, "Agenda item 3")


_SENTENCE_MINUTES = (
    "Minutes of the Parish Council meeting held on 3 October 2023\n\n"
    "12/23 Apologies: apologies were received from Cllr A. Fenn.\n\n"
    "13/23 Minutes: the minutes of 5 September were agreed.\n\n"
    "14/23 The Rector from St Anne’s was welcomed to the meeting.\n\n"
    "15/23 Bus Shelter: The glass has been replaced.\n"
)


def test_a_sentence_minute_between_two_headings_is_an_item():
    facts = _facts(_SENTENCE_MINUTES)
    assert [(item.number, item.title) for item in facts.agenda_items] == [
        ("12/23", "Apologies"),
        ("13/23", "Minutes"),
        ("14/23", "The Rector from St Anne’s was welcomed to the meeting"),
        ("15/23", "Bus Shelter"),
    ]


def test_a_numbered_list_inside_a_minute_fills_no_gap():
    page = (
        "Minutes of the Parish Council meeting held on 3 October 2023\n\n"
        "1. Apologies for absence\n\nNone.\n\n2. Playing Field\n\nThe clerk listed the repairs:\n"
        "1. The gate was mended.\n3. The swings were painted.\n\n4. Finance\n\nThe accounts were noted.\n"
    )
    assert "3" not in [item.number for item in _facts(page).agenda_items]


def test_one_lettered_line_under_a_heading_closed_by_a_colon_is_its_sub_item():
    page = (
        "Minutes of the Grants Committee held on 3 October 2023\n\n"
        "1. Apologies for absence were received from Cllr Fenn.\n\n"
        "2. The following application was considered:\n\na) Riverside Bowls Club.\n\nMembers discussed it.\n\n"
        "3. Allotment Rents\n\nThe rents were noted.\n"
    )
    numbers = [item.number for item in _facts(page).agenda_items]
    assert numbers == ["1", "2", "2a", "3"]
