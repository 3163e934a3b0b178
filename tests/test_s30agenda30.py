"""Agenda items, session 30 (agenda30): a CMIS 'Agenda' panel whose unnumbered titles stand under an 'Items Of
Business' heading, the page's titled notes above it ('Notification', 'Chair', 'In Attendance') no items, and a title
keeping a short linking word in lower case ('Declarations of Interest'). Our own words, names and bodies."""

from structure_helpers import document

from extractors.facts import extract_facts
from extractors.proceedings.agenda_cmis_titles import cmis_titles
from extractors.readers.spans import lines


def _items(text: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in extract_facts(document(text)).agenda_items]


_CMIS = (
    "Meeting Details\n\nLochend Council\n2 May 2024 - 10:00 to 11:00\n  • Documents\n  • Attendance\n  • Visitors\n\n"
    "Documents\n\nAgenda\n\nAgenda\nNotification\nFurther Information\nThis meeting is open to members of the public.\n"
    "Chair\nCouncillor Reid, Convener, presided.\nIn Attendance\nJ Moss, Head of Estates.\n"
    "{heading}Apologies\nApologies from members.\nDeclarations of Interest\n"
    "Members are asked to declare any interest in the business below.\n"
)


def test_items_of_business_heading_leaves_the_notes_above_out():
    titles = [item.title for item in cmis_titles(lines(_CMIS.format(heading="Items Of Business\n")))]
    assert titles == ["Apologies", "Declarations of Interest"], titles


_LINKED = (
    "Meeting Details\n\nLochend Council\n2 May 2024 - 10:00 to 11:00\n  • Documents\n  • Attendance\n  • Visitors\n\n"
    "Documents\n\nAgenda\n\nApologies\nIncluding apologies from members unable to attend.\n"
    "Declarations of Interest\nMembers should declare any interest in the business below.\n"
    "Minutes of the Last Meeting\nThe minute of the meeting of 4 April 2024 is submitted for approval.\n"
)


def test_titles_keep_linking_words_in_lower_case():
    titles = [item.title for item in cmis_titles(lines(_LINKED))]
    assert titles == ["Apologies", "Declarations of Interest", "Minutes of the Last Meeting"], titles


def test_whole_page_reads_the_two_items():
    assert _items(_CMIS.format(heading="Items Of Business\n")) == [("", "Apologies"), ("", "Declarations of Interest")]


_LETTERED = (
    "Meeting of the Parish Council\n\nAGENDA\n\n1. Apologies for Absence\n\n2. Minutes of the last meeting\n\n"
    "3. Clerk's Matters\n\n{a}\n\n{b}\n"
)


def test_lettered_points_each_opening_to_receive_are_sub_items():
    items = _items(_LETTERED.format(a="a) To receive the Clerk's Report", b="b) To receive the Chair's Report"))
    assert items[-2:] == [("3a", "To receive the Clerk's Report"), ("3b", "To receive the Chair's Report")], items


def test_lettered_topics_with_their_business_after_a_dash_are_sub_items():
    items = _items(_LETTERED.format(
        a="a) Bills for Payment – To receive, check and approve the payments made since the last Meeting. (Attached).",
        b="b) Bus Shelter – To receive the quotes and agree the next steps.",
    ))
    assert [number for number, _ in items] == ["1", "2", "3", "3a", "3b"], items


def test_lettered_plain_topics_stay_points():
    items = _items(_LETTERED.format(a="a) Hedges on Mill Lane", b="b) Grit bins"))
    assert [number for number, _ in items] == ["1", "2", "3"], items


def test_a_day_glued_to_on_is_read():
    from extractors.readers.dates import find_dates

    found = [str(d.date) for d in find_dates("Minutes of the meeting held on16 May 2024 at 7pm")]
    assert found == ["2024-05-16"], found


def test_parish_minutes_held_on_a_glued_day_give_the_meeting():
    text = (
        "Minutes of the Meeting of Fernley Parish Council held on9 July 2024 at 7pm in the Village Hall\n\n"
        "1. Apologies for absence\nNone.\n2. Minutes\nApproved.\n3. Planning\nNone.\n"
    )
    meetings = extract_facts(document(text)).meetings
    assert [(m.body, str(m.date)) for m in meetings] == [("Fernley Parish Council", "2024-07-09")], meetings
