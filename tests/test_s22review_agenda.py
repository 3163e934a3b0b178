"""Review of session 22's agenda rules on other bodies' ordinary papers (inline documents in our own words): a
resolution's bulleted 'To ...' points are no items, lettered names and options under a minutes heading are no
sub-items, and a news release or guide page about meetings gives no topic-heading items."""

from structure_helpers import document

from extractors.extraction import reflowed_document
from extractors.proceedings.minuted import find_minuted_items
from extractors.proceedings.structure import extract_structure


def _items(text: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in extract_structure(reflowed_document(document(text))).agenda_items]


def _minuted(text: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in find_minuted_items(text, 0, len(text))]


def test_resolution_bullets_under_a_numbered_item_keep_the_numbered_items():
    text = (
        "Minutes of the Finance Committee held on Monday 3 June 2024 at 7pm\n\n"
        "1. Apologies for Absence\nApologies were received from Cllr E Hale.\n\n"
        "2. Budget Monitoring Report\nThe Clerk presented the report. It was RESOLVED:\n"
        "- To note the spending to the end of May.\n"
        "- To approve the transfer of £2,000 to the play area reserve.\n"
        "- To agree the revised budget for the hall.\n"
        "- To review the reserves policy in September.\n"
        "- To adopt the new grants policy.\n\n"
        "3. Date of Next Meeting\nMonday 1 July 2024.\n"
    )
    assert _minuted(text) == [("1", "Apologies for Absence"), ("2", "Budget Monitoring Report"), ("3", "Date of Next Meeting")]


_LETTERED = (
    "Minutes of the Parish Council Meeting held on Tuesday 9 April 2024\n\n"
    "101. {head}\n{points}"
    "102. Minutes of the Last Meeting\nThe minutes were signed as a true record.\n"
    "103. Planning\nNo applications received.\n"
)


def test_lettered_names_under_apologies_are_no_sub_items():
    text = _LETTERED.format(head="Apologies", points="(a) Cllr Lowe – Work\n(b) Cllr Ray – Illness\n")
    assert [number for number, _ in _minuted(text)] == ["101", "102", "103"]


def test_lettered_options_are_no_sub_items():
    text = _LETTERED.format(
        head="Village Hall Roof", points="(a) Option One – repair the old roof at £4,000.\n(b) Option Two – replace it at £9,000.\n"
    )
    assert [number for number, _ in _minuted(text)] == ["101", "102", "103"]


def test_news_release_about_a_meeting_gives_no_topic_items():
    text = (
        "Press release\n\n"
        "Councillors met on Tuesday 9 April 2024 for the full council meeting. Here is what was decided.\n\n"
        "Apologies For Absence\nTwo members were unable to attend and sent their apologies to the chair.\n\n"
        "New Play Park\nThe council agreed to spend money on new swings and a slide for the park on the green.\n\n"
        "Parking Charges\nCharges in the town car parks will stay the same for another year after a long debate.\n"
    )
    assert _items(text) == []


def test_undated_meeting_round_up_gives_no_topic_items():
    text = (
        "Council meeting round-up\n\n"
        "Councillors met on Tuesday for the full council meeting. Here is what was decided.\n\n"
        "Apologies For Absence\nTwo members were unable to attend and sent their apologies to the chair.\n\n"
        "New Play Park\nThe council agreed to spend money on new swings and a slide for the park on the green.\n\n"
        "Parking Charges\nCharges in the town car parks will stay the same for another year after a long debate.\n"
    )
    assert _items(text) == []


def test_guide_to_meetings_gives_no_topic_items():
    text = (
        "How our meetings work\n\n"
        "This page explains how meetings of the council are run and how you can take part.\n\n"
        "Public Participation\nMembers of the public may speak for up to three minutes at the start of each meeting.\n\n"
        "Declarations Of Interest\nCouncillors must tell the meeting about any interest they have in an item of business.\n\n"
        "Voting Procedure\nDecisions are made by a show of hands unless a member asks for a recorded vote.\n\n"
        "Recording Meetings\nAnyone may film or record the meeting as long as they do not disturb the business.\n"
    )
    assert _items(text) == []


def test_number_repeated_as_a_measure_is_no_list_marker():
    text = (
        "AGENDA\nParish Council Meeting, Monday 4 March 2024 at 7pm\n\n"
        "1. Apologies for absence\n2. Declarations of interest\n3. Minutes of the last meeting\n"
        "10. 10 Mile Cycle Route Consultation\n11. Date of next meeting\n"
    )
    assert ("10", "Mile Cycle Route Consultation") not in _items(text)


def test_agenda_item_over_a_title_case_title_closed_by_a_stop_keeps_it():
    text = (
        "Agenda item\n\nWhat Is Scrutiny For.\n\nMinutes:\n\nMembers discussed the role.\n\n"
        "Agenda item\n\nWork Programme\n\nMinutes:\n\nThe work programme was agreed.\n"
    )
    assert ("", "What Is Scrutiny For") in _items(text)
