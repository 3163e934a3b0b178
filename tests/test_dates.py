import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.readers import dates

from extractors.readers.dates import find_date_ranges, find_dates, find_times, parse_date, parse_time, resolve_year

MEETING = dt.date(2025, 11, 20)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("20th November 2025", dt.date(2025, 11, 20)),
        ("20 November 2025", dt.date(2025, 11, 20)),
        ("Thursday, 4th July, 2024", dt.date(2024, 7, 4)),
        ("17<sup>th</sup> November 2022", dt.date(2022, 11, 17)),
        ("17th November 2022", dt.date(2022, 11, 17)),
        ("4 July 2024", dt.date(2024, 7, 4)),
        ("23/03/2026", dt.date(2026, 3, 23)),
        ("Monday, 23 March 2026", dt.date(2026, 3, 23)),
        ("Wednesday 5th March 2025 at 2.00 pm", dt.date(2025, 3, 5)),
        ("July 23, 2025", dt.date(2025, 7, 23)),
        ("1st of Sept. 2024", dt.date(2024, 9, 1)),
        ("05.03.2025", dt.date(2025, 3, 5)),
        ("Tues 3 Feb 2026", dt.date(2026, 2, 3)),
    ],
)
def test_printed_forms_normalise_to_iso(text, expected):
    assert parse_date(text) == expected


def test_every_date_comes_with_its_span():
    text = "Sessions on 21st January and 26th February 2026; the CPD event on 28<sup>th</sup> February 2023."
    dates = find_dates(text, reference=MEETING, base=100)
    assert [(d.text, d.date, d.year_inferred) for d in dates] == [
        ("21st January", dt.date(2026, 1, 21), True),
        ("26th February 2026", dt.date(2026, 2, 26), False),
        ("28<sup>th</sup> February 2023", dt.date(2023, 2, 28), False),
    ]
    assert all(text[d.start - 100 : d.end - 100] == d.text for d in dates)


def test_year_less_dates_take_the_year_nearest_the_reference():
    assert resolve_year(2, 25, dt.date(2025, 11, 20)) == dt.date(2026, 2, 25)
    assert resolve_year(10, 3, dt.date(2025, 11, 20)) == dt.date(2025, 10, 3)
    assert resolve_year(12, 30, dt.date(2026, 1, 5)) == dt.date(2025, 12, 30)
    assert resolve_year(2, 29, dt.date(2025, 3, 1)) == dt.date(2024, 2, 29)


def test_year_less_date_without_reference_is_kept_unresolved_not_guessed():
    [date] = find_dates("on 25th February")
    assert (date.text, date.date, date.year_inferred) == ("25th February", None, True)


def test_ranges_are_ranges_not_single_dates():
    text = "SAAW (17th - 21st November) and the 16 days which runs 25th November to 10th December 2025."
    assert find_dates(text, reference=MEETING) == []
    first, second = find_date_ranges(text, reference=MEETING)
    assert (first.text, first.first, first.last, first.year_inferred) == (
        "17th - 21st November", dt.date(2025, 11, 17), dt.date(2025, 11, 21), True
    )
    assert (second.first, second.last) == (dt.date(2025, 11, 25), dt.date(2025, 12, 10))
    [across_years] = find_date_ranges("from 29 December to 2 January 2026")
    assert (across_years.first, across_years.last) == (dt.date(2025, 12, 29), dt.date(2026, 1, 2))


@pytest.mark.parametrize(
    "text", ["funding for 2025/26 by the PCC", "Plan 2025-2029", "31 February 2025", "45/13/2024", "in May 2025", "£39,661", "4.1 The KCSP"]
)
def test_financial_years_impossible_dates_and_numbers_are_not_dates(text):
    assert find_dates(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [("10.00 am", "10:00"), ("10am", "10:00"), ("2pm", "14:00"), ("14:30", "14:30"), ("at 2.00 pm", "14:00"),
     ("2 p.m.", "14:00"), ("12 noon", "12:00"), ("12am", "00:00"), ("1.30pm", "13:30"), ("18.30 hrs", "18:30")],
)
def test_times_normalise_to_24_hour(text, expected):
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["10.00", "£10.00", "paragraph 4.30", "25:00"])
def test_numbers_that_are_not_times(text):
    assert find_times(text) == []


def test_days_inside_a_range_are_not_dates_at_any_base():
    """Regression: with base > 0 the ranges' offsets were shifted twice and their days came back."""
    text = "The period 1 April 2026 to 31 March 2027."
    for base in (0, 5000):
        ranges = find_date_ranges(text, base=base)
        assert [r.text for r in ranges] == ["1 April 2026 to 31 March 2027"]
        assert find_dates(text, base=base) == []
        assert find_dates(text, base=base, ranges=ranges) == []


_GAP = st.sampled_from([" ", "  ", "\n", " \n\n ", " " * 30, "\f", ""])


@st.composite
def _date_like(draw):
    """A printed date or range, whole or in part, with white space of any length between its words."""
    weekday = draw(st.sampled_from(["", "Wednesday,", "Wed.", "tues", "SATURDAY"]))
    day = draw(st.sampled_from(["4", "04", "31", "17", "1"]))
    ordinal = draw(st.sampled_from(["", "th", "<sup>th</sup>", " st"]))
    of = draw(st.sampled_from(["", "of"]))
    month = draw(st.sampled_from(["September", "Sept.", "sep", "MAY", "december", ""]))
    year = draw(st.sampled_from(["", "2025", ",  2024"]))
    words = [weekday, day + ordinal, of, month, year]
    if draw(st.booleans()):
        words += [
            draw(st.sampled_from(["to", "-", "–", "until"])),
            draw(st.sampled_from(["", "Wednesday,"])),
            "5" + draw(st.sampled_from(["", "th", "<sup>th</sup>"])),
            draw(st.sampled_from(["", "of"])),
            month,
            year,
        ]
    if draw(st.booleans()):
        words = [weekday, month, day + draw(st.sampled_from(["", ","])), year]
    return "".join(word + draw(_GAP) for word in words if word)


_NOISE = st.sampled_from(["decision", "monitoring", "x1", "£5", "12/03/2026", "1.4.25", "2.", "/", ",", ". ", "\n", " " * 40])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(_date_like(), _NOISE), max_size=12))
def test_windows_around_digits_find_what_a_scan_of_the_whole_text_finds(pieces):
    """The date patterns run only near digits (dates._digit_windows): same matches as a full scan."""
    text = " ".join(pieces)
    folded = text.lower()
    for pattern in (dates._DAY_MONTH_YEAR, dates._MONTH_DAY_YEAR, dates._NUMERIC, dates._RANGE_SAME_MONTH, dates._RANGE_TWO_MONTHS):
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in dates._finditer(pattern, text, folded)] == expected
