"""Review of session 23's attendance and meeting rules on other bodies' ordinary layouts (our own words, names and
bodies)."""

from structure_helpers import attendance_kinds as _kinds
from structure_helpers import document

from extractors.extraction import reflowed_document
from extractors.proceedings.structure import extract_structure

_HEAD = "Minutes of the meeting of Eastby Parish Council held on Tuesday 4 June 2024 at 7.00pm in the Village Hall.\n\n"


def test_took_part_virtually_in_another_event_is_no_attendance() -> None:
    text = _HEAD + (
        "Present: Councillors A Lowe (Chairman), B Ray, C Sim and D Poe.\n\n3. PUBLIC\n\n"
        "It was noted that Mr E Hale took part virtually in the consultation event last month.\n"
    )
    assert "Mr E Hale" not in _kinds(text)


def test_took_part_virtually_in_the_meeting_is_present() -> None:
    text = _HEAD + (
        "Present: Councillors A Lowe (Chairman), B Ray, C Sim and D Poe.\n\n1. APOLOGIES\n\n"
        "None. It was noted that Councillor E Hale took part virtually in the meeting.\n"
    )
    assert _kinds(text).get("Councillor E Hale") == "present"


def test_initialled_lines_under_welcome_and_apologies_are_not_read_as_present() -> None:
    text = (
        "Westby Safer Partnership Board\nNotes of the meeting held on 4 June 2024\n\n"
        "1. Welcome and apologies\nAnn Lowe (AL)\nBob Ray (BR)\nCy Sim (CS)\n\n2. Minutes\n"
    )
    assert not {name for name, kind in _kinds(text).items() if kind == "present"}


def test_page_title_the_body_on_its_date_names_the_body_without_on() -> None:
    text = "The Westby Executive on 4 March 2025\n\nAgenda\n\n1. Apologies\n2. Minutes\n"
    meetings = extract_structure(reflowed_document(document(text))).meetings
    assert [(m.body, m.date.isoformat()) for m in meetings] == [("Westby Executive", "2025-03-04")]


_FILL = "The Mayor thanked everyone who had come along to support the event in the park this year and said it went well. "


def test_present_as_a_verb_in_a_news_paragraph_lists_nobody() -> None:
    text = "Westby Town Council news. " + _FILL * 2 + (
        "At the civic reception the Mayor will Present Mary Jones, Peter Smith, David Brown with long service awards.\n"
    )
    assert not _kinds(text)


def test_flattened_present_over_street_names_lists_nobody() -> None:
    text = "Minutes of Westby Town Council held on 4 June 2024 at 7pm. " + _FILL * 2 + (
        "Planning applications. Present Mary Street, Victoria Road, George Lane were considered with no objection.\n"
    )
    assert not {name for name, kind in _kinds(text).items() if kind == "present"}


def test_flattened_present_after_the_time_still_lists_bare_names() -> None:
    text = "Minutes of Westby Town Council held on 4 June 2024 commencing at 7.00pm Present Mary Jones, Peter Smith, " + (
        "David Brown, Sarah Green It was noted the meeting was quorate. " + _FILL * 2 + "Apologies Paul Black, Helen Gray, "
        "Anne White Declarations of interest none.\n"
    )
    kinds = _kinds(text)
    assert {n for n, k in kinds.items() if k == "present"} == {"Mary Jones", "Peter Smith", "David Brown", "Sarah Green"}
    assert {n for n, k in kinds.items() if k == "apologies"} == {"Paul Black", "Helen Gray", "Anne White"}


def test_witnesses_of_a_public_inquiry_in_a_report_attend_no_meeting() -> None:
    text = (
        "Report to the Planning Committee\n\nPublic inquiry\n\nWitnesses:\nMr D Poe, Planning Consultant\n"
        "Mrs E Hale, Highways Engineer\n\nThe inspector heard from both witnesses.\n"
    )
    assert not _kinds(text)


def test_giving_apologies_for_an_error_or_to_residents_is_no_absence() -> None:
    text = (
        "Minutes of the meeting of Westby Borough Council Cabinet held on Tuesday 4 June 2024 at 7.00pm in the Town Hall.\n\n"
        "Present: Councillors A Lowe (Chairman), B Ray, C Sim and D Poe.\n\n5. BUDGET\n\n"
        "The report was introduced by the portfolio holder, Councillor Emma Hale giving her apologies for the error in "
        "Appendix B, and the Cabinet agreed the recommendations.\n\n6. PETITION\n\n"
        "The petition was presented - Councillor Fred Gee having given his apologies to the lead petitioner for the delay.\n"
    )
    kinds = _kinds(text)
    assert kinds.get("Councillor Emma Hale") != "apologies" and kinds.get("Councillor Fred Gee") != "apologies"


def test_giving_apologies_for_absence_at_a_clause_end_is_apologies() -> None:
    text = "Council news\n\nThe Cabinet met on Monday 3 March 2025, Councillor Emma Hale giving her apologies for absence.\n"
    assert _kinds(text).get("Councillor Emma Hale") == "apologies"


def test_page_opening_on_date_time_venue_over_an_event_title_names_no_meeting() -> None:
    text = "4 March 2025\n10.30am, Civic Hall, Westby\nTown Council Awards Evening\n\nTickets are available from the library.\n"
    assert not extract_structure(reflowed_document(document(text))).meetings


def test_attended_on_behalf_or_joined_online_training_is_no_attendance() -> None:
    text = _HEAD + (
        "Present: Councillors A Lowe (Chairman), B Ray, C Sim.\n\n5. REPORTS\n\n"
        "It was noted that Councillor D Poe attended on behalf of the Council at the county forum last week.\n"
        "It was reported that Councillor F Gee joined online training on planning.\n"
    )
    kinds = _kinds(text)
    assert "Councillor D Poe" not in kinds and "Councillor F Gee" not in kinds


def test_took_part_virtually_and_would_not_vote_is_present() -> None:
    text = _HEAD + (
        "Present: Councillors A Lowe (Chairman), B Ray, C Sim.\n\n1. APOLOGIES\n\n"
        "It was noted that Councillor Gil Vane took part virtually and would not vote.\n"
    )
    assert _kinds(text).get("Councillor Gil Vane") == "present"
