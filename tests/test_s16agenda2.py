"""Agenda items, round 2 (our own words): unnumbered opening business above a meeting's first numbered item."""


def _extracted(text: str) -> list[tuple[str, str]]:
    from structure_helpers import document

    from extractors.proceedings.structure import extract_structure

    return [(item.number, item.title) for item in extract_structure(document(text)).agenda_items]


_MINUTES = (
    "Minutes of the meeting of Westby Parish Council held on Tuesday 3rd March 2026 at 7pm\n\n"
    "Present: Cllrs A Bee (Chair), C Dee and E Eff.\n\n"
    "{opening}"
    "{first}.  Apologies\nNone.\n\n"
    "{second}.  Declarations of interest\nThere were none.\n\n"
    "{third}.  Village green\nThe bench is mended.\n"
)


def test_a_public_forum_above_item_one_is_an_unnumbered_item():
    text = _MINUTES.format(opening="Public Forum\n\nThere were no speakers.\n\n", first=1, second=2, third=3)
    assert _extracted(text)[0] == ("", "Public Forum")
    assert len(_extracted(text)) == 4


def test_a_welcome_and_a_public_session_with_their_descriptions_and_a_dash_remark():
    opening = "Welcome and Introduction\nThe Chair to welcome members.\n\nPublic Participation – None.\n\n"
    text = _MINUTES.format(opening=opening, first=1, second=2, third=3)
    assert _extracted(text)[:2] == [("", "Welcome and Introduction"), ("", "Public Participation")]


def test_an_apologies_label_over_names_and_minutes_numbered_on_give_no_opening_item():
    text = _MINUTES.format(opening="Apologies for absence:\nCllr G Hay\n\n", first=1, second=2, third=3)
    assert ("", "Apologies for absence") not in _extracted(text)
    text = _MINUTES.format(opening="Public Forum\n\nThere were no speakers.\n\n", first=21, second=22, third=23)
    assert _extracted(text)[0][0] == "21"
    text = _MINUTES.format(opening="Public Forum – the residents of Mill Lane asked about the hedge.\n\n", first=1, second=2, third=3)
    assert _extracted(text)[0][0] == "1"


_UNNUMBERED = (
    "Eastmoor Village Hall Committee\n\n"
    "Welcome and apologies\n\nThe chair welcomed everyone. Mr Lane sent his apologies.\n\n"
    "Minutes of the last meeting\n\nThe minutes were agreed and signed.\n\n"
    "Review of the Booking Policy\n\nThe committee looked again at the charges for the main hall this winter.\n\n"
    "Repairs to the Hall Roof\n\nMr Lane asked about the lighting in the car park.\n"
)


def test_unnumbered_headings_in_mixed_case_are_the_items_where_no_reader_finds_any():
    assert _extracted(_UNNUMBERED) == [
        ("", "Welcome and apologies"), ("", "Minutes of the last meeting"), ("", "Review of the Booking Policy"),
        ("", "Repairs to the Hall Roof"),
    ]


def test_labels_page_links_outcomes_and_names_are_no_mixed_case_headings():
    from extractors.proceedings.agenda_fallback import mixed_headings

    text = _UNNUMBERED.replace("Review of the Booking Policy", "Cara Penn")
    assert ("", "Cara Penn") not in _extracted(text)
    text = "Agenda and minutes\n\nApologies for absence:\nCllr A Bee\n\nMinutes\n\nApproved\n\nNo declarations\n"
    assert mixed_headings(text) == []
