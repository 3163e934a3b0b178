"""Parish and town council minutes studied wide (session 27, pages of bodies in no set): a heading printed a paragraph
a line ('MINUTES OF THE MEETING OF X' / 'HELD AT VENUE' / 'ON DATE'), an 'Extra Ordinary' or 'Extra-Ordinary' meeting's
words around the body, the singular 'Minute of X Meeting held on DATE', and a heading run on into a one-word outcome or
the members sending apologies after a colon or dash ('Declarations of Interest – none', 'Apologies: Cllr A Lowe').
Our own words, names and bodies."""

import pytest
from structure_helpers import document

from extractors.facts import extract_facts

_PRESENT = "Present: Cllr A Lowe (Chair), Cllr B Ray and Cllr C Sim.\n\n"
_ITEMS = "1. Apologies\n\nNone.\n\n2. Finance\n\nThe payments were approved.\n\n3. Planning\n\nNo applications.\n"


def _facts(text: str):
    facts = extract_facts(document(text))
    return [(m.body, m.date.isoformat()) for m in facts.meetings], [(a.number, a.title) for a in facts.agenda_items]


_MEETING_HEADS = [
    # A heading printed a paragraph a line: the body, not the venue line.
    (
        "Minutes May 2025\n\nMINUTES OF THE MEETING OF ELMSTEAD AND HOLT PARISH COUNCIL\n\n"
        "HELD AT THE SCOUT HUT, BROOK LANE, HOLT\n\nON MONDAY 12th MAY 2025\n\n",
        [("Elmstead and Holt Parish Council", "2025-05-12")],
    ),
    # 'EXTRA ORDINARY' in two words is no part of the body; the council named above takes its place.
    (
        "HOLT BAY PARISH COUNCIL\n\nMINUTES OF THE PARISH COUNCIL EXTRA ORDINARY MEETING\n\n"
        "7:00pm on the 3rd June 2025 at the Village Hall\n\n",
        [("Holt Bay Parish Council", "2025-06-03")],
    ),
    # 'Extra-Ordinary Meeting of the X held on' over its date a paragraph below.
    (
        "Minutes of the Extra-Ordinary Meeting of the Elmstead Parish Council held on\n\n"
        "Wednesday 4 June 2025 at 7.00 pm in the Old School\n\n",
        [("Elmstead Parish Council", "2025-06-04")],
    ),
    # 'Extraordinary' before the body's name in a minutes heading.
    (
        "Minutes of the Extraordinary Holt Parish Council Meeting held Tuesday 3rd June 2025 at 7pm in the Parish Rooms\n",
        [("Holt Parish Council", "2025-06-03")],
    ),
]


@pytest.mark.parametrize(("head", "expected"), _MEETING_HEADS)
def test_minutes_heading_names_the_body(head, expected):
    meetings, _ = _facts(head + _PRESENT + _ITEMS)
    assert meetings == expected, meetings


def test_a_venue_paragraph_with_no_date_below_names_no_body():
    text = (
        "MINUTES OF THE MEETING OF ELMSTEAD AND HOLT PARISH COUNCIL\n\nHELD AT THE SCOUT HUT, BROOK LANE, HOLT\n\n"
        "The chair welcomed everyone on 12th May 2025.\n\n" + _PRESENT + _ITEMS
    )
    meetings, _ = _facts(text)
    assert all(not body.lower().startswith("held") for body, _ in meetings), meetings


def test_singular_minute_of_the_body_meeting_heads_minutes():
    text = (
        "June 2025 Minutes\n\nMinute of Holt & Fenn Parish Council Meeting held on Tuesday 3rd June 2025 in the Parish Office.\n"
        "Councillor A Lowe\nCouncillor B Ray\n1. Chairs Remark. The chair asked a member to take the minutes.\n"
        "2. Apologies for absence\nCouncillor C Sim\n3. Hall Repairs. The roof was mended.\n"
    )
    meetings, items = _facts(text)
    assert meetings == [("Holt & Fenn Parish Council", "2025-06-03")], meetings
    assert items == [("1", "Chairs Remark"), ("2", "Apologies for absence"), ("3", "Hall Repairs")], items


def test_singular_minute_approving_earlier_minutes_heads_nothing():
    text = "1. Apologies\n\nNone.\n\n2. Minute of Holt Parish Council Meeting held on 3 June 2025 is enclosed for approval.\n"
    meetings, _ = _facts(text)
    assert meetings == [], meetings


def test_heading_run_on_into_an_outcome_or_the_apologies_names():
    text = (
        "Minutes of the meeting of Holt Parish Council held on 3 June 2025 at 7pm in the Hall.\n\n" + _PRESENT
        + "1. Welcome\n\n2. Apologies for Absence – Cllr D Webb\n\n3. Declarations of Interest – none\n\n"
        "4. Apologies: Cllr. E. Hale – Jones\n\n5. Declaration of interest in items listed below: None\n\n6. Planning\n\nNoted.\n"
    )
    _, items = _facts(text)
    assert items == [
        ("1", "Welcome"), ("2", "Apologies for Absence"), ("3", "Declarations of Interest"), ("4", "Apologies"),
        ("5", "Declaration of interest in items listed below"), ("6", "Planning"),
    ], items

