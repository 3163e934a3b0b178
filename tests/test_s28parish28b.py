"""Session 28 regressions from the second wide study of parish and town minutes (parish28b): standing items' headings
run straight into their minutes. Our own words, names and bodies."""

from extractors.proceedings.minute_heads import business_head
from extractors.proceedings.minuted import find_minuted_items

HEAD = "Minutes of the meeting of Eastmere Parish Council held on 3rd March 2025 at 7pm\n\nPresent: Cllr Ann Arkwright\n\n"


def _items(body: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in find_minuted_items(HEAD + body)]


def test_standing_headings_run_into_their_minutes_end_where_the_minute_begins():
    cases = {
        "Apologies for absence Apologies were received from Cllr Bell.": "Apologies for absence",
        "Declaration of Interest on agenda items No declarations were made.": "Declaration of Interest on agenda items",
        "Election of Chairman Ann Arkwright was nominated and accepted the role.": "Election of Chairman",
        "Election of Vice-Chairman Cllr Bell was elected unopposed.": "Election of Vice-Chairman",
        "PUBLIC FORUM (10 MINUTES) A resident asked about the bus shelter.": "PUBLIC FORUM (10 MINUTES)",
        "Matters arising Cllr Bell reported that the gate was mended.": "Matters arising",
        "Reports 7.1 Chair’s Report - The Chair met the school.": "Reports",
        "Finance 8.1 Payments for March. The payments were approved.": "Finance",
    }
    for title, head in cases.items():
        assert business_head(title) == head, title


def test_a_heading_that_goes_on_or_a_sentence_is_not_cut():
    for title in (
        "Apologies for absence were received from Cllr Bell.",  # a sentence: read by the apologies rule
        "Finance Committee minutes were received and noted.",  # no article, title or name opens the minute
        "Correspondence Received The clerk read a letter.",
        "Reports from the District Councillor",  # no minute follows
        "PUBLIC FORUM NO MEMBERS OF THE PUBLIC WERE PRESENT.",  # still in capitals
        "Declarations of Interest None",  # no sentence: read by the outcome rule
        "Planning Applications received from the district",
    ):
        assert business_head(title) is None, title


def test_run_in_items_of_parish_minutes_are_read_as_printed():
    body = (
        "1. Election of Chairman Ann Arkwright was nominated and seconded and accepted the role.\n\n"
        "2. Apologies for absence Apologies were received from Cllr Bell and Cllr Cole.\n\n"
        "3. Declaration of Interest on agenda items No declarations were made.\n\n"
        "4. Minutes of the meeting held on 3 February 2025\n\nThe minutes were signed as a true record.\n\n"
        "5. Reports 5.1 Chair’s Report - The Chair had met the school governors.\n\n5.2 Clerk’s Report - None.\n"
    )
    assert _items(body) == [
        ("1", "Election of Chairman"),
        ("2", "Apologies for absence"),
        ("3", "Declaration of Interest on agenda items"),
        ("4", "Minutes of the meeting held on 3 February 2025"),
        ("5", "Reports"),
    ]


def test_a_long_public_forum_paragraph_still_heads_its_item():
    # Over 300 characters, with no full stop after the heading: the standing heading in capitals opens the item.
    forum = "1. PUBLIC FORUM (15 MINUTES) A resident from Mill Lane attended to ask about " + "the hedges along the lane, " * 10 + "and was thanked.\n\n"
    found = _items(forum + "2. APOLOGIES FOR ABSENCE\nNone.\n\n3. MINUTES\nThe minutes were approved.\n")
    assert found[0] == ("1", "PUBLIC FORUM (15 MINUTES)"), found


def _meeting(head: str) -> list[tuple[str, str]]:
    from test_meeting_probes_round13 import meetings_of

    return [(body, date.isoformat()) for body, date in meetings_of(head + "\nPresent: Cllr Ann Arkwright and Cllr Bob Bell\n\n1. Apologies\nNone.\n")]


def test_electors_meeting_phrases_give_its_usual_name():
    from extractors.proceedings.electors_meetings import electors_meeting

    assert electors_meeting("Annual Meeting of the Parish") == "Annual Parish Meeting"
    assert electors_meeting("40th Annual Assembly of the Parish Meeting") == "Annual Parish Meeting"
    assert electors_meeting("Parish Meeting") == "Parish Meeting"
    assert electors_meeting("Annual parish meeting,") == "Annual Parish Meeting"
    assert electors_meeting("EASTMERE PARISH MEETING") == "Eastmere Parish Meeting"
    assert electors_meeting("Special Parish Meeting") == "Parish Meeting"
    for council in ("Eastmere Parish Council", "Annual Parish Council Meeting", "Parish Council"):
        assert electors_meeting(council) is None, council


def test_parish_meeting_body_is_never_the_bare_parish():
    assert _meeting("Minutes of the Annual Meeting of the Parish held in the Village Hall on Tuesday 1st April 2025 at 7.00pm") == [
        ("Annual Parish Meeting", "2025-04-01")
    ]
    assert _meeting("Minutes of Parish Meeting held on 8th May 2025") == [("Parish Meeting", "2025-05-08")]
    assert _meeting("Minutes of the Eastmere Parish Meeting held on 8 May 2025") == [("Eastmere Parish Meeting", "2025-05-08")]


def test_parish_meeting_under_the_council_heading_takes_the_council_name():
    for occasion in ("Annual Parish Meeting", "Annual Meeting of the Parish"):
        found = _meeting(f"Eastmere Parish Council\n\nMinutes of the {occasion} held on 8 May 2025 at 7pm in the Village Hall")
        assert found == [("Eastmere Parish Council", "2025-05-08")], found
    # With no council named above, the occasion's usual name stays.
    assert _meeting("Minutes of the Annual Parish Meeting held on 8 May 2025 at 7pm") == [("Annual Parish Meeting", "2025-05-08")]
