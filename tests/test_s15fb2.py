"""The agenda fallback's second round (our own words): minute references as item numbers, and one item title out of
shape carried inside an in-order run."""

from extractors.proceedings.agenda_fallback import fallback_items


def _items(text: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in fallback_items(text)]


def test_minute_references_in_sequence_number_a_run():
    text = "Q101/24 Welcome\nQ102/24 Notes of the last meeting\nQ103/24 Letters received\nQ104/24 Close\n"
    assert _items(text) == [
        ("Q101/24", "Welcome"), ("Q102/24", "Notes of the last meeting"), ("Q103/24", "Letters received"),
        ("Q104/24", "Close"),
    ]


def test_a_spaced_reference_and_an_agenda_number_after_it():
    text = "HLB 7/19 1. Apologies\nHLB 8/19 2. Minutes\nHLB 9/19 3. Boat moorings\n"
    assert _items(text) == [("HLB 7/19", "Apologies"), ("HLB 8/19", "Minutes"), ("HLB 9/19", "Boat moorings")]


def test_references_of_another_year_or_letters_break_the_run():
    assert _items("Q101/24 Welcome\nQ102/23 Notes\nR103/24 Letters\n") == []


def test_one_title_out_of_shape_carries_the_run_on():
    text = (
        "1. Apologies\n2. Minutes of the meeting held in March\n"
        "3. The harbour master explained that the slipway had been closed for repairs since the storm.\n"
        "4. Correspondence\n"
    )
    assert [number for number, _ in _items(text)] == ["1", "2", "3", "4"]


def test_two_titles_out_of_shape_or_one_at_an_end_do_not():
    long = "The members were told at length that the slipway had been closed for repairs."
    assert _items(f"1. Apologies\n2. Minutes\n3. {long}\n4. {long}\n5. Finance\n") == []
    assert _items(f"1. Apologies\n2. Minutes\n3. {long}\n") == []
    assert _items(f"1. {long}\n2. Apologies\n3. Minutes\n") == []


def test_a_later_line_of_the_number_after_a_second_title_out_of_shape_is_no_item():
    long = "The members were told at length that the slipway had been closed for repairs."
    text = f"1. Apologies\n2. Minutes\n3. {long}\n4. {long}\nReport of the treasurer\n4. Budget lines\n5. Fees\n"
    assert _items(text) == []
