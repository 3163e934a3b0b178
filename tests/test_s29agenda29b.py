"""Agenda items, second wave of session 29 (agenda29b): a mixed-case heading opening 'The Review ...' is no clergyman's
name; a standing item's 'of which notice has been given' clause is no verb of the minutes; among headings closed by
colons, a 'To confirm ...' line closed by its full stop over its minute is an item; a parish minute's heading closed by
its stop before a short outcome ('... Agenda. None were declared'), and the apologies heading before a member named by
post ('Apologies for Absence: Chairman X'). Our own words, names and bodies."""

from structure_helpers import document

from extractors.facts import extract_facts
from extractors.proceedings.agenda_fallback import mixed_headings
from extractors.proceedings.minute_heads import outcome_head


def _items(text: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in extract_facts(document(text)).agenda_items]


_MIXED = (
    "Apologies for Absence\n\nApologies were received from Councillor Jo Hart.\n\n"
    "Minutes of the Last Meeting\n\nThe minutes of the previous meeting were agreed as a correct record and signed.\n\n"
    "{head}\n\nThe Panel considered the report of the Estates Manager on the rents and agreed the new charges.\n"
)


def test_the_review_heading_is_no_clergymans_name():
    titles = [item.title for item in mixed_headings(_MIXED.format(head="The Review of Allotment Rents"))]
    assert titles == ["Apologies for Absence", "Minutes of the Last Meeting", "The Review of Allotment Rents"], titles


def test_the_revd_and_the_reverend_stay_names():
    for name in ("The Revd Paul Ames", "The Rev. Paul Ames", "The Reverend Paul Ames"):
        titles = [item.title for item in mixed_headings(_MIXED.format(head=name))]
        assert name not in titles, titles


_STOPPED = (
    "Agenda and minutes\n\nWednesday, 9th October, 2024 7.00 pm\n\nVenue: Shire Hall, Northwick\n\n\nNo. Item\n\n\n"
    "Apologies for absence.\n\n\nApologies were received from Councillors Marlow and Tovey.\n\n\n"
    "{row}\n\n\nNo questions were received.\n\n\n"
    "To receive the report of the Leader. pdf icon PDF 31 KB\n\n\nThe Leader presented her report.\n"
)


def test_notice_clause_is_no_verb_of_the_minutes():
    for row in ("Questions (if any) of which notice shall have been given.", "Motions of which notice has been received."):
        titles = [title for _, title in _items(_STOPPED.format(row=row))]
        assert row.rstrip(".") in titles, titles


def test_a_minute_sentence_with_the_clause_stays_no_row():
    row = "Questions of which notice had been given were answered by the Leader."
    titles = [title for _, title in _items(_STOPPED.format(row=row))]
    assert row.rstrip(".") not in titles and "Questions of which notice had been given were answered by the Leader" not in titles, titles


_COLONS = (
    "Venue: Lecture Theatre, Westmarsh\n\nWelcome and Introductions:\n\n\nThe Chair welcomed members to the meeting.\n\n\n"
    "Apologies for Absence:\n\n\nApologies for absence were received from Councillor Ann Lowe.\n\n\n"
    "{row}\n\nThe Minutes of the Meeting held on 12th March 2024 were confirmed as a correct record.\n\n\n"
    "Questions from the Public:\n\nTo consider any written questions submitted by residents before the meeting.\n\n\n"
    "The Panel noted that no questions had been received.\n"
)


def test_stopped_to_row_among_colon_titles():
    titles = [title for _, title in _items(_COLONS.format(row="To confirm the Minutes of the Meeting held on 12th March 2024."))]
    assert titles == [
        "Welcome and Introductions", "Apologies for Absence", "To confirm the Minutes of the Meeting held on 12th March 2024",
        "Questions from the Public",
    ], titles


def test_description_under_a_colon_title_and_a_to_sentence_with_a_verb_stay_no_rows():
    titles = [title for _, title in _items(_COLONS.format(row="To close, the Chair said the minutes had been circulated."))]
    assert not any(title.startswith("To ") for title in titles), titles


def test_heading_closed_by_its_stop_before_a_short_outcome():
    assert outcome_head("To invite Councillors to declare an interest in matters on the Agenda. None were declared") == (
        "To invite Councillors to declare an interest in matters on the Agenda"
    )
    assert outcome_head("Declarations of Interest. No declarations were made.") == "Declarations of Interest"
    assert outcome_head("The Clerk said the hall had flooded. None were hurt") is None


def test_parish_minutes_stopped_outcome_and_apologies_by_post():
    text = (
        "Minutes of Meeting, Tuesday, 4th March 2025\n\nThe Parish Council met on Tuesday, 4th March in the Chapel Hall, at 7.30pm\n\n"
        "612. Apologies for Absence: Chairman Hollis\n\n\n"
        "613. To invite Councillors to declare an interest in matters on the Agenda. None were declared\n\n\n"
        "614. Footpaths\n\nThe stile on the path to Mill Lane has been repaired.\n\n\n"
        "615. Village Hall\n\nThe Clerk will order new chairs.\n"
    )
    assert _items(text) == [
        ("612", "Apologies for Absence"), ("613", "To invite Councillors to declare an interest in matters on the Agenda"),
        ("614", "Footpaths"), ("615", "Village Hall"),
    ], _items(text)


def test_parish_dashed_title_with_ordinary_meeting_before_the_date():
    text = (
        "Eastmere Parish Council – Ordinary Meeting Tuesday 6th May 2025, 7.30pm Eastmere Village Hall *DRAFT MINUTES*\n\n"
        "PRESENT Cllr A Lowe, Cllr B Ray, Mrs C Sim (Clerk)\n\n1. PUBLIC FORUM No residents attended.\n\n2. Finance\n\nThe payments were approved.\n"
    )
    meetings = [(m.body, m.date.isoformat()) for m in extract_facts(document(text)).meetings]
    assert meetings == [("Eastmere Parish Council", "2025-05-06")], meetings
